"""A letter holding a long pasted text: the cost of one recomposition's line diff.

Run with ``.venv/bin/python bench/letter_diff_bench.py``. The letter pane replaces only the
lines that changed, found by a line diff, and the carried edits are found the same way.
difflib's matcher is quadratic in repeated lines: a page pasted into the letter (every other
line empty) took seconds a keystroke (probe 48). This measures ``letters.merge.line_opcodes``
against the bare matcher on the same lines, in one run: one line changed (a key in the Name
box), and lines changed at both ends. A benchmark, not a test: it prints figures and always
exits 0. Figures are in docs/benchmarks.md.
"""

from __future__ import annotations

import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from uawriter.letters.merge import line_opcodes

#: Our target: one recomposition's diff well under the 200 ms a keystroke may take.
TARGET_S = 0.05


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    for lines in (2_000, 4_000, 12_000):
        old = [
            (f"Paragraph {i} of a page pasted by mistake.\n" if i % 2 else "\n")
            for i in range(lines)
        ]
        one = list(old)
        one[-4] = "Aigerim\n"  # the signature, after a key in the Name box
        both = list(old)
        both[3], both[-4] = "Dear Minister,\n", "Aigerim\n"
        for name, new in (("one line", one), ("both ends", both)):
            ours = _timed(lambda old=old, new=new: line_opcodes(old, new))
            bare = (
                _timed(
                    lambda old=old, new=new: SequenceMatcher(
                        None, old, new, autojunk=False
                    ).get_opcodes()
                )
                if lines <= 4_000
                else float("nan")  # about 9 s at 12,000 lines: not waited for
            )
            verdict = "PASS" if ours <= TARGET_S else "MISS"
            print(
                f"{lines:>6} lines, {name:<9}: line_opcodes {ours * 1000:8.2f} ms, "
                f"bare SequenceMatcher {bare * 1000:9.1f} ms  "
                f"({verdict}, target {TARGET_S * 1000:.0f} ms)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

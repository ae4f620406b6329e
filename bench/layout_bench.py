"""Letters of hostile text: the cost of laying one out, against an ordinary letter of the
same length laid out in the same run.

Run with ``.venv/bin/python bench/layout_bench.py``. Line breaking takes time growing with
the square of the words on a line, and words that draw (almost) nothing put a thousand of
them on one line: one letter of Hebrew points between hair spaces took 24 s (probe 65a).
Each text here is 20,000 characters, rendered to PDF by ``rendering.pdf.render_pdf`` as an
export does; the baseline is 20,000 characters of ordinary Latin words. The goal: no letter
more than 100 times the ordinary one (seconds on a slow laptop, not minutes). A
benchmark, not a test: it prints figures and always exits 0. Figures are in
docs/benchmarks.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from uawriter.rendering import pdf
from uawriter.rendering.document import OutgoingLetter

CHARS = 20_000
#: At most this many times an ordinary letter of the same length (24 s was 600 times).
TARGET_RATIO = 100

TEXTS = {
    "Hebrew point + hair space": ("es", "\u05b0\u200a"),
    "Hebrew point + Latin a": ("es", "\u05b0a"),
    "Latin a + Hebrew point + hair space": ("es", "a\u05b0\u200a"),
    "Chinese + hair space": ("zh", "中\u200a"),
    "emoji + space": ("es", "\U0001f600 "),
    "Arabic alef + hair space": ("ar", "\u0627\u200a"),
    "Hebrew letter + hair space": ("he", "\u05d0\u200a"),
    "wide words, then narrow ones": ("es", "\ufdfd" * 160 + " " + "\u05b0\u200a" * 915 + "\n"),
    "Arabic words": ("ar", "مرحبا "),
    "Hebrew words": ("he", "שָׁלוֹם "),
}


def _seconds(lang: str, unit: str) -> float:
    text = (unit * (CHARS // len(unit) + 1))[:CHARS]
    start = time.process_time()
    pdf.render_pdf([OutgoingLetter(lang, "X", text + "\n")])
    return time.process_time() - start


def main() -> int:
    _seconds("es", "warm ")  # fonts registered, caches filled
    ordinary = min(_seconds("es", "words ") for _ in range(3))
    print(f"ordinary Latin words: {ordinary * 1000:.0f} ms (the baseline)")
    for name, (lang, unit) in TEXTS.items():
        took = _seconds(lang, unit)
        ratio = took / ordinary
        verdict = "PASS" if ratio <= TARGET_RATIO else "MISS"
        print(f"{name:<36} {took:6.2f} s  {ratio:6.1f}x  ({verdict}, target {TARGET_RATIO}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``uawriter draft-pack`` as an organiser runs it: a whole process, on today's UA.

Inputs: the public 2017 Urgent Action as a PDF (pypdf reads it) and a French section's UA as
text (``tests/data/drafting/``). Each is drafted in a process of its own, as the organiser's
every run is (nothing kept from the last), two ways in the same run:

- *watched*: the processor-time budget as it ships: a watchdog thread reads the drafting
  thread's clock (``drafting/budget.py``);
- *traced* (the baseline): the budget where the system gives no thread's clock (Windows,
  macOS), and as it was everywhere before: a trace looks at the clock on every Python call.

Figures: median wall time of ``--runs`` processes each, and the ratio traced / watched.

Run: ``env -u PYTHONDONTWRITEBYTECODE .venv/bin/python bench/draft_bench.py [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = {
    "public 2017 UA (PDF)": ROOT / "tests/data/drafting/public/amnesty-2017-template-test.pdf",
    "French section UA (text)": ROOT
    / "tests/data/drafting/layouts/fr-section/lookalike-action-complementaire.txt",
}
#: the app's entry point, with the thread clock hidden or not
RUN = """
import sys, time
if sys.argv.pop(1) == "traced":
    del time.pthread_getcpuclockid
from uawriter.app import main
sys.exit(main(sys.argv[1:]))
"""


def _one(way: str, source: Path, data: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", RUN, way, "draft-pack", str(source)],
        capture_output=True,
        text=True,
        env={**os.environ, "UAWRITER_DATA_DIR": str(data), "PYTHONPATH": str(ROOT / "src")},
        check=False,
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"draft-pack {source.name} ({way}) failed:\n{done.stderr}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        _one("watched", next(iter(INPUTS.values())), data)  # the .pyc files written once
        print(f"{'input':28} {'watched':>9} {'traced':>9} {'ratio':>6}")
        for label, source in INPUTS.items():
            times: dict[str, list[float]] = {"watched": [], "traced": []}
            for _ in range(runs):  # interleaved: a busy moment falls on both ways
                for way, took in times.items():
                    took.append(_one(way, source, data))
            watched = statistics.median(times["watched"])
            traced = statistics.median(times["traced"])
            print(f"{label:28} {watched:8.2f}s {traced:8.2f}s {traced / watched:5.2f}x")


if __name__ == "__main__":
    main()

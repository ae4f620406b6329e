"""The event window's read of a tally of many events (probe 33 F2).

A tally of N letters, each of an event of its own (one name, a letter every 7 minutes: a
file merged in from a laptop that started an event for every letter), read and grouped
into evenings. The baseline is the read alone, in the same run: the grouping should cost
about what the read does (a ratio that stays flat as N grows), where comparing every pair
of events grew with N² (73 s for ``tally merge`` of 6,000).

Run: ``.venv/bin/python bench/tally_bench.py``
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from uawriter.storage.evenings import evenings  # noqa: E402
from uawriter.storage.tally import Channel, LetterRecord, TallyBook  # noqa: E402

SIZES = (500, 1000, 2000, 6000)


def _tally(path: Path, count: int) -> TallyBook:
    book = TallyBook(path)
    start = dt.datetime(2026, 12, 10, 19, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    book.record(
        [
            LetterRecord(
                id=f"letter-{n}",
                time=(start + dt.timedelta(minutes=7 * n)).isoformat(),
                event_id=f"event-{n}",
                event="Write for Rights",
                ua="129/10",
                update=3,
                pack_id="ua-129-10-u3",
                addressee_id="president",
                addressee="President",
                channel=Channel.POST,
                language="en",
                pages=1,
            )
            for n in range(count)
        ]
    )
    return book


def _best(work: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    print(f"{'events':>7} {'read':>8} {'evenings':>9} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for count in SIZES:
            book = _tally(Path(folder) / f"t{count}.jsonl", count)
            read = _best(book.read)
            contents = book.read()
            grouped = _best(lambda contents=contents: evenings(contents))
            print(f"{count:>7} {read:>7.3f}s {grouped:>8.3f}s {grouped / read:>6.2f}")


if __name__ == "__main__":
    main()

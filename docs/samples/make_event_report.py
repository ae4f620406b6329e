"""Make docs/samples/event-report.pdf and .png: the section office report of a made-up event.

The tally is fixed here (ids, times, counts), and so is the time the report was made, so
running this again gives the same PDF byte for byte. Run from the repository:

    .venv/bin/python docs/samples/make_event_report.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

from uawriter.rendering.report import render_report
from uawriter.storage.tally import (
    Channel,
    EventInfo,
    ExtraCount,
    ExtraKind,
    LetterRecord,
    TallyContents,
)
from uawriter.storage.tally_totals import totals

HERE = Path(__file__).resolve().parent
ALMATY = dt.timezone(dt.timedelta(hours=5))
EVENT = EventInfo("3f1c0d2e9a8b4c7d", "Write for Rights evening", "Pushkin Library, Almaty",
                  "2026-12-10")  # fmt: skip

#: (UA number, update, pack id, addressee, channel, language, pages, how many)
LETTERS = [
    ("129/10", 3, "ua-129-10-u3", "President of Kazakhstan", Channel.FAX, "kk", 3, 6),
    ("129/10", 3, "ua-129-10-u3", "President of Kazakhstan", Channel.POST, "ru", 2, 4),
    ("129/10", 3, "ua-129-10-u3", "Prosecutor General of Kazakhstan", Channel.FAX, "ru", 3, 5),
    ("129/10", 3, "ua-129-10-u3", "Prosecutor General of Kazakhstan", Channel.PRINT, "en", 2, 3),
    ("129/10", 3, "ua-129-10-u3", "Minister of Foreign Affairs", Channel.EMAIL, "en", 1, 2),
    ("45/26", 0, "ua-45-26", "Minister of the Interior", Channel.POST, "es", 2, 7),
    ("45/26", 0, "ua-45-26", "Minister of the Interior", Channel.EMAIL, "es", 1, 3),
    ("45/26", 0, "ua-45-26", "Attorney General", Channel.PRINT, "fr", 2, 2),
    ("88/26", 1, "ua-88-26-u1", "Head of the Judiciary", Channel.POST, "ar", 2, 4),
    ("88/26", 1, "ua-88-26-u1", "Head of the Judiciary", Channel.FAX, "en", 3, 1),
    ("102/26", 0, "ua-102-26", "Minister of Justice", Channel.PRINT, "de", 2, 2),
]
#: (UA number, update, pack id, kind, count)
EXTRAS = [
    ("129/10", 3, "ua-129-10-u3", ExtraKind.HANDWRITTEN, 5),
    ("129/10", 3, "ua-129-10-u3", ExtraKind.SIGNATURES, 48),
    ("129/10", 3, "ua-129-10-u3", ExtraKind.CARDS, 12),
    ("45/26", 0, "ua-45-26", ExtraKind.HANDWRITTEN, 3),
    ("45/26", 0, "ua-45-26", ExtraKind.SIGNATURES, 31),
    ("88/26", 1, "ua-88-26-u1", ExtraKind.CARDS, 9),
]


def sample_contents() -> TallyContents:
    start = dt.datetime(2026, 12, 10, 18, 0, tzinfo=ALMATY)
    letters: list[LetterRecord] = []
    for ua, update, pack_id, addressee, channel, lang, pages, count in LETTERS:
        for _ in range(count):
            number = len(letters)
            time = start + dt.timedelta(minutes=7 * number)
            letters.append(
                LetterRecord(
                    id=f"{number:032x}",
                    time=time.isoformat(timespec="seconds"),
                    event_id=EVENT.id,
                    event=EVENT.name,
                    ua=ua,
                    update=update,
                    pack_id=pack_id,
                    addressee_id=addressee.lower().replace(" ", "-"),
                    addressee=addressee,
                    channel=channel,
                    language=lang,
                    pages=pages,
                )
            )
    extras = [
        ExtraCount(
            id=f"e{index:031x}",
            time=dt.datetime(2026, 12, 10, 21, 0, tzinfo=ALMATY).isoformat(timespec="seconds"),
            event_id=EVENT.id,
            event=EVENT.name,
            ua=ua,
            update=update,
            pack_id=pack_id,
            kind=kind,
            count=count,
        )
        for index, (ua, update, pack_id, kind, count) in enumerate(EXTRAS)
    ]
    return TallyContents(tuple(letters), tuple(extras))


def main() -> int:
    generated = dt.datetime(2026, 12, 10, 21, 42, tzinfo=ALMATY)
    pdf = HERE / "event-report.pdf"
    pdf.write_bytes(render_report(totals(sample_contents()), EVENT, generated))
    prefix = HERE / "event-report"
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm is missing (poppler-utils); the PNG was not made", file=sys.stderr)
        return 1
    subprocess.run(  # noqa: S603 - a fixed command line, no user input
        [pdftoppm, "-r", "80", "-gray", "-png", "-singlefile", str(pdf), str(prefix)], check=True
    )
    print(pdf, prefix.with_suffix(".png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

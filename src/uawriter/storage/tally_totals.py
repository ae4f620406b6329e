"""The totals of a tally, for the organiser's report, and the tally as CSV for a
spreadsheet. The records are read by :mod:`uawriter.storage.tally`."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from uawriter.atomic import write_file
from uawriter.storage.csv_rows import spreadsheet_safe
from uawriter.storage.tally import (
    Channel,
    ExtraKind,
    LetterRecord,
    TallyContents,
    letters_sent,
)


def action_label(ua: str, update: int) -> str:
    """ "UA 129/10 (update 3)"; "UA 45/24" for a first Urgent Action."""
    return f"UA {ua} (update {update})" if update else f"UA {ua}"


#: The columns of the per-action totals, in the order sections report them.
ACTION_COLUMNS = (
    Channel.POST.value,
    Channel.PRINT.value,
    Channel.EMAIL.value,
    Channel.FAX.value,
    Channel.PHONE.value,
    Channel.SOCIAL.value,
    ExtraKind.HANDWRITTEN.value,
    ExtraKind.SIGNATURES.value,
    ExtraKind.CARDS.value,
)


@dataclass(frozen=True)
class Totals:
    #: Letters the app wrote (every channel); handwritten ones are in ``extras``.
    letters: int
    by_action: dict[str, dict[str, int]]
    by_addressee: dict[str, int]
    by_language: dict[str, int]
    by_channel: dict[str, int]
    by_hour: dict[str, int]  # "19:00" -> letters in that hour (local time of the record)
    extras: dict[str, int]
    pages: int = 0
    #: Each label of ``by_action`` as its Urgent Action's number and update, for a page
    #: in another language to write it its own way ("UA 129/10 (mise à jour 3)").
    actions: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def everything(self) -> int:
        """Letters written in the app and by hand: the evening's headline figure."""
        return self.letters + self.extras.get(ExtraKind.HANDWRITTEN.value, 0)


def _by_hour(letters: Sequence[LetterRecord]) -> dict[str, int]:
    """Letters per hour ("19:00"), in the time zone most records were written in (a laptop
    an hour off is counted in the same hours as the others), in the order of the evening:
    from the hour of the first letter round the clock, so 22:00, 23:00, 00:00, 01:00."""
    moments: list[dt.datetime | None] = []
    for record in letters:
        try:
            moments.append(dt.datetime.fromisoformat(record.time))
        except ValueError:
            moments.append(None)
    offsets = Counter(m.utcoffset() for m in moments if m is not None and m.tzinfo is not None)
    common = offsets.most_common(1)[0][0] if offsets else None
    zone = dt.timezone(common) if common is not None else None
    hours: Counter[int] = Counter()
    unknown = 0
    first: dt.datetime | None = None
    for written in moments:
        if written is None:
            unknown += 1
            continue
        moment = written
        if zone is not None:
            try:  # a merged record of year 1 at +23:00 has no such moment in a zone at -23:00
                moment = (
                    written.astimezone(zone) if written.tzinfo else written.replace(tzinfo=zone)
                )
            except OverflowError:
                unknown += 1
                continue
        hours[moment.hour] += 1
        first = moment if first is None or moment < first else first
    start = first.hour if first is not None else 0
    ordered = sorted(hours, key=lambda hour: (hour - start) % 24)
    result = {f"{hour:02d}:00": hours[hour] for hour in ordered}
    if unknown:
        result["?"] = unknown
    return result


def totals(contents: TallyContents) -> Totals:
    """The letters sent, each once (:func:`~uawriter.storage.tally.letters_sent`: a letter
    its volunteer exported twice is one letter), and the hand counts."""
    by_action: dict[str, dict[str, int]] = {}
    actions: dict[str, tuple[str, int]] = {}

    def row(ua: str, update: int) -> dict[str, int]:
        label = action_label(ua, update)
        actions[label] = (ua, update)
        return by_action.setdefault(label, dict.fromkeys(ACTION_COLUMNS, 0))

    letters = letters_sent(contents.letters)
    for letter in letters:
        row(letter.ua, letter.update)[letter.channel.value] += 1
    for extra in contents.extras:
        row(extra.ua, extra.update)[extra.kind.value] += extra.count
    extras: Counter[str] = Counter()
    for extra in contents.extras:
        extras[extra.kind.value] += extra.count
    # the letters written, as the headline counts them: a call or a post on social media
    # is in its action's row and its channel, not a letter in Kazakh at 23:00 (probe 80b)
    written = [r for r in letters if r.channel.is_written]
    return Totals(
        letters=len(written),
        by_action=dict(sorted(by_action.items())),
        by_addressee=dict(Counter(r.addressee for r in written).most_common()),
        by_language=dict(Counter(r.language for r in written).most_common()),
        by_channel=dict(Counter(r.channel.value for r in letters).most_common()),
        by_hour=_by_hour(written),
        extras={kind.value: extras.get(kind.value, 0) for kind in ExtraKind},
        pages=sum(r.pages for r in written),
        actions=actions,
    )


CSV_LETTER_COLUMNS = (
    "id",
    "time",
    "event",
    "ua",
    "update",
    "pack_id",
    "addressee_id",
    "addressee",
    "channel",
    "language",
    "pages",
)


def csv_text(contents: TallyContents) -> str:
    """One row per letter, then one row per hand count (channel = its kind, ``count`` set).
    Each letter once, as the totals count it (:func:`letters_sent`): a letter exported
    twice was two rows, and the spreadsheet's sum was twice the report's (probe 80b)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*CSV_LETTER_COLUMNS, "count"])
    for r in letters_sent(contents.letters):
        writer.writerow(
            _safe_row(
                [
                    r.id,
                    r.time,
                    r.event,
                    r.ua,
                    r.update,
                    r.pack_id,
                    r.addressee_id,
                    r.addressee,
                    r.channel.value,
                    r.language,
                    r.pages,
                    1,
                ]
            )
        )
    for e in contents.extras:
        writer.writerow(
            _safe_row(
                [
                    e.id,
                    e.time,
                    e.event,
                    e.ua,
                    e.update,
                    e.pack_id,
                    "",
                    "",
                    e.kind.value,
                    "",
                    "",
                    e.count,
                ]
            )
        )
    return buffer.getvalue()


def _safe_row(cells: list[str | int]) -> list[str | int]:
    """Every text cell of a row made safe (event names and pack fields come from others)."""
    return [spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in cells]


def write_csv(contents: TallyContents, path: Path, overwrite: bool = False) -> Path:
    """The records as CSV (UTF-8 with a BOM, so spreadsheets read accents). Never replaces
    an existing file unless ``overwrite`` (the save dialog asked). Returns the path."""
    return write_file(path, ("\ufeff" + csv_text(contents)).encode("utf-8"), overwrite)

"""Merging another laptop's tally file into this one (``uawriter tally merge``, the event
window's *Merge another laptop's tally…*).

A record is added once, by its id: merging the same file twice, or a file that holds
records merged before, counts each letter once. A withdrawal comes in only with the letter
(or hand count) it takes back, from the same file, and never takes back a letter this
laptop wrote. The format is described in ``docs/tally-format.md``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import stat
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from uawriter.atomic import FILE_LOCKS, take_lock
from uawriter.storage.evenings import evenings, name_key, part_of, record_date
from uawriter.storage.tally import (
    Entry,
    ExtraCount,
    LetterRecord,
    MergeReport,
    TallyBook,
    TallyContents,
    Withdrawal,
    read_tally_file,
    refusal,
    without_file,
)


def merge_into(book: TallyBook, source: Path | str) -> MergeReport:
    """Add the records of ``source`` that are not in ``book`` yet (by id). A damaged file
    is merged up to the damage, and ``notes`` says what was skipped. Raises
    :class:`~uawriter.storage.tally.TallyRefused` for a file that is not a tally at all (or
    for this tally, if it cannot be read), OSError if a file can't be read or written."""
    source = Path(source)
    theirs = read_tally_file(source)
    if not source.exists():
        raise FileNotFoundError(2, "no such file", str(source))
    if theirs.refused:
        raise refusal(source, theirs.refused, own=False)
    if source.stat().st_size == 0:  # an export cut short, a copy not finished
        empty = (
            f"{source.name} is empty: it holds no letters. Export the tally again "
            "on the laptop it came from, and copy it whole",
        )
        return MergeReport(0, 0, empty)
    with _merging(book.path):  # a second merge of the same file waits, then adds nothing
        ours = book.read_whole()
        chosen = _Choice(ours, theirs)
        book.record(chosen.new)
    name = source.name
    notes = theirs.notes
    if chosen.refused_here:
        notes += (
            f"{name}: {_records(chosen.refused_here)} taking back letters this laptop wrote "
            "were not merged; they stay counted",
        )
    if chosen.refused_elsewhere:
        notes += (
            f"{name}: {_records(chosen.refused_elsewhere)} taking back letters or hand counts "
            "this file does not hold were not merged; they stay counted. If that laptop "
            "replaced their files or took a count back, export its tally again there and "
            "merge the new file; a count added by mistake can be taken back here too",
        )
    return MergeReport(
        chosen.added,
        chosen.already,
        notes,
        chosen.taken_back,
        chosen.counts_taken_back,
        _a_day_apart(name, ours, chosen.new) + _left_running(name, ours, chosen.new),
    )


def _left_running(name: str, ours: TallyContents, new: Sequence[Entry]) -> tuple[str, ...]:
    """What to tell of an event of the file whose letters were written on two evenings or
    more (probe 33 F4): a laptop shut with its event running and opened the next night, or
    a test letter the day before. Its letters are one evening's, the one most were written
    on, and the organiser is told so, with the figures of each night."""
    letters = [r for r in new if isinstance(r, LetterRecord) and r.event_id]
    held = [r for r in ours.letters if r.event_id]
    days: dict[tuple[str, str], Counter[str]] = {}
    for record in (*held, *letters):
        if (day := record_date(record.time)) and (record.event_id, record.event):
            days.setdefault((record.event_id, record.event), Counter())[day] += 1
    told = []
    for (event_id, event), counted in days.items():
        if len(counted) < 2 or not any(r.event_id == event_id for r in letters):
            continue
        nights = ", ".join(f"{counted[day]} on {day}" for day in sorted(counted))
        main = max(counted, key=lambda day: (counted[day], day))  # as evenings dates it
        told.append(
            f'{name}: the event "{event}" of that laptop has letters written on '
            f"{len(counted)} evenings ({nights}): left running from one night to the next? "
            f"They are all counted in its evening of {main}"
        )
    return tuple(told)


class _Choice:
    """Which of ``theirs`` records a merge adds to ``ours``, and what it counts."""

    def __init__(self, ours: TallyContents, theirs: TallyContents) -> None:
        known = {r.id for r in ours.every()}
        counted = {r.id for r in ours.letters}
        counts_here = {r.id for r in ours.extras}
        # only this laptop takes back a letter it wrote to a file: another laptop's file
        # could un-count it without a word
        written_here = {r.id for r in ours.letters if r.file}
        in_file = {r.id for r in theirs.taken_back} | {r.id for r in theirs.extras_taken_back}
        live = {r.id for r in theirs.letters} | {r.id for r in theirs.extras}
        self.new: list[Entry] = []
        self.already = self.added = self.taken_back = self.counts_taken_back = 0
        self.refused_here = self.refused_elsewhere = 0
        for record in theirs.every():
            if record.id in known:
                self.already += record.id in live  # a letter or hand count, not a withdrawal
                continue
            if isinstance(record, Withdrawal):
                if record.withdraws in written_here:
                    self.refused_here += 1
                    continue
                if record.withdraws not in in_file:
                    self.refused_elsewhere += 1
                    continue
                self.taken_back += record.withdraws in counted
                self.counts_taken_back += record.withdraws in counts_here
            else:
                self.added += record.id in live  # not a letter the file takes back
            known.add(record.id)
            self.new.append(without_file(record) if isinstance(record, LetterRecord) else record)


def _a_day_apart(name: str, ours: TallyContents, new: Sequence[Entry]) -> tuple[str, ...]:
    """What to tell of the file's evenings that sit days from one of this laptop's of the
    same name: the same evening on a laptop whose clock (its date, not its time zone,
    which the records carry) was off, by a day or by years (probe 33 F5), or really two
    evenings (the second night of a campaign). Either way they are counted apart, and the
    organiser is told where."""
    theirs = TallyContents(
        tuple(r for r in new if isinstance(r, LetterRecord)),
        tuple(r for r in new if isinstance(r, ExtraCount)),
    )
    ours_records: list[Entry] = [*ours.letters, *ours.extras]
    ours_parts = {part_of(r) for r in ours_records}
    both = TallyContents((*ours.letters, *theirs.letters), (*ours.extras, *theirs.extras))
    held = [e for e in evenings(both) if e.parts & ours_parts and e.date]
    told = []
    for evening in evenings(theirs):
        if not evening.letters or not evening.date:
            continue
        if any(e.parts & evening.parts for e in held):
            continue  # the same evening as one of this laptop's (a time zone apart, say)
        # of this laptop's evenings of that name, the nearest in days: a day off is a
        # date set wrong or a campaign's second night; years off, a clock gone back to
        # its factory date (a flat battery), which no evening of that name can be
        same_name = [e for e in held if name_key(e.name) == name_key(evening.name)]
        near = sorted(same_name, key=lambda e: _days_between(e.date, evening.date))
        if not near or near[0].date == evening.date:
            continue
        days = _days_between(near[0].date, evening.date)
        apart = "a day" if days == 1 else f"{days:,} days"
        letters = (
            "1 letter of {} is"
            if evening.letters == 1
            else f"{evening.letters} letters of {{}} are"
        ).format(f'"{evening.name}"')
        told.append(
            f"{name}: {letters} dated {evening.date}, {apart} from this laptop's "
            f"{near[0].label}: counted as an evening of their own. If written the same "
            "evening, that laptop's date was wrong: the "
            "evening's figure is the two added up (uawriter tally --event "
            f'"{evening.label}", and --event "{near[0].label}")',
        )
    return tuple(told)


def _days_between(one: str, other: str) -> int:
    return abs((dt.date.fromisoformat(one) - dt.date.fromisoformat(other)).days)


def _records(count: int) -> str:
    return f"{count} record{'s' if count != 1 else ''}"


@contextlib.contextmanager
def _merging(path: Path) -> Iterator[None]:
    """One merge into the tally ``path`` at a time (a lock on the tally file itself)."""
    if FILE_LOCKS is None:  # pragma: no cover (Windows)
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EPERM, "not a regular file", str(path))
        take_lock(fd)
        yield
    finally:
        os.close(fd)

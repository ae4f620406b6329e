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
from uawriter.storage.evenings import NEAR, evenings, instant, name_key, part_of, record_date
from uawriter.storage.tally import (
    Entry,
    ExtraCount,
    LetterRecord,
    MergeReport,
    TallyBook,
    TallyContents,
    Withdrawal,
    letters_sent,
    read_tally_file,
    refusal,
    without_file,
)
from uawriter.storage.tally_reading import file_name, newer_format, newer_note
from uawriter.storage.tally_records import MAX_TALLY_BYTES, _encode

#: What a merge leaves free in this laptop's tally for the letters still to be written on
#: it: some 20,000 letters' records, more than a season of evenings writes.
ROOM_KEPT = 4 * 1024 * 1024


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
    if theirs.newer and not (theirs.letters or theirs.extras or theirs.withdrawals):
        raise refusal(
            source,
            f"was {newer_format(theirs.newer_version)}",
            own=False,
            remedy="update UA Writer on this laptop, then merge it again",
        )
    if source.stat().st_size == 0:  # an export cut short, a copy not finished
        empty = (
            f"{file_name(source)} is empty: it holds no letters. Export the tally again "
            "on the laptop it came from, and copy it whole",
        )
        return MergeReport(0, 0, empty)
    with _merging(book.path):  # a second merge of the same file waits, then adds nothing
        ours = book.read_whole()
        chosen = _Choice(ours, theirs)
        _refuse_if_no_room(book, source, chosen.new)
        book.record(chosen.new)
    name = file_name(source)
    # records of a newer format are not damage: told of, apart from what was skipped
    newer = (newer_note(name, theirs.newer, theirs.newer_version),) if theirs.newer else ()
    notes = tuple(note for note in theirs.notes if note not in newer)
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
        newer
        + _at_most(name, _a_day_apart(name, ours, chosen.new))
        + _at_most(name, _left_running(name, ours, chosen.new)),
    )


def _refuse_if_no_room(book: TallyBook, source: Path, new: Sequence[Entry]) -> None:
    """Raises TallyRefused if ``new`` would leave this laptop's tally too little room for
    the letters written after it: a stick's tally that filled it left every later letter
    written but not counted."""
    if not new:
        return
    try:
        held = book.path.stat().st_size
    except FileNotFoundError:
        held = 0
    if held + len(_encode(new)) > MAX_TALLY_BYTES - ROOM_KEPT:
        raise refusal(
            source,
            f"would fill this laptop's tally (it holds {MAX_TALLY_BYTES // 2**20} MiB at "
            "most), and the letters written here after it could not be counted",
            own=False,
            remedy="merge it on a laptop no letters are written on, or merge fewer files",
        )


#: Notes of one kind told of one file; past them, how many more (a file of 3,000 events
#: printed 3,000 notes).
MAX_TOLD = 5


def _at_most(name: str, told: tuple[str, ...]) -> tuple[str, ...]:
    if len(told) <= MAX_TOLD:
        return told
    more = len(told) - MAX_TOLD
    return (*told[:MAX_TOLD], f"{name}: and {more:,} more like these")


def _left_running(name: str, ours: TallyContents, new: Sequence[Entry]) -> tuple[str, ...]:
    """What to tell of an event of the file whose letters were written on two evenings or
    more, hours apart (probe 33 F4): a laptop shut with its event running and opened the
    next night, or a test letter the day before. Its letters are one evening's, and the
    organiser is told so, with each night's letters as the totals count them."""
    theirs = {part_of(r) for r in new if isinstance(r, LetterRecord) and r.event_id}
    if not theirs:
        return ()
    both = TallyContents(
        (*ours.letters, *(r for r in new if isinstance(r, LetterRecord))),
        (*ours.extras, *(r for r in new if isinstance(r, ExtraCount))),
    )
    written = [r for r in letters_sent(list(both.letters)) if r.channel.is_written and r.event_id]
    by_part: dict[tuple[str, str], list[tuple[dt.datetime, str]]] = {}
    for record in written:
        moment = instant(record.time)
        if part_of(record) in theirs and moment is not None:
            by_part.setdefault(part_of(record), []).append((moment, record_date(record.time)))
    dated = {part: e for e in evenings(both) for part in e.parts}
    told = []
    for part, letters in by_part.items():
        nights = _nights(sorted(letters))
        evening = dated.get(part)
        if len(nights) < 2 or evening is None:
            continue  # one sitting (a laptop on UTC across midnight's date is one)
        figures = ", ".join(f"{count} on {day}" for day, count in nights)
        told.append(
            f'{name}: the event "{evening.name}" of that laptop has letters written on '
            f"{len(nights)} evenings ({figures}): left running from one night to the next? "
            f"They are all counted in its evening {evening.label}"
        )
    return tuple(told)


def _nights(letters: list[tuple[dt.datetime, str]]) -> list[tuple[str, int]]:
    """The sittings of an event's letters (``letters`` in time order): a new one after a
    pause of more than :data:`NEAR`, each as (the date most of it was written on, its
    letters)."""
    runs: list[list[str]] = []
    last: dt.datetime | None = None
    for moment, day in letters:
        if last is None or moment - last > NEAR:
            runs.append([])
        runs[-1].append(day)
        last = moment
    return [(Counter(days).most_common(1)[0][0], len(days)) for days in runs]


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
        theirs_wrong, ours_wrong = _no_tally_date(evening.date), _no_tally_date(near[0].date)
        if days > NEAR_DAYS and not theirs_wrong and not ours_wrong:
            continue  # last year's evening of that name (or last month's): another one
        apart = "a day" if days == 1 else f"{days:,} days"
        whose = "this laptop's" if ours_wrong and not theirs_wrong else "that laptop's"
        letters = (
            "1 letter of {} is"
            if evening.letters == 1
            else f"{evening.letters} letters of {{}} are"
        ).format(f'"{evening.name}"')
        told.append(
            f"{name}: {letters} dated {evening.date}, {apart} from this laptop's "
            f"{near[0].label}: counted as an evening of their own. If written the same "
            f"evening, {whose} date was wrong: the "
            "evening's figure is the two added up (uawriter tally --event "
            f'"{evening.label}", and --event "{near[0].label}")',
        )
    return tuple(told)


#: Evenings of one name this many days apart or fewer may be one evening on a laptop whose
#: date was wrong, or a campaign's nights: told of at merge. Farther apart, they are
#: another year's or month's evening, unless dated before any tally was written.
NEAR_DAYS = 7
#: No UA Writer wrote a tally before this date: a record dated earlier is a clock gone back
#: (a flat battery: 2000-01-01). One dated more than NEAR_DAYS after today is a clock set
#: ahead (probe 35 F4: 2036, or a month wrong).
FIRST_TALLY_DATE = "2026-01-01"


def _no_tally_date(date: str, today: dt.date | None = None) -> bool:
    """Whether no tally can be of ``date``: a clock gone back (before 2026) or set ahead
    (past next week), on the laptop the file came from or on this one (probe 37 F2: this
    laptop's clock ten years ahead, or back at 2000-01-01, was not told of). Past next week
    is judged by this laptop's clock only while it can be right: back at 2000 still, every
    date after it is "ahead" (probe 39 F3 blamed the other laptop)."""
    today = today or dt.date.today()
    if today.isoformat() < FIRST_TALLY_DATE:
        return date < FIRST_TALLY_DATE
    return date < FIRST_TALLY_DATE or date > (today + dt.timedelta(days=NEAR_DAYS)).isoformat()


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

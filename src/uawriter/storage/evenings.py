"""Evenings: what the event window's "This event" and ``uawriter tally --event`` report.

Each laptop that starts an event gives it its own id, and an organiser who ends the event
by mistake and starts it again gets a new one; the event's name is used again year after
year ("Write for Rights"). So one evening is every event of the same name (trimmed, case
and runs of spaces ignored) on the same date, whatever its ids. A record's date is the
evening it was written on (:func:`record_date`: before 06:00, the day before). An event's
date is the one most of its records were written on (a test letter the day before leaves
it where it is), the same while it runs and once it has ended; the date the organiser gave
only for a running event with no record yet. Two laptops' events of one
name whose evening's letters were written within three hours of each other are one evening
too, though their dates differ: a laptop left on UTC at an evening in Montreal dates its
letters past midnight, the next day (each record's time carries its UTC offset). Records
outside an event (no event id) belong to no evening.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from uawriter.storage.tally import (
    Entry,
    EventInfo,
    TallyContents,
    letters_sent,
)


def name_key(name: str) -> str:
    """An event's name as compared: "Write for  rights " is "Write for Rights", and a name
    typed with "è" is the one pasted with "e" and a combining accent (macOS, many PDFs),
    as it looks the same on both laptops."""
    folded = " ".join(unicodedata.normalize("NFKC", name).split()).casefold()
    return unicodedata.normalize("NFKC", folded)


#: A record written before this hour of the morning is of the evening before.
EVENING_ENDS = dt.timedelta(hours=6)


def record_date(time: str) -> str:
    """The evening a record was written on ("2026-12-10"): its local date, the day before
    for a record written before 06:00 (an evening's letters past midnight are still that
    evening's, however many); "" if its time is not one."""
    try:
        moment = dt.datetime.fromisoformat(time)
    except ValueError:
        return ""
    try:
        return (moment - EVENING_ENDS).date().isoformat()
    except OverflowError:  # the first hours of year 1, a forged or broken clock
        return moment.date().isoformat()


def instant(time: str) -> dt.datetime | None:
    """When a record was written (or anything stamped with ``tally.now_text``), comparable
    across time zones; None without an offset, or not a time."""
    try:
        moment = dt.datetime.fromisoformat(time)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


#: Two events of one name are one evening when their letters that evening were written
#: within this of each other, whatever date each laptop's time zone gave them.
NEAR = dt.timedelta(hours=3)

Span = tuple[dt.datetime, dt.datetime]


#: One event's records on one laptop: its id and its name (as compared). One id can carry
#: two names (renamed on one laptop): each name is a part of its own.
Part = tuple[str, str]


def _main_day(days: Counter[str], given: str = "") -> str:
    """The date most of an event's records were written on (``given``, the date the
    organiser gave it, or else the latest, of equals): a test letter the day before, or
    letters past midnight, leave the evening where it is."""
    most = max(days.values())
    equals = [day for day, count in days.items() if count == most]
    return given if given in equals else max(equals)


def part_of(record: Entry) -> Part:
    return (record.event_id, name_key(record.event))


@dataclass(frozen=True)
class Evening:
    """Events of one name on one date."""

    name: str  # as its first record wrote it
    date: str  # ISO date, "" when no record's time says it
    parts: frozenset[Part]
    #: The event ids, in the order of their first record (the running event's first).
    ids: tuple[str, ...]
    #: Letters written (each once, as the totals count them).
    letters: int = 0

    @property
    def label(self) -> str:
        """ "Write for Rights (2026-12-10)"; an event without a name by its id."""
        name = self.name or self.ids[0]
        return f"{name} ({self.date})" if self.date else name

    def holds(self, record: Entry) -> bool:
        return part_of(record) in self.parts

    def info(self, running: EventInfo | None = None) -> EventInfo:
        """The event the report names: the running one (with its place) when it is of
        this evening, with this evening's date when it was given none."""
        if running is not None and running.id in self.ids:
            date = running.date or self.date
            return EventInfo(running.id, running.name, running.place, date)
        return EventInfo(self.ids[0], self.name, "", self.date)


def evenings(contents: TallyContents, running: EventInfo | None = None) -> list[Evening]:
    """Every evening in the tally, in the order of its first record (the running event's
    first, even before any letter of it)."""
    every: list[Entry] = [*contents.letters, *contents.extras, *contents.taken_back]
    first: dict[Part, Entry] = {}
    days: dict[Part, Counter[str]] = {}
    for record in every:
        if record.event_id:
            part = part_of(record)
            first.setdefault(part, record)
            days.setdefault(part, Counter())[record_date(record.time)] += 1
    dates: dict[Part, str] = {}
    names: dict[Part, str] = {}
    order: list[Part] = []
    if running is not None:
        part = (running.id, name_key(running.name))
        order.append(part)
        names[part] = running.name
        # by its records, as once it has ended (the same evening before and after "End
        # event"); the date the organiser gave only while it has none
        dates[part] = (
            _main_day(days[part], running.date)
            if part in days
            else running.date or dt.date.today().isoformat()
        )
    for part, record in first.items():
        if part not in dates:
            order.append(part)
            names[part] = record.event
            dates[part] = _main_day(days[part])
    spans = _spans(every, dates)
    order_of = {part: index for index, part in enumerate(order)}
    running_part = (running.id, name_key(running.name)) if running is not None else None

    def date_of(parts: list[Part]) -> str:
        """The running event's date, else the day most of the records were written on."""
        if running_part in parts:
            return dates[running_part]
        total: Counter[str] = Counter()
        for part in parts:
            total.update(days.get(part, Counter()))
        return _main_day(total) if total else dates[parts[0]]

    # one evening: the same name, and letters written hours apart (whatever dates their
    # laptops gave them), or else the same date (a running event with no letter yet, a
    # laptop used in the morning and one at night); never a part that joins two nights
    groups: dict[tuple[str, str], list[Part]] = {}
    for cluster in _by_time(order, spans):
        groups.setdefault((cluster[0][1], date_of(cluster)), []).extend(cluster)
    counted = Counter(
        part_of(r) for r in letters_sent([r for r in contents.letters if r.channel.is_written])
    )
    result = []
    for parts in sorted(groups.values(), key=lambda group: min(map(order_of.__getitem__, group))):
        parts.sort(key=order_of.__getitem__)
        members = frozenset(parts)
        ids = tuple(dict.fromkeys(p[0] for p in parts))
        letters = sum(counted[part] for part in parts)
        result.append(Evening(names[parts[0]], date_of(parts), members, ids, letters))
    return result


def _by_time(order: list[Part], spans: dict[Part, Span]) -> list[list[Part]]:
    """The parts in clusters of one name whose letters were written within :data:`NEAR`
    of each other (a chain of them too), each in ``order``. Per name, by the time each
    part began (a sweep): comparing every pair took minutes for a tally of a few thousand
    events, and the event window's figures never came (probe 33 F2)."""
    names: dict[str, list[Part]] = {}
    for part in order:
        names.setdefault(part[1], []).append(part)
    clusters: list[list[Part]] = []
    for parts in names.values():
        timed = sorted((p for p in parts if p in spans), key=lambda p: spans[p][0])
        end: dt.datetime | None = None
        for part in timed:
            start, last = spans[part]
            if end is None or start - end > NEAR:  # a difference: no overflow at year 1
                clusters.append([])
                end = last
            clusters[-1].append(part)
            end = max(end, last)
        clusters += [[part] for part in parts if part not in spans]
    position = {part: index for index, part in enumerate(order)}
    for cluster in clusters:
        cluster.sort(key=position.__getitem__)
    return sorted(clusters, key=lambda cluster: position[cluster[0]])


def _spans(every: list[Entry], dates: dict[Part, str]) -> dict[Part, Span]:
    """When each event's records of its own date were written, first and last (a test
    letter the day before left out: it does not join last night's evening to tonight's)."""
    spans: dict[Part, Span] = {}
    for record in every:
        part = part_of(record)
        moment = instant(record.time)
        if part not in dates or moment is None or record_date(record.time) != dates[part]:
            continue
        first, last = spans.get(part, (moment, moment))
        spans[part] = (min(first, moment), max(last, moment))
    return spans


def of_evenings(contents: TallyContents, chosen: list[Evening]) -> TallyContents:
    """Only the records of the ``chosen`` evenings (withdrawals as their letters)."""
    parts = frozenset().union(*(e.parts for e in chosen))
    keep: Callable[[Entry], bool] = lambda record: part_of(record) in parts  # noqa: E731
    return TallyContents(
        tuple(r for r in contents.letters if keep(r)),
        tuple(r for r in contents.extras if keep(r)),
        contents.notes,
        tuple(r for r in contents.withdrawals if keep(r)),
        tuple(r for r in contents.taken_back if keep(r)),
        tuple(r for r in contents.extras_taken_back if keep(r)),
    )


def evening_of(
    contents: TallyContents, event_id: str, running: EventInfo | None = None
) -> tuple[TallyContents, Evening | None]:
    """The records of the evening of the event ``event_id`` (of every evening it has
    records in, if renamed), and that evening (None if it has no records and is not the
    running event). ``""`` is the letters written outside an event."""
    if not event_id:
        return contents.for_event(""), None
    every = evenings(contents, running)
    if running is not None and running.id == event_id:  # its own name's evening
        chosen = every[:1]
    else:
        chosen = [e for e in every if event_id in e.ids]
    if not chosen:
        return contents.for_event(event_id), None
    return of_evenings(contents, chosen), chosen[0]


#: The scope of every record, whatever its evening (the event window's "Everything").
ALL = "\x00all"


def in_scope(
    contents: TallyContents, scope: str, running: EventInfo | None
) -> tuple[TallyContents, Evening | None]:
    """The records a scope reports: an event's whole evening (every laptop's event of its
    name that day, merged here, and the event started again under its name), the letters
    outside an event (""), or everything (ALL)."""
    if scope == ALL:
        return contents, None
    return evening_of(contents, scope, running)

"""The tally's records: what one line of ``tally.jsonl`` holds (a letter written, a hand
count, a withdrawal), how records are written as a batch of lines, and what a read of a file
gives (:class:`TallyContents`). The reader is :mod:`uawriter.storage.tally_reading`, and the
book that appends to this laptop's file and reads it is :mod:`uawriter.storage.tally`, which
offers the names of both. The format is described in ``docs/tally-format.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from uawriter.domain.controls import without_controls, without_direction_overrides
from uawriter.domain.model import Pack

TALLY_VERSION = 1
#: A tally larger than this is not read (a season of events is a few MB).
MAX_TALLY_BYTES = 64 * 1024 * 1024
#: A line longer than this is not a record this app wrote.
MAX_LINE_BYTES = 16 * 1024
#: How many notes about skipped lines are kept; the rest are summed up in one.
MAX_NOTES = 20


class Channel(StrEnum):
    FAX = "fax"
    POST = "post"
    PRINT = "print"
    EMAIL = "email"
    #: a call made from the call script (counted by the volunteer's "I called")
    PHONE = "phone"
    #: a post made from the post text
    SOCIAL = "social"

    @property
    def is_written(self) -> bool:
        """A letter, e-mail or fax: what "letters written" counts (calls and posts apart)."""
        return self not in (Channel.PHONE, Channel.SOCIAL)


class ExtraKind(StrEnum):
    """What the organiser counts by hand: the app cannot see these."""

    HANDWRITTEN = "handwritten"
    SIGNATURES = "signatures"
    CARDS = "cards"


#: The longest event name or place kept (as ``tally_reading.MAX_FIELD_CHARS`` reads).
EVENT_TEXT_CHARS = 200


@dataclass(frozen=True)
class EventInfo:
    """An evening of letter writing. Everything but the id is optional."""

    id: str
    name: str = ""
    place: str = ""
    date: str = ""  # ISO date, "2026-12-03", or ""

    @staticmethod
    def new(name: str = "", place: str = "", date: str = "") -> EventInfo:
        """A new event; its name and place as long as the tally reads them back (a longer
        name could not be reported by the name typed), on one line, without control
        characters or direction overrides (a name pasted with U+202E turned the event
        window's place and date backwards: probe 104a)."""
        return EventInfo(new_id(), _event_text(name), _event_text(place), date.strip())


def _event_text(text: str) -> str:
    return " ".join(without_direction_overrides(without_controls(text)).split())[:EVENT_TEXT_CHARS]


@dataclass(frozen=True)
class LetterRecord:
    id: str
    time: str  # ISO 8601 local time with its UTC offset, to the second
    event_id: str
    event: str
    ua: str  # "129/10"
    update: int  # 0 for the first Urgent Action
    pack_id: str
    addressee_id: str
    addressee: str
    channel: Channel
    language: str
    pages: int
    #: Where this laptop wrote the letter ("" when printed), and the index of its first
    #: page in that file (a combined export holds several letters): what the organiser's
    #: "print tonight's letters by addressee" reads. Never sent to the section office.
    file: str = ""
    first_page: int = 0
    #: The name of the hidden file the letter waited in before it took the name ``file``:
    #: how a start tells an export killed after its letters were counted (it finishes the
    #: rename) from one killed before (the waiting file goes). Never leaves this laptop.
    staged: str = ""
    #: What the bytes ``file`` was written with hash to (:func:`content_digest`): how an
    #: export that replaces a file on a stick back under another name (E: then F:) knows
    #: it is the file these letters were written to, where the path recorded is gone.
    #: "" in records written before probe 80b. Never leaves this laptop.
    digest: str = ""
    #: The volunteer's turn at the window it was written in: a random id, the same for
    #: all of one volunteer's letters, new at Next volunteer; "" from the command line.
    #: The same letter written again in one turn (exported twice, a typo put right and
    #: exported again) is one letter in the totals (:func:`letters_sent`).
    turn: str = ""


@dataclass(frozen=True)
class ExtraCount:
    id: str
    time: str
    event_id: str
    event: str
    ua: str
    update: int
    pack_id: str
    kind: ExtraKind
    count: int


@dataclass(frozen=True)
class Withdrawal:
    """A letter no longer counted: the file it was written to was replaced by another
    export (a volunteer put a typo right and exported the combined file again); or a hand
    count taken back (570 signatures typed for 57, a pile of cards added twice)."""

    id: str
    time: str
    event_id: str
    event: str
    ua: str
    update: int
    pack_id: str
    withdraws: str  # the id of the letter's (or the hand count's) record


Entry = LetterRecord | ExtraCount | Withdrawal


@dataclass(frozen=True)
class TallyContents:
    letters: tuple[LetterRecord, ...] = ()
    extras: tuple[ExtraCount, ...] = ()
    #: What was skipped while reading, and why ("line 17: cut short, skipped").
    notes: tuple[str, ...] = ()
    #: Letters taken back (their records are already left out of ``letters``): kept so
    #: that a merge carries them to the laptop that counted those letters.
    withdrawals: tuple[Withdrawal, ...] = ()
    #: The letters ``withdrawals`` take back, as this file holds them: a withdrawal is
    #: merged only with the letter it takes back, so no file takes back letters it does not
    #: hold (another laptop's, merged before).
    taken_back: tuple[LetterRecord, ...] = ()
    #: The hand counts ``withdrawals`` take back (left out of ``extras``), as for letters.
    extras_taken_back: tuple[ExtraCount, ...] = ()
    #: Why the whole file was not read, said of it ("is not a UA Writer tally (it is a
    #: PDF)", "is larger than 64 MiB"); "" when it was. ``notes`` says it too.
    refused: str = ""
    #: Records of a newer format (a newer UA Writer wrote them), not read, and the newest
    #: format among them: said of the file as a whole, not as damage line by line.
    newer: int = 0
    newer_version: int = 0

    def for_event(self, event_id: str | None) -> TallyContents:
        """Only the records of one event (all of them for ``None``)."""
        if event_id is None:
            return self
        return TallyContents(
            tuple(r for r in self.letters if r.event_id == event_id),
            tuple(r for r in self.extras if r.event_id == event_id),
            self.notes,
            tuple(r for r in self.withdrawals if r.event_id == event_id),
            tuple(r for r in self.taken_back if r.event_id == event_id),
            tuple(r for r in self.extras_taken_back if r.event_id == event_id),
        )

    def every(self) -> list[Entry]:
        """Every record read, those taken back and what takes them back included."""
        return [
            *self.letters,
            *self.taken_back,
            *self.extras,
            *self.extras_taken_back,
            *self.withdrawals,
        ]

    def events(self) -> list[tuple[str, str]]:
        """(event id, event name) of every event in the tally, in order of first record."""
        seen: dict[str, str] = {}
        every: list[Entry] = [*self.letters, *self.extras]
        for record in every:
            seen.setdefault(record.event_id, record.event)
        return list(seen.items())


@dataclass(frozen=True)
class MergeReport:
    #: Letters and hand counts now counted that were not before.
    added: int
    #: Letters and hand counts this tally holds already (the same file merged twice): not
    #: added again. With ``added``, what the file counts.
    already: int
    notes: tuple[str, ...] = ()
    #: Letters counted here before that the file takes back (that laptop replaced their
    #: file): a figure of its own, never folded into ``added``.
    taken_back: int = 0
    #: Hand counts counted here before that the file takes back (put right there).
    counts_taken_back: int = 0
    #: What the organiser should know though nothing was skipped (the file's letters of
    #: an event are dated a day from this laptop's of the same name: a clock a day off).
    told: tuple[str, ...] = ()


def now_text(now: dt.datetime | None = None) -> str:
    moment = (now or dt.datetime.now()).astimezone()
    return moment.isoformat(timespec="seconds")


def new_id() -> str:
    """A random id in the form of a version-4 UUID's 32 hex digits (without importing uuid,
    which every export would pay for)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return raw.hex()


def content_digest(data: bytes) -> str:
    """What a file's bytes ``data`` hash to, as a letter's record keeps it (``digest``):
    32 hex digits of BLAKE2b. Two files of one name hold other bytes (another date, other
    letters), so a record's file is known by it where its path is gone."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def count_taken_back(
    extra: ExtraCount | LetterRecord, now: dt.datetime | None = None
) -> Withdrawal:
    """What takes back the hand count (or the letter) ``extra``, in its event and action."""
    return Withdrawal(
        id=new_id(),
        time=now_text(now),
        event_id=extra.event_id,
        event=extra.event,
        ua=extra.ua,
        update=extra.update,
        pack_id=extra.pack_id,
        withdraws=extra.id,
    )


def extra_count(
    pack: Pack,
    kind: ExtraKind,
    count: int,
    event: EventInfo | None,
    now: dt.datetime | None = None,
) -> ExtraCount:
    return ExtraCount(
        id=new_id(),
        time=now_text(now),
        event_id=event.id if event else "",
        event=event.name if event else "",
        ua=pack.action.ua_number,
        update=pack.action.update,
        pack_id=pack.id,
        kind=ExtraKind(kind),
        count=int(count),
    )


# ---------------------------------------------------------------------------- the file


def _to_json(entry: Entry) -> dict[str, Any]:
    common = {
        "v": TALLY_VERSION,
        "id": entry.id,
        "time": entry.time,
        "event_id": entry.event_id,
        "event": entry.event,
        "ua": entry.ua,
        "update": entry.update,
        "pack_id": entry.pack_id,
    }
    if isinstance(entry, LetterRecord):
        return {
            "type": "letter",
            **common,
            "addressee_id": entry.addressee_id,
            "addressee": entry.addressee,
            "channel": entry.channel.value,
            "language": entry.language,
            "pages": entry.pages,
            **(
                {"file": _file_name(entry.file), "first_page": entry.first_page}
                if entry.file
                else {}
            ),
            **({"staged": _file_name(entry.staged)} if entry.file and entry.staged else {}),
            **({"digest": entry.digest} if entry.file and entry.digest else {}),
            **({"turn": entry.turn} if entry.turn else {}),
        }
    if isinstance(entry, Withdrawal):
        return {"type": "withdrawn", **common, "withdraws": entry.withdraws}
    return {"type": "extra", **common, "kind": entry.kind.value, "count": entry.count}


def _file_name(path: str) -> str:
    """A file's path as UTF-8 text: the bytes of a folder name that is not UTF-8 (a USB
    stick's "out-\\xff") are written as \\xNN, so the letter is still counted."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _encode(entries: Sequence[Entry]) -> bytes:
    """The lines of ``entries``, appended together. Several records appended at once are
    one batch: each names it (``batch``) and the last says how many it holds (``of``), so a
    batch cut short (a power cut keeps part of an append) is read as none of its records:
    the letters of a replaced file are never taken back without their successors counted."""
    batch = new_id()[:16] if len(entries) > 1 else ""
    lines: list[bytes] = []
    for number, entry in enumerate(entries, start=1):
        data = _to_json(entry)
        if batch:
            data["batch"] = batch
            if number == len(entries):
                data["of"] = len(entries)
        # backslashreplace: no text can stop a letter from being counted (a lone surrogate
        # is written as \udcff rather than failing the whole line)
        line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        lines.append(line.encode("utf-8", "backslashreplace") + b"\n")
    return b"".join(lines)

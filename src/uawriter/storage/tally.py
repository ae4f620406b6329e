"""The tally: every letter written at an event, counted for the organiser's report.

A record says which letter went out (a random id, the time, the event, the action, the
addressee, the channel, the language and the number of pages) and never who wrote it:
there is no field for a volunteer's name. Records are kept in a JSON Lines file
(``tally.jsonl`` in the data folder), one record per line, only ever appended to, with an
``fsync`` after each batch. A crash can at worst cut the last line short; the reader skips
such a line (and any other damaged one) with a note and keeps every other record.

Several laptops at one event each keep their own file; ``merging.merge_into`` adds the
records of another laptop's file that are not there yet (by record id), so merging the same
file twice counts it once. The format is described in ``docs/tally-format.md``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from uawriter.atomic import (
    RefusedFile,
    read_regular_file,
    write_bytes_atomic,
    write_new_file,
)
from uawriter.domain.controls import DIRECTION_CONTROLS, without_controls
from uawriter.domain.model import Pack
from uawriter.storage.json_store import holds_half_characters

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


@dataclass(frozen=True)
class EventInfo:
    """An evening of letter writing. Everything but the id is optional."""

    id: str
    name: str = ""
    place: str = ""
    date: str = ""  # ISO date, "2026-12-03", or ""

    @staticmethod
    def new(name: str = "", place: str = "", date: str = "") -> EventInfo:
        return EventInfo(new_id(), name.strip(), place.strip(), date.strip())


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


def count_taken_back(extra: ExtraCount, now: dt.datetime | None = None) -> Withdrawal:
    """What takes back the hand count ``extra``, in its event and action."""
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


_TEXT_FIELDS = ("id", "time", "event_id", "event", "ua", "pack_id")


#: The most characters a text field of a record keeps: a merged file's UA numbers of 3,000
#: characters made the organiser's report take 28 s to lay out.
MAX_FIELD_CHARS = 200


def _one_line(text: str) -> str:
    """A field as one line of text: no control characters, no line breaks or tabs, no
    direction override (a merged file's event name turned the CSV's and the report's text
    after it backwards, as no pack may), and at most :data:`MAX_FIELD_CHARS` characters."""
    if not text.isprintable():
        text = " ".join(DIRECTION_CONTROLS.sub("", without_controls(text)).split())
    return text if len(text) <= MAX_FIELD_CHARS else text[: MAX_FIELD_CHARS - 1] + "…"


def _from_json(data: object) -> Entry | str:
    """The record, or why the line is not one."""
    if not isinstance(data, dict):
        return "not a record"
    if data.get("v") != TALLY_VERSION:
        return f"format version {data.get('v')!r}, this app reads {TALLY_VERSION}"
    for key in _TEXT_FIELDS:
        if not isinstance(data.get(key), str):
            return f"field {key} missing or not text"
    if not data["id"] or len(data["id"]) > 64:
        return "field id empty or too long"
    update = data.get("update")
    if not isinstance(update, int) or isinstance(update, bool) or not 0 <= update < 1000:
        return "field update missing or not a small whole number"
    # one line of text each: a merged file's "\r\nline2" forged a line of `uawriter tally`
    common: dict[str, Any] = {key: _one_line(data[key]) for key in _TEXT_FIELDS}
    common["update"] = update
    kind = data.get("type")
    if kind == "letter":
        for key in ("addressee_id", "addressee", "language"):
            if not isinstance(data.get(key), str):
                return f"field {key} missing or not text"
        pages = data.get("pages")
        if not isinstance(pages, int) or isinstance(pages, bool) or not 0 <= pages < 10_000:
            return "field pages missing or not a small whole number"
        try:
            channel = Channel(str(data.get("channel")))
        except ValueError:
            return f"unknown channel {data.get('channel')!r}"
        file, first_page = data.get("file", ""), data.get("first_page", 0)
        if not isinstance(file, str) or len(file) > 4096 or "\x00" in file:
            return "field file not a file name"
        if not isinstance(first_page, int) or isinstance(first_page, bool):
            return "field first_page not a whole number"
        if not 0 <= first_page < 100_000:
            return "field first_page not a whole number"
        staged = data.get("staged", "")
        if not isinstance(staged, str) or len(staged) > 255 or not staged.isprintable():
            return "field staged not a file name"
        turn = data.get("turn", "")
        if not isinstance(turn, str) or len(turn) > 64 or not turn.isprintable():
            return "field turn not a turn's id"
        return LetterRecord(
            **common,
            addressee_id=_one_line(data["addressee_id"]),
            addressee=_one_line(data["addressee"]),
            channel=channel,
            language=_one_line(data["language"]),
            pages=pages,
            file=file,
            first_page=first_page,
            staged=staged,
            turn=turn,
        )
    if kind == "extra":
        count = data.get("count")
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count < 10_000_000:
            return "field count missing or not a whole number"
        try:
            extra = ExtraKind(str(data.get("kind")))
        except ValueError:
            return f"unknown kind {data.get('kind')!r}"
        return ExtraCount(**common, kind=extra, count=count)
    if kind == "withdrawn":
        withdraws = data.get("withdraws")
        if not isinstance(withdraws, str) or not 0 < len(withdraws) <= 64:
            return "field withdraws missing or not a record id"
        return Withdrawal(**common, withdraws=withdraws)
    return f"unknown record type {kind!r}"


@dataclass
class _Batch:
    """Records appended together, read so far (see :func:`_encode`)."""

    id: str
    first_line: int
    entries: list[Entry] = field(default_factory=list)
    #: A line since its first was damaged or skipped (zeros a power cut left in the middle).
    damaged: bool = False


@dataclass
class _Reader:
    name: str
    letters: list[LetterRecord] = field(default_factory=list)
    extras: list[ExtraCount] = field(default_factory=list)
    withdrawals: list[Withdrawal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: int = 0
    #: Lines read as records (counted or not: a batch cut short).
    records: int = 0
    seen: set[str] = field(default_factory=set)
    #: The whole file is read (else its last part: a batch's first lines can be before it).
    whole: bool = True
    batch: _Batch | None = None

    def note(self, text: str) -> None:
        if self.batch is not None:
            self.batch.damaged = True
        self.skipped += 1
        if len(self.notes) < MAX_NOTES:
            self.notes.append(f"{self.name}: {text}")

    def read(self, raw: bytes) -> None:
        # a tally export opened and saved again in Notepad starts with a byte-order mark
        lines = raw.removeprefix(b"\xef\xbb\xbf").split(b"\n")
        last = len(lines) - 1
        for index, line in enumerate(lines):
            number = index + 1
            if index == last:
                if line.strip():
                    self.note(f"line {number} was cut short (the app stopped while writing it)")
                break
            if not line.strip():
                continue
            if len(line) > MAX_LINE_BYTES:
                self.note(f"line {number} is too long to be a record; skipped")
                continue
            try:
                data = json.loads(line.decode("utf-8"))
            # ValueError: bad UTF-8, bad JSON, a number past Python's 4,300 digits
            except (ValueError, RecursionError):
                self.note(f"line {number} is damaged; skipped")
                continue
            if holds_half_characters(line, data):
                self.note(f"line {number} holds half of a character (\\ud800); skipped")
                continue
            entry = _from_json(data)
            if isinstance(entry, str):
                self.note(f"line {number}: {entry}; skipped")
                continue
            self.records += 1
            self._in_batch(entry, data, number)
        self._cut_short(len(lines))

    def _in_batch(self, entry: Entry, data: dict[str, Any], number: int) -> None:
        """``entry`` counted alone, or held until the last record of its batch is read."""
        batch, of = data.get("batch"), data.get("of")
        if not isinstance(batch, str) or not 0 < len(batch) <= 64:
            self._cut_short(number)
            self._add(entry)
            return
        if self.batch is None or self.batch.id != batch:
            self._cut_short(number)
            self.batch = _Batch(batch, number)
        self.batch.entries.append(entry)
        if isinstance(of, int) and not isinstance(of, bool):
            held, self.batch = self.batch, None
            # read from the middle of the file, a batch whose first lines fall before the part
            # read is counted; one short for damage in the part read is not
            started_before = not self.whole and held.first_line == 1 and not held.damaged
            if len(held.entries) == of or (started_before and len(held.entries) < of):
                for each in held.entries:
                    self._add(each)
            else:
                self._dropped(held, number)

    def _cut_short(self, number: int) -> None:
        """The batch being read ends before its last record: none of it is counted."""
        if self.batch is not None:
            held, self.batch = self.batch, None
            self._dropped(held, number - 1)

    def _dropped(self, held: _Batch, last_line: int) -> None:
        self.note(
            f"lines {held.first_line}–{last_line}: {len(held.entries)} records written "
            "together were cut short (a power cut or a full disk as they were saved); "
            "none of them is counted"
        )

    def _add(self, entry: Entry) -> None:
        if entry.id in self.seen:
            return  # one record twice (two merges of one file at once): counted once
        self.seen.add(entry.id)
        if isinstance(entry, LetterRecord):
            self.letters.append(entry)
        elif isinstance(entry, Withdrawal):
            self.withdrawals.append(entry)
        else:
            self.extras.append(entry)

    def contents(self) -> TallyContents:
        notes = list(self.notes)
        if self.skipped > len(notes):
            notes.append(f"{self.name}: {self.skipped - len(notes)} more lines skipped")
        withdrawn = {w.withdraws for w in self.withdrawals}
        letters = tuple(r for r in self.letters if r.id not in withdrawn)
        taken_back = tuple(r for r in self.letters if r.id in withdrawn)
        extras = tuple(r for r in self.extras if r.id not in withdrawn)
        extras_taken_back = tuple(r for r in self.extras if r.id in withdrawn)
        return TallyContents(
            letters,
            extras,
            tuple(notes),
            tuple(self.withdrawals),
            taken_back,
            extras_taken_back=extras_taken_back,
        )


class TallyRefused(OSError):
    """A tally file refused as a whole: not read (not a tally at all, too large), or not
    added to. ``strerror`` is a sentence naming the file, saying why and what to do (no
    ``filename``: a window shows the sentence as it is); ``own`` says whether the file is
    this laptop's tally, ``path`` which file it is."""

    def __init__(self, path: Path, sentence: str, *, own: bool) -> None:
        super().__init__(errno.EINVAL, sentence)
        self.path = path
        self.own = own


#: What a merge of a file that is no tally asks for instead.
TALLY_WANTED = (
    "give the tally file exported on the other laptop (uawriter tally export FILE, or "
    "Export this laptop's tally in the event window), or the tally.jsonl file in its data "
    "folder"
)
#: What to do with this laptop's own tally when it is refused.
MOVE_IT_AWAY = "move it out of the data folder (keep it), and UA Writer starts a new tally there"
#: What to do with this laptop's tally saved again as UTF-16.
SAVE_AS_UTF8 = (
    "save it again as UTF-8 (in Notepad: Save as, Encoding UTF-8), or move it out of the data "
    "folder and merge it (uawriter tally merge FILE), which counts its letters in a new tally"
)
_MIB = MAX_TALLY_BYTES // (1024 * 1024)
TOO_LARGE = f"is larger than {_MIB} MiB, more than UA Writer reads"

#: What a file is, by how it starts (a tally begins with "{").
_SIGNATURES = (
    (b"%PDF-", "it is a PDF"),
    (b"\x89PNG", "it is a picture"),
    (b"\xff\xd8\xff", "it is a picture"),
    (b"GIF8", "it is a picture"),
    (b"II*\x00", "it is a picture"),
    (b"MM\x00*", "it is a picture"),
    (b"PK\x03\x04", "it is a ZIP archive: a spreadsheet, a document or a pack"),
    (b"\xd0\xcf\x11\xe0", "it is an Office document"),
    (b"{\\rtf", "it is a Word document (RTF)"),
)
#: Marks of UTF-16 and UTF-32 text, longest first (UTF-32's begins as UTF-16's does).
_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: A line of a tally, whole or not (of any version, cut short or damaged after its start).
#: How UTF-16 and UTF-32 text with its byte-order mark begins.
_MARK_STARTS = tuple(mark for mark, _ in _MARKS)
_RECORD_LIKE = re.compile(rb'(?m)^[ \t]*\{[ \t]*"(?:type|v|id)"|"v"[ \t]*:[ \t]*\d')


def _kind_of(raw: bytes) -> str:
    """What ``raw`` is when it is plainly not a tally, by its first bytes; "" otherwise."""
    for signature, what in _SIGNATURES:
        if raw.startswith(signature):
            return what
    if raw[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1") or raw[8:12] == b"WEBP":
        return "it is a picture"
    return ""


def _what_text_is(raw: bytes) -> str:
    """What a file that holds no record is, said for a volunteer."""
    head = raw[:4096]
    if b"\x00" in head:
        if head[1::2].count(0) > len(head) // 4 or head[::2].count(0) > len(head) // 4:
            return "it is UTF-16 text without its byte-order mark, not JSON lines"
        return "it is not text"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not only a character cut at the end of the head
            return "it is not UTF-8 text"
    first = next((line for line in head.splitlines() if line.strip()), b"")
    if first.count(b",") + first.count(b";") + first.count(b"\t") >= 2:
        return "it is a CSV table, not JSON lines"
    return "it is text, not JSON lines"


def read_tally_file(path: Path) -> TallyContents:
    """Every good record of a tally file; what was skipped is in ``notes``. Never raises
    for a damaged file; a missing file is an empty tally. Raises OSError if it can't be read.

    A file that is not a tally at all (a PDF, a photo, a CSV: no line of it a record) is
    not read line by line, which would say "line N damaged" for each: ``refused`` says
    what it is. A tally saved again as UTF-16 text (Notepad's "Unicode") is read: its
    byte-order mark says how, and nothing in it is lost. Whatever a file begins with, a
    record appended to it is read."""
    try:
        raw = read_regular_file(path, MAX_TALLY_BYTES)
    except FileNotFoundError:
        return TallyContents()
    except RefusedFile as exc:
        if exc.errno == errno.EFBIG:
            return _refused(path, TOO_LARGE)
        return TallyContents(
            notes=(f"{path.name}: not a regular file; not read",),
            refused="is not a regular file",
        )
    reader = _Reader(path.name)
    if not raw.strip(b"\x00 \t\r\n"):  # empty, or the zeros a power cut left
        reader.read(raw)
        return reader.contents()
    # no record is in a file without a line like one: not read line by line (a CSV of
    # 50 MB took 30 s to say "line N is damaged" of each)
    like = _RECORD_LIKE.search(raw) is not None
    if like:
        reader.read(raw)
        if reader.records:
            return reader.contents()
    decoded = _decoded(path.name, raw)
    if decoded is not None:
        if decoded.records or _RECORD_LIKE.search(decoded.raw):
            return decoded.contents()  # a tally, whole or damaged
        what = f"it is {decoded.encoding} text, not JSON lines"
    elif like:
        return reader.contents()  # a tally, damaged
    else:
        what = _kind_of(raw) or _what_text_is(raw)
    return _refused(path, f"is not a UA Writer tally ({what})")


@dataclass
class _Decoded(_Reader):
    """A tally read from UTF-16 or UTF-32 text."""

    encoding: str = ""
    raw: bytes = b""


def _decoded(name: str, raw: bytes) -> _Decoded | None:
    """``raw`` read as the UTF-16 or UTF-32 text its byte-order mark says it is; None for a
    file without one."""
    for mark, encoding in _MARKS:
        if raw.startswith(mark):
            # the codec reads the mark and drops it; a damaged character stays in its line
            text = raw.decode(encoding, "replace").encode("utf-8")
            reader = _Decoded(name, encoding=encoding.upper(), raw=text)
            if _RECORD_LIKE.search(text):  # else no line of it is a record
                reader.read(text)
            return reader
    return None


def _saved_as_utf16(raw: bytes) -> str:
    """The encoding ("UTF-16") of a tally saved again as UTF-16 or UTF-32 text, which lines
    of UTF-8 appended to would spoil; "" for anything else (records appended after a
    byte-order mark and junk are read as UTF-8)."""
    if _RECORD_LIKE.search(raw):
        as_utf8 = _Reader("")
        as_utf8.read(raw)
        if as_utf8.records:
            return ""
    decoded = _decoded("", raw)
    return decoded.encoding if decoded is not None and decoded.records else ""


def _refused(path: Path, why: str) -> TallyContents:
    return TallyContents(notes=(f"{path.name} {why}; not read",), refused=why)


def not_counted_in(why: str, remedy: str = MOVE_IT_AWAY) -> str:
    """What is said of this laptop's tally refused for ``why`` ("is larger than 64 MiB"),
    after its name (or "it")."""
    return f"{why}, so no letter can be counted in it: {remedy}"


def refusal(path: Path, why: str, *, own: bool, remedy: str = MOVE_IT_AWAY) -> TallyRefused:
    """What to raise for a tally file refused as a whole for ``why`` ("is larger than 64
    MiB"): this laptop's own tally (``own``: no letter can be counted in it; named with its
    folder, where it is to be moved from), or a file given to merge."""
    if own:
        return TallyRefused(path, f"{path} {not_counted_in(why, remedy)}", own=True)
    return TallyRefused(path, f"{path.name} {why}: {TALLY_WANTED}", own=False)


def letters_sent(letters: Sequence[LetterRecord]) -> list[LetterRecord]:
    """The letters the totals count, and the envelope table prints: each letter once,
    though its volunteer wrote it again in the same turn (to the same official, by the same
    way: a second copy of the file, a typo put right and exported again), which left a
    record for each file. The last one written stands for it (the typo put right), in the
    order they were written."""
    seen: set[tuple[str, str, str, str]] = set()
    sent = []
    for record in reversed(letters):
        if record.turn:
            key = (record.turn, record.pack_id, record.addressee_id, record.channel.value)
            if key in seen:
                continue
            seen.add(key)
        sent.append(record)
    sent.reverse()
    return sent


class TallyBook:
    """One laptop's tally file: appended to as letters go out, read for the totals."""

    def __init__(self, path: Path, turn: str = "") -> None:
        self.path = Path(path)
        #: Given to each letter recorded here that has none (see ``LetterRecord.turn``).
        self.turn = turn

    def in_turn(self, turn: str) -> TallyBook:
        """The same tally, recording letters as written in the volunteer's turn ``turn``
        (taken when an export starts: one that ends after Next volunteer is still the
        last volunteer's)."""
        return TallyBook(self.path, turn)

    def record(self, entries: Sequence[Entry]) -> None:
        """Append ``entries`` and flush them to disk. Raises OSError (the records are then
        not counted; the caller says so)."""
        if not entries:
            return
        if self.turn:
            entries = [
                replace(entry, turn=self.turn)
                if isinstance(entry, LetterRecord) and not entry.turn
                else entry
                for entry in entries
            ]
        data = _encode(entries)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # a pipe or /dev/null: never counted
                raise OSError(errno.EPERM, "not a regular file", str(self.path))
            self._refuse_if_unread(info.st_size, len(data), lambda: os.pread(fd, 4, 0), fd)
            try:
                self._end_torn_line(fd)
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
            except OSError:
                # a full disk: take back the part written, which would read as a torn
                # line, "the app stopped while writing it"
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, info.st_size)
                raise
        finally:
            os.close(fd)

    def check_writable(self) -> None:
        """Raises OSError, naming the file, if records cannot be added (a read-only data
        folder, a write-protected stick): before letters are written, not after."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not (self.path.exists() or self.path.is_symlink()):
            if not os.access(self.path.parent, os.W_OK | os.X_OK):
                raise OSError(errno.EACCES, "its folder cannot be written to", str(self.path))
            return
        info = os.stat(self.path)
        if not stat.S_ISREG(info.st_mode):  # not opened: a pipe would wait
            raise OSError(errno.EPERM, "not a regular file", str(self.path))
        self._refuse_if_unread(info.st_size, 1, self._head, None)
        if not os.access(self.path, os.W_OK):
            raise OSError(errno.EACCES, "it cannot be written to", str(self.path))

    def _head(self) -> bytes:
        with contextlib.suppress(OSError), self.path.open("rb") as handle:
            return handle.read(4)
        return b""

    def _refuse_if_unread(
        self, size: int, adding: int, head: Callable[[], bytes], fd: int | None
    ) -> None:
        """Raises :class:`TallyRefused` if records added to this tally (``size`` bytes
        long, ``adding`` more) would not be read: it is over the size bound, or would be,
        or it was saved again as UTF-16 text, which lines of UTF-8 would spoil."""
        if size + adding > MAX_TALLY_BYTES:
            why = TOO_LARGE if size > MAX_TALLY_BYTES else f"would be larger than {_MIB} MiB"
            if size <= MAX_TALLY_BYTES:
                why += " with these letters, more than UA Writer reads"
            raise refusal(self.path, why, own=True)
        if not head().startswith(_MARK_STARTS):
            return
        try:
            raw = os.pread(fd, size, 0) if fd is not None else self.path.read_bytes()
        except OSError:
            return  # what cannot be read is said when it is written to
        encoding = _saved_as_utf16(raw)
        if encoding:
            why = f'was saved again as {encoding} text (Notepad\'s "Unicode")'
            raise refusal(self.path, why, own=True, remedy=SAVE_AS_UTF8)

    def wrote_in_turn(self, path: Path) -> bool:
        """Whether a letter of this book's turn was written to ``path`` (as the last
        records say): a file the volunteer at the window may replace (a typo put right),
        where another volunteer's letter of the same name is not theirs to replace."""
        if not self.turn:
            return False
        recent = self._recent(256 * 1024).letters
        return any(r.turn == self.turn and r.file and _same_file(r.file, path) for r in recent)

    def holds_others(self, path: Path) -> bool:
        """Whether the tally file ``path`` holds records this tally does not: another
        laptop's exported tally (the same name suggested on each), which an export of this
        one must not replace. A file that is not a tally at all holds none."""
        theirs = read_tally_file(path)
        if theirs.refused:
            return False
        ours = {r.id for r in self.read().every()}
        return any(r.id not in ours for r in theirs.every())

    def recent_files(self, max_bytes: int = 64 * 1024) -> set[str]:
        """The files the last records name (those in the last ``max_bytes`` of the tally):
        where an export killed just before its rename may have left a letter to finish."""
        return {record.file for record in self._recent(max_bytes).letters if record.file}

    def counted_writes(self) -> Callable[[Path, Path], bool]:
        """What tells whether the tally counts a letter written to ``path`` from the hidden
        file ``staged`` (the export that wrote it was killed after counting it, before the
        rename). The whole tally is read, once however many hidden files are asked about,
        and only when one is: a combined export of 200 letters appends one batch of 750 kB,
        and a power cut's damage early in it makes the whole batch uncounted."""
        waiting: dict[str, list[str]] | None = None

        def counts(path: Path, staged: Path) -> bool:
            nonlocal waiting
            if waiting is None:
                waiting = {}
                with contextlib.suppress(OSError):
                    for record in self.read().letters:
                        if record.file and record.staged:
                            waiting.setdefault(record.staged, []).append(record.file)
            return any(_same_file(file, path) for file in waiting.get(staged.name, ()))

        return counts

    def _recent(self, max_bytes: int) -> _Reader:
        """The records in the last ``max_bytes`` of the tally, withdrawn ones included."""
        reader = _Reader(self.path.name, whole=False)
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return reader
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return reader
            start = max(0, info.st_size - max_bytes)
            raw = os.pread(fd, info.st_size - start, start)
        except OSError:
            return reader
        finally:
            os.close(fd)
        if start:
            raw = raw.partition(b"\n")[2]  # the first line is cut: skipped
        reader.whole = not start  # the whole file: every batch is read from its first line
        reader.read(raw)
        return reader

    def withdrawals_for(self, path: Path) -> list[Withdrawal]:
        """What takes back the letters counted as written to ``path``, which an export is
        about to replace (empty if the tally cannot be read)."""
        try:
            letters = self.read().letters
        except OSError:
            return []
        return [
            Withdrawal(
                id=new_id(),
                time=now_text(),
                event_id=r.event_id,
                event=r.event,
                ua=r.ua,
                update=r.update,
                pack_id=r.pack_id,
                withdraws=r.id,
            )
            for r in letters
            if r.file and _same_file(r.file, Path(path))
        ]

    @staticmethod
    def _end_torn_line(fd: int) -> None:
        """A crash may have left a last line without its newline: end it, so the new
        records start on a line of their own (the torn one is then skipped alone)."""
        size = os.fstat(fd).st_size
        if size == 0:
            return
        if os.pread(fd, 1, size - 1) != b"\n":
            os.write(fd, b"\n")

    def read(self) -> TallyContents:
        return read_tally_file(self.path)

    def read_whole(self) -> TallyContents:
        """The tally, as :meth:`read`; raises :class:`TallyRefused` if it was not read at
        all (not a tally, too large): for what must not go on as if it were empty."""
        contents = self.read()
        if contents.refused:
            raise refusal(self.path, contents.refused, own=True)
        return contents

    def export_to(self, target: Path, overwrite: bool = False) -> int:
        """Write every good record to ``target`` (for another laptop to merge). Returns how
        many records were written. Raises FileExistsError if ``target`` exists (unless
        ``overwrite``), :class:`TallyRefused` if this tally cannot be read at all, OSError
        if it cannot be written."""
        contents = self.read_whole()
        # the letters taken back go too, with what takes them back: a merge takes back only
        # a letter the same file holds
        letters = map(without_file, [*contents.letters, *contents.taken_back])
        extras = [*contents.extras, *contents.extras_taken_back]
        data = _encode([*letters, *extras, *contents.withdrawals])
        target = Path(target)
        if overwrite:
            write_bytes_atomic(target, data)
        else:
            if target.exists():
                raise FileExistsError(17, "a file of this name exists already", str(target))
            write_new_file(target, data, max_tries=1)
        return len(contents.letters) + len(contents.extras)


def _same_file(recorded: str, path: Path) -> bool:
    """Whether a record's ``file`` is ``path``, however either is spelt ("sub/../x.pdf", a
    link to the Desktop, "X.PDF" on a stick that ignores case): the same file on disk."""
    if Path(recorded).name.casefold() != path.name.casefold():
        return False  # most records: no look at the disk
    try:
        return os.path.samefile(recorded, path) or _one_name_in_folder(Path(recorded), path)
    except FileNotFoundError:  # not there yet (a write killed before its rename): by name
        return os.path.realpath(recorded) == os.path.realpath(path)
    except (OSError, ValueError):
        return False


def _one_name_in_folder(one: Path, other: Path) -> bool:
    """Whether two spellings of a name in one folder ("all.pdf", "ALL.pdf") are one file on
    a stick that ignores case but gives each spelling its own inode number (a FAT stick
    mounted through FUSE): the folder lists only one of them. Raises OSError."""
    if one.name == other.name or not os.path.samefile(one.parent, other.parent):
        return False
    names = os.listdir(other.parent)
    return not (one.name in names and other.name in names)


def without_file(record: LetterRecord) -> LetterRecord:
    """A record as it leaves this laptop (or arrives from another): where the letter was
    written means nothing elsewhere, and a folder name can name a person."""
    return replace(record, file="", first_page=0, staged="") if record.file else record

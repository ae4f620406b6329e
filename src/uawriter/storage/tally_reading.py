"""Reading a tally file, this laptop's or another laptop's given to merge: each line checked
as a record (a damaged or forged one skipped with a note, every other kept), a batch cut
short by a crash told apart, and a file that is no tally (a PDF, a spreadsheet, a file saved
as UTF-16, one larger than UA Writer reads) refused as a whole with a message that says
what to do.
"""

from __future__ import annotations

import errno
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from uawriter.atomic import (
    RefusedFile,
    read_regular_file,
)
from uawriter.domain.controls import DIRECTION_CONTROLS, without_controls
from uawriter.storage.json_store import holds_half_characters
from uawriter.storage.tally_records import (
    MAX_LINE_BYTES,
    MAX_NOTES,
    MAX_TALLY_BYTES,
    TALLY_VERSION,
    Channel,
    Entry,
    ExtraCount,
    ExtraKind,
    LetterRecord,
    TallyContents,
    Withdrawal,
)

_TEXT_FIELDS = ("id", "time", "event_id", "event", "ua", "pack_id")


#: The most characters a text field of a record keeps: a merged file's UA numbers of 3,000
#: characters made the organiser's report take 28 s to lay out.
MAX_FIELD_CHARS = 200


def one_line(text: str) -> str:
    """A field as one line of text: no control characters, no line breaks or tabs, no
    direction override (a merged file's event name turned the CSV's and the report's text
    after it backwards, as no pack may), and at most :data:`MAX_FIELD_CHARS` characters."""
    if not text.isprintable():
        text = " ".join(DIRECTION_CONTROLS.sub("", without_controls(text)).split())
    return text if len(text) <= MAX_FIELD_CHARS else text[: MAX_FIELD_CHARS - 1] + "…"


def _newer_version(data: object) -> bool:
    """Whether ``data`` is a record of a format newer than this app's (a newer UA Writer
    wrote it): not damage, and not to be read."""
    version = data.get("v") if isinstance(data, dict) else None
    return isinstance(version, int) and not isinstance(version, bool) and version > TALLY_VERSION


def newer_format(version: int) -> str:
    """What is said of records of a newer format ``version``."""
    return f"written by a newer UA Writer (tally format {version})"


def newer_note(name: str, records: int, version: int) -> str:
    """The note on a file's ``records`` of a newer format, left unread."""
    return (
        f"{name}: {records} {'record' if records == 1 else 'records'} {newer_format(version)} "
        "not read: update UA Writer on this laptop to count them"
    )


def _from_json(data: object) -> Entry | str:
    """The record, or why the line is not one."""
    if not isinstance(data, dict):
        return "not a record"
    version = data.get("v")
    # a whole number: true and 1.0 are equal to 1 in Python, and were counted (probe 72a)
    if type(version) is not int or version != TALLY_VERSION:
        return f"format version {version!r}, this app reads {TALLY_VERSION}"
    for key in _TEXT_FIELDS:
        if not isinstance(data.get(key), str):
            return f"field {key} missing or not text"
    if not data["id"] or len(data["id"]) > 64:
        return "field id empty or too long"
    update = data.get("update")
    if not isinstance(update, int) or isinstance(update, bool) or not 0 <= update < 1000:
        return "field update missing or not a small whole number"
    # one line of text each: a merged file's "\r\nline2" forged a line of `uawriter tally`
    common: dict[str, Any] = {key: one_line(data[key]) for key in _TEXT_FIELDS}
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
        digest = data.get("digest", "")
        if not isinstance(digest, str) or len(digest) > 64 or not digest.isprintable():
            return "field digest not a digest"
        turn = data.get("turn", "")
        if not isinstance(turn, str) or len(turn) > 64 or not turn.isprintable():
            return "field turn not a turn's id"
        return LetterRecord(
            **common,
            addressee_id=one_line(data["addressee_id"]),
            addressee=one_line(data["addressee"]),
            channel=channel,
            language=one_line(data["language"]),
            pages=pages,
            file=file,
            first_page=first_page,
            staged=staged,
            digest=digest,
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
    #: Records of a newer format, and the newest of them (:attr:`TallyContents.newer`).
    newer: int = 0
    newer_version: int = 0
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
            if _newer_version(data):
                self.newer += 1
                self.newer_version = max(self.newer_version, data["v"])
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
        if self.newer:
            notes.append(newer_note(self.name, self.newer, self.newer_version))
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
            newer=self.newer,
            newer_version=self.newer_version,
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


def file_name(path: Path) -> str:
    """``path`` as a message names it: its name, or the folder it stands for ("." given to
    ``tally merge`` has no name: the message named nothing)."""
    if path.name not in ("", ".", ".."):
        return path.name
    return str(path.resolve()) if path.resolve().name else str(path)


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
            notes=(f"{file_name(path)}: not a regular file; not read",),
            refused="is not a regular file",
        )
    reader = _Reader(file_name(path))
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
    decoded = _decoded(file_name(path), raw)
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
    return TallyContents(notes=(f"{file_name(path)} {why}; not read",), refused=why)


def not_counted_in(why: str, remedy: str = MOVE_IT_AWAY) -> str:
    """What is said of this laptop's tally refused for ``why`` ("is larger than 64 MiB"),
    after its name (or "it")."""
    return f"{why}, so no letter can be counted in it: {remedy}"


def refusal(path: Path, why: str, *, own: bool, remedy: str = "") -> TallyRefused:
    """What to raise for a tally file refused as a whole for ``why`` ("is larger than 64
    MiB"): this laptop's own tally (``own``: no letter can be counted in it; named with its
    folder, where it is to be moved from), or a file given to merge."""
    if own:
        return TallyRefused(path, f"{path} {not_counted_in(why, remedy or MOVE_IT_AWAY)}", own=True)
    return TallyRefused(path, f"{file_name(path)} {why}: {remedy or TALLY_WANTED}", own=False)

"""Draft an action pack from the text of an Urgent Action, for a volunteer to review.

``draft_pack(text)`` reads what an Urgent Action says: its number and update, its dates,
the languages to write in, the recommended actions, the officials to write to (with fax,
e-mail and salutation), the advice after the deadline, the background. It returns a
:class:`DraftPack`: the fields it found, under the names the pack format uses
(docs/pack-format.md), the fields it did not find (``not_found``), and for each field the
lines of the tidied text it came from (``sources``), so a review screen can show each value
beside its lines. **It never invents a value.** What the text does not say is listed as not
found; a reading that needs a person's eye (a salutation whose language is unclear, an
update whose number is not printed) carries a note.

Input is pasted text, a ``.txt`` file (UTF-8, else Windows-1252 with a note) or a ``.pdf``
(its text layer, read with pypdf). :func:`read_source` and :func:`draft_from_file` raise
:class:`DraftInputError`, whose message is written for people; :func:`draft_pack` itself
takes any text and never raises.

:func:`to_manifest_toml` writes a draft as a ``pack.toml``. What was not found is left as
``# TODO`` lines; a required field left out that way is named by ``uawriter validate``.

The text of an Urgent Action comes in many states: wrapped at the width of a PDF page,
flattened to one line, all in lower case, with letter-spaced headings, with running headers
and page numbers in the middle of paragraphs, with symbol-font bullets that came out as
letters or private-use characters. :func:`normalise` tidies it into lines first; every line
number in ``sources`` points into those tidied lines (``DraftPack.lines``).

No Qt here: ``uawriter draft-pack`` and the window both use this module.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from uawriter.domain.contact_rules import is_email, is_fax_number
from uawriter.domain.languages import canonical_language, is_known_country

#: Files larger than this are refused before they are read.
MAX_INPUT_BYTES = 20 * 1024 * 1024
#: Text beyond this many characters is not drafted from (an Urgent Action is a few pages).
MAX_TEXT_CHARS = 300_000
#: The language packs made from Urgent Actions are written in.
SOURCE_LANGUAGE = "en"

#: The pack-format keys a draft can fill, in the order they are listed.
FIELD_KEYS = (
    "action.ua_number",
    "action.update",
    "action.issued",
    "action.deadline",
    "action.country",
    "action.write_in",
    "action.write_in_own_language",
    "action.title",
    "action.summary",
    "action.additional_information",
    "action.after_deadline",
    "action.diplomatic_copies",
    "action.further_information",
    "talking_points",
    "addressees",
)


class DraftInputError(Exception):
    """Input nothing can be drafted from. ``str(error)`` says why, for a person."""


# -- the draft -------------------------------------------------------------------------------


@dataclass
class DraftAddressee:
    """One official found under "Please send appeals to" (``target``) or "And copies to"
    (``copy``), with the pack format's field names."""

    id: str
    role: str
    title: str = ""
    name: str = ""
    organisation: str = ""
    address: list[str] = field(default_factory=list)
    country: str = ""
    fax: str = ""
    emails: list[str] = field(default_factory=list)
    #: language code -> salutation, without punctuation
    salutation: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "role": self.role,
            "title": self.title,
            "name": self.name,
            "organisation": self.organisation,
            "address": list(self.address),
            "country": self.country,
            "fax": self.fax,
            "emails": list(self.emails),
            "salutation": dict(self.salutation),
        }


@dataclass
class DraftPack:
    """What an Urgent Action's text says, as pack fields, with where each came from.

    The attributes are the ``[action]`` fields of the pack format; localised texts
    (``title``, ``summary``, …) are in :data:`SOURCE_LANGUAGE`. An empty text, ``None`` or
    ``[]`` (for ``talking_points``, ``addressees``) means "not found"; ``not_found`` lists
    those keys. ``write_in == []`` is a finding: the action accepts any language.

    ``sources`` maps a key (``action.deadline``, ``talking_points[2]``,
    ``addressees[1].salutation``) to ``(first, last)``: 1-based, inclusive line numbers in
    ``lines``, the tidied text. ``notes`` maps a key (or ``"input"``) to remarks a reviewer
    should read.
    """

    lines: list[str]
    ua_number: str = ""
    update: int | None = None
    issued: dt.date | None = None
    deadline: dt.date | None = None
    #: True when the action asks for appeals "immediately" / "as quickly as possible" and
    #: gives no date: the deadline is absent on purpose, not missing.
    appeals_as_soon_as_possible: bool = False
    country: str = ""
    write_in: list[str] | None = None
    write_in_own_language: bool | None = None
    title: str = ""
    summary: str = ""
    additional_information: str = ""
    after_deadline: str = ""
    diplomatic_copies: str = ""
    further_information: str = ""
    talking_points: list[str] = field(default_factory=list)
    addressees: list[DraftAddressee] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)
    sources: dict[str, tuple[int, int]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)

    def note(self, key: str, message: str) -> None:
        messages = self.notes.setdefault(key, [])
        if message not in messages:
            messages.append(message)

    def fields(self) -> dict[str, Any]:
        """The fields found, keyed as in the pack format, as JSON values."""
        found: dict[str, Any] = {}
        if self.ua_number:
            found["action.ua_number"] = self.ua_number
        if self.update is not None:
            found["action.update"] = self.update
        if self.issued is not None:
            found["action.issued"] = self.issued.isoformat()
        if self.deadline is not None:
            found["action.deadline"] = self.deadline.isoformat()
        if self.country:
            found["action.country"] = self.country
        if self.write_in is not None:
            found["action.write_in"] = list(self.write_in)
        if self.write_in_own_language is not None:
            found["action.write_in_own_language"] = self.write_in_own_language
        for key in _LOCAL_TEXT_KEYS:
            value = getattr(self, key)
            if value:
                found[f"action.{key}"] = {SOURCE_LANGUAGE: value}
        if self.further_information:
            found["action.further_information"] = self.further_information
        if self.talking_points:
            found["talking_points"] = [
                {"id": f"point-{i + 1}", "text": {SOURCE_LANGUAGE: text}}
                for i, text in enumerate(self.talking_points)
            ]
        if self.addressees:
            found["addressees"] = [a.to_json() for a in self.addressees]
        return found

    def to_json(self) -> dict[str, Any]:
        """``{"fields": …, "not_found": […], "sources": {key: [first, last]}, "notes": …}``."""
        return {
            "fields": self.fields(),
            "not_found": list(self.not_found),
            "sources": {key: [first, last] for key, (first, last) in self.sources.items()},
            "notes": {key: list(messages) for key, messages in self.notes.items()},
        }

    def lines_of(self, key: str) -> list[str]:
        """The tidied lines a field came from (empty if it has no source)."""
        if key not in self.sources:
            return []
        first, last = self.sources[key]
        return self.lines[first - 1 : last]


_LOCAL_TEXT_KEYS = (
    "title",
    "summary",
    "additional_information",
    "after_deadline",
    "diplomatic_copies",
)


# -- reading the input -----------------------------------------------------------------------


@dataclass(frozen=True)
class SourceText:
    """The text of a file, with remarks on how it was read (an encoding guessed, …)."""

    text: str
    notes: tuple[str, ...] = ()


def read_source(path: Path) -> SourceText:
    """The text of a ``.txt`` or ``.pdf`` file. Raises :class:`DraftInputError`."""
    name = str(path)
    try:
        if path.is_dir():
            raise DraftInputError(
                f"{name}: is a folder; give the Urgent Action's .txt or .pdf file"
            )
        size = path.stat().st_size
    except FileNotFoundError:
        raise DraftInputError(f"{name}: no such file") from None
    except OSError as exc:
        raise DraftInputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if size > MAX_INPUT_BYTES:
        raise DraftInputError(
            f"{name}: is {size:,} bytes; an Urgent Action is a few pages "
            f"(at most {MAX_INPUT_BYTES:,} bytes are read)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DraftInputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return source_from_bytes(data, name)


def source_from_bytes(data: bytes, name: str = "the text") -> SourceText:
    """Text from a file's bytes: a PDF by its ``%PDF-`` signature, otherwise text."""
    if data.lstrip()[:5] == b"%PDF-":
        text = text_from_pdf(data, name)
        notes: tuple[str, ...] = ("read from the text layer of a PDF",)
    elif name.lower().endswith(".pdf"):
        raise DraftInputError(f"{name}: is not a PDF (it does not start with %PDF-)")
    else:
        text, notes = _decode_text(data, name)
    if not text.strip():
        raise DraftInputError(f"{name}: holds no text to draft from")
    return SourceText(text, notes)


def _decode_text(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ("read as UTF-16 text",)
        except UnicodeDecodeError:
            raise DraftInputError(f"{name}: is not readable UTF-16 text") from None
    if data.startswith(b"PK\x03\x04"):
        raise DraftInputError(
            f"{name}: is a zip file (a Word or OpenDocument file?); save it as .txt or .pdf"
        )
    if b"\x00" in data:
        raise DraftInputError(f"{name}: does not look like a text file; give a .txt or .pdf")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
    try:
        text = data.decode("cp1252")
        return text, (
            f"not UTF-8 (first at line {line}): read as Windows-1252; check accented letters",
        )
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, (
            f"not UTF-8 (first at line {line}): read as Windows-1252, and some bytes "
            "could not be read at all (shown as \ufffd)",
        )


def text_from_pdf(data: bytes, name: str = "the PDF") -> str:
    """The text layer of a PDF, page after page. Raises :class:`DraftInputError`."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise DraftInputError(
            f"{name}: reading PDFs needs the pypdf package; save the text as .txt instead"
        ) from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:  # pypdf raises several kinds for unsupported encryption
                opened = False
            if not opened:
                raise DraftInputError(
                    f"{name}: is a password-protected (encrypted) PDF; open it, copy the text "
                    "and paste it, or save it without a password"
                )
        pages = [page.extract_text() or "" for page in reader.pages]
    except DraftInputError:
        raise
    except Exception as exc:  # a damaged PDF can fail anywhere inside pypdf
        raise DraftInputError(
            f"{name}: could not be read as a PDF ({type(exc).__name__}); is it damaged?"
        ) from None
    text = "\n".join(pages)
    if not text.strip():
        raise DraftInputError(
            f"{name}: has no text to read (a scanned image?); copy the text from the "
            "Urgent Action and paste it instead"
        )
    return text


def draft_from_file(path: Path) -> DraftPack:
    """Read a ``.txt`` or ``.pdf`` file and draft a pack. Raises :class:`DraftInputError`."""
    source = read_source(path)
    return draft_pack(source.text, notes=source.notes)


def draft_from_text(text: str) -> DraftPack:
    """Draft from pasted text; :class:`DraftInputError` if there is nothing to read."""
    if not text.strip():
        raise DraftInputError("there is no text to draft from; paste the Urgent Action's text")
    return draft_pack(text)


# -- tidying the text into lines ---------------------------------------------------------------

_SURROGATES = re.compile(r"[\ud800-\udfff]")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_NEWLINES = re.compile(r"\r\n|[\r\n\f\v\x1c-\x1e\x85\u2028\u2029]")
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACED_TOKEN = re.compile(r"(?:\S )+\S")
_LONG_LINE = 200

# Symbol-font bullets: Word's Symbol/Wingdings bullets come out of PDFs as private-use
# characters (U+F0B7, U+F0A7, U+F06C …) or as the letter the font draws as a bullet.
_BULLET_CHARS = "•·▪■□●○◦◆◇►▸▹▻➢➤➣✓✔❖❑❒⁃⁌⁍∙◘◙§¨Ø\u2022\u2023\u2043\u2219\u25a0-\u25ff\ue000-\uf8ff"
_LETTER_BULLETS = "lnoqvuü"

_BREAK_BEFORE = re.compile(
    r"\s+(?="
    r"please\s+write\b|recommended\s+actions?\b|take\s+action\b|"
    r"please\s+send\s+appeals\b|(?:send\s+)?appeals\s+to\s*:|and\s+copies\s+to\s*:|(?<!and\s)copies\s+to\s*:|"
    r"(?:fax|e-?mails?|tel(?:ephone)?|phone|twitter|salutations?(?:\s+for\s+all)?)"
    r"\s*(?:no\.?\s*)?:|"
    r"also\s+send\s+copies\b|please\s+check\s+with\b|check\s+with\s+the\s+international\b|"
    r"this\s+is\s+the\s+\w+\s+update\b|further\s+information\b|"
    r"(?:additional|background)\s+information\b|name\s*:|gender\s+m\s*/\s*f\b|"
    rf"[{_BULLET_CHARS}]\s*\w"
    r")",
    re.IGNORECASE,
)
_BREAK_BULLET_AFTER_PUNCT = re.compile(
    rf"(?<=[;:.!?])\s+(?=(?:[-–*+>]|[{_LETTER_BULLETS}]|\d{{1,2}}[.)]|\(?[a-h]\))\s+\S)"
)
_BREAK_AFTER_HEADING = re.compile(
    r"(?i)(\burgent\s*action\b|\b(?:additional|background)\s+information\b:?)\s+(?=\S)"
)
_BREAK_AFTER_CAPS_RUN = re.compile(
    r"\b((?:[A-Z][A-Z'’-]*\s+){2,12}[A-Z][A-Z'’-]*)\s+(?=[A-Z][a-z])"
)
_BREAK_AFTER_TO = re.compile(
    r"(?i)(\b(?:(?:please\s+)?send\s+appeals?\b[^\n:]{0,80}?\bto|appeals?\s+to|copies\s+to)"
    r"\s*:)\s*(?=\S)(?!diplomatic)"
)
_BLOCK_MARKER = re.compile(r"(?i)\b(?:fax|e-?mail|salutations?)\s*:")


@dataclass
class _Doc:
    lines: list[str]
    furniture: set[int]
    lower_case: bool
    flattened: bool
    notes: list[str]
    typical_width: int
    #: spaces before each line's text in the input (a lost bullet often leaves its indent)
    indent: list[int] = field(default_factory=list)


def _unspace(line: str) -> str:
    """ "U R G E N T  A C T I O N" -> "URGENT ACTION"."""
    if " " not in line:
        return line
    parts = re.split(r" {2,}", line.strip())
    if all(_SPACED_TOKEN.fullmatch(p) or len(p) == 1 for p in parts) and (
        sum(len(p.replace(" ", "")) for p in parts) >= 4 and any(" " in p for p in parts)
    ):
        return " ".join(p.replace(" ", "") for p in parts)
    if "  " not in line:
        return line
    out = []
    for part in parts:
        if _SPACED_TOKEN.fullmatch(part) and len(part.replace(" ", "")) >= 4:
            out.append(part.replace(" ", ""))
        else:
            out.append(part)
    return " ".join(out)


def _split_line(line: str) -> tuple[list[str], bool]:
    """A line split where an Urgent Action would have broken it; True if it looked flattened."""
    line = _BREAK_AFTER_TO.sub(lambda m: m.group(1) + "\n", line)
    flattened = False
    if len(line) > _LONG_LINE:
        flattened = bool(_BLOCK_MARKER.search(line))
        line = _BREAK_AFTER_HEADING.sub(r"\1\n", line)
        line = _BREAK_AFTER_CAPS_RUN.sub(r"\1\n", line)
        line = _BREAK_BEFORE.sub("\n", line)
        line = _BREAK_BULLET_AFTER_PUNCT.sub("\n", line)
    return [piece.strip() for piece in line.split("\n")], flattened


def _normalise(text: str) -> _Doc:
    notes: list[str] = []
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        notes.append(f"the text is long: only its first {MAX_TEXT_CHARS:,} characters were read")
    text = _SURROGATES.sub("\ufffd", text)
    text = text.translate(_INVISIBLE)
    text = _NEWLINES.sub("\n", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    lines: list[str] = []
    indent: list[int] = []
    flattened = False
    for raw in text.split("\n"):
        pieces, flat = _split_line(_unspace(raw.strip()))
        flattened = flattened or flat
        lines.extend(pieces)
        indent.append(len(raw) - len(raw.lstrip()) if raw.strip() else 0)
        indent.extend([0] * (len(pieces) - 1))
    while lines and not lines[-1]:
        lines.pop()
        indent.pop()
    lower = any(c.isalpha() for c in text) and not any(c.isupper() for c in text)
    if flattened:
        notes.append(
            "the text came without its line breaks: the lines were split again at headings, "
            "labels and bullets; check the addresses especially"
        )
    if lower:
        notes.append("the text is all in lower case: check the capitals of names and titles")
    widths = sorted(len(line) for line in lines if line)
    typical = widths[int(len(widths) * 0.8)] if widths else 0
    doc = _Doc(lines, set(), lower, flattened, notes, typical, indent)
    doc.furniture = _furniture(doc)
    return doc


_PAGE_LINE = re.compile(
    r"(?i)^\W*(?:page|p\.|pg\.?)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\W*$|^[-–—\s]*\d{1,3}[-–—\s]*$"
)
_PAGE_IN_LINE = re.compile(r"(?i)\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b")
_INDEX_LINE = re.compile(r"(?i)\bindex\s*:?\s*[a-z]{3}\s*\d{2}\s*/\s*\d{3,4}\s*/\s*\d{4}\b")


def _furniture(doc: _Doc) -> set[int]:
    """Page numbers, running headers and footers: kept in ``lines`` (the reviewer sees
    them) but skipped when paragraphs, points and addresses are read."""
    lines = doc.lines
    marked: set[int] = set()
    for i, line in enumerate(lines):
        if line and (
            _PAGE_LINE.match(line) or _PAGE_IN_LINE.search(line) or _INDEX_LINE.search(line)
        ):
            marked.add(i)
    seen: dict[str, int] = {}
    top = {line.casefold() for line in _first_content_lines(lines, 5)}
    following: list[str | None] = [None] * len(lines)
    upcoming: str | None = None
    for i in range(len(lines) - 1, -1, -1):
        following[i] = upcoming
        if lines[i]:
            upcoming = lines[i]
    previous: str | None = None
    for i, line in enumerate(lines):
        if not line or i in marked:
            continue
        key = line.casefold()
        if (
            key in seen
            and len(line) >= 12
            and not _LABEL.search(line)
            and _bullet(line, doc) is None
        ):
            nxt = following[i]
            mid_paragraph = (
                previous is not None
                and not _ends_sentence(previous)
                and nxt is not None
                and nxt[:1].islower()
            )
            if mid_paragraph or key in top:
                marked.add(i)
                continue
        seen.setdefault(key, i)
        previous = line
    return marked


def _first_content_lines(lines: list[str], count: int) -> list[str]:
    return [line for line in lines if line][:count]


def _neighbour(lines: list[str], skip: set[int], i: int, step: int) -> str | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j] and j not in skip:
            return lines[j]
        j += step
    return None


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?:][\"'”’)\]]*\s*$", text))


# -- paragraphs and sentences, remembering their lines -------------------------------------------


class _Span:
    """Text joined from lines, knowing which line each character came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._text: str | None = ""
        self.starts: list[int] = []
        self.indices: list[int] = []
        self.length = 0

    def add(self, line: str, index: int, glue: str = " ") -> None:
        if self._parts:
            self._parts.append(glue)
            self.length += len(glue)
        self.starts.append(self.length)
        self.indices.append(index)
        self._parts.append(line)
        self.length += len(line)
        self._text = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self._parts)
            self._parts = [self._text]
        return self._text

    @property
    def tail(self) -> str:
        """The end of the text (at least the last line added), for cheap checks."""
        return self._parts[-1] if self._parts else ""

    def line_at(self, offset: int) -> int:
        k = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return self.indices[k]

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        return self.line_at(start), self.line_at(max(start, end - 1))

    @property
    def first(self) -> int:
        return self.indices[0]

    @property
    def last(self) -> int:
        return self.indices[-1]


def _glue(prev: str, line: str) -> str:
    """How two wrapped lines join: "ill-" + "treatment" keeps the hyphen and no space."""
    if len(prev) > 1 and prev.endswith("-") and prev[-2].isalpha() and line[:1].islower():
        return ""
    return " "


def _paragraphs(
    doc: _Doc, lo: int, hi: int, skip: Callable[[int], bool] | None = None
) -> list[_Span]:
    """Lines lo..hi-1 joined into paragraphs. A blank line ends a paragraph only after the
    end of a sentence (PDF text is often double-spaced mid-sentence); a short line ending a
    sentence before a capital also ends one."""
    paragraphs: list[_Span] = []
    current: _Span | None = None
    blank = False
    short = doc.typical_width * 0.7 if doc.typical_width >= 50 else 0
    last_line = ""
    for i in range(max(lo, 0), min(hi, len(doc.lines))):
        if i in doc.furniture or (skip is not None and skip(i)):
            continue
        line = doc.lines[i]
        if not line:
            blank = True
            continue
        if current is None:
            current = _Span()
            current.add(line, i)
        elif _ends_sentence(current.tail) and (
            blank or (len(last_line) < short and (line[:1].isupper() or doc.lower_case))
        ):
            paragraphs.append(current)
            current = _Span()
            current.add(line, i)
        else:
            current.add(line, i, _glue(current.tail, line))
        last_line = line
        blank = False
    if current is not None:
        paragraphs.append(current)
    return paragraphs


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=\S)")
_ABBREVIATIONS = _wordset(
    "st no nos mr mrs ms dr prof tel ave av rd e.g i.e etc vs v jr sr sra gen col lt sgt "
    "h.e art nr apt bldg"
)


def _sentences(span: _Span, lower_case: bool) -> list[tuple[str, int, int]]:
    """(sentence, first line, last line) for each sentence of a paragraph."""
    out: list[tuple[str, int, int]] = []
    start = 0
    text = span.text
    for match in _SENTENCE_END.finditer(text):
        before = re.search(r"(\S+)[.!?]$", text[: match.start()].rstrip("\"'”’)]"))
        word = before.group(1).lower() if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        following = text[match.end() : match.end() + 1]
        if not (following.isupper() or following.isdigit() or lower_case or following in "\"“'(["):
            continue
        out.append((text[start : match.start()].strip(), *span.lines_of(start, match.start())))
        start = match.end()
    if text[start:].strip():
        out.append((text[start:].strip(), *span.lines_of(start, len(text))))
    return out


# -- dates, numbers, languages -------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DATE = (
    rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b)"
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_DATE_LINE = re.compile(rf"^\W*{_DATE}\W*$", re.IGNORECASE)


def _date_of(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups.get("y1"):
            return dt.date(int(groups["y1"]), _MONTHS[groups["m1"].lower()], int(groups["d1"]))
        if groups.get("y2"):
            return dt.date(int(groups["y2"]), _MONTHS[groups["m2"].lower()], int(groups["d2"]))
        if groups.get("y3"):
            return dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
    except (ValueError, KeyError):
        return None
    return None


_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_ORD = r"(?P<ord>\d{1,2}\s?(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r")"
_NUM = r"(?P<num>\d{1,4}\s*/\s*\d{2,4})\b"
_KIND = r"(?P<kind>UA|EXTRA|urgent\s+action)"
_UPDATE_OF = re.compile(
    rf"\b{_ORD}\s+update\s+(?:of|on|to|for)\s+(?:the\s+)?{_KIND}\s*:?\s*(?:no\.?\s*)?{_NUM}",
    re.IGNORECASE,
)
_ORDINAL_UA = re.compile(
    rf"\b{_ORD}\s+(?P<kind>UA|EXTRA)\b\s*:?\s*(?:no\.?\s*)?(?:{_NUM})?", re.IGNORECASE
)
_FURTHER_ON = re.compile(
    rf"\b(?:further\s+information\s+on|fi\s+on|follow[- ]?up\s+(?:to|on))\s+{_KIND}\b"
    rf"\s*:?\s*(?:no\.?\s*)?(?:{_NUM})?",
    re.IGNORECASE,
)
_EXTRA = re.compile(rf"\bEXTRA\s*:?\s*(?:no\.?\s*)?{_NUM}", re.IGNORECASE)
_UA = re.compile(rf"\bUA\s*:?\s*(?:no\.?\s*)?{_NUM}", re.IGNORECASE)


def _ordinal(text: str) -> int | None:
    text = text.lower().replace(" ", "")
    if text in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[text]
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


def _ua_number(match: re.Match[str]) -> str:
    number = re.sub(r"\s+", "", match.group("num"))
    kind = (match.groupdict().get("kind") or "").upper()
    if match.re is _EXTRA:
        kind = "EXTRA"
    return f"EXTRA {number}" if kind == "EXTRA" else number


#: Names Urgent Actions use that CLDR spells otherwise.
_LANGUAGE_ALIASES = {
    "farsi": "fa",
    "mandarin": "zh",
    "mandarin chinese": "zh",
    "castilian": "es",
    "kirghiz": "ky",
    "tadjik": "tg",
    "tajiki": "tg",
    "burmese": "my",
}


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """English language name (lower case) -> language code, from CLDR via Babel."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        canonical = canonical_language(str(code))
        if canonical and name:
            names.setdefault(str(name).lower(), canonical)
    for name, code in _LANGUAGE_ALIASES.items():
        names.setdefault(name, code)
    return names


@lru_cache(maxsize=1)
def _write_in_pattern() -> re.Pattern[str]:
    names = sorted(_language_names(), key=len, reverse=True)
    language = r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
    return re.compile(
        rf"\bin\s+(?P<list>{language}(?:\s*(?:,|/|\bor\b|\band\b)\s*(?:(?:or|and)\s+)?"
        rf"{language}){{0,12}})"
        r"(?P<own>\s*,?\s*(?:(?:or|and)\s+)?(?:in\s+)?(?:your|their|the\s+writer'?s)\s+own"
        r"\s+languages?)?",
        re.IGNORECASE,
    )


_OWN_LANGUAGE = re.compile(r"(?i)\b(?:in\s+)?your\s+own\s+language")

#: Country names Urgent Actions use that CLDR spells otherwise.
_COUNTRY_ALIASES = {
    "russian federation": "RU",
    "usa": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "republic of korea": "KR",
    "korea": "KR",
    "democratic people's republic of korea": "KP",
    "democratic republic of the congo": "CD",
    "drc": "CD",
    "republic of the congo": "CG",
    "congo": "CG",
    "islamic republic of iran": "IR",
    "burma": "MM",
    "myanmar": "MM",
    "viet nam": "VN",
    "syrian arab republic": "SY",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "côte d'ivoire": "CI",
    "czech republic": "CZ",
    "swaziland": "SZ",
    "macedonia": "MK",
    "türkiye": "TR",
    "the gambia": "GM",
    "the netherlands": "NL",
    "the philippines": "PH",
    "kyrgyz republic": "KG",
    "lao pdr": "LA",
    "holy see": "VA",
}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """English country name (lower case) -> ISO 3166 code, from CLDR via Babel."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if is_known_country(str(code)):
            names.setdefault(str(name).lower().replace("’", "'"), str(code))
    for name, code in _COUNTRY_ALIASES.items():
        names.setdefault(name, code)
    return names


def _country_code(text: str) -> str:
    key = re.sub(r"\s+", " ", text.strip(" .,;:()").lower().replace("’", "'"))
    return _country_names().get(key, "")


# -- bullets ------------------------------------------------------------------------------------

_SYMBOL_BULLET = re.compile(rf"^(?P<m>[{_BULLET_CHARS}]|[-–—*+>]\s)\s*(?P<t>\S.*)$")
_LETTER_BULLET = re.compile(rf"^(?P<m>[{_LETTER_BULLETS}])\s+(?P<t>\S.*)$")
_NUMBERED = re.compile(r"^\(?(?P<m>\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]\s+(?P<t>\S.*)$")


@dataclass(frozen=True)
class _Bullet:
    marker: str
    text: str
    kind: str  # "symbol", "letter", "number"


def _bullet(line: str, doc: _Doc) -> _Bullet | None:
    """The bullet a line starts with, if any. Letters and numbers count as bullets only
    before a capital (or in all-lower-case text): "l Urging …" but not "o the …"."""
    m = _SYMBOL_BULLET.match(line)
    if m and not (m.group("m").strip() in "-–—" and m.group("t")[:1].isdigit()):
        return _Bullet(m.group("m").strip(), m.group("t"), "symbol")
    for pattern, kind in ((_LETTER_BULLET, "letter"), (_NUMBERED, "number")):
        m = pattern.match(line)
        if m and (doc.lower_case or m.group("t")[:1].isupper() or m.group("t")[:1] in "\"“'‘"):
            return _Bullet(m.group("m"), m.group("t"), kind)
    return None


_GERUND = re.compile(
    r"(?i)^(?:urging|calling|reminding|expressing|asking|demanding|requesting|seeking|"
    r"insisting|welcoming|stressing|emphasi[sz]ing|recognising|recognizing|acknowledging|"
    r"urge|call|remind|express|ask|demand|request)\b"
)


def _ends_item(text: str) -> bool:
    return bool(re.search(r"[.;:!?][\"'”’)]*\s*$", text))


def _clean_point(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*(?:[;,]\s*(?:and|or)?|;?\s+and)\s*$", "", text).strip()


# -- addressee blocks ------------------------------------------------------------------------------

_LABEL = re.compile(
    r"(?i)(?<![\w-])(?P<label>fax|tel(?:ephone)?|phone|mobile|cell|e-?mails?|twitter|facebook"
    r"|instagram|web(?:site)?|salutations?)\s*(?:no\.?|number|nr\.?|address(?:es)?)?\s*[:：]\s*"
)
_LABEL_AT_START = re.compile(
    r"(?i)^(?P<label>fax|tel(?:ephone)?|phone|e-?mails?)\b\.?\s+(?=[+(\d]|\S+@)"
)
_EMAIL = re.compile(r"(?<![\w.%+'-])(?:mailto:)?([\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})")
_FAX_NUMBER = re.compile(r"\+?\(?\d[\d ()./-]{3,30}\d")
_COPIES = re.compile(r"(?i)^\W*(?:and\s+)?(?:send\s+)?(?:copies|copy)\s+(?:to|for)\b\W*$")
_FOR_ALL = re.compile(
    r"(?i)^\W*salutations?\s*\(?\s*(?:for|to)\s+(?:all|each|every(?:one)?)"
    r"(?:\s+(?:addressees|officials|of\s+them|three|two|four))?\s*\)?\s*[:：]?\s*(?P<s>.*)$"
)

_SALUTATION_WORDS: dict[str, frozenset[str]] = {
    "en": _wordset("dear sir madam your excellency honourable honorable mr mrs ms miss lord lady"),
    "es": _wordset(
        "estimado estimada estimados estimadas señor señora senor senora sr sra srta "
        "excelentísimo excelentísima excelentisimo excelentisima distinguido distinguida "
        "apreciado apreciada don doña ilustrísimo ilustrísima excelencia"
    ),
    "fr": _wordset("monsieur madame mesdames messieurs cher chère excellence mademoiselle"),
    "pt": _wordset(
        "excelentíssimo excelentíssima exmo exma senhor senhora prezado prezada vossa excelência"
    ),
    "de": _wordset("sehr geehrter geehrte herr frau exzellenz"),
    "it": _wordset(
        "egregio egregia gentile gentilissimo gentilissima signor signore signora "
        "illustrissimo onorevole eccellenza"
    ),
    "nl": _wordset("geachte heer mevrouw excellentie"),
    "ru": _wordset("уважаемый уважаемая господин госпожа"),
    "kk": _wordset("құрметті мырза ханым"),
    "uk": _wordset("шановний шановна пане пані"),
    "ar": _wordset("معالي فخامة سعادة السيد السيدة حضرة"),
    "tr": _wordset("sayın"),
    "id": _wordset("yth bapak ibu"),
}
#: Words a salutation starts with, in any language above.
_SALUTATION_OPENERS = _wordset(
    "dear your estimado estimada estimados distinguido distinguida excelentísimo excelentísima "
    "excelentisimo excelentisima señor señora senor senora sr sra monsieur madame cher chère "
    "sehr prezado prezada excelentíssimo excelentíssima exmo exma egregio egregia gentile "
    "geachte уважаемый уважаемая құрметті шановний шановна sayın معالي فخامة سعادة"
)
_ALL_SALUTATION_WORDS = frozenset().union(*_SALUTATION_WORDS.values()) | _wordset(
    "le la el los las de del the of and y et / excelentísimo"
)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text)]


def _salutation_language(part: str) -> str | None:
    """The language of a salutation, by the words it uses (see ``_SALUTATION_WORDS``);
    None when no word is known or two languages tie."""
    words = _words(part)
    scores: dict[str, int] = {}
    for position, word in enumerate(words):
        for lang, vocabulary in _SALUTATION_WORDS.items():
            if word in vocabulary:
                scores[lang] = scores.get(lang, 0) + (2 if position == 0 else 1)
    if not scores:
        return None
    best = max(scores.values())
    winners = [lang for lang, score in scores.items() if score == best]
    return winners[0] if len(winners) == 1 else None


def _looks_like_salutation(text: str) -> bool:
    parts = [p for p in re.split(r"\s*/\s*", text.strip()) if p.strip()]
    return bool(parts) and all((_words(p)[:1] or [""])[0] in _SALUTATION_OPENERS for p in parts)


_QUOTES = "\"'“”‘’«»"


def _tidy_salutation(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = text.strip(" ()[]" + _QUOTES).strip()
    return text.rstrip(" ,;:.!" + _QUOTES).strip()


def _split_salutation(raw: str) -> tuple[dict[str, str], str]:
    """ "Dear Minister/Estimado Señor Ministro" -> {"en": …, "es": …}; a note if unsure."""
    whole = _tidy_salutation(raw)
    if not whole:
        return {}, ""
    parts = [_tidy_salutation(p) for p in re.split(r"\s*/\s*|\s+\|\s+", whole)]
    parts = [p for p in parts if p]
    langs = [_salutation_language(p) for p in parts]
    # "Dear Sir/Madam": neighbouring parts in the same language belong together.
    groups: list[tuple[str | None, list[str]]] = []
    for part, lang in zip(parts, langs, strict=True):
        if groups and groups[-1][0] == lang and lang is not None:
            groups[-1][1].append(part)
        else:
            groups.append((lang, [part]))
    known = [lang for lang, _ in groups]
    if all(known) and len(set(known)) == len(known):
        return {str(lang): "/".join(ps) for lang, ps in groups}, ""
    why = (
        "could not tell the language of the salutation"
        if not all(known)
        else "the salutation has two parts in the same language"
    )
    return {SOURCE_LANGUAGE: whole}, f"{why} {whole!r}; kept it under {SOURCE_LANGUAGE!r}: check it"


_HONORIFIC = re.compile(
    r"(?i)^(?:mr|mrs|ms|miss|mx|dr|prof|h\.?\s?e\.?|his\s+excellency|her\s+excellency|sr|sra"
    r"|señor|señora|sir|dame|lic|ing|don|doña|m\.|mme|mlle|herr|frau|gen\.|col\.)\.?\s+\S"
)
_OFFICE_WORDS = _wordset(
    "president minister prosecutor attorney governor director chief head commissioner "
    "chairman chairperson chair secretary ambassador king queen emir prime procurator "
    "ombudsman ombudsperson mayor speaker commander judge deputy sheikh sultan presidente "
    "ministro ministra ministre fiscal procureur procurador procuradora gobernador defensor "
    "chancellor premier inspector superintendent warden commandant ruler leader officer "
    "président présidente défenseur defensora gouverneur "
    "vice general"
)
_ORG_WORDS = _wordset(
    "ministry ministère ministerio ministério office department administration embassy "
    "agency council committee commission court tribunal service bureau directorate "
    "parliament government secretariat prosecution presidency cabinet assembly "
    "procuraduría fiscalía gabinete secretaría defensoría présidence headquarters"
)
_ADDRESS_WORDS = _wordset(
    "street st avenue ave av road rd boulevard blvd lane square place palace palacio "
    "building house floor box po p.o bp calle avenida rue plaza piso edificio ulitsa ul palais "
    "prospekt district drive way highway km apartado casilla postal entrance"
)
_NOT_IN_NAMES = _wordset("of the and for to in on at & des du")
_NAME_PARTICLES = _wordset("de la del van von der bin ibn al el y da dos das di le ben")


def _is_name(line: str, lower_case: bool) -> bool:
    if _HONORIFIC.match(line):
        return True
    if re.search(r"\d|[,:;@/()]", line):
        return False
    tokens = line.split()
    if not 2 <= len(tokens) <= 5:
        return False
    words = _words(line)
    if any(w in _OFFICE_WORDS or w in _ORG_WORDS or w in _ADDRESS_WORDS for w in words):
        return False
    if _country_code(line):
        return False
    if tokens[0].lower() in _NAME_PARTICLES or any(t.lower() in _NOT_IN_NAMES for t in tokens):
        return False
    named = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
    return len(named) >= 2 and (lower_case or all(t[:1].isupper() for t in named))


_ORG_TAIL = _wordset(
    "office administration ministry department embassy secretariat presidency agency bureau "
    "directorate service"
)


def _line_kind(line: str) -> str:
    words = _words(line)
    if not words or line[:1].isdigit():
        return "address"
    if words[-1] in _ORG_TAIL:
        return "org"
    if words[0] in _OFFICE_WORDS:
        return "office"
    if any(w in _ORG_WORDS for w in words):
        return "org"
    if any(w in _ADDRESS_WORDS for w in words):
        return "address"
    if any(w in _OFFICE_WORDS for w in words):
        return "office"
    return "other"


_POSTCODE = re.compile(r"\b\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


def _split_address_line(line: str) -> list[str]:
    """ "35, No 1 Street, Astana 01000" -> ["35, No 1 Street", "Astana 01000"]."""
    line = line.strip().rstrip(",;").strip()
    parts = [p.strip() for p in line.split(",")]
    for k in range(len(parts) - 1, 0, -1):
        head = ", ".join(parts[:k])
        if _POSTCODE.search(parts[k]) and not re.fullmatch(r"[\d\s]*", head):
            tail = ", ".join(parts[k:])
            return [head, tail]
    return [line] if line else []


def _split_country(line: str) -> tuple[str, str]:
    """ "Astana 01000, KAZAKHSTAN" -> ("Astana 01000", "KAZAKHSTAN")."""
    stripped = line.strip().rstrip(",;.").strip()
    if _country_code(stripped):
        return "", stripped
    if "," in stripped:
        head, _, tail = stripped.rpartition(",")
        if _country_code(tail):
            return head.strip(), tail.strip()
    words = stripped.split()
    for n in (3, 2, 1):
        if len(words) > n and re.search(r"\d", " ".join(words[:-n])):
            tail = " ".join(words[-n:])
            if _country_code(tail):
                return " ".join(words[:-n]), tail
    return stripped, ""


@dataclass
class _Block:
    role: str
    lines: list[int] = field(default_factory=list)
    others: list[tuple[int, str]] = field(default_factory=list)
    faxes: list[tuple[int, str]] = field(default_factory=list)
    emails: list[tuple[int, str]] = field(default_factory=list)
    salutations: list[tuple[int, str]] = field(default_factory=list)
    phones: int = 0
    pending: str = ""
    last_was_salutation: bool = False

    @property
    def has_contact(self) -> bool:
        return bool(self.faxes or self.emails or self.phones)

    def words(self) -> set[str]:
        return {w for _, text in self.others for w in _words(text)}


def _segments(line: str) -> tuple[str, list[tuple[str, str]]]:
    """A line's text before any label, and each (label, value) after."""
    m = _LABEL_AT_START.match(line)
    if m:
        line = f"{m.group('label')}: {line[m.end() :]}"
    matches = list(_LABEL.finditer(line))
    if not matches:
        return line, []
    before = line[: matches[0].start()].strip()
    segments: list[tuple[str, str]] = []
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
        label = match.group("label").lower().replace("-", "")
        if label.startswith("email"):
            kind = "email"
        elif label == "fax":
            kind = "fax"
        elif label.startswith("salutation"):
            kind = "salutation"
        elif label in {"tel", "telephone", "phone", "mobile", "cell"}:
            kind = "phone"
        else:
            kind = "social"
        segments.append((kind, line[match.end() : end].strip()))
    return before, segments


def _only_emails(line: str) -> bool:
    rest = _EMAIL.sub(" ", line)
    return bool(_EMAIL.search(line)) and not re.sub(r"(?i)[\s,;/]|\band\b|\bor\b", "", rest)


# -- the extractor -------------------------------------------------------------------------------

_HEADING = re.compile(r"(?i)^\W*urgent\s*action\b")
_POINTS_START = re.compile(
    r"(?i)^\W*(?:please\s+write\b|recommended\s+actions?\b|take\s+action\b|"
    r"what\s+you\s+can\s+do\b|please\s+send\s+appeals\s+to\s+arrive\b|"
    r"write\s+(?:a\s+letter|letters|appeals|now|immediately)\b)"
)
_APPEALS_START = re.compile(
    r"(?i)^\W*(?:(?:please\s+)?send\s+appeals?\b.{0,80}?\bto\s*:|appeals\s+to\s*:|"
    r"(?:please\s+)?send\s+appeals?\b.{0,80}?\bto\s*$|appeals\s+to\s*$)"
)
_TAIL = re.compile(
    r"(?i)diplomatic\s+representatives?|\bplease\s+check\s+with\b|"
    r"\bcheck\s+with\s+(?:the\s+international|your\s+section)|\bif\s+sending\s+appeals\s+after\b|"
    r"^\W*this\s+is\s+the\s+\w+\s+update\b|^\W*further\s+information\b|"
    r"^\W*please\s+send\s+appeals\s+(?:immediately|as\s+quickly|as\s+soon)"
)
_ADDITIONAL = re.compile(r"(?i)^\W*(?:additional|background)\s*information\b")
_FOOTER = re.compile(
    r"(?i)^\W*(?:name\s*:|gender\s*m\s*/\s*f\b|further\s+information\s+on\s+(?:ua|extra)\b|"
    r"(?:\w+\s+)?(?:ua|extra)\s*:?\s*\d{1,4}\s*/\s*\d{2,4}\b)"
)
_META = re.compile(
    r"(?i)^\W*(?:(?:(?:" + "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))\s+)?"
    r"(?:ua|extra)\b\s*:?\s*(?:no\.?\s*)?\d|(?:" + "|".join(_ORDINAL_WORDS) + r")\s+ua\b|"
    r"further\s+information\s+on\b|fi\s+on\b|follow[- ]?up\b|(?:ai\s+)?index\s*:|"
    r"(?:issue\s+)?date\s*:|public\b|external\b|document\s*[-–:]|"
    r"amnesty\s+international\s*$|urgent\s*action\s*$)"
)
_ISSUED_LABEL = re.compile(
    rf"(?i)\b(?:(?:issue\s+date|date\s+of\s+issue|date)\s*:\s*|issued(?:\s+on)?\s*:?\s*){_DATE}"
)
_DEADLINE_PATTERNS = (
    re.compile(
        rf"(?i)\bappeals?\b[^.]{{0,80}}?\b(?:before|by|until|no\s+later\s+than)\s+(?:the\s+)?{_DATE}"
    ),
    re.compile(rf"(?i)\bsend(?:ing)?\s+appeals\s+after\s+(?:the\s+)?{_DATE}"),
    re.compile(rf"(?i)\b(?:before|no\s+later\s+than)\s+(?:the\s+)?{_DATE}"),
)
_ASAP = re.compile(r"(?i)\b(?:as\s+(?:quickly|soon)\s+as\s+possible|immediately|without\s+delay)\b")
_APPEAL_WORDS = re.compile(r"(?i)\b(?:appeals?|write|send|letters?)\b")
_URL = re.compile(r"(?i)(?:https?://|www\.)[^\s<>\"“”]+")
_DIPLOMATIC = re.compile(r"(?i)diplomatic\s+(?:representatives?|missions?)")
_AFTER_DEADLINE = re.compile(
    r"(?i)\bif\s+sending\s+appeals\s+after\b|\bcheck\s+with\b[^.]{0,120}\bafter\b|"
    r"\bafter\s+the\s+(?:above|deadline|appeal)\s+date\b"
)


class _BlockReader:
    """Cuts the "Please send appeals to" section into one block per official: a block ends
    after its salutation, or when a plain line follows its fax or e-mail lines."""

    def __init__(self, ex: _Extractor) -> None:
        self.ex = ex
        self.blocks: list[_Block] = []
        self.role = "target"
        self.current: _Block | None = None
        self.for_all: tuple[int, str] | None = None
        self.blank = False

    def close(self) -> None:
        current = self.current
        if current is not None and (current.others or current.has_contact):
            self.blocks.append(current)
        elif current is not None and current.salutations and self.blocks:
            self.blocks[-1].salutations.extend(current.salutations)
        self.current = None

    def start(self, i: int) -> _Block:
        self.close()
        self.current = _Block(self.role)
        self.current.lines.append(i)
        return self.current

    def feed(self, i: int, line: str) -> None:
        if not line:
            self.blank = True
            return
        blank, self.blank = self.blank, False
        if _COPIES.match(line):
            self.close()
            self.role = "copy"
            return
        for_all = _FOR_ALL.match(line)
        if for_all:
            value = for_all.group("s").strip()
            if not value:
                value = _neighbour(self.ex.lines, self.ex.doc.furniture, i, +1) or ""
            self.for_all = (i, value)
            self.close()
            return
        block = self.current
        other, segments = self.ex.line_segments(line, block, blank)
        email_only = not segments and _only_emails(line)
        if (
            block is None
            or (
                other
                and not email_only
                and (block.salutations or (block.has_contact and not block.pending))
            )
            or (segments and segments[0][0] != "salutation" and block.salutations)
        ):
            block = self.start(i)
        block.lines.append(i)
        block.pending = ""
        block.last_was_salutation = False
        if email_only:
            block.emails.append((i, line))
        elif other:
            block.others.append((i, other))
        for kind, value in segments:
            block = self.ex.add_segment(block, i, kind, value, self.start)


class _Extractor:
    def __init__(self, doc: _Doc, draft: DraftPack) -> None:
        self.doc = doc
        self.draft = draft
        self.lines = doc.lines
        self.heading: int | None = None
        self.title_range: tuple[int, int] | None = None
        self.points_region: tuple[int, int] | None = None
        self.points_at: int | None = None
        self.appeals_at: int | None = None
        self.tail_at: int | None = None
        self.additional_at: int | None = None
        self.footers: list[int] = []
        self.summary_range: tuple[int, int] | None = None

    # -- helpers

    def source(self, key: str, first: int, last: int | None = None) -> None:
        self.draft.sources[key] = (first + 1, (first if last is None else last) + 1)

    def note(self, key: str, message: str) -> None:
        self.draft.note(key, message)

    def first(
        self,
        pattern: re.Pattern[str],
        lo: int = 0,
        hi: int | None = None,
        accept: Callable[[int], bool] | None = None,
    ) -> int | None:
        for i in range(max(lo, 0), len(self.lines) if hi is None else min(hi, len(self.lines))):
            if i in self.doc.furniture or not self.lines[i]:
                continue
            if pattern.search(self.lines[i]) and (accept is None or accept(i)):
                return i
        return None

    def boundaries(self, footers: bool = True) -> list[int]:
        found = [
            self.points_at,
            self.points_region[0] if self.points_region else None,
            self.appeals_at,
            self.tail_at,
            self.additional_at,
        ]
        return sorted({b for b in found if b is not None} | set(self.footers if footers else ()))

    def next_boundary(self, after: int, footers: bool = True) -> int:
        """The first line after ``after`` where a section starts; the header and footer
        lines (UA number, index, "Name:") count only when ``footers``."""
        return next((b for b in self.boundaries(footers) if b > after), len(self.lines))

    def joined(self, lo: int, hi: int, furniture: bool = False) -> _Span:
        span = _Span()
        for i in range(max(lo, 0), min(hi, len(self.lines))):
            if not furniture and i in self.doc.furniture:
                span.add("", i, "\n")
            else:
                span.add(self.lines[i], i, "\n")
        return span

    def action_region(self) -> tuple[int, int]:
        starts = [
            s
            for s in (
                self.points_region[0] if self.points_region else None,
                self.points_at,
                self.appeals_at,
            )
            if s is not None
        ]
        lo = min(starts) if starts else 0
        hi = len(self.lines)
        if self.additional_at is not None and self.additional_at > lo:
            hi = self.additional_at
        return lo, hi

    # -- sections

    def sections(self) -> None:
        self.heading = self.first(_HEADING)
        self.points_at = self.first(_POINTS_START, (self.heading or -1) + 1)

        def not_arrive(i: int) -> bool:
            nxt = _neighbour(self.lines, self.doc.furniture, i, +1) or ""
            return not re.match(r"(?i)arrive\b", nxt)

        self.appeals_at = self.first(
            _APPEALS_START,
            (self.points_at + 1) if self.points_at is not None else 0,
            None,
            not_arrive,
        )
        after = self.appeals_at if self.appeals_at is not None else self.points_at
        if after is not None:
            self.tail_at = self.first(_TAIL, after + 1)
        self.additional_at = self.first(_ADDITIONAL)
        self.footers = [i for i, line in enumerate(self.lines) if line and _FOOTER.match(line)]
        if self.points_at is not None:
            hi = self.next_boundary(self.points_at)
            self.points_region = (self.points_at + 1, hi)
        elif self.appeals_at is not None:
            self.points_region = self.bullets_before(self.appeals_at)

    def bullets_before(self, end: int) -> tuple[int, int] | None:
        """Without a "Please write" line, the run of bullets just above the addresses."""
        first_bullet: int | None = None
        for i in range(end - 1, -1, -1):
            line = self.lines[i]
            if i in self.doc.furniture or not line:
                continue
            if _bullet(line, self.doc) is not None:
                first_bullet = i
            elif first_bullet is not None and _ends_sentence(line) and i < first_bullet - 1:
                break
            elif first_bullet is None and i < end - 12:
                return None
        return (first_bullet, end) if first_bullet is not None else None

    # -- number and update

    def number_and_update(self) -> None:
        span = self.joined(0, len(self.lines), furniture=True)
        text = span.text
        numbers: list[tuple[str, int]] = []

        update_of = _UPDATE_OF.search(text)
        ordinal_ua = _ORDINAL_UA.search(text)
        further = _FURTHER_ON.search(text)
        extra = _EXTRA.search(text)
        plain = _UA.search(text)
        for match in (update_of, ordinal_ua, further, extra, plain):
            if match is not None and match.groupdict().get("num"):
                numbers.append((_ua_number(match), match.start()))
        if numbers:
            number, position = numbers[0]
            self.draft.ua_number = number
            self.source("action.ua_number", span.line_at(position))
            others = sorted({n for n, _ in numbers} - {number})
            for match in _UA.finditer(text):
                found = _ua_number(match)
                if found != number and found not in others:
                    others.append(found)
            if others:
                self.note(
                    "action.ua_number",
                    f"the text also mentions {', '.join('UA ' + o for o in others[:5])}; "
                    "check which this action is",
                )
        if update_of is not None:
            value = _ordinal(update_of.group("ord"))
            if value is not None:
                self.draft.update = value
                self.source("action.update", *span.lines_of(update_of.start(), update_of.end()))
                return
        if ordinal_ua is not None:
            value = _ordinal(ordinal_ua.group("ord"))
            if value is not None and value >= 1:
                self.draft.update = value - 1
                self.source("action.update", *span.lines_of(ordinal_ua.start(), ordinal_ua.end()))
                self.note(
                    "action.update",
                    f"read {ordinal_ua.group(0).strip()!r} as Urgent Action number {value} on "
                    f"this case, so update {value - 1} (the first UA is update 0); check",
                )
                return
        if further is not None:
            self.source("action.update", *span.lines_of(further.start(), further.end()))
            self.note(
                "action.update",
                f"{further.group(0).strip()!r}: this is an update, but the text does not say "
                "which; fill in its number (1 for the first update)",
            )
            return
        if numbers:
            self.draft.update = 0
            self.source("action.update", self.draft.sources["action.ua_number"][0] - 1)
            self.note("action.update", "the text does not call itself an update: update 0")

    # -- dates

    def header_lines(self) -> list[int]:
        """Lines where an issue date is printed: the header above the summary, the
        footers and running headers."""
        top = self.summary_range[0] if self.summary_range else None
        if top is None:
            top = (self.title_range[0] if self.title_range else None) or min(15, len(self.lines))
        picked = set(range(0, top)) | set(self.footers) | set(self.doc.furniture)
        return sorted(i for i in picked if 0 <= i < len(self.lines))

    def issued(self) -> None:
        candidates = self.header_lines()
        for i in candidates:
            m = _ISSUED_LABEL.search(self.lines[i])
            if m and (date := _date_of(m)):
                self.draft.issued = date
                self.source("action.issued", i)
                return
        for i in candidates:
            line = self.lines[i]
            if _UA.search(line) or _EXTRA.search(line) or _INDEX_LINE.search(line):
                m = _DATE_RE.search(line)
                if m and (date := _date_of(m)):
                    self.draft.issued = date
                    self.source("action.issued", i)
                    return
        top = self.summary_range[0] if self.summary_range else min(15, len(self.lines))
        for i in range(0, top):
            m = _DATE_LINE.match(self.lines[i])
            if m and (date := _date_of(m)):
                self.draft.issued = date
                self.source("action.issued", i)
                return

    def deadline(self) -> None:
        lo, hi = self.action_region()
        span = self.joined(lo, hi)
        for pattern in _DEADLINE_PATTERNS:
            for m in pattern.finditer(span.text):
                date = _date_of(m)
                if date is None:
                    self.note("action.deadline", f"{m.group(0)!r} is not a real date")
                    continue
                self.draft.deadline = date
                self.source("action.deadline", *span.lines_of(m.start(), m.end()))
                if self.draft.issued and date < self.draft.issued:
                    self.note("action.deadline", "is before the issue date: check both")
                return
        for m in _ASAP.finditer(span.text):
            start = max(0, m.start() - 120)
            sentence = span.text[start : m.end() + 40]
            if _APPEAL_WORDS.search(sentence):
                self.draft.appeals_as_soon_as_possible = True
                self.source("action.deadline", *span.lines_of(m.start(), m.end()))
                self.note(
                    "action.deadline",
                    f"no date: the action asks for appeals {m.group(0).lower()!r}, so the pack "
                    "has no deadline (appeals to be sent as soon as possible)",
                )
                return

    # -- languages

    def write_in(self) -> None:
        lo, hi = self.action_region()
        regions = [(lo, hi)] if (lo, hi) != (0, len(self.lines)) else []
        regions.append((0, len(self.lines)))
        names = _language_names()
        pattern = _write_in_pattern()
        for region in regions:
            span = self.joined(*region)
            for m in pattern.finditer(span.text):
                context = span.text[max(0, m.start() - 120) : m.start()]
                if not (m.group("own") or _APPEAL_WORDS.search(context)):
                    continue
                codes: list[str] = []
                for part in re.split(r"(?i)\s*(?:,|/|\bor\b|\band\b)\s*", m.group("list")):
                    code = names.get(re.sub(r"\s+", " ", part.strip().lower()))
                    if code and code not in codes:
                        codes.append(code)
                if not codes:
                    continue
                self.draft.write_in = codes
                self.draft.write_in_own_language = bool(m.group("own"))
                lines = span.lines_of(m.start(), m.end())
                self.source("action.write_in", *lines)
                self.source("action.write_in_own_language", *lines)
                return
        for region in regions:
            span = self.joined(*region)
            own = _OWN_LANGUAGE.search(span.text)
            if own:
                self.draft.write_in = []
                self.draft.write_in_own_language = True
                lines = span.lines_of(own.start(), own.end())
                self.source("action.write_in", *lines)
                self.source("action.write_in_own_language", *lines)
                self.note("action.write_in", "names no language: appeals in any language")
                return

    # -- title and summary

    def is_meta(self, i: int) -> bool:
        line = self.lines[i]
        return i in self.doc.furniture or bool(_META.match(line) or _DATE_LINE.match(line))

    def title_and_summary(self) -> None:
        start = (self.heading + 1) if self.heading is not None else 0
        stop = self.next_boundary(start - 1, footers=False)
        title_at: int | None = None
        for i in range(start, stop):
            if self.lines[i] and not self.is_meta(i):
                title_at = i
                break
        if title_at is None:
            return
        end = title_at
        caps = self.is_caps(self.lines[title_at])
        while caps and end + 1 < stop and end - title_at < 2:
            nxt = self.lines[end + 1]
            if not nxt or not self.is_caps(nxt) or self.is_meta(end + 1):
                break
            end += 1
        self.title_range = (title_at, end)
        title = " ".join(self.lines[k] for k in range(title_at, end + 1))
        title = re.sub(r"\s+", " ", title).strip(" .:")
        if caps:
            title = self.restore_case(title, end + 1)
            self.note(
                "action.title",
                "printed in capitals: the capitals of names were restored from the text; check",
            )
        self.draft.title = title
        self.source("action.title", title_at, end)

        lo = end + 1
        hi = self.next_boundary(end, footers=False)
        while lo < hi and (not self.lines[lo] or self.is_meta(lo)):
            lo += 1
        paragraphs = _paragraphs(self.doc, lo, hi, self.is_meta)
        if paragraphs:
            self.summary_range = (paragraphs[0].first, paragraphs[-1].last)
            self.draft.summary = "\n\n".join(p.text for p in paragraphs)
            self.source("action.summary", *self.summary_range)

    def is_caps(self, line: str) -> bool:
        letters = [c for c in line if c.isalpha()]
        return len(letters) >= 3 and not self.doc.lower_case and all(c.isupper() for c in letters)

    def restore_case(self, title: str, body_from: int) -> str:
        """An all-capitals title in sentence case, each word written as the body text
        writes it mid-sentence ("Uzbeks", "UN", "torture"); words the body does not have
        mid-sentence are written in lower case."""
        body = " ".join(
            line
            for i, line in enumerate(self.lines[body_from:], body_from)
            if i not in self.doc.furniture
        )
        forms: dict[str, Counter[str]] = {}
        for m in re.finditer(r"[^\W\d_][\w'’-]*", body):
            before = body[max(0, m.start() - 3) : m.start()]
            if m.start() == 0 or re.search(r"[.!?:(\"“]\s*$", before):
                continue
            word = m.group(0)
            forms.setdefault(word.lower(), Counter())[word] += 1
        first = True

        def fix(m: re.Match[str]) -> str:
            nonlocal first
            word = m.group(0)
            lower = word.lower()
            counts = forms.get(lower, Counter())
            upper = counts[word] if len(word) > 1 else 0
            capital = counts[lower[:1].upper() + lower[1:]]
            small = counts[lower]
            if upper > max(capital, small):
                result = word
            elif capital > small or first:
                result = lower[:1].upper() + lower[1:]
            else:
                result = lower
            first = False
            return result

        return re.sub(r"[^\W\d_][\w'’-]*", fix, title)

    # -- talking points

    def points(self) -> None:
        if self.points_region is None:
            return
        lo, hi = self.points_region
        items: list[_Span] = []
        current: _Span | None = None
        closed = False
        blank = False
        for i in range(lo, hi):
            if i in self.doc.furniture:
                continue
            line = self.lines[i]
            if not line:
                blank = True
                continue
            bullet = _bullet(line, self.doc)
            if bullet is not None:
                current = _Span()
                current.add(bullet.text, i)
                items.append(current)
                closed = False
            elif current is not None and not closed:
                if blank and re.search(r"[.;!?][\"'”’)]*$", current.tail):
                    closed = True
                else:
                    current.add(line, i, _glue(current.tail, line))
            blank = False
        if not items:
            items = self.points_without_bullets(lo, hi)
        for item in items:
            text = _clean_point(item.text)
            if not text:
                continue
            index = len(self.draft.talking_points)
            self.draft.talking_points.append(text)
            self.source(f"talking_points[{index}]", item.first, item.last)
        if self.draft.talking_points:
            first_key = "talking_points[0]"
            last_key = f"talking_points[{len(self.draft.talking_points) - 1}]"
            self.draft.sources["talking_points"] = (
                self.draft.sources[first_key][0],
                self.draft.sources[last_key][1],
            )

    def points_without_bullets(self, lo: int, hi: int) -> list[_Span]:
        """Bullets lost in copying: items start at indented lines (where the bullet was), or
        at a line opening with "Urging", "Calling" … after the end of a sentence; failing
        both, each paragraph is a point."""
        body = [i for i in range(lo, hi) if self.lines[i] and i not in self.doc.furniture]
        indents = [self.doc.indent[i] for i in body]
        starts: set[int] = set()
        how = ""
        if sum(1 for n in indents if n > min(indents, default=0)) >= 2:
            starts = {i for i in body if self.doc.indent[i] > min(indents)}
            how = "where the lines were indented"
        else:
            previous = ""
            for i in body:
                if _GERUND.match(self.lines[i]) and (not previous or _ends_item(previous)):
                    starts.add(i)
                previous = self.lines[i]
            how = "before each line opening with a word such as 'Urging'"
        if len(starts) >= 1 and body and (body[0] in starts or len(starts) >= 2):
            items: list[_Span] = []
            current: _Span | None = None
            for i in body:
                line = self.lines[i]
                if i in starts:
                    current = _Span()
                    current.add(line, i)
                    items.append(current)
                elif current is not None:
                    current.add(line, i, _glue(current.tail, line))
            self.note("talking_points", f"no bullets found: the points were split {how}; check")
            return items
        paragraphs = _paragraphs(self.doc, lo, hi)
        if paragraphs:
            self.note(
                "talking_points",
                "no bullets found: each paragraph of the recommended actions became a point; check",
            )
        return paragraphs

    # -- addressees

    def addressees(self) -> None:
        if self.appeals_at is None:
            return
        reader = _BlockReader(self)
        for i in range(self.appeals_at + 1, self.next_boundary(self.appeals_at)):
            if i not in self.doc.furniture:
                reader.feed(i, self.lines[i])
        reader.close()
        self.build_addressees(reader.blocks, reader.for_all)

    def line_segments(
        self, line: str, block: _Block | None, blank: bool
    ) -> tuple[str, list[tuple[str, str]]]:
        """A line of an address block: its plain text and its labelled parts, with the
        salutations that come without a label: "(Monsieur le Ministre / Dear Minister)",
        "Dear Minister", or a second-language salutation on the line after one."""
        other, segments = _segments(line)
        if segments:
            return other, segments
        parenthesised = re.fullmatch(r"\((?P<s>[^()]+)\)", line)
        if parenthesised and _looks_like_salutation(parenthesised.group("s")):
            return "", [("salutation", parenthesised.group("s"))]
        if re.match(r"(?i)dear\b", line) or (
            block is not None
            and block.last_was_salutation
            and not blank
            and _looks_like_salutation(line)
        ):
            return "", [("salutation", line)]
        if block is not None and block.pending:
            return "", [(block.pending, line)]
        return other, segments

    def add_segment(
        self, block: _Block, i: int, kind: str, value: str, start: Callable[[int], _Block]
    ) -> _Block:
        if kind in {"fax", "email", "salutation"} and not value:
            block.pending = kind
            return block
        if kind == "fax":
            value = re.sub(r"\+\s+(?=\d)", "+", value)
            block.faxes.append((i, value))
            rest = _FAX_NUMBER.sub(" ", value, count=1)
        elif kind == "email":
            block.emails.append((i, value))
            rest = _EMAIL.sub(" ", value)
        elif kind == "salutation":
            if self.doc.flattened:
                kept, rest = self.trim_salutation(value, block)
                block.salutations.append((i, kept))
            else:
                block.salutations.append((i, value))
                rest = ""
            block.last_was_salutation = True
        else:
            if kind == "phone":
                block.phones += 1
            return block
        leftover = re.sub(r"(?i)[\s,;/()]+|\band\b|\bor\b", " ", rest).strip()
        if self.doc.flattened and len(_words(leftover)) >= 2:
            new = start(i)
            new.others.append((i, rest.strip(" ,;")))
            return new
        return block

    def trim_salutation(self, value: str, block: _Block) -> tuple[str, str]:
        """In flattened text the next addressee follows the salutation on the same line:
        keep the words a salutation uses or that name this addressee, stop at the first
        other word."""
        allowed = _ALL_SALUTATION_WORDS | block.words()
        tokens = value.split()
        kept: list[str] = []
        for k, piece in enumerate(tokens):
            words = _words(piece)
            if piece == "/" or (words and all(w in allowed for w in words)):
                kept.append(piece)
                continue
            if kept:
                return " ".join(kept), " ".join(tokens[k:])
            break
        return value, ""

    def build_addressees(self, blocks: list[_Block], for_all: tuple[int, str] | None) -> None:
        ids: set[str] = set()
        for block in blocks:
            index = len(self.draft.addressees)
            key = f"addressees[{index}]"
            addressee = DraftAddressee(id="", role=block.role)
            self.fill_postal(addressee, block, key)
            for line, value in block.faxes:
                numbers = [m.group().strip() for m in _FAX_NUMBER.finditer(value)]
                usable = [n for n in numbers if is_fax_number(n)]
                if not usable:
                    self.note(f"{key}.fax", f"{value!r} does not look like a fax number; left out")
                    continue
                if not addressee.fax:
                    addressee.fax = re.sub(r"\s+", " ", usable[0])
                    self.source(f"{key}.fax", line)
                    usable = usable[1:]
                for other in usable:
                    self.note(f"{key}.fax", f"another fax number was given: {other!r}")
            email_lines: list[int] = []
            for line, value in block.emails:
                for m in _EMAIL.finditer(value):
                    email = m.group(1).rstrip(".")
                    if is_email(email) and email not in addressee.emails:
                        addressee.emails.append(email)
                        email_lines.append(line)
            if email_lines:
                self.source(f"{key}.emails", min(email_lines), max(email_lines))
            if block.salutations:
                raw = " / ".join(v for _, v in block.salutations)
                texts, note = _split_salutation(raw)
                addressee.salutation = texts
                self.source(f"{key}.salutation", block.salutations[0][0], block.salutations[-1][0])
                if note:
                    self.note(f"{key}.salutation", note)
            elif for_all is not None:
                texts, note = _split_salutation(for_all[1])
                addressee.salutation = texts
                if texts:
                    self.source(f"{key}.salutation", for_all[0])
                    self.note(f"{key}.salutation", "the salutation given for all addressees")
                if note:
                    self.note(f"{key}.salutation", note)
            if block.phones:
                self.note(key, "a telephone number was given; packs do not keep telephone numbers")
            if not (addressee.fax or addressee.emails or addressee.address):
                self.note(key, "no fax, e-mail or postal address found for this addressee")
            addressee.id = _unique_id(
                _slug((addressee.title or addressee.name).split(",")[0]), index, ids
            )
            self.draft.addressees.append(addressee)
            self.source(key, min(block.lines), max(block.lines))
        if self.draft.addressees:
            self.draft.sources["addressees"] = (
                self.draft.sources["addressees[0]"][0],
                self.draft.sources[f"addressees[{len(self.draft.addressees) - 1}]"][1],
            )

    def fill_postal(self, addressee: DraftAddressee, block: _Block, key: str) -> None:
        lines = [text.strip() for _, text in block.others if text.strip()]
        if self.doc.flattened and len(lines) == 1:
            lines = _unflatten_address(lines[0])
            self.note(key, "the address came as one line: it was split at commas; check it")
        if not lines:
            return
        head, country = _split_country(lines[-1])
        if country:
            addressee.country = country
            lines = [*lines[:-1], head] if head else lines[:-1]
        titles: list[str] = []
        in_address = False
        for line in lines:
            if in_address:
                addressee.address.extend(_split_address_line(line))
                continue
            kind = _line_kind(line)
            if not addressee.name and (
                _HONORIFIC.match(line)
                or (kind in {"other", "address"} and _is_name(line, self.doc.lower_case))
            ):
                addressee.name = line
            elif kind == "office":
                office, name = _office_and_name(line, self.doc.lower_case)
                titles.append(office)
                if name and not addressee.name:
                    addressee.name = name
            elif kind == "org" and not addressee.organisation:
                addressee.organisation = line
            elif kind == "other" and not titles and not addressee.name:
                titles.append(line)
            else:
                in_address = True
                addressee.address.extend(_split_address_line(line))
        if titles:
            title = titles[0]
            for later in titles[1:]:
                if later.lower().startswith(title.lower()):
                    title = later
                elif not title.lower().startswith(later.lower()):
                    title = f"{title}, {later}"
            addressee.title = title.rstrip(",;")
        addressee.name = addressee.name.rstrip(",;")
        addressee.organisation = addressee.organisation.rstrip(",;")

    # -- after the addresses

    def tail(self) -> None:
        lo = self.tail_at
        if lo is None:
            lo = self.appeals_at if self.appeals_at is not None else (self.points_at or 0)
        hi = len(self.lines)
        if self.additional_at is not None and self.additional_at > lo:
            hi = self.additional_at
        regions = [(lo, hi), (0, len(self.lines))]
        wanted: dict[str, re.Pattern[str]] = {
            "diplomatic_copies": _DIPLOMATIC,
            "after_deadline": _AFTER_DEADLINE,
        }
        for name, pattern in wanted.items():
            for region in regions:
                if getattr(self.draft, name):
                    break
                for paragraph in _paragraphs(self.doc, *region):
                    hit = next(
                        (
                            s
                            for s in _sentences(paragraph, self.doc.lower_case)
                            if pattern.search(s[0])
                        ),
                        None,
                    )
                    if hit:
                        setattr(self.draft, name, hit[0])
                        self.source(f"action.{name}", hit[1], hit[2])
                        break
        for region in regions:
            span = self.joined(*region)
            labelled = re.search(r"(?i)further\s+information\b[^\n]{0,80}?", span.text)
            urls = list(_URL.finditer(span.text))
            if not urls:
                continue
            chosen = urls[0]
            if labelled:
                after = [u for u in urls if u.start() >= labelled.start()]
                chosen = after[0] if after else chosen
            amnesty = [u for u in urls if "amnesty" in u.group(0).lower()]
            if not labelled and amnesty:
                chosen = amnesty[0]
            url = chosen.group(0).rstrip(".,;:)]}>'’”")
            if url.lower().startswith("www."):
                url = "http://" + url
                self.note("action.further_information", "the address had no http://; it was added")
            self.draft.further_information = url
            self.source("action.further_information", span.line_at(chosen.start()))
            return

    def additional(self) -> None:
        if self.additional_at is None:
            return
        lo = self.additional_at + 1
        hi = self.next_boundary(self.additional_at)
        paragraphs = _paragraphs(self.doc, lo, hi)
        if paragraphs:
            self.draft.additional_information = "\n\n".join(p.text for p in paragraphs)
            self.source("action.additional_information", paragraphs[0].first, paragraphs[-1].last)

    def country(self) -> None:
        targets = [a for a in self.draft.addressees if a.role == "target"]
        codes = {_country_code(a.country) for a in targets if a.country}
        if len(codes) == 1 and "" not in codes:
            self.draft.country = codes.pop()
            index = self.draft.addressees.index(next(a for a in targets if a.country))
            self.draft.sources["action.country"] = self.draft.sources[f"addressees[{index}]"]
            self.note("action.country", "the country of the officials appeals go to")
        elif len(codes) > 1:
            self.note("action.country", "the addressees are in several countries: choose one")


_UNFLATTEN_BEFORE = re.compile(
    r"\s+(?=(?:Mr|Mrs|Ms|Dr|H\.E\.|His\s+Excellency|Her\s+Excellency)\.?\s)"
    r"|\s+(?=(?:Ministry|Embassy|Office|Department|Administration|Ministère|Ministerio)\s+"
    r"(?:of|de|du|del)\b)"
    r"|\s+(?=\d{1,5}[A-Za-z]?,?\s+[A-Z])"
)


def _unflatten_address(line: str) -> list[str]:
    """One line holding a whole address block: split before an honorific, before
    "Ministry of …" and before a house number; a name ends at the first word of an office."""
    parts: list[str] = []
    for raw in _UNFLATTEN_BEFORE.split(line):
        piece = raw.strip(" ,")
        if not piece:
            continue
        if _HONORIFIC.match(piece):
            words = piece.split()
            for k in range(2, len(words)):
                word = _words(words[k])
                if word and (
                    word[0] in _OFFICE_WORDS or word[0] in _ORG_WORDS or word[0] in _ADDRESS_WORDS
                ):
                    parts += [" ".join(words[:k]), " ".join(words[k:])]
                    break
            else:
                parts.append(piece)
        else:
            parts.append(piece)
    return parts


def _office_and_name(line: str, lower_case: bool) -> tuple[str, str]:
    """ "Governor Jane Placeholder" -> ("Governor", "Jane Placeholder"); else (line, "")."""
    words = line.split()
    k = 0
    while k < len(words) and (_words(words[k])[:1] or [""])[0] in _OFFICE_WORDS:
        k += 1
    if 0 < k < len(words) and _is_name(" ".join(words[k:]), lower_case):
        return " ".join(words[:k]), " ".join(words[k:])
    return line, ""


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:5]
    return "-".join(words)[:40].strip("-")


def _unique_id(base: str, index: int, used: set[str]) -> str:
    base = base or f"addressee-{index + 1}"
    candidate = base
    n = 2
    while candidate in used:
        candidate = f"{base}-{n}"
        n += 1
    used.add(candidate)
    return candidate


def _not_found(draft: DraftPack) -> list[str]:
    missing: list[str] = []
    checks = (
        ("action.ua_number", bool(draft.ua_number)),
        ("action.update", draft.update is not None),
        ("action.issued", draft.issued is not None),
        ("action.deadline", draft.deadline is not None or draft.appeals_as_soon_as_possible),
        ("action.country", bool(draft.country)),
        ("action.write_in", draft.write_in is not None),
        ("action.write_in_own_language", draft.write_in_own_language is not None),
        *((f"action.{key}", bool(getattr(draft, key))) for key in _LOCAL_TEXT_KEYS),
        ("action.further_information", bool(draft.further_information)),
        ("talking_points", bool(draft.talking_points)),
        ("addressees", bool(draft.addressees)),
    )
    missing.extend(key for key, found in checks if not found)
    for i, addressee in enumerate(draft.addressees):
        if not addressee.salutation:
            missing.append(f"addressees[{i}].salutation")
        elif SOURCE_LANGUAGE not in addressee.salutation:
            missing.append(f"addressees[{i}].salutation.{SOURCE_LANGUAGE}")
        if not addressee.name and not addressee.title:
            missing.append(f"addressees[{i}].name")
    if draft.addressees and not any(a.role == "target" for a in draft.addressees):
        missing.append("addressees (a target)")
    return missing


def draft_pack(text: str, notes: Sequence[str] = (), *, strict: bool = False) -> DraftPack:
    """Draft a pack from the text of an Urgent Action. Takes any text and never raises:
    a part that cannot be read is reported in ``notes["input"]`` (``strict`` re-raises
    instead, for tests)."""
    doc = _normalise(text if isinstance(text, str) else str(text))
    draft = DraftPack(lines=list(doc.lines))
    for message in (*notes, *doc.notes):
        draft.note("input", message)
    ex = _Extractor(doc, draft)
    steps: tuple[Callable[[], None], ...] = (
        ex.sections,
        ex.title_and_summary,
        ex.number_and_update,
        ex.issued,
        ex.deadline,
        ex.write_in,
        ex.points,
        ex.addressees,
        ex.tail,
        ex.additional,
        ex.country,
    )
    for step in steps:
        try:
            step()
        except Exception as exc:
            if strict:
                raise
            draft.note(
                "input",
                f"part of the text could not be read ({step.__name__}: {type(exc).__name__}); "
                "check the fields it holds by hand",
            )
    if not any(line.strip() for line in draft.lines):
        draft.note("input", "there is no text")
    draft.not_found = _not_found(draft)
    return draft


# -- a readable summary ------------------------------------------------------------------------


def describe(draft: DraftPack) -> str:
    """What a draft holds, for a person at a terminal."""

    def where(key: str) -> str:
        if key not in draft.sources:
            return ""
        first, last = draft.sources[key]
        return f"  [line {first}]" if first == last else f"  [lines {first}-{last}]"

    def short(value: Any, width: int = 70) -> str:
        if isinstance(value, bool):
            value = str(value).lower()
        elif isinstance(value, dict):
            value = " / ".join(f"{k}: {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value) or "(none)"
        text = re.sub(r"\s+", " ", str(value))
        return text if len(text) <= width else text[: width - 1] + "…"

    out = ["Found:"]
    fields = draft.fields()
    for key in FIELD_KEYS[:-2]:
        if key in fields:
            out.append(f"  {key} = {short(fields[key])}{where(key)}")
    if draft.appeals_as_soon_as_possible:
        out.append(
            f"  action.deadline: none, appeals as soon as possible{where('action.deadline')}"
        )
    if draft.talking_points:
        out.append(f"  talking_points: {len(draft.talking_points)}{where('talking_points')}")
        for i, point in enumerate(draft.talking_points):
            out.append(f"    {i + 1}. {short(point)}")
    if draft.addressees:
        out.append(f"  addressees: {len(draft.addressees)}{where('addressees')}")
        for i, a in enumerate(draft.addressees):
            out.append(
                f"    [{a.role}] {a.id}: {short(', '.join(p for p in (a.title, a.name) if p))}"
            )
            if a.fax:
                out.append(f"      fax {a.fax}")
            if a.emails:
                out.append(f"      e-mail {', '.join(a.emails)}")
            if a.salutation:
                out.append(
                    f"      salutation {short(a.salutation)}{where(f'addressees[{i}].salutation')}"
                )
    if draft.notes:
        out.append("Notes:")
        for key, messages in draft.notes.items():
            for message in messages:
                out.append(f"  {key}: {message}")
    if draft.not_found:
        out.append("Not found (check the Urgent Action and fill these in):")
        out.extend(f"  {key}" for key in draft.not_found)
    else:
        out.append("Everything was found.")
    return "\n".join(out) + "\n"


# -- as a pack.toml -------------------------------------------------------------------------------

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def _toml_escape(text: str, multiline: bool) -> str:
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\n" if multiline else "\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04X}" if code < 0xD800 or code > 0xDFFF else "\\uFFFD")
        else:
            out.append(ch)
    return "".join(out)


def _toml_string(text: str) -> str:
    if "\n" in text:
        return '"""\n' + _toml_escape(text, multiline=True) + '"""'
    return '"' + _toml_escape(text, multiline=False) + '"'


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_string(key)


def _comment(text: str) -> str:
    return "# " + re.sub(r"\s+", " ", text).strip()


def to_manifest_toml(draft: DraftPack, pack_id: str) -> str:
    """The draft as a ``pack.toml`` (source language English). What was not found is a
    ``# TODO`` line: a required field left out that way makes ``uawriter validate`` name it;
    an optional one (an update whose number the text does not give, the issue date) is for
    the volunteer to see. Every value has the type the loader expects, so the text can also
    be parsed and edited before it is complete."""
    if not _ID_PATTERN.match(pack_id):
        raise ValueError(
            f"{pack_id!r} is not a usable pack id; use lower-case letters, digits, "
            "'-', '_' or '.' (at most 64)"
        )
    out: list[str] = [
        "# Drafted by UA Writer from the text of an Urgent Action (uawriter draft-pack).",
        "# Check every value against the Urgent Action. Lines starting with '# TODO' are",
        "# what the text did not give: fill them in, add letters/<language>.txt for each",
        "# letter language, then run: uawriter validate <this folder>",
    ]
    for key, messages in draft.notes.items():
        for message in messages:
            out.append(_comment(f"note ({key}): {message}"))
    out += [
        "format_version = 1",
        f"id = {_toml_string(pack_id)}",
        "revision = 1",
        f'source_language = "{SOURCE_LANGUAGE}"',
    ]
    if draft.issued:
        out.append(
            f"contacts_checked = {draft.issued.isoformat()}  "
            "# the date of the Urgent Action, whose contact details these are"
        )
    else:
        out.append(
            "# TODO contacts_checked = YYYY-MM-DD  (the day the contact details were "
            "checked; for a pack made straight from the UA, the UA's date)"
        )
    out += ["", "[action]"]
    out += _toml_action(draft)
    out += _toml_points(draft)
    out += _toml_addressees(draft)
    return "\n".join(out).rstrip("\n") + "\n"


def _toml_action(draft: DraftPack) -> list[str]:
    out: list[str] = []
    if draft.ua_number:
        out.append(f"ua_number = {_toml_string(draft.ua_number)}")
    else:
        out.append('# TODO ua_number = "…"  (the number printed on the UA, such as "129/10")')
    if draft.update is not None:
        out.append(f"update = {draft.update}")
    elif "action.update" in draft.sources:
        out.append(
            "# TODO update = N  (this is an update, but the text does not say which: write "
            "its number, 1 for the first update; without it the pack reads as update 0)"
        )
    else:
        out.append("# TODO update = 0  (0 for the first Urgent Action, 1 for its first update…)")
    out.append(
        f"issued = {draft.issued.isoformat()}" if draft.issued else "# TODO issued = YYYY-MM-DD"
    )
    if draft.deadline:
        out.append(f"deadline = {draft.deadline.isoformat()}")
    elif draft.appeals_as_soon_as_possible:
        out.append("# no deadline: the action asks for appeals as soon as possible")
    else:
        out.append("# TODO deadline = YYYY-MM-DD  (or leave it out if there is none)")
    out.append(
        f"country = {_toml_string(draft.country)}"
        if draft.country
        else '# TODO country = "XX"  (the two-letter code of the country concerned)'
    )
    if draft.write_in is not None:
        out.append("write_in = [" + ", ".join(_toml_string(c) for c in draft.write_in) + "]")
        if draft.write_in:
            out.append(
                _comment(
                    "each of these languages needs a letter: "
                    + ", ".join(f"letters/{c}.txt" for c in draft.write_in)
                )
            )
    else:
        out.append('# TODO write_in = ["…"]  (the languages the UA asks letters to be in)')
    if draft.write_in_own_language is not None:
        out.append(f"write_in_own_language = {str(draft.write_in_own_language).lower()}")
    else:
        out.append("# TODO write_in_own_language = true  (does the UA accept any language?)")
    if draft.further_information:
        out.append(f"further_information = {_toml_string(draft.further_information)}")
    else:
        out.append('# TODO further_information = "https://…"')
    for key in _LOCAL_TEXT_KEYS:
        value = getattr(draft, key)
        out.append("")
        if value:
            out += [f"[action.{key}]", f"{SOURCE_LANGUAGE} = {_toml_string(value)}"]
        else:
            out.append(f'# TODO [action.{key}]  {SOURCE_LANGUAGE} = "…"')
    out.append("")
    return out


def _toml_points(draft: DraftPack) -> list[str]:
    out: list[str] = []
    if draft.talking_points:
        for i, point in enumerate(draft.talking_points):
            out += [
                "[[talking_points]]",
                f'id = "point-{i + 1}"',
                "[talking_points.text]",
                f"{SOURCE_LANGUAGE} = {_toml_string(point)}",
                "",
            ]
    else:
        out += [
            "# TODO no recommended actions were found; add one table per point:",
            '# [[talking_points]]  id = "point-1"  [talking_points.text]  en = "…"',
            "",
        ]
    return out


def _toml_addressees(draft: DraftPack) -> list[str]:
    out: list[str] = []
    if draft.addressees:
        for i, a in enumerate(draft.addressees):
            out += ["[[addressees]]", f"id = {_toml_string(a.id)}", f'role = "{a.role}"']
            for name in ("title", "name", "organisation"):
                value = getattr(a, name)
                if value:
                    out.append(f"{name} = {_toml_string(value)}")
            if not a.title and not a.name:
                out.append('# TODO title = "…" or name = "…"  (an addressee needs one)')
            out.append("address = [" + ", ".join(_toml_string(x) for x in a.address) + "]")
            if a.country:
                out.append(f"country = {_toml_string(a.country)}")
            if a.fax:
                out.append(f"fax = {_toml_string(a.fax)}")
            out.append("emails = [" + ", ".join(_toml_string(x) for x in a.emails) + "]")
            for message in draft.notes.get(f"addressees[{i}]", []):
                out.append(_comment(f"note: {message}"))
            if a.salutation:
                out.append("[addressees.salutation]")
                for lang, text in a.salutation.items():
                    out.append(f"{_toml_key(lang)} = {_toml_string(text)}")
                if SOURCE_LANGUAGE not in a.salutation:
                    out.append(f'# TODO {SOURCE_LANGUAGE} = "…"  (the salutation in English)')
            else:
                out.append(
                    f'# TODO [addressees.salutation]  {SOURCE_LANGUAGE} = "Dear …"  '
                    "(no salutation was found)"
                )
            out.append("")
    else:
        out += [
            "# TODO no addressees were found; add one table per official:",
            '# [[addressees]]  id = "…"  role = "target"  title = "…"  name = "…"',
            "",
        ]
    return out

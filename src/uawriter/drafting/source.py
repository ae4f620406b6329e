"""Reading an Urgent Action from a file: text (UTF-8, UTF-16, older Windows, Mac and DOS
encodings) or a PDF text layer."""

from __future__ import annotations

import contextlib
import io
import logging
import re
import stat
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from uawriter.drafting.budget import TooSlow, processor_time_limit
from uawriter.drafting.fields.contacts import _LABEL
from uawriter.drafting.model import MAX_INPUT_BYTES, MAX_TEXT_CHARS, DraftInputError
from uawriter.drafting.tidy import _columns, _right_column

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

#: Pages of a PDF that are read: an Urgent Action has two to five.
MAX_PDF_PAGES = 20
#: Processor time reading a PDF's text may take: an Urgent Action's takes a fraction of a
#: second. Twenty pages sharing one content stream of 2 MB of drawing took 89 s.
MAX_PDF_SECONDS = 10.0


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
        info = path.stat()
    except FileNotFoundError:
        raise DraftInputError(f"{name}: no such file") from None
    except OSError as exc:
        raise DraftInputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        # a device or a pipe reports no size and may never end (/dev/zero)
        raise DraftInputError(f"{name}: is not a regular file; give the .txt or .pdf file")
    if info.st_size > MAX_INPUT_BYTES:
        raise DraftInputError(
            f"{name}: is {info.st_size:,} bytes; an Urgent Action is a few pages "
            f"(at most {MAX_INPUT_BYTES:,} bytes are read)"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)  # a file that grew meanwhile is cut
    except OSError as exc:
        raise DraftInputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_INPUT_BYTES:
        raise DraftInputError(
            f"{name}: is more than {MAX_INPUT_BYTES:,} bytes; an Urgent Action is a few pages"
        )
    return source_from_bytes(data, name)


#: How far into a file a PDF's header (``%PDF-``) may start: PDF readers (pypdf, poppler,
#: Acrobat) look for it in the first 1,024 bytes, after a byte order mark or the HTTP header a
#: download tool kept.
PDF_HEADER_WITHIN = 1024


def _pdf_start(data: bytes, name: str) -> int | None:
    """Where a PDF's ``%PDF-`` header starts, or None when ``data`` is no PDF. The header
    is looked for in the first :data:`PDF_HEADER_WITHIN` bytes, as PDF readers do; a file
    not named ``.pdf`` (the standard input) is taken for a PDF when only blanks or a byte
    order mark come first, or when it ends as a PDF does (``%%EOF``), so a text that
    quotes "%PDF-" near its start stays text."""
    start = data.find(b"%PDF-", 0, PDF_HEADER_WITHIN)
    if start < 0:
        return None
    before = data[:start]
    if (
        name.lower().endswith(".pdf")
        or not before.strip(b" \t\r\n\f\x00").removeprefix(b"\xef\xbb\xbf").strip()
        or b"%%EOF" in data[-PDF_HEADER_WITHIN:]
    ):
        return start
    return None


def source_from_bytes(data: bytes, name: str = "the text") -> SourceText:
    """Text from a file's bytes: a PDF by its ``%PDF-`` header (in the first 1,024 bytes,
    where PDF readers look for it), otherwise text."""
    start = _pdf_start(data, name)
    if start is not None:
        text, read, total, complaints, fields, cut = _pdf_text(data[start:], name)
        notes: tuple[str, ...] = ("read from the text layer of a PDF",)
        if fields:
            notes += (
                f"the PDF has {fields:,} form field{'s' if fields > 1 else ''} with text typed "
                "in, which were not read: look at the PDF for details filled in there (a fax, "
                "an e-mail) and add them by hand",
            )
        if read < total:
            notes += (f"the PDF has {total:,} pages: only the first {read} were read",)
        if complaints:
            notes += (
                f"the PDF is damaged in {complaints:,} place{'s' if complaints > 1 else ''} "
                "that were worked around: check the text against the Urgent Action",
            )
        if cut:
            notes += (
                f"the PDF's text is long: only its first {MAX_TEXT_CHARS:,} characters were "
                f"read (page {cut} was cut there)",
            )
    elif name.lower().endswith(".pdf"):
        raise DraftInputError(
            f"{name}: is not a PDF (it does not start with %PDF-); if a PDF reader opens it, "
            "print it to a new PDF (Print, then Save as PDF), or copy the text and paste it"
        )
    else:
        text, notes = _decode_text(data, name)
    if not text.strip():
        raise DraftInputError(f"{name}: holds no text to draft from")
    return SourceText(text, notes)


#: The bytes of a text file that are read and judged: enough for one character more than
#: drafting reads (:data:`MAX_TEXT_CHARS`, so that it says the text was cut) in UTF-8 (at
#: most four bytes a character) and UTF-16 (two or four), and a byte order mark. Guessing
#: the encoding of the whole of a 20 MB file took 20 s and 0.5 GB, for text never drafted.
TEXT_BYTES = 4 * (MAX_TEXT_CHARS + 1) + 4


def _utf8_prefix(data: bytes) -> bytes:
    """The first :data:`TEXT_BYTES` of ``data``, cut before a character of UTF-8 the cut
    would split (a split one is no reason to say the text is not UTF-8)."""
    end = TEXT_BYTES
    if len(data) <= end:
        return data
    while end > TEXT_BYTES - 3 and 0x80 <= data[end] < 0xC0:
        end -= 1  # a continuation byte: the character began before
    return data[:end]


def _utf16_prefix(data: bytes, big_endian: bool) -> bytes:
    """The first :data:`TEXT_BYTES` of UTF-16 text (an even number), cut before the two
    halves of a character beyond the first plane the cut would split."""
    end = TEXT_BYTES
    if len(data) <= end:
        return data
    high = data[end - 2] if big_endian else data[end - 1]
    if 0xD8 <= high <= 0xDB:
        end -= 2
    return data[:end]


def _decode_text(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """The text of a file that is not a PDF, and how it was read. No more is decoded and
    judged than drafting reads: a text longer than that is said to be cut, by the tidying."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = _utf16_prefix(data, big_endian=data.startswith(b"\xfe\xff"))
        try:
            return data.decode("utf-16"), ("read as UTF-16 text",)
        except UnicodeDecodeError:
            raise DraftInputError(f"{name}: is not readable UTF-16 text") from None
    if data.startswith(b"PK\x03\x04"):
        raise DraftInputError(
            f"{name}: is a zip file (a Word or OpenDocument file?); save it as .txt or .pdf"
        )
    head = data[:TEXT_BYTES]
    if b"\x00" in head:
        encoding = _utf16_without_bom(head)
        if encoding is None:
            raise DraftInputError(
                f"{name}: does not look like a text file; give a .txt (saved as UTF-8) or a .pdf"
            )
        try:
            text = _utf16_prefix(data, big_endian=encoding.endswith("be")).decode(encoding)
        except UnicodeDecodeError:
            text = ""
        if not text or _control_characters(text) > len(text) // 100:
            raise DraftInputError(
                f"{name}: looks like UTF-16 text but cannot be read as such; open it in a text "
                "editor and save it as UTF-8 (Save as, Encoding: UTF-8)"
            )
        order = "little-endian" if encoding.endswith("le") else "big-endian"
        return text, (f"read as UTF-16 text ({order}, without a byte order mark)",)
    data = _utf8_prefix(data)
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
    # the older encodings are of one byte a character: as many as drafting reads, and one
    data = data[: MAX_TEXT_CHARS + 1]
    readings = [(data.decode(codec, errors="replace"), label) for codec, label in _OLDER]
    # Windows-1252, unless another reading has clearly fewer letters out of place (less
    # than half): a Mac's "é" read as Windows-1252 is "Ž", a DOS "é" is "‚", on every
    # accented letter; a Windows text's „quotes“ or "Šuster" are a few. A Russian or
    # Kazakh text saved on Windows read as Windows-1252 is words of accented letters only
    # ("Óâàæàåìûé"), and a French one read as Windows-1251 has Cyrillic inside Latin words
    odd = [
        _out_of_place(text, codec)
        for (text, _label), (codec, _) in zip(readings, _OLDER, strict=True)
    ]
    best = min(range(len(readings)), key=odd.__getitem__)
    text, label = readings[best if odd[best] * 2 < odd[0] else 0]
    check = "letters" if label in _OTHER_SCRIPTS else "accented letters"
    note = f"not UTF-8 (first at line {line}): read as {label}; check {check}"
    if "\ufffd" in text:
        note += ", and some bytes could not be read at all (shown as \ufffd)"
    return text, (f"{note}. If they are wrong, open it in a text editor and save it as UTF-8",)


#: What a text that is not UTF-8 was most likely saved as: Windows, an older Mac, DOS.
_OLDER = (
    ("cp1252", "Windows-1252"),
    ("mac_roman", "Mac OS Roman"),
    ("cp850", "DOS code page 850"),
    ("cp1251", "Windows-1251 (Cyrillic)"),
)
#: The readings of a script other than the Latin one.
_OTHER_SCRIPTS = frozenset({"Windows-1251 (Cyrillic)"})

#: Marks outside ASCII that a Russian or Kazakh text holds besides its letters.
_CYRILLIC_MARKS = frozenset("«»‘’“”„–—…№€°§•\u00a0")

#: Letters and marks outside ASCII that Western European text holds.
_USUAL = frozenset(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒ«»‘’“”–—…€°§£¿¡ºª·©®™•×„‚‹›ŠšŽžƒ†‡‰¹²³½¼¾\u00a0"
)


def _out_of_place(text: str, codec: str = "cp1252") -> int:
    """How many characters of ``text``, read as ``codec``, show it read in the wrong
    encoding. For the Latin ones: anything outside ASCII and :data:`_USUAL` ("Ž", "ˆ",
    "‚"), a capital outside ASCII inside a word ("condamnÈ"), and the letters of a word of
    three or more with no ASCII letter ("Óâàæàåìûé", Russian read as Windows-1252). For
    Cyrillic: anything outside ASCII, Cyrillic and its marks, and a Cyrillic letter in a
    word with Latin ones ("condamnй")."""
    if codec == "cp1251":
        return _out_of_place_cyrillic(text)
    count = 0
    for index, char in enumerate(text):
        if char.isascii():
            continue
        if char not in _USUAL or (char.isupper() and index and text[index - 1].islower()):
            count += 1
    for word in _WORDS.findall(text):
        if len(word) >= 3 and not any(char.isascii() for char in word):
            count += len(word)
    return count


#: A word: a run of letters.
_WORDS = re.compile(r"[^\W\d_]+")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _out_of_place_cyrillic(text: str) -> int:
    words = _WORDS.findall(text)
    if not any(sum(_is_cyrillic(char) for char in word) >= 3 for word in words):
        return len(text) + 1  # not one Cyrillic word: "¹" read as "№" is no reason
    count = sum(
        1
        for char in text
        if not char.isascii() and not _is_cyrillic(char) and char not in _CYRILLIC_MARKS
    )
    for word in words:
        cyrillic = sum(1 for char in word if _is_cyrillic(char))
        if cyrillic and cyrillic < len(word):
            count += cyrillic
    return count


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for text saved as UTF-16 without a byte order mark: the
    zero bytes (the high byte of every space, digit and Latin letter) fall at the odd
    positions (little-endian) or the even ones (big-endian), and hardly ever at the others."""
    pairs = len(data) // 2
    if pairs == 0:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    enough = max(4, pairs // 10)
    if odd >= enough and even <= odd // 20:
        return "utf-16-le"
    if even >= enough and odd <= even // 20:
        return "utf-16-be"
    return None


def _control_characters(text: str) -> int:
    return sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")


def text_from_pdf(data: bytes, name: str = "the PDF") -> str:
    """The text layer of a PDF, page after page. Raises :class:`DraftInputError`."""
    start = _pdf_start(data, name)
    return _pdf_text(data[start or 0 :], name)[0]


def _filled_form_fields(reader: PdfReader) -> int:
    """How many of a PDF's form fields have text typed in: their text is in no page's text
    layer, so drafting does not see it."""
    try:
        fields = reader.get_fields() or {}
    except Exception:  # a damaged form is no reason to refuse the text around it
        return 0
    filled = 0
    for field in list(fields.values())[:10_000]:
        value = field.get("/V") if isinstance(field, dict) else None
        if isinstance(value, str) and value.strip():
            filled += 1
    return filled


@contextlib.contextmanager
def _pypdf_complaints() -> Iterator[list[str]]:
    """What pypdf says about a damaged PDF, kept instead of printed: its messages quote the
    file's own names, which may hold escape sequences for the terminal."""
    said: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said.append(record.getMessage())

    logger = logging.getLogger("pypdf")
    handler = Keep(logging.WARNING)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield said
        said += [str(w.message) for w in caught]
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


#: The most bytes one stream of a PDF may unpack to when its text is read. An Urgent
#: Action's page holds a few hundred kilobytes of drawing at most; pypdf allows 75 MB, and
#: some of its loops over a stream are C calls only, where no clock looks: a comment skipped
#: a byte at a time (74 MB of "%": 19 s), an inline image searched for its end from every
#: "E" (7.9 MB: 16 s). At 2 MB each such stream takes a few seconds at most.
MAX_PDF_STREAM_BYTES = 2_000_000


@contextlib.contextmanager
def _small_streams() -> Iterator[None]:
    from pypdf import apply_configuration

    limit = MAX_PDF_STREAM_BYTES
    with apply_configuration(
        maximum_declared_stream_length=limit,
        array_based_stream_maximum_output_length=limit,
        zlib_maximum_output_length=limit,
        lzw_maximum_output_length=limit,
        run_length_maximum_output_length=limit,
        brotli_maximum_output_length=limit,
        jbig2_maximum_output_length=limit,
        stream_decoding_work_maximum_length=4 * limit,
    ):
        yield


def _pdf_text(data: bytes, name: str) -> tuple[str, int, int, int, int, int]:
    """(text, pages read, pages in the PDF, damage pypdf worked around, form fields with
    text typed in, the page whose text was cut at :data:`MAX_TEXT_CHARS` or 0).

    No more text is taken than drafting reads (:data:`MAX_TEXT_CHARS`), from one page
    too: a font can map one code to a hundred letters, and a 900-byte page then holds
    200,000 characters, which a text box lays out for minutes."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, LimitReachedError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise DraftInputError(
            f"{name}: reading PDFs needs the pypdf package; save the text as .txt instead"
        ) from None
    pages: list[str] = []
    total = 0
    fields = 0
    cut = [0]
    complaints: list[str] = []
    try:
        with (
            _pypdf_complaints() as complaints,
            processor_time_limit(MAX_PDF_SECONDS),
            _small_streams(),
        ):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    opened = bool(reader.decrypt(""))
                except Exception:  # pypdf raises several kinds for unsupported encryption
                    opened = False
                if not opened:
                    raise DraftInputError(
                        f"{name}: is a password-protected (encrypted) PDF; open it, copy the "
                        "text and paste it, or save it without a password"
                    )
            total = len(reader.pages)
            _read_pages(reader, pages, cut, complaints)
            fields = _filled_form_fields(reader)
    except DraftInputError:
        raise
    except LimitReachedError as exc:
        said = str(exc).casefold()
        if "decompress" in said or "stream" in said:
            reason = (
                f"has a page with more than {MAX_PDF_STREAM_BYTES // 1_000_000} MB of "
                "drawing, far more than an Urgent Action's text"
            )
        else:  # a page tree 5,000 deep, 125,000 pages in one list: pypdf's other limits
            reason = "is built far beyond any Urgent Action's few pages"
        raise DraftInputError(
            f"{name}: {reason}; copy the text from the Urgent Action and paste it instead"
        ) from None
    except DependencyError:
        # AES (the usual "printing and copying restricted" PDF, which opens without a
        # password) needs the cryptography package, left out to keep the app small
        raise DraftInputError(
            f"{name}: is an encrypted (AES) PDF UA Writer cannot read, although a PDF reader "
            "may open it; open it, copy the text and paste it, or save it as a new PDF "
            "(Print, then Save as PDF)"
        ) from None
    except TooSlow:
        if not "".join(pages).strip():
            raise DraftInputError(
                f"{name}: takes more than {MAX_PDF_SECONDS:.0f} s to read (it holds far more "
                "than an Urgent Action's few pages of text); copy the text from the Urgent "
                "Action and paste it instead"
            ) from None
        total = max(total, len(pages) + 1)  # the note below says not every page was read
    except Exception as exc:  # a damaged PDF can fail anywhere inside pypdf
        raise DraftInputError(
            f"{name}: could not be read as a PDF ({type(exc).__name__}); is it damaged?"
        ) from None
    text = "\n".join(pages)
    if not text.strip() and fields:
        raise DraftInputError(
            f"{name}: its text is only in form fields, which UA Writer does not read; open it "
            "in a PDF reader and print it to a new PDF (Print, then Save as PDF), or copy the "
            "text and paste it"
        )
    if not text.strip():
        raise DraftInputError(
            f"{name}: has no text to read (a scanned image?); copy the text from the "
            "Urgent Action and paste it instead"
        )
    return text, len(pages), total, len(complaints), fields, cut[0]


def _read_pages(reader: PdfReader, pages: list[str], cut: list[int], complaints: list[str]) -> None:
    """Each page's text appended to ``pages`` (kept when reading stops halfway, as it
    runs out of time), up to :data:`MAX_PDF_PAGES` and :data:`MAX_TEXT_CHARS` characters
    (a line break between pages counted); ``cut[0]``: the page cut at that many;
    ``complaints``: what pypdf says about damage, each page's counted once."""
    room = MAX_TEXT_CHARS
    for number, page in enumerate(reader.pages, 1):
        if number > MAX_PDF_PAGES or room <= 0:
            break  # an Urgent Action is a few pages: a huge PDF is not read to its end
        text = _page_text(page, complaints)
        if len(text) > room:
            text, cut[0] = text[:room], number
        pages.append(text)
        room -= len(text) + 1


#: The most characters a page's text may have to be read again laid out: an Urgent
#: Action's page has a few thousand; a longer one is read as it comes.
_LAYOUT_CHARS = 20_000


def _page_text(page: PageObject, complaints: list[str]) -> str:
    """A page's text, line by line across the page; or, when the page has two columns
    side by side (officials' addresses, each with its fax and salutation), read as laid
    out, the left column first, then the right: read across, each line of one official's
    address was followed by the line beside it of the other's. A table whose cells beside
    the officials are only contact lines ("To: Minister of Justice | Fax: …") is read
    across, row by row: each row is one official."""
    text = page.extract_text() or ""
    if len(text) > _LAYOUT_CHARS:
        return text
    said = len(complaints)
    try:
        with warnings.catch_warnings(record=True):
            laid_out = (page.extract_text(extraction_mode="layout") or "").split("\n")
    except Exception:  # pypdf's layout reading fails on pages its plain reading reads
        return text
    finally:
        del complaints[said:]  # the page's damage is counted once, by the plain reading
    read = _columns(laid_out)
    if read == laid_out:
        return text  # no columns: the plain reading keeps each line as the PDF breaks it
    beside = [line[c:].strip() for line in laid_out if (c := _right_column(line)) is not None]
    if all(_LABEL.match(cell) for cell in beside):
        return text
    return "\n".join(" ".join(line.split()) for line in read)

"""The tidy step every layout shares: text of any state into numbered lines, page furniture found,
paragraphs and sentences with the lines they came from."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from uawriter.domain.runs import MAX_RUN, broken_runs
from uawriter.drafting.fields.bullets import _BULLET_CHARS, _LETTER_BULLETS, _bullet
from uawriter.drafting.fields.contacts import _LABEL
from uawriter.drafting.fields.countries import _country_code
from uawriter.drafting.fields.words import _wordset
from uawriter.drafting.model import MAX_TEXT_CHARS

_SURROGATES = re.compile(r"[\ud800-\udfff]")

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)

#: Ligatures a PDF's text layer gives for letters set together ("ﬁ" for "fi", "ﬂ" for "fl"):
#: each becomes its letters, as NFKC has it. Only these: NFKC over the whole text would
#: change other scripts' letters and signs.
_LIGATURES = {
    code: unicodedata.normalize("NFKC", chr(code))
    for code in (*range(0xFB00, 0xFB07), *range(0xFB13, 0xFB18))
}

_NEWLINES = re.compile(r"\r\n|[\r\n\f\v\x1c-\x1e\x85\u2028\u2029]")

_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")

_SPACED_TOKEN = re.compile(r"(?:\S )+\S")

_LONG_LINE = 200

# Symbol-font bullets: Word's Symbol/Wingdings bullets come out of PDFs as private-use
# characters (U+F0B7, U+F0A7, U+F06C …) or as the letter the font draws as a bullet.

_BREAK_BEFORE = re.compile(
    r"(?<!\s)\s++(?="
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

#: A run starts at a whole word only: "A-A-A-…" has a word boundary before every letter,
#: and from each one the run went on to the end of the token (80,000 characters: 30 s).
_BREAK_AFTER_CAPS_RUN = re.compile(
    r"(?<![\w'’-])((?:[A-Z][A-Z'’-]*+\s+){2,12}[A-Z][A-Z'’-]*+)\s+(?=[A-Z][a-z])"
)

_BREAK_AFTER_TO = re.compile(
    r"(?i)(\b(?:(?:please\s+)?send\s+appeals?\b[^\n:]{0,80}?\bto|appeals?\s+to|copies\s+to)"
    r"\s*:)\s*(?=\S)(?!diplomatic)"
)

_BLOCK_MARKER = re.compile(
    r"(?i)\b(?:fax|e-?mail|salutations?|anrede|tratamiento|formule\s+d.appel|courriel)\s*:"
)


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


_GAP = re.compile(r"\S( {4,})(?=\S)")


def _right_column(line: str) -> int | None:
    """Where a second column starts in a line as ``pdftotext -layout`` writes it: after a
    gap of four spaces or more, or after the indentation of a line that has only it."""
    stripped = line.lstrip(" ")
    lead = len(line) - len(stripped)
    if stripped and lead >= 12:
        return lead
    gap = _GAP.search(line)
    return gap.end() if gap and gap.end() >= 12 else None


#: A cell that is a label alone, "Fax:", "Salutation:", "Formule d'appel :": the value
#: beside it is its own, not a second column's.
_LABEL_CELL = re.compile(r"^[^\W\d_][^:：@\d]{0,30}?\s*[:：]$")


def _labels_beside_values(run: list[str], column: int) -> bool:
    """Whether each line of ``run`` with a cell at ``column`` has a label alone before it
    ("Fax:" … "+7 7172 74 56 31"), one line at least: a label beside each value."""
    cells = [
        line[:column].strip()
        for line in run
        if len(line) > column and line[column:].strip() and line[:column].strip()
    ]
    return bool(cells) and all(_LABEL_CELL.match(cell) for cell in cells)


def _columns(raw: list[str]) -> list[str]:
    """Two columns side by side become one after the other: in each run of lines without
    a blank, when two lines or more have a second column and one place splits them all, the
    left column's lines come first, then the right column's (the 1990s "APPEALS TO:" with
    the salutation beside the address; a header with the date on the right). A run whose
    lines with a second column all have a label alone on the left ("Fax:" and a tab to
    "+7 …") is a label beside each value, read across (probe 82a: the labels were read
    first, then the values, and an official's fax was lost). A heading ending in a colon
    right above the columns, across their gap ("ENVÍEN LLAMAMIENTOS … A:"), is read before
    them: it made two officials side by side one (probe 100c)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) > 2 and run[0].rstrip().endswith((":", "：")) and not _GAP.search(run[0]):
            # a heading of one cell over the run: the columns are found under it alone (its
            # end falling by the values of "Fax:" … "+7 …" made it a column: probe 102b)
            rest = _split_columns(run[1:])
            out.extend([run[0], *(run[1:] if rest is None else rest)])
        else:
            split = _split_columns(run)
            out.extend(run if split is None else split)
        run.clear()

    for line in raw:
        if line.strip():
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out


def _split_columns(run: list[str]) -> list[str] | None:
    """``run``'s lines, its left column's then its right column's; None if it is not two
    columns (see :func:`_columns`)."""
    starts = [c for c in (_right_column(line) for line in run) if c is not None]
    column = min(starts) if starts else None
    if (
        column is None
        or len(starts) < 2
        or len(run) < 2
        # the column must fall in the gap of every line that reaches it
        or any(len(line) > column and line[column - 1] != " " for line in run)
        # two columns, not a table ("EXTRA 36/02     Fear for safety     14 March 2002")
        or any(len(_GAP.findall(line.strip())) > 1 for line in run)
        or _labels_beside_values(run, column)
    ):
        return None
    left = [line[:column].rstrip() for line in run]
    right = [line[column:].strip() for line in run]
    return [line for line in left if line.strip()] + [line for line in right if line]


#: The marks an e-mail program puts before each line it quotes: "> ", ">", "> > ", ">>".
_QUOTED = re.compile(r"^ *(?:> ?)+")

#: The line an e-mail program writes above a message it forwards.
_FORWARDED = re.compile(
    r"(?i)^\W*+(?:forwarded message|original message|begin forwarded message|"
    r"message transféré|message d.origine|début du message (?:réexpédié|transféré)|"
    r"mensaje reenviado|mensaje original|weitergeleitete nachricht|ursprüngliche nachricht|"
    r"anfang der weitergeleiteten nachricht)\b[ :-]*$"
)

#: A header line of an e-mail (From:, Date:, Subject: … in the languages of the layouts).
_MAIL_HEADER = re.compile(
    r"(?i)^ *(?:from|to|cc|bcc|date|sent|subject|reply-to|de|à|a|pour|objet|sujet|envoyé|"
    r"para|asunto|enviado|fecha|von|an|betreff|gesendet|datum|kopie)\s*: *\S"
)
_MAIL_SENDER = re.compile(r"(?i)^ *(?:from|de|von)\s*:")

#: The share of a text's lines that must carry quote marks for them to be taken off.
_QUOTED_SHARE = 0.6


def _unquote(raw: list[str]) -> tuple[list[str], list[str]]:
    """An Urgent Action saved from an e-mail: the quote marks taken off its lines (when most
    lines carry them), and the e-mail's header lines (at the top, or under a "Forwarded
    message" line) made blank, so that the lines keep their numbers. Also notes saying so."""
    filled = [line for line in raw if line.strip()]
    quoted = [line for line in filled if _QUOTED.match(line)]
    notes: list[str] = []
    lines = list(raw)
    if len(quoted) >= 3 and len(quoted) >= len(filled) * _QUOTED_SHARE:
        lines = [_QUOTED.sub("", line) for line in lines]
        notes.append(
            f"the text was quoted from an e-mail: the quote marks ('>') before {len(quoted):,} "
            "lines were taken off; check the text against the Urgent Action"
        )
    headers: list[int] = []
    k = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    starts = [k] + [k + 1 for k, line in enumerate(lines) if _FORWARDED.match(line)]
    for start in starts:
        block = []
        j = start
        while j < len(lines) and _MAIL_HEADER.match(lines[j]):
            block.append(j)
            j += 1
        at_top = start == k
        if at_top and not (len(block) >= 2 and any(_MAIL_SENDER.match(lines[b]) for b in block)):
            continue
        headers.extend(block)
        if not at_top:
            headers.append(start - 1)
    for j in headers:
        lines[j] = ""
    if headers:
        notes.append(
            f"the text is an e-mail: its {len(headers):,} lines of header ('From:', "
            "'Subject:', 'Forwarded message' …) were left out; check the text against the "
            "Urgent Action"
        )
    return lines, notes


def _normalise(text: str) -> _Doc:
    notes: list[str] = []
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        notes.append(f"the text is long: only its first {MAX_TEXT_CHARS:,} characters were read")
    text = _SURROGATES.sub("\ufffd", text)
    text = text.translate(_INVISIBLE).translate(_LIGATURES)
    text = _NEWLINES.sub("\n", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    text, runs = broken_runs(text)
    if runs:  # a field of 200,000 letters in one word froze the window for 18 s
        notes.append(
            f"the text has runs of more than {MAX_RUN:,} characters without a space, which no "
            "Urgent Action's words are: they were broken with spaces; check where they came from"
        )
    raw_lines, unquoted = _unquote(text.split("\n"))
    notes.extend(unquoted)
    lines: list[str] = []
    indent: list[int] = []
    flattened = False
    for raw in _columns(raw_lines):
        pieces, flat = _split_line(_unspace(raw.strip()))
        flattened = flattened or flat
        lines.extend(pieces)
        indent.append(len(raw) - len(raw.lstrip()) if raw.strip() else 0)
        indent.extend([0] * (len(pieces) - 1))
    while lines and not lines[-1]:
        lines.pop()
        indent.pop()
    lower = _all_lower_case(text)
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


def _all_lower_case(text: str) -> bool:
    """Whether ``text`` is written in lower case where it should have capitals: it has no
    capital, and most of its letters are of a script with capitals (Latin, Cyrillic,
    Greek …). Arabic, Hebrew, Chinese have none, and an e-mail address in such a text is
    no reason to ask for them."""
    if any(c.isupper() for c in text):
        return False
    letters = cased = 0
    for c in text:
        if c.isalpha():
            letters += 1
            cased += c.islower()
    return cased > 0 and cased * 2 > letters


_PAGE_LINE = re.compile(
    r"(?i)^\W*(?:page|p\.|pg\.?)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\W*$|^[-–—\s]*\d{1,3}[-–—\s]*$"
)

_PAGE_IN_LINE = re.compile(
    r"(?i)\b(?:page|seite|p[aá]gina)\s+\d{1,3}\s+(?:of|von|de|sur)\s+\d{1,3}\b"
)

_INDEX_LINE = re.compile(r"(?i)\bindex\s*(?::\s*)?[a-z]{3}\s*\d{2}\s*/\s*\d{3,4}\s*/\s*\d{4}\b")


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
    footers: set[str] = set()
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
            and _bullet(line, doc.lower_case) is None
        ):
            nxt = following[i]
            mid_paragraph = (
                previous is not None
                and not _ends_sentence(previous)
                and nxt is not None
                and nxt[:1].islower()
            )
            if mid_paragraph or (key in top and not _lone_country(lines, i, top)):
                marked.add(i)
                if mid_paragraph:
                    footers.add(key)
                continue
        seen.setdefault(key, i)
        previous = line
    # A running footer found in the middle of a paragraph on one page is furniture on every
    # page, the first included (it cut a bullet in two there too).
    marked |= {i for i, line in enumerate(lines) if line and line.casefold() in footers}
    return marked


def _lone_country(lines: list[str], i: int, top: set[str]) -> bool:
    """Whether line ``i``, one of the heading's, is a country's name with no other line of
    the heading beside it: the last line of an official's address, not a page's running
    header ("ASERBAIDSCHAN" under a German UA's headline and under the President's address
    in Baku: the address lost its country, probe 88b)."""
    if not _country_code(lines[i]):
        return False
    before, after = _neighbour(lines, set(), i, -1), _neighbour(lines, set(), i, 1)
    if any(line is not None and line.casefold() in top for line in (before, after)):
        return False
    # an address's last line: after its town (not a contact line, no sentence broken
    # there), before a contact line or a blank one. A running header at a page's top sits
    # between a street and its town, or inside a sentence (probe 89a).
    following = lines[i + 1] if i + 1 < len(lines) else ""
    ends_block = not following.strip() or bool(_LABEL.search(following))
    return (
        ends_block
        and before is not None
        and not _LABEL.search(before)
        and not _ends_sentence(before)
        and bool(re.search(r"\d", before))
    )


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
        # the word before the full stop, from the last few characters only: searching all the
        # text before each sentence end again was quadratic ("Mr. " 10,000 times: 28 s)
        window = text[max(0, match.start() - 100) : match.start()]
        before = re.search(r"(\S+)[.!?]$", window.rstrip("\"'”’)]"))
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

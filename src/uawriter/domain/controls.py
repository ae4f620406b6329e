"""Control characters in text that reaches a letter: ESC, BEL, the C1 controls (U+0080 to
U+009F) and the like. No letter can show one (it prints as nothing or as a box), and in an
e-mail or on a terminal it is a command. Line breaks and tabs are text."""

from __future__ import annotations

import re
import unicodedata

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

#: Line ends besides "\n": Windows' and old Macs', the LINE SEPARATOR and PARAGRAPH
#: SEPARATOR a word processor or a PDF's text carries (U+2028, U+2029), and NEL (U+0085).
_LINE_ENDS = re.compile("\r\n|[\r\u2028\u2029\x85]")


def plain_line_ends(text: str) -> str:
    """``text`` with each of its line ends a "\n": a letter is laid out, tidied and
    counted by its "\n" lines, and the others were drawn as a space — a template saved
    with U+2028 printed its address block and greeting as one run-on paragraph, and a
    talking point of two paragraphs printed as one (probe 74a)."""
    return _LINE_ENDS.sub("\n", text)


#: Direction embeddings and overrides (U+202A to U+202E). After an override the text reads
#: backwards ("Free Marta" as "atraM eerF"), and on screen the app's own words beside it too
#: ("xaF" for "Fax"); Unicode asks for isolates instead, and a letter needs neither: the
#: bidi algorithm already puts an Arabic name inside English text the right way round.
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e]")
_ISOLATE_OPENINGS = ("\u2066", "\u2067", "\u2068")
_ISOLATE_END = "\u2069"


def direction_problem(text: str) -> str:
    """What is wrong with the direction marks of ``text`` (a pack's), or ""."""
    found = DIRECTION_CONTROLS.search(text)
    if found:
        return (
            f"holds a direction override (U+{ord(found.group()):04X}, character "
            f"{found.start() + 1:,}) that makes the text after it read backwards or the "
            "wrong way, on paper and on screen; remove it"
        )
    opened = sum(text.count(mark) for mark in _ISOLATE_OPENINGS)
    if opened != text.count(_ISOLATE_END):
        return (
            f"opens {opened:,} direction isolate(s) (U+2066 to U+2068) but closes "
            f"{text.count(_ISOLATE_END):,} (U+2069): the text after it takes the wrong "
            "direction; close each one, or remove them"
        )
    return ""


def without_controls(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)


def without_direction_overrides(text: str) -> str:
    """``text`` without the direction marks :func:`direction_problem` refuses in a pack:
    its overrides, and its embeddings and isolates that do not pair up. An embedding closed
    by its U+202C becomes the isolate Unicode asks for instead: a phone number held left to
    right in an Arabic letter by Word's LRE…PDF was drawn "0000 7000 20 44+" without it.
    A template may print an override as an escape (``{{ "\\u202e" }}``) that no check of
    its text sees: "Pay <U+202E>0001<U+202C> EUR" read "Pay 1000 EUR" in the e-mail."""
    if DIRECTION_CONTROLS.search(text):
        text = "\n".join(_embeddings_as_isolates(line) for line in text.split("\n"))
    if not any(mark in text for mark in (*_ISOLATE_OPENINGS, _ISOLATE_END)):
        return text
    return "\n".join(_paired_isolates(line) for line in text.split("\n"))


#: LRE as LRI, RLE as RLI (with PDF as PDI); the overrides LRO and RLO as nothing.
_AS_ISOLATE = {"\u202a": "\u2066", "\u202b": "\u2067", "\u202d": "", "\u202e": ""}
_POP = "\u202c"


def _embeddings_as_isolates(line: str) -> str:
    """``line`` with each embedding that its PDF closes made an isolate, and the overrides,
    the embeddings not closed and a PDF closing none left out (one ends with its line)."""
    chars = list(line)
    opened: list[int] = []
    for index, char in enumerate(chars):
        if char in _AS_ISOLATE:
            opened.append(index)
        elif char == _POP:
            if opened:
                start = opened.pop()
                chars[start] = _AS_ISOLATE[chars[start]]
                chars[index] = _ISOLATE_END if chars[start] else ""
            else:
                chars[index] = ""
    for start in opened:
        chars[start] = ""
    return "".join(chars)


def _paired_isolates(line: str) -> str:
    """``line`` without the isolates that do not pair up (an isolate ends with its
    paragraph): those around a Latin name in an Arabic letter stay."""
    unpaired: set[int] = set()
    opened: list[int] = []
    for index, char in enumerate(line):
        if char in _ISOLATE_OPENINGS:
            opened.append(index)
        elif char == _ISOLATE_END:
            if opened:
                opened.pop()
            else:
                unpaired.add(index)
    unpaired.update(opened)
    return "".join(c for i, c in enumerate(line) if i not in unpaired)


#: Characters that print as nothing and join or break nothing at a field's ends: zero-width
#: space, word joiner, the invisible operators, the Mongolian vowel separator and the byte
#: order mark (pasted from a web page or a Windows editor); the joiner and non-joiner too,
#: but for one touching a letter of a script that joins (:func:`_ends_off`).
_AT_ENDS = frozenset("\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")
_JOINERS = frozenset("\u200c\u200d")


def _joins(char: str) -> bool:
    """Whether a joiner beside ``char`` may change how it is drawn: a letter or a sign of
    a script that joins its letters or forms conjuncts (Hebrew onwards: Arabic, Syriac, the
    Indic scripts, Mongolian…), not a Latin or Cyrillic one, nor a variation selector. A
    virama is a sign: Malayalam's chillu "ന്‍" and Bengali's khanda ta "ত্‍" end in one
    and a joiner, and without the joiner print the virama (probe 108a)."""
    if ord(char) < 0x0590 or DRAW_NOTHING.match(char):
        return False
    return char.isalpha() or unicodedata.category(char) in ("Mn", "Mc")


def _ends_off(text: str) -> str:
    """``text`` without white space or characters that print as nothing at its ends; a
    joiner right after (or before) a letter of a script that joins stays: after an Arabic
    letter it is its abbreviation's form ("1445 ه‍"), and a space pasted before a trailing
    non-joiner ("Señora Ministra&nbsp;&zwnj;") printed "Señora Ministra :" (probe 102b)."""
    start, end = 0, len(text)
    while end > start and (text[end - 1].isspace() or text[end - 1] in _AT_ENDS):
        end -= 1
    if end < len(text) and end > 0 and text[end] in _JOINERS and _joins(text[end - 1]):
        end += 1
    while start < end and (text[start].isspace() or text[start] in _AT_ENDS):
        start += 1
    if start > 0 and start < end and text[start - 1] in _JOINERS and _joins(text[start]):
        start -= 1
    return text[start:end]


#: Characters that draw nothing though Unicode does not class them as formatting (its
#: Default_Ignorable_Code_Point list, and the blank Braille pattern): the grapheme joiner,
#: variation selectors, the Hangul fillers.
_DRAW_NOTHING_CHARS = (
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0"
    "\U000e0100-\U000e01ef"
)
DRAW_NOTHING = re.compile(f"[{_DRAW_NOTHING_CHARS}]")
#: A field of nothing but these prints as nothing: white space, the characters above,
#: Unicode's format characters (zero-width spaces and joiners, direction marks,
#: embeddings and isolates, the byte order mark, the deprecated format controls U+206A–
#: U+206F, the shorthand and musical format controls, tags), in any mix ("&rlm; &rlm;",
#: an Arabic web page's empty cell, pastes as a mark, a space and a mark; probes 100a,
#: 101a, 101b, 108a).
_NOTHING = re.compile(
    f"[\\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
    f"\ufff9-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f"
    f"{_DRAW_NOTHING_CHARS}]*"
)


def tidy_field(text: str) -> str:
    """A field as it is printed: soft hyphens (U+00AD) left out, as a letter breaks its
    lines itself (they printed as hyphens in the address block, "Ministe-rium--", and
    vanished in the salutation), and no space, nor anything else that prints as nothing,
    around it. A field of nothing but such characters is empty: a title and name of a
    zero-width space passed "needs a name or a title", and the envelopes named no one
    (probes 100a, 101b)."""
    text = text.replace("\u00ad", "")
    return "" if _NOTHING.fullmatch(text) else _ends_off(text)

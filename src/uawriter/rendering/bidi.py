"""Right-to-left scripts for reportlab, which lays text out left to right, letter by letter.

Arabic and Persian letters take a different shape at the start, middle and end of a word;
arabic-reshaper swaps in those shapes (Unicode presentation forms, which the bundled Arabic
font has). python-bidi then puts each line in the order it is seen (the Unicode bidi
algorithm), so right-to-left words run right to left while numbers and Latin names inside
them still read left to right. Lines are broken in logical order first, then reordered.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

Direction = Literal["L", "R"]

_RTL_CLASSES = {"R", "AL"}


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def base_direction(text: str, default: Direction = "L") -> Direction:
    """The paragraph's direction from its first strong character (Unicode rule P2)."""
    return strong_direction(text) or default


def strong_direction(text: str) -> Direction | None:
    """The direction of ``text``'s first strong character; None if it has none (digits,
    punctuation: a line that takes the direction of the lines around it)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
    return None


def block_directions(lines: Sequence[str]) -> list[Direction]:
    """Each line's direction in a block of lines read as one (an address): a line with no
    strong character (a postcode "١١٧٧١" alone) takes the direction of the line before it,
    else of the first line after it that has one (probe 79c: an Arabic address's postcode
    was drawn from the left edge, 3.5 cm from its town)."""
    found = [strong_direction(line) for line in lines]
    directions: list[Direction] = []
    for index, strong in enumerate(found):
        before = directions[-1] if directions else None
        after = next((d for d in found[index + 1 :] if d is not None), None)
        directions.append(strong or before or after or "L")
    return directions


@lru_cache(maxsize=1)
def _reshaper() -> Any:  # arabic_reshaper has no type hints
    from arabic_reshaper import ArabicReshaper

    # keep vowel marks (harakat): a volunteer's text reaches the page as typed
    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


def shape(text: str) -> str:
    """Arabic letters in the form they take where they stand (joined); others unchanged."""
    if not has_rtl(text):
        return text
    return _shaped_word(text) if len(text) <= _WORD_CHARS else str(_reshaper().reshape(text))


#: Texts up to this long (a word) are shaped once and remembered: lines are broken a word
#: at a time, and each shaping reads the reshaper's settings again (75 µs a word).
_WORD_CHARS = 40


@lru_cache(maxsize=4096)
def _shaped_word(text: str) -> str:
    return str(_reshaper().reshape(text))


#: The directional isolates (U+2066–U+2069) as the embeddings python-bidi's algorithm
#: knows (it stops with an AssertionError at an isolate): the text inside keeps its
#: direction; only how it affects the text around it can differ.
_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"
#: A part of a line read in its own direction, whatever is around it.
FIRST_STRONG_ISOLATE, POP_ISOLATE = _FSI, _PDI
_LRE, _RLE, _PDF = "\u202a", "\u202b", "\u202c"


def _as_embeddings(line: str) -> str:
    if not any(mark in line for mark in (_LRI, _RLI, _FSI, _PDI)):
        return line
    pieces: list[str] = []
    for index, char in enumerate(line):
        if char == _FSI:  # first strong isolate: the direction of what follows
            following = line[index + 1 :].split(_PDI, 1)[0]
            pieces.append(_RLE if base_direction(following) == "R" else _LRE)
        else:
            pieces.append({_LRI: _LRE, _RLI: _RLE, _PDI: _PDF}.get(char, char))
    return "".join(pieces)


def classed(line: str) -> str:
    """``line`` with every character the Unicode tables of this Python give no direction
    (unassigned: U+0378, U+FFFF, an emoji newer than the tables) as U+FFFD, which has one:
    python-bidi stops with an AssertionError at a character without. No font has them, so
    they print as a box either way (and export has warned of them)."""
    if all(unicodedata.bidirectional(char) for char in line):
        return line
    return "".join(char if unicodedata.bidirectional(char) else "\ufffd" for char in line)


#: Opening and closing brackets (Unicode's BidiBrackets.txt, the ones text is written with).
_BRACKETS = dict(
    zip(
        "([{\u2045\u207d\u208d\u2329\u2768\u276a\u276c\u276e\u2770\u2772\u2774\u27e6"
        "\u27e8\u27ea\u2983\u2985\u3008\u300a\u300c\u300e\u3010\u3014\u3016\u3018\u301a"
        "\ufe59\ufe5b\ufe5d\uff08\uff3b\uff5b\uff5f\uff62",
        ")]}\u2046\u207e\u208e\u232a\u2769\u276b\u276d\u276f\u2771\u2773\u2775\u27e7"
        "\u27e9\u27eb\u2984\u2986\u3009\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301b"
        "\ufe5a\ufe5c\ufe5e\uff09\uff3d\uff5d\uff60\uff63",
        strict=True,
    )
)
_CLOSERS = frozenset(_BRACKETS.values())
_MARK = {"L": "\u200e", "R": "\u200f"}  # LRM, RLM: strong, and never drawn
#: A mark of each strong kind (the Arabic letter mark: numbers after Arabic are Arabic).
_KIND_MARK = {"L": "\u200e", "R": "\u200f", "AL": "\u061c"}
_KIND_MARKS = frozenset(_KIND_MARK.values())
#: The brackets the algorithm pairs at most at once (rule BD16).
_BRACKET_DEPTH = 63


def _strong_types(line: str, base: Direction) -> list[Direction | None]:
    """Each character's direction as rule N0 sees it: a European number after left-to-right
    text is left-to-right (rule W7), other numbers count as right-to-left."""
    types: list[Direction | None] = []
    last: Direction = base
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            last = "L"
            types.append("L")
        elif kind in ("R", "AL"):
            last = "R"
            types.append("R")
        elif kind == "EN":
            types.append(last)
        else:
            types.append("R" if kind == "AN" else None)
    return types


def _bracket_pairs(line: str) -> list[tuple[int, int]]:
    """The brackets that pair, as (opening, closing) positions (rule BD16)."""
    open_: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(line):
        if char in _BRACKETS:
            if len(open_) == _BRACKET_DEPTH:
                break
            open_.append((_BRACKETS[char], index))
        elif char in _CLOSERS:
            for depth in range(len(open_) - 1, -1, -1):
                if open_[depth][0] == char:
                    pairs.append((open_[depth][1], index))
                    del open_[depth:]
                    break
    return sorted(pairs)


def _number_starts(line: str, index: int, kind: str) -> bool:
    """Whether a number starts at ``index``: a digit, or signs that belong to the digits
    after them ("$500", "£2,000", "#4521": rule W5)."""
    if kind in ("EN", "AN"):
        return True
    if kind != "ET":
        return False
    for char in line[index:]:
        kind = unicodedata.bidirectional(char)
        if kind != "ET":
            return kind == "EN"
    return False


def _paired_brackets(line: str, base: Direction) -> str:
    """``line`` with each pair of brackets held to one direction (Unicode rule N0), which
    python-bidi's pure-Python algorithm does not know: "السفير John Smith (UN) وزير" was
    drawn with "(John Smith (UN". A pair takes the paragraph's direction if the text
    inside has it, else the other one if the text inside and before the pair have that;
    a mark of that direction on each side makes the algorithm draw it so."""
    if any("\u202a" <= char <= "\u202e" for char in line):
        return line  # explicit embeddings: left as they are
    resolved: dict[int, Direction] = {}
    types = _strong_types(line, base)
    for opening, closing in _bracket_pairs(line):
        inside = set(types[opening + 1 : closing]) - {None}
        if not inside:
            continue
        if base in inside:
            resolved[opening] = resolved[closing] = base
            continue
        before: Direction = base
        for index in range(opening - 1, -1, -1):
            found = resolved.get(index) or types[index]
            if found is not None:
                before = found
                break
        resolved[opening] = resolved[closing] = before  # the other direction, or base
    if not resolved:
        return line
    pieces: list[str] = []
    last = _MARK[base]  # the last strong character so far, as a mark of its kind
    held = ""  # the mark of the last bracket resolved, until a strong character follows
    for index, char in enumerate(line):
        kind = unicodedata.bidirectional(char)
        if index in resolved:
            held = _MARK[resolved[index]]
            pieces += [held, char] if char in _BRACKETS else [char, held]
            continue
        if held and held != last and _number_starts(line, index, kind):
            # a number (with a "$", "£" or "#" before it) takes its order from the last
            # strong character before it (rules W2, W5 and W7 come before the brackets are
            # resolved), not from the bracket's mark
            pieces.append(last)
            held = ""
        pieces.append(char)
        if kind in _KIND_MARK:
            last, held = _KIND_MARK[kind], ""
    return "".join(pieces)


def visual(line: str, base: Direction) -> str:
    """One line, shaped and in the order it is drawn from left to right."""
    if not has_rtl(line):
        return line
    # the pure-Python algorithm also mirrors brackets in right-to-left runs (rule L4)
    from bidi.algorithm import get_display

    shaped = shape(_as_embeddings(classed(line)))
    try:
        shown = str(get_display(_paired_brackets(shaped, base), base_dir=base))
    except AssertionError:  # a case its algorithm does not know: in typed order, not a crash
        return shaped
    return "".join(char for char in shown if char not in _KIND_MARKS)  # never drawn

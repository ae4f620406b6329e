"""Right-to-left scripts for reportlab, which lays text out left to right, letter by letter.

Arabic and Persian letters take a different shape at the start, middle and end of a word;
arabic-reshaper swaps in those shapes (Unicode presentation forms, which the bundled Arabic
font has). python-bidi then puts each line in the order it is seen (the Unicode bidi
algorithm), so right-to-left words run right to left while numbers and Latin names inside
them still read left to right. Lines are broken in logical order first, then reordered.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any, Literal

Direction = Literal["L", "R"]

_RTL_CLASSES = {"R", "AL"}


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def base_direction(text: str, default: Direction = "L") -> Direction:
    """The paragraph's direction from its first strong character (Unicode rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
    return default


@lru_cache(maxsize=1)
def _reshaper() -> Any:  # arabic_reshaper has no type hints
    from arabic_reshaper import ArabicReshaper

    # keep vowel marks (harakat): a volunteer's text reaches the page as typed
    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


def shape(text: str) -> str:
    """Arabic letters in the form they take where they stand (joined); others unchanged."""
    return str(_reshaper().reshape(text)) if has_rtl(text) else text


#: The directional isolates (U+2066–U+2069) as the embeddings python-bidi's algorithm
#: knows (it stops with an AssertionError at an isolate): the text inside keeps its
#: direction; only how it affects the text around it can differ.
_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"
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


def _classed(line: str) -> str:
    """``line`` with every character the Unicode tables of this Python give no direction
    (unassigned: U+0378, U+FFFF, an emoji newer than the tables) as U+FFFD, which has one:
    python-bidi stops with an AssertionError at a character without. No font has them, so
    they print as a box either way (and export has warned of them)."""
    if all(unicodedata.bidirectional(char) for char in line):
        return line
    return "".join(char if unicodedata.bidirectional(char) else "\ufffd" for char in line)


def visual(line: str, base: Direction) -> str:
    """One line, shaped and in the order it is drawn from left to right."""
    if not has_rtl(line):
        return line
    # the pure-Python algorithm also mirrors brackets in right-to-left runs (rule L4)
    from bidi.algorithm import get_display

    shaped = shape(_as_embeddings(_classed(line)))
    try:
        return str(get_display(shaped, base_dir=base))
    except AssertionError:  # a case its algorithm does not know: in typed order, not a crash
        return shaped

"""Reading a ``pack.toml``'s text: Python's TOML reader, with a bound it does not have.

``tomllib`` takes time and memory that grow with the square of the number of parts of a
dotted key (``a.a.a… = 1``) or table name (``[a.a.a…]``): a 40 kB line of 20,000 parts took
16 s and 1.6 GB, and 200 lines of 1,000 parts 3 s and 840 MB. A pack's keys have at most
three parts (``addressees.salutation.kk``), so before the text is parsed, no line may hold
more than :data:`MAX_KEY_DOTS` dots outside its texts and comments.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

#: Dots allowed on one line outside texts and comments: a key's or a table name's parts,
#: and a number's decimal point.
MAX_KEY_DOTS = 16

_SPECIAL = re.compile(r'"""|\'\'\'|["\'#\n.]')
_BASIC_END = re.compile(r'\\.|"|\n', re.DOTALL)
_MULTILINE_BASIC_END = re.compile(r'\\.|"""', re.DOTALL)


class KeyTooLong(ValueError):
    """A line of a manifest with more dotted parts than a pack ever needs."""

    def __init__(self, line: int) -> None:
        super().__init__(f"line {line}")
        self.line = line


def _end_of_basic(text: str, start: int, pattern: re.Pattern[str], close: str) -> int:
    """Where a ``"`` or ``\"\"\"`` text opened before ``start`` ends (after its closing quotes)."""
    position = start
    while match := pattern.search(text, position):
        if match.group().startswith("\\"):
            position = match.end()  # an escaped character, "\"" among them
            continue
        if match.group() == "\n" and close == '"':
            return match.start()  # an unclosed one-line text: tomllib will say so
        end = match.end()
        while len(close) == 3 and text.startswith('"', end) and end - match.end() < 2:
            end += 1  # up to two quotes may end a multi-line text: """a"""""
        return end
    return len(text)


def _end_of_literal(text: str, start: int, close: str) -> int:
    if close == "'":
        found = re.compile(r"'|\n").search(text, start)
        return (
            len(text) if found is None else found.end() if found.group() == "'" else found.start()
        )
    found_at = text.find("'''", start)
    if found_at < 0:
        return len(text)
    end = found_at + 3
    while text.startswith("'", end) and end - found_at < 5:
        end += 1
    return end


def too_many_dots(text: str) -> int:
    """The first line (from 1) with more than :data:`MAX_KEY_DOTS` dots outside texts and
    comments, or 0."""
    line, dots, position = 1, 0, 0
    while match := _SPECIAL.search(text, position):
        piece = match.group()
        position = match.end()
        if piece == ".":
            dots += 1
            if dots > MAX_KEY_DOTS:
                return line
        elif piece == "\n":
            line, dots = line + 1, 0
        elif piece == "#":
            found = text.find("\n", position)
            position = len(text) if found < 0 else found
        else:
            if piece in ('"', '"""'):
                end = _end_of_basic(
                    text, position, _MULTILINE_BASIC_END if piece == '"""' else _BASIC_END, piece
                )
            else:
                end = _end_of_literal(text, position, piece)
            line += text.count("\n", position, end)
            position = end
    return 0


def parse_manifest(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``; raises :class:`KeyTooLong` first for a line of too many
    dotted parts, and what ``tomllib`` raises."""
    line = too_many_dots(text)
    if line:
        raise KeyTooLong(line)
    return tomllib.loads(text)

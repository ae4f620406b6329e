"""The bundled fonts, registered with reportlab once, and per-character fallback.

Fax machines and printers at an event have no fonts we can count on, so every PDF embeds
(a subset of) the bundled TrueType fonts, tried in this order for each character:
Noto Sans (Latin with every diacritic, Cyrillic with Kazakh, Greek), Noto Sans Arabic
(Arabic, Persian, Urdu), Noto Sans Hebrew, Droid Sans Fallback (Chinese, Japanese, Korean),
and Noto Emoji in black outlines for what volunteers type from a phone.
"""

from __future__ import annotations

import json
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from uawriter.bundled import font_path
from uawriter.rendering.font_cache import load_font

REGULAR = "UAWriter-Sans"
BOLD = "UAWriter-Sans-Bold"
ARABIC = "UAWriter-Arabic"
ARABIC_BOLD = "UAWriter-Arabic-Bold"
HEBREW = "UAWriter-Hebrew"
HEBREW_BOLD = "UAWriter-Hebrew-Bold"
CJK = "UAWriter-CJK"
EMOJI = "UAWriter-Emoji"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}
#: The bundled fonts of the scripts a laptop may have no font for (the window is given
#: them: gui/window_fonts.py); not Noto Sans, for Latin, which a laptop always has: given
#: to Qt, it became the interface's font and widened its buttons (probe 103b).
SCRIPT_FONT_FILES = tuple(
    _FILES[name] for name in (ARABIC, ARABIC_BOLD, HEBREW, HEBREW_BOLD, CJK, EMOJI)
)
#: The order fonts are tried in for each character.
CHAIN = (REGULAR, ARABIC, HEBREW, CJK, EMOJI)
#: The bold face of each font in the chain (itself where there is none).
BOLD_OF = {REGULAR: BOLD, ARABIC: ARABIC_BOLD, HEBREW: HEBREW_BOLD, CJK: CJK, EMOJI: EMOJI}

_lock = threading.Lock()
#: The fonts registered with reportlab so far: each is parsed when first needed (parsing all
#: eight took 0.5 s and 40 MiB at every export, the CJK font most of it).
_registered: set[str] = set()
#: Which characters each font of the chain has, as ranges, computed from the fonts once
#: (``compute_coverage``, ``scripts/font-coverage``) and shipped beside them.
COVERAGE_FILE = "coverage.json"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map writes code points above U+FFFF as 5 hex digits, so text
    copied from the PDF turns an emoji into the wrong character; PDF wants UTF-16 there."""

    def utf16(code: int) -> str:
        text = chr(code)
        if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            # Arabic letters are drawn in their joined shapes (presentation forms); a reader
            # copying them should get the letters themselves: "ﻻ" gives "لا".
            text = unicodedata.normalize("NFKC", text)
        return text.encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _register(name: str) -> None:
    """Register one bundled font with reportlab (idempotent; call with the lock held)."""
    if name in _registered:
        return
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFont(load_font(name, font_path(_FILES[name])))
    if name in (REGULAR, BOLD) and {REGULAR, BOLD} <= _registered | {name}:
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    _registered.add(name)


def use_font(name: str) -> str:
    """``name`` registered with reportlab (parsed the first time it is needed); returns it."""
    if name not in _registered:
        with _lock:
            _register(name)
    return name


def register_fonts() -> None:
    """Register the main font and its bold face (thread-safe); the fallback fonts are
    registered when a character needs them (:func:`runs`)."""
    with _lock:
        _register(REGULAR)
        _register(BOLD)


def _ranges(codes: frozenset[int]) -> list[list[int]]:
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ranges


def compute_coverage() -> dict[str, list[list[int]]]:
    """Each chain font's characters as ranges, read from the fonts themselves (slow: for
    ``scripts/font-coverage`` and the test that the shipped file is current)."""
    return {
        name: _ranges(frozenset(TTFont(name, str(font_path(_FILES[name]))).face.charToGlyph))
        for name in CHAIN
    }


@dataclass(frozen=True)
class Coverage:
    """Which characters each font of the chain can draw: per font, its ranges' first and
    last code points, sorted (a lookup is a binary search; no set of 40,000 code points is
    built at each start)."""

    fonts: tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...]

    def font_for(self, char: str) -> str | None:
        code = ord(char)
        if char in "\n\t":
            return REGULAR
        for name, starts, ends in self.fonts:
            index = bisect_right(starts, code) - 1
            if index >= 0 and code <= ends[index]:
                return name
        return None


_coverage: Coverage | None = None

#: Characters that only steer others (joiners, variation selectors, marks of direction):
#: never "missing", never drawn on their own.
INVISIBLE = frozenset(
    {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFE0E, 0xFE0F, 0xFEFF}
    | set(range(0x202A, 0x202F))
    | set(range(0x2066, 0x206A))
)


def coverage() -> Coverage:
    global _coverage  # noqa: PLW0603 - read once from the shipped file
    if _coverage is None:
        data = json.loads(font_path(COVERAGE_FILE).read_text(encoding="utf-8"))
        _coverage = Coverage(
            tuple(
                (
                    name,
                    tuple(start for start, _end in data[name]),
                    tuple(end for _start, end in data[name]),
                )
                for name in CHAIN
            )
        )
    return _coverage


def missing_characters(text: str) -> list[str]:
    """Characters no bundled font can draw, in order of first appearance (for a warning)."""
    cov = coverage()
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) < 32 or ord(char) in INVISIBLE:
            continue
        if cov.font_for(char) is None:
            seen.setdefault(char, None)
    return list(seen)


#: Each character's font as :func:`runs` draws it ("" for one never drawn), as looked up
#: so far: a letter asks for the same few dozen characters thousands of times.
_drawn_with: dict[str, str] = {}
#: The most characters remembered (a hostile text of every code point stays small).
_REMEMBERED = 20_000


def _font_drawing(char: str) -> str:
    font = "" if ord(char) in INVISIBLE else (coverage().font_for(char) or REGULAR)
    if len(_drawn_with) < _REMEMBERED:
        _drawn_with[char] = font
    return font


def runs(text: str, bold: bool = False) -> Iterator[tuple[str, str]]:
    """``text`` cut into (font, piece) runs, each drawn with the first font that has it."""
    current = BOLD_OF[REGULAR] if bold else REGULAR
    buffer: list[str] = []
    known = _drawn_with
    for char in text:
        font = known.get(char)
        if font is None:
            font = _font_drawing(char)
        if not font:
            continue
        if bold:
            font = BOLD_OF[font]
        if font != current and buffer:
            yield use_font(current), "".join(buffer)
            buffer = []
        current = font
        buffer.append(char)
    if buffer:
        yield use_font(current), "".join(buffer)


def _escape(text: str) -> str:
    """The three characters reportlab's paragraph markup reads as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraph_markup(text: str, bold: bool = False) -> str:
    """Typed text as reportlab paragraph markup that shows it literally.

    ``<``, ``&`` and ``<b>`` are escaped, runs of spaces are kept (as no-break spaces, since
    paragraphs fold white space), and characters the main font lacks switch to the fallback.
    """
    parts: list[str] = []
    base = BOLD if bold else REGULAR
    for font, run in runs(text, bold):
        escaped = _escape(_keep_spaces(run.replace("\t", "    ")))
        parts.append(escaped if font == base else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` drawn with the font chain."""
    return float(sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs(text, bold)))


def _keep_spaces(text: str) -> str:
    """Leading spaces and every space after the first in a run become no-break spaces."""
    out: list[str] = []
    previous_space = True  # so leading spaces are kept
    for char in text:
        if char == " ":
            out.append("\u00a0" if previous_space else " ")
            previous_space = True
        else:
            out.append(char)
            previous_space = False
    return "".join(out)

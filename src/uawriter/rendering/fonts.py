"""The bundled fonts, registered with reportlab once, and per-character fallback.

Fax machines and printers at an event have no fonts we can count on, so every PDF embeds
(a subset of) the bundled TrueType fonts, tried in this order for each character:
Noto Sans (Latin with every diacritic, Cyrillic with Kazakh, Greek), Noto Sans Arabic
(Arabic, Persian, Urdu), Noto Sans Hebrew, Droid Sans Fallback (Chinese, Japanese, Korean),
and Noto Emoji in black outlines for what volunteers type from a phone.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from uawriter.bundled import font_path

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
#: The order fonts are tried in for each character.
CHAIN = (REGULAR, ARABIC, HEBREW, CJK, EMOJI)
#: The bold face of each font in the chain (itself where there is none).
BOLD_OF = {REGULAR: BOLD, ARABIC: ARABIC_BOLD, HEBREW: HEBREW_BOLD, CJK: CJK, EMOJI: EMOJI}

_lock = threading.Lock()
_registered = False


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


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (idempotent, thread-safe)."""
    global _registered  # noqa: PLW0603 - a process-wide registry is reportlab's design
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


@dataclass(frozen=True)
class Coverage:
    """Which characters each font of the chain can draw."""

    fonts: tuple[tuple[str, frozenset[int]], ...]

    def font_for(self, char: str) -> str | None:
        code = ord(char)
        if char in "\n\t":
            return REGULAR
        for name, codes in self.fonts:
            if code in codes:
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
    global _coverage  # noqa: PLW0603 - computed once from the registered fonts
    if _coverage is None:
        register_fonts()
        _coverage = Coverage(
            tuple((name, frozenset(pdfmetrics.getFont(name).face.charToGlyph)) for name in CHAIN)
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


def runs(text: str, bold: bool = False) -> Iterator[tuple[str, str]]:
    """``text`` cut into (font, piece) runs, each drawn with the first font that has it."""
    cov = coverage()
    current = BOLD_OF[REGULAR] if bold else REGULAR
    buffer: list[str] = []
    for char in text:
        if ord(char) in INVISIBLE:
            continue
        font = cov.font_for(char) or REGULAR
        if bold:
            font = BOLD_OF[font]
        if font != current and buffer:
            yield current, "".join(buffer)
            buffer = []
        current = font
        buffer.append(char)
    if buffer:
        yield current, "".join(buffer)


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

"""The bundled fonts, registered with reportlab once, and per-character fallback.

Fax machines and printers at an event have no fonts we can count on, so every PDF embeds
(a subset of) the bundled TrueType fonts. Noto Sans covers Latin, Cyrillic (Kazakh too)
and Greek; Noto Emoji, in black outlines, covers what volunteers type from a phone.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from uawriter.bundled import font_path

REGULAR = "UAWriter-Sans"
BOLD = "UAWriter-Sans-Bold"
EMOJI = "UAWriter-Emoji"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}

_lock = threading.Lock()
_registered = False


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map writes code points above U+FFFF as 5 hex digits, so text
    copied from the PDF turns an emoji into the wrong character; PDF wants UTF-16 there."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

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
    """Which characters a font chain can draw."""

    primary: frozenset[int]
    fallback: frozenset[int]

    def font_for(self, char: str) -> str | None:
        code = ord(char)
        if code in self.primary or char in "\n\t":
            return REGULAR
        if code in self.fallback:
            return EMOJI
        return None


_coverage: Coverage | None = None

# Characters that only steer other characters: never "missing", never drawn on their own.
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFE0E, 0xFE0F, 0xFEFF}


def coverage() -> Coverage:
    global _coverage  # noqa: PLW0603 - computed once from the registered fonts
    if _coverage is None:
        register_fonts()
        regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
        emoji = pdfmetrics.getFont(EMOJI).face.charToGlyph
        _coverage = Coverage(frozenset(regular), frozenset(emoji))
    return _coverage


def missing_characters(text: str) -> list[str]:
    """Characters no bundled font can draw, in order of first appearance (for a warning)."""
    cov = coverage()
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) < 32 or ord(char) in _INVISIBLE:
            continue
        if cov.font_for(char) is None:
            seen.setdefault(char, None)
    return list(seen)


def _runs(text: str) -> Iterator[tuple[str, str]]:
    cov = coverage()
    current = REGULAR
    buffer: list[str] = []
    for char in text:
        if ord(char) in _INVISIBLE:
            continue
        font = cov.font_for(char) or REGULAR
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


def paragraph_markup(text: str) -> str:
    """Typed text as reportlab paragraph markup that shows it literally.

    ``<``, ``&`` and ``<b>`` are escaped, runs of spaces are kept (as no-break spaces, since
    paragraphs fold white space), and characters the main font lacks switch to the fallback.
    """
    parts: list[str] = []
    for font, run in _runs(text):
        escaped = _escape(_keep_spaces(run.replace("\t", "    ")))
        parts.append(escaped if font == REGULAR else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


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

"""The fonts the app ships, given to the window as well as to the PDFs: on a laptop with
no Chinese (or Arabic, Hebrew) system font, an event named "为权利而写作" showed as a row of
identical boxes in the event window, while its report printed it (probe 102c)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from uawriter.bundled import font_path
from uawriter.rendering.fonts import SCRIPT_FONT_FILES

_added: dict[str, int] = {}


def add_bundled_fonts() -> list[str]:
    """Each bundled font of a script other than Latin added to the application's fonts,
    once (about 7 ms in all), so that Qt falls back to it for a character no system font
    has; the interface's own font stays the system's. The families added."""
    families: list[str] = []
    for name in SCRIPT_FONT_FILES:
        if name not in _added:
            _added[name] = QFontDatabase.addApplicationFont(str(font_path(name)))
        if _added[name] >= 0:
            families += QFontDatabase.applicationFontFamilies(_added[name])
    return families

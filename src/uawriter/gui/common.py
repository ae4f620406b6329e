"""Small things the window's panes share: the item data role, and left-to-right isolation.

The panes are parts of the main window, so their texts keep the translation context
``"MainWindow"`` (``QCoreApplication.translate("MainWindow", ...)``): moving a string into a
pane must not lose its translations.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

ROLE_ID = Qt.ItemDataRole.UserRole

# Unicode bidirectional isolates: LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE.
LRI = "\u2066"
PDI = "\u2069"


def ltr(text: str) -> str:
    """Left-to-right data (a fax number, an e-mail address, a path, a URL) kept in its own
    order inside right-to-left text: in the Arabic interface "+7 7172 72 05 16" must not
    be shown as "16 05 72 7172 7+" (a volunteer dials from the screen)."""
    return f"{LRI}{text}{PDI}" if text else text


LRM = "\u200e"
RLM = "\u200f"


def _first_strong(line: str) -> str:
    """ "L" or "R" for the line's first letter with a direction, "" if it has none."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return ""


def own_direction(text: str) -> str:
    """A pack's text (a talking point, a title, a name) shown in its own direction inside
    the right-to-left interface: "… to Uzbekistan." keeps its full stop at its end (on the
    right) instead of having it moved to the left. Each line is framed by the mark of its
    own direction (left-to-right or right-to-left mark), so the punctuation at its ends
    belongs to its words. Qt's text layout does not apply the Unicode isolates (FSI … PDI)
    to this, measured: the marks it does. In a left-to-right interface the text is left
    as it is."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    lines = []
    for line in text.split("\n"):
        mark = {"L": LRM, "R": RLM}.get(_first_strong(line), "")
        lines.append(f"{mark}{line}{mark}" if mark else line)
    return "\n".join(lines)


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning the volunteer acknowledges (objectName ``warning``)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("warning")
    box.exec()

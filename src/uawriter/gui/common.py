"""Small things the window's panes share: the item data role, and left-to-right isolation.

The panes are parts of the main window, so their texts keep the translation context
``"MainWindow"`` (``QCoreApplication.translate("MainWindow", ...)``): moving a string into a
pane must not lose its translations.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning the volunteer acknowledges (objectName ``warning``)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("warning")
    box.exec()

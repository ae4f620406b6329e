"""The window's remembered settings: changed in one call that also saves them, and the
window's size and column widths restored and remembered.

A settings file that cannot be written is not an error a volunteer can act on in the middle
of a letter: it is said once in the status bar, and the app goes on with the settings in
memory.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from uawriter.domain.model import Sender
from uawriter.gui.common import os_error_text
from uawriter.storage.settings import Settings, SettingsStore

translate = QCoreApplication.translate


class WindowSettings:
    def __init__(self, store: SettingsStore, status: Callable[[str, int], None]) -> None:
        self.store = store
        self.status = status
        self.current: Settings = store.load()

    def change(self, **changes: object) -> None:
        """Change some settings and save them all."""
        self.current = self.current.with_changes(**changes)
        self.save()

    def save(self) -> None:
        try:
            self.store.save(self.current)
        except OSError as exc:
            self.status(
                translate("MainWindow", "Settings could not be saved: %1").replace(
                    "%1", os_error_text(exc)
                ),
                10000,
            )

    def restore_layout(self, window: QMainWindow, splitter: QSplitter) -> None:
        """The size and column widths the window had when it was last closed; on a first
        start, a size that fits a 1366×768 laptop."""
        geometry = self.current.window_geometry
        if geometry:
            window.restoreGeometry(QByteArray.fromHex(geometry.encode("ascii")))
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableSize() if screen else QSize(1366, 768)
            # room for the window's frame and title bar, so the whole window is on screen
            window.resize(min(1360, available.width() - 24), min(760, available.height() - 40))
        if self.current.window_state:
            splitter.restoreState(QByteArray.fromHex(self.current.window_state.encode("ascii")))

    def remember_layout(self, window: QMainWindow, splitter: QSplitter, sender: Sender) -> None:
        """On closing: the window's size and columns, and the sender (kept only when the
        volunteer asked for it to be remembered: see ``SettingsStore.save``)."""
        self.change(
            window_geometry=bytes(window.saveGeometry().toHex().data()).decode("ascii"),
            window_state=bytes(splitter.saveState().toHex().data()).decode("ascii"),
            sender=sender,
        )

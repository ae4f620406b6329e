"""The main window's menus (File, Edit, Language, Help) and their shortcuts.

Their texts keep the translation context ``"MainWindow"``. The actions are attributes, so
the window connects them and others can add to the menus: :meth:`WindowMenus.add_menu`
puts a menu (the Packs menu, an Event menu) before the Language menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu

translate = QCoreApplication.translate


class WindowShortcuts(QObject):
    """Keeps the window's shortcuts working while a text field has the focus.

    A line edit claims some shortcuts for itself (Ctrl+E moves to the end of the line on
    Linux), so Ctrl+E (export) did nothing in the Name field and the next keys went there.
    The window's own shortcuts are let through to the window.
    """

    def __init__(self, parent: QObject, sequences: Callable[[], list[QKeySequence]]) -> None:
        super().__init__(parent)
        self.sequences = sequences

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch
                for s in self.sequences()
            ):
                event.ignore()  # not the field's: the shortcut goes to the window
                return True
        return False


class WindowMenus(QObject):
    """Builds the menus in ``window``'s menu bar; retranslates them on a language change."""

    def __init__(self, window: QMainWindow, ui_languages: dict[str, str]) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.export_action = QAction(window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.save_draft_action = QAction(window)
        self.save_draft_action.setShortcut(QKeySequence.StandardKey.Save)
        self.address_book_action = QAction(window)
        self.postage_action = QAction(window)
        self.postage_action.setObjectName("postageAction")
        self.channels_action = QAction(window)
        self.channels_action.setObjectName("channelsAction")
        self.fax_view_action = QAction(window)
        self.fax_view_action.setObjectName("faxViewAction")
        self.quit_action = QAction(window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.export_action, self.print_action, self.save_draft_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.channels_action)
        self.file_menu.addAction(self.fax_view_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.address_book_action)
        self.file_menu.addAction(self.postage_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.undo_action = QAction(window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(window)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.reset_action = QAction(window)
        for action in (self.undo_action, self.redo_action, self.reset_action):
            self.edit_menu.addAction(action)

        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("uiLanguageMenu")
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, name in ui_languages.items():
            action = QAction(name, window, checkable=True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(window)
        self.help_menu.addAction(self.about_action)

        #: Further actions whose shortcuts work in text fields (Next volunteer).
        self.field_proof_actions: list[QAction] = []
        # the window's shortcuts work in its text fields too (Ctrl+E in the Name field)
        self.shortcuts = WindowShortcuts(self, self.field_proof_shortcuts)
        self.keep_shortcuts_in_fields()
        window.installEventFilter(self)
        self.retranslate_ui()

    def add_menu(self, menu: QMenu) -> None:
        """Put ``menu`` in the menu bar, before the Language menu."""
        self.window.menuBar().insertMenu(self.language_menu.menuAction(), menu)

    def field_proof_shortcuts(self) -> list[QKeySequence]:
        """Shortcuts a text field must not keep for itself."""
        extra = [action.shortcut() for action in self.field_proof_actions]
        return [self.export_action.shortcut(), self.print_action.shortcut(), *extra]

    def keep_shortcuts_in_fields(self) -> None:
        """Let the window's shortcuts through every line edit it has now (call again after
        adding fields)."""
        for field in self.window.findChildren(QLineEdit):
            field.removeEventFilter(self.shortcuts)
            field.installEventFilter(self.shortcuts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.export_action.setText(translate("MainWindow", "&Export PDF…"))
        self.print_action.setText(translate("MainWindow", "&Print…"))
        self.save_draft_action.setText(translate("MainWindow", "&Save draft"))
        self.address_book_action.setText(translate("MainWindow", "&Address book…"))
        self.postage_action.setText(translate("MainWindow", "Pos&tage…"))
        self.channels_action.setText(translate("MainWindow", "P&hone, social media and envelopes…"))
        self.fax_view_action.setText(translate("MainWindow", "What the &fax machine will print…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.undo_action.setText(translate("MainWindow", "&Undo"))
        self.redo_action.setText(translate("MainWindow", "&Redo"))
        self.reset_action.setText(translate("MainWindow", "Reset letter to the template"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About UA Writer"))

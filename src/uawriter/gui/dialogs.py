"""The small dialogs every window uses, made one way: Qt's own file dialog (the same on every
system, and with an objectName so tests and assistive tools can find it) and yes/no
questions where No is the default, so a stray Enter changes nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QSettings, QTimer, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextEdit, QWidget

from uawriter.gui import modal
from uawriter.paths import AppPaths, InDataFolder, refuse_data_folder

translate = QCoreApplication.translate

#: The data folder of the window open (see :func:`keep_out_of`): no file the volunteer
#: saves, and no folder they choose to save into, may lie in it.
_data_folder: list[AppPaths] = []


def keep_out_of(paths: AppPaths) -> None:
    """Refuse, in every dialog asking where to save (a file or a folder), a place inside
    ``paths``'s data folder: a PDF saved as its tally.jsonl replaced every letter counted,
    letters saved among a pack's files broke the pack. The window sets it when it opens."""
    _data_folder[:] = [paths]


def outside_data_folder(parent: QWidget, chosen: Path) -> bool:
    """Whether ``chosen`` lies outside the data folder; if not, the volunteer is told so."""
    from uawriter.gui.common import ltr, warn

    for paths in _data_folder:
        try:
            refuse_data_folder(chosen, paths)
        except InDataFolder as exc:
            warn(
                parent,
                translate("Dialogs", "UA Writer's own folder"),
                translate(
                    "Dialogs",
                    "%1 is inside UA Writer's own data folder (%2), which holds the count of "
                    "letters and the packs. Nothing was written; choose another folder.",
                )
                .replace("%1", ltr(str(chosen)))
                .replace("%2", ltr(str(exc.data_dir))),
            )
            return False
    return True


class FileDialog(QFileDialog):
    """Qt's file dialog, refusing a path that is neither a file nor a folder: given a named
    pipe (typed, or found on a stick), Qt's own accept() waited on it for ever, and the
    window with it."""

    def accept(self) -> None:
        for name in self.selectedFiles():
            try:
                mode = os.stat(name).st_mode
            except (OSError, ValueError):
                continue  # not there yet (a new file), or not reachable: Qt says so
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    translate("Dialogs", "Not a file"),
                    translate(
                        "Dialogs",
                        "%1 is not a file UA Writer can use (it is a device or a pipe). "
                        "Choose another name.",
                    ).replace("%1", name),
                    parent=self,
                )
                box.setObjectName("notAFile")
                modal.run(box)
                return
        super().accept()


#: What Qt keeps of its file dialogs, on disk for the user (``QtProject.conf``; the
#: registry on Windows), and shows in every later dialog: the recent places, the places
#: dragged to the left-hand list, the last folder visited.
_QT_DIALOG_MEMORY = ("FileDialog/history", "FileDialog/shortcuts", "FileDialog/lastVisited")


def _places() -> list[QUrl]:
    """The left-hand list Qt gives a new dialog: the home folder and the computer."""
    return [QUrl.fromLocalFile(QDir.homePath()), QUrl("file:")]


def _forget_places(dialog: QFileDialog) -> None:
    """Nothing of the folders one volunteer went through is shown to the next, or kept:
    Qt writes a dialog's recent places and left-hand list when the dialog goes, and reads
    them back into the next one (an event's laptop showed "Aigerim Sadykova private
    letters" under "Recent Places" to every later volunteer, and after a restart)."""
    dialog.setHistory([])
    dialog.setSidebarUrls(_places())


def choose_path(
    parent: QWidget,
    title: str,
    object_name: str,
    mode: Literal["open", "save", "folder"],
    *,
    name_filter: str = "",
    suggested: str = "",
    directory: Path | None = None,
    accept_label: str = "",
    default_suffix: str = "",
) -> Path | None:
    """Ask for a file to open or save, or a folder; None if the volunteer cancels. The
    dialog starts in ``directory`` (else the home folder) and keeps no memory of where
    anyone went in it: the app remembers the folders it needs itself. A file to save or a
    folder (to save into) inside the data folder is refused with a warning: None."""
    dialog = FileDialog(parent, title)
    dialog.setObjectName(object_name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    _forget_places(dialog)
    if mode == "open":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    elif mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if name_filter:
        dialog.setNameFilter(name_filter)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    dialog.setDirectory(str(directory if directory is not None else Path.home()))
    if suggested:
        dialog.selectFile(suggested)
    if accept_label:
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept_label)
    accepted = modal.run(dialog) == QFileDialog.DialogCode.Accepted and dialog.selectedFiles()
    chosen = Path(dialog.selectedFiles()[0]) if accepted else None
    _forget_places(dialog)
    shiboken6.delete(dialog)  # Qt saves what it remembers now, not when the window goes
    forget_file_dialogs()
    if chosen is not None and mode != "open" and not outside_data_folder(parent, chosen):
        return None
    return chosen


def forget_file_dialogs() -> None:
    """What Qt keeps of its file dialogs on disk, forgotten: also of the ones the app does
    not make itself (the print dialog's "Print to file" folder browser)."""
    memory = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _QT_DIALOG_MEMORY:
        memory.remove(key)
    memory.sync()


def ask(parent: QWidget, object_name: str, title: str, text: str, to_read: str = "") -> bool:
    """A yes/no question; No is the default. ``to_read``: a long text the question is
    about (a pack's rules), shown open below it in a box that scrolls: in the question
    itself, 1,800 characters made it 620 pixels tall, its Yes and No below a 600-pixel
    screen (probe 92c)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName(object_name)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if to_read:
        box.setDetailedText(to_read)
        QTimer.singleShot(0, lambda: _open_details(box))
    return modal.run(box) == QMessageBox.StandardButton.Yes


def _open_details(box: QMessageBox) -> None:
    """The text below the question shown (not behind "Show Details…"), as tall and wide
    as the screen leaves room for."""
    if not shiboken6.isValid(box):
        return
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()
    screen = box.screen().availableGeometry()
    for view in box.findChildren(QTextEdit):
        view.setFixedHeight(max(100, min(320, screen.height() - 280)))
        view.setMinimumWidth(max(200, min(520, screen.width() - 120)))

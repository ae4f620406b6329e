"""The Packs menu: make a pack, edit one (a copy, for packs that came with the app), and
bring packs in and out.

It does not know the main window: it is given the widget to parent its dialogs to and a
:class:`PackMenuHost` (the window) for the few things it asks of it, so the two modules do
not import each other. The window puts :attr:`PackMenu.menu` in its menu bar.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from uawriter.domain.model import Pack
from uawriter.engine import export_pack_file, import_pack_file
from uawriter.gui import modal
from uawriter.gui.common import ltr, os_error_text, warn
from uawriter.gui.dialogs import ask, choose_path
from uawriter.gui.tasks import TaskContext, TaskRunner
from uawriter.paths import AppPaths

PACK_SUFFIX = ".uapack"

if TYPE_CHECKING:
    from uawriter.drafting import DraftPack
    from uawriter.gui.draft_dialog import DraftDialog
    from uawriter.gui.pack_editor import PackEditor
    from uawriter.pack_files import PackFiles
    from uawriter.packs.install import ImportResult

# The editor, the drafter and the archive code load when first used: the window opens sooner.


class PackMenuHost(Protocol):
    """What the Packs menu asks of the window that hosts it."""

    def current_pack(self) -> Pack | None:
        """The pack whose letter is being written, if any."""
        ...

    def pack_ids(self) -> set[str]:
        """The ids of every pack listed (a copy gets an id not among them)."""
        ...

    def reload_packs(self, select: Path | None = None, renamed_from: str | None = None) -> None:
        """Read the packs again and show the one in ``select``; returns once they are shown.
        ``renamed_from``: the id the pack in ``select`` had before it was saved under
        another (its letter being written is kept for it, not for an id no pack has)."""
        ...

    def chosen_broken_pack(self) -> Path | None:
        """The folder of a broken pack chosen in the list (to be put right), if one is."""
        ...

    def show_status(self, text: str, msecs: int = 10000) -> None:
        """A passing message in the status bar."""
        ...


class PackMenu(QObject):
    def __init__(
        self,
        window: QWidget,
        host: PackMenuHost,
        paths: AppPaths,
        today: Callable[[], dt.date],
        tasks: TaskRunner,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.paths = paths
        self.user_packs = paths.user_packs
        self.today = today
        self.tasks = tasks
        self.menu = QMenu(window)
        self.menu.setObjectName("packMenu")
        self.new_action = QAction(self)
        self.edit_action = QAction(self)
        self.import_action = QAction(self)
        self.export_action = QAction(self)
        self.draft_action = QAction(self)
        for action in (self.new_action, self.draft_action, self.edit_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.import_action, self.export_action):
            self.menu.addAction(action)
        self.new_action.triggered.connect(self.new_pack)
        self.edit_action.triggered.connect(self.edit_pack)
        self.import_action.triggered.connect(self.choose_import)
        self.draft_action.triggered.connect(self.draft_pack)
        self.export_action.triggered.connect(self.choose_export)
        # a pack dropped on the window is imported
        window.setAcceptDrops(True)
        self.window.installEventFilter(self)
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self.window:
            return False
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif not self.menu.isEnabled():
            # locked at an event (the organiser's PIN): a dropped pack would be imported,
            # or replace the organiser's, without it
            return False
        elif event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if self._dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = self._dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                for path in paths:
                    self.import_pack(path)
                return True
        return False

    @staticmethod
    def _dropped_paths(mime: QMimeData) -> list[Path]:
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if os.path.isdir(p) or p.suffix.lower() == PACK_SUFFIX]

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Packs"))
        self.new_action.setText(self.tr("&New pack…"))
        self.edit_action.setText(self.tr("&Edit this pack…"))
        self.import_action.setText(self.tr("&Import a pack…"))
        self.draft_action.setText(self.tr("&Draft a pack from an Urgent Action…"))
        self.export_action.setText(self.tr("&Share this pack as a file…"))

    # ------------------------------------------------------------------ import and share

    def choose_import(self) -> None:
        path = choose_path(
            self.window,
            self.tr("Import an action pack"),
            "importDialog",
            "open",
            name_filter=self.tr("Action packs (*.uapack)"),
        )
        if path is not None:
            self.import_pack(path)

    def import_pack(self, source: Path, replace: bool = False) -> ImportResult:
        """Check and install a pack; asks before replacing one with the same id.

        The archive is checked and installed in the task runner's file pool; the window
        stays live meanwhile, and the result comes back here as from a dialog's ``exec()``.
        """

        def work(_context: TaskContext) -> ImportResult:
            return import_pack_file(self.paths, source, replace=replace)

        outcome: list[ImportResult] = []
        failure: list[str] = []
        task = self.tasks.run(work, on_done=outcome.append, on_failed=failure.append, renders=False)
        self.tasks.wait_for(task)
        if failure or not outcome:
            # the import never raises by design (a bug still gets a clear message), and
            # has no outcome if the window closed meanwhile: it reaches no one (probe 75b)
            from uawriter.packs.install import ImportResult, ImportStatus

            reason = failure[0] if failure else "the window closed before the pack was checked"
            outcome.append(ImportResult(ImportStatus.REFUSED, reason))
        result = outcome[0]
        if self.tasks.closed:
            return result
        if result.needs_confirmation:
            if ask(
                self.window, "replacePackQuestion", self.tr("Replace the pack?"), result.message
            ):
                return self.import_pack(source, replace=True)
            return result
        if result.refused:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The pack was not imported"),
                result.message,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("importRefused")
            box.setDetailedText("\n".join(str(p) for p in result.problems))
            modal.run(box)
            return result
        # said before the pack is chosen again: a note of her lines its new revision could
        # not carry (a minute) was replaced at once by this one (probe 109c)
        self.host.show_status(result.message, 10000)
        self.host.reload_packs(result.path)
        return result

    def choose_export(self) -> None:
        pack = self.host.current_pack()
        if pack is None:
            return
        path = choose_path(
            self.window,
            self.tr("Share the pack as a file"),
            "packExportDialog",
            "save",
            name_filter=self.tr("Action packs (*.uapack)"),
            suggested=f"{pack.id}{PACK_SUFFIX}",
            default_suffix=PACK_SUFFIX.lstrip("."),
        )
        if path is not None:
            self.export_pack(path)

    def export_pack(self, target: Path) -> Path | None:
        from uawriter.packs.archive import PackArchiveError

        pack = self.host.current_pack()
        if pack is None:
            return None
        try:
            # the save dialog asked before a file was replaced
            written = export_pack_file(pack, target, overwrite=True)
        except (OSError, PackArchiveError) as exc:
            warn(self.window, self.tr("The pack could not be saved"), str(exc))
            return None
        self.host.show_status(
            self.tr("Saved %1: copy it to a USB stick to share it.").replace(
                "%1", ltr(str(written))
            ),
            10000,
        )
        return written

    def _open_editor(
        self,
        files: PackFiles,
        folder: Path | None,
        source: DraftPack | None = None,
        opened_state: str | None = None,
    ) -> PackEditor:
        from uawriter.gui.pack_editor import PackEditor

        editor = PackEditor(
            files,
            self.user_packs,
            folder,
            self.window,
            self.today,
            runner=self.tasks,
            source=source,
            opened_state=opened_state,
        )
        opened_id = files.data.get("id") if folder is not None else None
        editor.saved.connect(
            lambda saved: self._saved(saved, opened_id if isinstance(opened_id, str) else None)
        )
        editor.open()
        return editor

    def new_pack(self) -> PackEditor:
        from uawriter.pack_files import new_pack

        return self._open_editor(new_pack(self.today()), None)

    def draft_pack(self) -> DraftDialog:
        """Paste or open an Urgent Action, review what was found, finish it in the editor."""
        from uawriter.gui.draft_dialog import DraftDialog

        dialog = DraftDialog(self.window, runner=self.tasks)
        dialog.accepted_files.connect(
            lambda files: self._open_editor(files, None, source=dialog.draft)
        )
        dialog.open()
        return dialog

    def edit_pack(self) -> PackEditor | None:
        from uawriter.engine import pack_state
        from uawriter.pack_files import copy_of, read_pack_files

        broken = self.host.chosen_broken_pack()
        if broken is not None and broken.parent.resolve() == self.user_packs.resolve():
            # a pack of hers listed as broken (saved with its problems): opened to put it
            # right, not the pack whose letter is in the window
            opened_state = pack_state(broken)
            try:
                files = read_pack_files(broken)
            except (OSError, ValueError) as exc:
                warn(self.window, self.tr("The pack cannot be opened"), _why(exc))
                return None
            return self._open_editor(files, broken, opened_state=opened_state)
        pack = self.host.current_pack()
        if pack is None or pack.path is None:
            return None

        # as it is before it is read: a change while it is read is taken for a change
        opened_state = pack_state(pack.path)
        try:
            files = read_pack_files(pack.path)
        except (OSError, ValueError) as exc:
            warn(self.window, self.tr("The pack cannot be opened"), _why(exc))
            return None
        if pack.bundled:
            if not ask(
                self.window,
                "editCopyQuestion",
                self.tr("Edit a copy?"),
                self.tr(
                    "Packs that come with UA Writer cannot be changed. Edit a copy of this one "
                    "instead? It is saved with your own packs, under a new id."
                ),
            ):
                return None
            return self._open_editor(copy_of(files, self.host.pack_ids()), None)
        return self._open_editor(files, pack.path, opened_state=opened_state)

    def _saved(self, folder: Path, opened_id: str | None = None) -> None:
        """The pack saved in ``folder``; ``opened_id``: its id when it was opened (another
        now, if the organiser renamed it)."""
        self.host.reload_packs(folder, renamed_from=opened_id)


def _why(exc: OSError | ValueError) -> str:
    """Why a pack's files could not be read, naming the file ("…/letters/es.txt: a link,
    not a plain file"), not Python's "[Errno 40] …"."""
    return os_error_text(exc) if isinstance(exc, OSError) else str(exc)

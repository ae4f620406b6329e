"""The composition root: builds the objects the window needs and starts Qt.

``uawriter`` with a command runs the Qt-free command line; with none it opens the window.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from uawriter.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from uawriter.gui.main_window import MainWindow


def build_main_window(
    app: QApplication,
    paths: AppPaths,
    today: Callable[[], dt.date] = dt.date.today,
    *,
    idle_ms: int | None = None,
    countdown_ms: int = 30_000,
    layout: str = "wide",
) -> MainWindow:
    """Everything the window needs, made here and passed in: no globals to patch in tests.
    ``layout``: "wide" (four columns), "compact" (two, for a screen under 1,100 pixels
    wide) or "auto" (by the screen, as the app starts)."""
    from uawriter.engine import load_catalog
    from uawriter.gui.collector import collect_on_main_thread
    from uawriter.gui.language import LanguageManager, system_ui_language
    from uawriter.gui.main_window import MainWindow
    from uawriter.gui.services import Services
    from uawriter.gui.tasks import TaskRunner
    from uawriter.gui.window_fonts import add_bundled_fonts
    from uawriter.storage.address_book import AddressBook
    from uawriter.storage.drafts import DraftStore
    from uawriter.storage.postage import PostageTable
    from uawriter.storage.settings import SettingsStore

    collect_on_main_thread(app)  # cycles freed between events, on this thread only
    add_bundled_fonts()  # the scripts the letters print in, drawn in the window too
    settings_store = SettingsStore(paths.settings_file)
    languages = LanguageManager(app)
    languages.set_language(settings_store.load().ui_language or system_ui_language())
    drafts = DraftStore(paths.drafts)
    drafts.make_room()  # a file where its folder should be: set aside, and said at start
    services = Services(
        load_catalog=lambda early: load_catalog(paths, early),
        settings_store=settings_store,
        drafts=drafts,
        address_book=AddressBook(paths.address_book_file),
        postage=PostageTable(paths.postage_file),
        languages=languages,
        tasks=TaskRunner(app),
        paths=paths,
        today=today,
        idle_ms=idle_ms,
        countdown_ms=countdown_ms,
        layout=layout,
    )
    return MainWindow(services)


def app_icon() -> QIcon:
    """The envelope-and-pen icon, in every size it is drawn at."""
    from PySide6.QtGui import QIcon

    from uawriter.bundled import data_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(data_path("resources", "icons", f"org.uawriter.UAWriter-{size}.png")))
    return icon


class DataFolderUnusable(Exception):
    """The data folder cannot be made or written: no window can keep anything in it."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"{folder}: {reason}")
        self.folder = folder
        self.reason = reason


#: A window's lock file holds its process id, host and application name: a few lines.
_LARGEST_LOCK_BYTES = 64 * 1024


def _may_be_a_lock(where: Path) -> bool:
    """Whether ``where`` is missing or a plain file small enough to be a window's lock."""
    try:
        found = os.lstat(where)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISREG(found.st_mode) and found.st_size <= _LARGEST_LOCK_BYTES


def hold_data_folder(paths: AppPaths) -> QLockFile | None:
    """One window per data folder (issue 12, item 11): two windows each wrote back the
    address book they had read (a contact disappeared) and one's close deleted the other's
    draft. The lock is a file Qt keeps in the data folder; a lock whose process has ended
    (a crash, a pulled plug) is taken over. None when another window holds it; raises
    :class:`DataFolderUnusable` when the folder cannot be made or written (read-only, full,
    a file in its place), which is not another window."""
    from PySide6.QtCore import QLockFile

    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderUnusable(paths.data_dir, exc.strerror or str(exc)) from exc
    where = paths.data_dir / "window.lock"
    if not _may_be_a_lock(where):
        # a folder, a link, a pipe or a device in its place is no window's lock, and Qt,
        # opening it to see whose it is, waited on a pipe and read a device for ever (probe
        # 74c): set aside before Qt opens it
        from uawriter.storage.json_store import set_aside_damaged

        set_aside_damaged(where)
    lock = QLockFile(str(where))
    if lock.tryLock(500):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None  # held by another window
    raise DataFolderUnusable(paths.data_dir, "it cannot be written (read-only or full)")


def run_app(paths: AppPaths | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("UA Writer")
    app.setApplicationDisplayName("UA Writer")
    app.setDesktopFileName("org.uawriter.UAWriter")
    app.setWindowIcon(app_icon())
    paths = paths or AppPaths.default()
    from uawriter.rendering.font_cache import keep_fonts_in

    keep_fonts_in(paths.font_cache)  # what reportlab reads from a font, parsed once
    try:
        lock = hold_data_folder(paths)
    except DataFolderUnusable as exc:
        from uawriter.gui.questions import data_folder_unusable

        data_folder_unusable(str(exc.folder), exc.reason)
        return 1
    if lock is None:
        from uawriter.gui.questions import already_open

        already_open()
        return 1
    from uawriter.exporting import finish_interrupted_exports
    from uawriter.storage.tally import TallyBook

    finish_interrupted_exports(TallyBook(paths.tally_file))  # what a killed export left
    from uawriter.atomic import remove_stale_temporaries

    # what a killed save left in the data folder: a draft's letter, the sender's details
    for folder in (
        paths.data_dir,
        paths.data_dir / "drafts",
        paths.data_dir / "drafts" / "actions",
        paths.font_cache,  # a font's parse being kept when a second process was killed
    ):
        remove_stale_temporaries(folder)
    window = build_main_window(app, paths, layout="auto")
    from uawriter.gui.errors import install_error_handler

    # an error no code expected: a message, not a button that does nothing
    install_error_handler(paths.data_dir / "errors.log", lambda: app.activeWindow() or window)
    screen = app.primaryScreen()
    small = screen is not None and screen.availableSize().height() < 900
    if small and not window.settings.window_geometry:
        window.showMaximized()  # a 1366×768 laptop: every pixel counts
    else:
        window.show()
    try:
        return app.exec()
    finally:
        lock.unlock()  # held while the window runs


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        return run_app()
    from uawriter.cli import run

    code = run(args)
    # A command's work is done and on disk. At exit the interpreter collects garbage over
    # and over while it clears its modules, passing each time over every object the run
    # made: a tenth of an ``export``. Frozen objects are skipped (Instagram measured the
    # same, "Dismissing Python Garbage Collection at Instagram"); everything is still
    # closed and flushed as usual, by reference counting and the exit handlers.
    gc.freeze()
    return code

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from uawriter.domain.model import Pack, Sender
from uawriter.engine import load_catalog
from uawriter.gui.language import LanguageManager
from uawriter.gui.main_window import MainWindow
from uawriter.paths import AppPaths

LETTER_DATE = dt.date(2026, 11, 27)

# Tests must not fail because the machine is slow: Hypothesis's default limit of 200 ms an
# example failed a tally test on a busy two-core machine. What a test checks, not its time.
settings.register_profile("uawriter", deadline=None)
settings.load_profile("uawriter")
# ... nor pytest-qt's: a wait for the window gives up after 5 s by default, which two busy
# cores have exceeded. A wait returns as soon as what it waits for holds.
for _wait in (QtBot.waitUntil, QtBot.waitSignal, QtBot.waitExposed, QtBot.waitActive):
    _wait.__kwdefaults__ = {**(_wait.__kwdefaults__ or {}), "timeout": 30_000}


@pytest.fixture(scope="session", autouse=True)
def qt_user_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where Qt keeps its own settings for the user (``QtProject.conf``: what its file
    dialogs remember) during the tests: a folder of this run, not the home folder of
    whoever runs them."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qt-user-settings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def collection_back_on(request: pytest.FixtureRequest) -> Iterator[None]:
    """Python's cycles are collected as the app collects them (gui/collector.py): a test
    with Qt widgets runs with automatic collection off and the window thread's timer
    collecting between events, as ``uawriter`` runs from its start, so no cycle is freed
    on a render's worker thread (a dialog built straight in a test, with no main window,
    is then collected as in the app too). A test ends with no event loop running, so the
    next test starts with automatic collection on, as a process without a window has it."""
    if "qapp" in request.fixturenames:
        from uawriter.gui.collector import collect_on_main_thread

        collect_on_main_thread(request.getfixturevalue("qapp"))
    yield
    if not gc.isenabled():
        from uawriter.gui.collector import collect_due

        collect_due()
        gc.enable()


@pytest.fixture(autouse=True)
def fonts_parsed_afresh() -> Iterator[None]:
    """Each test starts with fonts parsed, not read back from the font folder of a data
    folder an earlier test ran the command line on (``keep_fonts_in`` is the process's):
    a test's fonts are its own, whichever tests a worker ran before it."""
    yield
    from uawriter.rendering import font_cache

    font_cache.keep_fonts_in(None)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """A fresh user data folder for each test: no test sees another's packs or drafts."""
    return AppPaths(tmp_path / "userdata")


@pytest.fixture(scope="session")
def packs() -> dict[str, Pack]:
    catalog = load_catalog(AppPaths(Path("/nonexistent-uawriter-user-data")))
    assert not catalog.broken, [str(p) for b in catalog.broken for p in b.problems]
    return {p.id: p for p in catalog.packs}


@pytest.fixture
def sender() -> Sender:
    return Sender("Aigerim N.", ("12 Abay Avenue", "Almaty 050000"), "aigerim@example.org")


@pytest.fixture
def answers() -> Iterator[ModalAnswers]:
    """Answers the window's modal dialogs by their objectName (see qt_helpers)."""
    modal = ModalAnswers()
    yield modal
    modal.stop()
    assert not modal.unanswered, f"dialogs no one answered: {modal.unanswered}"


@pytest.fixture
def event_evening(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on a new data folder with an event running and the seed action chosen."""
    from test_evening import _at_an_event
    from test_gui import open_window

    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    yield window
    window.unexported = False  # nothing to ask when the test closes it
    window.services.languages.set_language("en")


@pytest.fixture
def arabic(qtbot: QtBot) -> Iterator[LanguageManager]:
    """The interface in Arabic (right to left, its own digits), English again after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = LanguageManager(app)
    manager.set_language("ar")
    yield manager
    manager.set_language("en")


@pytest.fixture
def arabic_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on a new data folder in the Arabic interface, the seed action chosen."""
    from helpers import SEED_ID
    from test_gui import open_window

    window = open_window(qtbot, tmp_path / "data")
    window.services.languages.set_language("ar")
    expected = QCoreApplication.translate("MainWindow", "E&xport PDF…")
    qtbot.waitUntil(lambda: window.export_button.text() == expected)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None)
    QApplication.processEvents()
    yield window
    window.services.languages.set_language("en")


@pytest.fixture
def small_stick(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 48 kB file system (tmpfs): room for one letter of the seed, not two."""
    import subprocess

    folder = tmp_path / "stick"
    folder.mkdir()
    mounting = ["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(folder)]
    mounted = subprocess.run(mounting, capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"this machine cannot mount a small file system: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.hookimpl(tryfirst=True, wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes a test's widgets: a pack editor left open with something
    typed is discarded, as the test is over. Closed, it would ask whether to throw that
    away, and a question no one answers stops the run for good."""
    import sys

    if "uawriter.gui.pack_editor" in sys.modules:
        from PySide6.QtWidgets import QApplication
        from shiboken6 import isValid

        from uawriter.gui.pack_editor import PackEditor

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PackEditor) and isValid(widget):
                widget.discard()
    return (yield)

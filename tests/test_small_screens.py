"""The window and its dialogs on a netbook's 800 × 600 screen, in every interface language
(found by probe 15a): the whole window on the screen, its buttons reachable, and no text
(a long translation, a pack's long unbroken name) that makes it wider than the screen.

The offscreen platform's screen is 800 × 800 in this Qt (``offscreen:size=`` is ignored),
so widths are checked against the screen and heights against 600 pixels through the
widgets' minimum sizes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest
from uawriter.app import build_main_window
from uawriter.gui.common import FRAME_HEIGHT, FRAME_WIDTH, LABEL_NAME_CHARS, breakable, shortened
from uawriter.gui.draft_dialog import DraftDialog
from uawriter.gui.event_window import EventWindow
from uawriter.gui.fax_preview import FaxPreviewDialog
from uawriter.gui.language import UI_LANGUAGES
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor
from uawriter.pack_files import new_pack
from uawriter.paths import AppPaths

SCREEN_WIDTH, SCREEN_HEIGHT = 800, 600
#: the most a window's contents may take for the window (frame and title bar around them)
#: to be wholly on an 800 × 600 screen with a task bar
ROOM_WIDTH = SCREEN_WIDTH - FRAME_WIDTH
ROOM_HEIGHT = SCREEN_HEIGHT - FRAME_HEIGHT
TODAY = dt.date(2026, 12, 4)
LANGUAGES = list(UI_LANGUAGES)


def _close(window: QWidget) -> None:
    if isinstance(window, MainWindow):
        window.unexported = False
        window.stack_pane.clear()


def _open(qtbot: QtBot, data: Path, code: str) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.primaryScreen().availableGeometry().width() <= SCREEN_WIDTH  # what it is about
    window = build_main_window(app, AppPaths(data), today=lambda: TODAY, layout="auto")
    qtbot.addWidget(window, before_close_func=_close)
    window.services.languages.set_language(code)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.actions_pane.loaded)
    expected = QCoreApplication.translate("MainWindow", "E&xport PDF…")
    qtbot.waitUntil(lambda: window.export_button.text() == expected)
    return window


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.services.languages.set_language("en")


def _settled(qtbot: QtBot, window: QWidget) -> None:
    """Layout requests delivered (a language change reaches the panes after the window)."""
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(20)


def _on_screen(widget: QWidget) -> bool:
    """The whole widget inside its window, and the window inside the 800-pixel width."""
    top = widget.window()
    corner = widget.mapTo(top, widget.rect().topLeft())
    inside = QRect(corner, widget.size())
    return top.rect().contains(inside) and top.frameGeometry().width() <= SCREEN_WIDTH


def _not_overlapping(buttons: list[QPushButton]) -> bool:
    places = [QRect(b.mapTo(b.window(), b.rect().topLeft()), b.size()) for b in buttons]
    return not any(a.intersects(b) for i, a in enumerate(places) for b in places[i + 1 :])


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_main_window_fits_an_800_by_600_screen(
    qtbot: QtBot, tmp_path: Path, code: str, english: None
) -> None:
    """In Kazakh the window was 844 pixels wide: the "sign with initials" check box held
    the left column at 409 pixels and the row of three letter buttons the letter at 431."""
    window = _open(qtbot, tmp_path / "data", code)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None)
    _settled(qtbot, window)
    assert window.compact
    hint = window.minimumSizeHint()
    assert hint.width() <= ROOM_WIDTH, (code, hint)
    assert hint.height() <= ROOM_HEIGHT, (code, hint)
    assert window.frameGeometry().width() <= SCREEN_WIDTH, code
    # squeezed to the smallest, every letter button is still whole, on screen, apart
    window.resize(hint)
    _settled(qtbot, window)
    pane = window.letter_pane
    buttons = [pane.stack_button, pane.print_button, pane.export_button]
    for button in buttons:
        assert button.width() >= button.minimumSizeHint().width(), (code, button.text())
        assert _on_screen(button), (code, button.text())
    assert _not_overlapping(buttons), code


def _long_word_pack(data: Path) -> None:
    paths = AppPaths(data)
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, "long-word")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "long-word"')
    edit_manifest(folder, 'title = "Minister of Justice"', f'title = "{"T" * 150}"')
    edit_manifest(folder, 'name = "Ms Elena Sartori"', f'name = "Name{"N" * 200}"')


@pytest.mark.parametrize("code", ["en", "kk", "ar"])
def test_a_long_unbroken_name_does_not_widen_the_window(
    qtbot: QtBot, tmp_path: Path, code: str, english: None
) -> None:
    """An addressee's name of 200 letters without a space made the letter's label 1,830
    pixels wide at least, and the window 2,175 pixels; it stayed so after another pack."""
    _long_word_pack(tmp_path / "data")
    window = _open(qtbot, tmp_path / "data", code)
    qtbot.waitUntil(lambda: any(p.id == "long-word" for p in window.catalog.packs))
    window.choose_pack("long-word")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == "long-word")
    window.addressees_pane.update_fax_notice()
    _settled(qtbot, window)
    label = window.letter_pane.editor_label
    shown = label.text().replace("\u200b", "")
    assert "N" * 20 in shown
    assert "T" * 20 in shown
    assert "…" in shown  # 355 characters of name and title, cut: the label stays a few lines
    assert len(shown) < LABEL_NAME_CHARS + 80
    # the whole label shown, above the letter
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() < window.editor.geometry().top()
    assert window.minimumSizeHint().width() <= ROOM_WIDTH
    assert window.frameGeometry().width() <= SCREEN_WIDTH
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    _settled(qtbot, window)
    assert window.frameGeometry().width() <= SCREEN_WIDTH


def test_breakable_marks_break_points_in_long_words_only() -> None:
    assert breakable("Ms Elena Sartori") == "Ms Elena Sartori"
    long = breakable("N" * 50)
    assert long.replace("\u200b", "") == "N" * 50
    assert all(len(part) <= 20 for part in long.split("\u200b"))
    # never between a letter and its combining mark
    marked = breakable("e\u0301" * 30)
    assert "\u200b\u0301" not in marked
    assert marked.replace("\u200b", "") == "e\u0301" * 30


def test_shortened_keeps_both_ends_of_a_long_name() -> None:
    assert shortened("Ms Elena Sartori") == "Ms Elena Sartori"
    cut = shortened("Minister " + "x" * 300 + " Elena Sartori", 40)
    assert cut.startswith("Minister ")
    assert cut.endswith("Elena Sartori")
    assert len(cut) == 40
    assert "…" in cut
    marked = shortened("e\u0301" * 100, 43)  # both cuts would fall before a mark
    assert "…\u0301" not in marked
    assert marked.replace("…", "").count("e") * 2 == len(marked) - 1  # each e with its mark


def _fits_a_small_screen(dialog: QWidget, code: str) -> None:
    hint = dialog.minimumSizeHint()
    assert hint.width() <= ROOM_WIDTH, (code, type(dialog).__name__, hint)
    assert hint.height() <= ROOM_HEIGHT, (code, type(dialog).__name__, hint)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() - FRAME_WIDTH, (code, dialog.size())
    assert dialog.height() <= screen.height() - FRAME_HEIGHT, (code, dialog.size())


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_event_window_fits_a_small_screen(
    qtbot: QtBot, tmp_path: Path, code: str, english: None
) -> None:
    """It opened at 1000 × 760, and its five buttons in one row needed up to 1,039 pixels
    (French)."""
    window = _open(qtbot, tmp_path / "data", code)
    tally = EventWindow(window.tally, window.tasks, event=None, packs=list(window.catalog.packs))
    qtbot.addWidget(tally)
    tally.show()
    qtbot.waitExposed(tally)
    _settled(qtbot, tally)
    _fits_a_small_screen(tally, code)
    tally.resize(tally.minimumSizeHint().width(), ROOM_HEIGHT)
    _settled(qtbot, tally)
    buttons = [b for b in tally.findChildren(QPushButton) if b.text()]
    assert len(buttons) >= 5
    for button in buttons:
        assert button.width() >= button.minimumSizeHint().width(), (code, button.text())
        assert _on_screen(button), (code, button.text())
    assert _not_overlapping(buttons), code


@pytest.mark.parametrize("code", ["en", "kk", "fr"])
def test_the_pack_editor_draft_dialog_and_fax_view_open_on_the_screen(
    qtbot: QtBot, tmp_path: Path, code: str, english: None
) -> None:
    """They opened at 980 × 640, 1100 × 680 and 900 × 760, their Save, Finish and Close
    buttons off an 800 × 600 screen."""
    window = _open(qtbot, tmp_path / "data", code)
    editor = PackEditor(new_pack(TODAY), tmp_path / "packs", parent=window)
    draft = DraftDialog(window, runner=window.tasks)
    fax = FaxPreviewDialog(window.tasks, window)
    for dialog in (editor, draft, fax):
        qtbot.addWidget(dialog)
        _fits_a_small_screen(dialog, code)

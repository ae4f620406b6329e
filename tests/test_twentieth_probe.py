"""Findings of the twentieth probe (what one volunteer leaves for the next at an event),
through the real window.

- F7: "I made this call" / "I posted it" counted again at every click, and again when the
  dialog was opened again: 3 clicks made 3 calls in the evening's figures.
- F11: "Call, post, envelopes…" closed (Esc, Close, the idle reset) while its envelopes were
  still being laid out: the render ended on a deleted dialog, and the next volunteer got
  "Something went wrong".
- F13: typing through an input method (IME, dictation, ibus/fcitx) did not count as touching
  the laptop, so the idle reset could clear a letter being written.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_evening import _event_window
from test_gui import find
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook


def _counted(window: MainWindow) -> list[tuple[str, str]]:
    """The calls and posts in the tally, as (channel, addressee id)."""
    records = TallyBook(window.services.paths.tally_file).read().letters
    return sorted((r.channel.value, r.addressee_id) for r in records)


def _in_channels_dialog(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, use: Callable[[ChannelsDialog], None]
) -> None:
    """Open "Call, post, envelopes…" with its button, ``use`` it, and close it."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        try:
            use(dialog)
        finally:
            dialog.reject()

    seen = len(answers.seen)
    answers.expect("channelsDialog", answer)
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers.seen) == seen + 1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def _state(button: QPushButton) -> tuple[str, bool]:
    return button.text(), button.isEnabled()


# ---------------------------------------------------------------- F7


def test_a_call_and_a_post_count_once_in_a_volunteers_turn(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    window = _event_window(qtbot, tmp_path)
    seen: dict[str, object] = {}

    def click_three_times(dialog: ChannelsDialog) -> None:
        call = find(dialog, QPushButton, "countCall")
        post = find(dialog, QPushButton, "countPost")
        box = find(dialog, QComboBox, "callAddressee")
        assert box.count() == 3  # the seed's three addressees, all ticked
        assert _state(call) == ("I made this call", True)
        assert _state(post) == ("I posted it", True)
        for _ in range(3):  # an impatient volunteer, or one unsure it worked
            qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(post, Qt.MouseButton.LeftButton)
        seen["call"], seen["post"] = _state(call), _state(post)
        box.setCurrentIndex(1)  # another addressee: their call is still to count
        seen["second"] = _state(call)
        qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
        seen["second counted"] = _state(call)
        box.setCurrentIndex(0)
        seen["first again"] = _state(call)

    _in_channels_dialog(qtbot, window, answers, click_three_times)
    assert seen["call"] == ("Call counted", False)
    assert seen["post"] == ("Post counted", False)
    assert seen["second"] == ("I made this call", True)
    assert seen["second counted"] == ("Call counted", False)
    assert seen["first again"] == ("Call counted", False)
    first = _counted(window)
    assert [channel for channel, _ in first] == ["phone", "phone", "social"]
    assert len({addressee for channel, addressee in first if channel == "phone"}) == 2

    # the same volunteer opens the dialog again: what they counted stays counted; the
    # third addressee's call is still to count
    reopened: list[tuple[str, bool]] = []

    def again(dialog: ChannelsDialog) -> None:
        call = find(dialog, QPushButton, "countCall")
        post = find(dialog, QPushButton, "countPost")
        box = find(dialog, QComboBox, "callAddressee")
        reopened.append(_state(post))
        qtbot.mouseClick(post, Qt.MouseButton.LeftButton)
        for index in range(box.count()):
            box.setCurrentIndex(index)
            reopened.append(_state(call))
            qtbot.mouseClick(call, Qt.MouseButton.LeftButton)

    _in_channels_dialog(qtbot, window, answers, again)
    assert reopened == [
        ("Post counted", False),
        ("Call counted", False),
        ("Call counted", False),
        ("I made this call", True),
    ]
    assert [channel for channel, _ in _counted(window)] == ["phone"] * 3 + ["social"]

    # the next volunteer makes their own calls and posts
    window.event_controls.next_volunteer(ask_first=False)
    qtbot.waitUntil(lambda: window.session is not None)
    before = len(_counted(window))

    def next_volunteer(dialog: ChannelsDialog) -> None:
        call = find(dialog, QPushButton, "countCall")
        post = find(dialog, QPushButton, "countPost")
        seen["next"] = (_state(call), _state(post))
        qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(post, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(call, Qt.MouseButton.LeftButton)

    _in_channels_dialog(qtbot, window, answers, next_volunteer)
    assert seen["next"] == (("I made this call", True), ("I posted it", True))
    assert len(_counted(window)) == before + 2


# ---------------------------------------------------------------- F11


@pytest.fixture
def uncaught() -> Iterator[list[str]]:
    """Exceptions that reached sys.excepthook (the app's "Something went wrong" box)."""
    errors: list[str] = []
    old = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, _tb: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {value}")

    sys.excepthook = hook
    yield errors
    sys.excepthook = old


def _close_while_envelopes_render(
    qtbot: QtBot, window: MainWindow, close: Callable[[ChannelsDialog], None]
) -> None:
    """Open the dialog, show its envelopes tab and ``close`` it with their render still
    under way; the render ends once the dialog is gone (a render ahead of it, as a preview
    is, holds it until then)."""
    ahead = threading.Event()
    window.tasks.run(lambda _context: ahead.wait(30))
    dialogs: list[ChannelsDialog] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialogs.append(dialog)
        dialog.tabs.setCurrentWidget(dialog.envelopes_tab)  # laid out in the background
        close(dialog)

    modal = ModalAnswers()
    modal.expect("channelsDialog", answer)
    try:
        window.channels.show_channels()  # returns once the dialog is closed
    finally:
        modal.stop()
        qtbot.waitUntil(lambda: bool(dialogs) and not shiboken6.isValid(dialogs[0]))
        ahead.set()
    qtbot.waitUntil(lambda: not window.tasks.busy())
    qtbot.wait(100)


def test_closing_the_dialog_while_the_envelopes_are_laid_out(
    qtbot: QtBot, tmp_path: Path, uncaught: list[str]
) -> None:
    window = _event_window(qtbot, tmp_path)
    _close_while_envelopes_render(
        qtbot, window, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    )
    assert uncaught == []
    assert QApplication.activeModalWidget() is None


def test_the_idle_reset_while_the_envelopes_are_laid_out(
    qtbot: QtBot, tmp_path: Path, uncaught: list[str]
) -> None:
    window = _event_window(qtbot, tmp_path)
    mode = window.event_controls.mode
    _close_while_envelopes_render(qtbot, window, lambda _dialog: mode.next_volunteer_due.emit())
    assert uncaught == []
    assert QApplication.activeModalWidget() is None
    assert mode.current is not None
    assert mode.current.volunteer == 2

    # the next volunteer's envelopes are laid out as before
    def envelopes(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialog.tabs.setCurrentWidget(dialog.envelopes_tab)
        qtbot.waitUntil(lambda: dialog.envelopes_tab.document.pageCount() > 0)
        dialog.reject()

    modal = ModalAnswers()
    modal.expect("channelsDialog", envelopes)
    try:
        window.channels.show_channels()
    finally:
        modal.stop()
    assert modal.seen == ["channelsDialog"]
    assert uncaught == []


# ---------------------------------------------------------------- F13


def _ime_commit(widget: QWidget, text: str) -> None:
    """What an input method sends when the volunteer picks a word (ibus, fcitx, Windows'
    IME and dictation, macOS): a QInputMethodEvent with the text committed, sent to the
    focused widget with sendEvent (so, not spontaneous), with no key press for it."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def test_typing_through_an_input_method_keeps_the_letter(qtbot: QtBot, tmp_path: Path) -> None:
    window = _event_window(qtbot, tmp_path, idle_ms=600)
    mode = window.event_controls.mode
    resets: list[int] = []
    window.event_controls.volunteer_changed.connect(resets.append)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    mode.reset_idle()
    words = "我们的小组每个月都在阿拉木图见面"
    # one character every 0.1 s for 2 s: far longer than the idle time and the countdown
    for char in words + words[:4]:
        _ime_commit(editor, char)
        qtbot.wait(100)
    assert resets == []
    assert words in editor.toPlainText()
    assert not mode.countdown_active

    # the countdown shows: a word typed through the input method keeps the letter
    qtbot.waitUntil(lambda: mode.countdown_active, timeout=5_000)
    assert mode.banner is not None
    assert mode.banner.isVisible()
    _ime_commit(editor, "。")
    assert not mode.countdown_active
    assert not mode.banner.isVisible()
    qtbot.wait(500)  # longer than the 300 ms countdown
    assert resets == []
    assert words + words[:4] + "。" in editor.toPlainText()


def test_an_empty_input_method_event_is_not_a_volunteer(qtbot: QtBot, tmp_path: Path) -> None:
    """An input method's reset (nothing typed, nothing being composed) is not someone at
    the laptop: the empty laptop is still made ready for the next volunteer."""
    window = _event_window(qtbot, tmp_path, idle_ms=300)
    mode = window.event_controls.mode
    qtbot.waitUntil(lambda: mode.countdown_active, timeout=5_000)
    QCoreApplication.sendEvent(window.editor, QInputMethodEvent())
    assert mode.countdown_active
    with qtbot.waitSignal(window.event_controls.volunteer_changed):
        pass

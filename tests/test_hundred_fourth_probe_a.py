"""Probe 104a: what a volunteer or organiser can type or paste into the real window.

A word of 200,000 characters pasted into the letter or the pack editor's summary (a link
or a line copied whole, a stuck key) froze the window for seconds on every key after it,
where a key before it took hundredths of a second; an event name pasted with a
right-to-left override turned the place and date after it backwards in the event
window's heading.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers, editor_discarded
from test_gui import find, open_window
from uawriter.gui.main_window import MainWindow


def _seconds_for_a_key(qtbot: QtBot, window: MainWindow, pasted: str) -> float:
    """Paste ``pasted`` at the end of the letter, then the seconds one more key takes to
    be typed and shown (what a volunteer waits for)."""
    editor = window.editor
    QApplication.clipboard().setText(pasted)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.paste()
    qtbot.wait(200)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    start = time.monotonic()
    qtbot.keyClick(editor, Qt.Key.Key_X)
    editor.viewport().repaint()
    QApplication.processEvents()
    return time.monotonic() - start


def test_f1_a_long_word_pasted_into_the_letter_does_not_freeze_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A volunteer pastes what she copied, and it is one word of 200,000 characters (a
    long link, a line of a spreadsheet without spaces, a key held down). The letter editor
    took it, and then every key she typed took seconds to appear (the whole line is laid
    out again, trying to break it at word ends first): a window that seems hung, at an
    evening where the next volunteer waits, until she finds the word and deletes it. A
    key in the letter before the paste takes a few hundredths of a second: after it, a key
    should still take well under a second (the paste cut to what a letter can print, as
    the sender's fields are, or the word broken anywhere)."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    qtbot.waitUntil(lambda: window.preview.pdf != b"", timeout=30_000)
    baseline = _seconds_for_a_key(qtbot, window, "I write from Pavlodar. ")
    one_word = _seconds_for_a_key(qtbot, window, "a" * 200_000)

    assert one_word < max(50 * baseline, 2.0), (
        f"a key after a 200,000-character word took {one_word:.2f} s; "
        f"in the letter before it {baseline:.2f} s"
    )
    # the word is broken with spaces where it was pasted, and she is told so
    assert "a" * 1_000 + " " + "a" * 1_000 in window.editor.toPlainText()
    assert "a" * 1_001 not in window.editor.toPlainText()
    assert "without a space" in window.statusBar().currentMessage()


def test_f1_a_long_word_pasted_into_a_packs_summary_does_not_freeze_the_editor(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The same word pasted by an organiser into the summary of a pack in the pack editor:
    the check refuses it ("at most 20,000"), but each key typed after it, to delete it
    too, took seconds, the editor seemingly hung. The box should stay as quick as before
    the paste."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    editor = window.pack_menu.new_pack()
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    summary = editor.text_edits["action.summary"]
    assert isinstance(summary, QPlainTextEdit)

    def seconds_for_a_key(pasted: str) -> float:
        QApplication.clipboard().setText(pasted)
        summary.setFocus()
        summary.moveCursor(summary.textCursor().MoveOperation.End)
        summary.paste()
        qtbot.wait(200)
        start = time.monotonic()
        qtbot.keyClick(summary, Qt.Key.Key_X)
        summary.viewport().repaint()
        QApplication.processEvents()
        return time.monotonic() - start

    baseline = seconds_for_a_key("A journalist was detained. ")
    one_word = seconds_for_a_key("a" * 200_000)

    assert one_word < max(50 * baseline, 2.0), (
        f"a key after a 200,000-character word took {one_word:.2f} s; "
        f"in the summary before it {baseline:.2f} s"
    )


def _in_reading_order(text: str, part: str) -> bool:
    """Whether ``part`` of ``text`` is laid out left to right (each letter to the right of
    the one before it), as Latin text reads."""
    layout = QTextLayout(text)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    # Qt counts UTF-16 units; the text here is all in the Basic Multilingual Plane
    start = text.index(part)
    xs = [line.cursorToX(start + i)[0] for i in range(len(part))]
    return xs == sorted(xs)


def test_f2_an_event_name_pasted_with_a_direction_override_does_not_turn_the_place_backwards(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser starts an event and pastes its name from a web page or a message that
    carries a right-to-left override (U+202E, invisible). The name is kept as typed, and
    in the event window's heading "name · place · date" the place and the date after it
    read backwards ("yrarbiL lartneC"): what is shown on the projector all evening. A pack,
    the address book and the tally read back all leave such characters out; the name
    typed into the Start an event dialog should lose them too."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)

    def fill(dialog: QWidget) -> None:
        QApplication.clipboard().setText("\u202eWrite for Rights")
        find(dialog, QLineEdit, "eventName").paste()
        qtbot.keyClicks(find(dialog, QLineEdit, "eventPlace"), "Central Library")
        qtbot.keyClicks(find(dialog, QLineEdit, "eventPin"), "4826")
        qtbot.keyClicks(find(dialog, QLineEdit, "eventPinAgain"), "4826")
        qtbot.mouseClick(find(dialog, QPushButton, "startEventButton"), Qt.MouseButton.LeftButton)

    answers.expect("startEventDialog", fill)
    window.event_controls.start_event()
    assert answers.seen == ["startEventDialog"]
    assert window.event_controls.mode.running

    heading = find(window.event_controls.show_event_window(), QLabel, "eventHeading").text()
    assert "Central Library" in heading
    assert _in_reading_order(heading, "Central Library"), repr(heading)

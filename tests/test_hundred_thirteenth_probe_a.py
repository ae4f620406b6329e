"""Probe 113a (issue 12, items 8, 10, 17): the regressions of probes 112a-c (an unsigned
volunteer's own turn, the letter kept for the organiser at Next volunteer, the draft
dialog's cut cells)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import details_for_replies, no
from qt_helpers import ModalAnswers
from test_evening import _export_all, type_text
from test_gui import find, open_window
from test_stack import _stack, _write
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook, letters_sent


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "data")
    yield win
    win.services.languages.set_language("en")


def _add_saying_no(qtbot: QtBot, window: MainWindow, answers: ModalAnswers) -> None:
    """Add to stack, answering No to "Did you write them?" (the letters stay hers)."""
    asked = answers.seen.count("otherDetailsStackQuestion")
    answers.expect("otherDetailsStackQuestion", no)
    if window.pack is not None and window.pack.action.rules:
        answers.expect("packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(find(window, QPushButton, "addToStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen.count("otherDetailsStackQuestion") > asked)


def test_f1_an_unsigned_volunteer_asked_twice_about_the_stack_is_counted_twice(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Dana stacks her UA 129/10 letters without a name, with her address for replies, and
    leaves. Farida types her own address, writes the same action's letters and presses Add
    to stack: asked whether she wrote the letters on the stack, she says No, and exports
    hers with Export… instead. She presses Add to stack once more (Dana's letters are still
    there), says No again, puts a typo in her letter right and exports it again. She wrote
    one letter to each official; the tally counts each twice (her second export is a new
    turn: every "No" starts one), so the evening's totals and the envelope table show
    letters no one wrote."""
    details_for_replies(window, "12 Baker Street", "dana@example.org")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    details_for_replies(window, "3 Oak Lane", "farida@example.org")
    _write(qtbot, window, SEED_ID)
    _add_saying_no(qtbot, window, answers)
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    first = _export_all(qtbot, window, answers, tmp_path / "first")
    _add_saying_no(qtbot, window, answers)
    editor = find(window, QPlainTextEdit, "letterEditor")
    editor.setFocus()
    type_text(editor, " Thank you.")
    second = _export_all(qtbot, window, answers, tmp_path / "second")
    assert len(first) == len(second)
    records = TallyBook(window.services.paths.tally_file).read().letters
    counted = letters_sent(records)
    assert len(counted) == len(first), [(r.turn, r.addressee_id) for r in records]

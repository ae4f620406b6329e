"""Probe 112a (issue 12, items 8, 17): the question a volunteer writing without a name is
asked when the stack's letters give other details for replies (probe 111c), in the
interface's other languages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import details_for_replies, no
from qt_helpers import ModalAnswers, type_path
from test_gui import find, open_window
from test_stack import TRAINING, _stack, _write
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook, letters_sent


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "data")
    yield win
    win.services.languages.set_language("en")


def _noting_no(said: list[str]) -> Callable[[QWidget], None]:
    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    return answer


@pytest.mark.parametrize("lang", ["ru", "ar", "kk", "es"])
def test_f1_the_other_details_question_names_the_stack_s_buttons_as_the_window_shows_them(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, lang: str
) -> None:
    """In the Russian interface Dana stacks the UA 129/10 letters without a name, with her
    address for replies; Erlan types his own address and adds the training action's
    letters. He is asked whether he wrote the letters on the stack, and told that if not
    he must first press «Напечатать всё…» or «Экспортировать всё…» under «Моя стопка»:
    the buttons under «Моя стопка» read «Напечатать все…» and «Экспортировать все…»
    (Arabic: "طباعة الكل…" for a button reading "اطبع الكل…"; Kazakh and Spanish too).
    A volunteer looking for the button the message names finds none of that name."""
    window.services.languages.set_language(lang)
    details_for_replies(window, "12 Baker Street", "dana@example.org")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    details_for_replies(window, "7 Elm Road", "erlan@example.org")
    _write(qtbot, window, TRAINING)
    said: list[str] = []
    answers.expect("otherDetailsStackQuestion", _noting_no(said))
    if window.pack is not None and window.pack.action.rules:
        answers.expect("packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(find(window, QPushButton, "addToStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    pane = window.stack_pane
    shown = [pane.print_button.text(), pane.export_button.text(), pane.title()]
    missing = [text for text in shown if text not in said[0]]
    assert not missing, (missing, said[0])


def _export_stack(qtbot: QtBot, window: MainWindow, answers: ModalAnswers, out: Path) -> None:
    """Export all… to the folder ``out``, its "done" closed."""
    out.mkdir()
    done = answers.seen.count("exportDone")
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    window.stack_pane.export_requested.emit()
    qtbot.waitUntil(lambda: answers.seen.count("exportDone") > done, timeout=30_000)
    qtbot.waitUntil(window.stack_pane.is_empty)


def test_f2_letters_of_the_unsigned_volunteer_who_said_no_are_counted_apart_from_the_last_s(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Outside event mode Dana stacks her three UA 129/10 letters without a name, with her
    address for replies. Farida sits down, types her own address, writes the same action's
    three letters and adds them to the stack: asked whether she wrote the letters on the
    stack, she says No, presses Export all… (Dana's go out with Dana's address), then adds
    hers and exports them. Six letters went to Kazakhstan's officials; the tally counts
    three: Farida's were counted in Dana's turn, as Dana's letters written again (a typo put
    right), so the evening's totals and the envelope table lose Dana's three letters."""
    details_for_replies(window, "12 Baker Street", "dana@example.org")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    hers = len(window.stack_pane.letters())
    details_for_replies(window, "3 Oak Lane", "farida@example.org")
    _write(qtbot, window, SEED_ID)
    answers.expect("otherDetailsStackQuestion", no)
    if window.pack is not None and window.pack.action.rules:
        answers.expect("packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(find(window, QPushButton, "addToStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "otherDetailsStackQuestion" in answers.seen)
    assert len(window.stack_pane.letters()) == hers
    _export_stack(qtbot, window, answers, tmp_path / "dana")
    _stack(qtbot, window, answers, SEED_ID)
    _export_stack(qtbot, window, answers, tmp_path / "farida")
    records = TallyBook(window.services.paths.tally_file).read().letters
    assert len(records) == 2 * hers, [r.turn for r in records]
    counted = letters_sent(records)
    assert len(counted) == 2 * hers, [(r.turn, r.addressee_id) for r in records]

"""Probe 86a: the regressions of ``LetterSession.edited`` counting a letter she left for
another official's (``LetterSession.left``). A volunteer makes the President's letter her
own (his name in the greeting), then reads the Prosecutor General's letter: her President
letter is kept aside. What happens next when nothing of hers is on screen?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import letter_to
from qt_helpers import ModalAnswers
from test_eighty_fifth_probe_b import GREETING, _away_and_back, _presidents_letter_made_her_own
from test_evening import _export_all, type_text
from test_gui import find, open_window
from test_stack import TRAINING, _stack
from uawriter.gui.main_window import MainWindow


def _point_off_and_on(window: MainWindow, row: int = 1) -> None:
    """She unticks a talking point to read the letter without it, then ticks it again:
    the letters are as they were."""
    item = window.letter_pane.points_list.item(row)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setCheckState(Qt.CheckState.Checked)


def _left_behind_by_a_point(qtbot: QtBot, window: MainWindow) -> None:
    """Her line in the Refugee Convention paragraph of the President's letter, his name in
    its greeting, then the Prosecutor General's letter, where she unticks that point: the
    President's letter she left is composed with the point, not the one to give back."""
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    editor = find(window, QPlainTextEdit, "letterEditor")
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("I remind you that") + len("I remind you"))
    editor.setTextCursor(cursor)
    type_text(editor, ", Mr President,")
    _presidents_letter_made_her_own(qtbot, window)
    window.letter_pane.points_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert window.session is not None
    assert window.session.text == window.session.base  # nothing of hers on screen


def test_f1_reset_on_the_letter_she_did_not_change_loses_the_one_she_did(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """On the Prosecutor General's letter, which she has not changed, she presses Reset
    (to be sure it is the template's). She is asked "Reset the letter? Your changes to the
    letter will be replaced by the template's text" -- she made none to it, so she says
    Yes -- and her President letter, kept aside with his name in the greeting, is gone:
    back on his row, and in what Export would send, his letter is the template's. Before,
    Reset on an unchanged letter did nothing."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    assert window.session is not None
    assert window.session.text == window.session.base  # nothing of hers on screen
    answers.expect("resetQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())

    window.menus.reset_action.trigger()

    assert GREETING in letter_to(window)


def test_f2_letters_on_the_stack_are_counted_twice_by_the_idle_countdown(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """She puts her letters (the President's with his name in the greeting, the
    Prosecutor General's, ...) on the stack, then unticks a talking point and ticks it again.
    The letters are the same, on the stack; the idle countdown counts twice as many as
    it will clear (``unsent_letters``): those on the stack, and the same again as
    "being written" because her President letter, stacked, is still kept aside."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    _stack(qtbot, window, answers, window.pack.id if window.pack else "")
    stacked = len(window.stack_pane.letters())
    assert stacked == len(window.selected_addressees())
    assert window.unsent_letters() == stacked
    before = [x.text for x in window.letters()]

    _point_off_and_on(window)

    assert [x.text for x in window.letters()] == before  # nothing new of hers
    assert window.unsent_letters() == stacked


def test_f3_another_action_keeps_a_stacked_letter_as_a_draft_to_send_again(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """Same evening: her letters on the stack, a point unticked and ticked again, she
    clicks the training action. She is asked "switchQuestion" as if her letter had not
    gone anywhere, and Yes keeps a draft of the letters already on her stack: back on UA
    129/10 it is offered, and taking it gives back the President letter she stacked, to
    be stacked or sent a second time."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    seed = window.pack.id if window.pack else ""
    _stack(qtbot, window, answers, seed)
    _point_off_and_on(window)
    answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())

    window.choose_pack(TRAINING)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == TRAINING)

    asked = "switchQuestion" in answers.seen
    kept = window.services.drafts.shelved_actions()
    window.drafts.clear_all()  # the window closes at the test's end without a question
    assert not asked
    assert not kept


def test_f4_exported_letters_are_counted_and_kept_as_unsent_after_a_point_ticked_again(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She exports her letters (the President's with his name in the greeting): they went.
    She unticks a talking point and ticks it again -- the same letters. The idle countdown
    now counts every ticked letter as one it will clear unsent, and clicking the training
    action asks "switchQuestion" and keeps the exported letters as a draft for UA 129/10,
    offered back to be sent a second time."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    assert _export_all(qtbot, window, answers, out)
    assert window.unsent_letters() == 0
    before = [x.text for x in window.letters()]

    _point_off_and_on(window)
    assert [x.text for x in window.letters()] == before  # the letters that went
    counted = window.unsent_letters()
    answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.choose_pack(TRAINING)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == TRAINING)
    asked = "switchQuestion" in answers.seen
    kept = window.services.drafts.shelved_actions()
    window.drafts.clear_all()  # the window closes at the test's end without a question

    assert counted == 0
    assert not asked
    assert not kept


def test_f5_another_action_asks_and_keeps_a_draft_that_gives_nothing_back(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """In the President's letter she also writes "I remind you, Mr President, that..." in
    the Refugee Convention paragraph, then reads the Prosecutor General's letter and
    unticks that point there (her line goes with it, as the status bar says). Her
    President letter, kept aside, is composed with the point, so it is not the one to give
    back now. Clicking the training action asks "switchQuestion" (her letter "kept for that
    action"), and back on UA 129/10 "draftOffer" offers it: Yes gives back the template's
    letters, and ticking the point again, the President's has no name in its greeting.
    She was told her letter was kept, twice, and nothing of it was."""
    window = event_evening
    _left_behind_by_a_point(qtbot, window)
    _away_and_back(qtbot, window, answers)
    window.letter_pane.points_list.item(1).setCheckState(Qt.CheckState.Checked)

    assert "draftOffer" not in answers.seen or GREETING in letter_to(window)


def test_f6_closing_asks_to_keep_a_letter_and_the_draft_gives_nothing_back(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """At home, not at an event: the same letters as above (her line in the Refugee
    Convention paragraph of the President's letter, his name in its greeting; the point
    unticked on the Prosecutor General's). She closes UA Writer: "closeQuestion" asks
    whether to keep her letter, and she saves it. Next start offers the draft
    ("draftOffer"); taking it and ticking the point again, the President's letter is the
    template's: what she chose to keep was not kept."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    _left_behind_by_a_point(qtbot, window)
    answers.expect("closeQuestion", lambda box: box.button(QMessageBox.StandardButton.Save).click())
    window.close()
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())

    again = open_window(qtbot, data)
    qtbot.waitUntil(lambda: again.session is not None and again.session.pack.id == SEED_ID)
    again.letter_pane.points_list.item(1).setCheckState(Qt.CheckState.Checked)
    kept = GREETING in letter_to(again)
    again.unexported = False

    assert "closeQuestion" not in answers.seen or kept

"""Probe 85b: an unlucky event evening. A volunteer makes the President's letter her own
(his name in the greeting), then clicks the Prosecutor General's row to read his letter:
her line cannot be carried into his, so the window keeps her President letter set aside
(``LetterSession.left``) and shows the Prosecutor's letter unchanged. From there, every
guard that asks before a letter is lost looks only at the letter on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QToolButton
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import letter_to
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import find
from test_stack import TRAINING
from uawriter.gui.main_window import MainWindow

GREETING = "Dear President Nazarbaev,"


def _presidents_letter_made_her_own(qtbot: QtBot, window: MainWindow) -> None:
    """She signs, types the President's name into his greeting, then clicks the
    Prosecutor General's row to read his letter. Her President letter is one she would
    send: Export now sends it with her greeting."""
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    name_box = find(window, QLineEdit, "senderName")
    name_box.setFocus()
    type_text(name_box, "Layla Haddad")
    window.sender_pane.flush()
    editor = find(window, QPlainTextEdit, "letterEditor")
    qtbot.waitUntil(lambda: "Layla Haddad" in editor.toPlainText())
    assert window.addressees_pane.current() is not None
    assert window.addressees_pane.current().id == "president"
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("Dear President,") + len("Dear President"))
    editor.setTextCursor(cursor)
    type_text(editor, " Nazarbaev")
    qtbot.waitUntil(lambda: GREETING in editor.toPlainText())
    window.addressees_pane.addressee_list.setCurrentRow(1)  # the Prosecutor General
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.addressee.id == "prosecutor-general"
    assert GREETING not in editor.toPlainText()
    assert GREETING in letter_to(window)  # what Export would send now


def _away_and_back(qtbot: QtBot, window: MainWindow, answers: ModalAnswers) -> None:
    """The training action, then UA 129/10 again: Yes to keeping her letter for it, and
    Yes to taking it back."""
    answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())

    window.choose_pack(TRAINING)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == TRAINING)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)


def test_f1_changing_the_letter_language_loses_a_set_aside_letter_unasked(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """She then picks Russian as the letter's language. With her greeting on screen the
    window asks "Change the letter's language? … your changes to it will be lost"; with it
    in the President's letter, kept aside, nothing is asked and it is gone: back on the
    President's row his letter is the template's, his name no longer in the greeting. A
    volunteer who wanted to see the Russian letter, and would have said No, loses her
    work without a word."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    answers.expect(
        "languageQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click()
    )

    window.options_pane.select_language("ru")
    window._letter_language_chosen("ru")

    assert "languageQuestion" in answers.seen
    assert window.session is not None
    assert window.session.lang == "en"  # she said No: her letter as it was
    assert GREETING in letter_to(window)


def test_f2_choosing_another_action_loses_a_set_aside_letter_unasked(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """She then clicks the training action in the list. A letter edited on screen is
    asked about ("switchQuestion") and kept for its action, offered back when she
    returns; her President letter, kept aside, is neither: it is dropped unasked, and
    back on UA 129/10 nothing is offered and his letter is the template's."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    _away_and_back(qtbot, window, answers)

    assert "switchQuestion" in answers.seen
    assert GREETING in letter_to(window)


def test_f3_next_volunteer_clears_a_set_aside_letter_unasked(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """She presses Next volunteer (by mistake, or thinking her letters went). "This letter
    was neither printed nor exported. Clear it…?" is asked for a letter edited on screen,
    not for her President letter kept aside: it is cleared unasked. The idle countdown, too,
    counts 0 letters it will clear (``unsent_letters``), so its banner says nothing of
    hers."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    assert window.unsent_letters() >= 1
    answers.expect(
        "nextVolunteerQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click()
    )

    qtbot.mouseClick(find(window, QToolButton, "nextVolunteerButton"), Qt.MouseButton.LeftButton)

    assert "nextVolunteerQuestion" in answers.seen
    assert GREETING in letter_to(window)


def test_f4_closing_at_the_event_clears_a_set_aside_letter_unasked(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """She presses Ctrl+Q (or the window's close button) by mistake. With a letter edited
    on screen the window asks first ("closeAtEventQuestion", and No keeps it open); with
    her President letter kept aside it closes at once, and her letter is gone."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    answers.expect("closeAtEventQuestion", lambda box: box.reject())  # No: stay

    window.close()

    assert "closeAtEventQuestion" in answers.seen
    assert window.isVisible()

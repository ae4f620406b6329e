"""Probe 66b: four findings on ea7509b, each test failing on it; all four fixed.

P66b-F1  At an event, "Next volunteer" clears a letter the volunteer set aside for another
         action without asking: she wrote for UA 129/10, chose the training action ("Start
         another letter?" Yes: "the current one stays saved as a draft"), and pressed Next
         volunteer before typing there. No "Clear this letter?" is asked (it is asked for a
         letter shown, and since probe 65b closing the window asks for a set-aside one), and
         her letter is deleted.
P66b-F2  The lines she wrote into one addressee's letter that could not be carried to the
         next (her own greeting to the President) are kept in memory only (``session.left``),
         not in the autosaved draft: after a crash the President's letter goes out with the
         template's greeting, her words gone.
P66b-F3  A letter set aside for another action is deleted from disk when it is offered back
         ("Continue it?"), before she answers, and is not saved again once taken: while the
         question is open, and after Yes until she types, a flat battery or kill loses it.
P66b-F4  Event > Start an event... clears the letter being written (typed, autosaved, not
         sent) without a question: the organiser's own letter, its draft, is gone.

Fixed: a set-aside letter counts as one not sent (Next volunteer and the idle banner);
the letters left with lines of hers go in the draft (``Draft.left``) and come back with it;
a set-aside letter leaves its slot only once saved as the current one (or let go); Start
an event asks "Clear this letter?" first, as Next volunteer does, and No starts no event.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID
from letter_steps import holding as _holding
from letter_steps import no as _no
from letter_steps import yes as _yes
from qt_helpers import ModalAnswers
from test_evening import _event_window, type_text
from test_gui import click_item, find, open_window
from uawriter.gui.main_window import MainWindow


def _type_at_end(window: MainWindow, text: str) -> None:
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, text)


# ------------------ P66b-F1: Next volunteer deletes a set-aside letter without asking


def test_f1_next_volunteer_asks_before_clearing_a_letter_set_aside(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    window = _event_window(qtbot, tmp_path)
    _type_at_end(window, " Alice Sadykova of 12 Rose Lane adds this.")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    answers.expect("switchQuestion", _yes)
    window.choose_pack(TRAINING_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == TRAINING_ID)
    assert window.services.drafts.shelved_actions() == [SEED_ID]

    asked: list[str] = []
    answers.expect(
        "nextVolunteerQuestion",
        lambda box: (
            asked.append(box.text()),
            box.button(QMessageBox.StandardButton.No).click(),
        ),
    )
    window.event_controls.next_volunteer(ask_first=True)  # the Next volunteer button
    answers.pending.clear()
    kept = window.services.drafts.shelved_actions()
    window.drafts.clear_all()  # (not asked again as the window closes)
    assert (len(asked), kept) == (1, [SEED_ID]), (
        f"asked {asked}; her set-aside letter after 'No': {kept}"
    )


# ------------------ P66b-F2: her lines in another addressee's letter lost in a crash


def test_f2_lines_left_in_another_addressees_letter_survive_a_crash(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.lang == "kk")
    president = window.pack.addressees[0]
    found = window.editor.document().find(president.salutation.get("kk"))
    cursor = window.editor.textCursor()
    cursor.setPosition(found.selectionEnd())
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    type_text(window.editor, " and dear friend Nursultan")  # her own greeting to him
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    click_item(qtbot, window.addressees_pane.addressee_list, 1)
    qtbot.waitUntil(lambda: window.session.addressee.id == "prosecutor-general")
    before = {x.addressee.id: x.text for x in window.letters()}
    assert "dear friend Nursultan" in before["president"]  # kept, while the window runs
    qtbot.waitUntil(lambda: bool(_holding(data / "drafts", "prosecutor")), timeout=5_000)

    # the laptop dies here; the next start offers the draft back, and she takes it
    window.unexported = False  # (this window is left as the crash left it)
    answers.expect("draftOffer", _yes)
    second = open_window(qtbot, data)
    qtbot.waitUntil(
        lambda: second.session is not None and second.session.addressee.id == "prosecutor-general",
        timeout=10_000,
    )
    after = {x.addressee.id: x.text for x in second.letters()}
    assert "dear friend Nursultan" in after["president"], after["president"][:300]


# ------------------ P66b-F3: a set-aside letter on no file while it is offered back


def test_f3_a_set_aside_letter_is_on_disk_while_offered_and_once_taken_back(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.lang == "kk")
    _type_at_end(window, " AIGERIMS OWN WORDS.")
    qtbot.waitUntil(lambda: bool(_holding(data, "AIGERIMS OWN WORDS")), timeout=5_000)
    answers.expect("switchQuestion", _yes)
    window.choose_pack(TRAINING_ID)  # set aside: "stays saved as a draft"
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == TRAINING_ID)
    _type_at_end(window, " Training words.")
    qtbot.waitUntil(lambda: bool(_holding(data, "Training words")), timeout=5_000)
    assert _holding(data, "AIGERIMS OWN WORDS")  # in its action's slot

    while_offered: list[list[str]] = []

    def take_it_back(box: QWidget) -> None:
        while_offered.append(_holding(data, "AIGERIMS OWN WORDS"))  # a kill here leaves this
        _yes(box)

    answers.expect("switchQuestion", _yes)  # the training letter set aside in turn
    answers.expect("draftOffer", take_it_back)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    assert "AIGERIMS OWN WORDS" in window.editor.toPlainText()
    qtbot.wait(1_500)  # past the autosave's second: she reads her letter, the battery dies
    once_taken = _holding(data, "AIGERIMS OWN WORDS")
    window.unexported = False
    on_disk = (bool(while_offered) and all(while_offered), bool(once_taken))
    assert on_disk == (True, True), (
        f"files holding her letter while offered: {while_offered}; once taken: {once_taken}"
    )


# ------------------ P66b-F4: Start an event clears the letter being written, unasked


def test_f4_starting_an_event_does_not_clear_an_unsent_letter_unasked(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.lang == "kk")
    _type_at_end(window, " THE ORGANISERS OWN LETTER.")
    qtbot.waitUntil(lambda: bool(_holding(data, "THE ORGANISERS OWN LETTER")), timeout=5_000)

    def fill(dialog: QWidget) -> None:
        qtbot.keyClicks(find(dialog, QLineEdit, "eventPin"), "4826")
        qtbot.keyClicks(find(dialog, QLineEdit, "eventPinAgain"), "4826")
        qtbot.mouseClick(find(dialog, QPushButton, "startEventButton"), Qt.MouseButton.LeftButton)

    asked: list[str] = []
    answers.expect("nextVolunteerQuestion", lambda box: (asked.append("No"), _no(box)))
    window.event_controls.start_event()  # Event > Start an event...: No, not cleared
    assert asked == ["No"]
    assert not window.event_controls.mode.running
    assert "THE ORGANISERS OWN LETTER" in window.editor.toPlainText()
    assert _holding(data, "THE ORGANISERS OWN LETTER")

    answers.expect("nextVolunteerQuestion", lambda box: (asked.append("Yes"), _yes(box)))
    answers.expect("startEventDialog", fill)
    window.event_controls.start_event()  # Yes: cleared for the first volunteer
    qtbot.waitUntil(lambda: window.event_controls.mode.running)
    if window.event_controls.event_window is not None:
        window.event_controls.event_window.close()
    assert asked == ["No", "Yes"]
    assert "THE ORGANISERS OWN LETTER" not in window.editor.toPlainText()
    assert not _holding(data, "THE ORGANISERS OWN LETTER")


# ------------------ noted by the probe: Ctrl+Z after a point unticked


def test_ctrl_z_after_a_point_unticked_does_not_bring_its_paragraph_back_unticked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The paragraph came back with its point still unticked: it went into every letter as
    her own words, while the list said it was left out."""
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.lang == "kk")
    _type_at_end(window, " Her words.")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    pack = window.pack
    assert pack is not None
    point = pack.talking_points[1]
    paragraph = point.text.get("kk").strip()
    assert paragraph in window.editor.toPlainText()
    item = window.letter_pane.points_list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: point.id not in window.session.points)
    assert paragraph not in window.editor.toPlainText()

    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    shown = paragraph in window.editor.toPlainText()
    ticked = item.checkState() == Qt.CheckState.Checked
    window.unexported = False
    assert shown == ticked, (shown, ticked)
    assert "Her words." in window.editor.toPlainText()


def test_at_an_event_the_letters_left_are_kept_in_the_draft_without_her_details(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The letters she left (Draft.left) are saved with her words but, at an event, never
    with her name or address: the draft on disk holds no volunteer's details."""
    data = tmp_path / "data"
    window = _event_window(qtbot, tmp_path)
    president = window.pack.addressees[0]
    found = window.editor.document().find(president.salutation.get("kk"))
    cursor = window.editor.textCursor()
    cursor.setPosition(found.selectionEnd())
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    type_text(window.editor, " and dear friend Nursultan")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    click_item(qtbot, window.addressees_pane.addressee_list, 1)
    qtbot.waitUntil(lambda: window.session.addressee.id == "prosecutor-general")
    window.sender_pane.sender_name.setFocus()
    qtbot.keyClicks(window.sender_pane.sender_name, "Zarina Qwertyuiop")
    qtbot.waitUntil(lambda: "Zarina Qwertyuiop" in window.editor.toPlainText())
    assert "Zarina Qwertyuiop" in {x.addressee.id: x.text for x in window.letters()}["president"]
    window.drafts.save()
    assert _holding(data / "drafts", "dear friend Nursultan")  # her words, kept
    assert _holding(data / "drafts", "Zarina Qwertyuiop") == []  # not her name
    window.unexported = False

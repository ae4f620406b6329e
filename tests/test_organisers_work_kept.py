"""Probe 31 F2: the organiser typed a new pack in the pack editor and was called to the
door; the idle reset closed the editor, and everything typed was gone without a question.
The reset puts the organiser's work away until their PIN is typed again (a volunteer's
dialog is still closed: test_evening.test_the_idle_reset_closes_a_dialog_left_open)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from helpers import SEED_ID
from qt_helpers import ModalAnswers
from test_evening import _at_an_event
from test_gui import open_window
from uawriter.gui.event_window import EventWindow
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor

PIN = "2468"  # the one _at_an_event sets


def _give_pin(dialog: QWidget) -> None:
    field = dialog.findChild(QLineEdit, "organiserPin")
    assert field is not None
    field.setText(PIN)
    dialog.accept()  # type: ignore[attr-defined]


def _counts_being_typed(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, handwritten: int = 0
) -> tuple[MainWindow, EventWindow, QDialog, QSpinBox]:
    """The organiser, PIN given, opens Add counts and types ``handwritten`` letters for the
    seed's action: the window, the event window, the dialog and that figure's box."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    totals = window.event_controls.show_event_window()
    totals.add_counts_button.click()
    dialog = totals.findChild(QDialog, "extraCountsDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    box = dialog.findChild(QSpinBox, f"extraCount:{SEED_ID}:handwritten")
    assert box is not None
    box.setValue(handwritten)
    return window, totals, dialog, box


def test_a_pack_being_made_is_put_away_at_the_idle_reset_and_comes_back_with_the_pin(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    assert window.event_controls.unlocked
    editor = window.pack_menu.new_pack()
    assert isinstance(editor, PackEditor)
    editor.field_edits["id"].setText("ua-77-26-our-section")
    editor.text_edits["action.title"].setText("Journalist held incommunicado")

    window.event_controls.mode.next_volunteer_due.emit()  # nobody touched the laptop

    assert not editor.isVisible()
    assert not window.event_controls.unlocked
    assert window.isEnabled()
    assert not list((tmp_path / "data" / "packs").glob("*"))  # nothing saved behind their back

    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()

    qtbot.waitUntil(editor.isVisible)
    assert editor.field_edits["id"].text() == "ua-77-26-our-section"
    assert editor.text_edits["action.title"].text() == "Journalist held incommunicado"
    assert window.statusBar().currentMessage().startswith("What you were working on is back")
    editor.discard()
    window.unexported = False


def test_an_urgent_action_pasted_for_a_draft_is_put_away_too(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Probe 32 F6: the draft dialog, with today's UA pasted in, was still closed."""
    from PySide6.QtWidgets import QPlainTextEdit

    from uawriter.gui.draft_dialog import DraftDialog

    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    dialog = window.pack_menu.draft_pack()
    assert isinstance(dialog, DraftDialog)
    source = dialog.findChild(QPlainTextEdit, "draftSource")
    assert source is not None
    source.setPlainText("URGENT ACTION\nJOURNALIST HELD INCOMMUNICADO")

    window.event_controls.mode.next_volunteer_due.emit()
    assert not dialog.isVisible()
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()

    qtbot.waitUntil(dialog.isVisible)
    assert source.toPlainText() == "URGENT ACTION\nJOURNALIST HELD INCOMMUNICADO"
    dialog.reject()
    window.unexported = False


def test_closing_the_window_with_the_organisers_work_put_away_asks_first(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Put away, the editor no longer kept the window from closing: the next volunteer
    quit, and the organiser's pack was gone without a question (probe 32 F6)."""
    from PySide6.QtWidgets import QMessageBox

    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    editor = window.pack_menu.new_pack()
    editor.field_edits["id"].setText("ua-77-26-our-section")
    window.event_controls.mode.next_volunteer_due.emit()
    assert not editor.isVisible()

    answers.expect("putAwayQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert not window.close()
    assert window.isVisible()

    answers.expect(
        "putAwayQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    window.unexported = False
    assert window.close()


def test_hand_counts_being_typed_are_put_away_too(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The organiser typed tonight's 40 handwritten letters into Add counts and was called
    away: the reset closed the dialog (run by ``exec``) and the figures typed were gone."""
    from PySide6.QtWidgets import QPushButton

    from uawriter.storage.tally import TallyBook

    window, totals, dialog, handwritten = _counts_being_typed(qtbot, answers, tmp_path, 40)

    window.event_controls.mode.next_volunteer_due.emit()
    assert not dialog.isVisible()
    assert not window.event_controls.unlocked
    assert TallyBook(window.services.paths.tally_file).read().extras == ()

    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    qtbot.waitUntil(dialog.isVisible)
    assert handwritten.value() == 40
    add = dialog.findChild(QPushButton, "addExtraCountsButton")
    assert add is not None
    with qtbot.waitSignal(totals.refreshed, timeout=30_000):
        add.click()
    extras = TallyBook(window.services.paths.tally_file).read().extras
    assert [(e.pack_id, e.count) for e in extras] == [(SEED_ID, 40)]
    assert totals.status.text() == "1 count added to the tally of Write for Rights."
    window.unexported = False


def test_locking_the_organiser_tools_puts_hand_counts_away(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Probe 34 F4: Add counts, opened rather than run, stayed open and working after
    Lock organiser tools: the next volunteer could add counts without the PIN."""
    window, _totals, dialog, handwritten = _counts_being_typed(qtbot, answers, tmp_path, 12)

    window.event_controls.unlock()  # Lock organiser tools

    assert not window.event_controls.unlocked
    assert not dialog.isVisible()
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    qtbot.waitUntil(dialog.isVisible)
    assert handwritten.value() == 12
    dialog.reject()  # type: ignore[attr-defined]
    window.unexported = False


def test_closing_the_window_closes_the_hand_counts_dialog(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Probe 34 F12: closed with Add counts open, the window went, the dialog stayed as the
    app's last window, and the app never ended."""
    window, _totals, _dialog, _box = _counts_being_typed(qtbot, answers, tmp_path)
    window.unexported = False

    assert window.close()

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert shown == []


def test_hand_counts_put_away_come_back_at_the_end_of_their_event_and_go_to_it(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The organiser typed tonight's handwritten letters, locked the tools, then ended the
    event (with the PIN): the dialog comes back, named for tonight, and counts into it."""
    from PySide6.QtWidgets import QPushButton

    from uawriter.storage.tally import TallyBook

    window, totals, dialog, handwritten = _counts_being_typed(qtbot, answers, tmp_path, 9)
    tonight = window.event_controls.mode.info
    assert tonight is not None
    window.event_controls.unlock()  # Lock organiser tools
    assert not dialog.isVisible()

    answers.expect("organiserPinDialog", _give_pin)
    assert window.event_controls.mode.end_event(window)

    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Add counts — Write for Rights"
    assert handwritten.value() == 9
    add = dialog.findChild(QPushButton, "addExtraCountsButton")
    assert add is not None
    with qtbot.waitSignal(totals.refreshed, timeout=30_000):
        add.click()
    extras = TallyBook(window.services.paths.tally_file).read().extras
    assert [(e.count, e.event_id) for e in extras] == [(9, tonight.id)]
    window.unexported = False


@pytest.mark.parametrize("locked_first", [True, False], ids=["put-away", "left-open"])
def test_hand_counts_of_an_ended_event_never_reach_the_next(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, locked_first: bool
) -> None:
    """Probe 36 F2: Add counts, put away by Lock (or left open) over End event, was still
    open when the next event started: its volunteers could add hand counts without the
    PIN, and they went into last night's event. The next event closes it, and says that
    the counts typed there were not added."""
    from uawriter.storage.tally import EventInfo, TallyBook

    window, totals, dialog, _handwritten = _counts_being_typed(qtbot, answers, tmp_path, 7)
    controls = window.event_controls
    if locked_first:
        controls.unlock()  # Lock organiser tools
    answers.expect("organiserPinDialog", _give_pin)
    assert controls.mode.end_event(window)
    qtbot.waitUntil(dialog.isVisible)

    controls.mode.start(EventInfo.new("Night two"), PIN, 10)

    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert not controls.holds_put_away()
    assert "Write for Rights were not added" in totals.status.text()
    assert "Night two started" in totals.status.text()
    answers.expect("organiserPinDialog", _give_pin)
    controls.unlock()
    assert controls.unlocked
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert shown == []
    assert TallyBook(window.services.paths.tally_file).read().extras == ()
    window.unexported = False


def test_the_organisers_work_left_open_is_put_away_when_an_event_starts(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A pack left open in the editor when the organiser started the evening stayed open
    to its first volunteers, with the tools locked: the event starts locked, so it is put
    away until the PIN."""
    from uawriter.storage.tally import EventInfo

    window = open_window(qtbot, tmp_path / "data")
    editor = window.pack_menu.new_pack()
    assert isinstance(editor, PackEditor)
    editor.field_edits["id"].setText("ua-77-26-our-section")

    window.event_controls.mode.start(EventInfo.new("Write for Rights"), PIN, 10)

    assert not editor.isVisible()
    assert not window.event_controls.organiser_allowed()
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    qtbot.waitUntil(editor.isVisible)
    assert editor.field_edits["id"].text() == "ua-77-26-our-section"
    editor.discard()
    window.unexported = False


def test_hand_counts_typed_outside_an_event_are_kept_when_one_starts(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Probe 39 F10: counts typed into Add counts with no event running were thrown away
    when an event started, the window saying "Event without a name … had ended". They are
    of no event: put away until the PIN, as the event starts locked, and kept."""
    from uawriter.storage.tally import EventInfo

    window = open_window(qtbot, tmp_path / "data")
    totals = window.event_controls.show_event_window()
    dialog = totals.add_counts()
    qtbot.waitUntil(dialog.isVisible)
    dialog.spin(SEED_ID, next(iter(dialog.spins))[1]).setValue(5)

    window.event_controls.mode.start(EventInfo.new("Write for Rights"), PIN, 10)

    assert not dialog.isVisible()
    assert "not added" not in totals.status.text()
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    qtbot.waitUntil(dialog.isVisible)
    assert sum(count.count for count in dialog.counts()) == 5
    dialog.reject()
    window.unexported = False

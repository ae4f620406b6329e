"""Probe 71b: one finding on the current main, its tests failing on it; fixed.

P71b-F1  At an event, she clicks Export after the action was replaced (or removed) beside
         the window, and walks away from "This action has changed": the idle reset clears
         the window for the next volunteer, and then her letter, captured before the
         warning, is put back on screen (her words in it, her signature line named in the
         status bar).

Fixed: a letter held across the warning is dropped if the window was cleared for the next
volunteer meanwhile.

Guarded since for every question at once: the reset clears only after the code that
asked has returned (gui/modal.py, tests/test_modal_waits.py).
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import edit_manifest
from letter_steps import my_pack as _my_pack
from qt_helpers import ModalAnswers
from test_evening import _event_window, type_text
from uawriter.gui.main_window import MainWindow


def _write_as_aigerim(qtbot: QtBot, window: MainWindow) -> None:
    """Her name and address, her signature line "Aigerim Bekova (nurse)", and a line of
    her own in the body: "My son Daniyar zebra words."."""
    window.sender_pane.sender_name.setFocus()
    qtbot.keyClicks(window.sender_pane.sender_name, "Aigerim Bekova")
    window.sender_pane.sender_address.setFocus()
    qtbot.keyClicks(window.sender_pane.sender_address, "12 Rose Lane")
    qtbot.waitUntil(lambda: "Rose Lane" in window.editor.toPlainText(), timeout=5_000)
    text = window.editor.toPlainText()
    cursor = window.editor.textCursor()
    cursor.setPosition(text.rindex("Aigerim Bekova") + len("Aigerim Bekova"))
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    type_text(window.editor, " (nurse)")
    where = window.editor.document().find("шақырамын.")
    cursor.setPosition(where.selectionEnd())
    window.editor.setTextCursor(cursor)
    type_text(window.editor, " My son Daniyar zebra words.")
    qtbot.waitUntil(lambda: "Daniyar" in window.session.text and "(nurse)" in window.session.text)


def _export_and_walk_away(qtbot: QtBot, window: MainWindow) -> None:
    """Export; "This action has changed" is left open; the idle reset runs under it."""
    numbers: list[int] = []
    window.event_controls.volunteer_changed.connect(numbers.append)
    window.export_letters()  # returns once the warning is closed (by the reset)
    qtbot.waitUntil(lambda: bool(numbers), timeout=15_000)
    qtbot.wait(1_500)  # an autosave, if one is due


def test_f1_idle_reset_under_the_action_changed_warning_puts_her_letter_back(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    mine = _my_pack(tmp_path / "data")
    window = _event_window(qtbot, tmp_path, idle_ms=2_500)
    window.choose_pack("my-pack")
    qtbot.waitUntil(lambda: window.session.pack.id == "my-pack")
    _write_as_aigerim(qtbot, window)
    # the organiser installs revision 2 beside the window (a corrected fax number)
    edit_manifest(mine, "revision = 1", "revision = 2")
    edit_manifest(mine, 'fax = "+7 7172 72 05 16"', 'fax = "+7 7172 72 05 17"')
    _export_and_walk_away(qtbot, window)
    # the next volunteer sits down: nothing of Aigerim's on screen
    text = window.editor.toPlainText()
    status = window.statusBar().currentMessage()
    window.unexported = False
    window.drafts.clear_all()
    assert ("Daniyar" in text, "Aigerim" in status) == (False, False), status

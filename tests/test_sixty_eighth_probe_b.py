"""Probe 68b: three findings on fe20127, each test failing on it; all three fixed.

P68b-F1  A letter set aside for another action, taken back on a corrected revision: the
         status bar's minute-long note of the lines of hers left out is replaced at once by
         "Draft saved" (choose_pack saves the draft right after restoring it).
P68b-F2  At an event, a revision found at Export: the letter is made again from the draft
         as written to disk, without her details: her signature line "Aigerim Bekova
         (nurse)" loses "(nurse)", with nothing said.
P68b-F3  A letter set aside, then a crash before she types in the next action: the same
         letter is in drafts/current.json and in its action's slot; taken back, it is
         counted twice as unsent, and once exported it is still kept and offered again.

Fixed: the draft taken back is saved without "Draft saved"; the letter made again from a
pack read again uses the draft with her details (in memory only, never written); a letter
set aside leaves the current draft (it is in its slot).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, edit_manifest
from letter_steps import choose as _choose
from letter_steps import holding as _holding
from letter_steps import my_pack as _my_pack
from letter_steps import type_after as _type_after
from letter_steps import yes as _yes
from qt_helpers import ModalAnswers, type_path
from test_evening import _event_window, type_text
from test_gui import find, open_window
from uawriter.gui.main_window import MainWindow


def _greet_the_president(window: MainWindow) -> None:
    assert window.session is not None
    assert window.pack is not None
    president = window.pack.addressees[0]
    _type_after(window, president.salutation.get(window.session.lang), " and dear friend")


def _said(window: MainWindow, words: str) -> bool:
    return words in window.editor.toPlainText() or words in window.statusBar().currentMessage()


def test_f1_set_aside_letter_on_a_revision_says_what_was_left_out(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    mine = _my_pack(data)
    window = open_window(qtbot, data)
    _choose(qtbot, window, "my-pack")
    _greet_the_president(window)
    qtbot.waitUntil(lambda: window.session.edited)
    answers.expect("switchQuestion", _yes)
    _choose(qtbot, window, SEED_ID)
    assert (data / "drafts" / "actions" / "my-pack.json").exists()
    window.close()
    # revision 2 greets the President by name: her greeting line cannot be carried
    edit_manifest(mine, "revision = 1", "revision = 2")
    edit_manifest(mine, 'kk = "Құрметті Президент мырза"', 'kk = "Құрметті Президент Тоқаев мырза"')
    answers.expect("draftOffer", _yes)
    window = open_window(qtbot, data)
    _choose(qtbot, window, "my-pack")  # the first action: chosen at start, her letter offered
    qtbot.waitUntil(lambda: "draftOffer" in answers.seen, timeout=5000)
    assert window.session.pack.revision == 2
    status = window.statusBar().currentMessage()
    said = _said(window, "dear friend")
    window.unexported = False
    assert said, status


def _sign_as_nurse(qtbot: QtBot, window: MainWindow) -> None:
    """Her name and address typed; her signature line "Aigerim Bekova (nurse)"."""
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
    qtbot.waitUntil(lambda: "(nurse)" in window.session.text)


def test_f2_at_an_event_a_revision_found_at_export_keeps_her_signature(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    mine = _my_pack(tmp_path / "data")
    window = _event_window(qtbot, tmp_path)
    _choose(qtbot, window, "my-pack")
    _sign_as_nurse(qtbot, window)
    _greet_the_president(window)
    # the organiser installs revision 2 beside the window: a new fax number for the President
    edit_manifest(mine, "revision = 1", "revision = 2")
    edit_manifest(mine, 'fax = "+7 7172 72 05 16"', 'fax = "+7 7172 72 05 17"')
    answers.expect("warning", lambda box: box.accept())
    window.export_letters()
    qtbot.waitUntil(lambda: "warning" in answers.seen, timeout=5_000)
    assert window.session.pack.revision == 2
    text = window.session.text
    status = window.statusBar().currentMessage()
    window.unexported = False
    assert "dear friend" in text
    assert "Aigerim Bekova (nurse)" in text or "(nurse)" in status, (status, text[-300:])


def test_f3_a_letter_set_aside_then_a_crash_is_not_offered_again_once_exported(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    _my_pack(data)
    window = open_window(qtbot, data)
    _choose(qtbot, window, "my-pack")
    _type_after(window, "Құрметпен,", " zebra words")
    qtbot.waitUntil(lambda: bool(_holding(data / "drafts", "zebra words")), timeout=5_000)
    answers.expect("switchQuestion", _yes)
    _choose(qtbot, window, SEED_ID)  # set aside; she reads the next action...
    window.unexported = False  # ...and the laptop dies before she types in it
    answers.expect("draftOffer", _yes)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: "draftOffer" in answers.seen and window.session.pack.id == "my-pack")
    counted = window.unsent_letters()
    out = tmp_path / "letters"
    out.mkdir()
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exportDone" in answers.seen, timeout=30_000)
    still_kept = _holding(data / "drafts", "zebra words")
    unsent_after = window.has_unsent_letter()
    assert (counted, still_kept, unsent_after) == (3, [], False)

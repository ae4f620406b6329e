"""Probe 67b: three findings on f6bd642, each test failing on it; all three fixed.

P67b-F1  At an event the autosaved draft holds the volunteer's name and address: she signed
         "Aigerim Bekova (nurse)" and greeted the President in her own words, then went to
         the Prosecutor General's letter. The President's letter, left with her greeting
         (``Draft.left``), is written to drafts/current.json with her name and address in
         all four of its texts: when her lines cannot be replayed without her details,
         ``Left.rebased`` keeps the letter as it was, details and all.
P67b-F2  A draft resumed after a corrected revision removed its addressee goes to another
         official with the removed one's inside address and greeting: her greeting to the
         President, then a crash; revision 2 no longer lists the President; "Continue it?"
         Yes: the letter to the Prosecutor General (his fax, his tally line) reads
         "Nursultan Nazarbaev, President of Kazakhstan ... Dear President".
P67b-F3  A draft resumed after a corrected revision named a new official keeps the old
         one's name: her greeting to the President, then a crash; revision 2 names
         Kassym-Jomart Tokayev and greets him by name; "Continue it?" Yes: the letter still
         reads "Nursultan Nazarbaev", with nothing said (the whole draft text is kept when
         one edited line cannot be replayed).

Fixed: a draft keeps only the letters left that follow her details as they are now (at an
event, none with hers); a draft resumed on a revision is the letter the revision writes,
to the official the window shows, her edits replayed on it, and the lines of hers it
changed too left out and said in the status bar, as when another addressee is chosen.
"""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import edit_manifest
from letter_steps import holding as _holding
from letter_steps import my_pack as _my_pack
from letter_steps import type_after as _type_after
from letter_steps import yes as _yes
from qt_helpers import ModalAnswers
from test_evening import _event_window, type_text
from test_gui import click_item, open_window
from uawriter.gui.main_window import MainWindow


def _greet_the_president(window: MainWindow) -> None:
    assert window.session is not None
    assert window.pack is not None
    president = window.pack.addressees[0]
    _type_after(window, president.salutation.get(window.session.lang), " and dear friend")


def _draft_then_crash(qtbot: QtBot, data: Path) -> None:
    """Her greeting to the President in a letter for my-pack, autosaved; then the laptop
    dies (the window is left as the crash left it)."""
    window = open_window(qtbot, data)
    window.choose_pack("my-pack")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == "my-pack")
    _greet_the_president(window)
    qtbot.waitUntil(lambda: bool(_holding(data / "drafts", "dear friend")), timeout=5_000)
    window.unexported = False


def _taken_back(qtbot: QtBot, data: Path, answers: ModalAnswers) -> MainWindow:
    answers.expect("draftOffer", _yes)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: "draftOffer" in answers.seen and window.session is not None)
    qtbot.waitUntil(lambda: window.session.pack.id == "my-pack", timeout=5_000)
    return window


def _kept_or_said(window: MainWindow, words: str) -> bool:
    """Her words in the letter, or said in the status bar as not carried."""
    return words in window.editor.toPlainText() or words in window.statusBar().currentMessage()


# ------------------ P67b-F1: at an event, her name and address in the autosaved draft


def test_f1_at_an_event_no_draft_holds_her_name_and_address(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    window = _event_window(qtbot, tmp_path)
    window.sender_pane.sender_name.setFocus()
    qtbot.keyClicks(window.sender_pane.sender_name, "Aigerim Bekova")
    window.sender_pane.sender_address.setFocus()
    qtbot.keyClicks(window.sender_pane.sender_address, "12 Rose Lane")
    qtbot.waitUntil(lambda: "Rose Lane" in window.editor.toPlainText(), timeout=5_000)
    _greet_the_president(window)
    # she signs with what she does: a line the letter writes with her name
    text = window.editor.toPlainText()
    cursor = window.editor.textCursor()
    cursor.setPosition(text.rindex("Aigerim Bekova") + len("Aigerim Bekova"))  # (the last)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, " (nurse)")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    click_item(qtbot, window.addressees_pane.addressee_list, 1)
    qtbot.waitUntil(lambda: window.session.addressee.id == "prosecutor-general")
    qtbot.waitUntil(lambda: bool(_holding(data / "drafts", "dear friend")), timeout=5_000)
    holding = {
        words: _holding(data / "drafts", words) for words in ("Aigerim Bekova", "12 Rose Lane")
    }
    window.unexported = False
    assert holding == {"Aigerim Bekova": [], "12 Rose Lane": []}, holding


# ------------------ P67b-F2: a draft resumed after its addressee was removed


def test_f2_a_draft_whose_addressee_a_revision_removed_goes_to_no_one_else_as_his(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    mine = _my_pack(data)
    _draft_then_crash(qtbot, data)
    # revision 2: the President is no longer written to
    manifest = mine / "pack.toml"
    toml = manifest.read_text(encoding="utf-8").replace("revision = 1", "revision = 2")
    toml = re.sub(
        r'\[\[addressees\]\]\nid = "president".*?(?=\[\[addressees\]\])', "", toml, flags=re.S
    )
    manifest.write_text(toml, encoding="utf-8")

    window = _taken_back(qtbot, data, answers)
    assert window.session is not None
    assert "president" not in {a.id for a in window.session.pack.addressees}
    to_others = {x.addressee.id: x.text for x in window.letters()}
    window.unexported = False
    said = _kept_or_said(window, "dear friend")
    wrong = {who: text for who, text in to_others.items() if "Nazarbaev" in text}
    assert not wrong, f"letters to {sorted(wrong)} addressed to the removed President"
    assert said  # her words to him: not carried to another, and said so


# ------------------ P67b-F3: a draft resumed after a revision named a new official


def test_f3_a_draft_resumed_on_a_revision_with_a_new_official_is_to_him(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    mine = _my_pack(data)
    _draft_then_crash(qtbot, data)
    edit_manifest(mine, "revision = 1", "revision = 2")
    edit_manifest(mine, 'name = "Nursultan Nazarbaev"', 'name = "Kassym-Jomart Tokayev"')
    edit_manifest(mine, 'kk = "Құрметті Президент мырза"', 'kk = "Құрметті Президент Тоқаев мырза"')

    window = _taken_back(qtbot, data, answers)
    assert window.session is not None
    assert window.session.pack.revision == 2
    assert window.session.addressee.id == "president"
    text = window.session.text
    status = window.statusBar().currentMessage()
    said = _kept_or_said(window, "dear friend")
    window.unexported = False
    assert said, status
    assert ("Nazarbaev" in text, "Tokayev" in text) == (False, True), (
        f"status bar: {status!r}; the letter: {text[:120]!r}"
    )

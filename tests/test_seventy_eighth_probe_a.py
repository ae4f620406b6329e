"""Probe 78a: a stack file read back with letters in a language their action has not.

P78a-F1  ``drafts/stack.json`` is read back (after a crash, "Put them back on your
         stack?") with each letter's ``lang`` taken as written. A letter whose language
         its action has no letter in ("ar" for the Valdoria training action, written in
         es and fr) is taken back and goes out laid out right to left as Arabic, though
         its words are Spanish; one whose language holds a "/" is taken back and Export
         all then fails for a folder that is not there. The window never writes such a
         letter: the record is damaged and is not made again, as a letter whose official
         or words are damaged is not.

Fixed: a stacked letter in a language its action has no letter in is damage: not taken
back, the stack file set aside and the volunteer told (the test answers that warning).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_gui import open_window
from test_stack import _two_actions_on_the_stack


@pytest.mark.parametrize("lang", ["ar", "es/x"])
def test_f1_a_stacked_letter_in_a_language_its_action_has_not_is_not_taken_back(
    lang: str, qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A volunteer's stack is put back after a crash from ``drafts/stack.json``, which a
    bad sector or a half-synced stick left with a letter's language changed to one its
    action has no letter in. Yes to "Put them back on your stack?" takes that letter back
    as it is: in "ar" her Spanish letter is printed right-aligned, laid out as Arabic,
    and the tally counts it as an Arabic letter; in "es/x" Export all fails at that
    letter with "No such file or directory" for a folder no one made. A record the window
    never writes is damaged: it is not taken back, and the volunteer is told a letter
    could not be made again, as for a letter whose words or official are damaged."""
    data = tmp_path / "data"
    first = open_window(qtbot, data)
    _two_actions_on_the_stack(qtbot, first, answers)
    first.hide()
    stack_file = data / "drafts" / "stack.json"
    raw = json.loads(stack_file.read_text(encoding="utf-8"))
    for entry in raw["entries"]:
        for one in entry["letters"]:
            one["lang"] = lang
    stack_file.write_text(json.dumps(raw), encoding="utf-8")

    told: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    answers.expect("warning", read)  # "… cannot be put back on it … kept in this file"
    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    qtbot.wait(500)
    answers.pending.clear()  # the letters left, if any, were offered; none, none was
    assert list(data.glob("drafts/stack.json.broken-*"))  # set aside, not deleted

    wrong = [
        (letter.pack.id, letter.lang)
        for letter in window.stack_pane.letters()
        if letter.lang not in letter.pack.letter_languages
    ]
    assert wrong == [], f"taken back in a language the action has no letter in: {wrong}"

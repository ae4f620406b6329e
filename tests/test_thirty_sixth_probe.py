"""Probe 36: what it found in session 30's changes, and what must hold instead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from helpers import ROOT, normalise, pdf_pages_text, run_uawriter
from qt_helpers import ModalAnswers, type_path
from test_gui import find, open_window
from test_stack import _two_actions_on_the_stack


def test_a_stack_holding_half_a_character_is_exported(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A stack file holding a file name's byte kept by Python ("\\udce9", which a
    volunteer's store keeps for folder names) in a letter or the signer's name was offered
    back, then every Export stack failed with "could not write to …/letters …
    UnicodeEncodeError", sending the volunteer to look for another folder: the letters
    never went out. Nothing in the stack is a file name: each half character is one "\ufffd"."""
    data = tmp_path / "data"
    first = open_window(qtbot, data)
    count = _two_actions_on_the_stack(qtbot, first, answers)
    first.hide()
    stack_file = data / "drafts" / "stack.json"
    raw = json.loads(stack_file.read_text(encoding="utf-8"))
    for entry in raw["entries"]:
        entry["sender"]["name"] = "Ren\udce9 Dupont"
        for one in entry["letters"]:
            one["text"] += "\nCaf\udce9 \ud83d"
    stack_file.write_text(json.dumps(raw, ensure_ascii=True), encoding="utf-8")

    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: not window.stack_pane.is_empty(), timeout=30_000)
    assert window.stack_pane.signer().name == "Ren\ufffd Dupont"
    out = tmp_path / "letters"
    out.mkdir()
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    warned: list[str] = []
    answers.expect("warning", lambda box: (warned.append(box.text()), box.accept()))
    with qtbot.waitSignal(window.exported, timeout=30_000, raising=False) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)

    assert warned == []
    files = [Path(p) for p in exported.args[0]]
    assert len(files) == count
    assert sorted(out.glob("*.pdf")) == sorted(files)
    texts = [normalise(" ".join(pdf_pages_text(f))) for f in files]
    assert all("Caf\ufffd \ufffd" in t for t in texts)


@pytest.mark.parametrize(("given", "named"), [(".", ROOT), ("..", ROOT.parent)])
def test_a_folder_given_to_merge_is_named(tmp_path: Path, given: str, named: Path) -> None:
    """``tally merge .`` said "uawriter:  is not a regular file": "." has no name."""
    done = run_uawriter(tmp_path / "data", "tally", "merge", given)
    assert done.returncode != 0
    assert f"uawriter: {named} is not a regular file: give the tally file" in done.stderr
    assert "Traceback" not in done.stderr

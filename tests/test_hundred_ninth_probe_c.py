"""Probe 109c: the evening as an unlucky organiser and her volunteers live it (issue 12,
classes 8, 10, 12, 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import SEED_ID, edit_manifest
from letter_steps import choose, holding, my_pack, type_after, yes
from qt_helpers import ModalAnswers
from test_evening import _event_window, type_text


def _revision_two(mine: Path, stick: Path) -> Path:
    """Revision 2 of ``mine`` on the organiser's stick: the Prosecutor General's new fax
    number, the Foreign Minister taken out, the Interior Minister in his place."""
    shared = stick / "my-pack"
    shutil.copytree(mine, shared)
    edit_manifest(shared, "revision = 1", "revision = 2")
    edit_manifest(shared, 'fax = "+7 7172 50 25 34"', 'fax = "+7 7172 50 25 99"')
    edit_manifest(shared, 'id = "foreign-minister"', 'id = "interior-minister"')
    edit_manifest(
        shared, 'title = "Minister of Foreign Affairs"', 'title = "Minister of Internal Affairs"'
    )
    edit_manifest(shared, 'name = "Kanat Saudabaev"', 'name = "Erlan Turgumbayev"')
    return shared


def test_f1_her_lines_left_out_by_a_revision_imported_mid_evening_are_said(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """At the event Dana writes the organiser's action by e-mail, to all three officials.
    She has the Foreign Minister's letter on screen and greets him warmly ("… and friend
    Kanat!"), adds a sentence, then chooses another action: her letter is set aside. The
    organiser imports a corrected revision of the pack from her stick (the Foreign
    Minister taken out, a new fax number). The window shows the action and offers Dana's
    letter; Yes. Her greeting cannot go with her (its official is gone). The window notes
    the line left out for a minute, but the import's own "installed pack …" replaces that
    note at once. Dana's words are then in no letter, no file and no message, and nothing
    told her. The same thing was fixed for "Draft saved" (probe 68b)."""
    data = tmp_path / "data"
    mine = my_pack(data)
    window = _event_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: "my-pack" in window.packs, timeout=30_000)
    choose(qtbot, window, "my-pack")
    window.addressees_pane.tick_all(True)
    window.options_pane.output_box.setCurrentIndex(window.options_pane.output_box.findData("email"))
    window.addressees_pane.addressee_list.setCurrentRow(2)
    qtbot.waitUntil(lambda: "Министр мырза" in window.editor.toPlainText())
    type_after(window, "Министр мырза", " and friend Kanat")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Volunteer Dana writes this.")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    answers.expect("switchQuestion", yes)
    choose(qtbot, window, SEED_ID)

    answers.expect("replacePackQuestion", yes)
    answers.expect("draftOffer", yes)
    window.pack_menu.import_pack(_revision_two(mine, tmp_path / "stick"))
    qtbot.waitUntil(lambda: "draftOffer" in answers.seen, timeout=30_000)
    qtbot.wait(500)
    assert window.session is not None
    assert window.session.pack.revision == 2
    assert "Volunteer Dana" in window.editor.toPlainText()
    text = window.editor.toPlainText()
    status = window.statusBar().currentMessage()
    window.unexported = False
    assert "friend Kanat" in text or "friend Kanat" in status, (
        f"her line is in no letter and no message (status: {status!r}); in files: "
        f"{holding(data, 'friend Kanat')}"
    )

"""Probe 66c: two findings on b38a362, each test failing on it; both fixed.

P66c-F1  Renaming an open pack's id in the pack editor loses the letter being written from
         it: the organiser writes her own letter for her pack, opens Packs > Edit this
         pack, gives the pack a new id and saves. The window asks "Start another letter?
         (The current one stays saved as a draft.)"; Yes shelves her letter in the slot of
         the old id, which no pack has any more: it is never offered, not when the renamed
         pack is shown, not at the next start. Her words sit in drafts/actions/<old>.json.
P66c-F2  A pack saved with problems ("Save a pack with problems?" Save: "Until the problems
         are fixed the pack is listed as broken") cannot be opened in the editor again to
         fix them: with the broken pack chosen in the list, Packs > Edit this pack… opens
         the other pack whose letter is in the window.

Fixed: the letter of a pack saved under a new id is kept for the new id and offered back
at once, as for a revision saved under the same one; Edit this pack… opens the broken pack
of hers chosen in the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, copy_bundled_pack, edit_manifest
from qt_helpers import ModalAnswers, editor_discarded
from test_evening import type_text
from test_gui import open_window
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor

WORDS = "Our group in Almaty writes again."


def _my_pack(data: Path) -> None:
    """The seed as the organiser's own pack ``my-pack``."""
    packs = data / "packs"
    packs.mkdir(parents=True)
    mine = copy_bundled_pack(SEED_ID, packs, "my-pack")
    edit_manifest(mine, f'id = "{SEED_ID}"', 'id = "my-pack"')


def _choose_mine(qtbot: QtBot, window: MainWindow) -> None:
    window.choose_pack("my-pack")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == "my-pack")


def _yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def _type_in(qtbot: QtBot, editor: PackEditor, key: str, text: str) -> None:
    field = editor.field_edits[key]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


# ------------------ P66c-F1: a pack's id renamed in the editor: the letter from it is lost


def test_f1_renaming_the_open_packs_id_keeps_the_letter_being_written(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Her words typed in the letter for my-pack; Packs > Edit this pack, id "my-pack-2026",
    Save; "Start another letter?" Yes (her letter "stays saved as a draft"). Her letter is
    offered back for the pack under its new id, as for a revision saved under the same id
    (it was kept in the slot of the old id, which no pack has: never offered again)."""
    data = tmp_path / "data"
    _my_pack(data)
    window = open_window(qtbot, data)
    _choose_mine(qtbot, window)
    window.editor.setFocus()
    type_text(window.editor, WORDS + " ")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)

    editor = window.pack_menu.edit_pack()
    assert isinstance(editor, PackEditor)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    qtbot.waitUntil(lambda: not editor.checking)
    _type_in(qtbot, editor, "id", "my-pack-2026")
    answers.expect("switchQuestion", _yes)
    answers.expect("draftOffer", _yes)  # if her letter is offered back, she takes it
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save()
    qtbot.waitUntil(lambda: window.pack is not None and window.pack.id == "my-pack-2026")
    qtbot.wait(300)
    in_window = WORDS in window.editor.toPlainText()
    offered = "draftOffer" in answers.seen
    answers.pending.clear()
    # offered back at once, as for a revision saved under the same id, and taken
    assert (offered, in_window) == (True, True), answers.seen
    assert not (data / "drafts" / "actions" / "my-pack.json").exists()  # no slot of an old id
    assert window.session is not None
    assert window.session.pack.id == "my-pack-2026"
    window.unexported = False


# ------------------ P66c-F2: a pack saved with problems cannot be edited again


def test_f2_a_pack_saved_with_problems_can_be_opened_again_to_fix_them(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Packs > New pack…, id "tonight", Save with its problems; the pack is listed as
    broken and shown chosen. Packs > Edit this pack… must open "tonight" (what she is
    finishing), not the pack whose letter is in the window."""
    data = tmp_path / "data"
    _my_pack(data)
    window = open_window(qtbot, data)
    _choose_mine(qtbot, window)
    editor = window.pack_menu.new_pack()
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    qtbot.waitUntil(lambda: not editor.checking)
    _type_in(qtbot, editor, "id", "tonight")
    _type_in(qtbot, editor, "action.ua_number", "12/26")
    qtbot.waitUntil(lambda: not editor.checking and editor.checked_files == editor.files)
    assert editor.problems  # no title or summary yet: she will write them tomorrow
    answers.expect(
        "saveWithProblems", lambda box: box.button(QMessageBox.StandardButton.Save).click()
    )
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save()
    tonight = data / "packs" / "tonight"
    qtbot.waitUntil(lambda: window.actions_pane.current_key() == f"broken:{tonight}")

    window.pack_menu.edit_action.trigger()
    qtbot.wait(300)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened = [
        w
        for w in app.topLevelWidgets()
        if isinstance(w, PackEditor) and w.isVisible() and w is not editor
    ]
    for other in opened:
        qtbot.addWidget(other, before_close_func=editor_discarded)
    ids = [str(w.files.data.get("id")) for w in opened]
    assert ids == ["tonight"], f"Edit this pack… opened {ids}, with the broken pack chosen"

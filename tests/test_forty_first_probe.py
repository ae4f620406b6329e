"""Probe 41 (the pack editor): what it found, and what must hold instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers import ROOT, TRAINING_ID, copy_bundled_pack, edit_manifest
from qt_helpers import ModalAnswers
from test_gui import open_window
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor
from uawriter.pack_files import read_pack_files, save_pack_files

UA_TEXT = ROOT / "tests" / "data" / "drafting" / "second-ua-45-13.txt"


def _two_packs(packs: Path) -> tuple[Path, Path]:
    """A pack copied into packs/ by hand, in a folder not named after its id, and the
    organiser's own pack."""
    by_hand = copy_bundled_pack(TRAINING_ID, packs, "valdoria-from-stick")
    edit_manifest(by_hand, f'id = "{TRAINING_ID}"', 'id = "valdoria-b"')
    mine = copy_bundled_pack(TRAINING_ID, packs, "valdoria-mine")
    edit_manifest(mine, f'id = "{TRAINING_ID}"', 'id = "valdoria-mine"')
    return by_hand, mine


@pytest.mark.parametrize(
    ("new_id", "said"),
    [
        ("valdoria-b", "a pack with the id 'valdoria-b' is already installed (in "),
        (TRAINING_ID, f"{TRAINING_ID!r} is the id of a pack that comes with UA Writer"),
    ],
    ids=["copied-in-by-hand", "comes-with-the-app"],
)
def test_a_pack_is_not_saved_under_another_packs_id(tmp_path: Path, new_id: str, said: str) -> None:
    """Saved under the id of a pack copied in by hand (its folder named otherwise), or of
    one that comes with the app, the pack in use was listed as broken, the id named the
    saved one, and the saved pack's old folder was deleted. The save is refused, and both
    packs stay as they were."""
    packs = tmp_path / "packs"
    by_hand, mine = _two_packs(packs)
    before = (by_hand / "pack.toml").read_bytes(), (mine / "pack.toml").read_bytes()
    files = read_pack_files(mine)
    files.data["id"] = new_id

    with pytest.raises((FileExistsError, ValueError), match=r"another id|its own id") as refused:
        save_pack_files(files, packs, old_folder=mine)

    assert said in str(refused.value)
    assert ((by_hand / "pack.toml").read_bytes(), (mine / "pack.toml").read_bytes()) == before
    assert sorted(p.name for p in packs.iterdir()) == ["valdoria-from-stick", "valdoria-mine"]


def test_the_editor_says_why_a_save_under_another_packs_id_is_refused(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """In the window: the editor stays open with the organiser's edits, and says whose id
    it is; the pack in use stays usable."""
    data = tmp_path / "data"
    by_hand, _mine = _two_packs(data / "packs")
    window = open_window(qtbot, data)
    window.choose_pack("valdoria-mine")
    editor = window.pack_menu.edit_pack()
    assert isinstance(editor, PackEditor)
    box = editor.field_edits["id"]
    box.selectAll()
    qtbot.keyClicks(box, "valdoria-b")
    told: list[str] = []
    answers.expect("warning", lambda warning: (told.append(warning.text()), warning.accept()))

    editor.save()

    assert told == [
        "The pack could not be saved:\na pack with the id 'valdoria-b' is already installed "
        f"(in {by_hand}); give this one another id"
    ]
    assert editor.isVisible()
    assert editor.field_edits["id"].text() == "valdoria-b"
    assert window.packs["valdoria-b"].path == by_hand
    editor.discard()


def _drafted_editor(qtbot: QtBot, window: MainWindow) -> PackEditor:
    dialog = window.pack_menu.draft_pack()
    task = dialog.load_file(UA_TEXT)
    qtbot.waitUntil(lambda: task.finished, timeout=30_000)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    # seen once on a loaded machine: no editor after the click (the button not yet enabled?)
    qtbot.waitUntil(ok.isEnabled, timeout=30_000)
    ok.click()
    (editor,) = window.findChildren(PackEditor)
    qtbot.waitUntil(editor.isVisible)
    return editor


@pytest.mark.parametrize("how", ["escape", "cancel"])
def test_escape_or_cancel_asks_before_a_drafted_pack_is_thrown_away(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, how: str
) -> None:
    """One Escape (meant for a completer's list) or Cancel closed the editor at once: the
    drafted pack and what the organiser typed into it were gone, nothing kept. It now
    asks; "Keep editing" keeps all of it, "Discard" closes."""
    window = open_window(qtbot, tmp_path / "data")
    editor = _drafted_editor(qtbot, window)
    title = editor.text_edits["action.title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Ethnic Uzbeks at risk of torture")

    def close() -> None:
        if how == "escape":
            qtbot.keyClick(title, Qt.Key.Key_Escape)
        else:
            editor.buttons.button(editor.buttons.StandardButton.Cancel).click()

    asked: list[str] = []
    answers.expect(
        "discardPackQuestion",
        lambda box: (
            asked.append(box.text()),
            box.button(QMessageBox.StandardButton.Cancel).click(),
        ),
    )
    close()
    assert asked == [
        "What you typed in this pack is not saved. Save it now, discard it, or go on editing?"
    ]
    assert editor.isVisible()
    assert title.text() == "Ethnic Uzbeks at risk of torture"

    answers.expect(
        "discardPackQuestion", lambda box: box.button(QMessageBox.StandardButton.Discard).click()
    )
    close()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert not (tmp_path / "data" / "packs").exists() or not any(
        (tmp_path / "data" / "packs").iterdir()
    )


def test_escape_closes_an_editor_with_nothing_changed_without_a_question(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Nothing typed, nothing to lose: Escape closes, as it always did."""
    data = tmp_path / "data"
    _two_packs(data / "packs")
    window = open_window(qtbot, data)
    window.choose_pack("valdoria-mine")
    editor = window.pack_menu.edit_pack()
    assert isinstance(editor, PackEditor)
    qtbot.waitUntil(lambda: not editor.checking)
    qtbot.keyClick(editor.field_edits["id"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert "discardPackQuestion" not in answers.seen


def test_save_in_the_question_saves_the_pack(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """ "Save" in the question saves the drafted pack, as the Save button does."""
    window = open_window(qtbot, tmp_path / "data")
    editor = _drafted_editor(qtbot, window)
    answers.expect(
        "saveWithProblems", lambda box: box.button(QMessageBox.StandardButton.Save).click()
    )
    answers.expect(
        "discardPackQuestion", lambda box: box.button(QMessageBox.StandardButton.Save).click()
    )
    with qtbot.waitSignal(editor.saved, timeout=30_000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert (Path(saved.args[0]) / "pack.toml").is_file()
    qtbot.waitUntil(lambda: not editor.isVisible())

"""The pack editor's Save over a pack that changed after the editor opened it (probe 24A
F10): an organiser edits the installed pack while another imports its corrected revision
from a terminal; Save put the editor's older copy back over the newer one, with no word."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers import run_uawriter
from letter_steps import choose
from qt_helpers import ModalAnswers, editor_discarded
from test_gui import open_window
from test_pack_replaced import _local_pack
from uawriter.engine import pack_state
from uawriter.gui.pack_editor import PackEditor
from uawriter.pack_files import PackChangedMeanwhile, new_pack, read_pack_files, save_pack_files


def _manifest(folder: Path) -> dict[str, object]:
    return tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))


def test_a_save_never_puts_an_older_copy_over_a_newer_one(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    first = new_pack(dt.date(2026, 12, 5))
    first.data["id"] = "tonight"
    folder = save_pack_files(first, packs)

    opened = pack_state(folder)
    mine = read_pack_files(folder)
    mine.data["action"]["ua_number"] = "11/26"
    # meanwhile another copy is saved in its place (an import, another window)
    newer = read_pack_files(folder)
    newer.data["revision"] = 2
    save_pack_files(newer, packs, folder)

    with pytest.raises(PackChangedMeanwhile):
        save_pack_files(mine, packs, folder, opened)
    assert _manifest(folder)["revision"] == 2

    # under another id it goes beside the newer copy, which stays
    mine.data["id"] = "tonight-mine"
    beside = save_pack_files(mine, packs, folder, opened)
    assert beside.name == "tonight-mine"
    assert _manifest(beside)["action"]["ua_number"] == "11/26"  # type: ignore[index]
    assert _manifest(folder)["revision"] == 2

    # an unchanged folder is saved over as before
    again = read_pack_files(beside)
    again.data["revision"] = 3
    assert save_pack_files(again, packs, beside, pack_state(beside)) == beside
    assert _manifest(beside)["revision"] == 3


def test_the_editor_asks_before_replacing_a_revision_imported_meanwhile(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    corrected = _local_pack(data, tmp_path)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    editor = window.pack_menu.edit_pack()
    assert isinstance(editor, PackEditor)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    qtbot.waitUntil(lambda: not editor.checking)
    ua = editor.field_edits["action.ua_number"]
    ua.setFocus()
    ua.selectAll()
    qtbot.keyClicks(ua, "130/10")  # typed, as the organiser does

    assert run_uawriter(data, "import", "--replace", str(corrected)).returncode == 0
    installed = data / "packs" / "my-pack"
    assert _manifest(installed)["revision"] == 2

    texts: list[str] = []

    def cancel(box: object) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).click()

    answers.expect("packChangedMeanwhile", cancel)
    editor.save()
    assert texts
    assert "my-pack" in texts[0]
    assert "changed on this computer after you opened it" in texts[0]
    assert _manifest(installed)["revision"] == 2  # the newer copy stays
    assert editor.isVisible()  # and the organiser's edits are still in the editor

    answers.expect(
        "packChangedMeanwhile", lambda box: box.button(QMessageBox.StandardButton.Save).click()
    )
    editor.save()
    assert not editor.isVisible()
    action = _manifest(installed)["action"]
    assert isinstance(action, dict)
    assert action["ua_number"] == "130/10"  # replaced, because they said so


def test_the_editor_saves_with_the_window_live(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A save reads every installed pack's id (no other pack may have it): 1.7 s on the UI
    thread with 1,000 packs, the window frozen. It runs on a worker thread now, the editor
    repainting and taking no input (what is typed meanwhile would not be saved)."""
    import shutil

    from PySide6.QtCore import QTimer

    from uawriter.bundled import bundled_packs_folder

    packs = tmp_path / "packs"
    source = bundled_packs_folder() / "training-valdoria"
    manifest = (source / "pack.toml").read_text(encoding="utf-8")
    for number in range(300):
        folder = packs / f"pack-{number:03d}"
        shutil.copytree(source, folder)
        (folder / "pack.toml").write_text(
            manifest.replace('id = "training-valdoria"', f'id = "pack-{number:03d}"'),
            encoding="utf-8",
        )
    files = new_pack(dt.date(2026, 12, 6))
    files.data["id"] = "tonight"
    editor = PackEditor(files, packs)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    editor.show()
    qtbot.waitUntil(lambda: not editor.checking)
    disabled_while_saving: list[bool] = []

    def look() -> None:
        if editor._saving:
            disabled_while_saving.append(not editor.isEnabled())

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(0)
    answers.expect(
        "saveWithProblems", lambda box: box.button(QMessageBox.StandardButton.Save).click()
    )
    try:
        editor.save()
    finally:
        timer.stop()
    assert True in disabled_while_saving, "the event loop did not run while the pack was saved"
    assert _manifest(packs / "tonight")["id"] == "tonight"
    assert not editor.isVisible()
    assert editor.isEnabled()

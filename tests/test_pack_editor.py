"""The pack editor: a section office makes a pack from nothing, and edits a bundled one's copy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers
from uawriter.app import build_main_window
from uawriter.bundled import bundled_packs_folder
from uawriter.engine import check_pack_folder
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor
from uawriter.paths import AppPaths


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_main_window(app, AppPaths(tmp_path / "data"))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "unexported", False))
    win.show()
    qtbot.waitUntil(lambda: win.session is not None)
    return win


def type_into(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_a_new_pack_from_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    editor = window.pack_menu.new_pack()
    qtbot.addWidget(editor)
    assert editor.problems, "a blank pack is not ready"
    ua = editor.field_edits["action.ua_number"]
    assert "is empty" in ua.toolTip()
    assert "border" in ua.styleSheet()  # the problem is shown on the field itself

    type_into(qtbot, editor.field_edits["id"], "ua-77-26")
    type_into(qtbot, ua, "77/26")
    type_into(qtbot, editor.field_edits["action.deadline"], "2026-12-20")
    type_into(qtbot, editor.text_edits["action.title"], "Journalist detained")
    type_into(qtbot, editor.text_edits["action.summary"], "A journalist was detained.")
    editor.tabs.setCurrentIndex(1)
    type_into(qtbot, editor.point_text, "Please release the journalist at once.")
    editor.tabs.setCurrentIndex(2)
    type_into(qtbot, editor.addressee_edits["title"], "Minister of the Interior")
    type_into(qtbot, editor.addressee_edits["fax"], "+1 555 0100")
    type_into(qtbot, editor.salutation, "Dear Minister")
    editor.check()
    assert editor.problems == [], [str(p) for p in editor.problems]
    assert editor.status.text() == "The pack is ready to use."
    editor.tabs.setCurrentIndex(3)
    preview = editor.letter_preview.toPlainText()
    assert "Dear Minister," in preview
    assert "Please release the journalist at once." in preview

    with qtbot.waitSignal(editor.saved) as saved:
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    folder = saved.args[0]
    assert folder == tmp_path / "data" / "packs" / "ua-77-26"
    loaded = check_pack_folder(folder)
    assert not hasattr(loaded, "problems"), loaded
    assert "ua-77-26" in window.packs
    assert window.pack is not None
    assert window.pack.id == "ua-77-26"  # the new pack is shown, ready for letters


def test_bundled_packs_are_edited_as_a_copy(
    qtbot: QtBot, window: MainWindow, answers_fixture: ModalAnswers
) -> None:
    window._select_pack_item(SEED_ID)
    window._pack_chosen(window.pack_list.currentItem())
    assert window.pack is not None
    assert window.pack.id == SEED_ID
    before = (bundled_packs_folder() / SEED_ID / "pack.toml").read_bytes()
    answers_fixture.expect(
        "editCopyQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    editor = window.pack_menu.edit_pack()
    assert isinstance(editor, PackEditor)
    qtbot.addWidget(editor)
    assert editor.field_edits["id"].text() == f"{SEED_ID}-copy"
    assert editor.problems == []
    type_into(qtbot, editor.text_edits["action.title"], "Ethnic Uzbeks (our copy)")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert (bundled_packs_folder() / SEED_ID / "pack.toml").read_bytes() == before
    copy = window.packs[f"{SEED_ID}-copy"]
    assert copy.action.title.get("en") == "Ethnic Uzbeks (our copy)"
    assert not copy.bundled


@pytest.fixture
def answers_fixture() -> Iterator[ModalAnswers]:
    modal = ModalAnswers()
    yield modal
    modal.stop()


def test_import_a_shared_pack_and_share_it_again(
    qtbot: QtBot, window: MainWindow, answers_fixture: ModalAnswers, tmp_path: Path
) -> None:
    from uawriter.engine import export_pack_file

    shared = export_pack_file(window.packs["training-valdoria"], tmp_path / "stick")
    # the same file as another section's pack: a new id, so it installs beside the bundled one
    import shutil
    import zipfile

    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(shared) as archive:
        archive.extractall(unpacked)
    folder = next(unpacked.iterdir())
    manifest = folder / "pack.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'id = "training-valdoria"', 'id = "training-valdoria-section"'
        ),
        encoding="utf-8",
    )
    result = window.pack_menu.import_pack(folder)
    assert result.installed, result.message
    assert "training-valdoria-section" in window.packs
    assert window.pack is not None
    assert window.pack.id == "training-valdoria-section"

    # the same again: UA Writer asks before replacing it
    answers_fixture.expect(
        "replacePackQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click()
    )
    again = window.pack_menu.import_pack(folder)
    assert again.needs_confirmation
    assert answers_fixture.seen == ["replacePackQuestion"]

    written = window.pack_menu.export_pack(tmp_path / "again.uapack")
    assert written is not None
    assert written.exists()
    shutil.rmtree(unpacked)


def test_a_hostile_pack_is_refused_with_its_reason(
    qtbot: QtBot, window: MainWindow, answers_fixture: ModalAnswers, tmp_path: Path
) -> None:
    import zipfile

    bad = tmp_path / "evil.uapack"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../../evil.txt", "gotcha")
    seen: list[str] = []
    answers_fixture.expect("importRefused", lambda box: (seen.append(box.text()), box.accept()))
    result = window.pack_menu.import_pack(bad)
    assert result.refused
    assert seen
    user_packs = tmp_path / "data" / "packs"
    assert not user_packs.exists() or not any(user_packs.iterdir())


def test_draft_a_pack_from_an_urgent_actions_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from uawriter.gui.draft_dialog import DraftDialog

    seed = Path(__file__).parent / "data" / "drafting" / "ua-129-10-update3.txt"
    dialog = window.pack_menu.draft_pack()
    assert isinstance(dialog, DraftDialog)
    qtbot.addWidget(dialog)
    assert dialog.load_file(seed)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    row = rows["action.deadline"]
    assert dialog.table.item(row, 1).text() == "2011-07-22"
    assert "22 JULY 2011" in dialog.table.item(row, 2).text().upper()  # beside its lines
    assert "action.ua_number" in rows
    assert "addressees[2]" in rows
    with qtbot.waitSignal(dialog.accepted_files) as accepted:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    files = accepted.args[0]
    assert files.data["action"]["ua_number"] == "129/10"
    editors = list(window.findChildren(PackEditor))
    assert editors, "the draft opens in the pack editor"
    editor = editors[-1]
    qtbot.addWidget(editor)
    assert editor.field_edits["action.ua_number"].text() == "129/10"


def test_a_pack_dropped_on_the_window_is_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import zipfile

    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from uawriter.engine import export_pack_file

    shared = export_pack_file(window.packs["training-valdoria"], tmp_path / "shared.uapack")
    renamed = tmp_path / "renamed.uapack"
    with zipfile.ZipFile(shared) as source, zipfile.ZipFile(renamed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("pack.toml"):
                data = data.replace(b'id = "training-valdoria"', b'id = "training-dropped"')
            target.writestr(info, data)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(renamed))])
    point = QPointF(window.width() / 2, window.height() / 2)
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(point, actions, mime, buttons, keys))
    qtbot.waitUntil(lambda: "training-dropped" in window.packs)
    assert window.pack is not None
    assert window.pack.id == "training-dropped"

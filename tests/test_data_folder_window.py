"""The window saves no file of the volunteer's in UA Writer's own data folder: a folder or
file chosen there in a save dialog is refused with a warning, and nothing is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, type_path
from test_gui import find, open_window, select_pack
from uawriter.gui.dialogs import choose_path


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_letters_are_not_exported_into_the_data_folder(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    select_pack(qtbot, window, SEED_ID)
    before = _files(data)
    warned: list[str] = []

    def read_warning(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warned.append(box.text())
        box.accept()

    # "Saved" would mean the letters went there: closed and noted, so that the test fails
    # instead of waiting on it
    saved: list[str] = []

    def close_saved() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "exportDone":
            saved.append(box.objectName())
            box.close()

    watch = QTimer()
    watch.timeout.connect(close_saved)
    watch.start(20)
    exported: list[object] = []
    window.output.exported.connect(exported.append)
    answers.expect("exportDialog", type_path(data))
    answers.expect("warning", read_warning)
    find(window, QPushButton, "exportButton").click()
    try:
        qtbot.waitUntil(
            lambda: answers.seen == ["exportDialog", "warning"] or bool(saved), timeout=30_000
        )
        qtbot.wait(200)
    finally:
        watch.stop()
    assert saved == []
    assert answers.seen == ["exportDialog", "warning"]

    (text,) = warned
    assert str(data) in text
    assert "UA Writer's own data folder" in text
    assert "Nothing was written; choose another folder." in text
    assert exported == []
    assert _files(data) == before
    assert window.settings.export_folder != str(data)


def test_no_save_dialog_gives_a_file_in_the_data_folder(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    answers.expect("saveSomething", type_path(data / "packs" / "tally.jsonl"))
    answers.expect("warning", lambda box: box.accept())
    assert choose_path(window, "Save", "saveSomething", "save") is None
    assert answers.seen == ["saveSomething", "warning"]

    beside = tmp_path / "letters.pdf"
    answers.expect("saveSomething", type_path(beside))
    assert choose_path(window, "Save", "saveSomething", "save") == beside

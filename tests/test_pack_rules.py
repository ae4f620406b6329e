"""A pack's rules for its case are shown before a letter is printed or exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_gui import find, open_window

TRAINING = "training-valdoria"


def test_rules_are_shown_before_export_and_no_goes_back(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(TRAINING)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == TRAINING)
    answers = ModalAnswers()
    shown: list[str] = []

    def read_and_refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answers.expect("packRules", read_and_refuse)
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["packRules"], timeout=30_000)
    answers.stop()
    assert "Do not put the Amnesty International name or logo" in shown[0]
    # going back opens no save dialog and writes nothing
    assert not list(tmp_path.rglob("*.pdf"))
    assert window.findChild(QWidget, "exportDialog") is None


def test_no_rules_no_question(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack("ua-129-10-u3")
    qtbot.waitUntil(lambda: window.session is not None)
    answers = ModalAnswers()
    answers.expect("exportDialog", lambda dialog: dialog.reject())
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["exportDialog"], timeout=30_000)
    answers.stop()

"""The row of buttons that wraps in a narrow window (the letter pane's Print and Export,
the event window's five buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from uawriter.gui.common import FlowRow


def _window(qtbot: QtBot, width: int, direction: Qt.LayoutDirection) -> tuple[QWidget, FlowRow]:
    window = QWidget()
    window.setLayoutDirection(direction)
    buttons: list[QWidget] = [QPushButton(text) for text in ("Add", "Print", "Export")]
    row = FlowRow(buttons, trailing_from=1)
    layout = QVBoxLayout(window)
    layout.addWidget(QWidget(), 1)
    layout.addWidget(row)
    qtbot.addWidget(window)
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, row


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_trailing_buttons_go_to_the_far_end_of_the_row_on_either_side(qtbot: QtBot) -> None:
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        _unused, row = _window(qtbot, 600, direction)
        _settle()
        add, print_, export = row.buttons
        assert add.y() == print_.y() == export.y()  # one row
        rtl = direction == Qt.LayoutDirection.RightToLeft
        if rtl:
            assert add.geometry().right() == row.width() - 1
            assert export.x() == 0
            assert print_.x() > export.geometry().right()
            assert add.x() - print_.geometry().right() > 100  # the stretch between them
        else:
            assert add.x() == 0
            assert export.geometry().right() == row.width() - 1
            assert print_.geometry().right() < export.x()
            assert print_.x() - add.geometry().right() > 100  # the stretch between them


def test_a_longer_text_or_a_hidden_button_moves_the_rest(qtbot: QtBot) -> None:
    """Another language makes a button wider; the row wraps, and grows taller in its
    window, without a resize of the window."""
    window, row = _window(qtbot, 320, Qt.LayoutDirection.LeftToRight)
    _settle()
    add, print_, export = row.buttons
    assert add.y() == export.y()
    one_row = row.height()
    assert isinstance(print_, QPushButton)
    print_.setText("Imprimer la lettre et l'enveloppe de ce destinataire…")
    qtbot.waitUntil(lambda: export.y() > add.y())
    qtbot.waitUntil(lambda: row.height() >= export.geometry().bottom() + 1)
    assert row.height() > one_row
    assert all(row.rect().contains(b.geometry()) for b in row.buttons)
    print_.hide()
    qtbot.waitUntil(lambda: export.y() == add.y())
    assert window.isVisible()

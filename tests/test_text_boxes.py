"""What the window reads back from its text boxes is what was typed or set in them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from uawriter.gui.common import plain_text

GUI = Path(__file__).resolve().parent.parent / "src" / "uawriter" / "gui"


def test_a_text_box_gives_back_its_no_break_spaces_and_its_lines(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Levoberezhe\u00a0Street\nAstana\u00a0010000\n\nKAZAKHSTAN")
    assert plain_text(edit) == "Levoberezhe\u00a0Street\nAstana\u00a0010000\n\nKAZAKHSTAN"
    assert edit.toPlainText() != plain_text(edit)  # Qt's own turns U+00A0 into a space


def test_no_text_box_is_read_with_qts_to_plain_text() -> None:
    """Every box goes through ``plain_text`` (probe 75a: a no-break space in a pack's
    address made every letter's first word "a change to the address")."""
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(GUI.glob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if re.search(r"\.toPlainText\(\)", line)
        and "fragment." not in line  # a copied piece of the chip editor: no box
        and not line.lstrip().startswith(("#", '"', "spaces kept"))
        and "``toPlainText()``" not in line
    ]
    assert found == []


def test_no_label_of_the_window_reads_its_text_as_html(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt shows a label's text as HTML when it looks like HTML; the window's labels show
    pack and file texts, so none is left to guess (probe 76a)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from test_gui import open_window

    window = open_window(qtbot, tmp_path / "data")
    guessing = [
        label.objectName() or label.text()[:40]
        for label in window.findChildren(QLabel)
        if label.textFormat() == Qt.TextFormat.AutoText
    ]
    assert guessing == []

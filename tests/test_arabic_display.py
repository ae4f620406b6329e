"""Issue 12, item 17, in the Arabic interface: a pack's English or Russian text keeps its
punctuation at its own end, a pack's numbers stay in Western digits, and Qt's file dialog
is translated through."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidget, QSpinBox
from pytestqt.qtbot import QtBot

from qt_helpers import editor_discarded
from test_gui import find, open_window
from uawriter.gui.language import LanguageManager
from uawriter.gui.pack_editor import PackEditor
from uawriter.gui.qt_words import QT_WORDS
from uawriter.pack_files import new_pack


def full_stop_at_the_right(text: str) -> bool:
    """Whether, laid out by Qt in a right-to-left paragraph, the text's last full stop is
    drawn right of its first letter (where an English reader looks for it)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    first = next(i for i, c in enumerate(text) if c.isalpha())
    stop = text.rindex(".")
    # the left edge of the stop's glyph against the left edge of the first letter's
    return line.cursorToX(stop)[0] > line.cursorToX(first)[0]


def test_talking_points_keep_their_full_stop_at_their_end(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack("training-valdoria")  # its points are in Spanish and French only
    points = find(window, QListWidget, "talkingPoints")
    raw = points.item(0).text()
    assert raw.endswith(".")
    assert not full_stop_at_the_right(raw)  # what the volunteer saw before
    window.services.languages.set_language("ar")
    try:
        qtbot.waitUntil(lambda: points.item(0).text() != raw)
        texts = [points.item(row).text() for row in range(points.count())]
        # no Arabic in this pack: the points in the letter's language, each framed by
        # left-to-right marks
        assert all(t.startswith("\u200e") and t.endswith(".\u200e") for t in texts)
        assert all(full_stop_at_the_right(text) for text in texts)
        titles = [window.pack_list.item(r).text().split("\n")[0] for r in range(2)]
        # an Arabic title framed by right-to-left marks, an English one by left-to-right ones
        assert all(t[0] == t[-1] and t[0] in "\u200e\u200f" for t in titles)
        assert {t[0] for t in titles} == {"\u200e", "\u200f"}
    finally:
        window.services.languages.set_language("en")
    qtbot.waitUntil(lambda: points.item(0).text() == raw)  # and back in English


def test_a_packs_numbers_stay_in_western_digits(
    qtbot: QtBot, tmp_path: Path, arabic: LanguageManager
) -> None:
    editor = PackEditor(new_pack(dt.date(2026, 3, 1)), tmp_path / "packs")
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    revision = find(editor, QSpinBox, "field:revision")
    update = find(editor, QSpinBox, "field:action.update")
    update.setValue(3)
    assert revision.text() == "1"
    assert update.text() == "3"  # not ٣


@pytest.mark.parametrize("code", ["ar", "ru", "es", "fr", "kk", "de"])
def test_the_file_dialog_is_translated_through(qtbot: QtBot, code: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = LanguageManager(app)
    manager.set_language(code)
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = {
            "&Look in:": dialog.labelText(QFileDialog.DialogLabel.LookIn),
            "Files of &type:": dialog.labelText(QFileDialog.DialogLabel.FileType),
        }
        assert sorted(labels) == sorted(source for _context, source in QT_WORDS)
        for source, shown in labels.items():
            assert shown != source, f"{code}: {source} is still English"
            assert "&" in shown  # the accelerator kept
    finally:
        manager.set_language("en")

"""Probe 97c: an event evening end to end, the organiser's morning report. An event named
in Arabic and English ("أمسية Write for Rights"), as events in Arabic-speaking sections
are, in the event window of an English interface."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from test_gui import open_window
from uawriter.storage.tally import EventInfo


def _left_to_right(label: QLabel, *parts: str) -> list[float]:
    """Where each of ``parts`` of ``label``'s text starts on screen, from the left: the
    text laid out as the label paints it (its font, each paragraph's direction found from
    its text)."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # as Qt paints it
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    xs = []
    for part in parts:
        index = text.index(part)
        ends = [line.cursorToX(index)[0], line.cursorToX(index + len(part))[0]]
        xs.append(min(ends))
    return xs


def test_f1_the_event_window_heading_keeps_name_place_and_date_in_their_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser names the evening "أمسية Write for Rights" at the "Central Library".
    The event window's heading, in an English interface, should read name · place · date
    from the left. It reads "Write for Rights · Central Library · 7 December 2026 أمسية":
    the parts are joined with " · " and the whole line takes the direction of the name's
    first letter (Arabic), so the Arabic word of the name is shown after the date, at the
    far end of the line, and the place and date come before the rest of the name. (With
    an Arabic place too, the place is shown first and the name last.) The report PDF
    shows each field on its own and is right."""
    window = open_window(qtbot, tmp_path / "data")
    window.event_controls.mode.start(
        EventInfo.new("أمسية Write for Rights", "Central Library", "2026-12-07"), "2468", 10
    )
    event_window = window.event_controls.show_event_window()
    qtbot.addWidget(event_window)
    heading = event_window.findChild(QLabel, "eventHeading")
    assert isinstance(heading, QLabel)
    assert "Central Library" in heading.text()
    arabic, latin, place = _left_to_right(heading, "أمسية", "Write for Rights", "Central Library")
    assert arabic < place, heading.text()
    assert latin < place, heading.text()

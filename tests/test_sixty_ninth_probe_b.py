"""Probe 69b: a finding on b828563 (class 17, the Arabic interface), its test failing on it.

P69b-F1  In the Arabic interface the action's reference "UA 129/10" is shown as
         "129/10 UA" in the list of actions: ``reference()`` isolates only the number
         ("UA <LRI>129/10<PDI>، التحديث 3"), and an isolate is a neutral, so between "UA" and the
         Arabic comma it takes the right-to-left direction and is put left of "UA".

Fixed: "UA" and its number are isolated together (``gui.common.with_ua_number``), in the
list, the stack and the event window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from test_gui import open_window

ISOLATES = "\u2066\u2067\u2068\u2069\u200e\u200f"


def _seen_left_to_right(text: str, font: QFont, direction: Qt.LayoutDirection) -> str:
    """The visible characters of ``text`` in the order they are drawn, left to right, as
    Qt lays the line out in a paragraph of ``direction``."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    drawn = []
    for index, char in enumerate(text):
        if char.isspace() or char in ISOLATES:
            continue
        places = [p.x() for run in layout.glyphRuns(index, 1) for p in run.positions()]
        if places:
            drawn.append((min(places), char))
    return "".join(char for _x, char in sorted(drawn))


def test_f1_the_actions_reference_reads_ua_then_its_number_in_arabic(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.services.languages.set_language("ar")
    try:
        window.choose_pack(SEED_ID)
        qtbot.waitUntil(lambda: window.session is not None)
        listing = window.actions_pane.pack_list
        update = QCoreApplication.translate("MainWindow", "UA %1, update %2")
        assert "التحديث" in update  # the Arabic words are in
        qtbot.waitUntil(lambda: "التحديث" in listing.item(0).text())
        item = next(
            listing.item(row)
            for row in range(listing.count())
            if listing.item(row).data(Qt.ItemDataRole.UserRole) == SEED_ID
        )
        line = item.text().split("\n")[1]  # "UA <LRI>129/10<PDI>، التحديث 3 · كازاخستان"
        assert listing.layoutDirection() == Qt.LayoutDirection.RightToLeft
        drawn = _seen_left_to_right(line, listing.font(), listing.layoutDirection())
        # "UA 129/10" is Latin, read left to right: UA on the left of its number, as in the
        # action's heading beside the list (was "129/10UA": the number left of "UA")
        assert "UA129/10" in drawn, drawn
    finally:
        window.services.languages.set_language("en")


def test_the_event_windows_reference_keeps_ua_with_its_number() -> None:
    """The event dialogs' "UA %1 (update %2)" is made the same way as the list's."""
    from uawriter.gui.common import LRI, PDI, with_ua_number

    arabic = with_ua_number("UA %1 (التحديث %2)", "129/10").replace("%2", "3")
    assert arabic == f"{LRI}UA 129/10{PDI} (التحديث 3)"
    # a translation that moves the number away from "UA" keeps it left to right alone
    moved = with_ua_number("%1 رقم UA", "129/10")
    assert moved == f"{LRI}129/10{PDI} رقم UA"

"""Probe 106b: what a first-time volunteer and organiser see in the Arabic interface, looked
at on screenshots of the main window, Call/post/envelopes… and Start an event…, and then
checked by the text's geometry: the action's reference line in the pack's details reads
from the left, the languages to write in are joined by Latin commas, the Arabic lines of
the numbers to dial and of the call script sit at the left edge of their boxes, and the
Start an event dialog writes its date and idle time in Arabic-Indic digits where the rest
of the interface writes Western ones.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers, text_blocks
from uawriter.gui.event_dialogs import StartEventDialog
from uawriter.gui.language import LanguageManager
from uawriter.gui.main_window import MainWindow

ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


# -- F1: the details' reference line "UA 129/10، التحديث 3 · كازاخستان" reads from the left ----


def test_f1_the_reference_line_of_the_details_reads_from_the_right_in_arabic(
    arabic_window: MainWindow,
) -> None:
    """In the Arabic interface the organiser chooses the seed action. Under its title the
    details show "UA 129/10، التحديث 3 · كازاخستان", but as a left-to-right paragraph at the
    left edge: "UA 129/10،" is drawn first on the left and the Arabic after it, so a reader
    from the right reads "التحديث 3 · كازاخستان" and then "UA 129/10،" with its comma at
    the line's end. Every other Arabic line of the details (the title, the deadline, "Write
    in:") reads from the right; the list of actions above writes the same line rightly.
    The paragraph starts with the UA number kept left to right (an isolate, which Qt's
    text document does not use to choose the paragraph's direction)."""
    blocks = text_blocks(arabic_window.details.document())
    title, line = blocks[0], next(b for b in blocks if "129/10" in b.text())
    assert title.textDirection() == Qt.LayoutDirection.RightToLeft  # what it is about
    assert line.textDirection() == Qt.LayoutDirection.RightToLeft, repr(line.text())
    # its end at the right edge, where the title's lines end
    edge = title.layout().lineAt(0).naturalTextRect().right()
    drawn = line.layout().lineAt(0).naturalTextRect()
    assert drawn.right() >= edge - 3, (drawn.getRect(), edge)


# -- F2: the languages to write in, joined by Latin commas between Arabic names --------------


def test_f2_the_languages_to_write_in_are_joined_as_arabic_joins_them(
    arabic_window: MainWindow,
) -> None:
    """The details show "لغات الكتابة: الكازاخستانية, الروسية, لغتك الأم": three Arabic
    names joined by the Latin comma, which Arabic does not write (it writes "،", as the
    translation of "UA %1, update %2" does on the line above). A list of the interface's
    words should be joined as the interface's language joins them."""
    write_in = QCoreApplication.translate("MainWindow", "Write in:")
    line = next(b for b in text_blocks(arabic_window.details.document()) if write_in in b.text())
    listed = line.text().split(write_in, 1)[1]
    assert "," not in listed, repr(listed)


# -- F3: the Arabic lines of Call/post/envelopes… at the left edge of their boxes -------------


def test_f3_arabic_lines_of_the_numbers_and_call_script_sit_at_the_right(
    qtbot: QtBot, arabic_window: MainWindow, answers: ModalAnswers
) -> None:
    """Call, post, envelopes… in the Arabic interface: the box of numbers to dial writes
    "الفاكس: +7 7172 72 05 16" under each addressee, indented, and the call script starts
    "اطلب: President of Kazakhstan…". Those lines are laid out right to left but drawn at
    the left edge of the boxes, their indent on the right of the word, so the numbers are
    not indented under the names and the Arabic labels start in the middle of the box,
    where the reader from the right does not look. (The letter editor sets its paragraphs'
    alignment by the letter's direction; these boxes keep the left alignment.)"""
    misplaced: list[str] = []

    def look(dialog: QWidget) -> None:
        for name in ("dialledNumbers", "callScript"):
            box = dialog.findChild(QPlainTextEdit, name)
            assert box is not None
            width = box.viewport().width()
            for block in text_blocks(box.document()):
                if block.textDirection() != Qt.LayoutDirection.RightToLeft:
                    continue
                if block.layout().lineCount() == 0:  # not laid out: below the box's end
                    continue
                drawn = block.layout().lineAt(0).naturalTextRect()
                if drawn.right() < width / 2:
                    misplaced.append(f"{name}: {block.text()!r} drawn {drawn.getRect()}")
        dialog.reject()  # type: ignore[attr-defined]

    answers.expect("channelsDialog", look)
    arabic_window.channels.show_channels()
    qtbot.waitUntil(lambda: "channelsDialog" in answers.seen)
    assert misplaced == []


# -- F4: Start an event… writes its date and idle time in Arabic-Indic digits ---------------


def test_f4_start_an_event_writes_its_date_and_idle_time_in_western_digits(
    qtbot: QtBot, arabic: LanguageManager
) -> None:
    """The organiser starts the evening in the Arabic interface: the dialog's date reads
    "٧/١٢/٢٠٢٦" and the idle time "١٠ دقيقة", in Arabic-Indic digits, where the rest of the
    Arabic interface writes Western ones (the event window's counts and hours, the Add
    counts boxes since probe 84a, the pack editor): the organiser sets "10" minutes in one
    set of digits and sees the evening's "19:00" and counts in the other."""
    dialog = StartEventDialog(today=dt.date(2026, 12, 7))
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {"date": dialog.date.text(), "idle": dialog.idle.text()}
    assert not any(ARABIC_INDIC.search(text) for text in shown.values()), shown

"""Probe 107a: today's last commits, again (issue 12, classes 8, 12, 17)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTabWidget, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, envelope_printed, official
from letter_steps import choose, holding, yes, yes_noting
from qt_helpers import ModalAnswers, text_blocks
from test_evening import type_text
from test_gui import open_window
from uawriter.channels.postal import envelope_address
from uawriter.gui.event_dialogs import StartEventDialog
from uawriter.gui.language import LanguageManager
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally_records import EventInfo


@pytest.mark.parametrize(
    ("town", "last_line", "country"),
    [
        pytest.param("Kinshasa", "Kinshasa, Congo", "Democratic Republic of the Congo", id="kin"),
        pytest.param(
            "Kinshasa", "Kinshasa (Congo)", "Democratic Republic of the Congo", id="kin-br"
        ),
        pytest.param("Brazzaville", "Brazzaville (Congo)", "Republic of the Congo", id="bzv-br"),
        pytest.param("Brazzaville", "Brazzaville, Kongo", "Republic of the Congo", id="bzv-de"),
        pytest.param("Браззавиль", "Браззавиль, Конго", "Republic of the Congo", id="bzv-ru"),
    ],
)
def test_f1_the_congos_capitals_stay_on_the_envelope_in_other_words(
    town: str, last_line: str, country: str
) -> None:
    """Probe 106a kept "Brazzaville, Congo" and "Kinshasa, Democratic Republic of the
    Congo" on the envelope. A UA that writes the town and the short name ("Kinshasa,
    Congo"), the country in brackets ("Brazzaville (Congo)"), or a German or Russian UA
    ("Brazzaville, Kongo", "Браззавиль, Конго") still loses the town: the envelope reads
    the office and the country, no capital, and the letter may not arrive."""
    addressee = official(
        ("Palais de Justice", "Place de l'Independance", last_line),
        country,
        title="Minister of Justice",
        organisation="Ministry of Justice",
    )
    printed = envelope_printed(addressee, ("Alice N.", "1 Station Road", "London N1 1AA", "UK"))
    envelope = envelope_address(addressee, "GB")
    assert town.casefold() in printed.casefold(), f"no {town} on the envelope: {envelope.lines}"


# -- F2: Start an event…'s calendar speaks English in the Arabic interface ------------------


def test_f2_the_event_dates_calendar_is_in_the_interfaces_language(
    qtbot: QtBot, arabic: LanguageManager
) -> None:
    """The organiser starts the evening in the Arabic interface and opens the date's
    calendar to pick the day: it reads "December 2026" and "Mon Tue Wed…", in English,
    in a dialog that is otherwise Arabic (it read "ديسمبر" before today: the date box was
    given the C locale for its Western digits, and its calendar took the C locale's month
    and day names with it)."""
    dialog = StartEventDialog(today=dt.date(2026, 12, 7))
    qtbot.addWidget(dialog)
    dialog.show()
    calendar = dialog.date.calendarWidget()
    shown = [button.text() for button in calendar.findChildren(QToolButton) if button.text()]
    december = QLocale().standaloneMonthName(12)
    assert december in shown, (shown, december)
    monday = calendar.locale().dayName(1, QLocale.FormatType.ShortFormat)
    assert monday == QLocale().dayName(1, QLocale.FormatType.ShortFormat), monday


# -- F3: an English letter's e-mail drawn against the right edge in the Arabic interface -----


def test_f3_an_english_letters_email_text_reads_from_the_left_in_arabic(
    qtbot: QtBot, arabic_window: MainWindow, answers: ModalAnswers
) -> None:
    """A volunteer using the Arabic interface writes her letter in English and opens
    Call, post, envelopes… to send it by e-mail: the e-mail's text box now draws every
    English line against the right edge, ragged on the left ("Dear President," at the
    right, short lines floating mid-box), unlike the letter editor, which aligns a
    letter's paragraphs by the letter's own direction. The box shows the letter she
    is about to copy: its left-to-right lines should start at the left."""
    arabic_window._letter_language_chosen("en")
    qtbot.waitUntil(
        lambda: arabic_window.session is not None and arabic_window.session.lang == "en"
    )
    misplaced: list[str] = []
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        box = dialog.findChild(QPlainTextEdit, "emailText")
        assert box is not None
        tabs = dialog.findChild(QTabWidget)
        assert tabs is not None
        page = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(box))
        tabs.setCurrentIndex(page)  # its lines are laid out once shown
        QApplication.processEvents()
        width = box.viewport().width()
        for block in text_blocks(box.document()):
            if not block.text().strip() or block.layout().lineCount() == 0:
                continue
            if block.textDirection() != Qt.LayoutDirection.LeftToRight:
                continue
            seen.append(block.text())
            drawn = block.layout().lineAt(0).naturalTextRect()
            if drawn.left() > width / 4:
                misplaced.append(f"{block.text()[:40]!r} drawn {drawn.getRect()} in {width}")
        dialog.reject()  # type: ignore[attr-defined]

    answers.expect("channelsDialog", look)
    arabic_window.channels.show_channels()
    qtbot.waitUntil(lambda: "channelsDialog" in answers.seen)
    assert seen, "no English line in the e-mail's text"
    assert misplaced == []


# -- F4: the last volunteer's letter set aside is offered at the next event -----------------


def test_f4_the_last_volunteers_letter_set_aside_is_not_offered_at_the_next_event(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Late in the evening Bakyt writes for UA 129/10, chooses the training action (his
    letter "stays saved as a draft") and leaves; the organiser ends the event with the
    PIN, without pressing Next volunteer. A month later she starts the next evening, and
    its first volunteer to choose UA 129/10 is offered "You were writing a letter for…":
    Bakyt's words, a stranger's, taken for this volunteer's own. The letters set aside
    before an event are put away at its start; one set aside at an earlier event is
    never cleared, and is offered to the next event's volunteers."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    window.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    answers.expect("switchQuestion", yes)
    choose(qtbot, window, SEED_ID)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Volunteer Bakyt writes this.")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    choose(qtbot, window, TRAINING_ID)
    assert holding(data / "drafts" / "actions", "Volunteer Bakyt")
    window.event_controls.mode.end()

    window.event_controls.mode.start(EventInfo.new("Write for Rights, January"), "2468", 10)
    offered: list[str] = []
    answers.expect("draftOffer", yes_noting(offered))
    choose(qtbot, window, SEED_ID)
    qtbot.wait(500)  # the offer comes from the event loop
    assert offered == [], "the last evening's volunteer's letter was offered"
    assert "Volunteer Bakyt" not in window.editor.toPlainText()
    window.unexported = False

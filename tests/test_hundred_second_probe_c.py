"""Probe 102c: the morning after, looked at. The organiser reports the evening's totals
from the event window with the interface in Arabic, Kazakh or German, for an evening whose
name is long or written in Chinese. Real windows under offscreen, real PDFs read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, normalise, pdf_pages_text
from qt_helpers import ModalAnswers
from test_cli import cli
from test_event_window import (
    find,
    pick_file,
    tasks,  # noqa: F401 (a fixture)
)
from test_gui import open_window
from uawriter.domain.model import Pack
from uawriter.gui.event_window import EventWindow
from uawriter.gui.language import LanguageManager
from uawriter.gui.tasks import TaskRunner
from uawriter.paths import AppPaths
from uawriter.storage.settings import Settings, SettingsStore
from uawriter.storage.tally import Channel, EventInfo, LetterRecord, TallyBook

LONG_NAME = ("Almaty Amnesty group: " + "Write for Rights at the church hall of St Mary " * 5)[
    :200
].strip()


def _letters(event: EventInfo, count: int) -> list[LetterRecord]:
    return [
        LetterRecord(
            id=f"letter-{index}",
            time=f"2026-12-10T19:{index % 60:02d}:00+05:00",
            event_id=event.id,
            event=event.name,
            ua="129/10",
            update=3,
            pack_id=SEED_ID,
            addressee_id="president",
            addressee="Ambassador of Kazakhstan (London W8 5DA)",
            channel=Channel.POST,
            language="kk",
            pages=2,
        )
        for index in range(count)
    ]


@pytest.fixture
def speaking() -> Iterator[LanguageManager]:
    """The interface's language manager; English again after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = LanguageManager(app)
    yield manager
    manager.set_language("en")


def _event_window(
    qtbot: QtBot,
    book: TallyBook,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    event: EventInfo,
) -> EventWindow:
    window = EventWindow(
        book,
        tasks,
        event=event,
        packs=[packs[SEED_ID], packs[TRAINING_ID]],
        now=lambda: dt.datetime(2026, 12, 10, 22, 0, tzinfo=dt.UTC),
    )
    qtbot.addWidget(window)
    window.resize(800, 600)
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        window.show()
    for _ in range(5):  # layout requests delivered
        QApplication.processEvents()
        qtbot.wait(20)
    return window


# -- F1: the report saved from a translated window is in English ------------------------------


@pytest.mark.parametrize("code", ["ar", "kk", "de"])
def test_f1_the_report_saved_from_a_translated_event_window_is_in_its_language(
    code: str,
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
    speaking: LanguageManager,
) -> None:
    """The organiser of an evening in Almaty (Kazakh interface) or Berlin (German) presses
    "Save the report (PDF)…" in the event window, whose every word is in her language: the
    one-page report for the section office comes out all in English ("Urgent Action
    letter-writing report", "letters written", "By case", "Signatures", the notes at its
    foot), which she cannot check before sending and her section office may not read.
    rendering/report.py ``LABELS`` is one English dict ("so it can be translated") that
    ``render_report`` always uses; gui/tally_files.py ``save_pdf`` passes no language."""
    speaking.set_language(code)
    event = EventInfo("evening-1", "Write for Rights", "Almaty", "2026-12-10")
    book = TallyBook(tmp_path / "data" / "tally.jsonl")
    book.record(_letters(event, 12))
    window = _event_window(qtbot, book, tasks, packs, event)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()

    answers.expect("saveTallyPdfDialog", pick_file(target))
    with qtbot.waitSignal(window.saved, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)

    text = normalise(pdf_pages_text(target)[0])
    assert "Write for Rights" in text
    assert "12" in text
    english = [
        words
        for words in ("letter-writing report", "letters written", "By case", "Signatures")
        if words in text
    ]
    assert english == [], (code, english)


# -- F2: a long evening name is cut in the tally's box with no "…" ----------------------------


@pytest.mark.parametrize("code", ["ar", "de"])
def test_f2_a_long_evening_name_in_the_tally_box_is_shortened_with_an_ellipsis(
    code: str,
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    speaking: LanguageManager,
) -> None:
    """The organiser opens the event window (800 × 600) for an evening named at length
    (200 characters, as typed in Start an event…): the "Show:" box cuts the name mid-word
    at its edge with no "…" ("…St Mary eve"), so it looks like the whole name; in Arabic
    the Latin name is cut at its start instead, and the box shows the end of the name
    without its beginning. gui/event_window.py ``_fill_scope`` puts the whole name into
    the ``tallyScope`` combo box, which gui/common.py ``narrow_combo`` keeps narrow
    (probe 92c), and a QComboBox clips its current text, never elides it."""
    speaking.set_language(code)
    event = EventInfo("evening-1", LONG_NAME, "Almaty", "2026-12-10")
    book = TallyBook(tmp_path / "data" / "tally.jsonl")
    book.record(_letters(event, 3))
    window = _event_window(qtbot, book, tasks, packs, event)
    box = find(window, QComboBox, "tallyScope")

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    shown = option.currentText
    assert box.fontMetrics().horizontalAdvance(shown) <= field.width(), (code, shown)
    assert "…" in shown, (code, shown)
    assert "Almaty Amnesty group" in shown, (code, shown)  # the name's start, not its end


# -- F3: an evening named in Chinese is boxes in the window -----------------------------------


def test_f3_an_evening_named_in_chinese_is_drawn_in_the_event_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """An evening at a Chinese community centre is named in Chinese ("为权利而写作"): the PDF
    report prints it (resources/fonts has DroidSansFallbackFull), but the event window's
    heading, "Show:" box and tables draw every Chinese character as the same empty box on
    a Linux laptop without a system CJK font, so two evenings cannot be told apart and the
    organiser cannot read which she is reporting. The fonts the app ships are registered
    for reportlab only (rendering/fonts.py ``register_fonts``); nothing gives them to Qt
    (no ``QFontDatabase.addApplicationFont`` in app.py ``build_main_window``)."""
    main = open_window(qtbot, tmp_path / "data")
    drawn = []
    for name in ("为权利而写作", "阿拉木图晚会"):
        event = EventInfo.new(name, "", "")
        window = EventWindow(main.tally, main.tasks, event=event, packs=list(main.catalog.packs))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        heading = find(window, QLabel, "eventHeading")
        assert name in heading.text()
        window.resize(800, 600)
        QApplication.processEvents()
        drawn.append(heading.grab().toImage())
    assert drawn[0] != drawn[1], "two names drawn as the same empty boxes"
    # whatever fonts the laptop has: the one the app ships for Chinese is the window's too
    assert "Droid Sans Fallback" in QFontDatabase.families()


@pytest.mark.parametrize(
    ("given", "heading"), [(["--report-language", "kk"], "Істер бойынша"), ([], "Nach Fall")]
)
def test_f1_the_report_from_the_command_line_is_in_the_organisers_language(
    tmp_path: Path, given: list[str], heading: str
) -> None:
    """``uawriter tally --pdf`` writes the report in the language asked for, or else in the
    interface's the organiser chose in the window (German here), as the window does."""
    paths = AppPaths(tmp_path / "data")
    SettingsStore(paths.settings_file).save(Settings(ui_language="de"))
    event = EventInfo("evening-1", "Write for Rights", "Almaty", "2026-12-10")
    TallyBook(paths.tally_file).record(_letters(event, 5))
    report = tmp_path / "report.pdf"

    done = cli(paths, "tally", "--pdf", str(report), *given)

    assert done.code == 0, done.err
    text = normalise(pdf_pages_text(report)[0])
    assert heading in text
    assert "By case" not in text


def test_a_report_language_the_report_has_no_words_in_is_said(tmp_path: Path) -> None:
    """``--report-language it``: the report has no Italian words; it is written in
    English, and the organiser is told so rather than left to wonder."""
    paths = AppPaths(tmp_path / "data")
    event = EventInfo("evening-1", "Write for Rights", "Almaty", "2026-12-10")
    TallyBook(paths.tally_file).record(_letters(event, 5))
    report = tmp_path / "report.pdf"

    done = cli(paths, "tally", "--pdf", str(report), "--report-language", "it")

    assert done.code == 0, done.err
    assert "no words in 'it'" in done.err
    assert "By case" in normalise(pdf_pages_text(report)[0])

"""Probe 109a: the regressions of today's commits (the mirrored Arabic report, the report's
cases in its own language, the envelope's country line, joiners after marks, letters set
aside before an event)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import pdf_words
from qt_helpers import ModalAnswers
from test_gui import open_window
from uawriter.gui.main_window import MainWindow
from uawriter.rendering.report import MARGIN, render_report
from uawriter.storage.tally import (
    Channel,
    EventInfo,
    ExtraCount,
    ExtraKind,
    LetterRecord,
    TallyContents,
)
from uawriter.storage.tally_totals import totals

# -- F1: the envelope table's report names a case in English in every language -----------


@pytest.fixture
def french_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, tmp_path / "data")
    window.services.languages.set_language("fr")
    yield window
    window.services.languages.set_language("en")


def test_f1_the_envelope_tables_report_names_the_case_in_the_interfaces_language(
    qtbot: QtBot, french_window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The organiser of a French evening prints tonight's letters by addressee; one
    letter's file was tidied away. The report lists it as "• Ministre (UA 129/10 (update
    3)) : …": the case in English in a French message, where the event window, the
    report PDF ("UA 129/10 (mise à jour 3)") and every other place of the interface say
    "mise à jour". gui/envelope_table.py ``report_text`` writes the case with
    ``action_label``, the tally's English key, not the interface's words."""
    window = french_window
    controls = window.event_controls
    controls.mode.start(EventInfo.new("Soirée Écrire pour les droits", "Lyon"), "2468", 10)
    info = controls.mode.info
    assert info is not None
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    gone = tmp_path / "rangé" / "lettre.pdf"
    controls.book.record(
        [
            LetterRecord(
                id="l1",
                time=now,
                event_id=info.id,
                event=info.name,
                ua="129/10",
                update=3,
                pack_id="p",
                addressee_id="ministre",
                addressee="Ministre",
                channel=Channel.POST,
                language="fr",
                pages=2,
                file=str(gone),
            )
        ]
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "table.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    reports: list[str] = []

    def read_report(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        reports.append(box.text())
        box.accept()

    answers.expect("envelopeTableReport", read_report)
    run = controls.print_by_addressee(printer)
    assert run is not None
    qtbot.waitUntil(lambda: run.done and len(reports) == 1, timeout=60000)

    (text,) = reports
    assert "Ministre" in text, text
    assert "mise à jour 3" in text, text
    assert "update" not in text, text


# -- F2: a section's signatures overflow their box on the report -------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
def test_f2_the_reports_five_figures_stay_in_their_boxes(language: str) -> None:
    """A section office merges the tallies of its groups' evenings and prints the report:
    eleven petitions of 9,999,999 signatures each (the most one count may hold) make
    109,999,989. On the page the figure, 18 pt bold, is wider than its box (a fifth of the
    page): its first and last digits are drawn across the box's border lines, and a few
    more digits run into the gap and the next box. rendering/report.py ``_draw_headline``
    draws each figure at 18 pt whatever its width (the table's cells widen for it; the
    five boxes do not)."""
    extras = [
        ExtraCount(
            id=f"x{n}",
            time="2026-12-10T21:00:00+05:00",
            event_id="ev",
            event="Evening",
            ua=f"{n}/26",
            update=0,
            pack_id="p",
            kind=ExtraKind.SIGNATURES,
            count=9_999_999,
        )
        for n in range(11)
    ]
    pdf = render_report(
        totals(TallyContents((), tuple(extras))),
        EventInfo("ev", "Evening", "Leeds", "2026-12-10"),
        dt.datetime(2026, 12, 10, 22, 0, tzinfo=dt.UTC),
        language,
    )
    page_width = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)
    words = pdf_words(pdf)
    figure = next(w for w in words if w.text == "109999989" and w.top < 300)
    gap, width = 8, (page_width - 2 * MARGIN - 4 * 8) / 5
    boxes = [MARGIN + index * (width + gap) for index in range(5)]
    if language == "ar":  # mirrored: the boxes from the right
        boxes = [page_width - left - width for left in boxes]
    assert any(left <= figure.left and figure.right <= left + width for left in boxes), (
        figure,
        boxes,
        width,
    )

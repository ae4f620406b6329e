"""Probe 93c (issue 12, items 8, 10, 11, 12): a whole evening at an event in the real
window, three volunteers in a row, each sending her letters another way."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from helpers import normalise, pdf_pages_text
from letter_steps import her_faxes_counted_then_bob, print_to_file_over
from qt_helpers import ModalAnswers
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook


def test_f1_a_letter_printed_to_a_pdf_file_replaces_the_last_volunteers_counted_fax(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Aigerim exports her three faxes into the evening's folder; the tally counts them
    and names their files. The next volunteer prints his letters "to a PDF file" through
    the print dialog; its file browser opens in the evening's folder, a click on the first
    PDF puts its name in the box, OK, and Qt asks "… already exists. Do you want to
    overwrite it?": Yes. Aigerim's fax to the President is gone: the file holds his printed
    pages, and the tally still names it as her counted fax, so the organiser faxes his
    letter under her count and hers never goes. Envelopes, the report and the CSV saved
    over a counted letter are put beside it (``TallyBook.counts_file``, probes 90b, 91a);
    a print to a file writes over it."""
    window = event_evening
    hers = her_faxes_counted_then_bob(qtbot, window, answers, tmp_path / "evening")[0]
    book = TallyBook(window.services.paths.tally_file)
    assert book.counts_file(hers)
    before = hers.read_bytes()
    assert "Aigerim Sadykova" in normalise(" ".join(pdf_pages_text(hers)))

    printed, asked = print_to_file_over(qtbot, window, answers, hers)
    qtbot.waitUntil(lambda: bool(printed), timeout=60_000)
    assert asked == [""]
    assert book.counts_file(hers)
    assert hers.read_bytes() == before, "her counted fax was replaced by his printed letters"
    assert "warning" in answers.seen
    beside = hers.with_name(f"{hers.stem} (2).pdf")  # his pages (images), whole, beside it
    assert len(PdfReader(beside).pages) == printed[0]

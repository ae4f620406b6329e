"""Probe 93c (issue 12, items 8, 10, 11, 12): a whole evening at an event in the real
window, three volunteers in a row, each sending her letters another way."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import normalise, pdf_pages_text
from qt_helpers import ModalAnswers
from test_evening import _export_all, type_text
from test_gui import find
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
    evening = tmp_path / "evening"
    evening.mkdir()
    name_box = find(window, QLineEdit, "senderName")
    name_box.setFocus()
    type_text(name_box, "Aigerim Sadykova")
    window.sender_pane.flush()
    hers = _export_all(qtbot, window, answers, evening)[0]
    book = TallyBook(window.services.paths.tally_file)
    assert book.counts_file(hers)
    before = hers.read_bytes()
    assert "Aigerim Sadykova" in normalise(" ".join(pdf_pages_text(hers)))

    window.event_controls.next_volunteer(ask_first=False)
    name_box.setFocus()
    type_text(name_box, "Bob Jones")
    window.sender_pane.flush()

    def to_her_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        file_box = dialog.findChild(QLineEdit, "filename")
        assert file_box is not None
        file_box.setText(str(hers))  # what a click on her file in the browser puts there
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        QTimer.singleShot(0, buttons.button(QDialogButtonBox.StandardButton.Ok).click)

    def overwrite(box: QWidget) -> None:  # Qt's own "already exists. Overwrite it?"
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    inner = ModalAnswers()  # the question opens inside the print dialog's OK
    inner.expect("", overwrite)
    answers.expect("printDialog", to_her_file)
    answers.expect("warning", lambda box: box.accept())  # printed beside it, and said
    printed: list[int] = []
    window.output.printed.connect(printed.append)
    window.menus.print_action.trigger()
    qtbot.waitUntil(lambda: bool(printed), timeout=60_000)
    inner.stop()
    assert inner.seen == [""]
    assert book.counts_file(hers)
    assert hers.read_bytes() == before, "her counted fax was replaced by his printed letters"
    assert "warning" in answers.seen
    beside = hers.with_name(f"{hers.stem} (2).pdf")  # his pages (images), whole, beside it
    assert len(PdfReader(beside).pages) == printed[0]

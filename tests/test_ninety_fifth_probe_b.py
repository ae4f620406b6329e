"""Probe 95b (issue 12, items 8, 10, 11): an unlucky evening with crashes: windows really
killed (SIGKILL) while a letter goes out, then started again on the same data folder."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crash_steps import HER_LETTER_IN_A_WINDOW
from helpers import SEED_ID, run_uawriter
from qt_helpers import ModalAnswers
from test_gui import open_window
from uawriter.exporting import finish_interrupted_exports
from uawriter.storage.tally import TallyBook

#: A window in a process of its own: the volunteer signs, adds a sentence to the letter
#: for all three officials, presses Print, chooses "Print to file" ({printed}) in the print
#: dialog, OK, and the laptop dies once the second page is painted.
PRINT_TO_FILE_THEN_KILL = (
    HER_LETTER_IN_A_WINDOW
    + """
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
import uawriter.gui.modal as modal
import uawriter.gui.printing as printing
def to_file(dialog):
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName({printed!r})
    return QPrintDialog.DialogCode.Accepted
modal.run = to_file
real = printing.paint_page
painted = []
def paint(painter, printer, image):
    real(painter, printer, image)
    painted.append(1)
    if len(painted) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
printing.paint_page = paint
window.sending.print_letters()
wait(lambda: False)
"""
)


@pytest.mark.parametrize("earlier", [False, True], ids=["new-file", "over-an-earlier-print"])
def test_f1_a_print_to_a_file_killed_half_way_leaves_a_half_pdf_under_her_name(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, earlier: bool
) -> None:
    """She prints her letters "to a PDF file" (letters.pdf on her stick) and the laptop
    dies while the pages are painted. Nothing is counted and her letter is offered back,
    as it should be; but letters.pdf stays on the stick, a megabyte of a PDF cut off half
    way (no end, no page table): the next start neither finishes nor removes it, and it
    is taken to the post office or mailed as her letters, which no viewer opens. Printed
    over an earlier print of hers (Qt's own "overwrite?" answered Yes), the whole earlier
    file is lost too: neither copy is left whole. An export writes each file under a
    hidden name and renames it whole, and a start tidies what a killed export left; a
    print to a file is written by Qt straight under her name."""
    data = tmp_path / "data"
    printed = tmp_path / "stick" / "letters.pdf"
    printed.parent.mkdir()
    if earlier:  # her letters printed to this file earlier in the evening, whole
        from reportlab.pdfgen.canvas import Canvas

        canvas = Canvas(str(printed))
        canvas.drawString(72, 720, "Her letters printed earlier")
        canvas.save()
    script = PRINT_TO_FILE_THEN_KILL.format(data=str(data), pack=SEED_ID, printed=str(printed))
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not TallyBook(data / "tally.jsonl").read().letters  # nothing went: none counted

    # the next start, as the app's own does it: what a killed export left is put right
    finish_interrupted_exports(TallyBook(data / "tally.jsonl"))
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: answers.seen == ["draftOffer"], timeout=30_000)
    assert "MY OWN SENTENCE." in window.editor.toPlainText()
    assert len(window.addressees_pane.selected()) == 3
    left = printed.read_bytes() if printed.exists() else b""
    whole = not left or b"%%EOF" in left[-32:]
    assert whole, f"{printed.name} is a PDF cut off after {len(left)} bytes"

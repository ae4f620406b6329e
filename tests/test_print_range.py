"""The print dialog prints whole letters: UA Writer paints every page of what is printed
and counts the letters printed, so a page range chosen in the dialog is not taken."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from uawriter.gui.printing import print_dialog


def _pages_one_to_one(dialog: QPrintDialog) -> None:
    """Options >>, "Pages from 1 to 1", Print: as a volunteer saving paper would."""

    def choose() -> None:
        ranges = [r for r in dialog.findChildren(QRadioButton) if r.objectName() == "printRange"]
        assert ranges, "the dialog has no page range to choose"
        ranges[0].click()
        dialog.accept()

    def options() -> None:
        for button in dialog.findChildren(QPushButton):
            if "ptions" in button.text():
                button.click()
        QTimer.singleShot(100, choose)

    QTimer.singleShot(100, options)


def test_a_page_range_chosen_is_not_taken(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "letters.pdf"))
    dialog = print_dialog(printer, None)
    qtbot.addWidget(dialog)
    _pages_one_to_one(dialog)

    assert dialog.exec() == QPrintDialog.DialogCode.Accepted
    assert printer.printRange() == QPrinter.PrintRange.AllPages


def test_qt_s_own_dialog_would_take_it(qtbot: QtBot, tmp_path: Path) -> None:
    """The same steps in Qt's dialog as it comes: the range is taken (what the test above
    would see without ``print_dialog``)."""
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "letters.pdf"))
    dialog = QPrintDialog(printer, None)
    qtbot.addWidget(dialog)
    _pages_one_to_one(dialog)

    assert dialog.exec() == QPrintDialog.DialogCode.Accepted
    assert printer.printRange() == QPrinter.PrintRange.PageRange

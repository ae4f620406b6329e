"""A print to a PDF file goes into a hidden file beside the one chosen
(``printing.StagedPrintFile``): when that file cannot be made, the print does not start,
and why is said with the file's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from uawriter.gui.printing import StagedPrintFile


def test_a_print_into_a_folder_that_is_a_file_names_it(qtbot: QtBot, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "letters"
    not_a_folder.write_text("a file, not a folder", encoding="utf-8")
    target = not_a_folder / "tonight.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    file = StagedPrintFile(printer)

    assert not file.begin(QPainter())
    assert file.error is not None
    assert file.error.filename == str(target)
    assert printer.outputFileName() == str(target)
    assert not_a_folder.read_text(encoding="utf-8") == "a file, not a folder"


def test_a_whole_print_takes_the_name_and_leaves_nothing_hidden(
    qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "tonight.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    file = StagedPrintFile(printer)
    painter = QPainter()

    assert file.begin(painter)
    assert not target.exists()  # written beside it until it is whole
    painter.drawText(100, 100, "Aigerim")
    painter.end()
    file.end(True)

    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["tonight.pdf"]
    assert printer.outputFileName() == str(target)

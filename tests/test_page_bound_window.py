"""The window and a letter of more than 30 pages: the preview says so in place of the
pages (it laid out 145 pages of wide characters and showed them), and export and printing
refuse it with the same words, never as "could not write to the folder" or a traceback."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import pdf_pages_text
from qt_helpers import ModalAnswers
from test_gui import open_window
from uawriter.gui.common import ltr
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook

WIDE_LETTER = "\ufdfd" * 29_000
REFUSED = "would take more than 30 pages; shorten it"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: win.session is not None)
    return win


def _warnings(answers: ModalAnswers) -> list[tuple[str, str]]:
    """(title, text) of the next warning, once it is shown."""
    seen: list[tuple[str, str]] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    answers.expect("warning", read)
    return seen


def test_the_preview_says_the_letter_is_too_long_in_place_of_its_pages(
    qtbot: QtBot, window: MainWindow
) -> None:
    preview = window.preview
    with qtbot.waitSignal(window.preview_ready, timeout=30_000):
        pass
    assert preview.pdf
    assert window.letter_pane.letter_pages >= 1

    with qtbot.waitSignal(preview.failed, timeout=30_000) as failed:
        window.editor.setPlainText(WIDE_LETTER)

    message = failed.args[0]
    assert message.startswith("the letter to ")
    assert message.endswith(f"{REFUSED} (a letter is a page or two)")
    assert not preview.notice.isHidden()
    assert preview.view.isHidden()
    assert preview.notice.text() == f"The preview failed: {message}"
    assert preview.pdf == b""  # the pages of the letter before are not kept to print
    assert window.letter_pane.letter_pages == 0  # nor their count
    assert message in window.statusBar().currentMessage()
    window.channels.show_fax_view()  # no dialog of the old pages: the reason again
    assert window.statusBar().currentMessage() == message

    with qtbot.waitSignal(window.preview_ready, timeout=30_000):
        window.editor.setPlainText("Dear Sir,\n\nA short letter.\n")
    assert preview.notice.isHidden()
    assert not preview.view.isHidden()
    assert "A short letter." in "".join(pdf_pages_text(preview.pdf))


def test_exporting_a_letter_too_long_says_so_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    (letter, *_) = window.letters()
    too_long = dataclasses.replace(letter, text=WIDE_LETTER)
    seen = _warnings(answers)
    target = tmp_path / "letter.pdf"

    window.output.export_to_file([too_long], target, window.output_context())

    qtbot.waitUntil(lambda: seen != [], timeout=30_000)
    ((title, text),) = seen
    assert title == "The letters could not be saved"
    assert text.startswith(f"the letter to {letter.addressee.display_name}")
    assert REFUSED in text
    assert "could not write" not in text
    assert not target.exists()
    assert TallyBook(window.services.paths.tally_file).read().letters == ()


def test_exporting_to_a_folder_stops_at_the_letter_too_long_and_says_what_was_saved(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    first, second, third = window.letters()
    letters = [first, dataclasses.replace(second, text=WIDE_LETTER), third]
    seen = _warnings(answers)
    folder = tmp_path / "stick"

    with qtbot.waitSignal(window.exported, timeout=30_000) as exported:
        window.output.export_to_folder(letters, folder, window.output_context())
    qtbot.waitUntil(lambda: seen != [], timeout=30_000)

    (saved,) = exported.args[0]
    assert list(folder.iterdir()) == [Path(saved)]
    ((title, text),) = seen
    assert title == "Not all the letters could be saved"
    assert text.startswith(f"the letter to {second.addressee.display_name}")
    assert REFUSED in text
    assert text.endswith(f"\n\nThe letter is saved in {ltr(str(folder))}.")  # the first
    (counted,) = TallyBook(window.services.paths.tally_file).read().letters
    assert Path(counted.file) == Path(saved)


def test_printing_a_letter_too_long_says_so(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    (letter, *_) = window.letters()
    too_long = dataclasses.replace(letter, text=WIDE_LETTER)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    seen = _warnings(answers)

    window.output.print_to(printer, [too_long], window.output_context())

    qtbot.waitUntil(lambda: seen != [], timeout=30_000)
    ((title, text),) = seen
    assert title == "Printing failed"
    assert text.startswith(f"the letter to {letter.addressee.display_name}")
    assert REFUSED in text
    assert not target.exists()

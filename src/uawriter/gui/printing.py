"""Putting PDF pages on a printer: each page rendered at print resolution on a worker
thread, a few at a time, and painted onto the printer on the UI thread as it comes. Cancel
stops at the end of the letter being painted: what went to the printer is whole letters,
and they are counted (a print run cannot be taken back from the printer once painted).

A page at 300 dpi is a 2480 × 3508 image: 35 MB in colour, 8.7 MB in grey. Rendered all at
once before painting, twenty letters of a pack at its limits (158 pages) took 5.4 GB and
froze the window for 30 s; a pack's 200 addressees would take 52 GB. Here no more than
:data:`PAGES_AT_ONCE` pages are in memory, the window stays live, and a progress box can
cancel the print run.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from uawriter.atomic import staged_file, sync_folder
from uawriter.exporting import tidy_folder
from uawriter.gui.common import ltr, os_error_text, warn
from uawriter.gui.dialogs import outside_data_folder
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import TallyBook

translate = QCoreApplication.translate

PRINT_DPI = 300
#: Pages rendered by one task and painted together.
PAGES_AT_ONCE = 4


def raster_size(printer: QPrinter) -> QSize:
    """Text stays sharp at 300 dpi; a 1200 dpi image of a page would take seconds."""
    target = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = min(1.0, PRINT_DPI / max(printer.resolution(), 1))
    return QSize(round(target.width() * scale), round(target.height() * scale))


def on_paper(page: QImage) -> QImage:
    """A rendered page (transparent where nothing is drawn) on white paper, in grey: a
    quarter of the memory of colour; letters are black."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper.convertToFormat(QImage.Format.Format_Grayscale8)


def rasterise(pdf: bytes, page_size: QSize, first: int = 0, end: int | None = None) -> list[QImage]:
    """Pages ``first`` to ``end`` (all by default) of ``pdf`` as grey images of
    ``page_size`` pixels on white; safe on a worker thread."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    last = document.pageCount() if end is None else min(end, document.pageCount())
    images = [on_paper(document.render(index, page_size)) for index in range(first, last)]
    document.close()
    buffer.close()
    return images


def print_file_allowed(window: QWidget, printer: QPrinter, tally: TallyBook | None) -> bool:
    """Whether a print "to a PDF file" may go where the print dialog was told (Qt's own
    dialog, not the app's file choosers): not into the data folder (a print onto
    tally.jsonl replaced the evening's tally, probe 94a), not onto a pipe or a device (the
    window hung for good writing into a pipe no one read, probe 94a). Onto a letter the
    tally counts it goes to a free name beside it, said: Yes to "overwrite?" replaced the
    last volunteer's exported fax while the tally still named it as hers (probe 93c)."""
    name = printer.outputFileName()
    if not name or printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        return True
    path = Path(name)
    if not outside_data_folder(window, path):
        return False
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        regular = True  # a new file
    except OSError:
        regular = False
    if not regular:
        warn(
            window,
            translate("MainWindow", "Printing failed"),
            translate("MainWindow", "%1 is not a file: print to a file in a folder.").replace(
                "%1", ltr(str(path))
            ),
        )
        return False
    with contextlib.suppress(OSError):  # what a print killed there left (probe 96a)
        tidy_folder(path.parent, tally)
    target = tally.beside_letters(path) if tally is not None else path
    if target == path:
        return True
    printer.setOutputFileName(str(target))
    warn(
        window,
        translate("MainWindow", "Printed to another file"),
        translate(
            "MainWindow",
            "%1 holds letters that were exported and counted, and is kept: the pages go to "
            "%2 instead.",
        )
        .replace("%1", ltr(path.name))
        .replace("%2", ltr(target.name)),
    )
    return True


class StagedPrintFile:
    """A print "to a PDF file" written into a hidden temporary file beside the file she
    chose, which takes its name only when the print ends with pages in it: a print killed
    half way left a cut-off PDF under her name, in place of an earlier whole one (probe
    95b). For a printer that prints to paper, nothing."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        name = printer.outputFileName()
        self.target = Path(name) if name else None
        self.staged: tuple[int, Path] | None = None
        #: why the hidden file beside the chosen one could not be made, if it could not
        self.error: OSError | None = None

    def begin(self, painter: QPainter) -> bool:
        """``painter`` begun on the printer, writing to the hidden file; False if either
        could not be."""
        if self.target is not None:
            try:
                self.staged = staged_file(self.target)
            except OSError as exc:
                self.error = exc
                return False
            self.printer.setOutputFileName(str(self.staged[1]))
        if painter.begin(self.printer):
            return True
        self.end(False)
        return False

    def end(self, keep: bool) -> None:
        """The pages painted (the painter ended) take the file's name if ``keep``; else
        the hidden file goes. The printer is told the file's name again."""
        if self.target is None or self.staged is None:
            return
        fd, tmp = self.staged
        self.staged = None
        self.printer.setOutputFileName(str(self.target))
        try:
            if keep:
                os.replace(tmp, self.target)
                sync_folder(self.target.parent)
            else:
                os.unlink(tmp)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        finally:
            os.close(fd)


def print_dialog(printer: QPrinter, parent: QWidget | None) -> QPrintDialog:
    """The print dialog for ``printer``: every page of what is printed goes (whole letters
    are what is counted), so it offers no page range, selection or current page that
    would not be honoured (a range chosen printed and counted everything)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    for option in (
        QPrintDialog.PrintDialogOption.PrintPageRange,
        QPrintDialog.PrintDialogOption.PrintSelection,
        QPrintDialog.PrintDialogOption.PrintCurrentPage,
    ):
        dialog.setOption(option, False)
    return dialog


def printer_failed(window: QWidget, error: OSError | None = None) -> None:
    """The printer could not be started; ``error``: the file a print to a PDF file was to
    go into could not be made (the folder and why are named)."""
    text = translate("MainWindow", "The printer could not be started.")
    warn(
        window,
        translate("MainWindow", "Printing failed"),
        f"{text}\n\n{os_error_text(error)}" if error is not None else text,
    )


def paint_images(window: QWidget, printer: QPrinter, images: Sequence[QImage]) -> bool:
    """Paint page images onto ``printer``, one a page; False (after saying so) if the
    printer could not be started. For a few pages (envelopes); letters go by
    :class:`PagePrint`."""
    painter = QPainter()
    file = StagedPrintFile(printer)
    if not file.begin(painter):
        printer_failed(window, file.error)
        return False
    for index, image in enumerate(images):
        if index:
            printer.newPage()
        paint_page(painter, printer, image)
    painter.end()
    file.end(True)
    return True


def paint_page(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    target = printer.pageLayout().paintRectPixels(printer.resolution())
    painter.fillRect(target, Qt.GlobalColor.white)
    painter.drawImage(target, image)


class PagePrint(QObject):
    """One print run of ``pdf``'s pages onto ``printer``, its letters ``letter_pages`` long:
    :meth:`start`, and ``finished`` is told the pages printed (all; those of the letters
    finished when Cancel was pressed or a page failed; 0: the printer could not be started).
    """

    def __init__(
        self,
        window: QWidget,
        tasks: TaskRunner,
        printer: QPrinter,
        pdf: bytes,
        letter_pages: Sequence[int],
        finished: Callable[[int], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.printer = printer
        self.pdf = pdf
        self.ends = set(itertools.accumulate(letter_pages))  # where a letter ends
        self.pages = sum(letter_pages)
        self.size = raster_size(printer)
        self.painter = QPainter()
        self.file = StagedPrintFile(printer)
        self.painted = 0
        #: Until its pages went to the printer, or it was stopped (the window closing)
        self.running = True
        self.finished = finished
        self.failed = failed
        self.progress = QProgressDialog(
            translate("MainWindow", "Printing…"),
            translate("MainWindow", "Cancel"),
            0,
            self.pages,
            window,
        )
        self.progress.setObjectName("printProgress")
        self.progress.setMinimumDuration(500)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)

    def start(self) -> None:
        if not self.file.begin(self.painter):
            self.progress.reset()
            printer_failed(self.window, self.file.error)
            self._done(0)
            return
        self._next()

    def _between_letters(self) -> bool:
        return self.painted == 0 or self.painted in self.ends

    def _next(self) -> None:
        if self.painted >= self.pages or (self.progress.wasCanceled() and self._between_letters()):
            self.painter.end()
            self._done(self.painted)
            return
        if not self.progress.wasCanceled():
            self.progress.setValue(self.painted)
        # after a Cancel, only to the end of the letter being painted
        pdf, size, first = self.pdf, self.size, self.painted
        end = first + PAGES_AT_ONCE
        if self.progress.wasCanceled():
            end = min([end, *(e for e in self.ends if e > first)])
        self.tasks.run(
            lambda _context: rasterise(pdf, size, first, end),
            on_done=self._paint,
            on_failed=self._fail,
            renders=False,
        )

    def _paint(self, images: list[QImage]) -> None:
        if not images:  # fewer pages than counted: nothing more to print
            self.pages = self.painted
        for image in images:
            if self.painted:
                self.printer.newPage()
            paint_page(self.painter, self.printer, image)
            self.painted += 1
        self._next()

    def _fail(self, message: str) -> None:
        self.painter.end()  # what was painted goes to the printer: its whole letters count
        self.progress.reset()
        self.failed(message)
        self._done(max((end for end in self.ends if end <= self.painted), default=0))

    def abandon(self) -> None:
        """The window closes: what was painted goes to the printer, no more is, and the
        letters painted whole are told as printed (they were not counted, probe 89a)."""
        if not self.running:
            return
        if self.painter.isActive():
            self.painter.end()
        self._done(max((end for end in self.ends if end <= self.painted), default=0))

    def _done(self, pages: int) -> None:
        self.file.end(pages > 0)
        self.running = False
        self.progress.reset()
        self.progress.deleteLater()
        self.finished(pages)
        self.deleteLater()

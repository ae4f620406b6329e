"""The organiser's "Print tonight's letters by addressee": every letter exported on this
laptop during the event, printed again in addressee order for the envelope table.

The tally says where each letter was written (``file``) and from which page
(``first_page``, for combined exports); the engine puts the records in envelope order.
Each letter's pages are read from its PDF and rasterised on a worker thread, one letter at
a time, and painted onto the printer as they come: an evening of letters never sits in
memory at once. A file that was moved, deleted or changed since is named in the report;
nothing is counted again in the tally (these letters were counted when they were exported).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from uawriter.exporting import envelope_table_order
from uawriter.gui import modal
from uawriter.gui.common import ltr, plain_labels
from uawriter.gui.event_dialogs import action_title
from uawriter.gui.printing import (
    StagedPrintFile,
    on_paper,
    paint_page,
    print_dialog,
    print_file_allowed,
    printer_failed,
    raster_size,
)
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.evenings import evening_of
from uawriter.storage.tally import EventInfo, LetterRecord, TallyBook, letters_sent

translate = QCoreApplication.translate

#: At most this many missing letters are listed by name in the report.
LISTED = 12


@dataclass(frozen=True)
class LetterPages:
    """One letter read back from its file: its page images, or why it could not be."""

    record: LetterRecord
    images: tuple[QImage, ...]
    problem: str = ""  # "", MISSING, UNREADABLE or SHORT


MISSING, UNREADABLE, SHORT = "missing", "unreadable", "short"


def problem_text(problem: str) -> str:
    if problem == MISSING:
        return translate("EventControls", "not found")
    if problem == UNREADABLE:
        return translate("EventControls", "not a PDF that can be read")
    if problem == SHORT:
        return translate("EventControls", "has fewer pages than were written")
    return problem


def read_letter(record: LetterRecord, size: QSize) -> LetterPages:
    """The pages of one exported letter at ``size``; safe on a worker thread."""
    path = Path(record.file)
    if not path.is_file():
        return LetterPages(record, (), MISSING)
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return LetterPages(record, (), UNREADABLE)
        last = record.first_page + record.pages
        if record.pages < 1 or document.pageCount() < last:
            return LetterPages(record, (), SHORT)
        images = tuple(
            on_paper(document.render(index, size)) for index in range(record.first_page, last)
        )
        return LetterPages(record, images)
    finally:
        document.close()


class EnvelopeTablePrint(QObject):
    """One run of printing the evening's letters by addressee."""

    def __init__(
        self,
        parent: QWidget,
        tasks: TaskRunner,
        records: Sequence[LetterRecord],
        printer: QPrinter,
        finished: Callable[[EnvelopeTablePrint], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.tasks = tasks
        self.records = list(records)
        self.printer = printer
        self.size = raster_size(printer)
        self.painter = QPainter()
        self.file = StagedPrintFile(printer)
        self.pages = 0
        self.printed: list[LetterRecord] = []
        self.missing: list[tuple[LetterRecord, str]] = []
        self.on_finished = finished
        self.done = False
        self.progress = QProgressDialog(parent)
        plain_labels(self.progress)  # its line names a pack's official (probe 96b)
        self.progress.setObjectName("envelopeTableProgress")
        self.progress.setWindowTitle(translate("EventControls", "Printing by addressee"))
        self.progress.setRange(0, len(self.records))
        self.progress.setMinimumDuration(500)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)

    def start(self) -> None:
        if not self.file.begin(self.painter):
            printer_failed(self.parent_widget, self.file.error)
            self._finish()
            return
        self._next(0)

    def _next(self, index: int) -> None:
        if index >= len(self.records) or self.progress.wasCanceled():
            self._finish()
            return
        self.progress.setValue(index)
        self.progress.setLabelText(
            translate("EventControls", "Letter %1 of %2: %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.records)))
            .replace("%3", self.records[index].addressee)
        )
        record, size = self.records[index], self.size
        self.tasks.run(
            lambda _context: read_letter(record, size),
            on_done=lambda letter: self._paint(index, letter),
            on_failed=lambda message: self._fail(index, message),
            renders=False,
        )

    def _paint(self, index: int, letter: LetterPages) -> None:
        if letter.problem:
            self.missing.append((letter.record, letter.problem))
        else:
            for image in letter.images:
                if self.pages:
                    self.printer.newPage()
                paint_page(self.painter, self.printer, image)
                self.pages += 1
            self.printed.append(letter.record)
        self._next(index + 1)

    def _fail(self, index: int, message: str) -> None:
        self.missing.append((self.records[index], message))
        self._next(index + 1)

    def _finish(self) -> None:
        if self.painter.isActive():
            self.painter.end()
        self.file.end(self.pages > 0)
        self.progress.reset()
        self.done = True
        if self.on_finished is not None:
            self.on_finished(self)

    def report_text(self) -> str:
        text = translate(
            "EventControls",
            "%n letter(s) printed in addressee order (%1 pages). They were counted when they "
            "were exported and are not counted again.",
            "",
            len(self.printed),
        ).replace("%1", str(self.pages))
        if self.missing:
            text += "\n\n" + translate(
                "EventControls",
                "%n letter(s) could not be printed: the file was moved, deleted or changed "
                "since it was exported. Print them from where they are now:",
                "",
                len(self.missing),
            )
            for record, problem in self.missing[:LISTED]:
                text += (
                    f"\n• {record.addressee} ({action_title(record.ua, record.update)}): "
                    f"{ltr(record.file)} — {problem_text(problem)}"
                )
            if len(self.missing) > LISTED:
                text += "\n" + translate(
                    "EventControls", "…and %n more.", "", len(self.missing) - LISTED
                )
        return text


def print_by_addressee(
    parent: QWidget,
    tasks: TaskRunner,
    book: TallyBook,
    event: EventInfo | None,
    printer: QPrinter | None = None,
    finished: Callable[[EnvelopeTablePrint], None] | None = None,
) -> EnvelopeTablePrint | None:
    """Print every letter exported on this laptop during the event (today's outside an
    event) in addressee order. Asks for the printer unless one is given; the report says
    what was printed and which files could not be found."""
    contents = book.read()
    if event is not None:  # the whole evening: before the event was started again too
        contents = evening_of(contents, event.id, event)[0]
    letters = tuple(letters_sent(contents.letters))
    if event is None:
        today = dt.date.today().isoformat()
        letters = tuple(r for r in letters if r.time.startswith(today))
    records = envelope_table_order(letters)
    if not records:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("EventControls", "Nothing to print yet"),
            translate(
                "EventControls",
                "No letter has been exported on this laptop tonight. Letters printed "
                "straight away are already on paper.",
            ),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("envelopeTableReport")
        modal.run(box)
        return None
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = print_dialog(printer, parent)
        if modal.run(dialog) != QPrintDialog.DialogCode.Accepted:
            return None
        if not print_file_allowed(parent, printer, book):
            return None

    def report(run: EnvelopeTablePrint) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning if run.missing else QMessageBox.Icon.Information,
            translate("EventControls", "Printed by addressee"),
            run.report_text(),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("envelopeTableReport")
        if finished is not None:
            finished(run)
        modal.run(box)

    run = EnvelopeTablePrint(parent, tasks, records, printer, report)
    run.start()
    return run

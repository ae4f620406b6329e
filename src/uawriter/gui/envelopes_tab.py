"""The "Envelopes" tab of "Call, post, envelopes…": DL, C5 or US #10 envelopes or L7160 /
5160 labels for the addressees ticked, laid out in the background when the tab is shown,
previewed, then printed through the same path as letters or saved as PDF.

Its texts keep the context ``ChannelsDialog``, the dialog it is a tab of.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from uawriter.atomic import free_name
from uawriter.domain.model import Addressee, Sender
from uawriter.engine import ENVELOPE_CHOICES, LABEL_CHOICES, Letter, envelopes_pdf, labels_pdf
from uawriter.exporting import write_document
from uawriter.gui import modal
from uawriter.gui.common import breakable, form_page, ltr, shortened, warn
from uawriter.gui.dialogs import choose_path
from uawriter.gui.printing import (
    PagePrint,
    paint_images,
    print_dialog,
    print_file_allowed,
    raster_size,
    rasterise,
)
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import TallyBook

translate = QCoreApplication.translate

#: The envelope and label formats as the volunteer reads them.
FORMAT_NAMES = {
    "dl": lambda: translate("ChannelsDialog", "DL envelopes (220 × 110 mm)"),
    "c5": lambda: translate("ChannelsDialog", "C5 envelopes (229 × 162 mm)"),
    "us10": lambda: translate("ChannelsDialog", "US #10 envelopes (9½ × 4⅛ in)"),
    "l7160": lambda: translate("ChannelsDialog", "A4 label sheet, 21 labels (Avery L7160)"),
    "5160": lambda: translate("ChannelsDialog", "US Letter label sheet, 30 labels (Avery 5160)"),
}


class EnvelopesTab(QWidget):
    """The envelopes of ``letters``' addressees, from ``sender``, with the addresses as
    posted from ``home``; laid out by ``tasks`` in the background when given one (200
    addressees took up to 3 s on the window's thread), and only while the tab is shown
    (:meth:`set_shown`). ``still_current`` says whether the action is still as the dialog
    was opened with (it closes the dialog when not); ``folder`` is where they are saved
    first. A file holding a letter the ``tally`` counts is never replaced by them: they
    take a free name beside it."""

    def __init__(
        self,
        letters: Sequence[Letter],
        sender: Sender,
        home: str,
        still_current: Callable[[], bool],
        folder: Path | None = None,
        tasks: TaskRunner | None = None,
        tally: TallyBook | None = None,
    ):
        super().__init__()
        self.letters = tuple(letters)
        self.volunteer = sender
        self.home = home
        self.still_current = still_current
        self.folder = folder
        self.tasks = tasks
        self.tally = tally
        self.pdf = b""
        self._made_for: tuple[str, str] | None = None  # (format, home) of ``pdf``
        self._key = f"envelopes-{id(self)}"  # their render in ``tasks``
        self._shown = False
        self._cut: list[Addressee] = []
        self.format_box = QComboBox()
        self.format_box.setObjectName("envelopeFormat")
        self.format_box.currentIndexChanged.connect(self.show_envelopes)
        self.format_label = QLabel()
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.view = QPdfView()
        self.view.setObjectName("envelopePreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printEnvelopes")
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveEnvelopes")
        self.save_button.clicked.connect(self._save)
        # the addresses that had to be cut to fit the format chosen
        self.note = QLabel()
        self.note.setObjectName("envelopeNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00;")
        self.note.hide()
        form_page(
            self,
            [(self.format_label, self.format_box)],
            [(self.note, 0), (self.view, 1)],
            [self.save_button, self.print_button],
        )

    def retranslate_ui(self) -> None:
        self.format_label.setText(translate("ChannelsDialog", "Print on:"))
        self._show_note()
        current = self.format_box.currentData()
        self.format_box.blockSignals(True)
        self.format_box.clear()
        for code in (*ENVELOPE_CHOICES, *LABEL_CHOICES):
            self.format_box.addItem(FORMAT_NAMES[code](), code)
        self.format_box.setCurrentIndex(max(self.format_box.findData(current), 0))
        self.format_box.blockSignals(False)
        self.print_button.setText(translate("ChannelsDialog", "Print…"))
        self.save_button.setText(translate("ChannelsDialog", "Save as PDF…"))
        self.show_envelopes()

    def set_shown(self, shown: bool) -> None:
        """The tab is shown (laid out now if it is out of date) or hidden."""
        self._shown = shown
        self.show_envelopes()

    def set_home(self, home: str) -> None:
        """Addresses are posted from another country now: laid out again when shown."""
        self.home = home
        self.show_envelopes()

    def stop(self) -> None:
        """The dialog closes: envelopes still being laid out reach no one."""
        if self.tasks is not None:
            self.tasks.supersede(self._key)

    def _format(self) -> str:
        return str(self.format_box.currentData() or ENVELOPE_CHOICES[0])

    def show_envelopes(self) -> None:
        """Lay the envelopes out again (a format or home country chosen), if the tab is
        shown; otherwise when it is."""
        addressees = [letter.addressee for letter in self.letters]
        if not addressees:
            return
        if not self._shown:
            self.pdf = b""  # out of date: made again when the tab is shown
            return
        code = self._format()
        wanted = (code, self.home)
        if self.pdf and self._made_for == wanted:
            return
        self._made_for = wanted
        make = envelopes_pdf if code in ENVELOPE_CHOICES else labels_pdf
        sender, home = self.volunteer, self.home

        def work() -> tuple[bytes, list[Addressee]]:
            cut: list[Addressee] = []
            return make(addressees, code, sender, home, cut), cut

        if self.tasks is None:
            self._load(work())
            return
        self.pdf = b""
        self.tasks.run(lambda _context: work(), on_done=self._load, key=self._key)

    def _load(self, made: object) -> None:
        assert isinstance(made, tuple)
        pdf, cut = made
        self.pdf = pdf
        self._cut = cut
        self._show_note()
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(self.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)

    def _show_note(self) -> None:
        """Names the addressees whose address does not fit the format chosen whole: the
        post needs every line of it."""
        cut = self._cut
        chosen = self._format()
        if chosen not in ENVELOPE_CHOICES:
            text = translate(
                "ChannelsDialog",
                "The address of %1 does not fit this label whole and is cut (…): print "
                "it on an envelope (C5), or write it by hand.",
            )
        elif chosen != "c5":
            text = translate(
                "ChannelsDialog",
                "The address of %1 does not fit this envelope whole and is cut (…): "
                "print it on a C5 envelope, or write it by hand.",
            )
        else:  # the largest envelope already: C5 again would be cut again
            text = translate(
                "ChannelsDialog",
                "The address of %1 does not fit this envelope whole and is cut (…): "
                "write it by hand.",
            )
        self.note.setText(
            text.replace("%1", ", ".join(ltr(breakable(shortened(a.display_name))) for a in cut))
            if cut
            else ""
        )
        self.note.setVisible(bool(cut))

    def _print(self) -> None:
        if not self.pdf or not self.still_current():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        page = QPageSize(
            QSizeF(min(size.width(), size.height()), max(size.width(), size.height())),
            QPageSize.Unit.Point,
        )
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        printer.setPageLayout(
            QPageLayout(page, orientation, printer.pageLayout().margins(), QPageLayout.Unit.Point)
        )
        dialog = print_dialog(printer, self)
        accepted = modal.run(dialog) == QPrintDialog.DialogCode.Accepted
        if accepted and print_file_allowed(self, printer, self.tally):
            self.print_pages(printer)

    def print_pages(self, printer: QPrinter) -> None:
        """The envelopes to ``printer``, a few at a time in the background with a progress
        box and Cancel (after the envelope being printed), as letters print: 200 of them
        rendered at once on the window's thread froze it for 20 s and held 675 MB of
        images (probe 87b). The run belongs to the window the dialog was opened from: it
        goes on if the dialog closes."""
        if self.tasks is None:  # a dialog with no task runner: at once
            paint_images(self, printer, rasterise(self.pdf, raster_size(printer)))
            return
        dialog = self.window()
        owner = dialog.parentWidget() or dialog

        def failed(message: str) -> None:
            warn(owner, translate("MainWindow", "Printing failed"), message)

        pages = [1] * self.document.pageCount()
        PagePrint(owner, self.tasks, printer, self.pdf, pages, _nothing, failed).start()

    def _save(self) -> None:
        if not self.pdf or not self.still_current():
            return
        # a free name is suggested: the envelopes a volunteer before saved there (the
        # same format, the same folder) were replaced by a click on Save, then Yes
        folder = self.folder or Path.home()
        path = choose_path(
            self,
            translate("ChannelsDialog", "Save the envelopes as PDF"),
            "saveEnvelopesDialog",
            "save",
            name_filter=translate("ChannelsDialog", "PDF files (*.pdf)"),
            default_suffix="pdf",
            directory=folder,
            suggested=free_name(folder / self.file_name()).name,
        )
        if path is None:
            return
        # the save dialog asked "replace it?", but not of a letter a volunteer exported
        # and the tally counts: the organiser's "print by addressee" reads its pages
        target = self.tally.beside_letters(path) if self.tally else path
        try:
            write_document(target, self.pdf, overwrite=True)
        except OSError as exc:
            warn(
                self,
                translate("ChannelsDialog", "The envelopes could not be saved"),
                f"{ltr(str(exc.filename or target))}: {exc.strerror or exc}",
            )
            return
        if target != path:
            warn(
                self,
                translate("ChannelsDialog", "Saved under another name"),
                translate(
                    "ChannelsDialog",
                    "%1 holds a letter that was exported and counted, and is kept. The "
                    "envelopes were saved as %2.",
                )
                .replace("%1", ltr(path.name))
                .replace("%2", ltr(target.name)),
            )

    def file_name(self) -> str:
        """``ua-129-10-envelopes-dl.pdf``: the action and the format, not just ``dl.pdf``."""
        action = f"{self.letters[0].pack.id}-" if self.letters else ""
        return f"{action}envelopes-{self._format()}.pdf"


def _nothing(_pages: int) -> None:
    """Envelopes printed are not counted: the letters they carry are, as they go."""

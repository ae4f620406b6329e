"""More ways to send: the phone, social media, an e-mail's text to copy, and envelopes.

Urgent Actions sometimes ask for calls and posts besides letters; the volunteer who posts
letters needs envelopes. One dialog holds them, for the addressees ticked in the window:

* **Phone**: every number as dialled from the volunteer's country (a setting, from the
  system's locale at first), and a call script in the letter's language with what to say
  to a voicemail; "I made this call" counts the call in the tally, once for each addressee
  in a volunteer's turn (until Next volunteer).
* **Social media**: a post of at most 280 characters with the officials' handles, to edit
  and copy; "I posted it" counts it, once in a turn.
* **E-mail text**: the e-mail as it would be sent, to copy into webmail, or opened in the
  mail program through a ``mailto:`` link when it is short enough for one.
* **Envelopes**: DL, C5 or US #10 envelopes or L7160 / 5160 labels for the addressees,
  previewed, then printed through the same path as letters or saved as PDF.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uawriter.atomic import free_name
from uawriter.channels.email import mailto_link
from uawriter.channels.spoken import POST_LIMIT
from uawriter.domain.languages import country_name
from uawriter.domain.model import Addressee, Sender
from uawriter.domain.phone_numbers import numbers_of
from uawriter.engine import (
    ENVELOPE_CHOICES,
    LABEL_CHOICES,
    Letter,
    call_script_for,
    envelopes_pdf,
    labels_pdf,
    social_post_for,
)
from uawriter.exporting import email_draft, letter_record, write_document
from uawriter.gui import modal
from uawriter.gui.common import ltr, plain_labels, plain_text, warn
from uawriter.gui.dialogs import choose_path
from uawriter.gui.printing import PagePrint, paint_images, raster_size, rasterise
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import Channel, EventInfo, TallyBook

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ChannelContext:
    """What the dialog needs of the window, taken at the moment it opens: the letters to
    the ticked addressees, the sender, ``home`` (the country numbers are dialled from, ISO
    code, "" for the international form), the tally, ``remember_home`` (keeps a new home
    country in the window's settings), ``folder`` (where envelopes are saved first) and
    ``counted`` (the calls, posts and e-mails already counted in this volunteer's turn,
    as :func:`count_key` gives them, each with the id of the record the dialog wrote for
    it, "" when a saved draft counted it: the dialog adds to it, so opening it again counts
    none twice)."""

    letters: tuple[Letter, ...]
    sender: Sender
    home: str
    tally: TallyBook | None = None
    event: EventInfo | None = None
    remember_home: Callable[[str], None] = lambda _code: None
    folder: Path | None = None
    counted: dict[tuple[str, str, str], str] = dataclasses.field(default_factory=dict)
    #: Whether the action the letters are made from is still as the window read it; False
    #: after the window said it was replaced (a corrected revision imported while the
    #: dialog is open: envelopes, calls and counts went to the old officials, probe 87b)
    current: Callable[[], bool] = lambda: True


def count_key(letter: Letter, channel: Channel) -> tuple[str, str, str]:
    """A call or post as counted once: by its channel, action and addressee."""
    return (channel.value, letter.pack.id, letter.addressee.id)


def country_choices(ui_lang: str) -> list[tuple[str, str]]:
    """(code, name) of every country libphonenumber dials, named in ``ui_lang``, by name."""
    import phonenumbers

    named = ((c, country_name(c, ui_lang)) for c in sorted(phonenumbers.SUPPORTED_REGIONS))
    return sorted(named, key=lambda item: item[1].casefold())


class ChannelsDialog(QDialog):
    """The envelopes are laid out when their tab is first shown, by ``tasks`` in the
    background when given one: 200 addressees took up to 3 s, on the window's thread, before
    the dialog could even show the call script."""

    def __init__(
        self,
        context: ChannelContext,
        ui_lang: str,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("channelsDialog")
        self.context = context
        self.home = context.home
        self.tasks = tasks
        self.envelope_pdf = b""
        self._envelopes_for: tuple[str, str] | None = None  # (format, home) of envelope_pdf
        self._envelopes_key = f"envelopes-{id(self)}"  # their render in ``tasks``
        self.tabs = QTabWidget()
        self.tabs.setObjectName("channelTabs")
        self.tabs.addTab(self._phone_tab(ui_lang), "")
        self.tabs.addTab(self._social_tab(), "")
        self.tabs.addTab(self._email_tab(), "")
        self.envelopes_tab = self._envelopes_tab()
        self.tabs.addTab(self.envelopes_tab, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.show_numbers()
        self.show_call_script()
        self.show_email()
        self.resize(720, 560)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    # ------------------------------------------------------------------ building

    @staticmethod
    def _page(
        rows: Sequence[tuple[QWidget, QWidget]],
        body: Sequence[tuple[QWidget, int]],
        buttons: Sequence[QWidget],
        left: QWidget | None = None,
    ) -> QWidget:
        """A tab: labelled fields, then the widgets of ``body`` (with their stretch), then a
        row of buttons on the right (``left`` on its left)."""
        page = QWidget()
        form = QFormLayout()
        for label, field in rows:
            if isinstance(label, QLabel):
                label.setBuddy(field)
            form.addRow(label, field)
        row = QHBoxLayout()
        if left is not None:
            row.addWidget(left)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        for widget, stretch in body:
            layout.addWidget(widget, stretch)
        layout.addLayout(row)
        return page

    def _letter_box(self, name: str, letters: Sequence[Letter]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for index, letter in enumerate(letters):
            box.addItem(letter.addressee.display_name or letter.addressee.organisation, index)
        return box

    def _phone_tab(self, ui_lang: str) -> QWidget:
        self.home_box = QComboBox()
        self.home_box.setObjectName("homeCountry")
        self.home_box.addItem("", "")
        for code, name in country_choices(ui_lang):
            self.home_box.addItem(f"{name} ({code})", code)
        self.home_box.setCurrentIndex(max(self.home_box.findData(self.home), 0))
        self.home_box.currentIndexChanged.connect(self._home_chosen)
        self.numbers = QPlainTextEdit()
        self.numbers.setObjectName("dialledNumbers")
        self.numbers.setReadOnly(True)
        self.call_box = self._letter_box("callAddressee", self.context.letters)
        self.call_box.currentIndexChanged.connect(self.show_call_script)
        self.call_script = QPlainTextEdit()
        self.call_script.setObjectName("callScript")
        self.call_script.setReadOnly(True)
        self.copy_call = QPushButton()
        self.copy_call.setObjectName("copyCallScript")
        self.copy_call.clicked.connect(lambda: self._copy(plain_text(self.call_script)))
        self.count_call = QPushButton()
        self.count_call.setObjectName("countCall")
        self.count_call.clicked.connect(self._call_made)
        self.home_label = QLabel()
        self.call_label = QLabel()
        return self._page(
            [(self.home_label, self.home_box), (self.call_label, self.call_box)],
            [(self.numbers, 1), (self.call_script, 2)],
            [self.copy_call, self.count_call],
        )

    def _social_tab(self) -> QWidget:
        letters = self.context.letters
        self.post = QPlainTextEdit()
        self.post.setObjectName("postText")
        if letters:
            first = letters[0]
            self.post.setPlainText(
                social_post_for(first.pack, [x.addressee for x in letters], first.lang)
            )
        self.post_length = QLabel()
        self.post_length.setObjectName("postLength")
        self.post.textChanged.connect(self._post_changed)
        self.copy_post = QPushButton()
        self.copy_post.setObjectName("copyPost")
        self.copy_post.clicked.connect(lambda: self._copy(plain_text(self.post)))
        self.count_post = QPushButton()
        self.count_post.setObjectName("countPost")
        self.count_post.clicked.connect(self._posted)
        self.social_hint = QLabel()
        self.social_hint.setWordWrap(True)
        return self._page(
            [],
            [(self.social_hint, 0), (self.post, 1)],
            [self.copy_post, self.count_post],
            left=self.post_length,
        )

    def _email_tab(self) -> QWidget:
        self.email_letters = [x for x in self.context.letters if x.addressee.emails]
        self.email_box = self._letter_box("emailAddressee", self.email_letters)
        self.email_box.currentIndexChanged.connect(self.show_email)
        self.email_text = QPlainTextEdit()
        self.email_text.setObjectName("emailText")
        self.email_text.setReadOnly(True)
        self.copy_email = QPushButton()
        self.copy_email.setObjectName("copyEmailText")
        self.copy_email.clicked.connect(self._copy_email)
        self.open_mail = QPushButton()
        self.open_mail.setObjectName("openMailLink")
        self.open_mail.clicked.connect(self._open_mail)
        # sent from webmail or a mail program: counted by the volunteer, as a call is
        self.count_email = QPushButton()
        self.count_email.setObjectName("countEmail")
        self.count_email.clicked.connect(self._emailed)
        self.email_label = QLabel()
        return self._page(
            [(self.email_label, self.email_box)],
            [(self.email_text, 1)],
            [self.copy_email, self.open_mail, self.count_email],
        )

    def _envelopes_tab(self) -> QWidget:
        self.format_box = QComboBox()
        self.format_box.setObjectName("envelopeFormat")
        self.format_box.currentIndexChanged.connect(self.show_envelopes)
        self.format_label = QLabel()
        self.envelope_document = QPdfDocument(self)
        self.envelope_buffer = QBuffer(self)
        self.envelope_view = QPdfView()
        self.envelope_view.setObjectName("envelopePreview")
        self.envelope_view.setDocument(self.envelope_document)
        self.envelope_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.envelope_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_envelopes = QPushButton()
        self.print_envelopes.setObjectName("printEnvelopes")
        self.print_envelopes.clicked.connect(self._print_envelopes)
        self.save_envelopes = QPushButton()
        self.save_envelopes.setObjectName("saveEnvelopes")
        self.save_envelopes.clicked.connect(self._save_envelopes)
        # the addresses that had to be cut to fit the format chosen
        self.envelope_note = QLabel()
        self.envelope_note.setObjectName("envelopeNote")
        self.envelope_note.setWordWrap(True)
        self.envelope_note.setStyleSheet("color: #8a4b00;")
        self.envelope_note.hide()
        self._cut_addressees: list[Addressee] = []
        return self._page(
            [(self.format_label, self.format_box)],
            [(self.envelope_note, 0), (self.envelope_view, 1)],
            [self.save_envelopes, self.print_envelopes],
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("More ways to send"))
        for index, text in enumerate(
            (
                self.tr("Phone"),
                self.tr("Social media"),
                self.tr("E-mail text"),
                self.tr("Envelopes"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.home_label.setText(self.tr("I dial from:"))
        self.home_box.setItemText(0, self.tr("(show numbers in international form)"))
        self.call_label.setText(self.tr("Call:"))
        self.copy_call.setText(self.tr("Copy"))
        self.social_hint.setText(
            self.tr("A post to copy into X, Mastodon, Bluesky or Facebook. Edit it as you like.")
        )
        self.copy_post.setText(self.tr("Copy"))
        self.email_label.setText(self.tr("E-mail to:"))
        self.copy_email.setText(self.tr("Copy text"))
        self.open_mail.setText(self.tr("Open in mail program"))
        self.format_label.setText(self.tr("Print on:"))
        self._show_envelope_note()
        current = self.format_box.currentData()
        self.format_box.blockSignals(True)
        self.format_box.clear()
        names = {
            "dl": self.tr("DL envelopes (220 × 110 mm)"),
            "c5": self.tr("C5 envelopes (229 × 162 mm)"),
            "us10": self.tr("US #10 envelopes (9½ × 4⅛ in)"),
            "l7160": self.tr("A4 label sheet, 21 labels (Avery L7160)"),
            "5160": self.tr("US Letter label sheet, 30 labels (Avery 5160)"),
        }
        for code in (*ENVELOPE_CHOICES, *LABEL_CHOICES):
            self.format_box.addItem(names[code], code)
        self.format_box.setCurrentIndex(max(self.format_box.findData(current), 0))
        self.format_box.blockSignals(False)
        self.print_envelopes.setText(self.tr("Print…"))
        self.save_envelopes.setText(self.tr("Save as PDF…"))
        self._show_counted()
        self._post_changed()
        self.show_envelopes()

    # ------------------------------------------------------------------ phone

    def _home_chosen(self, _index: int) -> None:
        self.home = str(self.home_box.currentData() or "")
        self.context.remember_home(self.home)
        self.show_numbers()

    def show_numbers(self) -> None:
        lines: list[str] = []
        for letter in self.context.letters:
            addressee = letter.addressee
            numbers = numbers_of(addressee, self.home)
            lines.append(addressee.display_name or addressee.organisation)
            for field, number in numbers:
                label = self.tr("Fax") if field == "fax" else self.tr("Phone")
                note = "" if number.valid else "  " + self.tr("(check this number)")
                lines.append(f"    {label}: {ltr(number.dialled)}{note}")
            if not numbers:
                lines.append("    " + self.tr("No phone or fax number"))
        self.numbers.setPlainText("\n".join(lines))

    def _call_letter(self) -> Letter | None:
        index = self.call_box.currentData()
        return self.context.letters[int(index)] if index is not None else None

    def show_call_script(self) -> None:
        letter = self._call_letter()
        self._show_counted()
        if letter is None:
            self.call_script.setPlainText("")
            return
        script = call_script_for(letter.pack, letter.addressee, letter.lang, self.context.sender)
        self.call_script.setPlainText(
            "\n\n".join(
                (
                    self.tr("Ask for: %1").replace("%1", script.ask_for),
                    script.spoken,
                    self.tr("If you reach voicemail:"),
                    script.voicemail,
                )
            )
        )

    def _call_made(self) -> None:
        letter = self._call_letter()
        if letter is not None:
            self._count(letter, Channel.PHONE)

    # ------------------------------------------------------------------ social media

    def _post_changed(self) -> None:
        length = len(plain_text(self.post))
        self.post_length.setText(
            self.tr("%1 of %2 characters").replace("%1", str(length)).replace("%2", str(POST_LIMIT))
        )
        self.post_length.setStyleSheet("color: #b00020;" if length > POST_LIMIT else "")

    def _post_letter(self) -> Letter | None:
        """The letter a post is counted for: the first addressee with a handle."""
        letters = self.context.letters
        with_handles = [x for x in letters if x.addressee.social] or list(letters[:1])
        return with_handles[0] if with_handles else None

    def _posted(self) -> None:
        letter = self._post_letter()
        if letter is not None:
            self._count(letter, Channel.SOCIAL)

    # ------------------------------------------------------------------ e-mail

    def _email_letter(self) -> Letter | None:
        index = self.email_box.currentData()
        return self.email_letters[int(index)] if index is not None else None

    def show_email(self) -> None:
        letter = self._email_letter()
        self._show_counted()
        if letter is None:
            self.email_text.setPlainText(self.tr("None of these addressees has an e-mail address."))
            self.copy_email.setEnabled(False)
            self.open_mail.setEnabled(False)
            return
        draft = email_draft(letter, self.context.sender)
        heading = [
            self.tr("To: %1").replace("%1", ", ".join(draft.to)),
            self.tr("Subject: %1").replace("%1", draft.subject),
        ]
        self.email_text.setPlainText("\n".join(heading) + "\n\n" + draft.body)
        self.copy_email.setEnabled(True)
        link = mailto_link(draft)
        self.open_mail.setEnabled(bool(link))
        self.open_mail.setToolTip(
            ""
            if link
            else self.tr(
                "This letter is too long for a mail link: use “Save e-mail drafts” instead, "
                "or copy the text."
            )
        )

    def _copy_email(self) -> None:
        letter = self._email_letter()
        if letter is not None and self._still_current():
            self._copy(email_draft(letter, self.context.sender).body)

    def _emailed(self) -> None:
        letter = self._email_letter()
        if letter is not None:
            self._count(letter, Channel.EMAIL)

    def _open_mail(self) -> None:
        letter = self._email_letter()
        if letter is None or not self._still_current():
            return
        link = mailto_link(email_draft(letter, self.context.sender))
        if link:
            QDesktopServices.openUrl(QUrl(link))

    # ------------------------------------------------------------------ envelopes

    def _format(self) -> str:
        return str(self.format_box.currentData() or ENVELOPE_CHOICES[0])

    def show_envelopes(self) -> None:
        """Lay the envelopes out again (a format or home country chosen), if their tab is
        the one shown; otherwise when it is."""
        addressees = [letter.addressee for letter in self.context.letters]
        if not addressees or not hasattr(self, "envelopes_tab"):
            return
        if self.tabs.currentWidget() is not self.envelopes_tab:
            self.envelope_pdf = b""  # out of date: made again when the tab is shown
            return
        code = self._format()
        wanted = (code, self.home)
        if self.envelope_pdf and self._envelopes_for == wanted:
            return
        self._envelopes_for = wanted
        make = envelopes_pdf if code in ENVELOPE_CHOICES else labels_pdf
        sender, home = self.context.sender, self.home

        def work() -> tuple[bytes, list[Addressee]]:
            cut: list[Addressee] = []
            return make(addressees, code, sender, home, cut), cut

        if self.tasks is None:
            self._load_envelopes(work())
            return
        self.envelope_pdf = b""
        self.tasks.run(
            lambda _context: work(), on_done=self._load_envelopes, key=self._envelopes_key
        )

    def done(self, result: int) -> None:
        """Closing (Close, Esc, or the idle reset): envelopes still being laid out reach no
        one, for the dialog is deleted once it closes."""
        if self.tasks is not None:
            self.tasks.supersede(self._envelopes_key)
        super().done(result)

    def _load_envelopes(self, made: object) -> None:
        assert isinstance(made, tuple)
        pdf, cut = made
        self.envelope_pdf = pdf
        self._cut_addressees = cut
        self._show_envelope_note()
        self.envelope_document.close()
        self.envelope_buffer.close()
        self.envelope_buffer.setData(QByteArray(self.envelope_pdf))
        self.envelope_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.envelope_document.load(self.envelope_buffer)

    def _show_envelope_note(self) -> None:
        """Names the addressees whose address does not fit the format chosen whole: the
        post needs every line of it."""
        cut = self._cut_addressees
        chosen = self._format()
        if chosen not in ENVELOPE_CHOICES:
            text = self.tr(
                "The address of %1 does not fit this label whole and is cut (…): print "
                "it on an envelope (C5), or write it by hand."
            )
        elif chosen != "c5":
            text = self.tr(
                "The address of %1 does not fit this envelope whole and is cut (…): "
                "print it on a C5 envelope, or write it by hand."
            )
        else:  # the largest envelope already: C5 again would be cut again
            text = self.tr(
                "The address of %1 does not fit this envelope whole and is cut (…): "
                "write it by hand."
            )
        self.envelope_note.setText(
            text.replace("%1", ", ".join(ltr(a.display_name) for a in cut)) if cut else ""
        )
        self.envelope_note.setVisible(bool(cut))

    def _print_envelopes(self) -> None:
        if not self.envelope_pdf or not self._still_current():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = self.envelope_document.pagePointSize(0)
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
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        if modal.run(dialog) == QPrintDialog.DialogCode.Accepted:
            self._print_pages(printer)

    def _print_pages(self, printer: QPrinter) -> None:
        """The envelopes to ``printer``, a few at a time in the background with a progress
        box and Cancel (after the envelope being printed), as letters print: 200 of them
        rendered at once on the window's thread froze it for 20 s and held 675 MB of
        images (probe 87b). The run belongs to the window: it goes on if the dialog
        closes."""
        if self.tasks is None:  # a dialog with no task runner: at once
            paint_images(self, printer, rasterise(self.envelope_pdf, raster_size(printer)))
            return
        window = self.parentWidget() or self

        def failed(message: str) -> None:
            warn(window, translate("MainWindow", "Printing failed"), message)

        pages = [1] * self.envelope_document.pageCount()
        PagePrint(window, self.tasks, printer, self.envelope_pdf, pages, _nothing, failed).start()

    def _save_envelopes(self) -> None:
        if not self.envelope_pdf or not self._still_current():
            return
        # a free name is suggested: the envelopes a volunteer before saved there (the
        # same format, the same folder) were replaced by a click on Save, then Yes
        folder = self.context.folder or Path.home()
        path = choose_path(
            self,
            self.tr("Save the envelopes as PDF"),
            "saveEnvelopesDialog",
            "save",
            name_filter=self.tr("PDF files (*.pdf)"),
            default_suffix="pdf",
            directory=folder,
            suggested=free_name(folder / self._envelopes_name()).name,
        )
        if path is None:
            return
        try:
            write_document(path, self.envelope_pdf, overwrite=True)
        except OSError as exc:
            warn(
                self,
                self.tr("The envelopes could not be saved"),
                f"{ltr(str(exc.filename or path))}: {exc.strerror or exc}",
            )

    def _envelopes_name(self) -> str:
        """``ua-129-10-envelopes-dl.pdf``: the action and the format, not just ``dl.pdf``."""
        letters = self.context.letters
        action = f"{letters[0].pack.id}-" if letters else ""
        return f"{action}envelopes-{self._format()}.pdf"

    # ------------------------------------------------------------------ shared

    def _copy(self, text: str) -> None:
        if self._still_current():
            QGuiApplication.clipboard().setText(text)

    def _tab_shown(self, _index: int) -> None:
        if self._still_current():
            self.show_envelopes()

    def _still_current(self) -> bool:
        """Whether the action is as the dialog was opened with; if not, the window said so
        (and made the letter again from the new copy), and the dialog closes: its numbers,
        addresses and texts are the old revision's."""
        if self.context.current():
            return True
        self.reject()
        return False

    def _is_counted(self, letter: Letter | None, channel: Channel) -> bool:
        return letter is not None and count_key(letter, channel) in self.context.counted

    def _show_counted(self) -> None:
        """The buttons say "I made this call" / "I posted it" / "I sent this e-mail", or that
        it was counted, and
        are then disabled: a second click, or the dialog opened again, counted it again."""
        call = self._call_letter()
        called = self._is_counted(call, Channel.PHONE)
        self.count_call.setText(self.tr("Call counted") if called else self.tr("I made this call"))
        self.count_call.setEnabled(call is not None and not called)
        post = self._post_letter()
        posted = self._is_counted(post, Channel.SOCIAL)
        self.count_post.setText(self.tr("Post counted") if posted else self.tr("I posted it"))
        self.count_post.setEnabled(post is not None and not posted)
        email = self._email_letter()
        emailed = self._is_counted(email, Channel.EMAIL)
        self.count_email.setText(
            self.tr("E-mail counted") if emailed else self.tr("I sent this e-mail")
        )
        self.count_email.setEnabled(email is not None and not emailed)

    def _count(self, letter: Letter, channel: Channel) -> bool:
        """One call or post in the tally, once in the volunteer's turn; False (after saying
        why) if it could not be."""
        tally = self.context.tally
        if tally is None or self._is_counted(letter, channel) or not self._still_current():
            return False
        record = letter_record(letter, channel, 0, self.context.event)
        try:
            tally.record([record])
        except OSError as exc:
            warn(self, self.tr("Not counted"), f"{exc.strerror or exc}")
            return False
        self.context.counted[count_key(letter, channel)] = record.id
        self._show_counted()
        return True


def _nothing(_pages: int) -> None:
    """Envelopes printed are not counted: the letters they carry are, as they go."""

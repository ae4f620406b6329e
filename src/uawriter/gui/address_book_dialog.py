"""The volunteer's address book of diplomatic representatives: add, change, remove."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from uawriter.atomic import read_regular_file, tidy_before_writing, write_bytes_atomic
from uawriter.gui.common import count_text, ltr, plain_labels, plain_text, warn
from uawriter.gui.dialogs import choose_path
from uawriter.gui.line_limit import LineLimit
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.address_book import (
    MAX_ADDRESS_LINES,
    MAX_BOOK_CONTACTS,
    MAX_BOOK_SALUTATIONS,
    MAX_FIELD_CHARS,
    MAX_SALUTATIONS,
    Contact,
    contact_problems,
    greetings_in,
    new_uid,
    salutations_of,
    tidied,
    with_uids,
)
from uawriter.storage.contact_files import (
    CSV_COLUMNS,
    MAX_BYTES,
    ContactFileProblem,
    csv_text,
    read_csv_columns,
    read_vcards,
    vcards,
)
from uawriter.storage.file_text import file_text

# What reading a contact list finds: the contacts, the columns not read, the columns read
# with no heading (by number).
_Read = tuple[list[Contact], list[str], list[int]]


def _read_list(path: Path, vcard: bool) -> _Read:
    """The contacts in the list at ``path`` (read on a worker thread)."""
    text = file_text(read_regular_file(path, MAX_BYTES))
    if vcard:
        return read_vcards(text), [], []
    return read_csv_columns(text)


def _salutation_lines(text: str) -> dict[str, str]:
    """ "kk = Құрметті Елші мырза" lines (or "kk: …") as language -> salutation."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        lang, sep, salutation = line.replace(":", "=", 1).partition("=")
        if sep and lang.strip() and salutation.strip():
            found[lang.strip()] = salutation.strip()
    return found


def _key(contact: Contact) -> tuple[str, ...]:
    """A contact as an import finds it again: its spaces as the import reads them (a book
    exported and imported again added each contact typed with two spaces a second time),
    and where it is (two embassies of one title, London and Dublin, were one: the second
    was never added, probe 98a)."""
    fields = (contact.title, contact.name, contact.organisation, *contact.address)
    return tuple(" ".join(t.split()) for t in fields)


class AddressBookDialog(QDialog):
    def __init__(self, contacts: list[Contact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressBookDialog")
        #: each with its own id, kept when it is corrected: a contact corrected is told
        #: from one removed and another added
        self._contacts = with_uids(list(contacts))
        self._row = -1
        self._tasks = TaskRunner(self)
        self.list = QListWidget()
        self.list.setObjectName("contactList")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addContact")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeContact")
        self.title = QLineEdit()
        self.title.setObjectName("contactTitle")
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("contactOrganisation")
        self.address = QPlainTextEdit()
        self.address.setObjectName("contactAddress")
        self.address.setTabChangesFocus(True)
        self.address_limit = LineLimit(self.address, MAX_ADDRESS_LINES, MAX_FIELD_CHARS)
        self.country = QLineEdit()
        self.country.setObjectName("contactCountry")
        self.fax = QLineEdit()
        self.fax.setObjectName("contactFax")
        self.email = QLineEdit()
        self.email.setObjectName("contactEmail")
        self.salutation = QLineEdit()
        self.salutation.setObjectName("contactSalutation")
        self.represents = QLineEdit()
        self.represents.setObjectName("contactRepresents")
        self.represents.setMaxLength(2)
        self.salutations = QPlainTextEdit()
        self.salutations.setObjectName("contactSalutations")
        self.salutations.setTabChangesFocus(True)
        self.salutations.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.salutations_limit = LineLimit(self.salutations, MAX_SALUTATIONS, MAX_FIELD_CHARS)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importContacts")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportContacts")
        self.problem = QLabel()
        self.problem.setObjectName("contactProblem")
        self.problem.setWordWrap(True)
        self.labels = [QLabel() for _ in range(10)]
        self.fields: list[QWidget] = [
            self.title,
            self.name,
            self.organisation,
            self.address,
            self.country,
            self.fax,
            self.email,
            self.salutation,
            self.salutations,
            self.represents,
        ]
        form = QFormLayout()
        for label, field in zip(self.labels, self.fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
            if isinstance(field, QLineEdit):
                if field is not self.represents:  # as long as an import takes it
                    field.setMaxLength(MAX_FIELD_CHARS)
                field.textEdited.connect(self._store)
            elif isinstance(field, QPlainTextEdit):
                field.textChanged.connect(self._store)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        left.addLayout(files)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.problem)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        self.list.currentRowChanged.connect(self._show)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._fill()
        self.retranslate_ui()
        self.resize(720, 460)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Address book: diplomatic representatives"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        texts = [
            self.tr("&Title:"),
            self.tr("&Name:"),
            self.tr("&Organisation:"),
            self.tr("A&ddress:"),
            self.tr("&Country:"),
            self.tr("&Fax:"),
            self.tr("&E-mail:"),
            self.tr("&Salutation:"),
            self.tr("Sa&lutation by letter language:"),
            self.tr("Re&presents (country code):"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.title.setPlaceholderText(self.tr("Ambassador of Kazakhstan"))
        self.organisation.setPlaceholderText(self.tr("Embassy of the Republic of Kazakhstan"))
        self.represents.setPlaceholderText("KZ")
        self.salutations.setPlaceholderText(
            self.tr("One a line, such as:\nkk = Құрметті Елші мырза")
        )
        self.salutations.setToolTip(
            self.tr(
                "The salutation a letter in that language uses, so a Kazakh letter greets the "
                "ambassador in Kazakh; “Salutation” above serves every other language."
            )
        )
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Add the contacts of a CSV or vCard (.vcf) file"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the address book as CSV or vCard (.vcf)"))
        self.list.setAccessibleName(self.tr("Contacts"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def contacts(self) -> list[Contact]:
        return [c for c in self._contacts if c.label]

    def _fill(self) -> None:
        self.list.clear()
        for contact in self._contacts:
            self.list.addItem(contact.label or "…")
        if self._contacts:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        self._row = row
        contact = self._contacts[row] if 0 <= row < len(self._contacts) else None
        for editor in self.fields:
            editor.setEnabled(contact is not None)
            editor.blockSignals(True)
        contact = contact or Contact("")
        self.title.setText(contact.title)
        self.name.setText(contact.name)
        self.organisation.setText(contact.organisation)
        self.address_limit.set_text("\n".join(contact.address))
        self.country.setText(contact.country)
        self.fax.setText(contact.fax)
        self.email.setText(contact.email)
        self.salutation.setText(contact.salutation)
        self.salutations_limit.set_text(
            "\n".join(f"{lang} = {text}" for lang, text in contact.salutations.items())
        )
        self.represents.setText(contact.represents)
        for editor in self.fields:
            editor.blockSignals(False)
        self._validate()

    def _store(self, *_: object) -> None:
        if not 0 <= self._row < len(self._contacts):
            return
        # what is typed or pasted is kept as an embassy list's fields are (tidied): a
        # pasted escape sequence or direction override reached the fax cover sheet
        self._contacts[self._row] = tidied(
            Contact(
                title=self.title.text(),
                name=self.name.text(),
                organisation=self.organisation.text(),
                address=tuple(plain_text(self.address).splitlines()),
                country=self.country.text(),
                fax=self.fax.text(),
                email=self.email.text(),
                salutation=self.salutation.text(),
                represents=self.represents.text().upper(),
                salutations=salutations_of(_salutation_lines(plain_text(self.salutations))),
                uid=self._contacts[self._row].uid,
            )
        )
        item = self.list.item(self._row)
        if item is not None:
            item.setText(self._contacts[self._row].label or "…")
        self._validate()

    def _validate(self) -> bool:
        problems: list[str] = []
        messages = {
            "title": self.tr("Give a title, a name or an organisation."),
            "fax": self.tr("The fax number should be digits, such as +44 20 7123 4567."),
            "email": self.tr("The e-mail address does not look right."),
        }
        for index, contact in enumerate(self._contacts):
            for field in contact_problems(contact):
                if index == self._row:
                    problems.append(messages[field])
        self.problem.setText("\n".join(problems))
        return not problems

    def _add(self) -> None:
        if len(self._contacts) >= MAX_BOOK_CONTACTS:
            self._too_many()
            return
        self._contacts.append(Contact("", salutation=self.tr("Your Excellency"), uid=new_uid()))
        self.list.addItem("…")
        self.list.setCurrentRow(len(self._contacts) - 1)
        self.title.setFocus()

    def _too_many(
        self, path: Path | None = None, *, greetings: bool = False, saving: bool = False
    ) -> None:
        """The book holds as many contacts, or greetings, as it may (a book of more is set
        aside at the next start as not one this app wrote)."""
        reason = (
            self.tr(
                "the address book holds at most %1 greetings in all its contacts' languages: "
                "remove the contacts or greetings you no longer need first"
            ).replace("%1", count_text(MAX_BOOK_SALUTATIONS))
            if greetings
            else self.tr(
                "the address book holds at most %1 contacts: remove those you no longer need first"
            ).replace("%1", count_text(MAX_BOOK_CONTACTS))
        )
        title = (
            self.tr("The list was not imported")
            if path
            else self.tr("The address book was not saved")
            if saving
            else self.tr("No contact added")
        )
        warn(self, title, f"{ltr(str(path))}: {reason}" if path else reason)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._contacts):
            del self._contacts[row]
            self.list.takeItem(row)
            self._show(self.list.currentRow())

    def _import(self) -> None:
        path = choose_path(
            self,
            self.tr("Import an embassy list"),
            "importContactsDialog",
            "open",
            name_filter=self.tr("Contact lists (*.csv *.vcf)"),
            directory=Path.home(),
        )
        if path is None:
            return
        vcard = path.suffix.casefold() == ".vcf"
        try:
            if path.stat().st_size > MAX_BYTES:
                raise ContactFileProblem(self.tr("the file is too big to be an embassy list"))
            read = self._read_in_background(path, vcard)
        except UnicodeDecodeError:
            how = (
                self.tr(
                    "the file is not in UTF-8; export the contacts again as a vCard, choosing "
                    "UTF-8 (or Unicode) if the program asks"
                )
                if vcard
                else self.tr(
                    "the file is not in UTF-8; open it in the spreadsheet and save it as "
                    "“CSV UTF-8” (or “Unicode Text”)"
                )
            )
            warn(self, self.tr("The list was not imported"), f"{ltr(str(path))}: {how}")
            return
        except (OSError, ContactFileProblem) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            warn(self, self.tr("The list was not imported"), f"{ltr(str(path))}: {reason}")
            return
        if read is None:  # the window closed meanwhile
            return
        found, not_read, unnamed = read
        known = {_key(c) for c in self._contacts}
        added = [c for c in found if _key(c) not in known]
        if len(self._contacts) + len(added) > MAX_BOOK_CONTACTS:  # lists imported again and again
            self._too_many(path)
            return
        if greetings_in(self._contacts + added) > MAX_BOOK_SALUTATIONS:
            self._too_many(path, greetings=True)
            return
        first = len(self._contacts)
        self._contacts += [replace(c, uid=new_uid()) for c in added]
        self._fill()
        # a fax of two numbers or in words is kept as the list gives it, but not dialled:
        # the first such contact is shown with what is wrong with it
        wrong = [i for i, c in enumerate(added) if contact_problems(c)]
        if wrong:
            self.list.setCurrentRow(first + wrong[0])
        wrong_text = self.problem.text() if wrong else ""
        not_read += [  # under a heading left empty: "Address," over street and town
            self.tr("column %1, which has no heading").replace("%1", count_text(n)) for n in unnamed
        ]
        columns = (
            self.tr(
                "These columns were not read: %1. The columns read are: %2 (or salutation_kk, "
                "salutation_ru… for each language)."
            )
            .replace("%1", ", ".join(not_read))
            .replace("%2", ", ".join(CSV_COLUMNS))
            if not_read
            else ""
        )
        self.problem.setText(
            self.tr("%n contact(s) added; those already in the address book were kept.", "",
                    len(added))
            + "".join(f"\n{text}" for text in (columns, wrong_text) if text)
        )  # fmt: skip

    def _read_in_background(self, path: Path, vcard: bool) -> _Read | None:
        """The list at ``path`` read on a worker thread, the dialog repainting meanwhile
        and saying what it reads: a phone's whole contact list (2 MB, 2,000 contacts)
        takes seconds to read. None if the window closed meanwhile."""
        self.problem.setText(self.tr("Reading %1…").replace("%1", path.name))
        try:
            return self._tasks.call(lambda: _read_list(path, vcard), self)
        finally:
            self.problem.clear()

    def _export(self) -> None:
        path = choose_path(
            self,
            self.tr("Export the address book"),
            "exportContactsDialog",
            "save",
            name_filter=self.tr("vCard files (*.vcf);;CSV files (*.csv)"),
            default_suffix="vcf",
            directory=Path.home(),
            suggested="embassies.vcf",
        )
        if path is None:
            return
        contacts = self.contacts()
        text = csv_text(contacts) if path.suffix.casefold() == ".csv" else vcards(contacts)
        try:
            tidy_before_writing(path)
            write_bytes_atomic(path, text.encode("utf-8"))
        except OSError as exc:
            warn(
                self,
                self.tr("The address book was not exported"),
                f"{ltr(str(exc.filename or path))}: {exc.strerror or exc}",
            )

    def _accept(self) -> None:
        bad = [c for c in self._contacts if c.label and contact_problems(c)]
        if bad:
            self.list.setCurrentRow(self._contacts.index(bad[0]))
            return
        if greetings_in(self.contacts()) > MAX_BOOK_SALUTATIONS:  # those saved
            # greetings typed into a full book: the next start would set it aside (probe
            # 100b); the window stays open with what she typed
            self._too_many(greetings=True, saving=True)
            return
        self.accept()

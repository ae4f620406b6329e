"""The volunteer's address book of diplomatic representatives: add, change, remove."""

from __future__ import annotations

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

from uawriter.storage.address_book import Contact, contact_problems


class AddressBookDialog(QDialog):
    def __init__(self, contacts: list[Contact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressBookDialog")
        self._contacts = list(contacts)
        self._row = -1
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
        self.problem = QLabel()
        self.problem.setObjectName("contactProblem")
        self.problem.setWordWrap(True)
        self.labels = [QLabel() for _ in range(9)]
        self.fields: list[QWidget] = [
            self.title,
            self.name,
            self.organisation,
            self.address,
            self.country,
            self.fax,
            self.email,
            self.salutation,
            self.represents,
        ]
        form = QFormLayout()
        for label, field in zip(self.labels, self.fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
            if isinstance(field, QLineEdit):
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
        self.list.currentRowChanged.connect(self._show)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._fill()
        self.retranslate_ui()
        self.resize(720, 460)

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
            self.tr("Re&presents (country code):"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.title.setPlaceholderText(self.tr("Ambassador of Kazakhstan"))
        self.organisation.setPlaceholderText(self.tr("Embassy of the Republic of Kazakhstan"))
        self.represents.setPlaceholderText("KZ")
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
        self.address.setPlainText("\n".join(contact.address))
        self.country.setText(contact.country)
        self.fax.setText(contact.fax)
        self.email.setText(contact.email)
        self.salutation.setText(contact.salutation)
        self.represents.setText(contact.represents)
        for editor in self.fields:
            editor.blockSignals(False)
        self._validate()

    def _store(self, *_: object) -> None:
        if not 0 <= self._row < len(self._contacts):
            return
        lines = [line.strip() for line in self.address.toPlainText().splitlines()]
        self._contacts[self._row] = Contact(
            title=self.title.text().strip(),
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            address=tuple(line for line in lines if line),
            country=self.country.text().strip(),
            fax=self.fax.text().strip(),
            email=self.email.text().strip(),
            salutation=self.salutation.text().strip(),
            represents=self.represents.text().strip().upper(),
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
        self._contacts.append(Contact("", salutation=self.tr("Your Excellency")))
        self.list.addItem("…")
        self.list.setCurrentRow(len(self._contacts) - 1)
        self.title.setFocus()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._contacts):
            del self._contacts[row]
            self.list.takeItem(row)
            self._show(self.list.currentRow())

    def _accept(self) -> None:
        bad = [c for c in self._contacts if c.label and contact_problems(c)]
        if bad:
            self.list.setCurrentRow(self._contacts.index(bad[0]))
            return
        self.accept()

"""The "Write to" pane: the action's addressees to tick, a diplomat from the address book,
and a notice when a fax has no number."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.model import Addressee, Pack
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.gui.common import (
    ORGANISERS_WORK,
    ROLE_ID,
    breakable,
    joined_list,
    ltr,
    os_error_text,
    own_direction,
    plain_tip,
    shortened,
    shrinkable,
    warn,
)
from uawriter.storage.address_book import (
    AddressBook,
    Contact,
    copy_id,
    same_diplomat,
)

translate = QCoreApplication.translate


class AddresseesPane(QWidget):
    """Which letters to write. ``as_fax()`` tells it whether letters go by fax."""

    # the ticked addressees or the diplomat changed
    selection_changed = Signal()
    # the volunteer moved to another addressee: show the letter to them (an Addressee)
    addressee_shown = Signal(object)

    def __init__(
        self,
        address_book: AddressBook,
        as_fax: Callable[[], bool],
        as_email: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.address_book = address_book
        self.as_fax = as_fax
        self.as_email = as_email
        self._by_id: dict[str, Contact] = {}
        self._seen: dict[str, Contact] = {}
        self.contacts = address_book.load()
        self.pack: Pack | None = None

        self.addressee_list = QListWidget()
        self.addressee_list.setObjectName("addresseeList")
        self.addressee_list.setWordWrap(True)
        self.addressee_list.setMinimumHeight(120)
        self.addressees_label = QLabel()
        self.addressees_label.setBuddy(self.addressee_list)
        self.select_all = QPushButton()
        self.select_all.setObjectName("selectAll")
        self.select_none = QPushButton()
        self.select_none.setObjectName("selectNone")
        self.diplomat_check = QCheckBox()
        self.diplomat_check.setObjectName("diplomatCheck")
        self.diplomat_choice = QComboBox()
        self.diplomat_choice.setObjectName("diplomatChoice")
        self.diplomat_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.diplomat_choice.setMinimumContentsLength(8)
        self.address_book_button = QPushButton()
        self.address_book_button.setObjectName("addressBookButton")
        self.fax_notice = QLabel()
        self.fax_notice.setObjectName("faxNotice")
        shrinkable(self.fax_notice)  # it names addressees: it never widens the window
        self.fax_notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.addressees_label)
        layout.addWidget(self.addressee_list, 1)
        choose = QHBoxLayout()
        choose.addWidget(self.select_all)
        choose.addWidget(self.select_none)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addWidget(self.diplomat_check)
        diplomat = QHBoxLayout()
        diplomat.addWidget(self.diplomat_choice, 1)
        diplomat.addWidget(self.address_book_button)
        layout.addLayout(diplomat)
        layout.addWidget(self.fax_notice)

        self.addressee_list.itemChanged.connect(lambda _item: self._selection_changed())
        self.addressee_list.currentItemChanged.connect(self._current_changed)
        self.select_all.clicked.connect(lambda: self.tick_all(True))
        self.select_none.clicked.connect(lambda: self.tick_all(False))
        self.diplomat_check.toggled.connect(lambda _on: self._selection_changed())
        self.diplomat_choice.currentIndexChanged.connect(lambda _i: self._selection_changed())
        self.address_book_button.clicked.connect(self.edit_address_book)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.addressees_label.setText(translate("MainWindow", "&Write to"))
        self.addressee_list.setAccessibleName(translate("MainWindow", "Addressees"))
        self.select_all.setText(translate("MainWindow", "All"))
        self.select_all.setToolTip(translate("MainWindow", "Write to every addressee"))
        self.select_none.setText(translate("MainWindow", "None"))
        self.diplomat_check.setText(translate("MainWindow", "Copy to a diplomat:"))
        self.diplomat_check.setToolTip(
            translate(
                "MainWindow",
                "Also send a copy to a diplomatic representative accredited to your country",
            )
        )
        self.diplomat_choice.setAccessibleName(translate("MainWindow", "Diplomatic representative"))
        self.address_book_button.setText(translate("MainWindow", "Address book…"))
        self.label_addressees()
        self.fill_diplomats()
        self.update_fax_notice()

    # ------------------------------------------------------------------ the addressees

    def set_pack(self, pack: Pack | None) -> None:
        """List ``pack``'s addressees, all ticked, the first one current."""
        self.pack = pack
        self.addressee_list.blockSignals(True)
        self.addressee_list.clear()
        if pack is not None:
            for addressee in pack.addressees:
                item = QListWidgetItem()
                item.setData(ROLE_ID, addressee.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked)
                self.addressee_list.addItem(item)
            if self.addressee_list.count():
                self.addressee_list.setCurrentRow(0)
        self.addressee_list.blockSignals(False)
        self.label_addressees()
        self.fill_diplomats()
        self.update_fax_notice()

    def restore(
        self, selected: tuple[str, ...], current: str, diplomat: tuple[str, ...] = ()
    ) -> bool:
        """Tick ``selected`` (addressee ids) and make ``current`` current, as a draft had it,
        with the copy to the ``diplomat`` it had chosen (its key, as
        :func:`~uawriter.storage.address_book.diplomat_key` gives it: the entry found by its
        id, wherever the address book has it now). False when that contact is
        no longer offered (taken out of the address book, or no longer for this country):
        no copy is chosen."""
        self.addressee_list.blockSignals(True)
        for row in range(self.addressee_list.count()):
            item = self.addressee_list.item(row)
            ticked = item.data(ROLE_ID) in selected
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if item.data(ROLE_ID) == current:
                self.addressee_list.setCurrentItem(item)
        self.addressee_list.blockSignals(False)
        found = -1
        for row in range(self.diplomat_choice.count()) if diplomat else ():
            contact = self._by_id.get(self.diplomat_choice.itemData(row))
            copy = contact.as_addressee() if contact is not None else None
            if copy is not None and same_diplomat(diplomat, copy):
                found = row
                break
        for widget in (self.diplomat_check, self.diplomat_choice):
            widget.blockSignals(True)
        if found >= 0:
            self.diplomat_choice.setCurrentIndex(found)
        self.diplomat_check.setChecked(found >= 0)
        for widget in (self.diplomat_check, self.diplomat_choice):
            widget.blockSignals(False)
        self.update_fax_notice()
        return found >= 0 or not diplomat

    def label_addressees(self) -> None:
        if self.pack is None:
            return
        for row in range(self.addressee_list.count()):
            item = self.addressee_list.item(row)
            addressee = self.pack.addressee(item.data(ROLE_ID))
            copy = addressee.role.value == "copy"
            role = translate("MainWindow", "Copy") if copy else translate("MainWindow", "To")
            lines = [f"{role}: {own_direction(addressee.display_name)}"]
            contact = []
            if addressee.fax:
                contact.append(translate("MainWindow", "Fax %1").replace("%1", ltr(addressee.fax)))
            else:
                contact.append(translate("MainWindow", "no fax"))
            if addressee.emails:
                contact.append(", ".join(ltr(e) for e in addressee.emails))
            lines.append(" · ".join(contact))
            item.setText("\n".join(lines))
            item.setToolTip(plain_tip("\n".join(addressee.postal_lines)))

    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.addressee_list.count()):
            self.addressee_list.item(row).setCheckState(state)

    def untick(self, ids: set[str]) -> None:
        """The addressees ``ids`` are unticked (their letters went out); the diplomat too."""
        for row in range(self.addressee_list.count()):
            item = self.addressee_list.item(row)
            if item.data(ROLE_ID) in ids:
                item.setCheckState(Qt.CheckState.Unchecked)
        diplomat = self.diplomat()
        if diplomat is not None and diplomat.id in ids:
            self.diplomat_check.setChecked(False)

    def current(self) -> Addressee | None:
        item = self.addressee_list.currentItem()
        if item is None or self.pack is None:
            return None
        return self.pack.addressee(item.data(ROLE_ID))

    def selected(self) -> list[Addressee]:
        """The ticked addressees in list order, then the diplomat if chosen."""
        chosen: list[Addressee] = []
        if self.pack is not None:
            for row in range(self.addressee_list.count()):
                item = self.addressee_list.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    chosen.append(self.pack.addressee(item.data(ROLE_ID)))
        diplomat = self.diplomat()
        if diplomat is not None:
            chosen.append(diplomat)
        return chosen

    def _selection_changed(self) -> None:
        self.update_fax_notice()
        self.selection_changed.emit()

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and self.pack is not None:
            self.addressee_shown.emit(self.pack.addressee(item.data(ROLE_ID)))

    # ------------------------------------------------------------------ the diplomat

    def diplomat(self) -> Addressee | None:
        chosen = self.diplomat_choice.currentData()
        contact = self._by_id.get(chosen) if isinstance(chosen, str) else None
        if not self.diplomat_check.isChecked() or contact is None:
            return None
        return contact.as_addressee()

    def fill_diplomats(self) -> None:
        """The embassies offered for the action's country (their copies' ids as the
        choice's data), the one chosen kept wherever it is in the book now, and unticked
        if it is no longer offered: taken out of the book, or marked for another country
        (by its place, the next embassy took its place, unsaid: probes 96c, 97b)."""
        current = self.diplomat_choice.currentData()
        self.diplomat_choice.blockSignals(True)
        self.diplomat_choice.clear()
        country = self.pack.action.country if self.pack else ""
        # only the missions of the action's country (and those not marked with one)
        offered = sorted(
            (c for c in self.contacts if c.represents in ("", country.upper())),
            key=lambda c: (c.represents != country, c.label),
        )
        labels = Counter(c.label for c in offered)
        for contact in offered:
            self.diplomat_choice.addItem(_told_apart(contact, labels), copy_id(contact))
        if not self.contacts:
            self.diplomat_choice.addItem(translate("MainWindow", "(address book empty)"), None)
        elif not offered:
            self.diplomat_choice.addItem(
                translate("MainWindow", "(no embassy of this country in the address book)"), None
            )
        self.diplomat_choice.setToolTip(
            translate(
                "MainWindow",
                "Add embassies and other diplomatic representatives with “Address book…”",
            )
        )
        found = self.diplomat_choice.findData(current)
        self.diplomat_choice.setCurrentIndex(max(found, 0))
        self.diplomat_choice.blockSignals(False)
        self.diplomat_check.setEnabled(bool(offered))
        self.diplomat_choice.setEnabled(bool(offered))
        if not offered or (current is not None and found < 0):
            self.diplomat_check.setChecked(False)

    def entry_now(self, copy: Addressee) -> Addressee | None:
        """The address book entry a ``copy`` was made from, as it reads now if the
        organiser corrected it since; None if it reads as the copy does (not corrected, or
        put back as it was: probe 93a), or is no longer in the book. The entry is found by
        its own id (the copy's), never by its place or by what it says: one removed above
        it, or a twin entry corrected, made another embassy's copy out to it (probes 92a,
        94a)."""
        contact = self._by_id.get(copy.id) or self._seen.get(copy.id)
        if contact is None:
            return None
        now = contact.as_addressee()
        return None if _content(now) == _content(copy) else now

    @property
    def contacts(self) -> list[Contact]:
        """The address book's entries, as the window has them."""
        return self._contacts

    @contacts.setter
    def contacts(self, contacts: list[Contact]) -> None:
        self._contacts = contacts
        self._by_id = {copy_id(c): c for c in contacts}
        # an entry corrected, then taken out of the book, as it read last: a copy stacked
        # before goes to the corrected street, not the old one (probe 98a)
        self._seen.update(self._by_id)

    def edit_address_book(self) -> None:
        """The address book, opened beside the window rather than waited on: at an event
        the reset puts it away with what was typed in it until the organiser's PIN, as the
        pack editor (closed as Cancel, the contacts typed were lost: probe 75b)."""
        dialog = AddressBookDialog(self.contacts, self.window())
        dialog.setProperty(ORGANISERS_WORK, True)
        dialog.accepted.connect(lambda: self._address_book_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _address_book_saved(self, dialog: AddressBookDialog) -> None:
        self.contacts = dialog.contacts()
        try:
            self.address_book.save(self.contacts)
        except OSError as exc:
            warn(
                self.window(),
                translate("MainWindow", "The address book could not be saved"),
                translate(
                    "MainWindow", "%1\n\nThe addresses are kept until you close UA Writer."
                ).replace("%1", os_error_text(exc)),
            )
        self.fill_diplomats()

    def update_fax_notice(self) -> None:
        if self.as_email():
            self._email_notice()
            return
        if not self.as_fax():
            self.fax_notice.hide()
            return
        without = [a for a in self.selected() if not a.fax]
        if not without:
            self.fax_notice.hide()
            return
        names = joined_list(breakable(shortened(a.display_name)) for a in without)
        self.fax_notice.setText(
            translate(
                "MainWindow",
                "No fax number for: %1. Their letters get no fax cover sheet: print and post "
                "them, or send them by e-mail.",
            ).replace("%1", names)
        )
        self.fax_notice.show()

    def _email_notice(self) -> None:
        without = [a for a in self.selected() if not a.emails]
        if not without:
            self.fax_notice.hide()
            return
        self.fax_notice.setText(
            translate(
                "MainWindow",
                "No e-mail address for: %1. No e-mail is written to them: print and post "
                "their letters, or fax them.",
            ).replace("%1", joined_list(breakable(shortened(a.display_name)) for a in without))
        )
        self.fax_notice.show()


def _content(addressee: Addressee) -> tuple[object, ...]:
    """What a copy says, whatever its place in the book (its id)."""
    a = addressee
    greetings = tuple(sorted(a.salutation.texts.items()))
    return (a.title, a.name, a.organisation, a.address, a.country, a.fax, a.emails, greetings)


def _told_apart(contact: Contact, labels: Counter[str]) -> str:
    """The name an embassy is offered under: its label, and where it is when another
    offered has the same ("Ambassador of Kazakhstan" in London and in Dublin read alike,
    and she could not see which she chose)."""
    if labels[contact.label] < 2:
        return contact.label
    where = contact.address[-1] if contact.address else contact.country
    return f"{contact.label} ({where})" if where else contact.label

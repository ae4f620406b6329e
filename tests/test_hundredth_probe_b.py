"""Probe 100b: the regressions of the day's changes. F1: the tally's name for a copy to an
address book entry that names no one ("counted under its title and where it is"), for an
entry that has no title either, only its organisation, as many a section's embassy list
gives it. F2: the address book's new limit of 50,000 greetings, and a book the address
book window itself writes past it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_cli import cli
from test_gui import open_window
from test_ninety_ninth_probe_b import _added_by_hand, _laptop
from test_ninety_second_probe_a import DUBLIN, LONDON
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.paths import AppPaths
from uawriter.storage.address_book import (
    MAX_BOOK_CONTACTS,
    MAX_BOOK_SALUTATIONS,
    AddressBook,
    Contact,
    new_uid,
    salutations_of,
)
from uawriter.storage.tally import TallyBook
from uawriter.storage.tally_totals import totals

# ------------------ F1: an entry with only its organisation counted under no name


def test_f1_a_copy_to_an_embassy_listed_by_its_organisation_alone_is_counted_by_name(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The section's embassy list names the Kazakh embassies by their organisation alone
    (no title, no ambassador's name): the window offers "Embassy of the Republic of
    Kazakhstan" in London and in Dublin. One volunteer sends a copy to London, the next
    one to Dublin. The next morning's report ("By addressee", as the event window and the
    tally's CSV) counts them as " (London W8 5DA)" and " (Dublin 4)": no embassy, no
    country, only a town; the organiser cannot tell the section office which embassy had
    the copies (and two countries' embassies in one town would be one line). The name the
    tally counts under should be the one the window offered: the organisation, and where
    it is."""
    data = tmp_path / "laptop"
    london, dublin = (
        dataclasses.replace(_added_by_hand(street, town), title="")
        for street, town in ((LONDON, "London W8 5DA"), (DUBLIN, "Dublin 4"))
    )
    _laptop(qtbot, answers, data, [london, dublin], [LONDON, DUBLIN])

    report = cli(AppPaths(data), "tally", "--event", "Write for Rights")
    sums = totals(TallyBook(AppPaths(data).tally_file).read())
    copies = [who for who in sums.by_addressee if "London" in who or "Dublin" in who]
    assert len(copies) == 2, report.out
    for who in copies:
        assert "Embassy of the Republic of Kazakhstan" in who, (copies, report.out)


# ------------------ F2: the window writes a book of more than 50,000 greetings

#: Five greetings an entry, as the limit reckons ("five languages an entry").
GREETINGS = {
    "en": "Your Excellency",
    "fr": "Excellence",
    "de": "Exzellenz",
    "ru": "Ваше Превосходительство",
    "kk": "Құрметті Елші мырза",
}


def test_f2_a_greeting_typed_into_a_full_book_does_not_set_the_book_aside(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser's book holds five embassy lists, 10,000 entries with a greeting in
    five languages each (the most the window imports: 50,000 greetings, read at every
    start). In the address book window she adds a sixth language to one embassy
    ("uk = Ваша Високоповажносте") and saves: the window took it without a word, and at
    the next start the whole book was set aside as "damaged", the window with no embassy
    at all, at an evening's start. The window refuses the save, saying why and what to
    do, and keeps what she typed; the book on disk is read at the next start."""
    data = tmp_path / "data"
    book = AddressBook(AppPaths(data).address_book_file)
    book.save(
        [
            Contact(
                f"Ambassador {number}",
                organisation=f"Embassy {number}",
                address=(f"{number} Embassy Row", "London W8 5DA"),
                salutation="Your Excellency",
                represents="KZ",
                salutations=salutations_of(GREETINGS),
                uid=new_uid(),
            )
            for number in range(MAX_BOOK_CONTACTS)
        ]
    )
    assert len(AddressBook(book.path).load()) == MAX_BOOK_CONTACTS  # at the limit: read
    window = open_window(qtbot, data)
    assert len(window.addressees_pane.contacts) == MAX_BOOK_CONTACTS

    window.addressees_pane.edit_address_book()
    dialog = window.findChild(AddressBookDialog)
    assert isinstance(dialog, AddressBookDialog)
    dialog.list.setCurrentRow(0)
    dialog.salutations.moveCursor(QTextCursor.MoveOperation.End)
    dialog.salutations.insertPlainText("\nuk = Ваша Високоповажносте")
    told: list[str] = []
    answers.expect("warning", lambda box: (told.append(box.text()), box.accept()))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert len(told) == 1
    assert "50,000 greetings" in told[0]
    assert dialog.isVisible()  # what she typed is still there to put right
    assert "uk" in dialog.contacts()[0].salutations
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(AddressBookDialog) is None)
    window.close()

    at_next_start = AddressBook(book.path)
    contacts = at_next_start.load()
    assert at_next_start.set_aside is None, f"set aside: {at_next_start.set_aside}"
    assert len(contacts) == MAX_BOOK_CONTACTS
    assert sum(len(c.salutations) for c in contacts) == MAX_BOOK_SALUTATIONS

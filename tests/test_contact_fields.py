"""Address book contacts follow the rules a pack's addressees follow, however they come in:
a hand-edited or damaged address_book.json, an embassy list (CSV or vCard) from a stick, the
address book window. No control character or direction override reaches a letter or a fax
cover sheet, a line break in a name adds no line of its own to the address block, and a fax
field that is not one fax number is kept for the volunteer to mend but never dialled.

Found by a probe: a book holding the contact below gave a fax cover sheet "Ambassador
\\x00]0;pwned\\x00LIAMEKAF, Mr X Fax: +7 999 000 0000" with two numbers run together as the
one to dial, and the letter's address block a forged line "Fax: +7 999 000 0000"."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text
from qt_helpers import ModalAnswers, import_through
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose
from uawriter.exporting import export_separately
from uawriter.storage.address_book import AddressBook, Contact, contact_problems
from uawriter.storage.contact_files import read_csv, read_vcards

DATE = dt.date(2011, 7, 12)
#: What a hand-edited or damaged address book held (a terminal's escape sequences, a
#: right-to-left override, a name and a fax number with line breaks).
HOSTILE: dict[str, Any] = {
    "title": "Ambassador\x1b]0;pwned\x07\u202eLIAMEKAF",
    "name": "Mr X\nFax: +7 999 000 0000",
    "organisation": "Embassy\u00ad of Ka\u00adzakhstan",
    "address": ["Street 1\x1b[2J", "10117\u2028Berlin"],
    "country": "GERMANY\r\n",
    "fax": "+49 30 1234567",
    "email": "embassy@kz.example",
    "salutation": "Your\u2029Excellency\x1b[31m",
    "represents": "KZ",
    "salutations": {"ru": "Уважаемый\nгосподин Посол\u202e"},
}
#: The same contact as it is kept: what was typed, on one line, without controls.
KEPT = Contact(
    title="Ambassador]0;pwnedLIAMEKAF",
    name="Mr X Fax: +7 999 000 0000",
    organisation="Embassy of Kazakhstan",
    address=("Street 1[2J", "10117", "Berlin"),
    country="GERMANY",
    fax="+49 30 1234567",
    email="embassy@kz.example",
    salutation="Your Excellency[31m",
    represents="KZ",
    salutations=MappingProxyType({"ru": "Уважаемый господин Посол"}),
)
TWO_FAXES = "+49 30 1234567\n+7 7172 000000"


def _book(folder: Path, **changed: object) -> list[Contact]:
    """The contacts of an address_book.json written by hand with ``changed`` fields."""
    path = folder / "address_book.json"
    entry = {**HOSTILE, **changed}
    data = {"format": "uawriter-address-book", "version": 1, "contacts": [entry]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return AddressBook(path).load()


def _unwanted(text: str) -> list[str]:
    return [c for c in text if c in "\x00\x1b\x07\u202e\u00ad" or (ord(c) < 0x20 and c != "\n")]


def test_a_hand_edited_address_book_is_read_as_a_pack_is_read(tmp_path: Path) -> None:
    [contact] = _book(tmp_path)
    assert contact == KEPT
    assert contact_problems(contact) == []
    # saved again, it reads back the same
    AddressBook(tmp_path / "again.json").save([contact])
    assert AddressBook(tmp_path / "again.json").load() == [contact]


def test_a_fax_of_two_numbers_is_kept_for_the_volunteer_but_never_dialled(
    tmp_path: Path,
) -> None:
    [contact] = _book(tmp_path, fax=TWO_FAXES, email="a@kz.example, b@x.example\nBcc: c@x.example")
    assert contact.fax == "+49 30 1234567 +7 7172 000000"  # nothing typed is lost
    assert contact_problems(contact) == ["fax", "email"]  # shown in the address book window
    addressee = contact.as_addressee()
    assert addressee.fax == ""
    assert addressee.emails == ()


def _export(pack: Pack, contact: Contact, folder: Path) -> tuple[Path, str]:
    """The copy letter to ``contact`` exported as a fax, as the window exports it: the
    file written and its text."""
    addressee = contact.as_addressee()
    sender = Sender("A. N. Other", ("1 High Street", "London"))
    text = compose(pack, addressee, "en", sender, DATE)
    [path] = export_separately(
        [Letter(pack, addressee, "en", text, as_fax=True)], folder, sender, DATE, invariant=True
    )
    return path, "\n".join(pdf_pages_text(path))


def test_the_fax_cover_and_the_letter_show_the_contact_on_its_own_lines(
    tmp_path: Path, packs: dict[str, Pack]
) -> None:
    [contact] = _book(tmp_path)
    path, text = _export(packs[SEED_ID], contact, tmp_path / "out")
    assert path.name.endswith(" fax.pdf")
    assert _unwanted(text) == []
    flat = normalise(text)
    assert "Ambassador]0;pwnedLIAMEKAF, Mr X Fax: +7 999 000 0000" in flat  # the cover's "To"
    assert "+49 30 1234567" in flat
    lines = [line.strip() for line in text.splitlines()]
    assert "Fax: +7 999 000 0000" not in lines  # no line of its own in the address block
    assert "Mr X Fax: +7 999 000 0000" in lines
    assert "+7 7172" not in flat


def test_a_fax_of_two_numbers_gets_no_cover_sheet(tmp_path: Path, packs: dict[str, Pack]) -> None:
    [contact] = _book(tmp_path, fax=TWO_FAXES)
    path, text = _export(packs[SEED_ID], contact, tmp_path / "out")
    assert path.name.endswith(" post.pdf")  # printed and posted, not faxed
    assert "7172" not in text
    assert "1234567" not in text
    assert _unwanted(text) == []


EMBASSY_CSV = (
    "title,name,organisation,address,country,fax,email,salutation\r\n"
    '"Ambassador\x1b]0;pwned\x07\u202eLIAMEKAF","Mr X\nFax: +7 999 000 0000",'
    'Embassy of Kazakhstan,"Street 1\x1b[2J",GERMANY,'
    '"+49 30 1234567 ext 12 or +7 7172 000000",embassy@kz.example,Your Ex\u00adcellency\r\n'
)
EMBASSY_VCF = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Mr X\\nFax: +7 999 000 0000\r\n"
    "TITLE:Ambassador\x1b]0;pwned\x07\u202eLIAMEKAF\r\n"
    "ORG:Embassy of Kazakhstan\r\n"
    "ADR;TYPE=WORK:;;Street 1\x1b[2J;;;;GERMANY\r\n"
    "TEL;TYPE=FAX:+49 30 1234567 ext 12 or +7 7172 000000\r\n"
    "EMAIL:embassy@kz.example\r\n"
    "X-UAWRITER-SALUTATION:Your Ex\u00adcellency\r\n"
    "END:VCARD\r\n"
)
FROM_A_STICK = Contact(
    title="Ambassador]0;pwnedLIAMEKAF",
    name="Mr X Fax: +7 999 000 0000",
    organisation="Embassy of Kazakhstan",
    address=("Street 1[2J",),
    country="GERMANY",
    fax="+49 30 1234567 ext 12 or +7 7172 000000",
    email="embassy@kz.example",
    salutation="Your Excellency",
    represents="KZ",
)


@pytest.mark.parametrize(
    ("name", "text", "read"),
    [("embassies.csv", EMBASSY_CSV, read_csv), ("embassies.vcf", EMBASSY_VCF, read_vcards)],
)
def test_an_embassy_list_from_a_stick_is_read_as_a_pack_is_read(
    tmp_path: Path, name: str, text: str, read: Any
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [contact] = read(path.read_text(encoding="utf-8"))
    assert contact == FROM_A_STICK
    assert contact_problems(contact) == ["fax"]
    assert contact.as_addressee().fax == ""


@pytest.mark.parametrize(("name", "text"), [("a.csv", EMBASSY_CSV), ("a.vcf", EMBASSY_VCF)])
def test_the_address_book_window_shows_an_imported_fax_that_is_not_one_number(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, name: str, text: str
) -> None:
    from uawriter.gui.address_book_dialog import AddressBookDialog

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    kept = Contact("Ambassador of Uzbekistan", fax="+49 30 394 098 62")
    dialog = AddressBookDialog([kept])
    qtbot.addWidget(dialog)
    assert import_through(qtbot, dialog.import_button, "importContactsDialog", path, answers) == ""
    assert dialog.contacts() == [kept, FROM_A_STICK]
    assert dialog.list.currentRow() == 1  # the contact to mend is shown
    assert dialog.fax.text() == FROM_A_STICK.fax
    shown = dialog.problem.text()
    # as the interface says it: "1 contact added" once the English plural forms are loaded
    added = QCoreApplication.translate(
        "AddressBookDialog",
        "%n contact(s) added; those already in the address book were kept.",
        "",
        1,
    )
    assert added.startswith("1 contact")
    assert added in shown
    assert "The fax number should be digits" in shown


def test_what_is_pasted_into_the_address_book_window_is_kept_on_one_line(
    qtbot: QtBot,
) -> None:
    from uawriter.gui.address_book_dialog import AddressBookDialog

    dialog = AddressBookDialog([])
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    # a paste (QLineEdit.insert, as Ctrl+V inserts) keeps what no key can type
    dialog.title.insert("Ambassador\x1b]0;pwned\x07\u202eLIAMEKAF")
    dialog.name.insert("Mr\u00ad X\u2028Fax: +7 999 000 0000")
    dialog.fax.insert("+49 30 1234567\u202e")
    [contact] = dialog.contacts()
    assert contact.title == "Ambassador]0;pwnedLIAMEKAF"
    assert contact.name == "Mr X Fax: +7 999 000 0000"
    assert contact.fax == "+49 30 1234567"
    assert dialog.problem.text() == ""
    dialog.fax.insert("\n+7 7172 000000")
    assert dialog.contacts()[0].fax == "+49 30 1234567 +7 7172 000000"
    assert "The fax number should be digits" in dialog.problem.text()

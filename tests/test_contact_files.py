"""A section's embassy list as CSV and vCard: written and read back, read from the forms
phones and mail programs export, greeting in the letter's language, and only the action's
country's embassy offered."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, import_through, type_path
from test_gui import find, open_window
from uawriter.domain.model import Pack, Sender
from uawriter.engine import compose
from uawriter.storage.address_book import AddressBook, Contact
from uawriter.storage.contact_files import (
    ContactFileProblem,
    csv_text,
    read_csv,
    read_vcards,
    vcards,
)
from uawriter.storage.postage import PostageProblem
from uawriter.storage.postage import read_csv as read_postage

DATA = Path(__file__).parent / "data" / "contacts"
AMBASSADOR = Contact(
    title="Ambassador of Kazakhstan",
    name="Mr Nurlan Onzhanov",
    organisation="Embassy of the Republic of Kazakhstan",
    address=("Nordendstraße 19", "13156 Berlin"),
    country="Germany",
    fax="+49 30 47007 110",
    email="berlin@mfa.kz",
    salutation="Your Excellency",
    represents="KZ",
    salutations=MappingProxyType(
        {"kk": "Құрметті Елші мырза", "ru": "Уважаемый господин Посол", "de": "Exzellenz"}
    ),
)
RUSSIA = Contact("", organisation="Embassy of the Russian Federation", represents="RU")


@pytest.mark.parametrize(("write", "read"), [(vcards, read_vcards), (csv_text, read_csv)])
def test_written_and_read_back_unchanged(
    write: Callable[[list[Contact]], str], read: Callable[[str], list[Contact]]
) -> None:
    contacts = [AMBASSADOR, RUSSIA]
    assert read(write(contacts)) == contacts


def test_a_name_pasted_with_a_line_separator_keeps_the_contact_in_a_vcard() -> None:
    """A name pasted from a web page holding U+2028 or U+2029 came back from a vCard without
    its name, address and salutations: the card was cut at the separator."""
    pasted = Contact(
        "Ambassador",
        name="Mr\u2028Nurlan\u2029Onzhanov",
        address=("Nordendstraße 19", "13156 Berlin"),
        salutations=MappingProxyType({"kk": "Құрметті Елші мырза"}),
    )
    [back] = read_vcards(vcards([pasted]))
    assert back.name == "Mr Nurlan Onzhanov"  # as a CSV gives it
    assert back.address == pasted.address
    assert back.salutations == pasted.salutations
    assert read_csv(csv_text([pasted]))[0].name == back.name


def test_an_exported_embassy_list_runs_no_formula_and_reads_back_the_same() -> None:
    """An exported list passed "=HYPERLINK(…)" from a stranger's file on to a spreadsheet as
    a live formula. Cells that would start one are written after an apostrophe, which the
    import takes off: a fax number "+49 …" reads back as it was."""
    hostile = Contact(
        '=HYPERLINK("http://evil","Ambassador")',
        name="-2+3",
        organisation="@SUM(A1)",
        address=('=WEBSERVICE("http://evil")', "Berlin"),
        fax="+49 30 47007 110",
        salutation="'=typed with an apostrophe",
        salutations=MappingProxyType({"kk": "+Құрметті"}),
    )
    text = csv_text([hostile, AMBASSADOR])
    for row in csv.reader(io.StringIO(text)):
        assert not any(cell[:1] in "=+-@" for cell in row if cell), row
    assert read_csv(text) == [hostile, AMBASSADOR]


@pytest.mark.parametrize(
    "apostrophes",
    ["'", "O'Brien's 'office'", "'Ambassador'", "d'Almeida, 'the' 'Elder'"],
)
def test_a_list_full_of_apostrophes_reads_back_one_entry_each(apostrophes: str) -> None:
    """Python's CSV sniffer took "'" for the quote in a list crowded with apostrophes (an
    entry named "'", Irish and Portuguese names in quotes): entries came back merged or
    split. Every spreadsheet quotes with '"', and the list is read so."""
    entries = [
        Contact(apostrophes, name=f"{apostrophes} {n}", organisation=apostrophes, fax="+1 5")
        for n in range(4)
    ]
    assert read_csv(csv_text(entries)) == entries


def test_what_phones_and_mail_programs_export_is_read() -> None:
    text = (DATA / "phone-and-mail-exports.vcf").read_text(encoding="utf-8")
    kazakh, russian, uzbek = read_vcards(text)
    # vCard 2.1: quoted-printable Cyrillic, TEL;WORK;FAX
    assert kazakh.name == "Нурлан Онжанов"
    assert kazakh.fax == "+49 30 47007 110"
    assert kazakh.address == ("Nordendstraße 19", "13156 Berlin")
    assert kazakh.represents == "KZ"  # from "Embassy of the Republic of Kazakhstan"
    # vCard 3.0: TYPE=WORK,FAX, ORG with a unit
    assert russian.organisation == "Embassy of the Russian Federation"
    assert russian.fax == "+49 30 229 93 97"
    assert russian.represents == "RU"
    # vCard 4.0: a tel: URI, the organisation in German
    assert uzbek.fax == "+49 30 394 098 62"
    assert uzbek.represents == "UZ"
    assert uzbek.country == "Deutschland"


def test_values_a_phone_exports_in_base64_are_read_as_text() -> None:
    """Probe 37 F6: some phones export names not in Latin letters in base64 (vCard 2.1's
    ENCODING=BASE64, 3.0's ENCODING=b). They came in as "b'\\xd0\\x9f…'" (the name, the
    fax on the cover sheet) or still in base64 (the organisation, the address), and the
    country the embassy represents was lost."""
    kazakh, russian = read_vcards((DATA / "base64-phone-export.vcf").read_text(encoding="utf-8"))
    assert kazakh.name == "Нурлан Онжанов"
    assert kazakh.title == "Посол"
    assert kazakh.organisation == "Посольство Республики Казахстан"  # its unit left out
    assert kazakh.address == ("Nordendstraße 19", "13156 Berlin")
    assert kazakh.country == "Германия"
    assert kazakh.fax == "+49 30 47007 110"
    assert kazakh.represents == "KZ"
    # CHARSET=windows-1251, as an older phone gives it
    assert russian.name == "Посольство Российской Федерации"
    assert russian.organisation == "Embassy of the Russian Federation"
    assert russian.email == "info@russische-botschaft.de"
    assert russian.fax == "+49 30 229 93 97"


def test_a_spreadsheet_list_with_salutations_per_language() -> None:
    text = (
        "Title;Name;Organisation;Address;Country;Fax;E-mail;Salutation;Salutation (kk);"
        "salutation_ru\r\n"
        'Ambassador;Mr Nurlan Onzhanov;Embassy of the Republic of Kazakhstan;"Nordendstraße 19'
        '\n13156 Berlin";Germany;+49 30 47007 110;berlin@mfa.kz;Your Excellency;'
        "Құрметті Елші мырза;Уважаемый господин Посол\r\n"
    )
    [contact] = read_csv(text)
    assert contact.address == ("Nordendstraße 19", "13156 Berlin")
    assert contact.email == "berlin@mfa.kz"
    assert contact.represents == "KZ"
    assert dict(contact.salutations) == {
        "kk": "Құрметті Елші мырза",
        "ru": "Уважаемый господин Посол",
    }


@pytest.mark.parametrize(
    ("reader", "text"),
    [
        (read_csv, "a,b,c\r\n1,2,3\r\n"),
        (read_vcards, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nADR:;;\x00broken\r\n"),
    ],
)
def test_a_file_that_is_no_embassy_list_is_refused_with_a_reason(
    reader: Callable[[str], list[Contact]], text: str
) -> None:
    with pytest.raises(ContactFileProblem):
        reader(text)


def test_a_kazakh_letter_greets_the_ambassador_in_kazakh(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    copy = AMBASSADOR.as_addressee()
    date = dt.date(2011, 7, 1)
    assert "Құрметті Елші мырза!" in compose(pack, copy, "kk", Sender("A. N."), date)
    assert "Sehr geehrter" not in compose(pack, copy, "de", Sender("A. N."), date)
    assert "Exzellenz" in compose(pack, copy, "de", Sender("A. N."), date)
    assert "Your Excellency" in compose(pack, copy, "es", Sender("A. N."), date)


def test_only_the_actions_countrys_embassy_is_offered(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    AddressBook(data / "address_book.json").save([RUSSIA, AMBASSADOR])
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    choice = find(window, QComboBox, "diplomatChoice")
    offered = [choice.itemText(i) for i in range(choice.count())]
    assert offered == ["Ambassador of Kazakhstan, Mr Nurlan Onzhanov"]
    window.choose_pack("training-valdoria")  # Valdoria has no embassy in the book
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "(no embassy of this country in the address book)"
    ]
    assert not find(window, QCheckBox, "diplomatCheck").isEnabled()


def test_the_address_book_imports_a_vcard_and_exports_a_csv(qtbot: QtBot, tmp_path: Path) -> None:
    from qt_helpers import ModalAnswers, type_path
    from uawriter.gui.address_book_dialog import AddressBookDialog

    answers = ModalAnswers()
    try:
        dialog = AddressBookDialog([AMBASSADOR])
        qtbot.addWidget(dialog)
        answers.expect("importContactsDialog", type_path(DATA / "phone-and-mail-exports.vcf"))
        dialog.import_button.click()
        qtbot.waitUntil(lambda: answers.seen == ["importContactsDialog"], timeout=30_000)
        # the Kazakh embassy from the phone is another entry (a name in Cyrillic); all kept
        assert [c.organisation for c in dialog.contacts()] == [
            "Embassy of the Republic of Kazakhstan",
            "Embassy of the Republic of Kazakhstan",
            "Embassy of the Russian Federation",
            "Botschaft der Republik Usbekistan",
        ]
        target = tmp_path / "embassies.csv"
        answers.expect("exportContactsDialog", type_path(target))
        dialog.export_button.click()
        qtbot.waitUntil(target.exists, timeout=30_000)
        assert read_csv(target.read_text(encoding="utf-8")) == dialog.contacts()
    finally:
        answers.stop()


def _import_into(qtbot: QtBot, dialog: QWidget, path: Path, answers: ModalAnswers) -> str:
    """``path`` imported into the address book dialog as a volunteer does: the warning shown
    ("" if none)."""
    from uawriter.gui.address_book_dialog import AddressBookDialog

    assert isinstance(dialog, AddressBookDialog)
    return import_through(qtbot, dialog.import_button, "importContactsDialog", path, answers)


def _dialog(qtbot: QtBot, contacts: list[Contact]) -> QWidget:
    from uawriter.gui.address_book_dialog import AddressBookDialog

    dialog = AddressBookDialog(contacts)
    qtbot.addWidget(dialog)
    return dialog


def test_a_stray_quote_in_an_embassy_list_is_named_by_its_line(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A quote opened and never closed took the rest of the file into one cell: "1 contact
    added", titled "A,B,C D,E,F", and every other embassy lost without a word."""
    path = tmp_path / "embassies.csv"
    path.write_text('title,name,organisation\n"A,B,C\nD,E,F\n', encoding="utf-8")
    dialog = _dialog(qtbot, [AMBASSADOR])
    warning = _import_into(qtbot, dialog, path, answers)
    assert str(path) in warning
    assert 'line 2 opens a quote (") that is never closed' in warning
    assert dialog.contacts() == [AMBASSADOR]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        # Excel's "Unicode Text": UTF-16 with its mark, tab separated
        ("embassies.txt.csv", "title\tname\torganisation\r\nAmbassador\tNurlan\tEmbassy"),
        ("embassies.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nurlan\r\nEND:VCARD\r\n"),
    ],
)
def test_an_embassy_list_in_utf16_is_imported(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, name: str, data: str
) -> None:
    """A list saved as UTF-16 was refused with "'utf-8' codec can't decode byte 0xff in
    position 0: invalid start byte"."""
    path = tmp_path / name
    path.write_bytes(data.replace("Nurlan", "Нурлан").encode("utf-16"))
    dialog = _dialog(qtbot, [])
    assert _import_into(qtbot, dialog, path, answers) == ""
    assert [c.name for c in dialog.contacts()] == ["Нурлан"]


@pytest.mark.parametrize(
    ("name", "fix"),
    [("embassies.csv", "save it as “CSV UTF-8”"), ("embassies.vcf", "choosing UTF-8")],
)
def test_an_embassy_list_in_latin1_is_refused_saying_how_to_save_it(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, name: str, fix: str
) -> None:
    """Excel's plain "CSV" and an old Outlook vCard are in a Windows code page: the warning
    was Python's "'utf-8' codec can't decode byte 0xe9 in position 43"."""
    path = tmp_path / name
    text = "title\r\nJosé\r\n" if name.endswith(".csv") else "BEGIN:VCARD\r\nFN:José\r\nEND:VCARD"
    path.write_bytes(text.encode("latin-1"))
    dialog = _dialog(qtbot, [])
    warning = _import_into(qtbot, dialog, path, answers)
    assert str(path) in warning
    assert "the file is not in UTF-8" in warning
    assert fix in warning
    assert "codec" not in warning
    assert dialog.contacts() == []


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE,BASE64:Embassy\r\nEND:VCARD",
        "BEGIN:VCARD\r\nVERSION:3.0\r\n" * 20_000 + "END:VCARD\r\n" * 20_000,
    ],
)
def test_an_unreadable_vcard_is_refused_in_plain_words(text: str) -> None:
    """The message quoted vobject: "(decode() argument 'encoding' must be str, not list)",
    "(maximum recursion depth exceeded)"."""
    with pytest.raises(ContactFileProblem) as refused:
        read_vcards(text)
    assert str(refused.value) == (
        "is not a vCard file that can be read; export the contacts again as vCard (.vcf) "
        "from the mail program or phone"
    )


def _paste(qtbot: QtBot, field: QWidget, text: str) -> None:
    """``text`` pasted into ``field`` (Ctrl+V) as a volunteer pastes a blob from a page."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    clipboard = QApplication.clipboard()
    clipboard.setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_blob_is_cut_as_an_import_cuts_it_and_the_export_imports_again(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """100,000 characters pasted into a contact made each edit take 3 s, and the book
    exported as CSV was refused on import ("field larger than field limit (131072)")."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from uawriter.storage.address_book import MAX_ADDRESS_LINES, MAX_FIELD_CHARS

    dialog = _dialog(qtbot, [])
    dialog.show()
    dialog.add_button.click()
    _paste(qtbot, find(dialog, QLineEdit, "contactTitle"), "A" * 100_000)
    address = find(dialog, QPlainTextEdit, "contactAddress")
    _paste(qtbot, address, ("B" * 100_000 + "\n") * 20)
    [contact] = dialog.contacts()
    assert contact.title == "A" * MAX_FIELD_CHARS
    assert contact.address == ("B" * MAX_FIELD_CHARS,) * MAX_ADDRESS_LINES
    # typed in the middle of a full address: the new line is refused, no line is lost
    cursor = address.textCursor()
    cursor.setPosition(5)
    address.setTextCursor(cursor)
    qtbot.keyClick(address, Qt.Key.Key_Return)
    qtbot.keyClicks(address, "Street")
    assert dialog.contacts()[0].address == contact.address
    target = tmp_path / "book.csv"
    answers.expect("exportContactsDialog", type_path(target))
    dialog.export_button.click()
    qtbot.waitUntil(target.exists, timeout=30_000)
    again = _dialog(qtbot, [])
    assert _import_into(qtbot, again, target, answers) == ""
    assert again.contacts() == [contact]
    assert _import_into(qtbot, dialog, target, answers) == ""
    assert dialog.contacts() == [contact]  # found again: no second copy


def test_a_book_saved_with_a_blob_is_read_cut_to_what_an_import_takes(tmp_path: Path) -> None:
    from uawriter.storage.address_book import MAX_FIELD_CHARS

    book = AddressBook(tmp_path / "address_book.json")
    book.save([Contact("A" * 100_000, address=("B" * 100_000,) * 20)])
    [contact] = book.load()
    assert read_csv(csv_text([contact])) == [contact]
    assert len(contact.title) == MAX_FIELD_CHARS


def test_a_contact_typed_with_two_spaces_is_found_again_on_import(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The import reads "Ambassador  of Kazakhstan" with one space: the book exported and
    imported again on the same laptop held each such contact twice."""
    typed = Contact("Ambassador  of Kazakhstan", name="Mr  Nurlan Onzhanov")
    path = tmp_path / "embassies.vcf"
    path.write_text(vcards([typed]), encoding="utf-8")
    dialog = _dialog(qtbot, [typed])
    assert _import_into(qtbot, dialog, path, answers) == ""
    assert dialog.contacts() == [typed]


def test_a_spreadsheets_own_column_names_are_read_and_the_others_named(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Probe 37 F7, F8: "Address 1", "Address 2" and "Fax number" were dropped without a word
    (the embassy came in with no address and no fax, and the window said "1 contact
    added"); an empty "email" column hid the address in the "e-mail" one; and Excel's
    "sep=;" first line was refused as naming no columns."""
    path = tmp_path / "embassies.csv"
    path.write_text(
        "sep=;\n"
        "Title;Name;Organisation;Address 1;Address 2;Postcode;City;Fax number;email;E-mail;"
        "Notes;Phone\n"
        "Ambassador;Mr Nurlan Onzhanov;Embassy of the Republic of Kazakhstan;Nordendstraße 19;"
        "Haus 2;13156;Berlin;+49 30 47007 110;;berlin@mfa.kz;call first;+49 30 47007 0\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, [])

    warning = _import_into(qtbot, dialog, path, answers)

    assert warning == ""
    [contact] = dialog.contacts()  # type: ignore[attr-defined]
    assert contact.address == ("Nordendstraße 19", "Haus 2", "13156 Berlin")
    assert contact.fax == "+49 30 47007 110"
    assert contact.email == "berlin@mfa.kz"
    said = dialog.problem.text()  # type: ignore[attr-defined]
    assert "These columns were not read: notes, phone. The columns read are: title, " in said


@pytest.mark.parametrize(
    ("read", "first", "problem"),
    [
        (read_csv, "title,name,organisation", ContactFileProblem),
        (read_postage, "country,rate", PostageProblem),
    ],
    ids=["embassy-list", "postage"],
)
def test_a_table_of_a_hundred_thousand_columns_is_refused_at_its_first_line(
    read: Callable[[str], object], first: str, problem: type[Exception]
) -> None:
    """Probe 38 F1: a first line naming 100,000 columns, then lines of one space: each line
    was read as a table of every column, several times over (0.13 s a line; a 2 MB file,
    hours, with the window frozen)."""
    text = first + "," + ",".join(f"c{i}" for i in range(100_000)) + "\n" + " \n" * 300
    named = f"{100_000 + first.count(',') + 1:,}"
    with pytest.raises(problem, match=f"the first line names {named} columns, more than"):
        read(text)


def test_a_phone_s_whole_contact_list_is_read_while_the_dialog_repaints(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """2,000 contacts from a phone took seconds to read on the UI thread: the window froze
    ("not responding") until they were in. They are read on a worker thread now; the
    dialog takes no input meanwhile and says what it reads."""
    from PySide6.QtCore import QTimer

    path = tmp_path / "phone.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ambassador {i}\r\nORG:Embassy {i}\r\n"
            f"TEL;TYPE=FAX:+44 20 7000 {i:04d}\r\nEMAIL:e{i}@embassy.example\r\n"
            f"ADR;TYPE=WORK:;;{i} Street;London;;SW1A 1AA;UK\r\nEND:VCARD\r\n"
            for i in range(2000)
        ),
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, [AMBASSADOR])
    seen_while_reading: list[str] = []

    def look() -> None:
        if not dialog.isEnabled():
            label = dialog.findChild(QLabel, "contactProblem")
            assert label is not None
            seen_while_reading.append(label.text())

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(0)
    try:
        assert _import_into(qtbot, dialog, path, answers) == ""
    finally:
        timer.stop()
    assert seen_while_reading, "the event loop did not run while the list was read"
    assert all("Reading phone.vcf" in text for text in seen_while_reading), seen_while_reading
    assert dialog.isEnabled()
    contacts = dialog.contacts()  # type: ignore[attr-defined]
    assert len(contacts) == 2001
    assert contacts[-1].organisation == "Embassy 1999"

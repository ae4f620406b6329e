"""Probe 99a: an attacker's address book files, with inputs no probe used yet.

F1: an embassy list (CSV) saved from a spreadsheet with its empty but formatted rows
(``,,,,`` lines, as Excel writes them), or a vCard file of cards without a name, was read
row by row at some 0.7 ms each: every empty row was looked through for a country name the
organisation and title might hold (``contact_limits.represents``), although an empty row
is no contact. A 60 KB list of 30,000 such rows kept the address book window disabled for
about 20 s; the 2 MB a list may be, for over ten minutes, with no way to stop it.

F2: an address book holding 64 salutations in each of its 9,300 entries (8 MB of valid
JSON, under the store's limit) took 11 s to read, at every start of the window, before it
showed: each code unknown to CLDR is looked up again (the cache holds 4,096).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import vobject
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers, import_through
from uawriter.storage.address_book import (
    ADDRESS_BOOK_FORMAT,
    ADDRESS_BOOK_VERSION,
    MAX_BOOK_CONTACTS,
    MAX_BOOK_SALUTATIONS,
    AddressBook,
)
from uawriter.storage.contact_files import read_csv, read_vcards
from uawriter.storage.csv_rows import csv_rows

# ------------------ F1: empty rows and nameless cards read at a country search each

#: An embassy list as a spreadsheet saves it: two embassies, then the sheet's formatted but
#: empty rows (a 60 KB file, far under the 2 MB a list may be).
EMPTY_ROWS = 30_000
LIST = (
    "title,name,organisation,address,country\n"
    "Ambassador of Kazakhstan,,Embassy of the Republic of Kazakhstan,125 Pall Mall,GB\n"
    "Ambassador of Peru,,Embassy of Peru,52 Sloane Street,GB\n" + ",,,,\n" * EMPTY_ROWS
)
#: vCards with no name, title or organisation (a phone's empty entries): 5,000 are 10,000
#: lines, a twelfth of what a list may hold (60 lines a contact, 2,000 contacts).
NAMELESS_CARDS = 5_000
CARDS = "BEGIN:VCARD\r\nEND:VCARD\r\n" * NAMELESS_CARDS + (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ambassador of Kazakhstan\r\n"
    "ORG:Embassy of the Republic of Kazakhstan\r\nEND:VCARD\r\n"
)
#: Reading a list may take this many times cutting it into rows or cards, measured in the
#: same run (the machine's speed cancels out): an empty row took a hundred times that.
RATIO = 6.0


def _seconds(work: Callable[[], object]) -> float:
    """The best of three timings of ``work``."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def test_f1_an_embassy_list_with_a_spreadsheet_s_empty_rows_is_read_through_the_window(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser imports the section's embassy list, saved from Excel as CSV: the two
    embassies, then the empty rows Excel writes for cells that were formatted once (a
    60 KB file). The address book window was disabled, "Reading embassies.csv…", for some
    20 s; a 2 MB list of such rows for more than ten minutes, with no way to stop it, at
    an evening's start. Empty rows are no contacts: the two embassies are read, nothing
    more and nothing said (how fast: the next test)."""
    from uawriter.gui.address_book_dialog import AddressBookDialog

    listed = tmp_path / "embassies.csv"
    listed.write_text(LIST, encoding="utf-8")
    dialog = AddressBookDialog([])
    qtbot.addWidget(dialog)
    dialog.show()

    warned = import_through(qtbot, dialog.import_button, "importContactsDialog", listed, answers)

    assert warned == ""
    assert [c.title for c in dialog.contacts()] == [
        "Ambassador of Kazakhstan",
        "Ambassador of Peru",
    ]


def test_f1_empty_rows_cost_no_more_than_their_reading() -> None:
    """Each empty row was searched for a country name its organisation and title might
    hold (0.7 ms a row): reading the list took a hundred times cutting it into rows. A
    row that is no contact should cost little more than its cutting."""
    cut = _seconds(lambda: sum(1 for _ in csv_rows(LIST)[1]))
    read = _seconds(lambda: read_csv(LIST))
    assert read < RATIO * cut, f"{EMPTY_ROWS:,} empty rows: {read:.2f} s, cut in {cut:.3f} s"


def test_f1_a_vcard_file_of_nameless_cards_costs_no_more_than_its_reading() -> None:
    """A contact list exported from a phone holding thousands of empty entries (no name,
    no organisation) with one embassy among them: each empty card was looked through for a
    country name as an embassy's is (0.7 ms), 13 s for these 480 KB, and some 40 s for
    the 120,000 lines a list may hold, where the file's own comment promises 8 s at
    most. A card that is no contact should cost no more than its reading."""
    contacts = read_vcards(CARDS)
    assert [c.represents for c in contacts] == ["KZ"]

    parsed = _seconds(lambda: list(vobject.readComponents(CARDS)))
    read = _seconds(lambda: read_vcards(CARDS))
    assert read < RATIO * parsed, (
        f"{NAMELESS_CARDS:,} cards: {read:.2f} s, parsed in {parsed:.2f} s"
    )


# ------------------ F2: a book of many salutations read at every start

#: Entries of the book, each with the 64 salutations an entry may keep: 7.9 MB compact,
#: under the store's 8 MB.
ENTRIES = 9_300


def test_f2_an_address_book_of_many_salutations_is_set_aside_not_read_at_every_start(
    tmp_path: Path,
) -> None:
    """A hand-edited or damaged address book holding 64 salutations for each of its 9,300
    entries, under codes CLDR does not know ("3a1z"), is valid JSON under the store's 8 MB:
    it was read whole at every start of the window, 11 s before it showed (probe 90a's
    17 s for 280,000 contacts is the same wait). No book the window keeps holds so many
    greetings: it is set aside as damaged (kept, and named), as that one is."""
    path = tmp_path / "address_book.json"
    book = {
        "format": ADDRESS_BOOK_FORMAT,
        "version": ADDRESS_BOOK_VERSION,
        "contacts": [
            {"title": "A", "salutations": {f"{entry * 64 + n:x}z": "x" for n in range(64)}}
            for entry in range(ENTRIES)
        ],
    }
    written = json.dumps(book, separators=(",", ":"))
    path.write_text(written, encoding="utf-8")
    assert path.stat().st_size < 8 * 1024 * 1024
    assert ENTRIES * 64 > MAX_BOOK_SALUTATIONS

    store = AddressBook(path)
    assert store.load() == []
    assert store.set_aside is not None
    assert store.set_aside.read_text(encoding="utf-8") == written  # kept whole
    assert not path.exists()


def test_f2_a_full_book_of_five_greetings_an_entry_is_read(tmp_path: Path) -> None:
    """The cap is on what no window writes: a full book (as many entries as are kept,
    five greetings each) is read, every greeting with it."""
    path = tmp_path / "address_book.json"
    greetings = {
        "en": "Your Excellency",
        "fr": "Excellence",
        "es": "Excelencia",
        "ru": "Ваше",
        "kk": "Құрметті",
    }
    book = {
        "format": ADDRESS_BOOK_FORMAT,
        "version": ADDRESS_BOOK_VERSION,
        "contacts": [
            {"id": f"{n:012x}", "title": f"Ambassador {n}", "salutations": greetings}
            for n in range(MAX_BOOK_CONTACTS)
        ],
    }
    path.write_text(json.dumps(book), encoding="utf-8")

    store = AddressBook(path)
    contacts = store.load()
    assert store.set_aside is None
    assert len(contacts) == MAX_BOOK_CONTACTS
    assert all(dict(c.salutations) == greetings for c in contacts)


#: Thirty languages a section might greet embassies in.
LANGUAGES = [
    *("en", "fr", "es", "ru", "kk", "ar", "de", "it", "pt", "nl", "sv", "da", "fi", "nb", "pl"),
    *("cs", "sk", "hu", "ro", "bg", "el", "tr", "uk", "he", "fa", "hi", "ja", "ko", "zh", "vi"),
]


def test_f2_a_list_that_would_make_a_book_set_aside_is_not_imported(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A book of more greetings than are read is set aside at the next start: a list the
    window imports must not make one. 2,000 embassies greeted in thirty languages each
    (60,000 greetings) are refused, with why and what to do, and the book is as it was."""
    from uawriter.gui.address_book_dialog import AddressBookDialog

    listed = tmp_path / "embassies.csv"
    heading = ",".join(["title", *(f"salutation_{lang}" for lang in LANGUAGES)])
    rows = [",".join([f"Ambassador {n}", *LANGUAGES]) for n in range(2_000)]
    listed.write_text("\n".join([heading, *rows]) + "\n", encoding="utf-8")
    assert len(rows) * len(LANGUAGES) > MAX_BOOK_SALUTATIONS

    dialog = AddressBookDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    warned = import_through(qtbot, dialog.import_button, "importContactsDialog", listed, answers)

    assert "embassies.csv" in warned
    assert "greetings" in warned
    assert dialog.contacts() == []

"""Probe 98a (issue 12, items 8, 10, 12): what entries' own ids (``Contact.uid``) opened.
The entry a copy was made to is found by its id alone: an id held by two entries (a block
copied in the book by hand) is given to the first, whatever embassy that is; and an entry
corrected then removed no longer corrects the copies stacked to it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import book_saved, choose_embassy, removed
from qt_helpers import ModalAnswers, import_through
from test_evening import _at_an_event
from test_gui import find, open_window
from test_ninety_second_probe_a import _embassy
from test_ninety_seventh_probe_b import (
    CORRECTED,
    DUBLIN,
    _evening_with_a_copy_to_dublin,
    _organiser_corrects_dublin,
)
from test_stack import _stack
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.gui.main_window import MainWindow
from uawriter.gui.resume import copies_current, restore_draft
from uawriter.paths import AppPaths
from uawriter.storage.address_book import COPY_ID_PREFIX, AddressBook, Contact, copy_id
from uawriter.storage.contact_files import csv_text, vcards


def test_f1_a_draft_taken_back_goes_to_the_entry_copied_above_hers_with_her_id(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """She chooses a copy to the Kazakh embassy in Dublin; her letter is kept as a draft.
    Before it is taken back, the organiser adds the London embassy to the book by hand,
    as one adds an entry to a JSON list: Dublin's block copied above it, its street and
    town changed (its "id" copied with it). Her copy should still go to Dublin, or be
    unticked and she told. It goes to London, the embassy she never chose, nothing said:
    ``with_uids`` gives an id held twice to the first entry holding it, and her draft's
    copy is found by its id alone (``same_diplomat``), not by what the entry says."""
    data = tmp_path / "data"
    book = AddressBook(AppPaths(data).address_book_file)
    book.save([_embassy(DUBLIN, "Dublin 4")])
    window = _at_an_event(qtbot, open_window(qtbot, data))
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    pane = window.addressees_pane
    choose_embassy(pane, 0)
    pane.diplomat_check.setChecked(True)
    assert DUBLIN in window.letters()[-1].text
    draft = window.drafts.current()
    assert draft is not None
    window.unexported = False

    # the organiser's hand: Dublin's block copied above it, made London's
    later = tmp_path / "later"
    fields = json.loads(book.path.read_text(encoding="utf-8"))
    london = dict(fields["contacts"][0], address=["1 Embassy Row", "London W8 5DA"])
    fields["contacts"].insert(0, london)
    AppPaths(later).address_book_file.parent.mkdir(parents=True, exist_ok=True)
    AppPaths(later).address_book_file.write_text(json.dumps(fields), encoding="utf-8")
    again = _at_an_event(qtbot, open_window(qtbot, later))
    again.options_pane.select_language("en")
    again._letter_language_chosen("en")
    restore_draft(again, draft)
    again.unexported = False

    copy = again.addressees_pane.diplomat()
    assert copy is None or DUBLIN in copy.address, f"her copy now goes to {copy.address}"


def test_f2_a_stacked_copy_to_an_entry_corrected_then_removed_goes_to_the_old_street(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """She stacks her letter with a copy to the embassy in Dublin. The organiser puts the
    house number into the embassy's street and saves; later, tidying the book, takes
    Dublin out of it. When she sends the stack, her copy should go to the street as the
    organiser corrected it, or she should be told (nothing going out this time), as when
    the entry is only corrected. It goes out to the street without its number, unsaid:
    ``entry_now`` looks the copy's entry up in the book as it is now, and a removed entry
    is taken as never corrected (the window's map of corrections, which kept it, is
    gone)."""
    window = _evening_with_a_copy_to_dublin(qtbot, tmp_path)
    window.sender_pane.flush()
    _stack(qtbot, window, answers, SEED_ID)
    _organiser_corrects_dublin(qtbot, window)

    def corrected_then_removed(dialog: AddressBookDialog) -> None:
        assert CORRECTED in dialog.address.toPlainText()
        removed(dialog)

    book_saved(qtbot, window, 0, corrected_then_removed)

    told: list[str] = []
    answers.expect("warning", lambda box: (told.append(box.text()), box.accept()))
    goes_now = copies_current(window, window.stack_pane.letters())
    window.unexported = False
    copies = [x for x in window.stack_pane.letters() if x.addressee.id.startswith(COPY_ID_PREFIX)]
    assert len(copies) == 1
    assert not goes_now or CORRECTED in copies[0].addressee.address, copies[0].addressee.address
    # made out to the street as it was corrected, and said, before anything goes
    assert not goes_now
    assert CORRECTED in copies[0].addressee.address
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)


def _id_before_entries_had_ids(contact: Contact) -> str:
    """The id the previous version gave a copy to ``contact`` (probe 96c's ``copy_id``: a
    hash of who and where the entry is), as its stack and tally keep it."""
    who = "\x1f".join(
        [contact.title, contact.name, contact.organisation, *contact.address, contact.country]
    )
    return COPY_ID_PREFIX + hashlib.blake2s(who.encode("utf-8"), digest_size=6).hexdigest()


def test_f3_a_copy_stacked_before_the_update_and_written_again_goes_out_twice(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """At home, with the version before entries had ids, she stacks her letter with a copy
    to the embassy in Dublin and closes UA Writer. UA Writer is updated; she takes her
    stack back, opens the action again, writes her letter again (the copy to Dublin
    ticked) and stacks it. Written again, her letter should replace the one on the stack:
    one copy to Dublin, as for the action's officials. The stack holds two copies to
    Dublin, which both go out and are both counted: a book without ids gets ids made by
    ``with_uids`` from what each entry holds with a count after it, not the id the
    previous version gave its copies, so the stack takes the two for two embassies."""
    data = tmp_path / "data"
    dublin = _embassy(DUBLIN, "Dublin 4", name="Dana Dublin")
    book = AddressBook(AppPaths(data).address_book_file)
    book.save([dublin])
    fields = json.loads(book.path.read_text(encoding="utf-8"))
    for entry in fields["contacts"]:
        del entry["id"]  # the book as the version before ids wrote it
    book.path.write_text(json.dumps(fields), encoding="utf-8")

    def write_with_a_copy(window: MainWindow) -> None:
        window.choose_pack(SEED_ID)
        qtbot.waitUntil(lambda: window.session is not None)
        window.options_pane.select_language("en")
        window._letter_language_chosen("en")
        find(window, QLineEdit, "senderName").setText("Aigerim Sadykova")
        window.sender_pane.flush()
        choose_embassy(window.addressees_pane, 0)
        window.addressees_pane.diplomat_check.setChecked(True)
        assert DUBLIN in window.letters()[-1].text
        _stack(qtbot, window, answers, SEED_ID)

    first = open_window(qtbot, data)
    write_with_a_copy(first)
    first.unexported = False
    first.hide()
    stack_file = data / "drafts" / "stack.json"
    made = copy_id(first.addressees_pane.contacts[0])
    before = _id_before_entries_had_ids(dublin)
    stack_file.write_text(stack_file.read_text(encoding="utf-8").replace(made, before), "utf-8")

    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: bool(window.stack_pane.letters()), timeout=30_000)
    assert [x.addressee.id for x in window.stack_pane.letters()].count(before) == 1
    write_with_a_copy(window)
    window.unexported = False
    answers.pending.clear()

    streets = [
        x.addressee.address[0]
        for x in window.stack_pane.letters()
        if x.addressee.id.startswith(COPY_ID_PREFIX)
    ]
    assert streets == [DUBLIN], streets


def test_f4_an_embassy_list_with_a_second_embassy_of_one_title_adds_none(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The address book holds the Kazakh embassy in London, listed by title and embassy
    (no ambassador's name). The organiser imports the section's list of Kazakh embassies
    (London and Dublin), as a CSV or a vCard the app itself exported. Dublin should be
    added: it is another embassy, at another address, and since entries have ids of their
    own two such embassies are told apart everywhere else (probe 97b). None is added, and
    she is told "0 contacts added; those already in the address book were kept": an
    import finds a contact again by title, name and organisation only
    (``address_book_dialog._key``), so Dublin is taken for London; no copy can go to it."""
    london = _embassy("1 Embassy Row", "London W8 5DA")
    dublin = _embassy(DUBLIN, "Dublin 4")
    for kind, text in (("csv", csv_text([london, dublin])), ("vcf", vcards([london, dublin]))):
        path = tmp_path / f"embassies.{kind}"
        path.write_text(text, encoding="utf-8")
        dialog = AddressBookDialog([london])
        qtbot.addWidget(dialog)
        import_through(qtbot, dialog.import_button, "importContactsDialog", path, answers)
        streets = sorted(c.address[0] for c in dialog.contacts())
        assert streets == ["1 Embassy Row", DUBLIN], (kind, streets, dialog.problem.text())

"""Probe 97b (issue 12, items 8, 10, 12): what the last fixes opened. A copy to an address
book entry has an id made of who and where the entry is (``copy_id``), so a correction of
the entry gives its copies a new id; and the embassy she chose is still found again, kept
on the stack and kept chosen by title, name and organisation only (``contact_key``), or by
its place in the list of embassies offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import book_saved, choose_embassy
from qt_helpers import ModalAnswers
from test_evening import _at_an_event, _export_all
from test_gui import find, open_window
from test_ninety_second_probe_a import _embassy
from test_stack import _stack
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.gui.main_window import MainWindow
from uawriter.gui.resume import restore_draft
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook
from uawriter.storage.tally import TallyBook, letters_sent

DUBLIN = "Ailesbury Road"
CORRECTED = "12 Ailesbury Road"


def _evening_with_a_copy_to_dublin(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """An event; the address book holds the Kazakh embassy in Dublin; a volunteer signs
    and ticks a copy to it."""
    data = tmp_path / "data"
    AddressBook(AppPaths(data).address_book_file).save(
        [_embassy(DUBLIN, "Dublin 4", name="Dana Dublin")]
    )
    window = _at_an_event(qtbot, open_window(qtbot, data))
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    find(window, QLineEdit, "senderName").setText("Aigerim Sadykova")
    pane = window.addressees_pane
    choose_embassy(pane, 0)
    pane.diplomat_check.setChecked(True)
    assert DUBLIN in window.letters()[-1].text
    return window


def _organiser_corrects_dublin(qtbot: QtBot, window: MainWindow) -> None:
    """The organiser, with the PIN, puts the house number into the embassy's street."""
    book_saved(qtbot, window, 0, lambda d: d.address.setPlainText(f"{CORRECTED}\nDublin 4"))


def test_f1_a_copy_exported_again_after_its_entry_was_corrected_is_counted_twice(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """She exports her letters with a copy to the embassy in Dublin. The organiser sees
    the house number is missing, puts it in the address book, and she exports again, in
    the same turn, to have the copy with the right street. One copy went to one embassy:
    the tally should count 4 letters (3 officials, 1 embassy), as a letter exported again
    after a typo put right is counted once (``letters_sent``). It counts 5: the correction
    gave the copy a new addressee id (``copy_id`` hashes the address), and the envelope
    table, which prints ``letters_sent``, gives the organiser two envelopes for Dublin,
    one to the street without its number."""
    window = _evening_with_a_copy_to_dublin(qtbot, tmp_path)
    evening = tmp_path / "evening"
    evening.mkdir()
    _export_all(qtbot, window, answers, evening)
    _organiser_corrects_dublin(qtbot, window)
    assert CORRECTED in window.letters()[-1].text
    _export_all(qtbot, window, answers, evening)
    window.unexported = False

    contents = TallyBook(window.services.paths.tally_file).read()
    sent = [r.addressee for r in letters_sent(contents.letters)]
    assert len(sent) == 4, sent


def test_f2_her_embassy_moved_to_another_country_is_not_swapped_for_another_embassy(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """She has chosen a copy to the embassy in Dublin, the second of two Kazakh embassies
    in the book. The organiser sees Dublin's entry was marked with the wrong country (it
    represents Uzbekistan) and puts it right, and saves. Dublin is no longer offered for a
    Kazakh action, so her copy should be unticked (as when the entry is removed, probe
    96c). It goes to London instead: ``fill_diplomats(now)`` finds no row for Dublin and
    takes the first one offered, the tick kept, nothing said; she exports or stacks a
    letter to an embassy she never chose."""
    data = tmp_path / "data"
    AddressBook(AppPaths(data).address_book_file).save(
        [
            _embassy("1 Embassy Row", "London W8 5DA", name="Erlan London"),
            _embassy(DUBLIN, "Dublin 4", name="Dana Dublin"),
        ]
    )
    window = _at_an_event(qtbot, open_window(qtbot, data))
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    pane = window.addressees_pane
    choose_embassy(pane, 1)
    pane.diplomat_check.setChecked(True)
    assert DUBLIN in window.letters()[-1].text

    def for_uzbekistan(dialog: AddressBookDialog) -> None:
        assert dialog.address.toPlainText().startswith(DUBLIN)
        dialog.represents.selectAll()
        qtbot.keyClicks(dialog.represents, "UZ")

    book_saved(qtbot, window, 1, for_uzbekistan)
    window.unexported = False

    copy = pane.diplomat()
    assert copy is None, f"her copy now goes to {copy.address}"


def test_f3_her_draft_taken_back_keeps_the_embassy_she_chose_of_two_unnamed_ones(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The embassy list names no ambassador (names change; the section's list gives the
    title and the embassy): the Kazakh embassies in London and Dublin read alike but for
    their addresses. She chooses a copy to Dublin; her letter is kept as a draft and taken
    back (after a crash, another action, the window started again). The copy should still
    go to Dublin: her draft's copy id (``copy_id``) names Dublin's address. It goes to
    London, unsaid: ``AddresseesPane.restore`` looks for the first entry whose title, name
    and organisation (``contact_key``) match, which is London's."""
    data = tmp_path / "data"
    AddressBook(AppPaths(data).address_book_file).save(
        [_embassy("1 Embassy Row", "London W8 5DA"), _embassy(DUBLIN, "Dublin 4")]
    )
    window = _at_an_event(qtbot, open_window(qtbot, data))
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    pane = window.addressees_pane
    choose_embassy(pane, 1)
    pane.diplomat_check.setChecked(True)
    assert DUBLIN in window.letters()[-1].text
    draft = window.drafts.current()
    assert draft is not None

    pane.diplomat_check.setChecked(False)  # she went on to something else
    restore_draft(window, draft)
    window.unexported = False

    copy = pane.diplomat()
    assert copy is not None
    assert DUBLIN in copy.address, f"her copy now goes to {copy.address}"


def test_f4_a_copy_to_a_second_unnamed_embassy_stacked_takes_the_first_off_the_stack(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """She wants her letter to go to both Kazakh embassies in the book (London and Dublin,
    listed by title and embassy, no ambassador's name): a letter takes one copy, so she
    stacks it with a copy to London, then chooses Dublin and stacks it again. The stack
    should hold both copies (a letter to each embassy). It holds Dublin's only: the stack
    takes a letter to an official already on it as written again (``StackPane.add``), and
    tells copies apart by title, name and organisation (``official_key`` and
    ``contact_key``), the same for the two embassies; London's copy is dropped, unsaid,
    and never posted."""
    data = tmp_path / "data"
    AddressBook(AppPaths(data).address_book_file).save(
        [_embassy("1 Embassy Row", "London W8 5DA"), _embassy(DUBLIN, "Dublin 4")]
    )
    window = _at_an_event(qtbot, open_window(qtbot, data))
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    find(window, QLineEdit, "senderName").setText("Aigerim Sadykova")
    window.sender_pane.flush()
    pane = window.addressees_pane
    choose_embassy(pane, 0)
    pane.diplomat_check.setChecked(True)
    _stack(qtbot, window, answers, SEED_ID)
    choose_embassy(pane, 1)
    pane.diplomat_check.setChecked(True)
    assert DUBLIN in window.letters()[-1].text
    _stack(qtbot, window, answers, SEED_ID)
    window.unexported = False

    streets = sorted(
        x.addressee.address[0]
        for x in window.stack_pane.letters()
        if x.addressee.name == "" and x.addressee.title == "Ambassador of Kazakhstan"
    )
    assert streets == ["1 Embassy Row", DUBLIN], streets

"""Probe 96c: an event evening end to end, with the address book's embassy copies. The
organiser, there with the PIN, removes an embassy that moved from the address book while a
volunteer is at the laptop: the entries after it move up one place, and a copy's addressee
id is its place (``address-book-N``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from letter_steps import book_saved, choose_embassy, removed
from qt_helpers import ModalAnswers
from test_evening import _at_an_event, _export_all
from test_gui import find, open_window
from test_ninety_second_probe_a import _embassy
from uawriter.gui.main_window import MainWindow
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook
from uawriter.storage.tally import TallyBook, letters_sent
from uawriter.storage.tally_totals import totals

DUBLIN, PARIS = "Ailesbury Road", "59 rue Galilée"


def _evening_with_three_embassies(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """An event; the address book holds the Kazakh embassies in London, Dublin and Paris;
    a volunteer signs and ticks a copy to Dublin (the second entry)."""
    data = tmp_path / "data"
    book = [
        _embassy("1 Embassy Row", "London W8 5DA", name="Erlan London"),
        _embassy(DUBLIN, "Dublin 4", name="Dana Dublin"),
        _embassy(PARIS, "75008 Paris", name="Pavel Paris"),
    ]
    AddressBook(AppPaths(data).address_book_file).save(book)
    window = _at_an_event(qtbot, open_window(qtbot, data))
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    find(window, QLineEdit, "senderName").setText("Aigerim Sadykova")
    pane = window.addressees_pane
    choose_embassy(pane, 1)
    pane.diplomat_check.setChecked(True)
    assert DUBLIN in window.letters()[-1].text
    return window


def _organiser_removes_london(qtbot: QtBot, window: MainWindow) -> None:
    book_saved(qtbot, window, 0, removed)


def test_f1_a_copy_to_a_second_embassy_after_an_entry_was_removed_is_counted(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """She exports her letters with a copy to Dublin, then asks for a copy to Paris too.
    The organiser first removes London (the embassy moved) and saves; she chooses Paris
    and exports again. Two copies went, to two embassies: the event window should count
    5 letters (3 officials, 2 embassies). It counts 4, and Dublin is in none of the totals:
    Paris took Dublin's id (``address-book-1``), and ``letters_sent`` keeps one letter per
    (turn, action, addressee id, channel). The envelope table, which prints
    ``letters_sent``, leaves her Dublin letter out of the organiser's pile to post."""
    window = _evening_with_three_embassies(qtbot, tmp_path)
    evening = tmp_path / "evening"
    evening.mkdir()
    _export_all(qtbot, window, answers, evening)
    _organiser_removes_london(qtbot, window)
    pane = window.addressees_pane
    paris = next(i for i, c in enumerate(pane.contacts) if c.address[0] == PARIS)
    choose_embassy(pane, paris)
    pane.diplomat_check.setChecked(True)
    assert PARIS in window.letters()[-1].text
    _export_all(qtbot, window, answers, evening)
    window.unexported = False

    contents = TallyBook(window.services.paths.tally_file).read()
    copies = {r.addressee for r in contents.letters if r.addressee.startswith("Ambassador")}
    assert copies == {
        "Ambassador of Kazakhstan, Dana Dublin",
        "Ambassador of Kazakhstan, Pavel Paris",
    }
    sent = [r.addressee for r in letters_sent(contents.letters)]
    assert "Ambassador of Kazakhstan, Dana Dublin" in sent, sent
    assert len(sent) == 5, sent
    assert "Ambassador of Kazakhstan, Dana Dublin" in totals(contents).by_addressee


def test_f2_an_entry_removed_above_hers_does_not_send_her_copy_to_another_embassy(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """She has chosen a copy to the embassy in Dublin. The organiser removes London, an
    entry above it, and saves. Her copy should still go to Dublin (or be unticked with a
    word). It goes to Paris: ``AddresseesPane.fill_diplomats`` chooses again by the old
    place in the book (``findData(current)``), which is now the next embassy's, and
    nothing is said. She exports or stacks a letter to an embassy she never chose."""
    window = _evening_with_three_embassies(qtbot, tmp_path)
    _organiser_removes_london(qtbot, window)
    window.unexported = False
    copy = window.addressees_pane.diplomat()
    assert copy is None or DUBLIN in copy.address, copy
    assert PARIS not in window.letters()[-1].text

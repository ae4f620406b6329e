"""Two embassies of one title in the address book (London and Dublin, no ambassador's
name, as a section's list often reads) are offered under names that tell them apart."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import choose
from test_gui import open_window
from test_ninety_second_probe_a import DUBLIN, LONDON, _embassy
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook


def test_two_embassies_of_one_title_are_offered_under_their_towns(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    book = [_embassy(LONDON, "London W8 5DA"), _embassy(DUBLIN, "Dublin 4")]
    assert book[0].label == book[1].label
    AddressBook(AppPaths(data).address_book_file).save(book)
    window = open_window(qtbot, data)
    choose(qtbot, window, SEED_ID)
    choice = window.addressees_pane.diplomat_choice
    offered = [choice.itemText(row) for row in range(choice.count())]
    assert len(set(offered)) == 2, offered
    assert any("London" in text for text in offered), offered
    assert any("Dublin" in text for text in offered), offered
    window.unexported = False

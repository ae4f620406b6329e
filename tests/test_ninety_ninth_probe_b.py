"""Probe 99b: two laptops at one event, then the morning report. Each laptop's address
book holds the Kazakh embassy in London, added by hand on each (an entry id of its own);
laptop A's holds the embassy in Dublin too. Volunteers on each send copies to them; laptop
B's tally is exported and merged into laptop A's (twice, and A's own export too), and the
organiser reads ``uawriter tally`` the next morning."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from letter_steps import choose_embassy
from qt_helpers import ModalAnswers
from test_cli import cli
from test_evening import _at_an_event, _export_all
from test_gui import find, open_window
from test_ninety_second_probe_a import DUBLIN, LONDON, _embassy
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook, Contact, new_uid
from uawriter.storage.tally import TallyBook
from uawriter.storage.tally_totals import totals


def _added_by_hand(street: str, town: str) -> Contact:
    """An embassy typed into the address book window: an entry id of its own."""
    return dataclasses.replace(_embassy(street, town), uid=new_uid())


def _laptop(
    qtbot: QtBot, answers: ModalAnswers, data: Path, book: list[Contact], sends: list[str]
) -> None:
    """A laptop at the event: one volunteer after another signs, ticks the copy to the
    embassy at each street of ``sends`` and exports all her letters."""
    AddressBook(AppPaths(data).address_book_file).save(book)
    window = _at_an_event(qtbot, open_window(qtbot, data))
    for number, street in enumerate(sends, start=1):
        window.options_pane.select_language("en")
        window._letter_language_chosen("en")
        find(window, QLineEdit, "senderName").setText(f"Volunteer {number}")
        pane = window.addressees_pane
        place = next(i for i, c in enumerate(pane.contacts) if c.address[0] == street)
        choose_embassy(pane, place)
        pane.diplomat_check.setChecked(True)
        assert street in window.letters()[-1].text
        out = data.parent / f"{data.name} out {number}"
        out.mkdir()
        _export_all(qtbot, window, answers, out)
        window.event_controls.next_volunteer(ask_first=False)
    window.unexported = False
    window.close()


def test_f1_the_morning_report_tells_the_london_and_dublin_embassies_apart(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Laptop A's book holds the Kazakh embassies in London and Dublin (no ambassador's
    name, as a section's list reads them); laptop B's holds London. On A one volunteer
    sends a copy to London and the next one a copy to Dublin; on B a volunteer sends a
    copy to London. B's tally is exported and merged into A (then again, and A's own
    export into A: nothing is added, rightly; 12 letters). The window offered the two
    embassies apart ("Ambassador of Kazakhstan (London W8 5DA)", "… (Dublin 4)"), but the
    morning report's "By addressee" has one line, "Ambassador of Kazakhstan 3", as has the
    event window's list (the same totals): the organiser cannot tell the section office
    that London had 2 and Dublin 1, nor see whether Dublin had any."""
    a, b = tmp_path / "laptop A", tmp_path / "laptop B"
    london, dublin = _added_by_hand(LONDON, "London W8 5DA"), _added_by_hand(DUBLIN, "Dublin 4")
    _laptop(qtbot, answers, a, [london, dublin], [LONDON, DUBLIN])
    _laptop(qtbot, answers, b, [_added_by_hand(LONDON, "London W8 5DA")], [LONDON])
    stick = tmp_path / "stick"
    stick.mkdir()
    assert cli(AppPaths(b), "tally", "export", str(stick / "laptop B.jsonl")).code == 0
    for merged in ("laptop B.jsonl", "laptop B.jsonl"):
        assert cli(AppPaths(a), "tally", "merge", str(stick / merged)).code == 0
    assert cli(AppPaths(a), "tally", "export", str(stick / "laptop A.jsonl")).code == 0
    assert cli(AppPaths(a), "tally", "merge", str(stick / "laptop A.jsonl")).code == 0

    report = cli(AppPaths(a), "tally", "--event", "Write for Rights")
    sums = totals(TallyBook(AppPaths(a).tally_file).read())
    assert sums.letters == 12, report.out  # 3 volunteers: 3 officials and 1 copy each
    copies = {who: n for who, n in sums.by_addressee.items() if who.startswith("Ambassador")}
    assert sorted(copies.values()) == [1, 2], report.out
    lines = [x for x in report.out.splitlines() if x.strip().startswith("Ambassador")]
    assert any("London" in x and x.endswith("\t2") for x in lines), report.out
    assert any("Dublin" in x and x.endswith("\t1") for x in lines), report.out

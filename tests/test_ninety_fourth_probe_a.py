"""Probe 94a (issue 12, items 8, 10, 12): the fixes of probe 93a and 93c looked at again:
e-mails counted by hand given back with a draft only to the same volunteer's name, the
address book's corrections, and prints to a PDF file onto a counted letter."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from crash_steps import killed, taken_back
from helpers import SEED_ID
from letter_steps import (
    book_saved,
    choose_embassy,
    export_stack,
    her_faxes_counted_then_bob,
    print_to_file_over,
    save_emails,
)
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import find, open_window
from test_ninety_second_probe_a import DUBLIN, LONDON, _embassy
from test_ninety_second_probe_b import COUNT_EMAIL_THEN_KILL
from test_stack import _stack
from uawriter.gui.main_window import MainWindow
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook
from uawriter.storage.tally import TallyBook, letters_sent


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param("Siobhan O'Brien", "Siobhan OBrien", id="apostrophe"),
        pytest.param("Aigerim Sadykova", "Aigerim Sadkyova", id="two-letters-swapped"),
    ],
)
def test_f1_her_name_typed_again_as_one_window_reads_it_counts_her_e_mail_twice(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, before: str, after: str
) -> None:
    """She sent her e-mail to the Prosecutor General from webmail and pressed "I sent this
    e-mail"; the laptop died. Her letter is offered back; she types her name again as she
    did the first time but for an apostrophe ("OBrien") or two letters swapped, which one
    window reads as her name put right (``turns.same_signer``: her turn goes on), and
    saves the letter's e-mails to the outbox. Her e-mail to the Prosecutor General is
    counted twice in the evening's totals: the e-mails counted by hand are given back
    only to the same ``turns.signer_mark``, which hashes her words with the apostrophe
    read as a space and knows no swapped letters, so it is not hers any more."""
    data = tmp_path / "data"
    script = COUNT_EMAIL_THEN_KILL.format(data=str(data), pack=SEED_ID).replace(
        'window.sender_pane.set_sender(Sender(name="Aigerim Sadykova"), False)',
        "from PySide6.QtTest import QTest\n"
        f"QTest.keyClicks(window.sender_pane.sender_name, {before!r})\n"
        "window.sender_pane.flush()",
    )
    (by_hand,) = killed(data, script)
    assert by_hand.channel.value == "email"

    window = taken_back(qtbot, answers, data)
    window.sender_pane.sender_name.clear()
    qtbot.keyClicks(window.sender_pane.sender_name, after)
    window.sender_pane.flush()
    save_emails(qtbot, window, answers, tmp_path / "stick" / "outbox")
    tally = TallyBook(data / "tally.jsonl").read()
    emailed = [r.addressee_id for r in letters_sent(tally.letters) if r.channel.value == "email"]
    assert emailed.count(by_hand.addressee_id) == 1, emailed


def test_f2_a_letter_printed_to_a_file_in_the_data_folder_replaces_the_tally(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Aigerim exports her three faxes; the tally counts them. Bob prints his letters "to
    a PDF file" through the print dialog, its file browser on UA Writer's own folder (the
    organiser had opened it to look at the count), a click on tally.jsonl, OK, and Qt
    asks "… already exists. Do you want to overwrite it?": Yes. The tally now holds his
    printed pages: the evening's count of letters is gone. Every other save dialog refuses
    a path inside the data folder (``dialogs._outside_data_folder``), the CLI too
    (``refuse_data_folder``); the print dialog's file is looked at only for a counted
    letter (``printing.not_over_a_letter``)."""
    window = event_evening
    her_faxes_counted_then_bob(qtbot, window, answers, tmp_path / "evening")
    tally_file = window.services.paths.tally_file
    counted = len(TallyBook(tally_file).read().letters)
    assert counted == 3
    assert all(r.channel.value != "print" for r in TallyBook(tally_file).read().letters)

    print_to_file_over(qtbot, window, answers, tally_file)
    kept = [r.channel.value for r in TallyBook(tally_file).read().letters]
    assert not tally_file.read_bytes().startswith(b"%PDF"), "the tally holds his printed pages"
    assert len([c for c in kept if c != "print"]) == counted, kept


def test_f3_a_twin_entry_made_dublin_s_sends_the_london_copy_to_dublin(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The address book holds the Kazakh embassy in London twice (typed in once by hand,
    once more from another pack's copy line). A volunteer stacks her letters with a copy
    to the first of them. The organiser makes the second entry the embassy in Dublin
    (its street and town corrected) and saves; the first, the one the copy was made from,
    still reads London. The volunteer's export says the entry was corrected and makes her
    copy out to Dublin: ``AddresseesPane.corrected`` is keyed by what a copy says, not by
    the entry it came from, so a correction of either twin is taken as a correction of
    both."""
    data = tmp_path / "data"
    london = _embassy(LONDON, "London W8 5DA")
    AddressBook(AppPaths(data).address_book_file).save([london, london])
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    pane = window.addressees_pane
    assert len(pane.contacts) == 2, pane.contacts
    choose_embassy(pane, 0)
    pane.diplomat_check.setChecked(True)
    assert LONDON in window.letters()[-1].text
    _stack(qtbot, window, answers, SEED_ID)

    book_saved(qtbot, window, 1, lambda dialog: dialog.address.setPlainText(f"{DUBLIN}\nDublin 4"))
    book = AddressBook(window.services.paths.address_book_file).load()
    assert [c.address[0] for c in book] == [LONDON, DUBLIN], book

    export_stack(qtbot, window, answers, tmp_path / "letters")
    stacked = [x.text for x in window.stack_pane.letters()]
    window.stack_pane.clear()
    window.unexported = False
    assert not any(DUBLIN in text for text in stacked), "her London copy goes to Dublin"
    assert "warning" not in answers.seen, "told the entry her copy came from was corrected"


def test_f4_a_letter_printed_to_a_named_pipe_is_written_into_it(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """On a shared stick or in a home folder, a named pipe sits among the files (a
    program's, or a prank); the volunteer prints her letters "to a PDF file" and types its
    name into the print dialog's box, and Qt asks "overwrite?": Yes. UA Writer opens the
    pipe to write her pages (twice: Qt's dialog opens it first): with nothing reading
    it the window stops for good in ``PagePrint.start`` (``QPainter.begin``; here a
    reader waits on it, and receives her letters). Every file dialog of UA Writer's refuses
    what is neither a file nor a folder (``dialogs.FileDialog.accept``), and exports write
    only regular files; the print dialog's file is looked at only for a counted letter
    (``printing.not_over_a_letter``)."""
    window = event_evening
    pipe = tmp_path / "stick" / "letters.pdf"
    pipe.parent.mkdir()
    os.mkfifo(pipe)
    received = tmp_path / "received"
    # a reader in a process of its own, each time a writer opens the pipe
    reader = subprocess.Popen(
        ["sh", "-c", 'while :; do cat "$0" >> "$1"; done', pipe, received],
        start_new_session=True,
    )
    name_box = find(window, QLineEdit, "senderName")
    name_box.setFocus()
    type_text(name_box, "Aigerim Sadykova")
    window.sender_pane.flush()

    try:
        print_to_file_over(qtbot, window, answers, pipe)
    finally:
        os.killpg(reader.pid, signal.SIGKILL)  # the shell and its cat
        reader.wait(10)
    assert not received.exists() or not received.read_bytes(), "her pages went into the pipe"

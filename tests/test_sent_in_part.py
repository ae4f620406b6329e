"""Letters that went out only in part (a stick that filled up, a Cancel): what went is
counted once, and what is left is what the next try sends: never the same letters twice.

The sticks are real: a 48 kB tmpfs (``small_stick``), filled with the e-mails' neighbours'
files until only the room this test gives is left."""

from __future__ import annotations

import datetime as dt
import errno
import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, type_path
from test_gui import choose, find, open_window
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose
from uawriter.exporting import WrittenInPart, email_draft, export_emails
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook

PAGE = 4096  # tmpfs counts whole pages


def leave_room(stick: Path, room: int) -> None:
    """Fill ``stick`` with one-page files until it is full, then free ``room`` bytes."""
    number = 0
    with pytest.raises(OSError, match="No space left") as full:  # noqa: PT012 - until full
        while True:
            (stick / f"photo-{number:03d}.jpg").write_bytes(b"\xff" * PAGE)
            number += 1
    assert full.value.errno == errno.ENOSPC
    (stick / f"photo-{number:03d}.jpg").unlink(missing_ok=True)
    for freed in range(math.ceil(room / PAGE)):
        (stick / f"photo-{freed:03d}.jpg").unlink()


def eml_size(letter: Letter, sender: Sender) -> int:
    from uawriter.channels.email import eml_bytes

    return len(eml_bytes(email_draft(letter, sender), dt.datetime.now().astimezone()))


def test_e_mails_stopped_part_way_say_which_were_written(
    tmp_path: Path, small_stick: Path, packs: dict[str, Pack]
) -> None:
    """A full stick after the first e-mail raised a bare "No space left on device": the
    window said "choose another outbox folder", and doing so wrote and counted the first
    e-mail twice. As for PDFs, the engine now says which were written and counted."""
    pack, sender, date = packs[SEED_ID], Sender("Volunteer"), dt.date(2026, 12, 4)
    letters = [
        Letter(pack, a, "ru", compose(pack, a.id, "ru", sender, date), False)
        for a in pack.addressees
        if a.emails
    ]
    assert len(letters) == 2
    leave_room(small_stick, eml_size(letters[0], sender))
    book = TallyBook(tmp_path / "tally.jsonl")

    with pytest.raises(WrittenInPart) as stopped:
        export_emails(letters, small_stick, sender, dt.datetime.now().astimezone(), tally=book)

    (saved,) = stopped.value.written
    assert saved.parent == small_stick
    assert saved.suffix == ".eml"
    assert stopped.value.errno == errno.ENOSPC
    assert [Path(r.file) for r in book.read().letters] == [saved]


def ticked(window: MainWindow) -> list[str]:
    view = find(window, QListWidget, "addresseeList")
    return [
        view.item(row).text().splitlines()[0]
        for row in range(view.count())
        if view.item(row).checkState() == Qt.CheckState.Checked
    ]


def test_a_letter_exported_in_part_sends_the_rest_next_time(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, small_stick: Path
) -> None:
    """After "1 of 3 letters were saved … and counted", exporting again as told wrote and
    counted all three again: the first letter twice. The addressee whose letter was saved
    is now unticked, so the next export writes the other two; the letter is still unsent
    for Next volunteer's question."""
    window: MainWindow = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Sadykova")
    assert len(ticked(window)) == 3
    export = find(window, QPushButton, "exportButton")
    warnings: list[str] = []
    answers.expect("exportDialog", type_path(small_stick))
    answers.expect("warning", lambda box: (warnings.append(box.text()), box.accept()))
    with qtbot.waitSignal(window.exported, timeout=30_000) as first:
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: warnings != [], timeout=30_000)

    assert "1 of 3 letters were saved" in warnings[0]
    assert len(first.args[0]) == 1
    president = window.pack.addressees[0].display_name
    assert [name for name in ticked(window) if president in name] == []
    assert len(ticked(window)) == 2
    assert window.has_unsent_letter()

    elsewhere = tmp_path / "documents"
    elsewhere.mkdir()
    answers.expect("exportDialog", type_path(elsewhere))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000) as second:
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen[-1] == "exportDone", timeout=30_000)

    assert len(second.args[0]) == 2
    counted = TallyBook(window.services.paths.tally_file).read().letters
    assert sorted(r.addressee_id for r in counted) == sorted(a.id for a in window.pack.addressees)
    assert not window.has_unsent_letter()


def test_e_mails_saved_in_part_ask_for_another_outbox(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, small_stick: Path
) -> None:
    """The outbox stick filled up after one e-mail: the window said "Choose another outbox
    folder", but it never asked for one again while the full stick was there, and every
    later try wrote the first e-mail again and counted it again."""
    window: MainWindow = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    choose(qtbot, find(window, QComboBox, "letterLanguage"), "ru")
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Sadykova")
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    reachable = [x for x in window.letters() if x.addressee.emails]
    leave_room(small_stick, eml_size(reachable[0], window.current_sender()))
    export = find(window, QPushButton, "exportButton")
    warnings: list[str] = []
    answers.expect("outboxDialog", type_path(small_stick))
    answers.expect("warning", lambda box: (warnings.append(box.text()), box.accept()))
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: warnings != [], timeout=30_000)

    assert "1 of 2 e-mails were saved" in warnings[0]
    assert str(small_stick) in warnings[0]
    first = reachable[0].addressee.display_name
    assert [name for name in ticked(window) if first in name] == []
    assert window.has_unsent_letter()

    outbox = tmp_path / "outbox"
    outbox.mkdir()
    offered: list[str] = []

    def another(dialog: QWidget) -> None:
        offered.append(dialog.windowTitle())
        type_path(outbox)(dialog)

    answers.expect("outboxDialog", another)  # asked again: the stick is still there
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000) as second:
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen[-1] == "emailsSaved", timeout=30_000)

    assert offered
    assert len(second.args[0]) == 1
    counted = TallyBook(window.services.paths.tally_file).read().letters
    assert sorted(r.addressee_id for r in counted) == sorted(x.addressee.id for x in reachable)
    assert window.settings.outbox_folder == str(outbox)

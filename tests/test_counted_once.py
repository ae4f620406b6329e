"""A letter written again by the same volunteer is one letter in the totals (probe 20A,
F9): Export pressed twice, or a copy made for a stick, or a typo put right and exported
again, left a record for each file, and the organiser's report counted each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, run_uawriter
from qt_helpers import ModalAnswers
from test_evening import _export_all, type_text
from test_gui import find
from uawriter.gui.main_window import MainWindow
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import Channel, LetterRecord, TallyBook, letters_sent, read_tally_file
from uawriter.storage.tally_totals import totals


def export_signed(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, name: str, folder: Path
) -> list[Path]:
    """``name`` typed over the sender's name (left empty for ""), then Export all into
    ``folder`` (made here): the files written."""
    name_box = find(window, QLineEdit, "senderName")
    name_box.selectAll()
    name_box.clear()
    if name:
        type_text(name_box, name)
    window.sender_pane.flush()
    folder.mkdir()
    return _export_all(qtbot, window, answers, folder)


def test_a_volunteer_exporting_twice_wrote_three_letters_not_six(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    window = event_evening
    out = tmp_path / "stick"
    out.mkdir()
    name_box = find(window, QLineEdit, "senderName")
    type_text(name_box, "Aigerim")
    window.sender_pane.flush()
    first = _export_all(qtbot, window, answers, out)
    again = _export_all(qtbot, window, answers, out)  # pressed twice: a copy of each
    assert len(first) == len(again) == 3
    assert not set(first) & set(again)
    tally = window.services.paths.tally_file
    records = read_tally_file(tally).letters
    assert len(records) == 6  # each file is kept track of (to finish a killed export)
    assert len({record.turn for record in records}) == 1
    assert totals(read_tally_file(tally)).letters == 3

    # the next volunteer's letters to the same officials are letters of their own
    qtbot.mouseClick(find(window, QToolButton, "nextVolunteerButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name_box.text() == "")
    type_text(name_box, "Dmitri")
    window.sender_pane.flush()
    assert len(_export_all(qtbot, window, answers, out)) == 3
    contents = read_tally_file(tally)
    assert len({record.turn for record in contents.letters}) == 2
    sums = totals(contents)
    assert sums.letters == 6
    assert sorted(sums.by_addressee.values()) == [2, 2, 2]
    assert sums.pages == 18

    # the command line, reading the same file, gives the same figure
    said = run_uawriter(window.services.paths.data_dir, "tally")
    assert said.returncode == 0, said.stderr
    assert said.stdout.startswith("Letters written: 6 (18 pages)")


def test_a_name_typed_over_the_last_volunteers_is_another_volunteer(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """At a busy table the laptop is passed on without Next volunteer: the next volunteer
    types their name over the last one's and writes to the same officials. Their letters
    are letters of their own in the totals and in the envelope table, not copies of the
    first volunteer's (which left the first volunteer's letters out of both). The same
    volunteer exporting again under the same name is still one letter."""
    window = event_evening
    written: list[Path] = []
    for name, again in (("Alice First", False), ("Bob Second", True), ("Bob  second", False)):
        folder = tmp_path / f"out-{len(written)}"
        written += export_signed(qtbot, window, answers, name, folder)
        if again:
            written += _export_all(qtbot, window, answers, folder)
    assert len(written) == 12
    contents = read_tally_file(window.services.paths.tally_file)
    assert len(contents.letters) == 12
    sent = letters_sent(contents.letters)
    assert len(sent) == 6  # Alice's three, and Bob's three (his name spaced or cased apart)
    assert len({record.turn for record in sent}) == 2
    assert totals(contents).letters == 6
    # the last one written of each stands for it
    assert {Path(record.file).parent.name for record in sent} == {"out-0", "out-9"}


@pytest.mark.parametrize("first_name", ["Ann Exmaple", ""])
def test_a_volunteer_who_puts_their_name_right_wrote_each_letter_once(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path, first_name: str
) -> None:
    """A name typed wrong (or left out) and put right, the letters exported again: the
    same volunteer's letters written again, counted once and printed once by the envelope
    table, as a typo put right in the letter is (another name is another volunteer)."""
    window = event_evening
    written: list[Path] = []
    for name in (first_name, "Ann Example"):
        written += export_signed(qtbot, window, answers, name, tmp_path / f"out-{len(written)}")
    assert len(written) == 6
    contents = read_tally_file(window.services.paths.tally_file)
    sent = letters_sent(contents.letters)
    assert len(sent) == 3
    assert {Path(record.file).parent.name for record in sent} == {"out-3"}
    assert totals(contents).letters == 3


def _record(number: int, turn: str, addressee: str, channel: Channel) -> LetterRecord:
    return LetterRecord(
        id=f"r{number}",
        time=f"2026-12-05T19:0{number}:00+01:00",
        event_id="e",
        event="Write for Rights",
        ua="129/10",
        update=3,
        pack_id=SEED_ID,
        addressee_id=addressee,
        addressee=addressee,
        channel=channel,
        language="kk" if number < 3 else "ru",
        pages=3,
        turn=turn,
    )


def test_what_counts_as_the_same_letter() -> None:
    """The same volunteer's turn, action, official and way of sending: the last written
    stands for it (the typo put right). Another official, another way of sending, another
    volunteer, or a letter from the command line (no turn) is a letter of its own."""
    a = _record(1, "t1", "president", Channel.FAX)
    again = _record(2, "t1", "president", Channel.FAX)
    corrected = _record(3, "t1", "president", Channel.FAX)  # in Russian this time
    by_post = _record(4, "t1", "president", Channel.POST)
    other = _record(5, "t1", "prosecutor", Channel.FAX)
    next_one = _record(6, "t2", "president", Channel.FAX)
    cli = [_record(7, "", "president", Channel.FAX), _record(8, "", "president", Channel.FAX)]
    sent = letters_sent([a, again, corrected, by_post, other, next_one, *cli])
    assert [r.id for r in sent] == ["r3", "r4", "r5", "r6", "r7", "r8"]


def test_the_turn_goes_with_a_tally_to_another_laptop(tmp_path: Path) -> None:
    """Exported and merged into the organiser's laptop, two copies are still one letter;
    a forged turn is a line skipped and named, not a traceback."""
    here = TallyBook(tmp_path / "here.jsonl")
    here.in_turn("t1").record(
        [_record(1, "", "president", Channel.FAX), _record(2, "", "president", Channel.FAX)]
    )
    assert {r.turn for r in here.read().letters} == {"t1"}
    stick = tmp_path / "stick.jsonl"
    here.export_to(stick)
    organiser = TallyBook(tmp_path / "organiser.jsonl")
    merge_into(organiser, stick)
    merged = organiser.read()
    assert len(merged.letters) == 2
    assert totals(merged).letters == 1

    line = json.loads(stick.read_text(encoding="utf-8").splitlines()[0])
    forged = tmp_path / "forged.jsonl"
    forged.write_text(json.dumps({**line, "turn": "x\u202e" * 40}) + "\n", encoding="utf-8")
    read = read_tally_file(forged)
    assert read.letters == ()
    assert any("turn" in note for note in read.notes)


def test_a_merged_tally_cannot_turn_the_report_backwards(tmp_path: Path) -> None:
    """A tally from another laptop (a stranger's stick) with a direction override in its
    event's name: the CSV and the report showed the text after it backwards, as no pack
    may (packs are refused such overrides). Read in, the override is gone, as are escape
    sequences; the name's own letters stay."""
    here = TallyBook(tmp_path / "here.jsonl")
    record = _record(1, "", "president", Channel.FAX)
    here.record([record])
    stick = tmp_path / "stick.jsonl"
    here.export_to(stick)
    line = json.loads(stick.read_text(encoding="utf-8").splitlines()[0])
    line.update(id="forged", event="Write\u202e for Rights\x1b[2J", addressee="Mr \u202dRed")
    stick.write_text(json.dumps(line) + "\n", encoding="utf-8")
    organiser = TallyBook(tmp_path / "organiser.jsonl")
    merge_into(organiser, stick)
    merged = [r for r in organiser.read().letters if r.id == "forged"]
    assert [(r.event, r.addressee) for r in merged] == [("Write for Rights[2J", "Mr Red")]

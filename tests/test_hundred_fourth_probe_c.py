"""Probe 104c: the organiser's season, a data folder as a year of events leaves it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest
from letter_steps import choose, holding, yes, yes_noting
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import open_window
from uawriter.engine import LoadResult, load_catalog
from uawriter.paths import AppPaths
from uawriter.storage.tally_records import EventInfo


def _season_of_packs(data: Path, count: int) -> list[str]:
    """``count`` user packs, copies of the seed under ids of their own, as imports leave them."""
    ids = [f"ua-{200 + n}-25" for n in range(count)]
    for pack_id in ids:
        pack = copy_bundled_pack(SEED_ID, data / "packs", pack_id)
        edit_manifest(pack, f'id = "{SEED_ID}"', f'id = "{pack_id}"')
    return ids


def test_f1_a_data_folder_on_a_stick_is_not_checked_again_on_the_next_laptop(
    tmp_path: Path,
) -> None:
    """The data folder is carried on a USB stick (UAWRITER_DATA_DIR, "a portable copy on
    a USB stick"), mounted as E: on one laptop and F: on the other, or under another
    user's /media folder. Nothing in the packs changed, yet every start on the other
    laptop composes every pack's letters again, and forgets the first laptop's checks,
    so each start after that does it again: with a season's 300 packs the window's list
    held only the two bundled packs for 62 s, and a draft or stack left by a volunteer
    kept the whole list disabled that long ("uawriter packs" took 50 s). The packs'
    letters passed in this very state: the list should be whole at once."""
    first = tmp_path / "stick-on-E" / "uawriter"
    ids = _season_of_packs(first, 3)
    assert {p.id for p in load_catalog(AppPaths(first)).packs} >= set(ids)  # checked once

    second = tmp_path / "stick-on-F" / "uawriter"
    second.parent.mkdir()
    # the same folder, files and times, mounted elsewhere; then back on the first laptop
    for here, there in ((first, second), (second, first)):
        here.rename(there)
        waited: list[LoadResult] = []
        catalog = load_catalog(AppPaths(there), early=waited.append)
        assert {p.id for p in catalog.packs} >= set(ids)
        assert len(waited) == 0, f"at {there}: every pack's letters were composed again"


def test_f2_a_letter_set_aside_before_the_event_is_not_offered_to_its_first_volunteer(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Before the evening, the organiser (or whoever used the laptop last) began a letter
    for UA 129/10 in her own words and chose another action: "the current one stays saved
    as a draft". She then starts the event. The first volunteer who chooses UA 129/10 is
    asked "You were writing a letter for … Continue it?" and Yes puts her words in his
    letter, to go out under his name; at his Next volunteer they are deleted unasked.
    Letters set aside before an event are no volunteer's: kept for after it (as hand counts
    and a pack being made are), never offered at it."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    choose(qtbot, window, SEED_ID)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Elena Sartori adds this before the evening.")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    answers.expect("switchQuestion", yes)
    choose(qtbot, window, TRAINING_ID)
    assert holding(data / "drafts", "Elena Sartori")  # set aside, on disk

    window.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    offered: list[str] = []
    answers.expect("draftOffer", yes_noting(offered))
    choose(qtbot, window, SEED_ID)
    qtbot.wait(500)  # the offer comes from the event loop
    assert offered == []
    assert "Elena Sartori" not in window.editor.toPlainText()

    window.event_controls.next_volunteer(ask_first=False)
    assert holding(data, "Elena Sartori"), "her letter was deleted at the first Next volunteer"

    # the event over, the letter set aside before it is offered again, her words in it
    window.event_controls.mode.end()
    choose(qtbot, window, TRAINING_ID)
    answers.expect("draftOffer", yes_noting(offered))
    choose(qtbot, window, SEED_ID)
    qtbot.waitUntil(lambda: "Elena Sartori" in window.editor.toPlainText(), timeout=10_000)
    assert len(offered) == 1
    window.unexported = False

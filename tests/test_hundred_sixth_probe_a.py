"""Probe 106a: letters set aside before an event, after it (issue 12, classes 8, 10, 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import (
    SEED_ID,
    TRAINING_ID,
    copy_bundled_pack,
    edit_manifest,
    envelope_printed,
    official,
)
from letter_steps import choose, holding, no, yes, yes_noting
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import open_window
from uawriter.channels.postal import envelope_address
from uawriter.gui.main_window import MainWindow
from uawriter.paths import AppPaths
from uawriter.storage.tally_records import EventInfo

HER_WORDS = "Elena Sartori adds this before the evening."


def _set_aside_before_the_event(qtbot: QtBot, window: MainWindow, pack_id: str) -> None:
    """The organiser writes for ``pack_id`` in her own words, then chooses another action:
    "the current one stays saved as a draft"."""
    choose(qtbot, window, pack_id)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, f" {HER_WORDS}")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    choose(qtbot, window, TRAINING_ID if pack_id != TRAINING_ID else SEED_ID)


def test_f1_no_to_a_volunteers_letter_after_a_crash_deletes_the_organisers_letter(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Before the evening Elena began a letter for UA 129/10 and set it aside; at the
    event it is kept out of the volunteers' way (drafts/before-event/). Late in the
    evening a volunteer is writing for the training action when the power goes: the
    event's file is damaged, so at the next start no event runs, and Elena's letter is
    brought back to its action's slot. The volunteer's letter is then offered "as at an
    event" (No the default, No clears all): Elena, not its writer, says No, and with it
    her own letter, kept safe all evening, is deleted unasked. Only the volunteer's
    letters should go."""
    data = tmp_path / "data"
    first = open_window(qtbot, data)
    answers.expect("switchQuestion", yes)
    _set_aside_before_the_event(qtbot, first, SEED_ID)
    first.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    assert holding(data / "drafts" / "before-event", "Elena Sartori")

    choose(qtbot, first, TRAINING_ID)  # a volunteer's letter, saved as they type
    first.editor.setFocus()
    first.editor.moveCursor(first.editor.textCursor().MoveOperation.End)
    type_text(first.editor, " Volunteer Bakyt writes this.")
    qtbot.waitUntil(lambda: first.session is not None and first.session.edited)
    first.drafts.save()
    # the power goes: this window is gone, and the event's file is damaged with it
    first.event_controls.close()
    first.hide()
    first.unexported = False
    AppPaths(data).event_file.write_bytes(b"\0" * 64)

    answers.expect("warning", lambda box: box.accept())  # "event.json … set aside"
    offered: list[str] = []
    answers.expect("draftOffer", lambda box: (offered.append("volunteer"), no(box)))
    # hers, kept: offered when its action is chosen after the volunteer's is let go
    answers.expect("draftOffer", yes_noting(offered))
    second = open_window(qtbot, data)
    qtbot.waitUntil(lambda: len(offered) == 2, timeout=30_000)
    assert not second.event_controls.mode.running
    qtbot.waitUntil(lambda: HER_WORDS in second.editor.toPlainText(), timeout=10_000)
    assert "Volunteer Bakyt" not in second.editor.toPlainText()
    second.unexported = False


def test_f2_a_letter_of_an_action_whose_id_holds_a_dot_does_not_come_back_after_the_event(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser's pack for UA 129/10's second update has the id "ua-129.10-u2" (a
    dot is allowed in an id: pack-format.md). She begins its letter before the evening
    and sets it aside; at the event it is kept out of the way, as it should be. The event
    ends, and she chooses the action again: she is never offered her letter. It was put
    back in the slot of an action "ua-129" (the file's name up to its first dot), which
    no pack has: never offered, and deleted at the next event's first Next volunteer."""
    data = tmp_path / "data"
    pack_id = "ua-129.10-u2"
    pack = copy_bundled_pack(SEED_ID, data / "packs", pack_id)
    edit_manifest(pack, f'id = "{SEED_ID}"', f'id = "{pack_id}"')
    window = open_window(qtbot, data)
    answers.expect("switchQuestion", yes)
    _set_aside_before_the_event(qtbot, window, pack_id)
    assert holding(data / "drafts" / "actions", "Elena Sartori") == [f"{pack_id}.json"]

    window.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    window.event_controls.mode.end()

    offered: list[str] = []
    answers.expect("draftOffer", yes_noting(offered))
    choose(qtbot, window, pack_id)
    qtbot.wait(500)  # the offer comes from the event loop
    assert len(offered) == 1, "her letter set aside before the event was not offered after it"
    assert HER_WORDS in window.editor.toPlainText()
    window.unexported = False


def test_f3_a_file_where_before_event_should_be_gives_her_letter_to_the_first_volunteer(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A file stands where the folder of letters kept out of an event's way should be
    (drafts/before-event: a sync tool's conflict copy, a damaged disk; a file in place of
    drafts/ or drafts/actions/ is set aside at start and said). Elena's letter set aside
    before the evening cannot be moved there, and nothing says so: the first volunteer
    who chooses UA 129/10 is offered her words ("You were writing a letter for …"), and
    Next volunteer deletes them. The file in the way should be set aside, as the others
    are, and her letter kept out of the event's way."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    answers.expect("switchQuestion", yes)
    _set_aside_before_the_event(qtbot, window, SEED_ID)
    (data / "drafts" / "before-event").write_bytes(b"not a folder")

    window.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    offered: list[str] = []
    answers.expect("draftOffer", yes_noting(offered))
    choose(qtbot, window, SEED_ID)
    qtbot.wait(500)  # the offer comes from the event loop
    window.event_controls.next_volunteer(ask_first=False)
    assert holding(data / "drafts", "Elena Sartori"), "her letter was deleted at Next volunteer"
    assert offered == [], "her letter was offered to the event's first volunteer"
    window.unexported = False


@pytest.mark.parametrize(
    ("town", "last_line", "country"),
    [
        pytest.param(
            "Kinshasa",
            "Kinshasa, Democratic Republic of the Congo",
            "Democratic Republic of the Congo",
            id="kinshasa",
        ),
        pytest.param(
            "Kinshasa",
            "Kinshasa, Democratic Republic of Congo",
            "Democratic Republic of the Congo",
            id="kinshasa-of-congo",
        ),
        pytest.param(
            "Brazzaville",
            "Brazzaville, Republic of the Congo",
            "Republic of the Congo",
            id="brazzaville",
        ),
        pytest.param("Brazzaville", "Brazzaville, Congo", "Republic of the Congo", id="congo"),
    ],
)
def test_f4_the_congos_capitals_stay_on_the_envelope(
    town: str, last_line: str, country: str
) -> None:
    """A UA for the Democratic Republic of the Congo prints the minister's address as
    UAs do, its last line the town and the country: "Kinshasa, Democratic Republic of the
    Congo". Every envelope now reads the office, "Gombe", and CONGO (DEM. REP.): the town
    is gone (it was there before: the town kept, the country printed once below). The
    line turned round ("Democratic Republic of the Congo Kinshasa") reads as CLDR's name
    of the country, "Congo - Kinshasa", so the whole line is taken for the country's name
    alone; Brazzaville's the same ("Congo - Brazzaville")."""
    addressee = official(
        ("Palais de Justice", "Place de l'Independance, Gombe", last_line),
        country,
        title="Minister of Justice",
        organisation="Ministry of Justice",
    )
    printed = envelope_printed(addressee, ("Alice N.", "1 Station Road", "London N1 1AA", "UK"))
    envelope = envelope_address(addressee, "GB")
    assert town.casefold() in printed.casefold(), f"no {town} on the envelope: {envelope.lines}"

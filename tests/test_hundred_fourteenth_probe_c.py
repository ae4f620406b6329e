"""Probe 114c (issue 12, items 8, 10, 12): the evening — the stack's own export still
running when Next volunteer comes, and the laptop killed before that export ends."""

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, run_uawriter
from letter_steps import holding
from qt_helpers import ModalAnswers
from test_gui import open_window
from test_hundred_twelfth_probe_c import NEXT_VOLUNTEER_DURING_HER_EXPORT
from uawriter.exporting import finish_interrupted_exports
from uawriter.storage.tally import TallyBook

#: A window in a process of its own, at an event: Aigerim signs, adds a sentence to her
#: letter for all three officials, puts them on her stack and exports the stack as faxes
#: into ``out``; once the first fax is counted Next volunteer clears the window (she has
#: left), and the process is killed (SIGKILL) as soon as the second is counted: the third
#: never went out.
NEXT_VOLUNTEER_DURING_HER_STACK_EXPORT = NEXT_VOLUNTEER_DURING_HER_EXPORT.replace(
    "window.drafts.save()\n",
    "window.drafts.save()\n"
    "window.sending.add_to_stack()\n"
    "wait(lambda: len(window.stack_pane.letters()) == 3)\n",
).replace("window.sending.export_letters()\n", "window.sending.export_stack()\n")


def test_f1_her_stacked_letter_not_yet_exported_when_next_volunteer_and_a_kill_came_is_kept(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """At an event Aigerim writes her letter (with a sentence of her own) to the three
    officials, puts it on her stack and presses the stack's Export all…; on the slow laptop
    the faxes go out one by one, and once the first is counted the next volunteer sits down
    and Next volunteer is pressed (or the idle reset comes). The laptop dies as the second
    fax is counted. Started again, her stacked letter to the Foreign Minister was never
    written to the folder nor counted, and her words are in no file of the data folder:
    no one can send it or even know it is missing. The same path through the letter's own
    Export keeps the letter for the organiser (probe 112c); the stack's should too, and
    never offer it to the next volunteer."""
    data = tmp_path / "data"
    out = tmp_path / "letters"
    out.mkdir()
    script = NEXT_VOLUNTEER_DURING_HER_STACK_EXPORT.format(
        data=str(data), out=str(out), pack=SEED_ID
    )
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    tally = TallyBook(data / "tally.jsonl")
    assert len(tally.read().letters) == 2
    finish_interrupted_exports(tally)  # as the app's start does, before its window
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.No).click())
    window = open_window(qtbot, data)  # a stack offered now would be unanswered: a failure
    qtbot.wait(1000)
    # nothing of hers reaches the next volunteer's window
    assert window.current_sender().name == ""
    assert "MY OWN SENTENCE" not in window.editor.toPlainText()
    assert window.stack_pane.is_empty(), answers.seen
    faxes = sorted(p.name for p in out.glob("*.pdf"))
    assert len(faxes) == 2, faxes
    # her third letter, neither exported nor counted, is kept somewhere
    kept = holding(data, "MY OWN SENTENCE")
    assert kept, (
        "her stacked letter to the Foreign Minister was neither exported, counted, offered "
        f"nor kept; answers seen at the start: {answers.seen}"
    )
    # … and kept for the organiser: once the event ends she is offered that letter alone
    assert "stackOffer" not in answers.seen  # never to the next volunteer
    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.event_controls.mode.end()
    qtbot.waitUntil(lambda: "stackOffer" in answers.seen)
    left = [letter.addressee.id for letter in window.stack_pane.letters()]
    assert left == ["foreign-minister"], left
    assert "MY OWN SENTENCE" in window.stack_pane.letters()[0].text

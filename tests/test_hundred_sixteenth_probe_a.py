"""Probe 116a (issue 12, items 5, 6, 8, 10 and 16): the regressions of probe 114's and
115a's changes (the stack kept for the organiser at Next volunteer, the messages shortened
in the terminal)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers
from test_gui import open_window
from test_stack import _stack, _write
from uawriter.cli.common import TerminalSafe
from uawriter.storage.drafts import DraftStore
from uawriter.storage.tally_records import EventInfo


def test_f1_a_message_line_of_1500_characters_is_made_longer_by_its_shortening() -> None:
    """A command's message of exactly 1,500 characters (the most said whole) ends in its
    line break, as every message does: it is "shortened" to 1,530 characters, its middle
    replaced by "… (0 characters left out) …". One of 1,501 becomes "(1 characters left
    out)", longer than it was. The organiser reads that something was cut from what she
    typed when nothing was; the line break is counted as a character of the message."""
    for length, left_out in ((1_500, 0), (1_501, 1)):
        line = "x" * length + "\n"
        shown = io.StringIO()
        TerminalSafe(shown, messages=True).write(line)
        assert len(shown.getvalue()) <= len(line), (length, shown.getvalue()[740:790])
        assert f"({left_out} characters left out)" not in shown.getvalue()


def test_f2_two_damaged_kept_stacks_set_aside_at_one_end_keep_only_one(tmp_path: Path) -> None:
    """Two volunteers' stacks were kept for the organiser at Next volunteer on one evening
    and both were damaged on the stick (bytes lost). When the event ends each is "set aside,
    kept, never deleted" — both to drafts/stack.json.broken-<the same second>: the second
    replaces the first, and the first volunteer's letters, which someone could still read
    out of the damaged file, are gone from the disk. The warning names one file."""
    drafts = DraftStore(tmp_path / "drafts")
    kept = tmp_path / "drafts" / "before-event"
    kept.mkdir(parents=True)
    (kept / "_stack.json").write_text('{"format": "uawriter-stack", "version": 1, "entr')
    (kept / "_stack~2.json").write_text('{"format": "uawriter-stack", "version": 1, "ENTR')

    assert drafts.bring_back_stack() == {}

    broken = sorted((tmp_path / "drafts").glob("stack.json.broken-*"))
    left = sorted(kept.glob("_stack*"))
    assert len(broken) + len(left) == 2, (
        f"set aside: {[p.name for p in broken]}, kept: {[p.name for p in left]}"
    )


def test_f3_the_second_kept_stack_is_not_offered_after_the_organiser_says_no_to_the_first(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Two volunteers' stacks were still going out at Next volunteer on one evening: both
    are kept for the organiser. The event ends and she is offered the first: it is not
    hers to finish (No), and her stack is empty. The second volunteer's stack is not
    offered: it "waits" in drafts/before-event/ for the end of another event, which may
    be next year, and nobody is told that a stack of letters was not sent."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    stack_file = data / "drafts" / "stack.json"
    qtbot.waitUntil(stack_file.is_file)
    stacked = {**json.loads(stack_file.read_text(encoding="utf-8")), "at_event": False}
    window.stack_pane.clear()
    window.services.drafts.stack.clear()
    kept = data / "drafts" / "before-event"
    kept.mkdir(parents=True, exist_ok=True)
    for name in ("_stack.json", "_stack~2.json"):
        (kept / name).write_text(json.dumps(stacked), encoding="utf-8")

    offered: list[str] = []

    def no(box: QMessageBox) -> None:
        offered.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answers.expect("stackOffer", no)
    answers.expect("stackOffer", no)  # each kept stack in turn
    window.event_controls.mode.start(EventInfo.new("Evening"), "2468", 10)
    window.event_controls.mode.end()
    qtbot.waitUntil(lambda: len(offered) >= 1)
    qtbot.wait(1000)
    assert len(offered) == 2, (
        f"offered {len(offered)}; left waiting: {sorted(p.name for p in kept.iterdir())}"
    )

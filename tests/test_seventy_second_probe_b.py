"""Probe 72b: one finding on the current main, its test failing on it; fixed.

P72b-F1  At an event, Anne (her letters on the stack unsigned) types her name and clicks
         Add to stack: "Letters without a name on the stack: did you write them?" She
         walks away; the idle reset clears the window for the next volunteer, closing the
         question as a No, and that No is then acted on: the next volunteer's turn is
         marked as "apart" from unsigned letters that were never hers. Carol exports her
         letter unsigned, adds her name and exports it again (a letter put right): counted
         as two volunteers' letters, twice.

Fixed: the question's No is not acted on if the window was cleared for the next volunteer
while it was open.

Guarded since for every question at once: the reset clears only after the code that
asked has returned (gui/modal.py, tests/test_modal_waits.py).
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers
from test_evening import _event_window, _export_all
from test_stack import _stack, _write
from test_thirty_seventh_probe import _add_to_stack, _sign
from uawriter.storage.tally_reading import read_tally_file
from uawriter.storage.tally_totals import totals


def test_f1_idle_reset_under_did_you_write_them_splits_the_next_volunteers_turn(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    window = _event_window(qtbot, tmp_path, idle_ms=2_500)
    # Anne: a letter stacked unsigned, then her name, and Add to stack again
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    _sign(window, "Anne Smith")
    _write(qtbot, window, SEED_ID)
    numbers: list[int] = []
    window.event_controls.volunteer_changed.connect(numbers.append)
    _add_to_stack(qtbot, window, answers)  # returns once the question is closed (the reset)
    qtbot.waitUntil(lambda: bool(numbers), timeout=15_000)
    assert window.stack_pane.is_empty()
    # Carol sits down: writes, exports unsigned, then signs and exports it again
    _write(qtbot, window, SEED_ID)
    (tmp_path / "first").mkdir()
    first = _export_all(qtbot, window, answers, tmp_path / "first")
    _sign(window, "Carol Jones")
    (tmp_path / "again").mkdir()
    again = _export_all(qtbot, window, answers, tmp_path / "again")
    contents = read_tally_file(window.services.paths.tally_file)
    window.unexported = False
    window.drafts.clear_all()
    assert len(first) == len(again)
    # one volunteer's letters, the second time with her name: counted once each
    assert totals(contents).letters == len(again), answers.seen

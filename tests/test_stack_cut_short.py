"""Export all cut short (probe 31 F5): the battery died after two of the stack's three
letters were written and counted. The next start offered all three back as "neither
printed nor exported", and exporting them again counted five letters for three."""

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crash_steps import HER_WINDOW_SIGNED
from helpers import SEED_ID, run_uawriter
from qt_helpers import ModalAnswers
from test_gui import open_window
from uawriter.storage.tally import TallyBook

#: A window in a process of its own: the volunteer stacks the seed's letters, presses
#: Export all (the folder chosen), and the process is killed once the first letter is
#: counted, the others still to write.
EXPORT_THEN_KILL = (
    HER_WINDOW_SIGNED
    + """out = Path({out!r})
from uawriter.gui import dialogs
window.sending.add_to_stack()
print(len(window.stack_pane.letters()), flush=True)
dialogs.choose_path = lambda *args, **kwargs: out  # the folder chosen in the dialog
import uawriter.gui.output as output
output.choose_path = dialogs.choose_path
window.sending.export_stack()
tally = data / "tally.jsonl"
wait(lambda: tally.exists() and tally.read_bytes().count(b'"type":"letter"') >= 1)
os.kill(os.getpid(), signal.SIGKILL)
"""
)


def test_letters_that_went_out_before_a_crash_are_not_offered_again(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    out = tmp_path / "letters"
    out.mkdir()
    script = EXPORT_THEN_KILL.format(data=str(data), out=str(out), pack=SEED_ID)
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    stacked = int(done.stdout.split()[0])
    counted = TallyBook(data / "tally.jsonl").read().letters
    assert 1 <= len(counted) < stacked, "killed too late to leave letters to write"

    said: list[str] = []

    def take_back(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answers.expect("stackOffer", take_back)
    statuses: list[str] = []
    window = open_window(qtbot, data)
    window.statusBar().messageChanged.connect(statuses.append)
    qtbot.waitUntil(lambda: not window.stack_pane.is_empty(), timeout=30_000)

    back = window.stack_pane.letters()
    assert len(back) == stacked - len(counted)
    assert said[0].startswith(f"{len(back)} letter")
    assert {x.addressee.id for x in back}.isdisjoint({r.addressee_id for r in counted})
    gone = len(counted)
    said_gone = window.statusBar().currentMessage()
    assert said_gone.startswith(f"{gone} letter")
    assert "went out before UA Writer stopped" in said_gone
    window.unexported = False

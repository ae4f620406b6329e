"""Probe 110c (issue 12, items 8, 10, 16): the evening end to end in processes: a window
killed (SIGKILL) at a chosen moment of a fax export, and the morning report (``uawriter
tally --pdf``) compared with what is in the export folder."""

from __future__ import annotations

import signal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crash_steps import HER_LETTER_IN_A_WINDOW
from helpers import SEED_ID, TRAINING_ID, run_uawriter
from letter_steps import choose, holding, yes
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import open_window
from uawriter.storage.tally_records import EventInfo


def killed_as_the_first_is_counted() -> str:
    """Python that kills the process (SIGKILL) as the tally is about to count the first
    file of an export: its bytes wait whole in their hidden file, its name is claimed,
    nothing is counted yet."""
    return (
        "import os, signal\n"
        "from uawriter.storage import tally as tally_module\n"
        "def record(self, entries):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "tally_module.TallyBook.record = record\n"
    )


#: A window in a process of its own: the volunteer signs, adds a sentence to her letter for
#: all three officials and presses Export (the folder chosen); what goes before it kills
#: the process.
EXPORT_LETTER = (
    HER_LETTER_IN_A_WINDOW
    + """
out = Path({out!r})
import uawriter.gui.output as output
output.choose_path = lambda *args, **kwargs: out  # the folder chosen in the dialog
window.sending.export_letters()
wait(lambda: False)
"""
)


def test_f1_an_export_killed_before_its_first_letter_was_counted_leaves_an_empty_pdf(
    tmp_path: Path,
) -> None:
    """Aigerim exports her letter to the three officials as faxes into the evening's
    folder; the laptop dies as the first fax (the President's) is about to be counted. In
    the morning the organiser runs ``uawriter tally --pdf``: it reports 0 letters, but the
    folder holds "UA 129-10 - 01 President … fax.pdf", 0 bytes (no fax program or viewer
    opens it; faxed with the others it goes as nothing, or stops the batch), and a hidden
    37 kB copy of the letter that no start, export elsewhere or report ever removes. Had
    one letter been counted first, the start and the report would have put both right:
    only the tally names the folders to tidy, and an export's first letter is written
    before any record names its folder."""
    data = tmp_path / "data"
    out = tmp_path / "letters"
    out.mkdir()
    script = killed_as_the_first_is_counted() + EXPORT_LETTER.format(
        data=str(data), out=str(out), pack=SEED_ID
    )
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr

    report = tmp_path / "report.pdf"
    morning = run_uawriter(data, "tally", "--pdf", str(report))

    assert morning.returncode == 0, morning.stderr
    assert len(PdfReader(report).pages) >= 1
    said = run_uawriter(data, "tally")
    assert said.stdout.startswith("Letters written: 0 "), said.stdout
    # nothing counted: nothing in the folder that looks like a letter, nothing hidden
    empty = [p.name for p in out.glob("*.pdf") if p.stat().st_size == 0]
    assert empty == [], f"empty PDFs under letters' names: {empty}"
    assert sorted(p.name for p in out.glob(".*")) == []


#: A window in a process of its own on ``data``: the organiser starts the second evening's
#: event, and the process is killed (SIGKILL) once the event's file is written.
EVENT_START_KILLED = """
import datetime as dt, os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from uawriter.app import build_main_window
from uawriter.paths import AppPaths
from uawriter.storage import event as event_store
from uawriter.storage.tally_records import EventInfo
real = event_store.start
def start(*args, **kwargs):
    started = real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
    return started
event_store.start = start
app = QApplication([])
window = build_main_window(app, AppPaths(Path({data!r})), today=lambda: dt.date(2011, 7, 12))
window.show()
mode = window.event_controls.mode
QTimer.singleShot(1500, lambda: mode.start(EventInfo.new("Second evening"), "2468", 10))
QTimer.singleShot(30000, lambda: sys.exit("not killed"))
app.exec()
"""


def test_f2_a_kill_as_an_event_starts_offers_the_last_evening_s_letter_to_a_volunteer(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """At the first evening Bakyt writes for UA 129/10 and chooses another action (his
    letter is set aside); the organiser ends the event without Next volunteer, so his
    letter stays until the next event starts, which moves it out of the way (probe 107a).
    A week later she starts the second evening and the laptop dies just as the event's file
    is written. Started again, the window resumes the event but moves only letters set
    aside before an event: Bakyt's, set aside at one, stays in its action's slot. The
    second evening's first volunteer chooses UA 129/10 and is asked "You were writing a
    letter for …. Continue it?"; Yes puts Bakyt's words in her letter."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    window.event_controls.mode.start(EventInfo.new("First evening"), "2468", 10)
    choose(qtbot, window, SEED_ID)
    qtbot.wait(300)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Volunteer Bakyt writes this.")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    answers.expect("switchQuestion", yes)
    choose(qtbot, window, TRAINING_ID)
    window.event_controls.mode.end()  # without Next volunteer
    window.unexported = False
    window.close()
    assert holding(data / "drafts", "Volunteer Bakyt") == ["actions/ua-129-10-u3.json"]

    done = run_uawriter(data, script=EVENT_START_KILLED.format(data=str(data)), timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr

    offered: list[str] = []

    def her_yes(box: QWidget) -> None:  # the second evening's first volunteer
        assert isinstance(box, QMessageBox)
        offered.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answers.expect("draftOffer", her_yes)
    again = open_window(qtbot, data)
    assert again.event_controls.mode.running  # the second evening, resumed
    choose(qtbot, again, SEED_ID)
    qtbot.wait(1500)
    text = again.editor.toPlainText()
    again.unexported = False
    assert "Volunteer Bakyt" not in text, f"offered: {offered}"
    assert offered == []

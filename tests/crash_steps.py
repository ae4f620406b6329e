"""Steps the crash probes share: a window in a process of its own, which the test kills
(SIGKILL) at a moment it chooses, then starts again on the same data folder."""

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers import run_uawriter
from qt_helpers import ModalAnswers
from test_gui import open_window
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook
from uawriter.storage.tally_records import LetterRecord

#: Python (a ``str.format`` template: ``data``, ``pack``) that opens the window on the data
#: folder ``data``, chooses ``pack`` and signs as Aigerim Sadykova; ``app``, ``window``,
#: ``data`` and ``wait(condition)`` (the event loop run until it holds, 60 s at most) are
#: defined for what follows.
HER_WINDOW_SIGNED = """
import datetime as dt, os, signal, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from uawriter.app import build_main_window
from uawriter.domain.model import Sender
from uawriter.paths import AppPaths
data = Path({data!r})
app = QApplication([])
window = build_main_window(app, AppPaths(data), today=lambda: dt.date(2011, 7, 12))
window.show()
def wait(condition):
    deadline = time.monotonic() + 60
    while not condition():
        if time.monotonic() > deadline:
            sys.exit("timed out")
        app.processEvents()
        time.sleep(0.001)
wait(lambda: window.session is not None)
window.choose_pack({pack!r})
wait(lambda: window.session is not None and window.session.pack.id == {pack!r})
window.sender_pane.set_sender(Sender(name="Aigerim Sadykova"), False)
"""

#: :data:`HER_WINDOW_SIGNED`, then she ticks every official, adds a sentence of her own to
#: the letter and saves its draft.
HER_LETTER_IN_A_WINDOW = (
    HER_WINDOW_SIGNED
    + """window.addressees_pane.tick_all(True)
window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
window.editor.insertPlainText("\\nMY OWN SENTENCE.")
window.drafts.save()
"""
)


def killed_after_the_first(suffix: str) -> str:
    """Python that kills the process (SIGKILL) once the first file whose name ends with
    ``suffix`` is in place under its name: written whole, and counted."""
    return (
        "import os, signal\n"
        "real = os.replace\n"
        "def replace(source, target, *args, **kwargs):\n"
        "    real(source, target, *args, **kwargs)\n"
        f"    if str(target).endswith({suffix!r}):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "os.replace = replace\n"
    )


def killed(data: Path, script: str) -> list[LetterRecord]:
    """``script`` run in a window process of its own on ``data``, which it kills: the
    letters the tally counts then."""
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    return TallyBook(data / "tally.jsonl").read().letters


def taken_back(qtbot: QtBot, answers: ModalAnswers, data: Path) -> MainWindow:
    """The window started again on ``data``: its letter offered back, Yes."""
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: answers.seen == ["draftOffer"], timeout=30_000)
    return window

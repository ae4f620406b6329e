"""The idle reset and the code left waiting inside a question (``gui/modal.py``).

A volunteer left a question open and walked away; the reset closed it, and the code that
asked went on with what it held — her words, her letter — after the window had been
cleared for the next volunteer (probes 71b, 72b and 73b found three such questions, each
guarded on its own). The reset now waits for every closed question's code to return, and
clears last, whatever that code did with the answer nobody gave."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from test_evening import _event_window, find
from uawriter.gui.dialogs import ask
from uawriter.gui.main_window import MainWindow
from uawriter.gui.tasks import TaskContext

GUI = Path(__file__).resolve().parent.parent / "src" / "uawriter" / "gui"


def _walk_away_when_asked(window: MainWindow, seen: list[str]) -> QTimer:
    """The volunteer walks away once a question is open (each question, once)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() not in seen:
            seen.append(box.objectName())
            window.event_controls.mode.reset_idle()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    return timer


def _her_name(window: MainWindow) -> QLineEdit:
    return find(window, QLineEdit, "senderName")


def test_what_a_closed_question_goes_on_to_do_is_cleared_after_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Code that, after its question, puts back what the volunteer had (her name, held
    across the question): the next volunteer finds the window cleared, not her name."""
    window = _event_window(qtbot, tmp_path, idle_ms=400)
    seen: list[str] = []
    numbers: list[int] = []
    window.event_controls.volunteer_changed.connect(numbers.append)
    answered: list[bool] = []

    def held_across_a_question() -> None:
        held = "Aigerim Bekova"
        answered.append(ask(window, "heldQuestion", "Go on?", "Go on with your letter?"))
        _her_name(window).setText(held)  # what the code held, put back after the answer

    timer = _walk_away_when_asked(window, seen)
    held_across_a_question()
    qtbot.waitUntil(lambda: bool(numbers), timeout=15_000)
    timer.stop()
    qtbot.wait(100)
    assert seen == ["heldQuestion"]
    assert answered == [False]
    assert _her_name(window).text() == ""
    assert numbers == [2]  # welcomed once


def test_a_second_question_asked_after_the_first_is_closed_too(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The code closed under the first question asks another before it returns: that
    one is closed as well, and the window is cleared after both, once."""
    window = _event_window(qtbot, tmp_path, idle_ms=400)
    seen: list[str] = []
    numbers: list[int] = []
    window.event_controls.volunteer_changed.connect(numbers.append)

    answers: list[bool] = []

    def two_questions() -> None:
        answers.append(ask(window, "firstQuestion", "First", "Keep this?"))
        if not answers[0]:
            # closed by the reset that is still to clear, or by the volunteer walking away
            answers.append(ask(window, "secondQuestion", "Second", "Are you sure?"))
        _her_name(window).setText("Aigerim Bekova")

    timer = _walk_away_when_asked(window, seen)
    two_questions()
    qtbot.waitUntil(lambda: bool(numbers), timeout=15_000)
    timer.stop()
    qtbot.wait(100)
    assert seen[0] == "firstQuestion"
    assert answers == [False, False]
    assert QApplication.activeModalWidget() is None
    assert _her_name(window).text() == ""
    assert numbers == [2]


def test_a_reset_during_a_wait_for_background_work_clears_after_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The reset comes while the window waits, its event loop running, for work on a
    file thread (as an import does): it cannot end that wait, so it clears once the
    waiting code has gone on and returned."""
    window = _event_window(qtbot, tmp_path, idle_ms=300)
    numbers: list[int] = []
    window.event_controls.volunteer_changed.connect(numbers.append)
    release = threading.Event()

    def slow(_context: TaskContext) -> str:
        release.wait(10)
        return "done"

    QTimer.singleShot(1500, release.set)  # well after the reset
    results: list[str] = []
    task = window.tasks.run(slow, on_done=results.append, renders=False)
    window.tasks.wait_for(task)
    assert numbers == []  # not cleared under the waiting code
    _her_name(window).setText("Aigerim Bekova")  # what it held, after the wait
    qtbot.waitUntil(lambda: bool(numbers), timeout=15_000)
    assert results == ["done"]
    assert _her_name(window).text() == ""


def test_every_wait_of_the_window_goes_through_modal() -> None:
    """A dialog run with ``exec()``, Qt's ready-made ones (``QMessageBox.warning()``,
    ``QInputDialog.getText()``) or a local event loop elsewhere would not be known to the
    reset, and its code would go on after the window was cleared."""
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(GUI.glob("*.py"))
        if path.name != "modal.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if re.search(r"\w\.exec\(|Q(MessageBox|InputDialog|FileDialog)\.[a-z]\w*\(", line)
        and not line.lstrip().startswith("#")
    ]
    assert found == []


def test_a_question_answered_before_the_reset_is_acted_on(qtbot: QtBot, tmp_path: Path) -> None:
    """Outside the reset nothing is put off: a Yes given is a Yes."""
    window = _event_window(qtbot, tmp_path)

    def say_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(100, say_yes)
    assert ask(window, "plainQuestion", "Go on?", "Go on?") is True

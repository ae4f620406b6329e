"""Probe 108c: the evening as an unlucky organiser and her volunteers live it (issue 12,
classes 8, 10, 11, 12, 16)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID
from letter_steps import choose, holding, yes
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import open_window
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally_records import EventInfo


def _write(qtbot: QtBot, window: MainWindow, words: str) -> None:
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, words)
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)


def _noting_then(said: list[str], answer: str) -> Callable[[QWidget], None]:
    """The offer's text noted with the letter on screen then; ``answer`` clicked."""

    def reply(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        buttons = QMessageBox.StandardButton
        box.button(buttons.Yes if answer == "yes" else buttons.No).click()

    return reply


def test_f1_her_letter_set_aside_before_the_event_comes_back_once_it_ends(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Before the evening Elena begins her own letter for UA 129/10 and chooses another
    action ("stays saved as a draft"). At the event a volunteer, Bakyt, writes for UA
    129/10 too and chooses another action; Elena ends the event with the PIN, without Next
    volunteer. Choosing UA 129/10 she is offered Bakyt's letter, not hers; she takes it,
    sees it is his and starts afresh. Choosing UA 129/10 again, her own letter should be
    offered now: it was only kept out of the event's way. It is not: it stays hidden in
    drafts/before-event until the window is started again (or another event ends), and
    to her it is simply gone, nothing said."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    choose(qtbot, window, SEED_ID)
    _write(qtbot, window, " Elena Sartori adds this before the evening.")
    answers.expect("switchQuestion", yes)
    choose(qtbot, window, TRAINING_ID)

    window.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    choose(qtbot, window, SEED_ID)
    qtbot.wait(300)
    _write(qtbot, window, " Volunteer Bakyt writes this.")
    answers.expect("switchQuestion", yes)
    choose(qtbot, window, TRAINING_ID)
    assert holding(data / "drafts", "Volunteer Bakyt")
    window.event_controls.mode.end()

    # the first offer: whichever letter it is, taken back; Bakyt's is not hers, and she
    # starts that action's letter afresh
    offered: list[str] = []
    answers.expect("draftOffer", _noting_then(offered, "yes"))
    choose(qtbot, window, SEED_ID)
    qtbot.waitUntil(lambda: "draftOffer" in answers.seen, timeout=10_000)
    qtbot.wait(300)
    if "Elena Sartori" not in window.editor.toPlainText():
        assert "Volunteer Bakyt" in window.editor.toPlainText()
        window.unexported = False  # she lets his letter go
        choose(qtbot, window, TRAINING_ID)
        answers.expect("draftOffer", _noting_then(offered, "yes"))
        choose(qtbot, window, SEED_ID)
        qtbot.wait(800)
    text = window.editor.toPlainText()
    window.unexported = False
    assert "Elena Sartori" in text, (
        f"her own letter was not offered back (offers: {offered}); still at "
        f"{holding(data / 'drafts', 'Elena Sartori')}"
    )

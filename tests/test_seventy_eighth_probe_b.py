"""Probe 78b: the stack's going-out mark kept across stack changes until its output ends,
at a shared laptop where the next volunteer comes while the stack's e-mails are written.

Fixed: Next volunteer forgets the last volunteer's stack going out (the next volunteer's
stack is saved without its mark); the last volunteer's write, ending after, keeps the
stack again as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from helpers import TRAINING_ID
from letter_steps import yes_noting
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import choose, find, open_window
from test_stack import SENTENCES, _stack
from uawriter.domain.model import Sender
from uawriter.gui.stack import StackEntry
from uawriter.storage.tally import Channel, EventInfo, TallyBook


def test_f1_the_next_volunteers_stacked_letter_is_dropped_as_sent_at_a_crash(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """At an event Anne stacks her Valdoria letter and presses Export all… with "Send
    by: E-mail", then walks away. While the drafts are written to the slow stick (no
    progress dialog: the window is not busy) the idle reset comes, and Carol writes her
    own Valdoria letter and adds it to the stack. The stack on disk then carries Anne's
    "going out" mark (her turn, since she pressed Export all…) over Carol's letter. The
    battery dies before Anne's write ended: at the next start Carol's letter, never sent,
    is taken off as "went out before UA Writer stopped, and counted" (Anne's e-mail to
    the same official) and is not even offered back. Her letter is lost unsent, and the
    tally holds one letter where two were written."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: window.session is not None)
    window.event_controls.mode.start(
        EventInfo.new("Write for Rights", "Central Library", "2011-07-12"), "2468", 10
    )
    outbox = tmp_path / "stick" / "outbox"
    outbox.mkdir(parents=True)
    window.memory.change(outbox_folder=str(outbox))
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    window.choose_pack(TRAINING_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == TRAINING_ID)
    editor = find(window, QPlainTextEdit, "letterEditor")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, "\n" + SENTENCES[TRAINING_ID])
    _stack(qtbot, window, answers, TRAINING_ID)

    stack_file = window.services.drafts.stack.path
    kept: list[bytes] = []
    going_out = window.sending._going_out

    def carol() -> None:
        # the idle reset while the drafts are written; Carol writes and stacks hers
        window.event_controls.next_volunteer(ask_first=False)
        assert window.stack_pane.is_empty()
        assert window.session is not None
        assert window.session.pack.id == TRAINING_ID
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        type_text(editor, "\nCarol's own words for Valdoria.")
        # Add to my stack, the pack's rules answered Yes (as add_to_stack does then; the
        # question's own event loop would let this test's fast write end meanwhile)
        window.flush_sender()
        pack = window.current_pack()
        assert pack is not None
        letters = tuple(window.letters())
        window.stack_pane.add(StackEntry(pack.id, letters, Sender()))
        window.letters_kept(letters)
        kept.append(stack_file.read_bytes())  # the stack on disk when the battery dies

    def spy(*args: object) -> None:
        going_out(*args)  # type: ignore[arg-type]
        QTimer.singleShot(0, carol)

    window.sending._going_out = spy  # type: ignore[method-assign]
    qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(kept) and len(list(outbox.glob("*.eml"))) == 1, timeout=30_000)
    # Anne's write over (its end keeps the stack again, as the live window has it)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    qtbot.wait(200)
    # the window itself, nothing gone wrong: Carol's letter is on the stack
    assert [e.pack_id for e in window.stack_pane.entries] == [TRAINING_ID]
    window.unexported = False
    window.stack_pane.clear()
    stack_file.write_bytes(kept[0])  # the battery died before Anne's write ended

    offered: list[str] = []

    take_back = yes_noting(offered)

    answers.expect("stackOffer", take_back)
    again = open_window(qtbot, data)
    qtbot.waitUntil(lambda: again.session is not None, timeout=30_000)
    qtbot.wait(500)
    status = again.statusBar().currentMessage()
    records = TallyBook(again.services.paths.tally_file).read().letters
    assert [(r.pack_id, r.channel) for r in records] == [(TRAINING_ID, Channel.EMAIL)]
    back = [e.pack_id for e in again.stack_pane.entries]
    again.unexported = False
    again.stack_pane.clear()
    # Carol's letter, never sent, is back on the stack (or at least offered)
    assert back == [TRAINING_ID], (offered, back, status)

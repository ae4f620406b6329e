"""Probe 77b: the e-mail path end to end at a shared laptop (Export all… with "Send by:
E-mail", the stack kept on disk while its e-mails are written).

Fixed: the stack's "going out" is kept at every change of the stack until its output ends;
only the letter's own outputs make the letter on screen sent (the stack's are counted and
shown, and leave her letter as it is); e-mails saved for some of the officials untick
those and leave the letter unsent for the others, as a write stopped part-way does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID
from letter_steps import holding, yes_noting
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import choose, find, open_window
from test_stack import SENTENCES, _stack, _write
from uawriter.storage.tally import Channel, EventInfo, TallyBook


def test_f1_a_letter_stacked_while_the_stack_is_e_mailed_brings_the_e_mailed_ones_back(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She stacks her Valdoria letter and, with "Send by: E-mail", presses Export all…;
    while the drafts are written to the slow stick (the window is not busy: no progress
    dialog) she adds her UA 129/10 letter to the stack. Adding keeps the stack on disk
    as it is, and no longer as going out. The battery dies before the window took the
    e-mailed letter off the stack: at the next start "Put them back on your stack?"
    offers the Valdoria letter as never sent, although its e-mail is in the outbox and
    counted. Export all… again e-mails (and counts) it twice."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: window.session is not None)
    outbox = tmp_path / "stick" / "outbox"
    outbox.mkdir(parents=True)
    window.memory.change(outbox_folder=str(outbox))
    name = find(window, QLineEdit, "senderName")
    name.setFocus()
    type_text(name, "Aigerim Sadykova")
    window.sender_pane.flush()
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    _write(qtbot, window, TRAINING_ID)
    _stack(qtbot, window, answers, TRAINING_ID)
    _write(qtbot, window, SEED_ID)  # her next letter, being written

    stack_file = window.services.drafts.stack.path
    kept: list[bytes] = []
    going_out = window.sending._going_out

    def add_meanwhile(*args: object) -> None:
        going_out(*args)  # type: ignore[arg-type]
        # the drafts are being written: she adds the letter she has just finished
        _stack(qtbot, window, answers, SEED_ID)
        kept.append(stack_file.read_bytes())  # the stack on disk when the battery dies

    window.sending._going_out = add_meanwhile  # type: ignore[method-assign]
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "emailsSaved" in answers.seen, timeout=10_000)
    sent = list(outbox.glob("*.eml"))
    assert len(sent) == 1
    # the window, nothing gone wrong: the e-mailed letter left the stack, the new one stayed
    assert [e.pack_id for e in window.stack_pane.entries] == [SEED_ID]
    assert kept
    window.unexported = False
    stack_file.write_bytes(kept[0])  # the battery died before the window took it off

    offered: list[str] = []

    take_back = yes_noting(offered)

    answers.expect("stackOffer", take_back)
    again = open_window(qtbot, data)
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    back = [e.pack_id for e in again.stack_pane.entries]
    again.unexported = False
    records = TallyBook(again.services.paths.tally_file).read().letters
    assert [(r.pack_id, r.channel) for r in records] == [(TRAINING_ID, Channel.EMAIL)]
    assert back == [SEED_ID], (offered, back)


def test_f2_e_mailing_the_stack_throws_away_the_letter_she_is_still_writing(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """At an event she stacks her Valdoria letter, then writes her UA 129/10 letter (a
    sentence of her own, autosaved), and before adding it presses Export all… under My
    stack with "Send by: E-mail". The stack's e-mails are saved; the letter on screen,
    never sent nor stacked, is then taken as sent: its autosaved draft is deleted, and
    Next volunteer (or closing the window) no longer asks about it. A crash or a click
    on Next volunteer then loses her letter without a word."""
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
    _write(qtbot, window, TRAINING_ID)
    _stack(qtbot, window, answers, TRAINING_ID)
    _write(qtbot, window, SEED_ID)  # her next letter, not stacked yet
    window.drafts.save()  # typing paused: autosaved
    drafts = data / "drafts"
    assert holding(drafts, SENTENCES[SEED_ID])
    assert window.has_unsent_letter()

    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "emailsSaved" in answers.seen, timeout=10_000)
    assert window.stack_pane.is_empty()
    assert SENTENCES[SEED_ID] in window.editor.toPlainText()  # still on screen, unsent
    unsent = window.has_unsent_letter()
    kept = holding(drafts, SENTENCES[SEED_ID])
    window.unexported = False
    assert (unsent, bool(kept)) == (True, True), kept


def test_f3_e_mails_saved_for_two_of_three_take_the_third_letter_as_sent(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """At an event she writes UA 129/10 with "Send by: E-mail" and presses Save e-mail
    drafts: two officials have an address, the President has none, and the report says
    "No e-mail address for: President of Kazakhstan … Send them by post or fax." Her
    letter to the President has gone nowhere, yet the window takes the letter as sent:
    its draft is deleted, and Next volunteer (hers, or the next volunteer's at once)
    clears it without a question, as it does for a write to the outbox stopped part-way
    (``letters_went_in_part``: the rest are still to send)."""
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
    _write(qtbot, window, SEED_ID)
    window.drafts.save()
    reports: list[str] = []
    answers.expect("emailsSaved", lambda box: (reports.append(box.informativeText()), box.reject()))
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "emailsSaved" in answers.seen, timeout=10_000)
    assert len(list(outbox.glob("*.eml"))) == 2
    assert "No e-mail address for: President of Kazakhstan" in reports[0]
    unsent = window.has_unsent_letter()
    kept = holding(data / "drafts", SENTENCES[SEED_ID])
    window.unexported = False
    assert (unsent, bool(kept)) == (True, True), kept

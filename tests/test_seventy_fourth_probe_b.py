"""Probe 74b: two findings on the current main, each test failing on it; both fixed.

P74b-F1  Print all… (or Export all…) closed without printing keeps the stack's "going out"
         time on disk; a call made meanwhile ("I made this call", counted as a call to the
         same official) is then taken after a crash for the stacked letter having gone
         out: the letter, neither printed nor exported, is not put back on the stack
         ("went out before UA Writer stopped, and are counted"). So does a letter to
         the same official exported on its own meanwhile.
P74b-F2  With "Send by: E-mail" chosen, the stack's Export all… writes the stacked letters
         as PDFs into a folder and counts them as letters sent by post: no e-mail reaches
         the organiser's outbox, and the tally counts three posted letters nobody posts.

Fixed: the stack's going out is kept once the printer or the folder is chosen (not when
the dialog is closed), with the way it goes out and the turn it is counted in; only such
records take a letter off the stack at the next start. In e-mail mode Export all… writes
the stack's e-mails into the outbox, each action's embassy copies in Cc on its own
officials' e-mails; a letter to an official with no e-mail address stays on the stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import yes_noting
from qt_helpers import ModalAnswers, type_path
from test_gui import choose, find, open_window
from test_stack import _stack, _write
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.storage.tally import Channel, TallyBook


def test_f1_a_call_made_after_print_all_was_closed_drops_the_stacked_letter_at_a_crash(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She puts her three letters for UA 129/10 on the stack and presses Print all…, but
    the printer is not on yet: she closes the print dialog. Meanwhile she phones the
    President's office from the action's call script and presses "I made this call". The
    battery dies. At the next start her stack is offered back without the letter to the
    President ("1 letter of your stack went out before UA Writer stopped, and is
    counted"): it was never printed, and the tally holds a call, not a letter."""
    window = open_window(qtbot, tmp_path / "data")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    stacked = window.stack_pane.letters()
    assert len(stacked) == 3

    answers.expect("printDialog", lambda dialog: dialog.reject())  # the printer is off
    qtbot.mouseClick(find(window, QPushButton, "printStackButton"), Qt.MouseButton.LeftButton)
    assert "printDialog" in answers.seen
    assert len(window.stack_pane.letters()) == 3

    called: list[str] = []

    def call(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        letter = dialog._call_letter()
        assert letter is not None
        called.append(letter.addressee.id)
        qtbot.mouseClick(find(dialog, QPushButton, "countCall"), Qt.MouseButton.LeftButton)
        dialog.reject()

    answers.expect("channelsDialog", call)
    window.channels.show_channels()
    records = TallyBook(window.services.paths.tally_file).read().letters
    assert [r.channel for r in records] == [Channel.PHONE]
    assert called

    # the battery dies: the window is not closed; the next start reads what it left
    offered: list[str] = []

    take_back = yes_noting(offered)

    answers.expect("stackOffer", take_back)
    again = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    back = {x.addressee.id for x in again.stack_pane.letters()}
    again.unexported = False
    assert back == {x.addressee.id for x in stacked}, (offered, called)


def test_f1_a_letter_exported_alone_after_print_all_was_closed_is_not_put_back(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The same with the letter in front of her: Print all… closed (the printer is off),
    then the President's letter exported on its own (a copy for her own files; the window
    keeps the stacked one on the stack, as not sent). After a crash the stacked letter to
    the President, never printed, is not offered back."""
    window = open_window(qtbot, tmp_path / "data")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    stacked = window.stack_pane.letters()
    answers.expect("printDialog", lambda dialog: dialog.reject())
    qtbot.mouseClick(find(window, QPushButton, "printStackButton"), Qt.MouseButton.LeftButton)
    assert "printDialog" in answers.seen
    alone = tmp_path / "my copy.pdf"
    with qtbot.waitSignal(window.exported, timeout=30_000):
        window.output.export_to_file(window.letters()[:1], alone, window.output_context())
    assert alone.exists()
    assert len(window.stack_pane.letters()) == 3  # the window: still to go out

    offered: list[str] = []

    take_back = yes_noting(offered)

    answers.expect("stackOffer", take_back)
    again = open_window(qtbot, tmp_path / "data")  # the battery died
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    back = {x.addressee.id for x in again.stack_pane.letters()}
    again.unexported = False
    assert back == {x.addressee.id for x in stacked}, offered


def test_f2_the_stack_exported_in_e_mail_mode_goes_out_as_posted_pdfs(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """With "Send by: E-mail" the letter's own button says "Save e-mail drafts" and writes
    them into the organiser's outbox. She writes for UA 129/10 and presses Add to my stack
    (to write another action first), then Export all…: her letters are saved as PDFs in a
    folder and counted as letters sent by post; the outbox gets no e-mail, and the
    evening's figures count posted letters that nobody will post."""
    window = open_window(qtbot, tmp_path / "data")
    outbox = tmp_path / "stick" / "outbox"
    outbox.mkdir(parents=True)
    window.memory.change(outbox_folder=str(outbox))
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    assert len(window.stack_pane.letters()) == 3

    folder = tmp_path / "letters"
    folder.mkdir()
    answers.expect("exportDialog", type_path(folder))
    answers.expect("exportDone", lambda box: box.reject())
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    qtbot.wait(500)
    channels = [r.channel for r in TallyBook(window.services.paths.tally_file).read().letters]
    assert Channel.POST not in channels, (channels, answers.seen, sorted(folder.iterdir()))
    assert len(list(outbox.glob("*.eml"))) == 2
    assert Channel.EMAIL in channels
    # the letter to the official with no e-mail address stays on the stack, to be posted
    left = window.stack_pane.letters()
    assert len(left) == 1
    assert not left[0].addressee.emails

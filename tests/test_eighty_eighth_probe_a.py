"""Probe 88a: the regressions of probes 87a and 87b. A letter she left for an official is
let go only "as it went" (``same_letter``): her President letter, kept aside, is then
compared with the letter that went out, which carries what she wrote in the letter on
screen since (f1, f2). Envelopes print in the background, owned by the window: the
window closes under them (f3)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import choose, letter_to, my_pack, print_envelopes
from qt_helpers import ModalAnswers
from test_eighty_fifth_probe_b import GREETING, _presidents_letter_made_her_own
from test_eighty_seventh_probe_b import _many_officials
from test_evening import _export_all, _type_sentence
from test_gui import find, open_window
from test_stack import _stack
from uawriter.gui.main_window import MainWindow
from uawriter.gui.printing import PagePrint

SENTENCE = "I have read about his case in my local newspaper."


def test_f1_a_line_added_to_every_letter_keeps_her_sent_president_letter_as_unsent(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Her President letter (his name in the greeting) kept aside, she reads the
    Prosecutor General's letter and adds a sentence of her own to its body: it goes into
    every letter, the President's too. She exports all three letters: all went, the
    President's with her greeting and her sentence. Her President letter is not let go
    (it is compared with the letter as she left it, without the sentence): the window
    still counts a letter of hers unsent, the idle reset and Next volunteer take it for
    unsent work, and a draft keeps it to be sent (and counted) a second time."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    editor = find(window, QPlainTextEdit, "letterEditor")
    _type_sentence(qtbot, editor, SENTENCE)
    qtbot.waitUntil(lambda: SENTENCE in editor.toPlainText())
    assert GREETING in letter_to(window)
    assert SENTENCE in letter_to(window)
    out = tmp_path / "out"
    out.mkdir()

    assert len(_export_all(qtbot, window, answers, out)) == 3

    session = window.session
    assert session is not None
    assert (window.unsent_letters(), session.left_as_composed_now()) == (0, ())


def test_f2_a_line_added_to_every_letter_keeps_her_stacked_president_letter_as_hers(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """As f1, but she puts the three letters on her stack ("Add to my stack"): the
    President's goes on it with her greeting and her sentence. Her President letter is
    still kept aside as hers, to send: a draft keeps it, the countdown counts the three
    ticked letters unsent besides the three on the stack,
    and taken back it goes (and is counted) a second time beside the one on the stack."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    editor = find(window, QPlainTextEdit, "letterEditor")
    _type_sentence(qtbot, editor, SENTENCE)
    qtbot.waitUntil(lambda: SENTENCE in editor.toPlainText())

    _stack(qtbot, window, answers, SEED_ID)

    stacked = [x for x in window.stack_pane.letters() if x.addressee.id == "president"]
    assert GREETING in stacked[0].text
    assert SENTENCE in stacked[0].text
    session = window.session
    assert session is not None
    # the three on the stack only, not the ticked letters again
    assert (window.unsent_letters(), session.left_as_composed_now()) == (3, ())


def test_f3_closing_the_window_while_envelopes_print_stops_them_unsaid(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """An organiser prints the 40 envelopes of a pack: "Call, post, envelopes…",
    Envelopes, Print…, OK, and closes the dialog: they print in the background, a few at
    a time (probe 87b). She then closes the window (the evening is over). The window
    closes at once, asking nothing: the envelopes not yet rendered never reach the
    printer, the print job is left unfinished, and nothing said so."""
    data = tmp_path / "data"
    mine = my_pack(data)
    _many_officials(mine, 37)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    printed = tmp_path / "envelopes.pdf"
    took: dict[str, bool] = {}

    def in_the_background() -> None:
        took["printing"] = window.findChild(PagePrint) is not None

    print_envelopes(qtbot, window, answers, printed, 40, in_the_background)
    assert took["printing"]

    answers.expect(
        "printingQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click()
    )
    closed = window.close()

    assert "printingQuestion" in answers.seen  # asked first
    assert not closed  # No: the window stays open, and the envelopes go on printing
    qtbot.waitUntil(
        lambda: not any(run.running for run in window.findChildren(PagePrint)), timeout=120_000
    )
    assert len(PdfReader(printed).pages) == 40

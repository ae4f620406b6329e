"""Probe 111c (issue 12, items 8, 10, 11): the evening — the stack of letters written by
volunteers one after another at a shared laptop outside event mode, exported at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text
from letter_steps import details_for_replies, export_stack, no, yes
from qt_helpers import ModalAnswers
from test_gui import find, open_window
from test_stack import TRAINING, _stack, _write
from uawriter.gui.main_window import MainWindow

BAKER = "12 Baker Street"
ELM = "7 Elm Road"
OAK = "3 Oak Lane"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "data")
    yield win
    win.services.languages.set_language("en")


def _add_to_stack(qtbot: QtBot, window: MainWindow, answers: ModalAnswers) -> None:
    """Add to stack pressed, the action's rules kept (not waiting for the stack to grow)."""
    if window.pack is not None and window.pack.action.rules:
        answers.expect("packRules", yes)
    qtbot.mouseClick(find(window, QPushButton, "addToStackButton"), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("his", [False, True])
def test_f1_the_stack_s_letters_go_out_with_their_own_writer_s_address(
    qtbot: QtBot,
    window: MainWindow,
    answers: ModalAnswers,
    tmp_path: Path,
    his: bool,
) -> None:
    """Outside event mode, at a busy table, Dana writes the UA 129/10 letters without a
    name, with her address (12 Baker Street) and e-mail for replies, and puts them on the
    stack. Erlan sits down, types his own address (7 Elm Road) and e-mail over hers, writes
    the training action's letters and stacks them too; nothing asked him anything, as
    neither signed, and one Export all… sent Dana's three letters to Kazakhstan's officials
    with Erlan's address and e-mail: replies to her letters went to him. He is now asked
    whether he wrote the letters on the stack: No, and his wait until hers went out with
    her details; Yes (his own address corrected), and their cover sheets give the details
    he typed now."""
    details_for_replies(window, BAKER, "dana@example.org")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    details_for_replies(window, ELM, "erlan@example.org")
    _write(qtbot, window, TRAINING)
    answers.expect("otherDetailsStackQuestion", yes if his else no)
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: "otherDetailsStackQuestion" in answers.seen)
    entries = window.stack_pane.entries
    assert [e.pack_id for e in entries] == ([SEED_ID, TRAINING] if his else [SEED_ID])

    pdfs = export_stack(qtbot, window, answers, tmp_path / "letters")
    hers = [p for p in pdfs if "129" in p.name]
    assert hers, [p.name for p in pdfs]
    texts = {p.name: normalise(" ".join(pdf_pages_text(p))) for p in hers}
    if his:  # the cover sheets give the details he typed now; her letters say what they said
        assert all(ELM in text for text in texts.values()), texts
    else:
        assert all(BAKER in text and ELM not in text for text in texts.values()), texts


def test_f2_the_next_unsigned_volunteer_is_asked_before_her_letters_replace_the_last_ones(
    qtbot: QtBot,
    window: MainWindow,
    answers: ModalAnswers,
) -> None:
    """Outside event mode three volunteers take turns at the laptop without a name: Dana
    (12 Baker Street) stacks the UA 129/10 letters, Erlan (7 Elm Road) the training
    action's, Farida (3 Oak Lane) the UA 129/10 letters again, each with her own address
    and e-mail typed over the last. Farida's letters silently took Dana's off the stack (a
    status line said "replaced by the new one(s)"): Dana's three letters were never
    exported nor counted, and nobody asked whose they were. Farida is now asked; No, and
    Dana's stay on the stack to go out first."""
    details_for_replies(window, BAKER, "dana@example.org")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    hers = len(window.stack_pane.letters())
    details_for_replies(window, ELM, "erlan@example.org")
    _write(qtbot, window, TRAINING)
    answers.expect("otherDetailsStackQuestion", yes)  # Erlan: "they are mine" (corrected)
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: TRAINING in [e.pack_id for e in window.stack_pane.entries])
    details_for_replies(window, OAK, "farida@example.org")
    _write(qtbot, window, SEED_ID)
    answers.expect("otherDetailsStackQuestion", no)
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: answers.seen.count("otherDetailsStackQuestion") == 2)
    on_stack = {e.pack_id: len(e.letters) for e in window.stack_pane.entries}
    assert on_stack[SEED_ID] == hers, (on_stack, window.statusBar().currentMessage())
    assert OAK not in [line for e in window.stack_pane.entries for line in e.sender.address]

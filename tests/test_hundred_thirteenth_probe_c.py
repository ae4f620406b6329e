"""Probe 113c (issue 12, items 8, 10, 12): the evening — a letter left on the stack after
the stack went out as e-mails, once its writer said the letters were his."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text
from letter_steps import details_for_replies, yes
from qt_helpers import ModalAnswers, type_path
from test_gui import choose, find, open_window
from test_hundred_eleventh_probe_c import BAKER, ELM, _add_to_stack
from test_stack import TRAINING, _stack, _write
from uawriter.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "data")
    yield win
    win.services.languages.set_language("en")


def test_f1_a_letter_left_on_the_stack_goes_out_with_the_details_he_corrected(
    qtbot: QtBot,
    window: MainWindow,
    answers: ModalAnswers,
    tmp_path: Path,
) -> None:
    """Outside event mode, Dana's UA 129/10 letters are stacked without a name with
    12 Baker Street; Erlan types 7 Elm Road over it and, asked "Letters with other details
    on the stack", answers Yes ("they go out with yours, their cover sheets with the
    details you typed now"). Export all… as e-mails sends every letter with an e-mail
    address from 7 Elm Road; the President's letter (no e-mail address) stays on the
    stack. Sent later by fax, its cover sheet gives 12 Baker Street: the reply to that
    letter goes to the address he said was no longer right."""
    details_for_replies(window, BAKER, "dana@example.org")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    details_for_replies(window, ELM, "erlan@example.org")
    _write(qtbot, window, TRAINING)
    answers.expect("otherDetailsStackQuestion", yes)
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: TRAINING in [e.pack_id for e in window.stack_pane.entries])

    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    answers.expect("outboxDialog", type_path(outbox))
    answers.expect("emailsSaved", lambda box: box.reject())
    window.stack_pane.export_requested.emit()
    qtbot.waitUntil(lambda: "emailsSaved" in answers.seen, timeout=60_000)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    e_mails = [p.read_text(encoding="utf-8") for p in outbox.glob("*.eml")]
    assert e_mails
    assert all("erlan@example.org" in text for text in e_mails)
    left = window.stack_pane.letters()
    assert [x.addressee.id for x in left] == ["president"], answers.seen
    assert window.stack_pane.entries[-1].sender.address == (ELM,)  # his now, as he said

    # the organiser sends what is left by fax
    modes = find(window, QComboBox, "outputMode")
    modes.setCurrentIndex(modes.findData("fax"))
    out = tmp_path / "letters"
    out.mkdir()
    answers.expect("exportDialog", type_path(out / "president.pdf"))  # one letter: a file
    window.stack_pane.export_requested.emit()
    qtbot.waitUntil(window.stack_pane.is_empty, timeout=60_000)
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 1, pdfs
    cover = normalise(pdf_pages_text(pdfs[0])[0])
    # the letter below says what it said when written; its cover sheet, where a reply is
    # sent, gives the details he typed now, as the question promised
    assert ELM in cover, cover
    assert "erlan@example.org" in cover, cover
    assert BAKER not in cover, cover

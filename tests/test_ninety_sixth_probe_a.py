"""Probe 96a (issue 12, items 8, 10, 12, 13, 16): what the last fixes opened: a print
to a PDF file written under a hidden name first (StagedPrintFile), and a stacked copy
made out again to a corrected address book entry (letters/readdress.py)."""

from __future__ import annotations

import datetime as dt
import signal
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, run_uawriter
from letter_steps import print_to_file_over
from qt_helpers import ModalAnswers
from test_gui import open_window
from test_ninety_fifth_probe_a import PORTUGUESE, _pack_with_a_brazilian_letter, _typed_contact
from test_ninety_fifth_probe_b import PRINT_TO_FILE_THEN_KILL
from uawriter.domain.model import Sender
from uawriter.engine import compose
from uawriter.exporting import finish_interrupted_exports
from uawriter.storage.tally import TallyBook


def test_f1_a_print_killed_half_way_leaves_a_hidden_cut_off_pdf_that_no_print_removes(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She prints her letters "to a PDF file" (letters.pdf on her stick) and the laptop
    dies while the pages are painted. Since probe 95b the pages went into a hidden file
    beside letters.pdf (.letters.pdf.<random>.uawriter.tmp), a PDF cut off half way. The
    next start does not remove it (no export was written there), and neither does her
    next print to the same file, which goes through: the hidden half PDF stays on her
    stick for good, one more for each print killed (megabytes each), where an export or
    a save to that folder tidies what a killed write left there first."""
    data = tmp_path / "data"
    printed = tmp_path / "stick" / "letters.pdf"
    printed.parent.mkdir()
    script = PRINT_TO_FILE_THEN_KILL.format(data=str(data), pack=SEED_ID, printed=str(printed))
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    left = sorted(p.name for p in printed.parent.glob(".*.uawriter.tmp"))
    assert left, "the killed print left no hidden file: nothing to tidy"

    finish_interrupted_exports(TallyBook(data / "tally.jsonl"))  # the next start
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: answers.seen == ["draftOffer"], timeout=30_000)
    pages, _asked = print_to_file_over(qtbot, window, answers, printed)
    assert pages, "the second print did not go through"
    assert printed.read_bytes().rstrip().endswith(b"%%EOF")

    still = sorted(p.name for p in printed.parent.glob(".*.uawriter.tmp"))
    assert not still, f"left on her stick after printing to {printed.name} again: {still}"


def test_f2_a_greeting_typed_for_portuguese_is_not_used_in_a_brazilian_letter(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser types the embassy's greeting in Portuguese in the address book window
    as the salutation box asks, under the language's code: "pt = Excelentíssimo Senhor
    Embaixador". The Brazilian section's pack writes its letter in pt-BR, and the copy to
    the embassy opens "Your Excellency," in English in the middle of a Portuguese letter:
    a greeting kept for a language is looked for only under the letter's exact code, never
    under the language the letter's code names a region of (pt for pt-BR, es for es-419,
    en for en-US), and nothing tells her which code the pack uses."""
    pack = _pack_with_a_brazilian_letter(tmp_path)
    contact = _typed_contact(qtbot, f"pt = {PORTUGUESE}")
    letter = compose(
        pack, contact.as_addressee(), "pt-BR", Sender("Ana Souza"), dt.date(2011, 7, 1)
    )
    assert "Your Excellency" not in letter
    assert PORTUGUESE in letter

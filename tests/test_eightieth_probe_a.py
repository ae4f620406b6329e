"""Probe 80a: regressions in the day's changes (a letter's last paragraphs kept together, a
letter's output ending after she chose another action).

P80a-F1  A letter of three long paragraphs (each typed as one line, as a word processor
         writes them, about 1,500 characters or more each) cannot be made at all: reportlab
         stops with "LayoutError: Splitting error(n==6) on page 1 in <_KeptAtEnd …>", on A4
         and US Letter, as a letter or a fax, in Spanish, Arabic or Chinese. The preview
         says "The preview failed: LayoutError: Splitting error …"; nothing can be printed
         or faxed.
P80a-F2  A letter whose last paragraph is one long line (2,600 to 3,800 characters): its
         first page holds the salutation and the one-line opening and nothing else; the
         paragraph starts on page 2, so a letter of two pages' text takes three sheets.
P80a-F3  The same letter with a last paragraph of 3,000 characters: the closing and the
         signature stand alone on the last page, under the running header.
P80a-F4  A letter set aside for another action while its export ran, all of whose letters
         went, stays set aside (offered back as unsent, to be sent and counted twice) when
         the addressee shown in the editor was not one of those ticked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, pdf_pages_text
from qt_helpers import ModalAnswers
from test_gui import find, open_window
from test_stack import _write
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, render_letters
from uawriter.gui.main_window import MainWindow
from uawriter.rendering.document import Paper

DATE = dt.date(2026, 12, 5)
SIGNER = "Ann Example"
SAYING = {
    "es": "Marta Quiroga fue detenida por protestar pacíficamente y debe ser liberada ya. ",
    "ar": "نطالب بالإفراج الفوري عن المعلمة مارتا كيروغا التي اعتقلت بسبب احتجاج سلمي. ",
    "zh": "我们要求立即释放因和平抗议而被拘留的教师玛尔塔·基罗加。",
}
GREETINGS = {
    "es": ("Estimado señor:", "Atentamente,"),
    "ar": ("السيد الوزير،", "مع الاحترام،"),
    "zh": ("尊敬的部长：", "此致敬礼"),
}


def _paragraph(lang: str, chars: int) -> str:
    """One paragraph of about ``chars`` characters, typed as one line."""
    sentence = SAYING[lang]
    return (sentence * (chars // len(sentence) + 1))[:chars].strip() + "."


def _pdf(pack: Pack, lang: str, text: str, paper: Paper = Paper.A4, fax: bool = False) -> bytes:
    letter = Letter(pack, pack.addressees[0], lang, text, as_fax=fax)
    return render_letters([letter], Sender(SIGNER), DATE, paper, invariant=True)


@pytest.mark.parametrize(
    ("lang", "chars", "paper", "fax"),
    [
        ("es", 1500, Paper.A4, False),
        ("es", 1800, Paper.LETTER, True),
        ("ar", 1800, Paper.A4, True),
        ("zh", 700, Paper.LETTER, False),
    ],
)
def test_f1_a_letter_of_three_long_paragraphs_is_made(
    packs: dict[str, Pack], lang: str, chars: int, paper: Paper, fax: bool
) -> None:
    """A volunteer writes her own letter: a salutation, three paragraphs of a few hundred
    words each, the closing and her name. The preview says "The preview failed:
    LayoutError: Splitting error(n==6) on page 1 in <_KeptAtEnd at 0x…>", and Export,
    Print and Fax fail the same way: the letter cannot go at all. ``_KeptAtEnd.split``
    (rendering/pdf.py), finding its paragraphs taller than a page, hands them back
    whole; the first of them is taller than the room left on the page, and reportlab
    requires the first piece of a split to fit."""
    greeting, closing = GREETINGS[lang]
    body = "\n\n".join(_paragraph(lang, chars) for _ in range(3))
    text = f"{greeting}\n\n{body}\n\n{closing}\n{SIGNER}\n"
    pages = pdf_pages_text(_pdf(packs[TRAINING_ID], lang, text, paper, fax))
    assert SIGNER in pages[-1]


def _one_long_last_paragraph(chars: int) -> str:
    return (
        f"Estimado señor:\n\nLe escribo por la maestra.\n\n{_paragraph('es', chars)}"
        f"\n\nAtentamente,\n{SIGNER}\n"
    )


@pytest.mark.parametrize("chars", [2600, 3000, 3800])
def test_f2_the_first_page_holds_more_than_the_salutation_and_opening(
    packs: dict[str, Pack], chars: int
) -> None:
    """The addressee's first page reads "Estimado señor: / Le escribo por la maestra." and
    is blank down to the page number; the letter's one long paragraph starts on page 2, so
    a letter of two pages' text prints (or faxes) as three. The last lines kept together
    (``LINES_KEPT_AT_END``) are counted in pieces of up to 2,000 characters
    (``_pieces``), not in printed lines: four of them are taller than the room on page 1,
    and keeping them together moves the whole paragraph on (probe 79c's F2 in another
    shape: a paragraph typed as one line, not one point a line)."""
    pages = pdf_pages_text(_pdf(packs[TRAINING_ID], "es", _one_long_last_paragraph(chars)))
    first = pages[0]
    assert "Estimado señor:" in first
    assert "Marta Quiroga" in first, (chars, first)


def test_f3_the_closing_and_signature_do_not_stand_alone(packs: dict[str, Pack]) -> None:
    """The addressee turns to the third page and finds only "Atentamente, / Ann Example"
    under the running header; every word of the letter is on the pages before. The
    fallback that keeps only the last lines together keeps the last four pieces of the
    paragraph, and those are taller than a page, so reportlab lets them run on and the
    closing is left behind (before the day's change two lines of the letter went with
    it)."""
    pages = pdf_pages_text(_pdf(packs[TRAINING_ID], "es", _one_long_last_paragraph(3000)))
    last = pages[-1]
    assert SIGNER in last
    assert "Atentamente" in last
    assert "Marta Quiroga" in last or "liberada" in last, last


def _tick_only(window: MainWindow, rows: set[int]) -> None:
    """Tick the addressees in ``rows`` of the list, untick the others, as she clicks them."""
    listing = find(window, QListWidget, "addresseeList")
    for row in range(listing.count()):
        state = Qt.CheckState.Checked if row in rows else Qt.CheckState.Unchecked
        listing.item(row).setCheckState(state)


def test_f4_a_letter_set_aside_that_went_is_let_go_whichever_addressee_was_shown(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She writes her UA 129/10 letter, ticks only the President, and clicks the Foreign
    Minister's name to read his letter (not ticking him). She exports, and while the
    letter to the President is saved (the window stays live) she chooses the Valdoria
    action: "Start another letter?" Yes sets the UA 129/10 letter aside. When the export
    ends, every letter that was made went, from the letter as it was, yet the letter set
    aside stays set aside, the President still ticked in it: it is offered back as unsent,
    to be sent and counted a second time, and the idle reset asks about it (probe 79b's
    F2 by another path). ``DraftKeeper.went_while_set_aside`` looks for the letter to the
    addressee the draft was showing, and that addressee's letter was never made."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    _write(qtbot, window, SEED_ID)
    _tick_only(window, {0})
    find(window, QListWidget, "addresseeList").setCurrentRow(2)
    minister = window.packs[SEED_ID].addressees[2]
    qtbot.waitUntil(lambda: window.session is not None and window.session.addressee == minister)
    letters = window.letters()
    assert [x.addressee.id for x in letters] == [window.packs[SEED_ID].addressees[0].id]
    # while the letter to the President is written to the stick: another action
    answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    _write(qtbot, window, TRAINING_ID)
    assert window.services.drafts.shelved_actions() == [SEED_ID]
    window.letters_went(letters, letters)
    set_aside = window.services.drafts.shelved_actions()
    window.unexported = False
    # the UA 129/10 letter went, to every addressee ticked in it, as it was
    assert set_aside == []

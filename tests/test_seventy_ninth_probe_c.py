"""Probe 79c: display and layout in every interface language, and letters as PDF pages.

P79c-F1  A letter whose last three paragraphs are together longer than a page (a short
         opening, a long paragraph of points written one to a line, the closing and the
         signature): the signature "Ann Example" stands alone on the last page, under
         the running header, for 76 to 78 lines of points.
P79c-F2  The same letter of 40 to 75 lines of points: the first page holds the salutation
         and nothing else; the rest of the letter starts on page 2, so a letter that fits
         on two pages takes three, the first almost blank.
P79c-F3  An address in Arabic on an envelope or a label: its postcode line ("١١٧٧١", digits
         only) is drawn at the block's left edge while every other line ends at the right,
         so the postcode hangs on the far side, under the start of the widest line.
P79c-F4  The pack editor in a translated interface names its languages in English: the
         "Texts in" and "Letter" boxes read "Kazakh (kk)", "Russian (ru)", "German (de)" in
         the Russian, Kazakh, German and Arabic interfaces, where the rest of the window
         says "казахский", "Kasachisch", "الكازاخستانية".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, pdf_pages_text, render_png
from qt_helpers import ModalAnswers, editor_discarded
from test_envelopes import addressee
from test_gui import open_window
from uawriter.channels.postal import envelope_address
from uawriter.domain.languages import language_name
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, render_letters
from uawriter.gui.pack_editor import PackEditor
from uawriter.rendering.envelopes import render_envelopes, render_labels

DATE = dt.date(2026, 12, 5)
SIGNER = "Ann Example"
OPENING = "Le escribo por la maestra Marta Quiroga, detenida por una protesta pacífica."


def _letter_with_a_long_last_paragraph(points: int) -> str:
    """Salutation, a short opening, the points one to a line (no empty line between them,
    as a volunteer lists them), then the closing and the signature: four paragraphs."""
    body = "\n".join(
        f"Line {n} of a letter asking for the release of Marta Quiroga." for n in range(points)
    )
    return f"Estimado señor:\n\n{OPENING}\n\n{body}\n\nAtentamente,\n{SIGNER}\n"


def _pages(pack: Pack, points: int) -> list[str]:
    text = _letter_with_a_long_last_paragraph(points)
    letter = Letter(pack, pack.addressees[0], "es", text, as_fax=False)
    return pdf_pages_text(render_letters([letter], Sender(SIGNER), DATE, invariant=True))


@pytest.mark.parametrize("points", [76, 77, 78])
def test_f1_the_signature_does_not_stand_alone_after_a_long_last_paragraph(
    packs: dict[str, Pack], points: int
) -> None:
    """The addressee turns to the last page and finds only "Ann Example" under the
    running header: the closing and every word of the letter are on the page before. The
    last three paragraphs are kept together (``KEPT_TOGETHER_AT_END``); when they are
    taller than a page reportlab gives up keeping them and lets them flow, and the last
    four lines (``LINES_KEPT_AT_END``) are no longer kept either."""
    pages = _pages(packs[TRAINING_ID], points)
    last = pages[-1]
    assert SIGNER in last
    assert "Atentamente" in last, (points, last)
    assert "Line " in last, (points, last)  # at least the letter's last line with them


@pytest.mark.parametrize("points", [40, 60, 75])
def test_f2_the_first_page_is_not_left_empty_below_the_salutation(
    packs: dict[str, Pack], points: int
) -> None:
    """The letter's first page, the one the addressee reads first, holds "Estimado
    señor:" and then nothing down to the page number; the opening and the points start on
    page 2. A letter of two pages' text prints on three sheets (for a fax, a third page
    sent), with the first one blank but for the greeting."""
    pages = _pages(packs[TRAINING_ID], points)
    first = pages[0]
    assert "Estimado señor:" in first
    assert OPENING in first.replace("\n", " "), (points, first)
    assert "Line 0 " in first, (points, first)


EGYPTIAN = addressee(
    "عبد الفتاح السيسي",
    "رئاسة الجمهورية",
    ("قصر الاتحادية، مصر الجديدة", "القاهرة ١١٧٧١"),
    "مصر",
    title="رئيس الجمهورية",
)


def _ink_lines(png: Path) -> list[tuple[int, int]]:
    """(left, right) of the ink of each printed line, top to bottom, in pixels."""
    image = Image.open(png).convert("L")
    width, height = image.size
    pixels = image.load()
    assert pixels is not None
    rows: list[list[int]] = []  # the dark x positions of each line's pixel rows
    gap = True
    for y in range(height):
        dark = [x for x in range(width) if pixels[x, y] < 128]
        if dark and gap:
            rows.append([])
        if dark:
            rows[-1] += [min(dark), max(dark)]
        gap = not dark
    return [(min(xs), max(xs)) for xs in rows]


@pytest.mark.parametrize("kind", ["envelope", "label"])
def test_f3_an_arabic_addresss_postcode_lines_up_with_its_other_lines(
    tmp_path: Path, kind: str
) -> None:
    """A volunteer in Cairo prints the envelope (or a label) for the President: the lines
    of the address end at the right, as Arabic is written, but the postcode "١١٧٧١" starts
    at the block's far left, 3.5 cm from the town it belongs to. A line of
    digits only has no direction of its own; it is given left to right
    (``bidi.base_direction``'s default) instead of the direction of the block it is in."""
    address = envelope_address(EGYPTIAN, "EG")  # at home: no airmail mark, no country
    assert address.lines[-1] == "١١٧٧١"
    if kind == "envelope":
        pdf = render_envelopes([address], "dl", ())
    else:
        pdf = render_labels([address], "l7160")
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(pdf)
    (page, *_) = render_png(path, tmp_path / kind, dpi=100)
    lines = _ink_lines(page)
    assert len(lines) >= 4, lines
    *above, postcode = lines
    right_edge = max(right for _, right in above)
    assert all(right >= right_edge - 3 for _, right in above)  # the Arabic lines: one edge
    assert postcode[1] >= right_edge - 3, (postcode, right_edge, lines)


@pytest.mark.parametrize("code", ["ru", "kk", "de", "ar"])
def test_f4_the_pack_editor_names_its_languages_in_the_interfaces_language(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, code: str
) -> None:
    """An organiser with the interface in Russian opens "Edit this pack…" on UA 129/10:
    every label of the editor is in Russian, but the boxes that choose the language of
    the texts and of the letter list "Arabic (ar)", "German (de)", "Kazakh (kk)"… The
    window's own language box, the stack and the event window name the same languages
    in Russian (``language_name(code, ui_lang)``); the editor's ``language_label`` asks
    for the English name."""
    window = open_window(qtbot, tmp_path / "data")
    try:
        window.services.languages.set_language(code)
        window.choose_pack(SEED_ID)
        qtbot.waitUntil(lambda: window.session is not None)
        answers.expect(
            "editCopyQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
        )
        editor = window.pack_menu.edit_pack()
        assert isinstance(editor, PackEditor)
        qtbot.addWidget(editor, before_close_func=editor_discarded)
        boxes = (editor.text_language, editor.letter_language)
        shown = [box.itemText(i) for box in boxes for i in range(box.count())]
    finally:
        window.services.languages.set_language("en")
    assert "Kazakh (kk)" not in shown, shown
    assert f"{language_name('kk', code)} (kk)" in shown, shown

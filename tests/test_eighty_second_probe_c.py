"""Probe 82c: display of the day's changes (a letter's end kept together, a label's
return address on one line, the message after an export during which she typed).

P82c-F1  A letter whose last paragraph prints one line more than the lines kept with the
         closing (a long paragraph typed as one line, about 2,500 characters, on A4 or
         US Letter): the closing and the signature stand alone on the last page, under
         the running header; every word of the letter is on the page before.
P82c-F2  A label's one-line return address with a name in Latin letters and an address in
         Arabic ("Ann Example", "12 شارع النيل", "القاهرة 11511", "مصر"): the house number
         "12" is printed beside the country "مصر", at the other end of the line from its
         street; the town and the country stand between the number and its street.
P82c-F3  The message after an export during which she typed ("Your letters went out as
         they were … it is kept here, still to send.") is wider than the status bar of
         the window on an 800-pixel screen in German, French, Spanish and Russian: cut
         off before "still to send", the words that tell her to send again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, pdf_pages_text
from test_envelopes import addressee
from uawriter.app import build_main_window
from uawriter.channels.postal import envelope_address
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, render_letters
from uawriter.gui.main_window import MainWindow
from uawriter.paths import AppPaths
from uawriter.rendering.document import Paper
from uawriter.rendering.envelopes import render_labels

DATE = dt.date(2026, 12, 5)
SIGNER = "Ann Example"
SAYING = {
    "es": "Marta Quiroga fue detenida por protestar pacíficamente y debe ser liberada ya. ",
}
GREETINGS = {"es": ("Estimado señor:", "Atentamente,")}


def _paragraph(lang: str, chars: int) -> str:
    """One paragraph of about ``chars`` characters, typed as one line."""
    sentence = SAYING[lang]
    return (sentence * (chars // len(sentence) + 1))[:chars].strip() + "."


def _letter_pages(pack: Pack, lang: str, chars: int, paper: Paper) -> list[str]:
    greeting, closing = GREETINGS[lang]
    text = f"{greeting}\n\n{SAYING[lang]}\n\n{_paragraph(lang, chars)}\n\n{closing}\n{SIGNER}\n"
    letter = Letter(pack, pack.addressees[0], lang, text, as_fax=False)
    return pdf_pages_text(render_letters([letter], Sender(SIGNER), DATE, paper, invariant=True))


@pytest.mark.parametrize(
    ("chars", "paper"),
    [(2560, Paper.A4), (2600, Paper.A4), (2500, Paper.LETTER), (2520, Paper.LETTER)],
)
def test_f1_the_closing_does_not_stand_alone_after_a_paragraph_one_line_longer(
    packs: dict[str, Pack], chars: int, paper: Paper
) -> None:
    """The addressee turns to page 2 and finds only "Atentamente, / Ann Example" under the
    running header. ``_kept_ending`` (rendering/letter_body.py) keeps the last lines of the
    paragraph before the closing by splitting it so that one line stays behind; reportlab's
    Paragraph refuses to leave a single line (an orphan) and hands back nothing, and the
    fallback keeps only the closing and the signature together, without a line of the
    letter (what probes 79c and 80a were fixed for, in another length)."""
    pages = _letter_pages(packs[TRAINING_ID], "es", chars, paper)
    assert len(pages) > 1
    last = pages[-1]
    assert SIGNER in last
    assert "liberada" in last or "Marta Quiroga" in last or "pacífica" in last, (chars, last)


MIXED_SENDER = ["Ann Example", "12 شارع النيل", "القاهرة 11511", "مصر"]


def _drawn_runs(pdf: bytes, path: Path) -> list[tuple[float, float, str]]:
    """Each piece of text the first page draws: (height, left edge, text)."""
    path.write_bytes(pdf)
    runs: list[tuple[float, float, str]] = []

    def seen(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            runs.append((round(y, 1), x, text.strip()))

    PdfReader(path).pages[0].extract_text(visitor_text=seen)
    return runs


def test_f2_a_return_addresss_house_number_stays_beside_its_street(tmp_path: Path) -> None:
    """A volunteer in Cairo whose name is typed in Latin letters prints labels: the return
    address on each reads "Ann Example, 12 مصر ,11511 القاهرة ,شارع النيل"; the house number
    stands beside the country, the town and the country between it and its street, so a
    letter returned goes to the wrong door or nowhere. ``return_line``
    (rendering/envelopes.py) joins the lines with ", " and the line is laid out as one
    left-to-right paragraph: the number after the Latin name takes its direction, and
    the Arabic parts after it run together as one right-to-left stretch (each part is not
    kept apart, as the envelope's lines are)."""
    target = addressee("Minister", "Ministry of Justice", ("1 Palace Road",), "DE")
    pdf = render_labels([envelope_address(target, "EG")], "l7160", MIXED_SENDER)
    runs = _drawn_runs(pdf, tmp_path / "labels.pdf")
    top = max(y for y, _, _ in runs)
    line = [text for _, _, text in sorted((x, y, t) for y, x, t in runs if y == top)]
    number = next(i for i, text in enumerate(line) if "12" in text.split())
    street = next(i for i, text in enumerate(line) if "شارع" in text or "النيل" in text)
    between = line[min(number, street) + 1 : max(number, street)]
    assert not any("مصر" in text or "القاهرة" in text for text in between), line


@pytest.fixture
def english() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.services.languages.set_language("en")


def _close(window: MainWindow) -> None:
    window.unexported = False
    window.stack_pane.clear()


TYPED_ON = "Sent as it was when you sent it; your changes since are still to send."


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "ru", "kk", "ar"])
def test_f3_the_message_after_typing_during_an_export_fits_an_800_pixel_window(
    qtbot: QtBot, tmp_path: Path, code: str, english: None
) -> None:
    """On a netbook's 800-pixel screen, a German volunteer who typed on while her letters
    were exported reads "Ihre Briefe sind so hinausgegangen, wie sie beim Senden waren.
    Was Sie seitdem geschrieben haben, ist nicht darin: es …" cut at the window's edge:
    that her new words are kept and still to send is not shown, and she leaves them
    unsent. ``MainWindow.letters_went`` shows the two sentences in the status bar, which
    draws one line and cuts what does not fit (French, Spanish, Russian too)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.primaryScreen().availableGeometry().width() <= 800
    window = build_main_window(app, AppPaths(tmp_path / "data"), layout="auto")
    qtbot.addWidget(window, before_close_func=_close)
    window.services.languages.set_language(code)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.actions_pane.loaded)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None)
    letters = window.letters()
    assert letters
    window.editor.appendPlainText("Ein Satz mehr, während der Export lief.")
    window.letters_went(letters, letters)
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message == QCoreApplication.translate("MainWindow", TYPED_ON), message
    needed = bar.fontMetrics().horizontalAdvance(message)
    assert window.frameGeometry().width() <= 800
    assert needed <= bar.contentsRect().width(), (code, needed, bar.contentsRect().width())

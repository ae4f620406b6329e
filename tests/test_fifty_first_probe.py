"""Probe 51 (the fixes of probes 49 and 50).

F1  A P.S. under the signature moved inside the signature block (between her name and the
    address lines) once she typed her address: a line added after the last one goes after
    the other letter's last line.
F2  A Chinese cover sheet within its bounds still took two pages, as a value of "W"s or of
    "﷽" (one glyph for a phrase) did: the bounds are the room of so many Latin letters,
    measured, and a row taller than the page is laid out again with shorter values.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from uawriter.letters.merge import carry_edits
from uawriter.rendering.document import CoverSheet, OutgoingLetter, Paper
from uawriter.rendering.pdf import COVER_CONTACT_LINES, COVER_VALUE_CHARS, render_pdf

BASE = "Dear Minister,\n\nPlease release Marta.\n\nYours sincerely,\n\nAnna\n"
PS = "\nP.S. I was in Almaty in 2011.\n"


@pytest.mark.parametrize(
    "signed",
    [
        "Yours sincerely,\n\nAnna\nHauptstr. 1\n10115 Berlin\n",  # her address typed
        "Yours sincerely,\n\nAnna Schmidt\nHauptstr. 1\n",  # her name put right too
        "Yours sincerely,\n\n",  # her name taken out
    ],
)
def test_a_ps_stays_at_the_end_when_the_signature_block_changes(signed: str) -> None:
    recomposed = BASE.replace("Yours sincerely,\n\nAnna\n", signed)
    carried = carry_edits(BASE, BASE + PS, recomposed)
    assert carried.text == recomposed + PS
    assert carried.skipped == ()


def test_a_ps_goes_after_another_addressees_letter_too() -> None:
    other = BASE.replace("Dear Minister,", "Dear President,").replace(
        "Anna\n", "Anna\nHauptstr. 1\n"
    )
    assert carry_edits(BASE, BASE + PS, other).text == other + PS


ZH = "中华人民共和国最高人民检察院检察长"
KK = "Қазақстан Республикасының Бас прокуратурасы азаматтардың құқықтарын қорғайды "
DE = "Bundesministerium Rechtsstaatlichkeitsbeauftragter Verfassungsbeschwerde "


def _fill(text: str, n: int) -> str:
    return (text * (n // len(text) + 1))[:n]


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
@pytest.mark.parametrize(
    ("lang", "words"),
    [("zh", ZH), ("kk", KK), ("de", DE), ("en", "W"), ("ar", "\ufdfd"), ("ar", "\ufdfa ")],
)
def test_a_cover_sheet_in_any_script_is_one_page(lang: str, words: str, paper: Paper) -> None:
    cover = CoverSheet(
        to=_fill(words, 3 * COVER_VALUE_CHARS["to"]),
        fax="+86 10 6520 0000",
        sender_name=_fill(words, 3 * COVER_VALUE_CHARS["sender"]),
        sender_contact=tuple(
            _fill(words, 3 * COVER_VALUE_CHARS["contact"]) for _ in range(COVER_CONTACT_LINES + 2)
        ),
        date_text="6 December 2026",
        regarding=_fill(words, 3 * COVER_VALUE_CHARS["regarding"]),
    )
    letter = OutgoingLetter(lang, "Minister", "Dear Minister,\n\nPlease.\n\nYours,\n\nBob", cover)
    reader = PdfReader(io.BytesIO(render_pdf([letter], paper=paper)))
    assert len(reader.pages) == 2
    assert "Dear Minister" in reader.pages[1].extract_text()
    assert "+86 10 6520 0000" in reader.pages[0].extract_text()

"""The closing and the signature never stand alone on a letter's last page, however the
letter's paragraphs are separated (issue 12, item 17; probe 27: a letter typed without
empty lines between its paragraphs is one paragraph, and nothing of it was kept with the
signature)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import TRAINING_ID, pdf_pages_text
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, render_letters

DATE = dt.date(2026, 12, 5)
SIGNER = "Ann Example"


def _letter(body_lines: int, layout: str) -> str:
    body = "\n".join(
        f"Line {n} of a letter asking for the release of Marta Quiroga." for n in range(body_lines)
    )
    if layout == "no empty lines":
        return f"Estimado señor:\n{body}\nAtentamente,\n{SIGNER}\n"
    # salutation, body and closing as three paragraphs
    return f"Estimado señor:\n\n{body}\n\nAtentamente,\n{SIGNER}\n"


@pytest.mark.parametrize("layout", ["no empty lines", "three paragraphs"])
def test_the_signature_never_stands_alone_on_the_last_page(
    packs: dict[str, Pack], layout: str
) -> None:
    pack = packs[TRAINING_ID]
    seen_two_pages = False
    # the probe's letters that put the closing or the signature alone on page 2, and around
    for lines in range(33, 44):
        letter = Letter(pack, pack.addressees[0], "es", _letter(lines, layout), as_fax=False)
        pages = pdf_pages_text(render_letters([letter], Sender(SIGNER), DATE, invariant=True))
        if len(pages) == 1:
            continue
        seen_two_pages = True
        last = pages[-1]
        assert SIGNER in last
        assert "Atentamente" in last, (lines, last)
        assert "Line " in last, (lines, last)  # at least the letter's last line with them
    assert seen_two_pages  # the test is about letters that take a second page

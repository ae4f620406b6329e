"""Laying out what a hostile or mistaken pack gives stays fast (issue 12, found by the sixth
probe): a long right-to-left word is cut by halving, a paragraph of any length is laid out in
pieces, a letter of thousands of pages is refused before layout, an address line of 60,000
letters is cut before an envelope is fitted."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import TRAINING_ID, copy_bundled_pack
from uawriter.engine import check_pack_folder
from uawriter.packs.loader import BrokenPack
from uawriter.rendering import envelopes, pdf
from uawriter.rendering.document import OutgoingLetter


def _text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_long_right_to_left_word_is_cut_in_a_few_measures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Hebrew word of 2,000 letters in a talking point took 44 s to lay out: each line
    was found by cutting one letter at a time and measuring again."""
    measured = 0
    real = pdf.text_width

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal measured
        measured += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "text_width", counted)
    data = pdf.render_pdf([OutgoingLetter("he", "X", "שלום " + "ש" * 2000 + "\n")])
    assert measured < 600  # about 20 lines, a dozen measures each (was about 40,000)
    assert _text(data).count("ש") >= 2000


def test_a_very_long_paragraph_is_laid_out_in_pieces() -> None:
    line = ("a中 " * 9000).strip()
    pieces = pdf._pieces(line)
    assert "".join(pieces) == line
    assert all(len(piece) <= pdf.PARAGRAPH_PIECE_CHARS for piece in pieces)
    assert all(piece.endswith(" ") for piece in pieces[:-1])  # cut after a space
    data = pdf.render_pdf([OutgoingLetter("zh", "X", line + "\n")])
    assert _text(data).count("中") == 9000


@pytest.mark.parametrize(
    ("template", "shown"),
    [
        ('{{ "w\\n" * 99000 }}', "on 99,000 lines"),
        ('{{ "a中" * 20000 }}', "40,001 characters on 1 line:"),
    ],
)
def test_a_letter_of_thousands_of_pages_is_refused_before_layout(
    tmp_path: Path, template: str, shown: str
) -> None:
    """Within the 200,000 characters a template may make, a letter was 2,475 pages and took
    15 s to lay out, for each of up to 200 addressees."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    (folder / "letters" / "es.txt").write_text(template + "\n", encoding="utf-8")
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    (problem,) = [p for p in result.problems if p.file.endswith("letters/es.txt")]
    assert shown in problem.message
    assert "is not laid out" in problem.message


def test_an_address_line_of_60000_letters_is_cut_before_fitting() -> None:
    block = envelopes.fit_block(
        ["Minister", "ש" * 60_000, "Jerusalem", "ISRAEL"], 250.0, 120.0, (11.0, 6.0)
    )
    assert block.lines[0] == "Minister"
    assert block.lines[-1] == "ISRAEL"
    assert any(line.endswith("…") for line in block.lines)
    assert all(len(line) <= envelopes.ENVELOPE_LINE_CHARS for line in block.lines)

"""Letters in every script an Urgent Action asks for, read back from the PDF and looked at."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import normalise, pdf_pages_text, render_png
from uawriter.rendering import OutgoingLetter, Paper
from uawriter.rendering.bidi import base_direction, shape, visual
from uawriter.rendering.fonts import missing_characters
from uawriter.rendering.pdf import MARGIN_SIDE, render_pdf

SAMPLES = Path(__file__).parent / "data" / "scripts"
LEFT_TO_RIGHT = ["es", "fr", "tr", "vi", "kk", "el"]
RIGHT_TO_LEFT = ["ar", "fa", "he"]


def sample(code: str) -> str:
    return (SAMPLES / f"{code}.txt").read_text(encoding="utf-8")


def words(text: str) -> list[str]:
    """The words of a text without punctuation or invisible joiners."""
    text = text.replace("\u200c", "")
    return [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]


@pytest.mark.parametrize("code", LEFT_TO_RIGHT + RIGHT_TO_LEFT + ["zh"])
def test_every_character_has_a_glyph(code: str) -> None:
    assert missing_characters(sample(code)) == []


def test_missing_glyphs_are_named() -> None:
    assert missing_characters("Hello \U00013000 and \U0001d11e, hello") == [
        "\U00013000",
        "\U0001d11e",
    ]


@pytest.mark.parametrize("code", LEFT_TO_RIGHT)
def test_left_to_right_scripts_read_back_exactly(code: str) -> None:
    text = sample(code)
    pdf = render_pdf([OutgoingLetter(code, "", text)])
    read = normalise(" ".join(pdf_pages_text(pdf)))
    for line in text.splitlines():
        if line.strip():
            assert normalise(unicodedata.normalize("NFC", line)) in unicodedata.normalize(
                "NFC", read
            )


@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_right_to_left_scripts_read_back_in_reading_order(code: str) -> None:
    text = sample(code)
    pdf = render_pdf([OutgoingLetter(code, "", text)])
    read = " ".join(pdf_pages_text(pdf))
    assert words(read)[: len(words(text))] == words(text)


def test_arabic_letters_are_joined_and_ordered_for_drawing() -> None:
    word = "سعادة"
    shaped = shape(word)
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in shaped)  # contextual forms
    assert unicodedata.normalize("NFKC", shaped) == word
    line = "أكتب إليكم (UA 129/10)."
    assert base_direction(line) == "R"
    shown = visual(line, "R")
    assert shown.startswith(".(UA 129/10)")  # read from the right: the Latin part last
    assert unicodedata.normalize("NFKC", shown[-4:])[::-1] == "أكتب"


def test_right_to_left_lines_are_broken_in_reading_order_and_right_aligned(tmp_path: Path) -> None:
    paragraph = " ".join(["أكتب إليكم بشأن الرجال الأوزبك المحتجزين في كازاخستان"] * 6)
    pdf = tmp_path / "ar.pdf"
    pdf.write_bytes(render_pdf([OutgoingLetter("ar", "", paragraph + "\n")]))
    lines = [line for line in pdf_pages_text(pdf.read_bytes())[0].splitlines() if line.strip()]
    read = " ".join(lines)
    assert words(read)[:8] == words(paragraph)[:8]
    (png,) = render_png(pdf, tmp_path / "page", dpi=72)
    from PIL import Image

    image = Image.open(png).convert("L")
    box = image.point(lambda v: 255 if v < 200 else 0).getbbox()
    assert box is not None
    right_margin = image.width - box[2]
    assert abs(right_margin - MARGIN_SIDE) < 3  # flush with the right margin


def test_chinese_breaks_between_characters_within_the_margins(tmp_path: Path) -> None:
    text = sample("zh")
    pdf = tmp_path / "zh.pdf"
    pdf.write_bytes(render_pdf([OutgoingLetter("zh", "", text)], Paper.A4))
    read = re.sub(r"\s+", "", " ".join(pdf_pages_text(pdf.read_bytes())))
    assert re.sub(r"\s+", "", text) in read
    (png,) = render_png(pdf, tmp_path / "page", dpi=72)
    from PIL import Image

    image = Image.open(png).convert("L")
    box = image.point(lambda v: 255 if v < 200 else 0).getbbox()
    assert box is not None
    assert image.width - box[2] >= 20 * 72 / 25.4  # the long line wrapped, nothing spills
    fonts = {
        str(f.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert any("DroidSansFallback" in name for name in fonts)


def test_seed_pack_exports_in_arabic(packs: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    import datetime as dt

    from uawriter.domain.model import Sender
    from uawriter.engine import Letter, compose
    from uawriter.exporting import export_separately

    pack = packs["ua-129-10-u3"]
    sender = Sender("Aigerim N.")
    date = dt.date(2026, 11, 27)
    letters = [
        Letter(pack, a, "ar", compose(pack, a, "ar", sender, date), True) for a in pack.addressees
    ]
    for letter, path in zip(
        letters, export_separately(letters, tmp_path, sender, date), strict=True
    ):
        pages = pdf_pages_text(path.read_bytes())
        read = " ".join(pages)
        assert letter.addressee.fax in read
        salutation = words(letter.addressee.salutation.get("ar"))
        assert " ".join(salutation) in " ".join(words(read))
        body = words(letter.text)
        assert len(body) > 100
        assert set(body) <= set(words(read))  # every Arabic word drawn, none dropped
        assert f"الصفحة 1 من {len(pages)}" in normalise(pages[0])


@pytest.mark.parametrize(
    ("line", "base"),
    [
        ("السفير John Smith (UN) وزير", "R"),  # the twentieth probe's line
        ("إلى السيد Mr. Smith (ID 123) المحترم", "R"),
        ("أكتب إليكم (UA 129/10).", "R"),
        ("وزير (John) و", "R"),
        ("(السفير)", "R"),
        ("أ [ب] ج {د}", "R"),
        ("رقم الفاكس (+7 7172 74 56 31) للمكتب", "R"),
        ("Dear (السفير) Sir", "L"),
        ("Mr Smith (سفير Kazakhstan) [UN]", "L"),
        ("a (ب c) d", "L"),
        ("نص (a (ب) c) نص", "R"),
        ("שלום (Hello) עולם", "R"),
        # numbers after a pair take their order from the text before them (the twenty-second
        # probe: the first version's marks swapped a phone number's groups)
        ("رقم الهاتف (John) 123 456", "R"),
        ("سجن [Evin] +98 21 1234", "R"),
        ("القضية (UA 129/10) 2010", "R"),
        ("المبلغ (USD) 50$ فقط", "R"),
        ("Case (file שלום) 12-٣٤ today", "L"),
        ("Amnesty (منظمة العفو) ١٩٦١ founded", "L"),
        ("a (ש) 5 ש", "L"),
        ("ש (a) 5 a", "R"),
        # a sign before the digits stays with them (the twenty-third probe)
        ("كفالة (محكمة Court) £2,000 للإفراج", "R"),
        ("الغرامة (المحكمة العليا Supreme Court) $500 دولار", "R"),
        ("תיק (המדינה נגד Cohen) #4521 נפתח", "R"),
        ("הקנס (בית המשפט Supreme Court) €500 שולם", "R"),
    ],
)
def test_brackets_around_other_scripts_stay_with_their_text(line: str, base: str) -> None:
    """python-bidi's pure-Python algorithm has no rule for pairs of brackets (N0): "Mr. Smith
    (ID 123)" inside an Arabic line was drawn "(Mr. Smith (ID 123". The order is now the one
    python-bidi's other implementation (Rust, with the whole algorithm) gives; only the
    brackets' mirroring, which that one leaves out, differs."""
    import bidi

    ours = visual(line, base)  # type: ignore[arg-type]
    theirs = bidi.get_display(shape(line), base_dir=base)
    same = str.maketrans("()[]{}", "||||||")
    assert ours.translate(same) == theirs.translate(same)
    assert "\u200e" not in ours
    assert "\u200f" not in ours

"""Seventy-seventh probe (a): the fonts folder and its kept fonts, fax output from hostile
text, the tally report, pack-export at the limits.

F1: a kept font (``fonts/*.metrics`` in the data folder) whose numbers are each of their
kind and within their bounds, its digest written again, but which is not the font's own:
every width zero, two characters' glyphs swapped, or a font name of megabytes. The checks
compare the glyph places and horizontal metrics with the font, but not the widths each
character is drawn with, which glyph each character is drawn as, nor the font's name, so
the kept face is used as it is.

F2: a soft hyphen (U+00AD) in a paragraph that also holds a Chinese, Japanese or Korean
character prints as a hyphen in the middle of the line ("Men-schen-rechte"): such a
paragraph is laid out with reportlab's CJK word wrap, which draws each soft hyphen. In any
other paragraph a soft hyphen is only a place the line may break, and prints as nothing.

Fixed: a kept face's widths are checked against its glyphs' advances in the font, and its
names bounded, and its character-to-glyph map read back from the font's own cmap (formats
4 and 12, as reportlab reads them; a face failing any is parsed again). A soft hyphen in a
paragraph laid out the CJK way is left out (reportlab drew it as "-" there).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from helpers import TRAINING_ID, render_png, run_uawriter
from uawriter.rendering import pdf
from uawriter.rendering.document import OutgoingLetter


def _kept_font_not_the_fonts_own(metrics: Path, damage: str) -> None:
    """The kept Noto Sans changed as ``damage`` says, its digest written again (as
    test_fuzz's digest_again does): every number is of its kind and within its bounds."""
    from uawriter.rendering import font_cache

    magic = b"uawriter font metrics\n"
    record = json.loads(metrics.read_bytes()[len(magic) :])
    face = font_cache._decoded(record["face"])
    if damage == "every-width-zero":
        face["charWidths"] = dict.fromkeys(face["charWidths"], 0)
    elif damage == "a-width-of-the-largest-metric":
        face["charWidths"][ord("a")] = 100_000
    elif damage == "zero-and-one-swapped":
        glyphs = face["charToGlyph"]
        glyphs[ord("0")], glyphs[ord("1")] = glyphs[ord("1")], glyphs[ord("0")]
    elif damage == "a-name-of-five-megabytes":
        face["name"] = font_cache._Name(b"A" * 5_000_000)
    state = {name: font_cache._encoded(value) for name, value in face.items()}
    record = {**record, "face": state, "digest": font_cache._digest(state)}
    metrics.write_bytes(magic + json.dumps(record, separators=(",", ":")).encode())


DAMAGES = [
    "every-width-zero",
    "a-width-of-the-largest-metric",
    "zero-and-one-swapped",
    "a-name-of-five-megabytes",
]


@pytest.mark.parametrize("damage", DAMAGES)
def test_f1_a_kept_font_with_other_widths_or_glyphs_is_parsed_again(
    tmp_path: Path, damage: str
) -> None:
    """A kept font is read as untrusted (the data folder can come from a stick), and the
    font used should be reportlab's own parse of the font. A kept Noto Sans whose widths
    are all zero (each a number within its bounds, the digest written again) is used as it
    is: every letter's characters are drawn on top of each other, a black smudge at the
    start of each line, on every fax and every printed letter of the evening, with no
    warning. Swapping the glyphs of "0" and "1" prints 1 where the volunteer typed 0 (a
    date, a case number), while the text copied from the PDF still reads 0. A font name of
    5 MB is written into every PDF made with the font, three times over: a letter of 16 KB
    became a PDF of 10 MB."""
    from reportlab.pdfbase.ttfonts import TTFont

    from uawriter.bundled import font_path
    from uawriter.rendering import font_cache

    path = font_path("NotoSans-Regular.ttf")
    font_cache.keep_fonts_in(tmp_path)
    try:
        font_cache.load_font("Kept", path)
        _kept_font_not_the_fonts_own(tmp_path / "NotoSans-Regular.ttf.metrics", damage)
        font = font_cache.load_font("Kept", path)
    finally:
        font_cache.keep_fonts_in(None)
    parsed = TTFont("Parsed", str(path))
    assert font.face.charWidths == parsed.face.charWidths
    assert font.face.charToGlyph == parsed.face.charToGlyph
    assert font.face.name == parsed.face.name
    assert font.stringWidth("Hola 2011", 12) == parsed.stringWidth("Hola 2011", 12)


def test_f1_an_export_from_a_folder_with_such_a_kept_font_is_the_same_letter(
    tmp_path: Path,
) -> None:
    """The same letter exported with ``--invariant`` gives the same bytes whether the font
    was parsed or read back (the control below). With a kept font whose widths are all
    zero, the PDF written is another one: its text is drawn with no advance, one character
    on top of the other, and the volunteer's letter cannot be read on paper."""
    data = tmp_path / "data"
    args = ("export", "--pack", TRAINING_ID, "--lang", "es", "--channel", "post")
    args += ("--date", "2026-12-01", "--invariant", "--combined")
    first = run_uawriter(data, *args, str(tmp_path / "first.pdf"), timeout=60)
    assert first.returncode == 0, first.stderr
    metrics = data / "fonts" / "NotoSans-Regular.ttf.metrics"
    assert metrics.is_file(), "test setup: no kept font"
    control = run_uawriter(data, *args, str(tmp_path / "control.pdf"), timeout=60)
    assert control.returncode == 0, control.stderr
    genuine = (tmp_path / "first.pdf").read_bytes()
    assert (tmp_path / "control.pdf").read_bytes() == genuine, "test setup: not invariant"
    _kept_font_not_the_fonts_own(metrics, "every-width-zero")
    again = run_uawriter(data, *args, str(tmp_path / "again.pdf"), timeout=60)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.pdf").read_bytes() == genuine


# ------------------ F2: soft hyphens in a paragraph with a Chinese or Japanese character


def _first_page(tmp_path: Path, name: str, lang: str, text: str) -> Image.Image:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf.render_pdf([OutgoingLetter(lang, "X", text)], invariant=True))
    (page, *_rest) = render_png(path, tmp_path / name, dpi=72)
    with Image.open(page) as image:
        return image.convert("L")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Die Men\u00adschen\u00adrechte in 中国 sind wichtig."),
        ("zh", "人权 Men\u00adschen\u00adrechte"),
        ("kk", "Құрметті Нұр\u00adсұл\u00adтан мырза, 习近平"),
    ],
)
def test_f2_a_soft_hyphen_beside_a_chinese_character_prints_nothing_mid_line(
    tmp_path: Path, lang: str, line: str
) -> None:
    """A letter template, or a volunteer's words pasted from a word processor, carry soft
    hyphens (the pack's own texts drop theirs; a template and the words typed in the window
    keep them). They are meant as places a long word may break, and in a German letter
    they print as nothing;
    but when the paragraph also names a place or a person in Chinese, or the letter is in
    Chinese or Japanese, every one prints as a hyphen in the middle of the line: the letter
    reads "Men-schen-rechte" on paper and on the fax. The page should look the same as
    with the soft hyphens left out."""
    control = _first_page(tmp_path, "control", "de", "Die Men\u00adschen\u00adrechte.\n")
    plain = _first_page(tmp_path, "control-plain", "de", "Die Menschenrechte.\n")
    assert ImageChops.difference(control, plain).getbbox() is None, "test setup"
    shown = _first_page(tmp_path, "shown", lang, line + "\n")
    without = _first_page(tmp_path, "without", lang, line.replace("\u00ad", "") + "\n")
    assert ImageChops.difference(shown, without).getbbox() is None

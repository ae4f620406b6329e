"""Fax-ready PDFs, read back with pypdf and looked at as pixels with pdftoppm."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from helpers import KAZAKH_LETTERS, SEED_ID, TRAINING_ID, normalise, pdf_pages_text, render_png
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose, render_letters
from uawriter.exporting import export_separately
from uawriter.rendering import Paper
from uawriter.rendering.labels import labels_for
from uawriter.rendering.pdf import MIN_MARGIN

DATE = dt.date(2026, 11, 27)
MM = 72 / 25.4


def _letters(pack: Pack, lang: str, sender: Sender, as_fax: bool = True) -> list[Letter]:
    return [
        Letter(pack, a, lang, compose(pack, a.id, lang, sender, DATE), as_fax)
        for a in pack.addressees
    ]


def _furniture_free(pages: list[str], lang: str, name: str, total: int) -> str:
    """The pages' text without "Page n of N" and the continuation header."""
    labels = labels_for(lang)
    text = "\n".join(pages)
    for n in range(1, total + 1):
        text = text.replace(labels["page_of"].format(page=n, total=total), "")
    return text.replace(labels["continued"].format(name=name), "")


@pytest.mark.parametrize("lang", ["kk", "ru", "en", "es", "fr", "de"])
def test_seed_exports_one_fax_per_addressee(
    packs: dict[str, Pack], sender: Sender, tmp_path: Path, lang: str
) -> None:
    pack = packs[SEED_ID]
    letters = _letters(pack, lang, sender)
    files = export_separately(letters, tmp_path, sender, DATE)
    assert len(files) == 3
    labels = labels_for(lang)
    for letter, path in zip(letters, files, strict=True):
        pages = pdf_pages_text(path)
        addressee = letter.addressee
        cover = normalise(pages[0])
        # the cover sheet: who to, which fax, from whom, how many pages, about what
        assert normalise(labels["fax"]) in cover
        assert addressee.display_name in cover
        assert addressee.fax in cover
        assert "Aigerim N." in cover
        assert "aigerim@example.org" in cover
        total_line = labels["pages_value"].format(total=len(pages))
        assert normalise(total_line) in cover, (total_line, cover)
        assert "129/10" in cover
        assert pack.action.title.get(lang)[:30] in cover
        # the letter: salutation, name, address, every line of the text, intact
        body = normalise(_furniture_free(pages[1:], lang, addressee.display_name, len(pages)))
        assert addressee.salutation.get(lang) in body
        for line in addressee.postal_lines:
            assert line in body
        assert normalise(letter.text) in body
        # every page says where it is in this fax
        for n, page in enumerate(pages, start=1):
            assert labels["page_of"].format(page=n, total=len(pages)) in page
        if lang == "kk":
            typed = {c for c in letter.text if c in KAZAKH_LETTERS}
            read_back = {c for c in "".join(pages) if c in KAZAKH_LETTERS}
            assert typed <= read_back
            assert len(typed) >= 10


def _colour_operations(pdf: bytes) -> set[tuple[str, tuple[float, ...]]]:
    reader = PdfReader(io.BytesIO(pdf))
    seen: set[tuple[str, tuple[float, ...]]] = set()
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        for operands, operator in content.operations:
            op = operator.decode()
            if op in {"rg", "RG", "g", "G", "k", "K", "sc", "SC", "scn", "SCN", "cs", "CS"}:
                seen.add((op, tuple(float(x) for x in operands if not hasattr(x, "keys"))))
    return seen


def test_only_pure_black_is_used(packs: dict[str, Pack], sender: Sender) -> None:
    pdf = render_letters(_letters(packs[SEED_ID], "kk", sender), sender, DATE)
    operations = _colour_operations(pdf)
    assert operations, "no colour set at all: the check would prove nothing"
    black = {("rg", (0.0, 0.0, 0.0)), ("RG", (0.0, 0.0, 0.0)), ("g", (0.0,)), ("G", (0.0,))}
    assert operations <= black, operations - black


def test_fonts_are_bundled_truetype_and_embedded(packs: dict[str, Pack], sender: Sender) -> None:
    pdf = render_letters(_letters(packs[SEED_ID], "kk", sender), sender, DATE)
    reader = PdfReader(io.BytesIO(pdf))
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = bool(
                descriptor is not None and "/FontFile2" in descriptor.get_object()
            )
    assert fonts
    assert all(fonts.values()), fonts
    assert all("NotoSans" in name or "UAWriter" in name for name in fonts), fonts


def _ink_box(png: Path) -> tuple[int, int, int, int, int, int]:
    """(left, top, right, bottom) of all non-white pixels, and the image size."""
    from PIL import Image

    image = Image.open(png).convert("L")
    inverted = image.point(lambda v: 255 if v < 250 else 0)
    box = inverted.getbbox()
    assert box is not None, f"{png} is blank"
    return (*box, image.width, image.height)


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_nothing_printed_within_20mm_of_an_edge(
    packs: dict[str, Pack], sender: Sender, tmp_path: Path, paper: Paper
) -> None:
    letters = _letters(packs[SEED_ID], "ru", sender)[:1]
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render_letters(letters, sender, DATE, paper))
    reader = PdfReader(pdf)
    width, height = (float(x) for x in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == ((595, 842) if paper is Paper.A4 else (612, 792))
    dpi = 72
    pages = render_png(pdf, tmp_path / "page", dpi=dpi)
    assert len(pages) == len(reader.pages) >= 3
    margin_px = MIN_MARGIN * dpi / 72  # points to pixels
    for png in pages:
        left, top, right, bottom, w, h = _ink_box(png)
        assert left >= margin_px, (png.name, "left", left)
        assert top >= margin_px, (png.name, "top", top)
        assert w - right >= margin_px, (png.name, "right", w - right)
        assert h - bottom >= margin_px, (png.name, "bottom", h - bottom)


def test_typed_text_reaches_the_pdf_literally(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    long_word = "Ә" + "x" * 298 + "Ω"
    typed = (
        "Tom & Jerry <b>not bold</b> <i> 5 < 6 > 4 &amp;\n"
        "\"double\" 'single' «ёлочки» „low“ — dash\n"
        "Thank you 🙏 ✊🏽 for reading 👍\n"
        "\n"
        "\n"
        f"{long_word}\n"
        "    four spaces in front, two  inside\n"
    )
    letter = Letter(pack, pack.addressees[0], "en", typed, as_fax=False)
    pdf = render_letters([letter], Sender(), DATE)
    text = "\n".join(pdf_pages_text(pdf))
    flat = normalise(text)
    for piece in [
        "Tom & Jerry <b>not bold</b> <i> 5 < 6 > 4 &amp;",
        "\"double\" 'single' «ёлочки» „low“ — dash",
        "Thank you 🙏",
        "for reading 👍",
    ]:
        assert piece in flat, piece
    assert long_word in re.sub(r"\s+", "", text)
    assert "    four spaces in front, two  inside" in text.replace("\u00a0", " ")


def _line_positions(pdf: bytes) -> dict[str, float]:
    reader = PdfReader(io.BytesIO(pdf))
    positions: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            positions.setdefault(text.strip(), tm[5] * cm[3] + cm[5])

    reader.pages[0].extract_text(visitor_text=visit)
    return positions


def test_empty_lines_are_kept_as_space(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    one = render_letters([Letter(pack, pack.addressees[0], "en", "A\nB\n", False)], Sender(), DATE)
    three = render_letters(
        [Letter(pack, pack.addressees[0], "en", "A\n\n\nB\n", False)], Sender(), DATE
    )
    gap_one = _line_positions(one)["A"] - _line_positions(one)["B"]
    gap_three = _line_positions(three)["A"] - _line_positions(three)["B"]
    assert gap_one > 0
    assert gap_three == pytest.approx(3 * gap_one, rel=0.01)


def test_long_letter_flows_on_with_the_addressee_in_a_header(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    addressee = pack.addressee("prosecutor-general")
    text = "\n\n".join(f"Paragraph {i}: " + "word " * 60 for i in range(40))
    pdf = render_letters([Letter(pack, addressee, "en", text, True)], Sender("Sam"), DATE)
    pages = pdf_pages_text(pdf)
    assert len(pages) >= 5
    header = labels_for("en")["continued"].format(name=addressee.display_name)
    assert header not in pages[0]  # the cover sheet
    assert header not in pages[1]  # the first page of the letter
    for page in pages[2:]:
        assert header in page
    assert f"{len(pages)} (including this cover sheet)" in pages[0]


def test_postal_letters_have_no_cover_sheet(packs: dict[str, Pack], sender: Sender) -> None:
    letters = _letters(packs[SEED_ID], "en", sender, as_fax=False)[:1]
    pages = pdf_pages_text(render_letters(letters, sender, DATE))
    assert "FAX" not in pages[0]
    assert pages[0].lstrip().startswith("Aigerim N.")
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_addressee_without_fax_gets_a_postal_letter(packs: dict[str, Pack]) -> None:
    letters = _letters(packs[TRAINING_ID], "es", Sender("Lucía"), as_fax=True)
    assert not letters[0].can_fax
    pages = pdf_pages_text(render_letters(letters, Sender("Lucía"), DATE))
    assert "FAX" not in pages[0]
    assert "Estimada Señora Ministra" in pages[0]


def test_combined_file_numbers_each_fax_on_its_own(packs: dict[str, Pack], sender: Sender) -> None:
    letters = _letters(packs[SEED_ID], "en", sender)
    singles = [len(pdf_pages_text(render_letters([x], sender, DATE))) for x in letters]
    pages = pdf_pages_text(render_letters(letters, sender, DATE))
    assert len(pages) == sum(singles)
    firsts = [p for p in pages if "Page 1 of" in p]
    assert len(firsts) == 3
    for letter, count in zip(letters, singles, strict=True):
        assert any(
            f"{count} (including this cover sheet)" in p and letter.addressee.fax in p
            for p in pages
        )


def test_invariant_output_is_byte_identical(packs: dict[str, Pack], sender: Sender) -> None:
    letters = _letters(packs[SEED_ID], "kk", sender)
    first = render_letters(letters, sender, DATE, invariant=True)
    second = render_letters(letters, sender, DATE, invariant=True)
    other = render_letters(letters, Sender("Someone else"), DATE, invariant=True)
    assert first == second
    assert first != other


def test_a_cover_sheet_with_huge_values_stays_one_page(tmp_path: Path) -> None:
    """A 6,400-character title, a 4,200-character name, a 1,500-character sender and 60
    address lines: the cover sheet shows the start of each on one page (reportlab gave up
    with LayoutError on every fax before); the letter after it keeps every word
    (issue 12, item 3). A pack's fields now have lengths of their own (a title 300
    characters, a name 1,000): the pack here is at those; the sender typed in the window
    is as long as before."""
    from helpers import copy_bundled_pack, edit_manifest
    from uawriter.engine import check_pack_folder

    folder = copy_bundled_pack(SEED_ID, tmp_path / "packs")
    long_title = "Ethnic Uzbeks at risk " * 13  # 286 characters
    long_name = "Ashat " * 166  # 996 characters
    edit_manifest(
        folder, 'en = "Ethnic Uzbeks at risk of torture if returned"', f'en = "{long_title}"'
    )
    edit_manifest(folder, 'name = "Mr Ashat Daulbayev"', f'name = "{long_name}"')
    pack = check_pack_folder(folder)
    assert isinstance(pack, Pack), getattr(pack, "problems", None)
    sender = Sender("N" * 1500, tuple(f"Line {n}" for n in range(60)), "a@example.org")
    prosecutor = next(a for a in pack.addressees if a.name.startswith("Ashat"))
    letter = Letter(pack, prosecutor, "en", compose(pack, prosecutor.id, "en", sender, DATE), True)
    (path,) = export_separately([letter], tmp_path / "out", sender, DATE)
    pages = pdf_pages_text(path)
    cover = normalise(pages[0])
    assert "…" in cover
    assert "Line 3" in cover
    assert "Line 4" not in cover  # five contact lines at most, the last one "…"
    assert normalise(labels_for("en")["pages_value"].format(total=len(pages))) in cover
    letter_text = normalise(" ".join(pages[1:]))
    assert letter_text.count("Ashat") >= 166  # the letter itself keeps the whole name


def test_the_shipped_font_coverage_is_current() -> None:
    """resources/fonts/coverage.json says which characters each bundled font has, so an
    export need not parse every font (scripts/font-coverage writes it)."""
    import json

    from uawriter.bundled import font_path
    from uawriter.rendering.fonts import COVERAGE_FILE, compute_coverage

    shipped = json.loads(font_path(COVERAGE_FILE).read_text(encoding="utf-8"))
    assert shipped == compute_coverage(), "run scripts/font-coverage"


def test_an_english_letter_parses_only_the_fonts_it_uses() -> None:
    """The fallback fonts (Arabic, Hebrew, CJK, emoji) are read when a character needs
    them, not at every export: checked in a fresh interpreter."""
    import subprocess
    import sys

    code = (
        "import datetime as dt\n"
        "from pathlib import Path\n"
        "from uawriter.engine import load_catalog, compose, Letter, render_letters\n"
        "from uawriter.paths import AppPaths\n"
        "from uawriter.domain.model import Sender\n"
        "from uawriter.rendering import fonts\n"
        "pack = [p for p in load_catalog(AppPaths(Path('/nonexistent'))).packs"
        " if p.id == 'ua-129-10-u3'][0]\n"
        "a = pack.addressees[0]\n"
        "for lang in ('en', 'kk', 'ar'):\n"
        "    text = compose(pack, a, lang, Sender('A'), dt.date(2011, 7, 1))\n"
        "    letter = Letter(pack, a, lang, text, True)\n"
        "    render_letters([letter], Sender('A'), dt.date(2011, 7, 1))\n"
        "    print(lang, sorted(fonts._registered))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "en ['UAWriter-Sans', 'UAWriter-Sans-Bold']"
    assert out[1] == "kk ['UAWriter-Sans', 'UAWriter-Sans-Bold']"  # Cyrillic is in Noto Sans
    assert "UAWriter-Arabic" in out[2]
    assert "UAWriter-CJK" not in out[2]

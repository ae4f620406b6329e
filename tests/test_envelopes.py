"""Envelope addresses in the destination country's order, and the PDFs of envelopes and
label sheets, read back as text with positions (poppler) and as pixels."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from helpers import SEED_ID, PdfWord, official, pdf_words, poppler_text
from uawriter.bundled import bundled_packs_folder
from uawriter.channels.postal import EnvelopeAddress, envelope_address
from uawriter.domain.model import Addressee, Pack
from uawriter.packs.loader import load_pack
from uawriter.rendering.envelopes import render_envelopes, render_labels

MM = 72 / 25.4
SENDER = ("Aigerim N.", "12 Abay Avenue", "Almaty 050000", "KAZAKHSTAN")


def addressee(
    name: str,
    organisation: str,
    address: tuple[str, ...],
    country: str,
    title: str = "",
) -> Addressee:
    return official(
        address,
        country,
        title=title,
        name=name,
        organisation=organisation,
        salutation="Dear Sir or Madam",
    )


GERMAN = addressee(
    "Nancy Faeser",
    "Bundesministerium des Innern",
    ("Alt-Moabit 140", "10557 Berlin"),
    "Deutschland",
)
RUSSIAN = addressee(
    "Игорь Краснов",
    "Генеральная прокуратура Российской Федерации",
    ("ул. Большая Дмитровка, 15а", "Москва, 125993"),
    "Russian Federation",
)


@pytest.fixture(scope="module")
def seed_pack() -> Pack:
    pack = load_pack(bundled_packs_folder() / SEED_ID, bundled=True)
    assert isinstance(pack, Pack), pack
    return pack


# --- the address block, per format family -----------------------------------------------


def test_germany_puts_postcode_before_town_and_leaves_the_country_off_at_home() -> None:
    abroad = envelope_address(GERMAN, from_country="GB")
    assert abroad.lines == (
        "Nancy Faeser",
        "Bundesministerium des Innern",
        "Alt-Moabit 140",
        "10557 BERLIN",
        "GERMANY",
    )
    assert abroad.country_code == "DE"
    assert abroad.abroad
    at_home = envelope_address(GERMAN, from_country="DE")
    assert at_home.lines == abroad.lines[:-1]
    assert not at_home.abroad


def test_united_states_town_state_and_zip_on_one_line() -> None:
    justice = addressee(
        "Merrick Garland",
        "US Department of Justice",
        ("950 Pennsylvania Avenue, NW", "Washington, DC 20530-0001"),
        "USA",
        title="Attorney General",
    )
    assert envelope_address(justice, "KZ").lines == (
        "Merrick Garland",
        "Attorney General",
        "US Department of Justice",
        "950 Pennsylvania Avenue, NW",
        "WASHINGTON, DC 20530-0001",
        "UNITED STATES",
    )


def test_russia_in_cyrillic_ends_with_postcode_then_country() -> None:
    assert envelope_address(RUSSIAN, "DE").lines == (
        "Игорь Краснов",
        "Генеральная прокуратура Российской Федерации",
        "ул. Большая Дмитровка, 15а",
        "МОСКВА",
        "125993",
        "RUSSIAN FEDERATION",
    )


def test_kazakhstan_from_the_seed_pack_starts_with_the_postcode(seed_pack: Pack) -> None:
    """The pack prints "Astana 01000", a five-digit code of the old system: still found."""
    prosecutor = seed_pack.addressee("prosecutor-general")
    result = envelope_address(prosecutor, "DE")
    assert result.lines == (
        "01000",
        "ASTANA",
        "8, Orynbor St., House of Ministries",
        "Entrance No.2",
        "Mr Ashat Daulbayev",
        "Prosecutor General of Kazakhstan",
        "KAZAKHSTAN",
    )
    president = envelope_address(seed_pack.addressee("president"), "KZ")
    assert president.lines == (
        "01000",
        "ASTANA",
        "Levoberezhe Street",
        "Presidential Administration",
        "Nursultan Nazarbaev",
        "President of Kazakhstan",
    )
    assert not president.abroad


def test_japan_native_order_in_japanese_and_latin_order_in_latin_letters() -> None:
    native = addressee("上川陽子", "法務省", ("東京都千代田区霞が関1-1-1", "〒100-8977"), "Japan")
    assert envelope_address(native, "GB").lines == (
        "〒100-8977",
        "東京都千代田区霞が関1-1-1",
        "法務省",
        "上川陽子",
        "JAPAN",
    )
    latin = addressee(
        "Kamikawa Yoko",
        "Ministry of Justice",
        ("1-1-1 Kasumigaseki, Chiyoda-ku", "Tokyo 100-8977"),
        "Japan",
    )
    lines = envelope_address(latin, "GB").lines
    assert lines[0] == "Kamikawa Yoko"
    assert lines[-2:] == ("100-8977", "JAPAN")
    assert "Tokyo" in lines  # the format has no town field: kept with the street


def test_unknown_country_keeps_every_line_as_given() -> None:
    unknown = addressee(
        "Minister", "Office", ("Palace Road 1", "Block C", "Cair Paravel 1234"), "Narnia"
    )
    result = envelope_address(unknown, "GB")
    assert result.lines == (
        "Minister",
        "Office",
        "Palace Road 1",
        "Block C",
        "Cair Paravel 1234",
        "Narnia",
    )
    assert result.country_code == ""


def test_lines_without_a_postcode_are_kept_and_the_country_is_not_repeated() -> None:
    odd = addressee(
        "Minister",
        "Minister",
        ("House of Government", "Main Square", "Germany"),
        "Germany",
        title="Minister",
    )
    assert envelope_address(odd, "FR").lines == (
        "Minister",
        "House of Government",
        "Main Square",
        "GERMANY",
    )


# --- reading PDFs back ------------------------------------------------------------------


def _assert_in_order(text: str, lines: tuple[str, ...]) -> None:
    positions = [text.find(line) for line in lines]
    assert -1 not in positions, (lines, text)
    assert positions == sorted(positions), (lines, text)


# --- envelopes --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def three_envelopes(seed_pack: Pack) -> list[EnvelopeAddress]:
    return [
        envelope_address(GERMAN, "GB"),
        envelope_address(RUSSIAN, "GB"),
        envelope_address(seed_pack.addressee("prosecutor-general"), "KZ"),
    ]


@pytest.mark.parametrize(
    ("size", "width_mm", "height_mm"),
    [("dl", 220, 110), ("c5", 229, 162), ("us10", 241.3, 104.775)],
)
def test_envelopes_one_landscape_page_each_with_the_address_in_order(
    size: str,
    width_mm: float,
    height_mm: float,
    three_envelopes: list[EnvelopeAddress],
    tmp_path: Path,
) -> None:
    pdf = render_envelopes(three_envelopes, size, SENDER)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width_mm * MM, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(height_mm * MM, abs=0.1)
    pages = poppler_text(pdf, "-layout").split("\f")
    for text, address in zip(pages, three_envelopes, strict=False):
        _assert_in_order(text, address.lines)
        _assert_in_order(text, SENDER)
        assert ("PAR AVION" in text) is address.abroad
        assert ("BY AIR MAIL" in text) is address.abroad
    assert pages[0].rstrip().endswith("GERMANY")
    assert pages[1].rstrip().endswith("RUSSIAN FEDERATION")


@pytest.mark.parametrize(
    ("size", "width_mm", "height_mm"),
    [("dl", 220, 110), ("c5", 229, 162), ("us10", 241.3, 104.775)],
)
def test_envelope_address_block_is_in_the_lower_right_below_the_airmail_mark(
    size: str, width_mm: float, height_mm: float, tmp_path: Path
) -> None:
    long_street = addressee(
        "Nancy Faeser",
        "Bundesministerium des Innern",
        ("Alt-Moabit 140, Eingang Nord, Gebäude B, Zimmer 1234, Poststelle", "10557 Berlin"),
        "Deutschland",
    )
    pdf = render_envelopes([envelope_address(long_street, "GB")], size, SENDER)
    words = {word.text: word for word in pdf_words(pdf)}
    name, country = words["Nancy"], words["GERMANY"]
    assert name.left >= width_mm * MM * 0.4  # right half, away from the sender
    assert name.top >= height_mm * MM * 0.4
    assert country.bottom <= (height_mm - 15) * MM  # the bottom 15 mm stay free for barcodes
    assert words["Poststelle"].right <= (width_mm - 15) * MM
    assert words["Aigerim"].left < 15 * MM
    assert words["Aigerim"].top < 15 * MM
    mark = words["AVION"]
    assert mark.right <= (width_mm - 8) * MM
    assert mark.top >= 30 * MM  # below the stamp's corner
    assert words["MAIL"].bottom < name.top  # the airmail box sits above the address block
    if size == "dl":  # where a DL envelope's window is
        assert 90 * MM <= name.left <= 100 * MM
        assert 45 * MM <= name.top <= 52 * MM


def test_envelope_leaves_the_stamp_corner_blank_and_prints_the_address(
    three_envelopes: list[EnvelopeAddress], tmp_path: Path
) -> None:
    """As pixels: nothing in the stamp's corner, ink where the address goes."""
    path = tmp_path / "dl.pdf"
    path.write_bytes(render_envelopes(three_envelopes[1:2], "dl", SENDER))
    subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", "-png", str(path), str(tmp_path / "dl")], check=True
    )
    image = Image.open(tmp_path / "dl-1.png").convert("L")
    px = 40 / 25.4  # pixels per millimetre
    stamp = image.crop((int(175 * px), 0, image.width, int(32 * px)))
    address = image.crop((int(95 * px), int(47 * px), image.width, int(95 * px)))
    assert stamp.getextrema()[0] > 200, "ink in the stamp's corner"
    assert address.getextrema()[0] < 100, "no address printed"


def test_envelopes_use_the_bundled_fonts_and_carry_title_and_author(
    three_envelopes: list[EnvelopeAddress],
) -> None:
    pdf = render_envelopes(three_envelopes, "c5", SENDER)
    assert b"Helvetica" not in pdf
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.title == "Envelopes (C5)"
    assert metadata.author == "Aigerim N."
    assert render_envelopes(three_envelopes, "c5", SENDER) == pdf  # deterministic


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a: render_envelopes(a, "b4", SENDER), "unknown envelope size 'b4'"),
        (lambda a: render_labels(a, "l7163"), "unknown label sheet 'l7163'"),
        (lambda a: render_envelopes([], "dl", SENDER), "no addresses"),
        (lambda a: render_labels([], "5160"), "no addresses"),
    ],
)
def test_unknown_sizes_and_empty_lists_are_refused(
    call: object, message: str, three_envelopes: list[EnvelopeAddress]
) -> None:
    assert callable(call)
    with pytest.raises(ValueError, match=re.escape(message)):
        call(three_envelopes)


# --- label sheets -----------------------------------------------------------------------


def _numbered(count: int) -> list[EnvelopeAddress]:
    return [
        envelope_address(
            addressee(
                f"Person{index:02d}",
                "Ministry of Justice",
                (f"Street {index}", "10557 Berlin"),
                "Germany",
            ),
            "GB",
        )
        for index in range(count)
    ]


#: The sheets as their makers give them, in points: columns, rows, label width and height,
#: top and side margins, horizontal and vertical pitch. Written out here, not read from the
#: renderer, so a wrong grid there cannot pass.
SHEETS = {
    "l7160": (3, 7, 63.5 * MM, 38.1 * MM, 15.15 * MM, 7.25 * MM, 66.04 * MM, 38.1 * MM),
    "5160": (3, 10, 2.625 * 72, 72.0, 0.5 * 72, 0.1875 * 72, 2.75 * 72, 72.0),
}


def _label_boxes(sheet: str, count: int) -> list[tuple[int, float, float, float, float]]:
    """(page, left, top, right, bottom) of each label, row by row, from the page's top left."""
    columns, rows, width, height, top_margin, side_margin, pitch_x, pitch_y = SHEETS[sheet]
    boxes = []
    for index in range(count):
        page, place = divmod(index, columns * rows)
        row, column = divmod(place, columns)
        left = side_margin + column * pitch_x
        top = top_margin + row * pitch_y
        boxes.append((page, left, top, left + width, top + height))
    return boxes


def _inside(word: PdfWord, box: tuple[int, float, float, float, float], slack: float = 0.5) -> bool:
    page, left, top, right, bottom = box
    return (
        word.page == page
        and word.left >= left - slack
        and word.right <= right + slack
        and word.top >= top - slack
        and word.bottom <= bottom + slack
    )


@pytest.mark.parametrize(
    ("sheet", "count", "page_mm"),
    [("l7160", 22, (210, 297)), ("5160", 31, (215.9, 279.4))],
)
def test_labels_fill_sheets_row_by_row_each_address_in_its_own_label(
    sheet: str, count: int, page_mm: tuple[float, float], tmp_path: Path
) -> None:
    addresses = _numbered(count)
    pdf = render_labels(addresses, sheet, SENDER)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert float(reader.pages[0].mediabox.width) == pytest.approx(page_mm[0] * MM, abs=0.1)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(page_mm[1] * MM, abs=0.1)
    words = pdf_words(pdf)
    boxes = _label_boxes(sheet, count)
    for index, box in enumerate(boxes):
        names = {
            word.text for word in words if _inside(word, box) and word.text.startswith("Person")
        }
        assert names == {f"Person{index:02d}"}, (index, names)
        inside = [word.text for word in words if _inside(word, box)]
        assert inside.index("Aigerim") < inside.index(f"Person{index:02d}")
        assert inside[-1] == "GERMANY"
    assert all(any(_inside(word, box) for box in boxes) for word in words), "text between labels"


def test_long_and_many_lines_shrink_and_are_cut_within_the_label(tmp_path: Path) -> None:
    crowded = addressee(
        "Person00 " + "Verylongname " * 12,
        "Ministry of " + "Internal Affairs and Public Security " * 6,
        (*(f"Building {n}, Floor {n}, Room {n}" for n in range(10)), "Almaty 050000"),
        "Kazakhstan",
        title="Minister",
    )
    address = envelope_address(crowded, "GB")
    for sheet in SHEETS:
        pdf = render_labels([address, *_numbered(3)[1:]], sheet)
        words = pdf_words(pdf)
        box = _label_boxes(sheet, 1)[0]
        first_label = [word for word in words if word.page == 0 and word.top < box[4]]
        first_label = [word for word in first_label if word.left < box[3]]
        assert first_label, sheet
        assert all(_inside(word, box) for word in first_label), sheet
        text = " ".join(word.text for word in first_label)
        assert "…" in text
        assert "050000" in text
        assert text.endswith("KAZAKHSTAN")


def test_envelope_cuts_an_overlong_line_inside_the_paper(tmp_path: Path) -> None:
    long_line = addressee("Person00", "", ("Word " * 200, "10557 Berlin"), "Germany")
    pdf = render_envelopes([envelope_address(long_line, "GB")], "dl", ())
    words = [word for word in pdf_words(pdf) if word.top > 45 * MM]  # not the airmail box
    assert words
    texts = [word.text for word in words]
    assert texts[-3:] == ["10557", "BERLIN", "GERMANY"]
    assert any(text.endswith("…") for text in texts[:-3])  # the street, cut
    assert max(word.right for word in words) <= (220 - 15) * MM + 0.5
    assert max(word.bottom for word in words) <= (110 - 15) * MM + 0.5
    assert words[-1].text == "GERMANY"


# ------------------------------------------------------------------ the command line


@pytest.mark.parametrize(
    ("command", "choice", "size_mm", "pages"),
    [
        (("envelopes", "--size"), "dl", (220, 110), 3),
        (("envelopes", "--size"), "c5", (229, 162), 3),
        (("labels", "--sheet"), "l7160", (210, 297), 1),
    ],
)
def test_envelopes_and_labels_for_every_addressee_of_ua_129_10(
    tmp_path: Path, command: tuple[str, str], choice: str, size_mm: tuple[int, int], pages: int
) -> None:
    from test_cli import cli
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "data")
    target = tmp_path / f"{choice}.pdf"
    argv = [command[0], "--pack", SEED_ID, command[1], choice, "--from-country", "DE"]
    argv += ["--sender-name", "Aigerim Sadykova", "--sender-address", "Hauptstraße 1; Berlin"]
    outcome = cli(paths, *argv, "--out", str(target))
    assert outcome.code == 0, outcome.err
    assert outcome.out.strip() == str(target)
    reader = PdfReader(target)
    assert len(reader.pages) == pages
    width, height = (float(v) * 25.4 / 72 for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == size_mm
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for name in ("Nursultan Nazarbaev", "Mr Ashat Daulbayev", "Kanat Saudabaev"):
        assert name in text
    assert text.count("KAZAKHSTAN") == 3
    assert ("PAR AVION" in text) is (command[0] == "envelopes")
    # the file is never replaced without --overwrite
    again = cli(paths, *argv, "--out", str(target))
    assert again.code == 1
    assert "exists already" in again.err
    assert cli(paths, *argv, "--out", str(target), "--overwrite").code == 0


def test_labels_for_several_actions_and_chosen_addressees(tmp_path: Path) -> None:
    from test_cli import cli
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "data")
    target = tmp_path / "labels.pdf"
    argv = ["labels", "--pack", SEED_ID, "--pack", "training-valdoria", "--sheet", "5160"]
    outcome = cli(paths, *argv, "--to", "president,justice-minister", "--out", str(target))
    assert outcome.code == 0, outcome.err
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Nursultan Nazarbaev" in text
    assert "Elena Sartori" in text
    assert "Ashat Daulbayev" not in text
    unknown = cli(paths, *argv, "--to", "nobody", "--out", str(tmp_path / "x.pdf"))
    assert unknown.code == 2
    assert "no addressee nobody" in unknown.err
    assert not (tmp_path / "x.pdf").exists()


def test_an_address_of_many_lines_loses_none_on_an_envelope_or_a_label(tmp_path: Path) -> None:
    """Nine address lines with the name, title, organisation and country are thirteen: the
    envelope dropped "line 6" with no "…" and no word (probe 24B F1). The middle lines are
    now joined, so every line of the letter's address reaches the envelope."""
    many = addressee(
        "Ms X",
        "Ministry of Justice",
        tuple(f"line {n}" for n in range(9)),
        "Kazakhstan",
        title="Minister",
    )
    address = envelope_address(many, "DE")
    assert len(address.lines) > 12
    for pdf in (render_envelopes([address], "dl", SENDER), render_labels([address], "l7160")):
        text = " ".join(poppler_text(pdf).split())
        for n in range(9):
            assert f"line {n}" in text
        for part in ("Ms X", "Minister", "Ministry of Justice", "KAZAKHSTAN"):
            assert part in text

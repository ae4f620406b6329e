"""A pack's free-text country read as the right ISO code or as none (never a neighbour's),
and every country the app can read addressed on an envelope without a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, poppler_text, run_uawriter
from qt_helpers import ModalAnswers
from test_envelopes import addressee
from test_gui import find, open_window
from uawriter.channels.postal import envelope_address
from uawriter.domain.countries import _names, country_code_of
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.paths import AppPaths


def _user_pack(data: Path, pack_id: str) -> Path:
    """A copy of the seed pack as a user's pack ``pack_id``, to give odd countries."""
    folder = copy_bundled_pack(SEED_ID, AppPaths(data).user_packs, pack_id)
    edit_manifest(folder, f'id = "{SEED_ID}"', f'id = "{pack_id}"')
    return folder


# --- countries without Google's address data ---------------------------------------------


def test_every_country_that_can_be_read_has_an_envelope() -> None:
    for code in sorted(set(_names(True).values())):
        written = addressee("Official", "Office", ("Main Street 1", "Town"), code)
        result = envelope_address(written, "DE")
        assert result.country_code == code
        assert {"Official", "Office", "Main Street 1"} <= set(result.lines), code
        if code != "DE":
            assert result.abroad
            assert len(result.lines[-1]) > 2, code  # a country's name, not its code


@pytest.mark.parametrize(
    ("country", "address", "abroad_ends"),
    [
        (
            "Canary Islands",
            ("Calle Triana 1", "35002 Las Palmas de Gran Canaria"),
            ("35002 LAS PALMAS DE GRAN CANARIA", "CANARY ISLANDS", "SPAIN"),
        ),
        ("IC", ("C/ Castillo 5", "38001 Santa Cruz de Tenerife"), ("CANARY ISLANDS", "SPAIN")),
        ("Ceuta and Melilla", ("Plaza de África", "51001 Ceuta"), ("CEUTA & MELILLA", "SPAIN")),
        ("Diego Garcia", ("BBND 1ZZ",), ("DIEGO GARCIA", "BRITISH INDIAN OCEAN TERRITORY")),
        ("Sark", ("La Seigneurie", "Sark", "GY10 1SF"), ("GY10 1SF", "CHANNEL ISLANDS")),
        ("Clipperton Island", ("Atoll",), ("Atoll", "CLIPPERTON ISLAND")),
    ],
)
def test_territories_without_address_data_take_their_posts_order(
    country: str, address: tuple[str, ...], abroad_ends: tuple[str, ...]
) -> None:
    written = addressee("Official", "Office", address, country)
    abroad = envelope_address(written, "DE")
    assert abroad.abroad
    assert abroad.lines[-len(abroad_ends) :] == abroad_ends
    assert "PAR AVION" not in abroad.lines


def test_the_canary_islands_are_home_for_a_letter_posted_in_spain() -> None:
    written = addressee("Official", "Office", ("Calle Triana 1", "35002 Las Palmas"), "IC")
    at_home = envelope_address(written, "ES")
    assert not at_home.abroad
    assert at_home.lines[-1] == "35002 LAS PALMAS"


@pytest.mark.parametrize("command", ["envelopes", "labels"])
@pytest.mark.parametrize("country", ["Canary Islands", "Sark", "Diego Garcia", "EA", "CP"])
def test_envelopes_for_an_island_without_address_data_and_another_pack(
    tmp_path: Path, command: str, country: str
) -> None:
    data = tmp_path / "data"
    folder = _user_pack(data, "island")
    edit_manifest(
        folder,
        'address = ["Levoberezhe Street", "Astana 01000"]\ncountry = "KAZAKHSTAN"',
        f'address = ["Calle Triana 1", "35002 Las Palmas"]\ncountry = "{country}"',
    )
    out = tmp_path / "post.pdf"
    option = ["--size", "dl"] if command == "envelopes" else ["--sheet", "l7160"]
    done = run_uawriter(
        data, command, "--pack", "island", "--pack", SEED_ID, *option,
        "--from-country", "DE", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    text = poppler_text(out, "-layout")
    assert "Calle Triana 1" in text
    assert text.count("Nursultan Nazarbaev") == 2  # the island pack's and the seed's
    assert text.count("KAZAKHSTAN") >= 5  # the seed's three and the island pack's other two


def test_the_windows_envelopes_tab_lays_out_an_envelope_for_the_canary_islands(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    folder = _user_pack(data, "island")
    edit_manifest(folder, 'country = "KAZAKHSTAN"', 'country = "Canary Islands"')
    window = open_window(qtbot, data)
    window.choose_pack("island")
    pages: list[int] = []

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        home = find(dialog, QComboBox, "homeCountry")
        home.setCurrentIndex(home.findData("DE"))
        dialog.tabs.setCurrentWidget(dialog.envelopes_tab)
        qtbot.waitUntil(lambda: dialog.envelopes_tab.document.pageCount() > 0, timeout=30_000)
        pages.append(dialog.envelopes_tab.document.pageCount())
        dialog.reject()

    answers.expect("channelsDialog", use)
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["channelsDialog"], timeout=30_000)
    assert pages == [3]


# --- invisible characters ---------------------------------------------------------------


@pytest.mark.parametrize(
    "country",
    [
        "Ger\u200bmany",
        "\ufeffGermany",
        "Deutsch\u00adland",
        "\u200eDE",
        "D\u200dE",
        "Germany\u2060",
        # not formatting characters to Unicode, but they draw nothing (the twenty-first probe)
        "Ger\u034fmany",
        "Germany\ufe0f",
        "Ger\u3164many",
        "Ger\u2800many",
    ],
)
def test_an_invisible_character_in_the_country_does_not_hide_it(country: str) -> None:
    assert country_code_of(country) == "DE"
    at_home = envelope_address(addressee("Official", "Office", ("10557 Berlin",), country), "DE")
    assert (at_home.country_code, at_home.abroad) == ("DE", False)


def test_a_domestic_letter_with_a_zero_width_space_in_its_country_has_no_airmail_mark(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    folder = _user_pack(data, "home")
    edit_manifest(
        folder,
        'address = ["Levoberezhe Street", "Astana 01000"]\ncountry = "KAZAKHSTAN"',
        'address = ["Alt-Moabit 140", "10557 Berlin"]\ncountry = "Ger\\u200bmany"',
    )
    out = tmp_path / "env.pdf"
    done = run_uawriter(
        data, "envelopes", "--pack", "home", "--to", "president", "--size", "dl",
        "--from-country", "DE", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = poppler_text(out, "-layout")
    assert "10557 BERLIN" in text or "10557 Berlin" in text
    assert "PAR AVION" not in text
    assert "Ger" not in text  # no country line at home


# --- names as people and Urgent Actions write them --------------------------------------

NO_GUESS = ""


@pytest.mark.parametrize(
    ("written", "code"),
    [
        # the UN's and ISO's inverted forms, and everyday names, read as the state they name
        ("Korea, Democratic People's Republic of", "KP"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Korea (DPRK)", "KP"),
        ("DPRK", "KP"),
        ("North Korea", "KP"),
        ("Republic of Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("South Korea", "KR"),
        ("Democratic Republic of Congo", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("The Democratic Republic of the Congo", "CD"),
        ("Congo, Democratic Republic of the", "CD"),
        ("DR Congo", "CD"),
        ("DRC", "CD"),
        ("Congo (Republic of the)", "CG"),
        ("Republic of the Congo", "CG"),
        ("Northern Ireland", "GB"),
        ("Belfast, Northern Ireland", "GB"),
        ("New Jersey, USA", "US"),
        ("New Mexico, USA", "US"),
        ("Burma", "MM"),
        ("Myanmar", "MM"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("CÔTE D’IVOIRE", "CI"),
        ("Czech Republic", "CZ"),
        ("Swaziland", "SZ"),
        ("Eswatini", "SZ"),
        ("Macedonia", "MK"),
        ("USA", "US"),
        ("US", "US"),
        ("U.S.A.", "US"),
        ("United States of America", "US"),
        ("Kazakhstan", "KZ"),
        ("Republic of Kazakhstan", "KZ"),
        ("Russian Federation", "RU"),
        ("Iran", "IR"),
        ("Iran (Islamic Republic of)", "IR"),
        ("Viet Nam", "VN"),
        ("Syria", "SY"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Hong Kong SAR", "HK"),
        ("Hong Kong SAR, China", "HK"),
        ("Palestine (State of)", "PS"),
        ("State of Palestine", "PS"),
        ("Occupied Palestinian Territories", "PS"),
        ("Bolivia (Plurinational State of)", "BO"),
        ("Venezuela", "VE"),
        ("Saudi Arabia", "SA"),
        ("Kingdom of Saudi Arabia", "SA"),
        ("United Arab Emirates", "AE"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Great Britain", "GB"),
        ("England", "GB"),
        ("Republic of China", "TW"),
        ("Taiwan, Province of China", "TW"),
        ("Virgin Islands, U.S.", "VI"),
        ("St. Kitts and Nevis", "KN"),
        ("Papua New Guinea", "PG"),
        ("Equatorial Guinea", "GQ"),
        ("Niger", "NE"),
        ("Dominica", "DM"),
        ("Kasachstan", "KZ"),
        ("Казахстан", "KZ"),
        # a name that matches nothing whole is not guessed at
        ("Korea", NO_GUESS),  # North or South
        ("Turkish Republic of Northern Cyprus", NO_GUESS),  # not Cyprus
        ("Georgia, USA", NO_GUESS),  # the place is a country too
        ("Hong Kong (China)", NO_GUESS),
        ("New Jersey", NO_GUESS),  # not Jersey
        ("Republic of Valdoria", NO_GUESS),
        ("VALDORIA (fictional)", NO_GUESS),
        ("Greater Korea", NO_GUESS),
        ("Guinea Republic of Nowhere", NO_GUESS),
        ("XA", NO_GUESS),  # a pseudo-region, no place
        ("", NO_GUESS),
    ],
)
def test_real_world_country_names(written: str, code: str) -> None:
    assert country_code_of(written) == code


def test_envelopes_print_the_country_named_not_a_neighbour(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder = _user_pack(data, "names")
    for old, new in [
        ('"Levoberezhe Street", "Astana 01000"]\ncountry = "KAZAKHSTAN"',
         '"Jungsong-dong", "Pyongyang"]\ncountry = "Korea, Democratic People\'s Republic of"'),
        ('"Entrance No.2", "Astana 01000"]\ncountry = "KAZAKHSTAN"',
         '"Stormont House", "Belfast BT4 3SH"]\ncountry = "Northern Ireland"'),
        ('"35, No 1 Street", "Astana 01000"]\ncountry = "KAZAKHSTAN"',
         '"PO Box 001", "Trenton, NJ 08625"]\ncountry = "New Jersey, USA"'),
    ]:  # fmt: skip
        edit_manifest(folder, old, new)
    out = tmp_path / "env.pdf"
    done = run_uawriter(
        data, "envelopes", "--pack", "names", "--size", "dl", "--from-country", "DE",
        "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = [
        " ".join(page.split()) for page in poppler_text(out, "-layout").split("\f") if page.strip()
    ]
    assert pages[0].endswith("Pyongyang NORTH KOREA")
    assert pages[1].endswith("BELFAST BT4 3SH UNITED KINGDOM")
    assert pages[2].endswith("TRENTON, NJ 08625 UNITED STATES")
    text = " ".join(pages)
    for wrong in ("SOUTH KOREA", "IRELAND", "CHANNEL ISLANDS", "JERSEY"):
        assert wrong not in text.replace("NORTHERN IRELAND", "")


def test_a_number_written_nationally_is_dialled_in_the_country_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder = _user_pack(data, "names")
    edit_manifest(folder, 'country = "KAZAKHSTAN"', 'country = "Northern Ireland"')
    edit_manifest(folder, 'fax = "+7 7172 72 05 16"', 'fax = "028 9052 0700"')
    done = run_uawriter(data, "contacts", "--pack", "names", "--from-country", "DE")
    assert done.returncode == 0, done.stderr
    assert "fax      00 44 28 9052 0700" in done.stdout  # the UK's +44, not Ireland's +353


def test_a_country_that_cannot_be_read_is_printed_as_written_and_named_by_validate(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    folder = _user_pack(data, "names")
    edit_manifest(folder, 'country = "KAZAKHSTAN"', 'country = "Korea"')
    validate = run_uawriter(data, "validate", str(folder))
    assert validate.returncode == 0, validate.stderr
    [note] = [line for line in validate.stdout.splitlines() if line.startswith("note:")]
    assert note.startswith("note: names/pack.toml: addressees[0].country: 'Korea' of ")
    assert "Nursultan Nazarbaev" in note
    assert "'North Korea' (KP) or 'South Korea' (KR)" in note
    out = tmp_path / "env.pdf"
    done = run_uawriter(
        data, "envelopes", "--pack", "names", "--to", "president", "--size", "dl",
        "--from-country", "DE", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "addressees[0].country: 'Korea'" in done.stderr
    lines = [line.strip() for line in poppler_text(out, "-layout").splitlines() if line.strip()]
    assert lines[-1] == "Korea"  # as the pack wrote it
    edit_manifest(folder, 'country = "Korea"', 'country = "Georgia, USA"')
    validate = run_uawriter(data, "validate", str(folder))
    assert "'Georgia, USA' of " in validate.stdout
    assert "write the country alone" in validate.stdout

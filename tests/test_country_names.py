"""A pack's free-text country read as the right ISO code or as none (never a neighbour's),
and every country the app can read addressed on an envelope without a traceback."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, run_uawriter
from qt_helpers import ModalAnswers
from test_envelopes import addressee
from test_gui import find, open_window
from uawriter.channels.postal import envelope_address
from uawriter.domain.countries import _names, country_code_of
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.paths import AppPaths


def _pdftotext(pdf: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext missing: run scripts/system-deps"
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


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
    text = _pdftotext(out)
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
        qtbot.waitUntil(lambda: dialog.envelope_document.pageCount() > 0, timeout=30_000)
        pages.append(dialog.envelope_document.pageCount())
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
    text = _pdftotext(out)
    assert "10557 BERLIN" in text or "10557 Berlin" in text
    assert "PAR AVION" not in text
    assert "Ger" not in text  # no country line at home

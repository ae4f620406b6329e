"""Numbers as dialled from the volunteer's country (libphonenumber's rules), the
``contacts`` command, and a pack's number that cannot be dialled named as a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, copy_bundled_pack, edit_manifest
from test_cli import cli
from uawriter.domain.countries import country_code_of
from uawriter.domain.phone_numbers import home_country, read_number
from uawriter.engine import check_pack_folder, load_catalog
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths

PRESIDENT_FAX = "+7 7172 72 05 16"


@pytest.mark.parametrize(
    ("home", "dialled"),
    [
        ("DE", "00 7 7172 72 05 16"),
        ("US", "011 7 7172 72 05 16"),
        ("AU", "0011 7 7172 72 05 16"),
        ("KZ", "8 (7172) 72 05 16"),  # inside Kazakhstan: the trunk prefix, no country code
        ("", "+7 7172 72 05 16"),
    ],
)
def test_a_number_is_shown_as_dialled_from_home(home: str, dialled: str) -> None:
    number = read_number(PRESIDENT_FAX, home)
    assert number.valid
    assert number.dialled == dialled
    assert number.international == "+7 7172 72 05 16"


def test_numbers_written_other_ways_are_read_with_the_addressees_country() -> None:
    assert read_number("00 7 7172 50 25 34", "DE").dialled == "00 7 7172 50 25 34"
    assert read_number("8 7172 50 25 34", "DE", region="KZ").dialled == "00 7 7172 50 25 34"
    assert read_number("030 1234 5678", "FR", region="DE").dialled == "00 49 30 12345678"
    broken = read_number("+7 7172 50 25", "DE")  # two digits short
    assert not broken.valid
    assert broken.dialled == "+7 7172 50 25"
    assert not read_number("fax: ask the embassy", "DE").valid


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("KAZAKHSTAN", "KZ"),
        ("Kasachstan", "KZ"),
        ("Казахстан", "KZ"),
        ("Russian Federation", "RU"),
        ("CÔTE D’IVOIRE", "CI"),
        ("Estados Unidos", "US"),
        ("Россия", "RU"),
        ("Deutschland", "DE"),
        ("Allemagne", "DE"),
        ("Cote d'Ivoire", "CI"),
        ("kz", "KZ"),
        ("de", "DE"),
        ("USA", "US"),
        ("United States of America", "US"),
        ("Papua New Guinea", "PG"),  # not Guinea
        ("Republic of Kazakhstan", "KZ"),
        ("Valdoria", ""),
        ("Narnia", ""),
        ("", ""),
    ],
)
def test_countries_are_read_in_the_languages_of_the_packs(text: str, code: str) -> None:
    assert country_code_of(text) == code


@pytest.mark.parametrize(
    ("locale_name", "country"),
    [("de_DE.UTF-8", "DE"), ("en_US", "US"), ("kk_KZ.utf8", "KZ"), ("C", ""), ("en", "")],
)
def test_the_home_country_comes_from_the_locale(locale_name: str, country: str) -> None:
    assert home_country(locale_name) == country


def test_contacts_from_germany_dial_the_presidents_fax_with_00(app_paths: AppPaths) -> None:
    outcome = cli(app_paths, "contacts", "--pack", SEED_ID, "--from-country", "DE")
    assert outcome.code == 0, outcome.err
    blocks = outcome.out.split("\n\n")
    assert blocks[1].splitlines()[:2] == [
        "President of Kazakhstan, Nursultan Nazarbaev (appeal)",
        "  fax      00 7 7172 72 05 16  (+7 7172 72 05 16)",
    ]
    assert "  e-mail   procuror@nursat.kz" in blocks[2]
    assert "  e-mail   Gp-rk@prokuror.kz" in blocks[2]
    assert blocks[3].startswith("Minister of Foreign Affairs, Kanat Saudabaev (copy)")
    assert outcome.err == ""
    bad = cli(app_paths, "contacts", "--pack", SEED_ID, "--from-country", "XX")
    assert bad.code == 2
    assert "not a country code" in bad.err


def test_a_number_that_cannot_be_dialled_is_a_warning_naming_the_addressee(
    tmp_path: Path, app_paths: AppPaths
) -> None:
    folder = copy_bundled_pack(SEED_ID, app_paths.user_packs, "seed-copy")
    edit_manifest(folder, 'fax = "+7 7172 50 25 34"', 'fax = "+7 7172 50 25"')
    edit_manifest(folder, 'id = "ua-129-10-u3"', 'id = "seed-copy"')
    pack = check_pack_folder(folder)
    assert not isinstance(pack, BrokenPack)  # a warning, not a refusal
    [note] = pack.notes
    assert note.field == "addressees[1].fax"
    assert "Prosecutor General of Kazakhstan, Mr Ashat Daulbayev" in note.message
    assert "'+7 7172 50 25'" in note.message
    validate = cli(app_paths, "validate", str(folder))
    assert validate.code == 0
    assert "note:" in validate.out
    assert "Mr Ashat Daulbayev" in validate.out
    contacts = cli(app_paths, "contacts", "--pack", "seed-copy", "--from-country", "DE")
    assert "+7 7172 50 25  (not a number that can be dialled)" in contacts.out
    assert contacts.err.startswith("warning: ")
    assert "Mr Ashat Daulbayev" in contacts.err
    # the bundled pack's numbers are all good
    assert all(not p.notes for p in load_catalog(AppPaths(tmp_path / "none")).packs)


def test_the_window_shows_the_warning_with_the_action(qtbot: QtBot, tmp_path: Path) -> None:
    from test_gui import open_window

    data = tmp_path / "data"
    folder = copy_bundled_pack(SEED_ID, AppPaths(data).user_packs, "seed-copy")
    edit_manifest(folder, 'fax = "+7 7172 50 25 34"', 'fax = "+7 7172 50 25"')
    edit_manifest(folder, 'id = "ua-129-10-u3"', 'id = "seed-copy"')
    window = open_window(qtbot, data)
    window.choose_pack("seed-copy")
    details = window.details.toPlainText()
    assert "To check in this pack:" in details
    assert "'+7 7172 50 25' of Prosecutor General of Kazakhstan, Mr Ashat Daulbayev" in details
    window.choose_pack(SEED_ID)
    assert "To check in this pack:" not in window.details.toPlainText()

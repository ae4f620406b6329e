"""Probe 61: embassy lists and vCards read into the address book (CSV layouts and vCards as
Excel, Google Contacts, iPhone, Outlook and older phones export them), the postcode beside
the town as each country's post writes it, and the country a mission represents.

P61-F1   "Embassy of X in/to Y": the longest country name wins, so the host country Y is
         taken for the one represented ("Embassy of France in Germany" -> DE).
P61-F2   Missions of no country ("Delegation of the European Union to Ukraine", "Apostolic
         Nunciature in Germany") are given the host country.
P61-F3   Official names in other languages read as another country ("Embajada de los Estados
         Unidos Mexicanos" -> US, "Ambassade de la République démocratique du Congo" -> CG).
P61-F4   CSV: the "postcode town" line added from the Postcode/City columns is always postcode
         first, whatever the country ("SW1A 2AA London", "20007 Washington, DC").
P61-F5   CSV: a town line with a state or "Cedex" of three letters or more ("Canberra ACT",
         "Sydney NSW", "Paris Cedex 07") is not found, and the town is written twice.
P61-F6   CSV: a town line that already holds another postcode (a Postfach's "3000 Bern 15")
         gets the Postcode column's put in front of it: "3006 3000 Bern 15".
P61-F7   vCard: ADR's region goes on a line of its own after "postcode town", and the postcode
         always before the town: "20007 Washington" / "DC" (envelope: "DC" / "WASHINGTON,
         20007").
P61-F8   vCard 2.1: a comma in ADR's street (2.1 has no escape for it) splits the street into
         two lines ("Leontievsky per." / "18"), as ORG is no longer split.
P61-F9   vCard: a card with N but no FN (vCard 2.1 makes FN optional) loses the person's name.
P61-F10  vCard: of two ADRs the first is taken, a HOME one before the WORK;PREF one.
P61-F11  vCard: an address given only as LABEL is lost.
P61-F12  Envelope: a P.O. Box with no postcode (UAE) loses its number: "P.O. Box" / "Abu Dhabi".
P61-F13  Envelope: a one-line "street, postcode town" address, as the import itself writes it
         ("Tiergartenstraße 2, 10785 Berlin"), is printed "10785 TIERGARTENSTRASSE 2 BERLIN".
(F7-F11 are tested in test_vcard_addresses.py, F12 and F13 in test_envelope_addresses.py.)

P61-F14  CSV: a semicolon- or tab-separated list (German Excel's "CSV", Excel's "Unicode
         Text") whose last column is an address of several lines is refused: "the first line
         must name the columns", though it does.

Each was so on 0729bfb; F1-F6 and F14 are fixed here.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from uawriter.storage.address_book import Contact


def _read(path: Path) -> list[Contact]:
    """The contacts of ``path`` as the address book window reads them."""
    from uawriter.gui.address_book_dialog import _read_list

    return _read_list(path, path.suffix.casefold() == ".vcf")[0]


def _csv_file(tmp_path: Path, header: list[str], *rows: list[str], delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path / "embassies.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))  # Excel "CSV UTF-8"
    return path


def _one(path: Path) -> Contact:
    (contact,) = _read(path)
    return contact


# ------------------ F1-F3: the country a mission represents


@pytest.mark.parametrize(
    ("organisation", "represents"),
    [
        ("Embassy of France in Germany", "FR"),
        ("Embassy of Switzerland to the United States of America", "CH"),
        ("High Commission of Canada in the United Kingdom", "CA"),
        ("Embassy of Japan in the Republic of Korea", "JP"),
        ("Embassy of Ukraine to the Islamic Republic of Iran", "UA"),
        ("Embajada de España en Alemania", "ES"),
        ("Ambassade de Suisse au Canada", "CH"),
        ("Embassy of Austria in Australia", "AT"),
    ],
)
def test_the_mission_represents_the_country_it_is_of_not_the_host(
    tmp_path: Path, organisation: str, represents: str
) -> None:
    path = _csv_file(tmp_path, ["title", "organisation"], ["Ambassador", organisation])
    assert _one(path).represents == represents


@pytest.mark.parametrize(
    "organisation",
    ["Delegation of the European Union to Ukraine", "Apostolic Nunciature in Germany"],
)
def test_a_mission_of_no_country_is_not_given_the_host_country(
    tmp_path: Path, organisation: str
) -> None:
    """The EU's delegation in Kyiv is no embassy of Ukraine; the nuncio in Berlin is the
    Holy See's (VA would do, "" is safe): offering either for a Ukrainian or German action
    as that country's embassy is wrong."""
    path = _csv_file(tmp_path, ["title", "organisation"], ["Head of Delegation", organisation])
    assert _one(path).represents in ("", "VA")


@pytest.mark.parametrize(
    ("organisation", "represents"),
    [
        ("Embajada de los Estados Unidos Mexicanos", "MX"),
        ("Ambassade de la République démocratique du Congo", "CD"),
    ],
)
def test_an_official_name_in_another_language_is_that_country(
    tmp_path: Path, organisation: str, represents: str
) -> None:
    path = _csv_file(tmp_path, ["title", "organisation"], ["Embajador", organisation])
    assert _one(path).represents in (represents, "")  # never the wrong one


# ------------------ F4-F6: the town line from the Postcode and City columns


@pytest.mark.parametrize(
    ("street", "postcode", "city", "country", "line"),
    [
        ("Whitehall", "SW1A 2AA", "London", "United Kingdom", "London SW1A 2AA"),
        ("3350 M Street NW", "20007", "Washington, DC", "USA", "Washington, DC 20007"),
        ("310 Somerset Street West", "K2P 0J9", "Ottawa", "Canada", "Ottawa K2P 0J9"),
        ("Orchard Road 1", "238824", "Singapore", "Singapore", "Singapore 238824"),
    ],
    ids=["UK", "US", "CA", "SG"],
)
def test_the_town_line_added_puts_the_postcode_where_the_country_puts_it(
    tmp_path: Path, street: str, postcode: str, city: str, country: str, line: str
) -> None:
    """The same import puts the postcode after the town for these countries when the town
    is in the address ("Whitehall, London" -> "Whitehall, London SW1A 2AA"); with the town
    only in the City column the line is "SW1A 2AA London", and the letter prints it so."""
    path = _csv_file(
        tmp_path,
        ["organisation", "address", "postcode", "city", "country"],
        ["Embassy of Ukraine", street, postcode, city, country],
    )
    contact = _one(path)
    assert contact.address[-1] == line, contact.address
    assert line in contact.as_addressee().postal_lines


@pytest.mark.parametrize(
    ("address", "postcode", "city"),
    [
        ("4 Bunker Place\nCanberra ACT", "2600", "Canberra"),
        ("1 Macquarie Street\nSydney NSW", "2000", "Sydney"),
        ("21 Avenue de Saxe\nParis Cedex 07", "75007", "Paris"),
    ],
    ids=["ACT", "NSW", "Cedex"],
)
def test_a_town_line_with_its_state_or_cedex_is_not_written_again(
    tmp_path: Path, address: str, postcode: str, city: str
) -> None:
    path = _csv_file(
        tmp_path,
        ["organisation", "address", "postcode", "city"],
        ["Embassy of Ukraine", address, postcode, city],
    )
    contact = _one(path)
    assert sum(city in line for line in contact.address) == 1, contact.address
    assert postcode in "\n".join(contact.address), contact.address


@pytest.mark.parametrize(
    ("address", "postcode"),
    [("Elfenstrasse 5\nPostfach\n3000 Bern 15", "3006"), ("Postfach, 3001 Bern", "3003")],
)
def test_a_town_line_with_a_postcode_of_its_own_gets_no_second_one(
    tmp_path: Path, address: str, postcode: str
) -> None:
    """A Swiss Postfach has its own postcode ("3000 Bern 15"); the Postcode column holds
    the street's (3006). The town line became "3006 3000 Bern 15"."""
    path = _csv_file(
        tmp_path,
        ["organisation", "address", "postcode", "city", "country"],
        ["Embassy of Ukraine", address, postcode, "Bern", "Switzerland"],
    )
    contact = _one(path)
    for line in contact.address:
        assert f"{postcode} 300" not in line, contact.address


# ------------------ F14: semicolons or tabs, and an address of several lines last


@pytest.mark.parametrize(
    ("separator", "encoding"), [(";", "utf-8-sig"), ("\t", "utf-16")], ids=["semicolon", "tab"]
)
def test_a_list_ending_in_an_address_of_several_lines_is_read(
    tmp_path: Path, separator: str, encoding: str
) -> None:
    """As Excel saves a sheet whose Address cells hold line breaks (Alt+Enter): the cell
    quoted, its breaks CRLF. csv.Sniffer cannot tell the separator, the comma is taken, and
    the list is refused as if its first line named no columns."""
    rows = [
        ("Botschafter", "Herr A", "Botschaft der Republik Kasachstan",
         "Nordendstraße 14-17\r\n13156 Berlin"),
        ("Botschafter", "Herr B", "Botschaft von Japan", "Hiroshimastraße 6\r\n10785 Berlin"),
    ]  # fmt: skip
    lines = [separator.join(("title", "name", "organisation", "address"))]
    lines += [separator.join((*row[:3], f'"{row[3]}"')) for row in rows]
    path = tmp_path / "botschaften.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    contacts = _read(path)
    assert [c.address for c in contacts] == [
        ("Nordendstraße 14-17", "13156 Berlin"),
        ("Hiroshimastraße 6", "10785 Berlin"),
    ]

"""Two envelope town lines printed wrong: a Brazilian state after a dash got a second dash
("BRASÍLIA --DF"), and Singapore, whose post writes the town itself ("SINGAPORE 238824"),
had it printed twice."""

from __future__ import annotations

import pytest

from helpers import official
from uawriter.channels.postal import envelope_address
from uawriter.domain.model import Addressee


def _addressee(address: tuple[str, ...], country: str) -> Addressee:
    return official(address, country, organisation="Embassy of Ukraine")


def test_a_state_after_a_dash_is_not_given_a_second_dash() -> None:
    address = ("SES Av. das Nações, Quadra 801, Lote 27", "70415-900 Brasília - DF")
    lines = envelope_address(_addressee(address, "Brazil"), "DE").lines
    assert "BRASÍLIA-DF" in lines, lines


@pytest.mark.parametrize(
    "address",
    [("Orchard Road 1", "Singapore 238824"), ("Orchard Road 1", "238824 Singapore")],
)
def test_a_town_the_country_line_already_names_is_not_written_twice(
    address: tuple[str, ...],
) -> None:
    lines = envelope_address(_addressee(address, "Singapore"), "DE").lines
    assert lines[1:3] == (address[0], "SINGAPORE 238824"), lines
    assert sum("SINGAPORE" in line for line in lines) == 2, lines  # the town, the country


@pytest.mark.parametrize(
    ("last_line", "country", "town"),
    [
        ("Cairo - Egypt", "Egypt", "Cairo"),
        ("11511 Cairo – Egypt", "Egypt", "CAIRO"),
        ("Port-au-Prince - Haïti", "Haiti", "Port-au-Prince"),
        ("Bissau - Guinea-Bissau", "Guinea-Bissau", "Bissau"),
        ("Tashkent 100000 Uzbekistan", "Uzbekistan", "100000 TASHKENT"),
        ("Beijing 100000, P.R. China", "China", "Beijing"),
        ("Taipei 100, Taiwan (R.O.C.)", "Taiwan", "TAIPEI"),
    ],
)
def test_a_country_after_a_dash_a_postcode_or_in_a_short_form_is_printed_once(
    last_line: str, country: str, town: str
) -> None:
    """Last lines as UAs print them: the country after a dash, after the postcode with no
    comma, or as "P.R. China" and "(R.O.C.)". Each printed the country twice, in the town's
    line and in capitals below it."""
    addressee = official(("Street 1", last_line), country, organisation="Ministry")
    lines = envelope_address(addressee, "GB").lines
    assert any(town in line for line in lines), lines
    country_line = lines[-1]
    assert country_line.isupper(), lines
    assert all(country.casefold() not in line.casefold() for line in lines[:-1]), lines


@pytest.mark.parametrize("last_line", ["98000 Monaco", "L-1234 Luxembourg", "01001 Guatemala"])
def test_a_town_named_as_its_country_after_a_postcode_stays(last_line: str) -> None:
    """Where the town has the country's name, after its postcode with no comma, the line
    is the town's: it stays, and the country is printed below it."""
    country = last_line.rsplit(maxsplit=1)[-1]
    addressee = official(("Street 1", last_line), country, organisation="Ministry")
    lines = envelope_address(addressee, "GB").lines
    town_lines = [line for line in lines[:-1] if country.casefold() in line.casefold()]
    assert town_lines, lines

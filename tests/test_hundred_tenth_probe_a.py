"""What the hundred-and-tenth probe (a), run on the day's latest commits, found (issue 12).

P110a-F1  A town named as its country after its postcode is dropped from the envelope when
anything with two letters stands before the postcode ("MC 98000 Monaco", "RSM 47890 San
Marino", "BP 1234 Djibouti", "Zona 1, 01001 Guatemala"): the new rule for a country after
a postcode with no comma takes the town for the country. Before it the town was printed.
P110a-F2  "Taiwan, R.O.C." and "China, P.R.C." after the town's comma: only the short form
is taken off, and the country is printed twice ("TAIPEI CITY TAIWAN, 100" above TAIWAN).
P110a-F3  A country after a postcode that ends in a letter, with no comma ("London SW1A 2AA
United Kingdom", "K1A 0A6 Canada"), is printed twice: in the town's line and below it."""

from __future__ import annotations

import pytest

from helpers import official
from uawriter.channels.postal import envelope_address


def _lines(address: tuple[str, ...], country: str) -> tuple[str, ...]:
    addressee = official(address, country, organisation="Ministry")
    return envelope_address(addressee, "DE").lines


@pytest.mark.parametrize(
    ("last_line", "country"),
    [
        ("MC 98000 Monaco", "Monaco"),
        ("RSM 47890 San Marino", "San Marino"),
        ("BP 1234 Djibouti", "Djibouti"),
        ("Zona 1, 01001 Guatemala", "Guatemala"),
        ("BP 2012, L-1012 Luxembourg", "Luxembourg"),
    ],
)
def test_f1_a_town_named_as_its_country_after_a_prefixed_postcode_stays(
    last_line: str, country: str
) -> None:
    """An organiser prints the envelopes for a letter to Monaco's minister, whose UA ends
    "MC 98000 Monaco". The envelope reads "MC-98000 MC" and MONACO: the town is gone from
    its line and "MC" stands where it was (San Marino's "47890 RSM", Djibouti's "BP 1234",
    Guatemala City's "01001" alone). The town "98000 Monaco" or "01001 Guatemala" keeps
    (today's own test) is lost as soon as a country prefix, a post box or a zone stands
    before the postcode. Expected: the town's line still names the town, as before today."""
    lines = _lines(("Street 1", last_line), country)
    town_lines = [line for line in lines[:-1] if country.casefold() in line.casefold()]
    assert town_lines, lines


@pytest.mark.parametrize(
    ("last_line", "country", "town"),
    [
        ("Taipei City 100, Taiwan, R.O.C.", "Taiwan", "TAIPEI"),
        ("Beijing 100000, China, P.R.C.", "China", "Beijing"),
    ],
)
def test_f2_a_country_and_its_short_form_after_a_comma_is_printed_once(
    last_line: str, country: str, town: str
) -> None:
    """Taiwanese and Chinese addresses often end "Taiwan, R.O.C." or "China, P.R.C.". The
    envelope prints "TAIPEI CITY TAIWAN, 100" with TAIWAN again below it ("Beijing China"
    above CHINA): the short form is taken off, the country's name before it stays. Today's
    commit prints "Taiwan (R.O.C.)" once; the same words with a comma should be too."""
    lines = _lines(("Road 1", last_line), country)
    assert any(town in line for line in lines), lines
    assert lines[-1].isupper(), lines
    assert all(country.casefold() not in line.casefold() for line in lines[:-1]), lines


@pytest.mark.parametrize(
    ("address", "country"),
    [
        (("10 Downing Street", "London SW1A 2AA United Kingdom"), "United Kingdom"),
        (("80 Wellington Street", "Ottawa, Ontario", "K1A 0A6 Canada"), "Canada"),
    ],
)
def test_f3_a_country_after_a_postcode_ending_in_a_letter_is_printed_once(
    address: tuple[str, ...], country: str
) -> None:
    """A letter from Germany to London, the UA's last line "London SW1A 2AA United
    Kingdom": the envelope reads "LONDON UNITED KINGDOM", "SW1A 2AA", "UNITED KINGDOM"
    (Ottawa's "CANADA K1A 0A6" above CANADA). "Tashkent 100000 Uzbekistan" is printed
    once since today; a British or Canadian postcode ends in a letter or holds one, and the
    country after it is still read as the town. Expected: the country once, at the bottom."""
    lines = _lines(address, country)
    assert lines[-1] == country.upper(), lines
    assert all(country.casefold() not in line.casefold() for line in lines[:-1]), lines


@pytest.mark.parametrize(
    ("last_line", "country", "number"),
    [
        ("Panama City 0816 Panama", "Panama", "0816"),
        ("Doha 22222 Qatar", "Qatar", "22222"),
        ("La Paz 0201 Bolivia", "Bolivia", "0201"),
        ("Hong Kong 999077 Hong Kong", "Hong Kong", "999077"),
    ],
)
def test_f4_a_number_on_the_towns_line_is_not_dropped(
    last_line: str, country: str, number: str
) -> None:
    """A UA's last line "Doha 22222 Qatar": since today the envelope reads "DOHA" above
    QATAR, and the 22222 is gone (Panama's 0816, Bolivia's 0201: countries whose post has
    no postcode in its address data). Until today the line was printed as the UA gave it.
    The module's own rule is that nothing the UA printed is dropped: a box number or a
    zone the sorting office needs must reach the envelope. Expected: the number printed."""
    lines = _lines(("Street 1", last_line), country)
    assert any(number in line for line in lines), lines


def test_f5_a_town_the_format_has_no_place_for_goes_after_the_street() -> None:
    """A letter to Abu Dhabi whose UA ends "Abu Dhabi 12345 United Arab Emirates": the
    envelope now prints "Abu Dhabi" above the street, as if the Emirates wrote addresses
    from the town down (Japan's order), and drops the 12345. Until today the line was
    printed under the street. Expected: the street first, the town under it."""
    lines = _lines(("Street 1", "Abu Dhabi 12345 United Arab Emirates"), "United Arab Emirates")
    street = lines.index("Street 1")
    town = next(index for index, line in enumerate(lines) if "abu dhabi" in line.casefold())
    assert street < town, lines

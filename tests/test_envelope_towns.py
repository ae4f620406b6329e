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

"""The envelope of an address read from an embassy list: a P.O. Box with no postcode keeps
its number, and a one-line "street, postcode town" keeps its street apart from its town."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_sixty_first_probe import _csv_file, _one
from uawriter.storage.address_book import Contact


def _envelope(contact: Contact) -> list[str]:
    from uawriter.channels.postal import envelope_address

    return list(envelope_address(contact.as_addressee(), "DE").lines)


def test_a_po_box_without_a_postcode_keeps_its_number_on_the_envelope(tmp_path: Path) -> None:
    path = _csv_file(
        tmp_path,
        ["organisation", "address", "city", "country"],
        ["Embassy of Ukraine", "P.O. Box 1234", "Abu Dhabi", "United Arab Emirates"],
    )
    contact = _one(path)
    assert contact.address == ("P.O. Box 1234", "Abu Dhabi")  # as read: right
    assert any("1234" in line for line in _envelope(contact)), _envelope(contact)


@pytest.mark.parametrize(
    ("address", "postcode", "city", "country", "street"),
    [
        ("Tiergartenstraße 2, Berlin", "10785", "Berlin", "Germany", "TIERGARTENSTRASSE 2"),
        ("Rue de Lausanne 1, Genève", "1202", "Genève", "Switzerland", "RUE DE LAUSANNE 1"),
    ],
)
def test_a_one_line_address_keeps_its_street_apart_from_its_town_on_the_envelope(
    tmp_path: Path, address: str, postcode: str, city: str, country: str, street: str
) -> None:
    path = _csv_file(
        tmp_path,
        ["organisation", "address", "postcode", "city", "country"],
        ["Embassy of Ukraine", address, postcode, city, country],
    )
    envelope = _envelope(_one(path))
    town_line = next(line for line in envelope if postcode in line)
    assert street not in town_line.upper().replace("ß", "SS"), envelope

"""The country a mission represents, when its name says where it stands as well: "Embassy
of Ukraine to Georgia" is Ukraine's, and "Botschaft der Republik Kasachstan in Deutschland"
Kazakhstan's, though the host's name is as long or longer."""

from __future__ import annotations

import pytest

from uawriter.domain.countries import country_named_in


@pytest.mark.parametrize(
    ("organisation", "code"),
    [
        ("Embassy of Ukraine to Georgia", "UA"),
        ("Embassy of Ukraine in Georgia", "UA"),
        ("Botschaft der Republik Kasachstan in Deutschland", "KZ"),
        ("Ambassade de la République du Kazakhstan en France", "KZ"),
        ("Embajada de la República de Kazajistán en España", "KZ"),
        ("Embassy of the Kingdom of the Netherlands in Japan", "NL"),
        ("Permanent Mission of the Republic of Kazakhstan to the UN Office at Geneva", "KZ"),
        ("Consulate General of Japan in New York", "JP"),
        # as before: the longest name, and the place after a comma
        ("Embassy of Papua New Guinea", "PG"),
        ("Embassy of France, London, UK", "FR"),
        ("Consulate of Ukraine, Atlanta, Georgia, USA", "UA"),
    ],
)
def test_the_country_of_the_mission_not_of_its_host(organisation: str, code: str) -> None:
    assert country_named_in(organisation) == code


def test_a_name_with_no_country_after_its_of_word_is_still_read_whole() -> None:
    # no "of" word before the country: the country named is the one found
    assert country_named_in("Kazakhstan Embassy in London") == "KZ"
    assert country_named_in("Office of the Prosecutor General") == ""

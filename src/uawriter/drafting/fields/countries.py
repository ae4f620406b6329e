"""Country names (from CLDR) to ISO 3166 codes."""

from __future__ import annotations

import re
from functools import lru_cache

from uawriter.domain.languages import is_known_country
from uawriter.drafting.fields.languages import NAMED_IN

#: Country names Urgent Actions use that CLDR spells otherwise.
_COUNTRY_ALIASES = {
    "russian federation": "RU",
    "usa": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "republic of korea": "KR",
    "korea": "KR",
    "democratic people's republic of korea": "KP",
    "democratic republic of the congo": "CD",
    "drc": "CD",
    "republic of the congo": "CG",
    "congo": "CG",
    "islamic republic of iran": "IR",
    "burma": "MM",
    "myanmar": "MM",
    "viet nam": "VN",
    "syrian arab republic": "SY",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "côte d'ivoire": "CI",
    "czech republic": "CZ",
    "swaziland": "SZ",
    "macedonia": "MK",
    "türkiye": "TR",
    "the gambia": "GM",
    "the netherlands": "NL",
    "the philippines": "PH",
    "kyrgyz republic": "KG",
    "lao pdr": "LA",
    "holy see": "VA",
}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country name (lower case) -> ISO 3166 code, from CLDR via Babel, in English, German,
    Spanish and French ("Kazakhstan", "Kasachstan", "Kazajistán", "Kazakhstan")."""
    from babel import Locale

    names: dict[str, str] = {}
    for locale in NAMED_IN:
        for code, name in Locale(locale).territories.items():
            if is_known_country(str(code)):
                names.setdefault(str(name).lower().replace("’", "'"), str(code))
    for name, code in _COUNTRY_ALIASES.items():
        names.setdefault(name, code)
    return names


_STATE_FORM = re.compile(
    r"^(?:the\s+)?(?:kingdom|republic|state|sultanate|emirate|principality|federation|"
    r"federal\s+republic|islamic\s+republic|people'?s\s+republic|socialist\s+republic|"
    r"united\s+republic|democratic\s+republic|hashemite\s+kingdom|commonwealth)\s+of\s+"
    r"(?:the\s+)?"
)


def _country_code(text: str) -> str:
    """ "KAZAKHSTAN", "Kasachstan", "Kingdom of Saudi Arabia" -> the ISO 3166 code; ""."""
    key = re.sub(r"\s+", " ", text.strip(" .,;:()").lower().replace("’", "'"))
    names = _country_names()
    return names.get(key) or names.get(_STATE_FORM.sub("", key), "")

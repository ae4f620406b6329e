"""A country as a pack names it ("KAZAKHSTAN", "Russian Federation", "Kasachstan",
"Казахстан", "KZ") read as its ISO 3166 code, so numbers can be dialled and envelopes
addressed by the country's own rules.

The names are CLDR's (through Babel) in the languages Urgent Actions are written in, so a
section's pack in German or Spanish is read as well as an English one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Languages whose country names are recognised: those of the UAs and the packs.
NAME_LANGUAGES = ("en", "de", "es", "fr", "ru", "kk", "ar", "it", "pt", "nl")

#: How UAs name some countries besides CLDR's name ("Russia" is CLDR's short form; the
#: UN's long forms are common in UAs).
_ALSO = {
    "russian federation": "RU",
    "republic of korea": "KR",
    "democratic people's republic of korea": "KP",
    "islamic republic of iran": "IR",
    "united states of america": "US",
    "usa": "US",
    "uk": "GB",
    "great britain": "GB",
    "people's republic of china": "CN",
    "republic of kazakhstan": "KZ",
    "republic of uzbekistan": "UZ",
    "viet nam": "VN",
    "syrian arab republic": "SY",
    "lao people's democratic republic": "LA",
    "republic of moldova": "MD",
    "united republic of tanzania": "TZ",
    "bolivarian republic of venezuela": "VE",
    "plurinational state of bolivia": "BO",
    "türkiye": "TR",
    "turkiye": "TR",
    "burma": "MM",
    "ivory coast": "CI",
    "côte d'ivoire": "CI",
}


def _key(text: str) -> str:
    """Case, accents, punctuation and spacing do not matter: "CÔTE D’IVOIRE" = "cote d'ivoire"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace(".", " ").replace(",", " ").split())


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "UN", "EZ"):
                names.setdefault(_key(name), code)
    for name, code in _ALSO.items():
        names[_key(name)] = code
    return names


def country_code_of(text: str) -> str:
    """The ISO code of the country ``text`` names, or "" when it names none we know.
    A two-letter code is taken as it is ("kz" -> "KZ")."""
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isalpha() and stripped.isascii():
        code = stripped.upper()
        return code if code in _names().values() else ""
    return _names().get(_key(stripped), "")

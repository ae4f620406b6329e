"""A country as a pack names it ("KAZAKHSTAN", "Russian Federation", "Kasachstan",
"Казахстан", "KZ") read as its ISO 3166 code, so numbers can be dialled and envelopes
addressed by the country's own rules.

The names are CLDR's (through Babel) in the languages Urgent Actions are written in, so a
section's pack in German or Spanish is read as well as an English one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from uawriter.domain import cldr

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
    "myanmar": "MM",
    "ivory coast": "CI",
    "côte d'ivoire": "CI",
    "u.s.a.": "US",
    "england": "GB",
    "korea": "KR",
    "democratic republic of the congo": "CD",
    "drc": "CD",
    "republic of the congo": "CG",
    "congo": "CG",
    "czech republic": "CZ",
    "swaziland": "SZ",
    "macedonia": "MK",
    "the gambia": "GM",
    "the netherlands": "NL",
    "the philippines": "PH",
    "kyrgyz republic": "KG",
    "lao pdr": "LA",
    "holy see": "VA",
    "ceuta and melilla": "EA",  # CLDR writes "Ceuta & Melilla"
}


#: Codes CLDR names that are no place a letter goes to: groupings ("EU", "Outlying
#: Oceania") and the pseudo-locales' regions ("Pseudo-Accents").
NOT_PLACES = frozenset({"ZZ", "EU", "UN", "EZ", "QO", "XA", "XB"})


def fold_name(text: str) -> str:
    """Case, accents, punctuation and spacing do not matter: "CÔTE D’IVOIRE" = "cote d'ivoire".
    Invisible characters (a zero-width space pasted from a web page, a soft hyphen, a
    direction mark) are dropped: "Ger\u200bmany" is Germany."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).casefold()
    text = "".join(
        c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


#: A name inside a longer text counts only from this length ("Chad" in "Republic of Chad").
_MIN_CONTAINED_NAME = 4


@lru_cache(maxsize=2)
def _names(every_language: bool) -> dict[str, str]:
    """Folded country name or code -> ISO code: CLDR's names in English (or in all of
    :data:`NAME_LANGUAGES`), its old and three-letter codes ("UK", "USA", "RUS") and the
    long forms UAs print. English alone is read first: it names most packs' countries, and
    reading ten languages' data costs a tenth of a second."""
    names: dict[str, str] = {}
    for language in NAME_LANGUAGES if every_language else ("en",):
        for code, name in cldr.territories(language).items():
            if len(code) == 2 and code.isalpha() and code not in NOT_PLACES:
                names.setdefault(fold_name(name), code)
    codes = set(names.values())
    for alias, targets in cldr.territory_aliases().items():
        if alias.isalpha() and len(targets) == 1 and targets[0] in codes:
            names.setdefault(fold_name(alias), targets[0])
    for name, code in _ALSO.items():
        names[fold_name(name)] = code
    return names


def _lookup(folded: str, names: dict[str, str]) -> str:
    if folded in names:
        return names[folded]
    padded = f" {folded} "
    contained = [
        name for name in names if len(name) >= _MIN_CONTAINED_NAME and f" {name} " in padded
    ]
    return names[max(contained, key=len)] if contained else ""


def exact_country_code(text: str) -> str:
    """The ISO code of the country ``text`` is the name of, in any of the languages
    (case, accents and punctuation aside), or "": no code, no name within a longer text.
    The drafter asks this of every line of an Urgent Action."""
    folded = fold_name(text)
    if not folded:
        return ""
    return _names(False).get(folded) or _names(True).get(folded, "")


def country_code_of(text: str) -> str:
    """The ISO code of the country ``text`` names, or "" when it names none we know.
    A two-letter code is taken as it is ("kz" -> "KZ"). A longer text that holds one name
    as whole words ("Republic of Kazakhstan") counts as that country; the longest such
    name wins, so "Papua New Guinea" is not Guinea."""
    stripped = "".join(c for c in text if unicodedata.category(c) != "Cf").strip()
    if len(stripped) == 2 and stripped.isalpha() and stripped.isascii():
        code = stripped.upper()
        return code if code in _names(False).values() else ""
    folded = fold_name(stripped)
    if not folded:
        return ""
    return (
        exact_country_code(folded)
        or _lookup(folded, _names(False))
        or _lookup(folded, _names(True))
    )

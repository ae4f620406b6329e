"""Language and country codes, checked and named from CLDR data (the extract in
resources/cldr/, read by :mod:`uawriter.domain.cldr`)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from uawriter.domain import cldr
from uawriter.domain.countries import NOT_PLACES


@lru_cache(maxsize=1024)
def canonical_language(code: str) -> str:
    """The code as packs must write it (``kk``, ``pt-BR``, ``zh-Hans``); "" if CLDR does not
    know it. Other spellings (``EN``, ``zh_Hans``) and old or three-letter forms (``iw``,
    ``kaz``) give the code to use instead."""
    parts = code.strip().replace("_", "-").split("-")
    language = parts[0].lower()
    language = str(cldr.language_aliases().get(language, language)).split("_")[0]
    if not language.isalpha() or language in {"und", "root"}:
        return ""
    if language not in cldr.names("en")["languages"]:
        return ""
    canonical = [language]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            canonical.append(part.title())
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            canonical.append(part.upper())
        else:
            return ""
    result = "-".join(canonical)
    return result if cldr.resolve(result) is not None else ""


def is_known_language(code: str) -> bool:
    """True for a code written as packs must write it, such as ``kk``, ``pt-BR``, ``zh-Hans``."""
    return bool(code) and canonical_language(code) == code


def _locale(code: str) -> str:
    """The CLDR locale for ``code``; English when CLDR does not know it."""
    return cldr.resolve(code) or "en"


def language_name(code: str, in_language: str = "en") -> str:
    """ "Kazakh", or "казахский" when asked in Russian; the code itself if unknown."""
    resolved = cldr.resolve(code)
    if resolved is None:
        return code
    return cldr.display_name(resolved, _locale(in_language)) or code


#: CLDR names these two-letter regions, but they are not countries one writes to.
_NOT_COUNTRIES = NOT_PLACES


def is_known_country(code: str) -> bool:
    """True for an ISO 3166 alpha-2 code that CLDR names, such as ``KZ``."""
    return (
        len(code) == 2
        and code.isalpha()
        and code.isupper()
        and code not in _NOT_COUNTRIES
        and code in cldr.territories("en")
    )


def country_name(code: str, in_language: str = "en") -> str:
    return cldr.territories(_locale(in_language)).get(code, code)


def postal_country_name(code: str, in_language: str = "en") -> str:
    """``code``'s name as the last line of an address to another country: CLDR's name in
    ``in_language``, in capitals ("KAZAKHSTAN", "КАЗАХСТАН"), as the Universal Postal Union
    asks; "" for a code CLDR does not name. The envelope writes it in English, the letter's
    own address block in the letter's language."""
    return cldr.territories(_locale(in_language)).get(code, "").upper()


def is_right_to_left(code: str) -> bool:
    """Arabic, Persian, Hebrew, Urdu…: languages whose pages run from right to left."""
    resolved = cldr.resolve(code)
    return resolved is not None and cldr.is_right_to_left(resolved)


def long_date(date: dt.date, code: str) -> str:
    """The date as CLDR's long form writes it in ``code`` ("22 июля 2011 г."); English for
    a code CLDR does not know."""
    return cldr.format_long_date(date, _locale(code))

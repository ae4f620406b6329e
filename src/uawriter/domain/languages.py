"""Language and country codes, checked and named from CLDR data (via Babel)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global


@lru_cache(maxsize=256)
def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@lru_cache(maxsize=1)
def _english() -> Locale:
    return Locale("en")


@lru_cache(maxsize=1024)
def canonical_language(code: str) -> str:
    """The code as packs must write it (``kk``, ``pt-BR``, ``zh-Hans``); "" if CLDR does not
    know it. Other spellings (``EN``, ``zh_Hans``) and old or three-letter forms (``iw``,
    ``kaz``) give the code to use instead."""
    parts = code.strip().replace("_", "-").split("-")
    language = parts[0].lower()
    language = str(get_global("language_aliases").get(language, language)).split("_")[0]
    if not language.isalpha() or language in {"und", "root"}:
        return ""
    if language not in _english().languages:  # one Locale: building it costs ~1 ms
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
    return result if _locale(result) is not None else ""


def is_known_language(code: str) -> bool:
    """True for a code written as packs must write it, such as ``kk``, ``pt-BR``, ``zh-Hans``."""
    return bool(code) and canonical_language(code) == code


def locale_for(code: str) -> Locale:
    """The Babel locale of a language code; English if the code is unknown."""
    return _locale(code) or _english()


def language_name(code: str, in_language: str = "en") -> str:
    """ "Kazakh", or "казахский" when asked in Russian; the code itself if unknown."""
    locale = _locale(code)
    if locale is None:
        return code
    name = locale.get_display_name(locale_for(in_language))
    return name or code


#: CLDR names these two-letter regions, but they are not countries one writes to.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO"}


def is_known_country(code: str) -> bool:
    """True for an ISO 3166 alpha-2 code that CLDR names, such as ``KZ``."""
    return (
        len(code) == 2
        and code.isalpha()
        and code.isupper()
        and code not in _NOT_COUNTRIES
        and code in _english().territories
    )


def country_name(code: str, in_language: str = "en") -> str:
    territories = locale_for(in_language).territories
    return str(territories.get(code, code))


def is_right_to_left(code: str) -> bool:
    """Arabic, Persian, Hebrew, Urdu…: languages whose pages run from right to left."""
    locale = _locale(code)
    return locale is not None and locale.character_order == "right-to-left"

"""Language and country codes, checked and named from CLDR data (via Babel)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError


@lru_cache(maxsize=256)
def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def is_known_language(code: str) -> bool:
    """True for a code CLDR knows, such as ``kk``, ``ru``, ``pt-BR`` or ``zh-Hans``."""
    return bool(code) and code.strip() == code and _locale(code) is not None


def locale_for(code: str) -> Locale:
    """The Babel locale of a language code; English if the code is unknown."""
    return _locale(code) or Locale("en")


def language_name(code: str, in_language: str = "en") -> str:
    """ "Kazakh", or "казахский" when asked in Russian; the code itself if unknown."""
    locale = _locale(code)
    if locale is None:
        return code
    name = locale.get_display_name(locale_for(in_language))
    return name or code


def is_known_country(code: str) -> bool:
    """True for an ISO 3166 alpha-2 code that CLDR names, such as ``KZ``."""
    return len(code) == 2 and code.isupper() and code in Locale("en").territories


def country_name(code: str, in_language: str = "en") -> str:
    territories = locale_for(in_language).territories
    return str(territories.get(code, code))

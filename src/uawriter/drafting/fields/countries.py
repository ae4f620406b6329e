"""A line of an Urgent Action that is a country's name, read as its ISO 3166 code."""

from __future__ import annotations

import re

from uawriter.domain.countries import exact_country_code, fold_name

_STATE_FORM = re.compile(
    r"^(?:the\s+)?(?:kingdom|republic|state|sultanate|emirate|principality|federation|"
    r"federal\s+republic|islamic\s+republic|people'?s\s+republic|socialist\s+republic|"
    r"united\s+republic|democratic\s+republic|hashemite\s+kingdom|commonwealth)\s+of\s+"
    r"(?:the\s+)?"
)


def _country_code(text: str) -> str:
    """ "KAZAKHSTAN", "Kasachstan", "Kingdom of Saudi Arabia" -> the ISO 3166 code; "".
    The whole line must be the name (``domain.countries``, CLDR in ten languages and the
    forms UAs use), less a state form ("Republic of …")."""
    key = fold_name(text.strip(" .,;:()"))
    return exact_country_code(key) or exact_country_code(_STATE_FORM.sub("", key))

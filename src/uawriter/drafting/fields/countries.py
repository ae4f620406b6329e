"""A line of an Urgent Action that is a country's name, read as its ISO 3166 code."""

from __future__ import annotations

from uawriter.domain.countries import STATE_FORM, exact_country_code, fold_name


def _country_code(text: str) -> str:
    """ "KAZAKHSTAN", "Kasachstan", "Kingdom of Saudi Arabia" -> the ISO 3166 code; "".
    The whole line must be the name (``domain.countries``, CLDR in ten languages and the
    forms UAs use), less a state form ("Republic of …")."""
    key = fold_name(text.strip(" .,;:()"))
    return exact_country_code(key) or exact_country_code(STATE_FORM.sub("", key))

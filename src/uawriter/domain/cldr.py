"""The pieces of CLDR the app uses, read from resources/cldr/ (written by scripts/cldr-extract
from Babel's data): locale identifiers and how Babel resolves them, the long date in every
locale, country names in every locale, language names in the languages the app shows.

Reading them costs a few milliseconds where importing Babel and unpickling one locale cost
80 ms at every export, and they take 2 MB where Babel's data takes 35 MB in a bundle.
tests/test_cldr.py compares every answer here with Babel's, for every locale."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any

from uawriter.bundled import data_path

#: The locales whose names for languages and scripts are shipped (scripts/cldr-extract).
NAME_LOCALES = ("en", "de", "es", "fr", "ru", "kk", "ar", "it", "pt", "nl")


def _read(name: str) -> Any:
    return json.loads((data_path("resources", "cldr") / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _index() -> dict[str, Any]:
    return dict(_read("index.json"))


@lru_cache(maxsize=1)
def _likely_subtags() -> dict[str, str]:
    return dict(_read("likely_subtags.json"))


@lru_cache(maxsize=1)
def _dates() -> dict[str, dict[str, Any]]:
    return dict(_read("dates.json"))


def language_aliases() -> dict[str, str]:
    return dict(_index()["language_aliases"])


def territory_aliases() -> dict[str, list[str]]:
    return dict(_index()["territory_aliases"])


def exists(identifier: str) -> bool:
    """True when CLDR has data for ``identifier`` as written (``pt_BR``, ``zh_Hans``)."""
    return identifier == "root" or identifier in _index()["parents"]


def parents(identifier: str) -> list[str]:
    """``identifier`` and the locales it inherits from, ending with root."""
    chain = [identifier]
    table = _index()["parents"]
    while chain[-1] != "root":
        chain.append(table.get(chain[-1], "root"))
    return chain


def _split(identifier: str) -> tuple[str, str, str, str]:
    """(language, territory, script, variant) of ``en_GB``, ``zh_Hant_TW``, ``ca_ES_VALENCIA``."""
    parts = identifier.split("_")
    language = parts.pop(0).lower()
    script = parts.pop(0).title() if parts and len(parts[0]) == 4 and parts[0].isalpha() else ""
    is_region = bool(parts) and (
        (len(parts[0]) == 2 and parts[0].isalpha()) or (len(parts[0]) == 3 and parts[0].isdigit())
    )
    territory = parts.pop(0).upper() if is_region else ""
    variant = parts.pop(0).upper() if parts else ""
    if parts or not language.isalpha():
        raise ValueError(identifier)
    return language, territory, script, variant


def _join(language: str, territory: str, script: str, variant: str) -> str:
    return "_".join(part for part in (language, script, territory, variant) if part)


def _load_reducing(parts: tuple[str, str, str, str]) -> str | None:
    whole = _join(*parts)
    if exists(whole):
        return whole
    two = _join(parts[0], parts[1], "", "")
    return two if exists(two) else None


@lru_cache(maxsize=512)
def resolve(code: str) -> str | None:
    """The locale CLDR data is read from for ``code`` (``pt-BR``, ``zh_TW``, ``iw``), or
    None. The same answer as ``babel.Locale.parse``: the identifier as written if CLDR has
    it, otherwise Babel's resolution through aliases and likely subtags (``zh_TW`` →
    ``zh_Hant_TW``, ``iw`` → ``he_IL``)."""
    try:
        language, territory, script, variant = _split(code.strip().replace("-", "_"))
    except ValueError:
        return None
    as_written = _join(language, territory, script, variant)
    if exists(as_written):
        return as_written
    index = _index()
    language = index["language_aliases"].get(language, language)
    territory = (index["territory_aliases"].get(territory) or [territory])[0]
    script = index["script_aliases"].get(script, script)
    variant = index["variant_aliases"].get(variant, variant)
    territory = "" if territory == "ZZ" else territory
    script = "" if script == "Zzzz" else script
    likely = _likely_subtags()
    found = likely.get(_join(language, territory, script, variant))
    if found is not None:
        resolved = _load_reducing(_split(found))
        if resolved is not None:
            return resolved
    found = likely.get(language)
    if found is not None:
        language2, _territory2, script2, variant2 = _split(found)
        return _load_reducing((language2, territory, script2, variant2))
    return None


def is_right_to_left(identifier: str) -> bool:
    return identifier in _index()["rtl"]


@lru_cache(maxsize=64)
def territories(identifier: str) -> dict[str, str]:
    """Country and region names in the locale ``identifier`` (resolved), by code."""
    names: dict[str, str] = {}
    shipped = set(_index()["territory_files"])
    for locale in reversed(parents(identifier)):
        if locale in shipped:
            names.update(_read(f"territories/{locale}.json"))
    return names


@lru_cache(maxsize=16)
def names(identifier: str) -> dict[str, dict[str, str]]:
    """Language, script and variant names in ``identifier``, one of :data:`NAME_LOCALES`
    (English for any other)."""
    base = identifier if identifier in NAME_LOCALES else "en"
    return dict(_read(f"names/{base}.json"))


def display_name(identifier: str, in_locale: str) -> str:
    """ "Portuguese (Brazil)", "Chinese (Traditional, Taiwan)": the name of the resolved
    locale ``identifier`` in ``in_locale``, as Babel's ``Locale.get_display_name`` gives it."""
    language, territory, script, variant = _split(identifier)
    table = names(in_locale)
    name = table["languages"].get(language, "")
    if name and (territory or script or variant):
        details = [
            table["scripts"].get(script, "") if script else "",
            territories(in_locale).get(territory, "") if territory else "",
            table["variants"].get(variant, "") if variant else "",
        ]
        detail = ", ".join(d for d in details if d)
        if detail:
            name += f" ({detail})"
    return name


def _date_entry(identifier: str) -> dict[str, Any]:
    table = _dates()
    for locale in parents(identifier):
        if locale in table:
            return table[locale]
    return table["root"]


def format_long_date(date: dt.date, identifier: str) -> str:
    """The date in the resolved locale ``identifier``'s long form ("22 июля 2011 г."), the
    same text as Babel's ``format_date(date, "long", locale)``."""
    entry = _date_entry(identifier)
    pattern: str = entry["p"]
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "'":
            end = pattern.find("'", index + 1)
            end = len(pattern) if end < 0 else end
            out.append(pattern[index + 1 : end] or "'")
            index = end + 1
            continue
        if not (char.isascii() and char.isalpha()):
            out.append(char)
            index += 1
            continue
        end = index
        while end < len(pattern) and pattern[end] == char:
            end += 1
        out.append(_field(char, end - index, date, entry))
        index = end
    return "".join(out)


def _field(letter: str, count: int, date: dt.date, entry: dict[str, Any]) -> str:
    if letter == "d":
        return f"{date.day:0{count}d}"
    if letter in "ML":
        if count <= 2:
            return f"{date.month:0{count}d}"
        return str(entry[f"{letter}{min(count, 5)}"][date.month - 1])
    if letter == "y":
        return f"{date.year % 100 if count == 2 else date.year:0{count}d}"
    if letter == "G":
        return str(entry[f"G{max(3, min(count, 5))}"])
    raise ValueError(f"CLDR long date field {letter!r} is not read (scripts/cldr-extract)")

"""Fax and phone numbers as a volunteer dials them from where they are.

An Urgent Action prints numbers for the world ("+7 7172 72 05 16"); a volunteer in Germany
dials "00 7 7172 72 05 16", in the USA "011 7 7172 72 05 16", in Kazakhstan
"8 (7172) 72 05 16". The rules (international prefixes, trunk prefixes, number lengths per
country) are Google's libphonenumber's, through the ``phonenumbers`` package: they change
every few months and are not ours to hand-write.
"""

from __future__ import annotations

import locale
from dataclasses import dataclass
from typing import TYPE_CHECKING

from uawriter.domain.countries import country_code_of

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

    from uawriter.domain.model import Addressee


@dataclass(frozen=True)
class Number:
    """One number of a pack, read: as written, as dialled from ``from_country``, and
    whether it is a number that can be dialled at all."""

    written: str
    #: "+7 7172 72 05 16" ("" when it cannot be read)
    international: str
    #: "00 7 7172 72 05 16" from Germany; the written number when it cannot be read
    dialled: str
    valid: bool


def _parse(written: str, region: str) -> PhoneNumber | None:
    import phonenumbers  # its metadata loads on first use, not with the app

    text = written.strip()
    if text.startswith("00"):  # "00 7 7172 …" is how Europe writes "+7 7172 …"
        text = "+" + text[2:]
    try:
        return phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException:
        return None


def read_number(written: str, from_country: str = "", region: str = "") -> Number:
    """``written`` read as a number of ``region`` (the addressee's country, ISO code; only
    needed when the number has no "+"), formatted as dialled from ``from_country`` (ISO
    code; "" gives the international form)."""
    import phonenumbers

    number = _parse(written, region)
    if number is None:
        return Number(written, "", written, False)
    valid = phonenumbers.is_valid_number(number)
    if not valid:  # a digit short or too many: shown as written, for a person to check
        return Number(written, "", written, False)
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if from_country:
        dialled = phonenumbers.format_out_of_country_calling_number(number, from_country.upper())
    else:
        dialled = international
    return Number(written, international, dialled, valid)


def numbers_of(addressee: Addressee, home: str = "") -> list[tuple[str, Number]]:
    """The addressee's fax and phones, each read and as dialled from ``home``, with the
    field it is in ("fax", "phones[0]", …). The country (read from its name) is looked up
    only for a number written without its country code."""
    fields = [("fax", addressee.fax)] if addressee.fax else []
    fields += [(f"phones[{i}]", phone) for i, phone in enumerate(addressee.phones)]
    read = []
    for field, written in fields:
        international = written.lstrip().startswith(("+", "00"))
        region = "" if international else country_code_of(addressee.country)
        read.append((field, read_number(written, home, region)))
    return read


def is_known_region(code: str) -> bool:
    """Whether ``code`` is a country libphonenumber has dialling rules for ("DE", "KZ")."""
    import phonenumbers

    return code.upper() in phonenumbers.SUPPORTED_REGIONS


def home_country(locale_name: str | None = None) -> str:
    """The volunteer's country as the system's locale gives it ("de_DE.UTF-8" -> "DE"),
    or "" when the locale names none ("C", "POSIX", "en")."""
    if locale_name is None:
        try:
            locale_name = locale.getlocale()[0] or ""
        except ValueError:
            locale_name = ""
    base = locale_name.split(".")[0].split("@")[0]
    parts = base.replace("-", "_").split("_")
    if len(parts) < 2:
        return ""
    country = parts[-1].upper()
    return country if len(country) == 2 and country.isalpha() and is_known_region(country) else ""

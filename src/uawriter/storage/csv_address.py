"""The address of a row of an embassy list (CSV): its address cell's lines, its own
"Address 2" / "Street" columns, and its postcode and town columns put where that
country's post writes them, each line once."""

from __future__ import annotations

import re
import unicodedata

from uawriter.domain.countries import country_code_of
from uawriter.domain.postal_order import postcode_first
from uawriter.storage.contact_limits import clean

#: "Address 1", "Address line 2", "Street": lines of the address, in the order named.
ADDRESS_LINE_COLUMN = re.compile(r"^(?:address[ _-]*(?:line)?[ _-]*\d+|street)$")
#: The address's last line, postcode before town ("13156 Berlin"), when given apart.
TOWN_COLUMNS = (("postcode", "post code", "postal code", "zip", "zip code"), ("city", "town"))


def row_address(names: list[str], cells: list[str], values: dict[str, str]) -> tuple[str, ...]:
    """A row's address: the lines of its "address" columns (split on line breaks and "|"),
    then those of its own columns ("Address 2", "Street"), then "postcode town", each
    unless the address holds it already ("City" beside a whole address printed its town
    twice, and a street named after a town, "Wiener Straße 12", lost the town)."""
    # split on the separators alone (_clean strips each part): "\s*\|\s*" tried its
    # spaces from every space of a long run (100,000 spaces: 14 s)
    address = [
        clean(line)
        for name, cell in zip(names, cells, strict=False)
        if name == "address"
        for line in re.split(r"\r?\n|\|", cell)
    ]
    address = [line for line in address if line]
    for name, cell in zip(names, cells, strict=False):
        line = clean(cell)
        if line and ADDRESS_LINE_COLUMN.match(name) and not _holds_line(address, line):
            address.append(line)
    postcode, town = (clean(_first(values, group)) for group in TOWN_COLUMNS)
    if not any(char.isalnum() for char in postcode):  # "-" for a country without them
        postcode = ""
    code = country_code_of(clean(values.get("country", "")))
    if (postcode or town) and not _holds_town(address, postcode, town):
        # as that country's post writes it: "10117 Berlin", "London SW1A 2AA"
        in_order = (postcode, town) if postcode_first(code) else (town, postcode)
        address.append(" ".join(part for part in in_order if part))
    elif postcode and town and not _holds_postcode(address, postcode):
        # the town's line holds no postcode ("Berlin"; "Singapore", the country's line of a
        # city-state): the postcode goes in it, as that country's post writes it, where
        # the envelope had none; not where it holds one of its own (a Swiss Postfach's
        # "3000 Bern 15" beside the street's 3006)
        at = _town_part(address, town)
        if at is not None and not _has_a_postcode(address[at[0]].split(",")[at[1]], postcode):
            number, part = at
            address[number] = _with_postcode(
                address[number], part, postcode, postcode_first(code), code
            )
    return tuple(address)


def _has_a_postcode(part: str, postcode: str) -> bool:
    """Whether ``part`` of an address line holds a word shaped as ``postcode`` is (its
    digits and letters where the postcode has them: "3000" for 3006, "K1A 0B1")."""
    shape = re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", _POSTCODE_PREFIX.sub("", postcode)))
    words = " ".join(re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", part)).split())
    return any(char.isdigit() for char in postcode) and f" {shape} " in f" {words} "


def _holds_word(address: list[str], word: str) -> bool:
    """Whether a line of ``address`` holds ``word`` as a word of its own."""
    found = re.compile(rf"(?<!\w){re.escape(word.casefold())}(?!\w)")
    return any(found.search(line.casefold()) for line in address)


#: A country's letters before a postcode ("D-10117", "SE-114 56", "L-1466").
_POSTCODE_PREFIX = re.compile(r"^[A-Za-z]{1,3}-\s*(?=\d)")


def _holds_postcode(address: list[str], postcode: str) -> bool:
    """Whether ``address`` holds ``postcode`` as a word of its own, however spaced, with or
    without the country's letters before it, or with the leading zeros a spreadsheet took
    off the cell ("SW1A 2AA" for SW1A2AA, "10117" for D-10117, "01067" for 1067; not
    "Mannerheimintie 100" for 00100)."""
    zip_plus_four = re.fullmatch(r"(\d{5})-\d{4}", postcode)  # "20007" holds "20007-3610"
    variants = {postcode, _POSTCODE_PREFIX.sub("", postcode)}
    for code in variants | ({zip_plus_four[1]} if zip_plus_four else set()):
        chars = [char for char in code.casefold() if char.isalnum()]
        if not chars:
            continue
        spaced = r"[\s\-]?".join(re.escape(char) for char in chars)
        found = re.compile(rf"(?<![^\W_])0*{spaced}(?![^\W_])")
        if any(found.search(line.casefold()) for line in address):
            return True
    return False


def _town_part(address: list[str], town: str) -> tuple[int, int] | None:
    """Where a line after the first (or a part of one after a comma) holds ``town`` with
    nothing beside it but a code of two letters, as :func:`_holds_town` finds it: (line,
    part between commas)."""
    word = re.compile(rf"(?<!\w){re.escape(town.casefold())}(?!\w)")
    for number, line in enumerate(address):
        for index, part in enumerate(line.split(",")):
            found = word.search(part.casefold())
            if (number or index) and found:
                before, after = part[: found.start()], part[found.end() :]
                beside = [t for t in f"{before} {after}".split() if t.isalpha()]
                if sum(len(token) for token in beside) <= 2 or _state_or_cedex(before, after):
                    return number, index
    return None


def _state_or_cedex(before: str, after: str) -> bool:
    """Whether what stands beside a town is a state's code after it ("Canberra ACT",
    "Sydney NSW") or a French "Cedex" ("Paris Cedex 07"), with nothing but numbers before
    it."""
    if any(char.isalpha() for char in before):
        return False
    words = [t for t in after.split() if t.isalpha()]
    if len(words) != 1:
        return False
    return words[0].casefold() == "cedex" or (len(words[0]) == 3 and words[0].isupper())


def _a_country(part: str, country: str) -> bool:
    """Whether ``part`` of an address line names the contact's ``country`` (a code; any
    country named in full where it is not known): "CA" is California's code in the USA."""
    named = country_code_of(part)
    return bool(named) and (named == country if country else len(part.strip()) > 2)


def _with_postcode(line: str, part: int, postcode: str, before: bool, country: str) -> str:
    """``line`` with ``postcode`` beside the town in its part ``part`` (between commas):
    before it ("Tiergartenstraße 2, 10785 Berlin"), or after it and a state's code of two
    letters ("Washington, DC 20008, USA", "London SW1X 8PG, United Kingdom")."""
    parts = line.split(",")
    if before:
        text = parts[part]
        parts[part] = text[: len(text) - len(text.lstrip())] + f"{postcode} {text.lstrip()}"
    else:
        # after the state ("Ottawa, Ontario", "Washington, D.C.", "Sacramento, CA"), not
        # after the country ("London, UK", "…, USA")
        while part + 1 < len(parts) and not _a_country(parts[part + 1], country):
            part += 1
        parts[part] = f"{parts[part].rstrip()} {postcode}"
    return ",".join(parts)


def _holds_line(address: list[str], line: str) -> bool:
    """Whether ``line`` is a line of ``address``, or a part of one between commas."""
    wanted = line.casefold()
    return any(part.strip() == wanted for held in address for part in held.casefold().split(","))


def _holds_town(address: list[str], postcode: str, town: str) -> bool:
    """Whether the address holds its last line already: a line after the first (or a part
    of one between commas) that is the town, with nothing beside it but a postcode or a
    code of two letters ("01067 Dresden", "London SW1A 2AA", "Washington, DC 20008"). A
    street named after a town is not ("2 Washington Circle NW", "Rue de Paris"), and
    neither is a post box numbered as the postcode. Or a line after the first holding the
    postcode as a word beside a town's name. With no town given, the postcode as a word
    anywhere."""
    if not town:
        return _holds_word(address, postcode)
    if _town_part(address, town) is not None:
        return True
    places = [
        part.casefold()
        for number, line in enumerate(address)
        for index, part in enumerate(line.split(","))
        if number or index
    ]
    # or its postcode beside the town written otherwise ("60311 Frankfurt am Main" for
    # Frankfurt, "Canberra ACT 2600", "1211 Genève 20" for Geneve): not beside a post box
    # or a street ("P.O. Box 1000", "Plot 1000"), or alone after a street ("2 Marsham
    # Street, SW1P 4DF" for London)
    if not postcode:
        return False
    code = re.compile(rf"(?<!\w){re.escape(postcode.casefold())}(?!\w)")
    return any(_a_town_beside(code.sub(" ", place), town) for place in places if code.search(place))


def _a_town_beside(rest: str, town: str) -> bool:
    """Whether ``rest``, an address line with its postcode taken out, holds a word that
    begins as ``town`` does ("Genève 20" for Geneve, "Praha 1" for Prague, "Canberra ACT").
    A post box or a street beside the postcode does not ("P.O.Box 1000", "Case postale
    1000", "а/я 1000" in any of the post's languages), and neither does the town in another
    language ("1010 Wien" for Vienna): its line is then written again, as the City column
    gives it, where leaving it out would send the letter without a town."""
    start = _start(town)
    return bool(start) and any(_start(word) == start for word in rest.split())


def _start(text: str) -> str:
    """The first three letters of ``text``'s first word, without case or accents ("gen"
    for "Genève" and "Geneva", "st" for "St. Gallen")."""
    word = unicodedata.normalize("NFD", (text.split() or [""])[0].casefold())
    return "".join(char for char in word if char.isalpha())[:3]


def _first(values: dict[str, str], names: tuple[str, ...]) -> str:
    return next((values[name] for name in names if values.get(name)), "")

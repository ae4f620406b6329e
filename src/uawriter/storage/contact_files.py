"""A section's embassy list in and out of the address book: CSV (a spreadsheet) and vCard
(what mail programs and phones export), so the list is typed once and loaded on each
laptop from a USB stick.

Both carry what a letter needs: title, name, organisation, address, country, fax, e-mail,
the country the mission represents (only its embassy is offered for that country's
actions) and a salutation per letter language, so a Kazakh letter greets the ambassador in
Kazakh. In CSV the salutations are columns ``salutation`` (every other language) and
``salutation_kk``, ``salutation_ru``…; in vCard they are ``X-UAWRITER-SALUTATION`` lines
with a ``LANGUAGE`` parameter, and the country represented is ``X-UAWRITER-REPRESENTS``
(a vCard from elsewhere without it is read from the organisation: "Embassy of the Republic
of Kazakhstan" represents KZ).

vCards are parsed and written by vobject: line folding, escaping and the vCard 2.1 forms
phones still export (quoted-printable, ``TEL;FAX``) are its job, not ours.
"""

from __future__ import annotations

import base64
import csv
import io
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from uawriter.domain.countries import country_code_of, country_named_in
from uawriter.domain.postal_order import postcode_first
from uawriter.storage.address_book import (
    MAX_ADDRESS_LINES,
    Contact,
    one_line,
    salutations_of,
)
from uawriter.storage.csv_rows import CsvRowProblem, cells_by_name, csv_rows, spreadsheet_safe

#: More contacts than this in one file is not an embassy list.
MAX_CONTACTS = 2000
#: A file bigger than this is not an embassy list (the window checks before reading).
MAX_BYTES = 2 * 1024 * 1024
#: More vCard lines than this is not an embassy list (a contact has ten to thirty): one
#: card of 340,000 lines (1.8 MB) took 24 s to read; these take 8 s at most.
MAX_LINES = 60 * MAX_CONTACTS
CSV_COLUMNS = (
    "title",
    "name",
    "organisation",
    "address",
    "country",
    "represents",
    "fax",
    "email",
    "salutation",
)
_SALUTATION_COLUMN = re.compile(r"^salutation[ _(-]+([a-z]{2,3}(?:-[a-z0-9]+)?)\)?$")


class ContactFileProblem(ValueError):
    """A file that is not an embassy list: the message says where and what to do."""


def _clean(text: str) -> str:
    """A cell or a vCard value as a field of one line: without control characters,
    direction overrides or soft hyphens, its line breaks and runs of spaces one space (a
    list from a stick is a stranger's file: "Mr X\nFax: +7 …" added a line of its own to
    the letter's address block, and ESC and U+202E reached the fax cover sheet)."""
    return one_line(text)


def _represents(code: str, organisation: str, title: str) -> str:
    given = country_code_of(code) if code.strip() else ""
    return given or country_named_in(organisation) or country_named_in(title)


def read_csv(text: str) -> list[Contact]:
    """The contacts of an embassy list CSV (comma, semicolon or tab separated). Raises
    :class:`ContactFileProblem` if it cannot be read."""
    return read_csv_columns(text)[0]


def read_csv_columns(text: str) -> tuple[list[Contact], list[str], list[int]]:
    """:func:`read_csv`, the columns named in the first line that were not read (as named
    there: a list's "Telefax" dropped its fax numbers without a word), and the columns
    without a heading that hold cells (counted from 1): a heading over two cells, saved as
    "Address," left the town of every address out."""
    try:
        return _read_rows(text)
    except csv.Error as exc:  # a field longer than 128 KiB, a stray quote
        raise ContactFileProblem(
            f"cannot be read as a table ({exc}); save it from the spreadsheet as CSV again"
        ) from exc
    except CsvRowProblem as exc:
        raise ContactFileProblem(str(exc)) from exc


#: Other names a spreadsheet gives the columns read, as compared (in lower case).
_ALSO_NAMED = {
    "e-mail": "email",
    "email address": "email",
    "e-mail address": "email",
    "fax number": "fax",
    "fax no.": "fax",
    "telefax": "fax",
    "organization": "organisation",
}
#: "Address 1", "Address line 2", "Street": lines of the address, in the order named.
_ADDRESS_LINE_COLUMN = re.compile(r"^(?:address[ _-]*(?:line)?[ _-]*\d+|street)$")
#: The address's last line, postcode before town ("13156 Berlin"), when given apart.
_TOWN_COLUMNS = (("postcode", "post code", "postal code", "zip", "zip code"), ("city", "town"))


def _read_rows(text: str) -> tuple[list[Contact], list[str], list[int]]:
    given, rows = csv_rows(text)
    names = [_ALSO_NAMED.get(name, name) for name in given]
    if not {"title", "name", "organisation"} & set(names):
        raise ContactFileProblem(
            "the first line must name the columns, such as: " + ", ".join(CSV_COLUMNS)
        )
    town_columns = [name for group in _TOWN_COLUMNS for name in group]
    not_read = [
        name
        for name, as_given in zip(names, given, strict=True)
        if as_given
        and name not in CSV_COLUMNS
        and name not in town_columns
        and not _SALUTATION_COLUMN.match(name)
        and not _ADDRESS_LINE_COLUMN.match(name)
    ]
    unnamed: set[int] = set()
    contacts: list[Contact] = []
    for _line, cells in rows:
        values = cells_by_name(names, cells)
        unnamed.update(
            i for i, cell in enumerate(cells) if cell and (i >= len(names) or not names[i])
        )
        languages = {
            match.group(1): value
            for key, value in values.items()
            if (match := _SALUTATION_COLUMN.match(key)) and value
        }
        contact = Contact(
            title=_clean(values.get("title", "")),
            name=_clean(values.get("name", "")),
            organisation=_clean(values.get("organisation", "")),
            address=_address(names, cells, values)[:MAX_ADDRESS_LINES],
            country=_clean(values.get("country", "")),
            fax=_clean(values.get("fax", "")),
            email=_clean(values.get("email", "")),
            salutation=_clean(values.get("salutation", "")) or "Your Excellency",
            represents=_represents(
                values.get("represents", ""),
                values.get("organisation", ""),
                values.get("title", ""),
            ),
            salutations=salutations_of(languages),
        )
        if contact.label:
            contacts.append(contact)
        if len(contacts) > MAX_CONTACTS:
            raise ContactFileProblem(f"more than {MAX_CONTACTS} contacts: not an embassy list")
    return contacts, not_read, [i + 1 for i in sorted(unnamed)]


def _address(names: list[str], cells: list[str], values: dict[str, str]) -> tuple[str, ...]:
    """A row's address: the lines of its "address" columns (split on line breaks and "|"),
    then those of its own columns ("Address 2", "Street"), then "postcode town", each
    unless the address holds it already ("City" beside a whole address printed its town
    twice, and a street named after a town, "Wiener Straße 12", lost the town)."""
    # split on the separators alone (_clean strips each part): "\s*\|\s*" tried its
    # spaces from every space of a long run (100,000 spaces: 14 s)
    address = [
        _clean(line)
        for name, cell in zip(names, cells, strict=False)
        if name == "address"
        for line in re.split(r"\r?\n|\|", cell)
    ]
    address = [line for line in address if line]
    for name, cell in zip(names, cells, strict=False):
        line = _clean(cell)
        if line and _ADDRESS_LINE_COLUMN.match(name) and not _holds_line(address, line):
            address.append(line)
    postcode, town = (_clean(_first(values, group)) for group in _TOWN_COLUMNS)
    if not any(char.isalnum() for char in postcode):  # "-" for a country without them
        postcode = ""
    if (postcode or town) and not _holds_town(address, postcode, town):
        address.append(" ".join(part for part in (postcode, town) if part))
    elif postcode and town and not _holds_postcode(address, postcode):
        # the town's line holds no postcode ("Berlin"; "Singapore", the country's line of a
        # city-state): the postcode goes in it, as that country's post writes it, where
        # the envelope had none
        at = _town_part(address, town)
        if at is not None:
            code = country_code_of(_clean(values.get("country", "")))
            number, part = at
            address[number] = _with_postcode(
                address[number], part, postcode, postcode_first(code), code
            )
    return tuple(address)


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
            if (number or index) and word.search(part.casefold()):
                beside = [t for t in word.sub(" ", part.casefold()).split() if t.isalpha()]
                if sum(len(token) for token in beside) <= 2:
                    return number, index
    return None


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


def _first(values: dict[str, str], names: Sequence[str]) -> str:
    return next((values[name] for name in names if values.get(name)), "")


def csv_text(contacts: Sequence[Contact]) -> str:
    languages = sorted({lang for c in contacts for lang in c.salutations})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow((*CSV_COLUMNS, *(f"salutation_{lang}" for lang in languages)))
    for c in contacts:
        cells = (
            c.title,
            c.name,
            c.organisation,
            "\n".join(c.address),
            c.country,
            c.represents,
            c.fax,
            c.email,
            c.salutation,
            *(c.salutations.get(lang, "") for lang in languages),
        )
        writer.writerow(spreadsheet_safe(cell) for cell in cells)
    return buffer.getvalue()


# ------------------------------------------------------------------------------ vCard


def _values(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _encoded(line: Any) -> bool:
    """Whether ``line``'s value is in base64 (vCard 2.1's ``ENCODING=BASE64``, 3.0's
    ``ENCODING=b``), as some phones give names not in Latin letters."""
    encodings = [str(v).casefold() for v in line.params.get("ENCODING", [])]
    return any(v in ("b", "base64") for v in encodings)


def _as_text(line: Any, value: object) -> str:
    """A value of ``line`` as text: vobject gives a base64 value as bytes (which ``str``
    made "b'\\xd0\\x9f…'" on the fax cover sheet), and leaves a structured one (ORG,
    ADR) in base64 as it was; both are decoded in the line's CHARSET (else UTF-8)."""
    if isinstance(value, str) and _encoded(line):
        try:
            value = base64.b64decode(value, validate=True)
        except ValueError:  # not base64 after all: as it is
            return str(value)
    if isinstance(value, bytes):
        charset = str(line.params.get("CHARSET", ["utf-8"])[0])
        try:
            return value.decode(charset, errors="replace")
        except LookupError:  # CHARSET=x-nope
            return value.decode("utf-8", errors="replace")
    return str(value)


def _text(card: Any, name: str) -> str:
    lines = _values(card, name)
    if not lines:
        return ""
    value = lines[0].value
    if isinstance(value, list):  # ORG: organisation;unit
        value = value[0] if value else ""
        if isinstance(value, list):
            # a comma not escaped (vCard 2.1 has no escape for it: Outlook, older phones)
            # splits the organisation into a list of its own: joined again as written
            value = ",".join(str(part) for part in value)
        # in base64 the whole "organisation;unit" is one part, decoded here
        return _clean(_as_text(lines[0], value).split(";")[0])
    return _clean(_as_text(lines[0], value))


def _types(line: Any) -> set[str]:
    """A line's types however it gives them: ``TEL;WORK;FAX`` (vCard 2.1),
    ``TYPE=WORK,FAX`` (3.0), ``TYPE="fax,work"`` (4.0)."""
    found = {str(v).casefold() for v in getattr(line, "singletonparams", [])}
    for key, values in line.params.items():
        found.add(str(key).casefold())
        for value in values:
            found.update(part.strip(' "').casefold() for part in str(value).split(","))
    return found


def _number(value: object) -> str:
    """ "tel:+49-30-394-098-62" (a vCard 4.0 URI) -> "+49 30 394 098 62"."""
    text = str(value).strip()
    if text.casefold().startswith("tel:"):
        text = text[4:].split(";")[0].replace("-", " ")
    return _clean(text)


def _address_of(line: Any) -> list[str]:
    """An ADR line's seven parts (box, extended, street, city, region, code, country), as
    text; in base64 the whole value is one part to vobject, split here once decoded."""
    adr = line.value
    fields = (adr.box, adr.extended, adr.street, adr.city, adr.region, adr.code, adr.country)
    parts = ["\n".join(str(p) for p in f) if isinstance(f, list) else str(f or "") for f in fields]
    box = parts[0]
    if _encoded(line) and box and not any(parts[1:]):
        decoded = _as_text(line, box)
        if decoded != box:  # in base64 indeed (a plain address marked so is read as it is)
            parts = decoded.split(";")
    return [p if p != "None" else "" for p in (parts + [""] * 7)[:7]]


def _contact_of(card: Any) -> Contact:
    organisation = _text(card, "org")
    title = _text(card, "title")
    name = _text(card, "fn")
    if name in (organisation, title):
        name = ""
    address: list[str] = []
    country = ""
    for line in _values(card, "adr")[:1]:
        box, extended, street, city, region, code, country = _address_of(line)
        for part in (box, extended, street):
            address += [_clean(p) for p in part.splitlines()]
        address += [_clean(" ".join(p for p in (code, city) if p)), _clean(region)]
        country = _clean(country)
    fax = next(
        (_number(_as_text(t, t.value)) for t in _values(card, "tel") if "fax" in _types(t)), ""
    )
    general = ""
    languages: dict[str, str] = {}
    for line in _values(card, "x-uawriter-salutation"):
        lang = str(line.params.get("LANGUAGE", [""])[0]).casefold()
        if lang:
            languages[lang] = _as_text(line, line.value)
        else:
            general = _clean(_as_text(line, line.value))
    return Contact(
        title=title,
        name=name,
        organisation=organisation,
        address=tuple(line for line in address if line)[:MAX_ADDRESS_LINES],
        country=country,
        fax=fax,
        email=_text(card, "email"),
        salutation=general or "Your Excellency",
        represents=_represents(_text(card, "x-uawriter-represents"), organisation, title),
        salutations=salutations_of(languages),
    )


#: The part of a vCard line before its value: a name, maybe with a group ("item1."), and
#: its parameters (";TYPE=work,fax", ';LABEL="a, b"', vCard 2.1's bare ";FAX").
_VALUE = r'(?:"[^"\r\n]*"|[^";:,\r\n]*)'
_CONTENT_LINE_HEAD = re.compile(
    rf"(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+(?:={_VALUE}(?:,{_VALUE})*)?)*"
)


#: vCard 2.1's encodings that leave the value as written (Samsung and older phones).
_AS_WRITTEN = re.compile(r";ENCODING=[78]BIT(?=;|$)", re.IGNORECASE)


#: A line that begins a property (vCard 2.1, 3.0 and 4.0's names): never a quoted-printable
#: value's continuation, which holds no ":" after such a name in capitals. In another case
#: ("Org:") only when the line is not continued itself: a note's lines ("Title: …=") are.
_NAMES = (
    r"(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|FN|N|NICKNAME|PHOTO|BDAY|ANNIVERSARY|GENDER"
    r"|ADR|LABEL|TEL|EMAIL|IMPP|LANG|TZ|GEO|TITLE|ROLE|LOGO|ORG|MEMBER|RELATED|CATEGORIES"
    r"|NOTE|PRODID|REV|SOUND|UID|CLIENTPIDMAP|URL|KEY|FBURL|CALADRURI|CALURI|SOURCE|KIND"
    r"|XML|MAILER|AGENT|CLASS|NAME|PROFILE|SORT-STRING|X-[A-Za-z0-9-]+)(?:;[^:]*)?:"
)
_PROPERTY_IN_CAPITALS = re.compile(_NAMES)
_PROPERTY_IN_ANY_CASE = re.compile(_NAMES, re.IGNORECASE)
#: A card's first or last line, which no value runs over.
_CARD_EDGE = re.compile(r"(?:BEGIN|END):VCARD\s*$", re.IGNORECASE)


def _begins_a_property(line: str, before: str) -> bool:
    """Whether ``line``, after a value's soft break ``before`` ("…="), begins the next
    property. After an encoded line break ("…=0D=0A=", as Outlook breaks a note's lines,
    and as Android ends a note typed with an Enter) a line begins one only as a program
    writes it, its value straight after the colon ("TEL;WORK;FAX:+7…", "END:VCARD"), and
    not continued itself unless quoted-printable: a note's line "EMAIL: old@post=0D=0A="
    or "TEL;FAX:+7 000=0D=0A=", typed by a person, became the contact's e-mail or fax."""
    if _CARD_EDGE.match(line):
        return True
    if before.upper().endswith("=0A="):
        found = _PROPERTY_IN_CAPITALS.match(line)
        if found is None or line[found.end() : found.end() + 1].isspace():
            return False
        # a note's line goes on with "=0D=0A=" too ("EMAIL:old@post=0D=0A="); a program's
        # property line only when it is quoted-printable itself
        return not line.endswith("=") or "QUOTED-PRINTABLE" in found.group().upper()
    return bool(
        _PROPERTY_IN_CAPITALS.match(line)
        or (_PROPERTY_IN_ANY_CASE.match(line) and not line.endswith("="))
    )


def _unfolded(text: str) -> Iterator[str]:
    """The lines of a vCard file, a line that begins with a space or a tab joined to the
    line before without it (RFC 2425's folding). Not after a quoted-printable value's soft
    line break ("…the United=", RFC 2045): there the space is the value's own, and an
    encoder (Python's quopri, as others) breaks before a space as often as anywhere
    ("the United=Kingdom")."""
    current: str | None = None
    quoted = False  # the current line is (a part of) a quoted-printable value
    for raw in re.split(r"\r\n|\r|\n", text):
        soft_break = current is not None and quoted and current.endswith("=")
        if current is not None and raw[:1] in (" ", "\t") and not soft_break:
            current += raw[1:]
            continue
        if current is not None:
            yield current
        quoted = soft_break or "QUOTED-PRINTABLE" in raw.partition(":")[0].upper()
        current = raw
    if current is not None:
        yield current


def _content_lines(text: str) -> str:
    """The lines of a vCard file that are vCard lines. vobject's pattern for a line takes
    time that doubles with each ";a" of a line that is not one (89 bytes: 11 s, in one
    call, while the window waits): such lines are left out before it sees them, as its
    own ``ignoreUnreadable`` would leave them out after."""
    kept: list[str] = []
    parts: list[str] = []  # of a quoted-printable value cut by soft line breaks
    # a vCard line ends at CR, LF or both only: str.splitlines() also ends one at U+2028,
    # U+2029, form feed…, and a name pasted with a line separator lost its rest
    for line in _unfolded(text):
        # a "=" ended the value, and the next property begins
        if parts and _begins_a_property(line, parts[-1]):
            kept.append("".join(part[:-1] for part in parts))
            parts = []
        if parts:  # vCard 2.1's quoted-printable value, continued after a "=" (RFC 2045)
            parts.append(line)
            if not line.endswith("="):
                # joined, its soft breaks left out: read as one value, as a phone wrote it
                # ("Нурлан Онж", then the rest skipped as an unreadable line)
                kept.append("".join(part[:-1] for part in parts[:-1]) + line)
                parts = []
        else:
            head, colon, _value = line.partition(":")
            if colon and len(head) <= 1000 and _CONTENT_LINE_HEAD.fullmatch(head):
                # 7BIT and 8BIT say the value is as written: vobject decoded it as base64
                read = _AS_WRITTEN.sub("", head) + line[len(head) :]
                if "QUOTED-PRINTABLE" in head.upper() and read.endswith("="):
                    parts.append(read)
                else:
                    kept.append(read)
        if len(kept) + len(parts) > MAX_LINES:  # vobject reads 15,000 lines a second
            raise ContactFileProblem(
                f"has more than {MAX_LINES:,} lines, more than any embassy list has "
                f"({MAX_CONTACTS:,} contacts at most); split it, or export only the embassies"
            )
    if parts:  # the file ends inside the value
        kept.append("".join(part[:-1] for part in parts))
    return "\r\n".join(kept) + "\r\n"


def read_vcards(text: str) -> list[Contact]:
    """Every contact in a ``.vcf`` file (vCard 2.1, 3.0 or 4.0)."""
    import vobject

    # vobject logs each line it skips, quoting it: a stranger's file would reach the
    # terminal the window was started from, escape sequences and all
    for name in ("vobject", "vobject.base"):  # vobject.base sets its own level as imported
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    contacts: list[Contact] = []
    lines = _content_lines(text)
    # and some of its words go to the root logger ("ERROR:root:'Nowhere/Zone'", of a
    # calendar's time zone), which prints them naming no file: nothing is logged meanwhile
    silenced = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        for card in vobject.readComponents(lines, ignoreUnreadable=True):
            if card.name.upper() != "VCARD":
                continue
            contact = _contact_of(card)
            if contact.label:
                contacts.append(contact)
            if len(contacts) > MAX_CONTACTS:
                raise ContactFileProblem(f"more than {MAX_CONTACTS} contacts: not an embassy list")
    except (
        vobject.base.ParseError,
        ValueError,
        AttributeError,
        IndexError,
        LookupError,  # CHARSET=x-nope: an encoding Python does not know
        TypeError,  # ENCODING=QUOTED-PRINTABLE,BASE64: two at once
        RecursionError,  # cards nested 20,000 deep
    ) as exc:
        if isinstance(exc, ContactFileProblem):
            raise
        # vobject's own words ("decode() argument 'encoding' must be str, not list",
        # "maximum recursion depth exceeded") tell a volunteer nothing
        raise ContactFileProblem(
            "is not a vCard file that can be read; export the contacts again as vCard (.vcf) "
            "from the mail program or phone"
        ) from exc
    finally:
        logging.disable(silenced)
    return contacts


def vcards(contacts: Iterable[Contact]) -> str:
    """The contacts as vCard 3.0, one card each, in the order given."""
    import vobject

    out: list[str] = []
    for c in contacts:
        card = vobject.vCard()
        card.add("fn").value = c.name or c.title or c.organisation
        card.add("n").value = vobject.vcard.Name(family=c.name)
        if c.title:
            card.add("title").value = c.title
        if c.organisation:
            card.add("org").value = [c.organisation]
        if c.address or c.country:
            card.add("adr").value = vobject.vcard.Address(
                street="\n".join(c.address), country=c.country
            )
            card.adr.type_param = "WORK"
        if c.fax:
            tel = card.add("tel")
            tel.value = c.fax
            tel.type_param = "FAX"
        if c.email:
            card.add("email").value = c.email
        if c.represents:
            card.add("x-uawriter-represents").value = c.represents
        card.add("x-uawriter-salutation").value = c.salutation
        for lang, text in sorted(c.salutations.items()):
            line = card.add("x-uawriter-salutation")
            line.value = text
            line.params["LANGUAGE"] = [lang]
        out.append(card.serialize())
    return "".join(out)

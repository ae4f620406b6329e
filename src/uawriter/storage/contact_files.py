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

This module reads and writes the CSV; a row's address is put together in
:mod:`~uawriter.storage.csv_address`, vCards are read and written in
:mod:`~uawriter.storage.vcard_files`, and what both share is in
:mod:`~uawriter.storage.contact_limits`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from uawriter.domain.controls import tidy_field
from uawriter.storage.address_book import MAX_ADDRESS_LINES, Contact, salutations_of
from uawriter.storage.contact_limits import (
    MAX_BYTES,
    MAX_CONTACTS,
    ContactFileProblem,
    clean,
    represents,
)
from uawriter.storage.csv_address import ADDRESS_LINE_COLUMN, TOWN_COLUMNS, row_address
from uawriter.storage.csv_rows import CsvRowProblem, cells_by_name, csv_rows, spreadsheet_safe
from uawriter.storage.vcard_files import read_vcards, vcards

__all__ = [
    "CSV_COLUMNS",
    "MAX_BYTES",
    "ContactFileProblem",
    "csv_text",
    "read_csv",
    "read_csv_columns",
    "read_vcards",
    "vcards",
]

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
_SALUTATION_COLUMN = re.compile(r"^salutation[ _(-]+([a-z]{2,3}(?:[-_][a-z0-9]+)*)\)?$")


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


def _read_rows(text: str) -> tuple[list[Contact], list[str], list[int]]:
    given, rows = csv_rows(text)
    names = [_ALSO_NAMED.get(name, name) for name in given]
    if not {"title", "name", "organisation"} & set(names):
        raise ContactFileProblem(
            "the first line must name the columns, such as: " + ", ".join(CSV_COLUMNS)
        )
    town_columns = [name for group in TOWN_COLUMNS for name in group]
    not_read = [
        name
        for name, as_given in zip(names, given, strict=True)
        if as_given
        and name not in CSV_COLUMNS
        and name not in town_columns
        and not _SALUTATION_COLUMN.match(name)
        and not ADDRESS_LINE_COLUMN.match(name)
    ]
    unnamed: set[int] = set()
    contacts: list[Contact] = []
    for _line, cells in rows:
        values = cells_by_name(names, cells)
        unnamed.update(
            i for i, cell in enumerate(cells) if cell and (i >= len(names) or not names[i])
        )
        named = [values.get(key, "") for key in ("title", "name", "organisation")]
        if not any(tidy_field(cell) for cell in named):
            # a spreadsheet's empty but formatted rows (",,,,"): no contact, and each was
            # searched for a country name; 30,000 of them took 20 s (probe 99a)
            continue
        title, name, organisation = map(clean, named)
        languages = {
            match.group(1): value
            for key, value in values.items()
            if (match := _SALUTATION_COLUMN.match(key)) and value
        }
        contact = Contact(
            title=title,
            name=name,
            organisation=organisation,
            address=row_address(names, cells, values)[:MAX_ADDRESS_LINES],
            country=clean(values.get("country", "")),
            fax=clean(values.get("fax", "")),
            email=clean(values.get("email", "")),
            salutation=clean(values.get("salutation", "")) or "Your Excellency",
            represents=represents(
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

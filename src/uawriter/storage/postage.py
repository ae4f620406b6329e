"""The section's postage table: what a one-sheet letter costs to each country, and where
post is suspended ("post to … is suspended: use e-mail, fax or the embassy").

Sections know their own rates, so the table is theirs to fill in (the app ships none that
would go out of date): an organiser types it once, or imports the section's CSV, and every
volunteer on that laptop sees the rate or the warning beside "Send by". The CSV has the
columns ``country`` (a code such as KZ, or a name), ``rate`` (as it is written on the
counter: "1,10 €"), ``suspended`` (yes/no) and ``note``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from uawriter.domain.countries import country_code_of
from uawriter.storage.csv_rows import CsvRowProblem, cells_by_name, csv_rows, spreadsheet_safe
from uawriter.storage.json_store import JsonStore, bool_of, text_of

POSTAGE_FORMAT = "uawriter-postage"
POSTAGE_VERSION = 1
CSV_COLUMNS = ("country", "rate", "suspended", "note")
#: A table longer than every country there is comes from a wrong file.
MAX_ROWS = 400
_YES = {"yes", "y", "true", "1", "x", "ja", "oui", "sí", "si", "да", "иә"}


@dataclass(frozen=True)
class Postage:
    country: str  # ISO code
    rate: str = ""
    suspended: bool = False
    note: str = ""


class PostageProblem(ValueError):
    """A CSV that is not a postage table: the message names the line and the fix."""


class PostageTable(JsonStore):
    def __init__(self, path: Path) -> None:
        super().__init__(path, POSTAGE_FORMAT, POSTAGE_VERSION)

    def load(self) -> dict[str, Postage]:
        rows = super().load().get("countries", [])
        table: dict[str, Postage] = {}
        for row in rows[:MAX_ROWS] if isinstance(rows, list) else []:
            if not isinstance(row, dict):
                continue
            code = country_code_of(text_of(row, "country"))
            if code:
                table[code] = Postage(
                    code,
                    text_of(row, "rate")[:60],
                    bool_of(row, "suspended", False),
                    text_of(row, "note")[:200],
                )
        return table

    def save(self, table: Mapping[str, Postage]) -> None:
        super().save(
            {
                "countries": [
                    {"country": p.country, "rate": p.rate, "suspended": p.suspended, "note": p.note}
                    for p in sorted(table.values(), key=lambda p: p.country)
                ]
            }
        )


def read_csv(text: str) -> dict[str, Postage]:
    """The rows of a postage CSV (comma or semicolon, as spreadsheets write it). Raises
    :class:`PostageProblem` naming the line of a country that cannot be read."""
    try:
        return _read_rows(text)
    except csv.Error as exc:  # a field longer than 128 KiB, a stray quote
        raise PostageProblem(
            f"cannot be read as a table ({exc}); save it from the spreadsheet as CSV again"
        ) from exc
    except CsvRowProblem as exc:
        raise PostageProblem(str(exc)) from exc


def _read_rows(text: str) -> dict[str, Postage]:
    fields, rows = csv_rows(text, sample_size=2000)
    if "country" not in fields:
        raise PostageProblem("the first line must name the columns: country, rate, suspended, note")
    table: dict[str, Postage] = {}
    for line, cells in rows:
        values = cells_by_name(fields, cells)
        if not any(values.values()):
            continue
        given = values.get("country", "")
        code = country_code_of(given)
        if not code:
            shown = repr(given if len(given) <= 60 else given[:59] + "…")
            raise PostageProblem(
                f"line {line}: {shown} is not a country UA Writer knows; "
                "write its two-letter code, such as KZ"
            )
        if len(table) >= MAX_ROWS:
            raise PostageProblem(f"more than {MAX_ROWS} countries: this is not a postage table")
        table[code] = Postage(
            code,
            values.get("rate", "")[:60],
            values.get("suspended", "").casefold() in _YES,
            values.get("note", "")[:200],
        )
    return table


def csv_text(entries: Iterable[Postage]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in sorted(entries, key=lambda p: p.country):
        cells = (p.country, p.rate, "yes" if p.suspended else "no", p.note)
        writer.writerow(spreadsheet_safe(cell) for cell in cells)
    return buffer.getvalue()

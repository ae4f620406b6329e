"""The rows of a CSV file made in a spreadsheet (an embassy list, a postage table): the
separator found (comma, semicolon or tab), the first line naming the columns, and each
row's cells by column name, trimmed."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any


class CsvRowProblem(ValueError):
    """A row that cannot be read as the first line names its columns."""


def csv_rows(
    text: str, sample_size: int = 4000
) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The column names (trimmed, in lower case) and the rows: ``(line, {column: cell})``,
    ``line`` counted as an editor counts it. Raises ``csv.Error`` (a field over 128 KiB, a
    stray quote) and :class:`CsvRowProblem` (more cells than columns) as the rows are read."""
    dialect: Any = csv.excel
    if text[:sample_size].strip():
        try:
            dialect = csv.Sniffer().sniff(text[:sample_size], delimiters=",;\t")
        except csv.Error:  # one column only: nothing to tell the separator by
            dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect, restkey=_EXTRA)
    names = [(name or "").strip().casefold() for name in reader.fieldnames or ()]

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for row in reader:
            extra = [cell for cell in row.pop(_EXTRA, None) or () if cell.strip()]
            if extra:  # a trailing comma gives an empty one: nothing lost
                raise CsvRowProblem(
                    f"line {reader.line_num} has more cells than the first line names "
                    f"columns ({_shown(extra[0])} is one too many); a cell holding the "
                    "separator needs quotes around it, as a spreadsheet saves it"
                )
            yield (
                reader.line_num,
                {
                    (key or "").strip().casefold(): (value or "").strip()
                    for key, value in row.items()
                },
            )

    return names, rows()


#: The key DictReader gives the cells beyond the named columns (never a column's name).
_EXTRA = "\x00extra"


def _shown(cell: str) -> str:
    cell = cell.strip()
    return repr(cell if len(cell) <= 40 else cell[:40] + "…")

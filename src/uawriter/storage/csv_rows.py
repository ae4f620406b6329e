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
    ``line`` counted as an editor counts it. Raises ``csv.Error`` (a field over 128 KiB) and
    :class:`CsvRowProblem` (more cells than columns, a quote never closed) as the rows are
    read."""
    dialect: Any = csv.excel
    if text[:sample_size].strip():
        try:
            dialect = csv.Sniffer().sniff(text[:sample_size], delimiters=",;\t")
        except csv.Error:  # one column only: nothing to tell the separator by
            dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect, restkey=_EXTRA)
    names = [(name or "").strip().casefold() for name in reader.fieldnames or ()]
    lines = io.StringIO(text).readlines()  # as the reader counts them

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        last_line = reader.line_num
        for row in reader:
            first_line, last_line = last_line + 1, reader.line_num
            if last_line >= len(lines) and _never_closed(lines[first_line - 1 :], dialect):
                while not lines[first_line - 1].strip("\r\n"):  # blank lines csv skipped
                    first_line += 1
                raise CsvRowProblem(
                    f'line {first_line} opens a quote (") that is never closed, so the rest '
                    "of the file would be read as one cell; remove that quote, or close it "
                    "after the cell it opens"
                )
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


def _never_closed(last_row: list[str], dialect: Any) -> bool:
    """Whether the lines of the file's last row end inside a quote: csv then takes every
    line after a stray quote into one cell, and says nothing."""
    try:
        for _row in csv.reader(last_row, dialect=dialect, strict=True):
            pass
    except csv.Error as exc:  # or another of strict's complaints, which csv reads past
        return "unexpected end of data" in str(exc)
    return False


#: The key DictReader gives the cells beyond the named columns (never a column's name).
_EXTRA = "\x00extra"


def _shown(cell: str) -> str:
    cell = cell.strip()
    return repr(cell if len(cell) <= 40 else cell[:40] + "…")

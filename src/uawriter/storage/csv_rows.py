"""The rows of a CSV file made in a spreadsheet (an embassy list, a postage table): the
separator found (comma, semicolon or tab), the first line naming the columns, and each
row's cells by column name, trimmed.

And the cells the app writes for a spreadsheet (the tally, the address book, the postage
table): a cell a spreadsheet would run as a formula (``=HYPERLINK(…)`` from a stranger's
file) is written as text, with an apostrophe before it (:func:`spreadsheet_safe`); reading
takes that apostrophe off again (:func:`from_spreadsheet`), so a table exported and imported
again holds what it held, a fax number "+49 30 …" included."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any


class CsvRowProblem(ValueError):
    """A row that cannot be read as the first line names its columns."""


def csv_rows(
    text: str, sample_size: int = 4000
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The column names (trimmed, in lower case; "" for a column without a heading) and the
    rows: ``(line, cells)``, ``line`` counted as an editor counts it, ``cells`` trimmed and
    in the columns' order, one for each name at least. Cells under headings left empty at
    the end of the first line come after those (a spreadsheet's used range, or its notes
    column left unnamed). Two columns may have one name: a spreadsheet allows it, and each
    keeps its cells (:func:`cells_by_name` takes the first filled in).

    Raises ``csv.Error`` (a field over 128 KiB) and :class:`CsvRowProblem` (more cells than
    the first line has, a quote never closed) as the rows are read."""
    # lines ended by CR alone (Excel for Mac's "CSV (Macintosh)"), as an editor reads them
    text = _LONE_CR.sub("\n", text)
    dialect: Any = csv.excel
    separator = _SEPARATOR_LINE.match(text)
    skipped = 0  # lines before the one naming the columns
    if separator:  # Excel's "sep=;" line, before the one naming the columns
        dialect = _with_delimiter(separator.group(2))
        text, skipped = text[separator.end() :], 1
    elif text[:sample_size].strip():
        try:
            sniffed = csv.Sniffer().sniff(text[:sample_size], delimiters=",;\t")
        except csv.Error:  # one column only: nothing to tell the separator by
            dialect = csv.excel
        else:
            # only its separator: every spreadsheet quotes with '"' and doubles one in a
            # cell, and the sniffer's guesses of the rest ('"' not doubled, "'" as the
            # quote) added quotes to a note ending in a quoted word at each round trip
            # (probe 110b), or merged entries (probe 109b)
            dialect = _with_delimiter(sniffed.delimiter, sniffed.skipinitialspace)
        # the sniffer counts separators line by line, and an address cell of several lines
        # (Alt+Enter in Excel) threw it off: German Excel's ";" list was read by its commas.
        # The line naming the columns says which separator it is.
        named = text.split("\n", 1)[0]
        if dialect.delimiter not in named:
            counts = {separator: named.count(separator) for separator in ",;\t"}
            most = max(counts, key=lambda separator: counts[separator])
            if counts[most]:
                dialect = _with_delimiter(most)
    reader = csv.reader(io.StringIO(text), dialect=dialect)
    heading = [cell.strip().casefold() for cell in next(reader, [])]
    width = len(heading)  # cells beyond it are one too many
    while heading and not heading[-1]:  # a spreadsheet's used range, unnamed
        heading.pop()
    if len(heading) > MAX_COLUMNS:  # each row a table of every column: hours for 2 MB
        raise CsvRowProblem(
            f"the first line names {len(heading):,} columns, more than a table for UA Writer "
            f"has ({MAX_COLUMNS} at most); save only the columns the list needs"
        )
    lines = io.StringIO(text).readlines()  # as the reader counts them

    def rows() -> Iterator[tuple[int, list[str]]]:
        last_line = reader.line_num
        for row in reader:
            first_line, last_line = last_line + 1, reader.line_num
            if not row:  # a blank line
                continue
            if last_line >= len(lines) and _never_closed(lines[first_line - 1 :], dialect):
                while not lines[first_line - 1].strip("\r\n"):  # blank lines csv skipped
                    first_line += 1
                raise CsvRowProblem(
                    f'line {first_line + skipped} opens a quote (") that is never closed, so '
                    "the rest of the file would be read as one cell; remove that quote, or "
                    "close it after the cell it opens"
                )
            extra = [cell for cell in row[width:] if cell.strip()]
            if extra:  # a trailing comma gives an empty one: nothing lost
                raise CsvRowProblem(
                    f"line {reader.line_num + skipped} has more cells than the first line names "
                    f"columns ({_shown(extra[0])} is one too many); a cell holding the "
                    "separator needs quotes around it, as a spreadsheet saves it"
                )
            cells = [from_spreadsheet(cell.strip()) for cell in row[:width]]
            while len(cells) > len(heading) and not cells[-1]:
                cells.pop()
            cells += [""] * (len(heading) - len(cells))
            yield reader.line_num + skipped, cells

    return heading, rows()


def cells_by_name(names: list[str], cells: list[str]) -> dict[str, str]:
    """A row's cells by column name: of two columns of one name, the first filled in."""
    found: dict[str, str] = {}
    for name, cell in zip(names, cells, strict=False):
        if name and not found.get(name):
            found[name] = cell
    return found


#: A carriage return that does not start a CRLF.
_LONE_CR = re.compile(r"\r(?!\n)")
#: The most columns a table may name: an embassy list has ten or so, with a salutation
#: per language; 100,000 columns made each line of a 2 MB file a table of them all.
MAX_COLUMNS = 200
#: Excel's first line saying which separator the file uses ("sep=;").
#: Saved back by the spreadsheet, it may be quoted and followed by empty cells
#: (``"sep=;";;;`` or ``sep=;;;;``).
_SEPARATOR_LINE = re.compile(r'\A\ufeff?("?)sep=([,;\t|])\1(?:\2*)[ \t]*\r?\n', re.IGNORECASE)


def _with_delimiter(separator: str, after_separator_space: bool = False) -> Any:
    class Given(csv.excel):
        delimiter = separator
        skipinitialspace = after_separator_space  # '"a", "b"': each quote still opens

    return Given


def _never_closed(last_row: list[str], dialect: Any) -> bool:
    """Whether the lines of the file's last row end inside a quote: csv then takes every
    line after a stray quote into one cell, and says nothing."""
    try:
        for _row in csv.reader(last_row, dialect=dialect, strict=True):
            pass
    except csv.Error as exc:  # or another of strict's complaints, which csv reads past
        return "unexpected end of data" in str(exc)
    return False


#: A cell starting with = + - @, a tab or a carriage return is read as a formula by some
#: spreadsheets; one starting with apostrophes before those is written with one more, so
#: that reading takes off exactly the apostrophe writing put on.
_FORMULA_LIKE = re.compile(r"'*[=+\-@\t\r]")


def spreadsheet_safe(text: str) -> str:
    """``text`` as a cell a spreadsheet shows as text, never runs: an apostrophe before a
    cell that would start a formula ("'=HYPERLINK(…)", "'+49 30 47007 110")."""
    return "'" + text if _FORMULA_LIKE.match(text) else text


def from_spreadsheet(cell: str) -> str:
    """A cell as :func:`spreadsheet_safe` was given it: its apostrophe taken off. A cell
    written by hand as "'=1+1" reads as "=1+1", as the spreadsheet showed it."""
    return cell[1:] if cell[:1] == "'" and _FORMULA_LIKE.match(cell, 1) else cell


def _shown(cell: str) -> str:
    cell = cell.strip()
    return repr(cell if len(cell) <= 40 else cell[:40] + "…")

"""What the contact files (CSV and vCard) share: how much one may hold, the problem a
file that is not an embassy list raises, and how a stranger's value becomes a field."""

from __future__ import annotations

from uawriter.domain.countries import country_code_of, country_named_in
from uawriter.storage.address_book import MAX_CONTACTS, one_line

__all__ = ["MAX_BYTES", "MAX_CONTACTS", "MAX_LINES", "ContactFileProblem", "clean", "represents"]

#: A file bigger than this is not an embassy list (the window checks before reading).
MAX_BYTES = 2 * 1024 * 1024
#: More vCard lines than this is not an embassy list (a contact has ten to thirty): one
#: card of 340,000 lines (1.8 MB) took 24 s to read; these take 8 s at most.
MAX_LINES = 60 * MAX_CONTACTS


class ContactFileProblem(ValueError):
    """A file that is not an embassy list: the message says where and what to do."""


def clean(text: str) -> str:
    """A cell or a vCard value as a field of one line: without control characters,
    direction overrides or soft hyphens, its line breaks and runs of spaces one space (a
    list from a stick is a stranger's file: "Mr X\nFax: +7 …" added a line of its own to
    the letter's address block, and ESC and U+202E reached the fax cover sheet)."""
    return one_line(text)


def represents(code: str, organisation: str, title: str) -> str:
    given = country_code_of(code) if code.strip() else ""
    return given or country_named_in(organisation) or country_named_in(title)

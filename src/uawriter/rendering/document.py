"""What the PDF writer lays out: plain data, no reportlab (so importing it costs nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

_MM = 72 / 25.4


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in PDF points."""
        if self is Paper.A4:
            return 210 * _MM, 297 * _MM
        return 612.0, 792.0


@dataclass(frozen=True)
class CoverSheet:
    """What a fax cover sheet says. Page count is worked out when the pages are laid out."""

    to: str
    fax: str
    sender_name: str
    sender_contact: tuple[str, ...]
    date_text: str
    regarding: str


@dataclass(frozen=True)
class OutgoingLetter:
    """One letter to one addressee, ready to lay out; ``cover`` None means postal."""

    lang: str
    addressee_name: str
    text: str
    cover: CoverSheet | None = None


#: The most pages one letter may take, its fax cover sheet included, on every channel: the
#: PDF for post or fax, the fax TIFF, printing and the preview. A letter is a page or two;
#: a body of 29,000 very wide characters ("﷽") within the limit on a letter's text was laid
#: out as 145 pages, and a fax of more pages than this is not sent as one.
MAX_LETTER_PAGES = 30


class TooManyPages(ValueError):
    """A letter longer than :data:`MAX_LETTER_PAGES`: the message is for the volunteer and
    says what to do, so it is shown as it is (never as a traceback)."""


class LetterTooLong(TooManyPages):
    """Laying out a letter stopped as soon as it ran past :data:`MAX_LETTER_PAGES` pages.
    ``name`` is the addressee the letter is to ("" if it names none). An export of several
    files that stopped at this letter sets ``written``: the files written (and counted)
    before it."""

    #: The longest addressee name quoted in the message.
    NAME_CHARS = 120

    def __init__(self, name: str, fax: bool = False) -> None:
        self.name = name
        self.fax = fax
        self.written: list[Path] = []
        shown = name.strip()
        if len(shown) > self.NAME_CHARS:
            shown = shown[: self.NAME_CHARS - 1].rstrip() + "…"
        which = f"the letter to {shown}" if shown else "this letter"
        cover = ", with its fax cover sheet," if fax else ""
        super().__init__(
            f"{which}{cover} would take more than {MAX_LETTER_PAGES} pages; shorten it "
            "(a letter is a page or two)"
        )

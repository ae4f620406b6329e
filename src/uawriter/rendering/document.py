"""What the PDF writer lays out: plain data, no reportlab (so importing it costs nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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

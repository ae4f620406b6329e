"""What a draft holds: the fields found in an Urgent Action, under the pack format's names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: Files larger than this are refused before they are read.
MAX_INPUT_BYTES = 20 * 1024 * 1024

#: Text beyond this many characters is not drafted from (an Urgent Action is a few pages).
MAX_TEXT_CHARS = 300_000

#: The language packs made from Urgent Actions are written in.
SOURCE_LANGUAGE = "en"

#: The pack-format keys a draft can fill, in the order they are listed.
FIELD_KEYS = (
    "action.ua_number",
    "action.update",
    "action.issued",
    "action.deadline",
    "action.country",
    "action.write_in",
    "action.write_in_own_language",
    "action.title",
    "action.summary",
    "action.additional_information",
    "action.after_deadline",
    "action.diplomatic_copies",
    "action.further_information",
    "talking_points",
    "addressees",
)


class DraftInputError(Exception):
    """Input nothing can be drafted from. ``str(error)`` says why, for a person."""


# -- the draft -------------------------------------------------------------------------------


@dataclass
class DraftAddressee:
    """One official found under "Please send appeals to" (``target``) or "And copies to"
    (``copy``), with the pack format's field names."""

    id: str
    role: str
    title: str = ""
    name: str = ""
    organisation: str = ""
    address: list[str] = field(default_factory=list)
    country: str = ""
    fax: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    #: platform ("twitter", "facebook") -> handle, as printed
    social: dict[str, str] = field(default_factory=dict)
    #: language code -> salutation, without punctuation
    salutation: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "role": self.role,
            "title": self.title,
            "name": self.name,
            "organisation": self.organisation,
            "address": list(self.address),
            "country": self.country,
            "fax": self.fax,
            "emails": list(self.emails),
            "phones": list(self.phones),
            "social": dict(self.social),
            "salutation": dict(self.salutation),
        }


@dataclass
class ModelLetter:
    """A UA's model letter, less its asks (which are the talking points): the paragraphs
    before the asks and after them, the closing line ("Yours sincerely,") and the mark after
    the salutation ("," or ":")."""

    before: list[str]
    after: list[str]
    closing: str
    punctuation: str


@dataclass
class DraftPack:
    """What an Urgent Action's text says, as pack fields, with where each came from.

    The attributes are the ``[action]`` fields of the pack format; localised texts
    (``title``, ``summary``, …) are in ``language``. An empty text, ``None`` or
    ``[]`` (for ``talking_points``, ``addressees``) means "not found"; ``not_found`` lists
    those keys. ``write_in == []`` is a finding: the action accepts any language.

    ``sources`` maps a key (``action.deadline``, ``talking_points[2]``,
    ``addressees[1].salutation``) to ``(first, last)``: 1-based, inclusive line numbers in
    ``lines``, the tidied text. ``notes`` maps a key (or ``"input"``) to remarks a reviewer
    should read.
    """

    lines: list[str]
    #: the language the Urgent Action is written in: its texts are kept under this code
    language: str = SOURCE_LANGUAGE
    #: the layout that read it (``layouts/<id>.py``) and each layout's score for the text
    layout: str = ""
    layout_scores: dict[str, float] = field(default_factory=dict)
    ua_number: str = ""
    update: int | None = None
    issued: dt.date | None = None
    deadline: dt.date | None = None
    #: True when the action asks for appeals "immediately" / "as quickly as possible" and
    #: gives no date: the deadline is absent on purpose, not missing.
    appeals_as_soon_as_possible: bool = False
    country: str = ""
    write_in: list[str] | None = None
    write_in_own_language: bool | None = None
    title: str = ""
    summary: str = ""
    additional_information: str = ""
    after_deadline: str = ""
    diplomatic_copies: str = ""
    further_information: str = ""
    talking_points: list[str] = field(default_factory=list)
    #: the model letter, when the UA gives one (it becomes the pack's letter template)
    letter: ModelLetter | None = None
    addressees: list[DraftAddressee] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)
    sources: dict[str, tuple[int, int]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)

    def note(self, key: str, message: str) -> None:
        messages = self.notes.setdefault(key, [])
        if message not in messages:
            messages.append(message)

    def fields(self) -> dict[str, Any]:
        """The fields found, keyed as in the pack format, as JSON values."""
        found: dict[str, Any] = {}
        if self.ua_number:
            found["action.ua_number"] = self.ua_number
        if self.update is not None:
            found["action.update"] = self.update
        if self.issued is not None:
            found["action.issued"] = self.issued.isoformat()
        if self.deadline is not None:
            found["action.deadline"] = self.deadline.isoformat()
        if self.country:
            found["action.country"] = self.country
        if self.write_in is not None:
            found["action.write_in"] = list(self.write_in)
        if self.write_in_own_language is not None:
            found["action.write_in_own_language"] = self.write_in_own_language
        for key in _LOCAL_TEXT_KEYS:
            value = getattr(self, key)
            if value:
                found[f"action.{key}"] = {self.language: value}
        if self.further_information:
            found["action.further_information"] = self.further_information
        if self.talking_points:
            found["talking_points"] = [
                {"id": f"point-{i + 1}", "text": {self.language: text}}
                for i, text in enumerate(self.talking_points)
            ]
        if self.addressees:
            found["addressees"] = [a.to_json() for a in self.addressees]
        return found

    def to_json(self) -> dict[str, Any]:
        """``{"fields": …, "not_found": […], "sources": {key: [first, last]}, "notes": …}``."""
        return {
            "fields": self.fields(),
            "not_found": list(self.not_found),
            "sources": {key: [first, last] for key, (first, last) in self.sources.items()},
            "notes": {key: list(messages) for key, messages in self.notes.items()},
        }

    def lines_of(self, key: str) -> list[str]:
        """The tidied lines a field came from (empty if it has no source)."""
        if key not in self.sources:
            return []
        first, last = self.sources[key]
        return self.lines[first - 1 : last]


_LOCAL_TEXT_KEYS = (
    "title",
    "summary",
    "additional_information",
    "after_deadline",
    "diplomatic_copies",
)


def _not_found(draft: DraftPack) -> list[str]:
    missing: list[str] = []
    checks = (
        ("action.ua_number", bool(draft.ua_number)),
        ("action.update", draft.update is not None),
        ("action.issued", draft.issued is not None),
        ("action.deadline", draft.deadline is not None or draft.appeals_as_soon_as_possible),
        ("action.country", bool(draft.country)),
        ("action.write_in", draft.write_in is not None),
        ("action.write_in_own_language", draft.write_in_own_language is not None),
        *((f"action.{key}", bool(getattr(draft, key))) for key in _LOCAL_TEXT_KEYS),
        ("action.further_information", bool(draft.further_information)),
        ("talking_points", bool(draft.talking_points)),
        ("addressees", bool(draft.addressees)),
    )
    missing.extend(key for key, found in checks if not found)
    for i, addressee in enumerate(draft.addressees):
        if not addressee.salutation:
            missing.append(f"addressees[{i}].salutation")
        elif draft.language not in addressee.salutation:
            missing.append(f"addressees[{i}].salutation.{draft.language}")
        if not addressee.name and not addressee.title:
            missing.append(f"addressees[{i}].name")
    if draft.addressees and not any(a.role == "target" for a in draft.addressees):
        missing.append("addressees (a target)")
    return missing

"""The action pack as the app sees it once it has been read and checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

#: Days before the deadline from which an action counts as "closing soon".
CLOSING_SOON_DAYS = 7


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, as data: the GUI and CLI word it for people."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class LocalText:
    """A text given in one or more languages (language code -> text)."""

    texts: Mapping[str, str]
    fallback_language: str

    def get(self, lang: str) -> str:
        """The text in ``lang``, else in the pack's source language, else any."""
        if lang in self.texts:
            return self.texts[lang]
        if self.fallback_language in self.texts:
            return self.texts[self.fallback_language]
        return next(iter(self.texts.values()), "")

    def has(self, lang: str) -> bool:
        return lang in self.texts

    @staticmethod
    def of(texts: Mapping[str, str], fallback_language: str) -> LocalText:
        return LocalText(MappingProxyType(dict(texts)), fallback_language)


class Role(StrEnum):
    TARGET = "target"  # "Please send appeals to"
    COPY = "copy"  # "And copies to"


@dataclass(frozen=True)
class Addressee:
    id: str
    role: Role
    title: str
    name: str
    organisation: str
    address: tuple[str, ...]
    country: str
    fax: str
    emails: tuple[str, ...]
    salutation: LocalText

    @property
    def display_name(self) -> str:
        """ "President of Kazakhstan, Nursultan Nazarbaev" - how a volunteer tells them apart."""
        return ", ".join(part for part in (self.title, self.name) if part)

    @property
    def postal_lines(self) -> tuple[str, ...]:
        """The address block as it goes on an envelope, without empty or repeated lines."""
        lines: list[str] = []
        for line in (self.name, self.title, self.organisation, *self.address, self.country):
            if line and line not in lines:
                lines.append(line)
        return tuple(lines)


@dataclass(frozen=True)
class TalkingPoint:
    id: str
    text: LocalText


class DeadlineStatus(StrEnum):
    OPEN = "open"
    CLOSING_SOON = "closing soon"
    PASSED = "passed"
    NONE = "no deadline"


@dataclass(frozen=True)
class Action:
    ua_number: str
    update: int
    issued: dt.date | None
    deadline: dt.date | None
    country: str
    title: LocalText
    summary: LocalText
    additional_information: LocalText
    after_deadline: LocalText
    further_information: str
    write_in: tuple[str, ...]
    write_in_own_language: bool
    diplomatic_copies: LocalText | None

    def deadline_status(self, today: dt.date) -> DeadlineStatus:
        if self.deadline is None:
            return DeadlineStatus.NONE
        if today > self.deadline:
            return DeadlineStatus.PASSED
        if (self.deadline - today).days <= CLOSING_SOON_DAYS:
            return DeadlineStatus.CLOSING_SOON
        return DeadlineStatus.OPEN


@dataclass(frozen=True)
class Pack:
    id: str
    format_version: int
    revision: int
    source_language: str
    contacts_checked: dt.date
    action: Action
    talking_points: tuple[TalkingPoint, ...]
    addressees: tuple[Addressee, ...]
    #: letter language code -> template source text
    templates: Mapping[str, str]
    path: Path | None = None
    bundled: bool = False
    template_files: Mapping[str, str] = field(default_factory=dict)

    @property
    def letter_languages(self) -> tuple[str, ...]:
        """Languages a letter can be composed in: those with a template, in the pack's order."""
        return tuple(self.templates)

    @property
    def targets(self) -> tuple[Addressee, ...]:
        return tuple(a for a in self.addressees if a.role is Role.TARGET)

    @property
    def copies(self) -> tuple[Addressee, ...]:
        return tuple(a for a in self.addressees if a.role is Role.COPY)

    def addressee(self, addressee_id: str) -> Addressee:
        for a in self.addressees:
            if a.id == addressee_id:
                return a
        raise KeyError(addressee_id)


@dataclass(frozen=True)
class Sender:
    """Who writes the letter. Every part is optional: a letter can be signed by hand."""

    name: str = ""
    address: tuple[str, ...] = ()
    email: str = ""

    @staticmethod
    def from_text(name: str = "", address: str = "", email: str = "") -> Sender:
        """Address lines split on new lines or ';' (handy on a command line)."""
        lines = [line.strip() for line in address.replace(";", "\n").splitlines()]
        return Sender(name.strip(), tuple(line for line in lines if line), email.strip())

    @property
    def contact_lines(self) -> tuple[str, ...]:
        return tuple(line for line in (*self.address, self.email) if line)

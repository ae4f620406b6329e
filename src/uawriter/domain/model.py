"""The action pack as the app sees it once it has been read and checked."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from uawriter.domain.controls import DIRECTION_CONTROLS, without_controls

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
        """The text in ``lang``, else in its language without region or script ("pt" for
        "pt-BR", "zh-Hant" then "zh" for "zh-Hant-TW": an embassy's greeting given in
        Portuguese greeted a Brazilian letter in English, probe 96a), else in the pack's
        source language, else any."""
        if lang in self.texts:
            return self.texts[lang]
        parts = lang.split("-")
        while len(parts) > 1:
            parts.pop()
            if (broader := "-".join(parts)) in self.texts:
                return self.texts[broader]
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
    #: telephone numbers as printed in the UA (for calls; pack format 1, optional)
    phones: tuple[str, ...] = ()
    #: (platform, handle) pairs such as ("twitter", "@MinInterior"), as the UA names them
    social: tuple[tuple[str, str], ...] = ()

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
    #: Rules for this case, shown to the volunteer before printing or exporting
    #: ("Do not put the Amnesty name on this card."); None when the pack gives none.
    rules: LocalText | None = None
    #: The pack asks every letter to be signed with initials and town (see :class:`Sender`).
    sign_with_initials: bool = False
    #: Post to the action's country is suspended ("use e-mail, fax or the embassy").
    post_suspended: bool = False

    def rules_text(self, lang: str) -> str:
        """The rules in ``lang`` (else the pack's source language), or "" if there are none."""
        return self.rules.get(lang) if self.rules is not None else ""

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
    #: what would make the pack complete without stopping it from loading (a letter
    #: language the action asks for, when it also takes the volunteer's own language)
    notes: tuple[Problem, ...] = ()

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

    def effective_sender(self, sender: Sender) -> Sender:
        """``sender``, made to sign with initials if the pack asks for it
        (``[action] sign_with_initials = true``); the volunteer cannot turn that off."""
        if self.action.sign_with_initials and not sender.sign_with_initials:
            return replace(sender, sign_with_initials=True)
        return sender

    def signer(self, sender: Sender) -> Sender:
        """The sender as this pack's letters and cover sheets show them."""
        return self.effective_sender(sender).on_paper()


#: Characters that join the parts of one name ("Jean-Luc"): kept between their initials.
_HYPHENS = "-\u2010\u2011"
#: A full stop right before a letter ends a word: "A.N." is "A. N.".
_DOT_BEFORE_LETTER = re.compile(r"\.(?=[^\W\d_])")


def _initial(part: str) -> str:
    """The first letter of ``part`` (with its accents), upper-cased where the script has
    capitals; "" if it has no letter ("&", "1980")."""
    for i, char in enumerate(part):
        if char.isalpha():
            end = i + 1
            while end < len(part) and unicodedata.combining(part[end]):
                end += 1
            upper = char.upper()
            # "ß".upper() is "SS": a letter that does not stay one letter is kept as typed.
            return (upper if len(upper) == 1 else char) + part[i + 1 : end]
    return ""


def initials_of(name: str) -> str:
    """ "Aigerim Nurlanovna Sadykova" -> "A. N. S.", "Jean-Luc Picard" -> "J.-L. P.".

    Each word of the name (split on spaces, and after a full stop before a letter: "A.N."
    is two words)
    gives its first letter and a full stop; the parts of a hyphenated word keep their
    hyphen. Scripts without capitals (Arabic, Hebrew, Chinese) keep their first letters as
    they are. Words without a letter are left out; an empty name gives ""."""
    text = _DOT_BEFORE_LETTER.sub(". ", unicodedata.normalize("NFC", name))
    for hyphen in _HYPHENS[1:]:
        text = text.replace(hyphen, _HYPHENS[0])
    words: list[str] = []
    for word in text.split():
        parts = [f"{letter}." for letter in map(_initial, word.split(_HYPHENS[0])) if letter]
        if parts:
            words.append("-".join(parts))
    return " ".join(words)


#: What a sender's name or address line holds at most (a long official title is 100).
MAX_SENDER_CHARS = 200
#: Lines of a sender's address at most.
MAX_SENDER_LINES = 12
#: Characters of a phone number at most (as the settings keep it).
MAX_PHONE_CHARS = 60


def _typed(text: str) -> str:
    """What a volunteer typed, without what no letter can show (line breaks and tabs kept)."""
    return DIRECTION_CONTROLS.sub("", without_controls(text))


@dataclass(frozen=True)
class Sender:
    """Who writes the letter. Every part is optional: a letter can be signed by hand.

    ``name``, ``address`` and ``email`` are what the volunteer typed. With
    ``sign_with_initials`` the letter shows only the initials of the name and the
    ``town`` (advice sections give to writers with ties to the country): :meth:`on_paper`
    is the sender as letters and cover sheets show them."""

    name: str = ""
    address: tuple[str, ...] = ()
    email: str = ""
    town: str = ""
    sign_with_initials: bool = False
    #: a phone or fax number for replies (the volunteer's or the organiser's)
    phone: str = ""

    @staticmethod
    def from_text(
        name: str = "",
        address: str = "",
        email: str = "",
        town: str = "",
        sign_with_initials: bool = False,
        phone: str = "",
    ) -> Sender:
        """Address lines split on new lines or ';' (handy on a command line). Control
        characters and direction overrides are left out: typed or pasted, they print as
        nothing or a box, or turn the text after them backwards ("[2J" from a terminal's
        escape sequence on a fax cover sheet)."""
        name, address, email, town, phone = map(_typed, (name, address, email, town, phone))
        lines = [line.strip() for line in address.replace(";", "\n").splitlines()]
        return Sender(
            name.strip(),
            tuple(line for line in lines if line),
            email.strip(),
            " ".join(town.split()),
            sign_with_initials,
            " ".join(phone.split()),
        )

    def problem(self) -> str:
        """What is too long for a letter in what the volunteer typed, naming the field, or
        "": else the letter is refused as too long, and the message names the template."""
        if len(self.name) > MAX_SENDER_CHARS:
            return f"the name has {len(self.name):,} characters; at most {MAX_SENDER_CHARS}"
        if len(self.address) > MAX_SENDER_LINES:
            return f"the address has {len(self.address):,} lines; at most {MAX_SENDER_LINES}"
        longest = max((len(line) for line in self.address), default=0)
        if longest > MAX_SENDER_CHARS:
            return f"an address line has {longest:,} characters; at most {MAX_SENDER_CHARS}"
        if len(self.phone) > MAX_PHONE_CHARS:
            return f"the phone number has {len(self.phone):,} characters; at most {MAX_PHONE_CHARS}"
        return ""

    @property
    def initials(self) -> str:
        """The name as initials: "A. N. S." (see :func:`initials_of`)."""
        return initials_of(self.name)

    def on_paper(self) -> Sender:
        """The sender as a letter shows them. With initials: the initials, the town as the
        only address line, and no e-mail or phone (they identify the writer). Otherwise: the
        name, the address with the town added as its last line unless a line already holds
        it, the phone and the e-mail. Applying it twice changes nothing."""
        if self.sign_with_initials:
            town = (self.town,) if self.town else ()
            return Sender(self.initials, town, "", self.town, True)
        folded = self.town.casefold()
        has_town = not self.town or any(folded in line.casefold() for line in self.address)
        address = self.address if has_town else (*self.address, self.town)
        return Sender(self.name, address, self.email, self.town, False, self.phone)

    @property
    def display_name(self) -> str:
        """The name as letters and cover sheets show it (the initials when signing so)."""
        return self.on_paper().name

    @property
    def contact_lines(self) -> tuple[str, ...]:
        """The address, phone and e-mail as letters and cover sheets show them."""
        shown = self.on_paper()
        return tuple(line for line in (*shown.address, shown.phone, shown.email) if line)


def signer_for(sender: Sender, packs: Iterable[Pack]) -> Sender:
    """The sender as a document of several letters names them (its author, in the PDF's
    properties): with initials when the volunteer or any of the letters' packs asks."""
    forced = any(pack.action.sign_with_initials for pack in packs)
    return (replace(sender, sign_with_initials=True) if forced else sender).on_paper()

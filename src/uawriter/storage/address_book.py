"""The volunteer's own addresses of diplomatic representatives ("send copies to diplomatic
representatives accredited to your country"), kept between events."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from uawriter.domain.contact_rules import is_email, is_fax_number
from uawriter.domain.model import Addressee, LocalText, Role
from uawriter.storage.json_store import JsonStore, list_of_text, text_of

ADDRESS_BOOK_FORMAT = "uawriter-address-book"
ADDRESS_BOOK_VERSION = 1


#: A field longer than this (a title, a name, an address line…) is cut, as the import and
#: the address book window cut it: an exported book must import again (csv reads no
#: cell over 128 KiB), and a pasted blob made each edit in the window take seconds.
MAX_FIELD_CHARS = 300
MAX_ADDRESS_LINES = 12

#: The ids of address book contacts as copy addressees: "address-book-0", …
COPY_ID_PREFIX = "address-book-"


@dataclass(frozen=True)
class Contact:
    title: str  # "Ambassador of Kazakhstan"
    name: str = ""
    organisation: str = ""  # "Embassy of the Republic of Kazakhstan"
    address: tuple[str, ...] = ()
    country: str = ""
    fax: str = ""
    email: str = ""
    salutation: str = "Your Excellency"
    #: ISO code of the country the mission represents, to offer it for that country's actions.
    represents: str = ""
    #: the salutation per letter language ("kk" -> "Құрметті Елші мырза"): a Kazakh letter
    #: must not greet an ambassador in English; ``salutation`` serves the other languages
    salutations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def label(self) -> str:
        return ", ".join(p for p in (self.title, self.name) if p) or self.organisation

    def as_addressee(self, index: int) -> Addressee:
        """A copy addressee: greeted in each letter language it has a salutation for, with
        the general salutation in every other."""
        return Addressee(
            id=f"{COPY_ID_PREFIX}{index}",
            role=Role.COPY,
            title=self.title,
            name=self.name,
            organisation=self.organisation,
            address=self.address,
            country=self.country,
            fax=self.fax,
            emails=(self.email,) if self.email else (),
            salutation=LocalText.of({"und": self.salutation, **self.salutations}, "und"),
        )


#: A salutation in more languages than this comes from a wrong file.
MAX_SALUTATIONS = 64


def salutations_of(value: object) -> Mapping[str, str]:
    """Language code -> salutation from saved or imported data; anything else is dropped."""
    if not isinstance(value, dict):
        return MappingProxyType({})
    kept = {
        str(lang): " ".join(str(text).split())[:200]
        for lang, text in list(value.items())[:MAX_SALUTATIONS]
        if isinstance(lang, str) and isinstance(text, str) and text.strip() and 2 <= len(lang) <= 12
    }
    return MappingProxyType(kept)


def contact_problems(contact: Contact) -> list[str]:
    """What is wrong with a contact the volunteer typed, in words for the form."""
    problems = []
    if not (contact.title or contact.name or contact.organisation):
        problems.append("title")
    if contact.fax and not is_fax_number(contact.fax):
        problems.append("fax")
    if contact.email and not is_email(contact.email):
        problems.append("email")
    return problems


def _field(entry: dict[str, object], key: str, default: str = "") -> str:
    return text_of(entry, key, default)[:MAX_FIELD_CHARS]


class AddressBook(JsonStore):
    def __init__(self, path: Path) -> None:
        super().__init__(path, ADDRESS_BOOK_FORMAT, ADDRESS_BOOK_VERSION)

    def load(self) -> list[Contact]:  # type: ignore[override]
        entries = super().load().get("contacts", [])
        contacts: list[Contact] = []
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            address = list_of_text(entry, "address")[:MAX_ADDRESS_LINES]
            contact = Contact(
                title=_field(entry, "title"),
                name=_field(entry, "name"),
                organisation=_field(entry, "organisation"),
                address=tuple(line[:MAX_FIELD_CHARS] for line in address),
                country=_field(entry, "country"),
                fax=_field(entry, "fax"),
                email=_field(entry, "email"),
                salutation=_field(entry, "salutation", "Your Excellency"),
                represents=_field(entry, "represents"),
                salutations=salutations_of(entry.get("salutations")),
            )
            if contact.label:
                contacts.append(contact)
        return contacts

    def save(self, contacts: list[Contact]) -> None:  # type: ignore[override]
        super().save(
            {
                "contacts": [
                    {
                        "title": c.title,
                        "name": c.name,
                        "organisation": c.organisation,
                        "address": list(c.address),
                        "country": c.country,
                        "fax": c.fax,
                        "email": c.email,
                        "salutation": c.salutation,
                        "represents": c.represents,
                        "salutations": dict(c.salutations),
                    }
                    for c in contacts
                ]
            },
        )

"""The volunteer's own addresses of diplomatic representatives ("send copies to diplomatic
representatives accredited to your country"), kept between events."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from uawriter.domain.contact_rules import is_email, is_fax_number
from uawriter.domain.controls import (
    DIRECTION_CONTROLS,
    direction_problem,
    tidy_field,
    without_controls,
)
from uawriter.domain.languages import canonical_language
from uawriter.domain.model import Addressee, LocalText, Role
from uawriter.storage.json_store import (
    JsonStore,
    list_of_text,
    set_aside_damaged,
    text_of,
    whole_characters,
)

ADDRESS_BOOK_FORMAT = "uawriter-address-book"
ADDRESS_BOOK_VERSION = 1


#: A field longer than this (a title, a name, an address line…) is cut, as the import and
#: the address book window cut it: an exported book must import again (csv reads no
#: cell over 128 KiB), and a pasted blob made each edit in the window take seconds.
MAX_FIELD_CHARS = 300
MAX_ADDRESS_LINES = 12
#: More contacts than this in one file is not an embassy list.
MAX_CONTACTS = 2000
#: More contacts than this is not an address book this app wrote: five full embassy lists
#: (read in about a second; 280,000 took 17 s at every start of the window, probe 90a).
MAX_BOOK_CONTACTS = 5 * MAX_CONTACTS
#: Greetings in all the book's entries together (five languages an entry): 9,300 entries of
#: 64 each, valid JSON under the store's 8 MB, took 11 s to read at every start (probe 99a).
MAX_BOOK_SALUTATIONS = 5 * MAX_BOOK_CONTACTS

#: The ids of address book contacts as copy addressees: "address-book-" and a hash
#: (:func:`copy_id`)
COPY_ID_PREFIX = "address-book-"


#: An address book entry's own id, as the book keeps it (:func:`new_uid`).
_UID = re.compile(r"[0-9a-f]{12}")


def new_uid() -> str:
    """An id for an entry added to the book (typed, or imported from a list)."""
    return secrets.token_hex(6)


def with_uids(contacts: list[Contact]) -> list[Contact]:
    """``contacts``, each with an id of its own: one without (a book from before entries
    had ids, a hand-edited one) or with another's gets one made from what it holds and
    where it is among the entries that hold the same, the same at every start until the
    book is saved with it."""
    held = Counter(c.uid for c in contacts)
    seen: set[str] = set()
    same: dict[str, int] = {}
    kept: list[Contact] = []
    for contact in contacts:
        uid = contact.uid
        # an id two entries hold (a block copied by hand) is neither's: which one a draft
        # or a stacked copy chose is not known (probe 98a)
        if not _UID.fullmatch(uid) or held[uid] > 1 or uid in seen:
            who = _who(contact)
            same[who] = same.get(who, 0) + 1
            made = hashlib.blake2s(
                f"{who}\x1e{same[who]}".encode("utf-8", "surrogatepass"), digest_size=6
            ).hexdigest()
            while made in seen:
                made = hashlib.blake2s(made.encode(), digest_size=6).hexdigest()
            uid = made
        seen.add(uid)
        kept.append(contact if uid == contact.uid else replace(contact, uid=uid))
    return kept


def _who(contact: Contact) -> str:
    return "\x1f".join(
        [contact.title, contact.name, contact.organisation, *contact.address, contact.country]
    )


def copy_id(contact: Contact) -> str:
    """The id of a copy to ``contact``: ``address-book-`` and the entry's own id, which
    stays through corrections, whatever its place in the book. Its place was the id: an
    entry removed above it gave a copy to the next embassy the id of one already sent,
    and the tally counted one of the two (probe 96c); a hash of its address split one
    letter in two when the organiser corrected the street (probe 97b). A contact not from
    a book (no id) has a hash of who and where it is."""
    if contact.uid:
        return COPY_ID_PREFIX + contact.uid
    return (
        COPY_ID_PREFIX
        + hashlib.blake2s(_who(contact).encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    )


def contact_key(addressee: Addressee) -> tuple[str, ...]:
    """Which address book entry a copy addressee is: its id (:func:`copy_id`), which names
    the entry whatever its place in the book, and tells apart two embassies of one title
    and organisation (by title, name and organisation, a draft taken back chose the first
    of two, and the stack took one's copy for the other's: probe 97b); () for a pack's
    own addressee."""
    if not addressee.id.startswith(COPY_ID_PREFIX):
        return ()
    return (addressee.id,)


def counted_as(addressee: Addressee) -> str:
    """The name the tally counts a letter to ``addressee`` under: its title and name (an
    entry giving neither: its organisation, probe 100b); a copy to an address book entry
    that names no one with where it is ("Ambassador of Kazakhstan (London W8 5DA)"), as
    the window offers two embassies of one title: the morning report counted the copies
    to London and to Dublin on one line (probe 99b)."""
    name = addressee.display_name or addressee.organisation  # as the window offers it
    if addressee.name or not contact_key(addressee):
        return name
    where = addressee.address[-1] if addressee.address else addressee.country
    return f"{name} ({where})" if where and where not in name else name


def diplomat_key(addressee: Addressee) -> tuple[str, ...]:
    """The copy a draft keeps: its id, then its title, name and organisation, to name it
    by; () for a pack's own addressee."""
    if not addressee.id.startswith(COPY_ID_PREFIX):
        return ()
    return (addressee.id, addressee.title, addressee.name, addressee.organisation)


def same_diplomat(key: tuple[str, ...], copy: Addressee) -> bool:
    """Whether the draft's ``key`` (:func:`diplomat_key`) names ``copy``: by its id; a key
    from before entries had ids (title, name, organisation), by those."""
    if len(key) == 4:
        return key[0] == copy.id
    return key == (copy.title, copy.name, copy.organisation)


def diplomat_name(key: tuple[str, ...]) -> str:
    """The copy a draft's ``key`` names, in words: title and name, else organisation."""
    who = key[-3:]
    return ", ".join(x for x in who[:2] if x) or (who[-1] if who else "")


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
    #: the entry's own id in the book (:func:`new_uid`, :func:`with_uids`): its copies'
    #: id, kept when the entry is corrected or moved; two contacts are equal when they
    #: say the same, whatever their ids
    uid: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        return ", ".join(p for p in (self.title, self.name) if p) or self.organisation

    def as_addressee(self) -> Addressee:
        """A copy addressee: greeted in each letter language it has a salutation for, with
        the general salutation in every other. A fax that is not one fax number ("+49 30
        1234567 or +7 7172 000000") is not dialled, nor an e-mail that is not one address
        written to: the address book window shows what is wrong with them. Its id is the
        entry's own (:func:`copy_id`), not its place in the book."""
        c = tidied(self)
        return Addressee(
            id=copy_id(c),
            role=Role.COPY,
            title=c.title,
            name=c.name,
            organisation=c.organisation,
            address=c.address,
            country=c.country,
            fax=c.fax if is_fax_number(c.fax) else "",
            emails=(c.email,) if is_email(c.email) else (),
            salutation=LocalText.of({"und": c.salutation, **c.salutations}, "und"),
        )


#: Direction isolates (U+2066 to U+2069), left out of a field that opens more than it closes.
_NO_ISOLATES = dict.fromkeys(range(0x2066, 0x206A))


def one_line(text: str) -> str:
    """A field of one line (a title, a name, an address line, a fax number…) as a pack
    must give it (packs/manifest.py), whoever wrote it: a hand-edited address book, an
    embassy list from a stick, the address book window. Control characters (ESC, BEL: a
    command on a terminal, nothing or a box on paper), direction overrides (the text after
    them reads backwards) and soft hyphens are left out; line breaks and runs of spaces are
    one space. What was typed is kept, but a name with a line break cannot add a line of
    its own to the address block ("Fax: +7 …"), nor a fax field hide a second number on a
    line of its own. At most :data:`MAX_FIELD_CHARS` characters."""
    text = DIRECTION_CONTROLS.sub("", without_controls(whole_characters(text)))
    if direction_problem(text):  # an isolate opened and never closed, or the other way
        text = text.translate(_NO_ISOLATES)
    return " ".join(tidy_field(text).split())[:MAX_FIELD_CHARS]


def tidied(contact: Contact) -> Contact:
    """``contact`` with each field of one line (see :func:`one_line`); an address line
    holding a line break is two lines, as the address book window shows it."""
    lines = (one_line(part) for line in contact.address for part in line.splitlines())
    return replace(
        contact,
        title=one_line(contact.title),
        name=one_line(contact.name),
        organisation=one_line(contact.organisation),
        address=tuple(line for line in lines if line)[:MAX_ADDRESS_LINES],
        country=one_line(contact.country),
        fax=one_line(contact.fax),
        email=one_line(contact.email),
        salutation=one_line(contact.salutation),
        represents=one_line(contact.represents),
        salutations=salutations_of(dict(contact.salutations)),
    )


#: A salutation in more languages than this comes from a wrong file.
MAX_SALUTATIONS = 64


def salutations_of(value: object) -> Mapping[str, str]:
    """Language code -> salutation from saved or imported data; anything else is dropped.
    A code is written as packs write their letters' (``pt-BR``, ``sr-Latn``: a letter
    looks its greeting up by that code, and "pt-br" from the window, a CSV or a vCard was
    never found, probe 95a); a code CLDR does not know is kept in lower case if it is
    letters, digits and hyphens, and dropped if it is not (quotes copied from a pack.toml
    are left out first: in a vCard's LANGUAGE they stopped its export)."""
    if not isinstance(value, dict):
        return MappingProxyType({})
    kept: dict[str, str] = {}
    for lang, text in list(value.items())[:MAX_SALUTATIONS]:
        if not (isinstance(lang, str) and isinstance(text, str) and 2 <= len(lang) <= 14):
            continue
        code = salutation_language(lang)
        if code and one_line(text):
            kept[code] = one_line(text)[:200]
    return MappingProxyType(kept)


@lru_cache(maxsize=4096)
def salutation_language(code: str) -> str:
    """``code`` as a salutation is kept under (see :func:`salutations_of`); "" if none."""
    bare = code.strip().strip("\"'“”‘’«»").strip()
    known = canonical_language(bare)
    if known:
        return known
    bare = bare.lower()
    return bare if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", bare) and len(bare) <= 12 else ""


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


def _greetings_in(entries: list[object]) -> int:
    """How many greetings the book's entries give (before any is read)."""
    return sum(
        len(greetings)
        for entry in entries
        if isinstance(entry, dict) and isinstance(greetings := entry.get("salutations"), dict)
    )


def greetings_in(contacts: Sequence[Contact]) -> int:
    """How many greetings ``contacts`` give, as the book would keep them: past
    :data:`MAX_BOOK_SALUTATIONS`, it is set aside at the next start."""
    return sum(len(c.salutations) for c in contacts)


class AddressBook(JsonStore):
    def __init__(self, path: Path) -> None:
        super().__init__(path, ADDRESS_BOOK_FORMAT, ADDRESS_BOOK_VERSION)

    def load(self) -> list[Contact]:  # type: ignore[override]
        """The contacts; a book of more than :data:`MAX_BOOK_CONTACTS` entries or
        :data:`MAX_BOOK_SALUTATIONS` greetings is set aside as damaged (kept, and named at
        the start), not read: 280,000 short contacts, valid JSON under the store's 8 MB,
        took 17 s at every start of the window (probe 90a)."""
        entries = super().load().get("contacts", [])
        if isinstance(entries, list) and (
            len(entries) > MAX_BOOK_CONTACTS or _greetings_in(entries) > MAX_BOOK_SALUTATIONS
        ):
            self.set_aside = set_aside_damaged(self.path) or self.set_aside
            return []
        contacts: list[Contact] = []
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            # a book edited by hand or damaged holds what the window lets no one type: its
            # fields are read as an embassy list's are (controls, line breaks, overrides)
            contact = tidied(
                Contact(
                    title=text_of(entry, "title"),
                    name=text_of(entry, "name"),
                    organisation=text_of(entry, "organisation"),
                    address=tuple(list_of_text(entry, "address")[:MAX_ADDRESS_LINES]),
                    country=text_of(entry, "country"),
                    fax=text_of(entry, "fax"),
                    email=text_of(entry, "email"),
                    salutation=text_of(entry, "salutation", "Your Excellency"),
                    represents=text_of(entry, "represents"),
                    salutations=salutations_of(entry.get("salutations")),
                    uid=text_of(entry, "id"),
                )
            )
            if contact.label:
                contacts.append(contact)
        return with_uids(contacts)

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
                        "id": c.uid,
                    }
                    for c in with_uids(contacts)
                ]
            },
        )

"""One official's fields read from their block: name, title, organisation, address,
greeting, telephones and social media, with a note where the reading may be wrong."""

from __future__ import annotations

import re

from uawriter.domain.contact_rules import is_fax_number
from uawriter.drafting.fields.contacts import fax_numbers
from uawriter.drafting.fields.names import (
    _HONORIFIC,
    _is_name,
    _line_kind,
    _office_and_name,
    _split_address_line,
    _split_country,
    _titled_name,
    _unflatten_address,
)
from uawriter.drafting.fields.salutations import _split_salutation
from uawriter.drafting.fields.words import _words, _wordset
from uawriter.drafting.model import DraftAddressee
from uawriter.drafting.reader.base import ReaderBase
from uawriter.drafting.reader.blocks import _Block

#: The last word of a building's name: "Government House", "Presidential Palace".
_BUILDINGS = _wordset("house building palace palacio palais")


class OfficialFields(ReaderBase):
    """An official's fields from the block the list of officials was cut into."""

    def fill_salutation(
        self,
        addressee: DraftAddressee,
        block: _Block,
        key: str,
        for_all: tuple[int, str] | None,
    ) -> None:
        """The official's greeting, in each language it is given in: their own, or the
        one given for all officials."""
        if block.salutations:
            raw = " / ".join(v for _, v in block.salutations)
            texts, note = _split_salutation(raw, self.draft.language)
            addressee.salutation = texts
            last = block.salutations[-1][0]
            last = max(self.joined_lines.get(last, last), block.greeting_ends_at)
            self.source(f"{key}.salutation", block.salutations[0][0], last)
            if note:
                self.note(f"{key}.salutation", note)
            if block.greeting_ends_at >= 0:
                at = block.greeting_ends_at
                self.note(
                    f"{key}.salutation",
                    f"the greeting was read from lines {at} and {at + 1}, as one: check it",
                )
        elif for_all is not None:
            texts, note = _split_salutation(for_all[1], self.draft.language)
            addressee.salutation = texts
            if texts:
                self.source(f"{key}.salutation", for_all[0])
                self.note(f"{key}.salutation", "the salutation given for all addressees")
            if note:
                self.note(f"{key}.salutation", note)

    def fill_phones_and_social(self, addressee: DraftAddressee, block: _Block, key: str) -> None:
        for line, value in block.phones:
            numbers = fax_numbers(value)
            usable = [re.sub(r"\s+", " ", n) for n in numbers if is_fax_number(n)]
            if not usable:
                self.note(f"{key}.phones", f"{value!r} does not look like a telephone number")
            for number in usable:
                if number not in addressee.phones:
                    addressee.phones.append(number)
                    self.source(f"{key}.phones", line)
        for line, platform, value in block.socials:
            handle = value.split()[0].rstrip(",;") if value.split() else ""
            if handle and platform not in addressee.social:
                addressee.social[platform] = handle
                self.source(f"{key}.social", line)

    def note_listing(self, block: _Block, key: str) -> None:
        """Says how the block was read from officials listed together (see
        ``reader/shared_address.py``): one of several under one address, or one under two
        titles."""
        if block.also_titled:
            shown = ", ".join(repr(title) for title in block.also_titled)
            self.note(
                key,
                f"also listed as {shown} with the same name: drafted as one official under "
                "the first title; check the title",
            )
        if block.sharing:
            shown = " and ".join(
                [", ".join(repr(n) for n in block.sharing[:-1]), repr(block.sharing[-1])]
                if block.sharing[1:]
                else [repr(block.sharing[0])]
            )
            self.note(
                key,
                f"listed with {shown} under one address: drafted as officials of their "
                "own, each with that address and the fax, e-mail and salutation given with "
                "it; check them",
            )

    def fill_postal(self, addressee: DraftAddressee, block: _Block, key: str) -> None:
        self.note_listing(block, key)
        lines = [text.strip() for _, text in block.others if text.strip()]
        if self.doc.flattened and len(lines) == 1:
            lines = _unflatten_address(lines[0])
            self.note(key, "the address came as one line: it was split at commas; check it")
        if not lines:
            return
        head, country = _split_country(lines[-1])
        if country:
            addressee.country = country
            lines = [*lines[:-1], head] if head else lines[:-1]
        titles: list[str] = []
        in_address = False
        named_last = False  # the line before was the name
        for line in lines:
            if in_address:
                addressee.address.extend(_split_address_line(line))
                continue
            after_name, named_last = named_last, False
            kind = _line_kind(line)
            if kind == "org" and (_words(line.partition(", ")[0])[-1:] or [""])[0] in _BUILDINGS:
                kind = "address"  # "Government House, 1 Mangilik El Avenue": a building
            # "Monsieur Emmanuel Macron,", as lines of an address are written: a name with
            # an honorific; a line without one that ends in a comma is an address's
            # ("Casa de Nariño,", "Evin Prison,": taken for the name, probe 82a)
            bare = line.rstrip(",; ")
            if not addressee.name and (
                _HONORIFIC.match(line)
                or (kind in {"other", "address"} and _is_name(line, self.doc.lower_case))
                or (
                    bare != line
                    and kind in {"other", "address"}
                    and _titled_name(bare, self.doc.lower_case)
                )
            ):
                addressee.name = line
                named_last = True
            elif kind == "office":
                office, name = _office_and_name(line, self.doc.lower_case)
                titles.append(office)
                if name and not addressee.name:
                    addressee.name = name
            elif kind == "org" and not addressee.organisation:
                # "Ministry of Security, Aldea el Ocotal": the office, then where it is
                head, comma, rest = line.partition(", ")
                if comma and _line_kind(head) == "org" and _line_kind(rest) != "org":
                    addressee.organisation = head
                    addressee.address.extend(_split_address_line(rest))
                    in_address = True
                else:
                    addressee.organisation = line
            elif kind == "other" and not titles and not addressee.name:
                titles.append(line)
            else:
                self.note_address_start(addressee, key, line, kind, after_name)
                in_address = True
                addressee.address.extend(_split_address_line(line))
        if titles:
            addressee.title = _one_title(titles)
        addressee.name = addressee.name.rstrip(",;")
        addressee.organisation = addressee.organisation.rstrip(",;")

    def note_address_start(
        self, addressee: DraftAddressee, key: str, line: str, kind: str, after_name: bool
    ) -> None:
        """A note when the address's first line may be the official's name, or the end of
        it on the line before ("Kassym-Jomart Example" / "Tokayev": a table cell wrapped
        it, probe 91c; a city alone may follow a name too, so it is said, not joined)."""
        bare = line.rstrip(",; ")
        if (
            not addressee.name
            and bare != line
            and kind in {"other", "address"}
            and _is_name(bare, self.doc.lower_case)
        ):
            self.note(
                f"{key}.name",
                f"no name was found; {bare!r}, read as the first line of the "
                "address, may be the official's name: check it",
            )
        if after_name and re.fullmatch(r"[^\W\d_][\w'’-]*", line) and line[0].isupper():
            self.note(
                f"{key}.name",
                f"{line!r}, read as the first line of the address, may be the end of "
                f"the name {addressee.name!r} on the line before (a line broken in "
                "two): check it",
            )


def _one_title(titles: list[str]) -> str:
    """An official's title lines as one: a longer form of the title kept, others added."""
    title = titles[0]
    for later in titles[1:]:
        if later.lower().startswith(title.lower()):
            title = later
        elif not title.lower().startswith(later.lower()):
            title = f"{title}, {later}"
    return title.rstrip(",;")

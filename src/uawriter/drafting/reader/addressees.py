"""The officials to write to, and copies, from their address blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

from uawriter.domain.contact_rules import is_email, is_fax_number
from uawriter.drafting.fields.contacts import (
    _EMAIL,
    _FAX_NUMBER,
    _segments,
    fax_numbers,
    joined_bracket,
    joined_email,
)
from uawriter.drafting.fields.names import _is_name, _line_kind, _slug, _unique_id
from uawriter.drafting.fields.salutations import (
    _ALL_SALUTATION_WORDS,
    _continues_salutation,
    _looks_like_salutation,
)
from uawriter.drafting.fields.words import _words
from uawriter.drafting.model import DraftAddressee
from uawriter.drafting.reader.blocks import _Block, _BlockReader
from uawriter.drafting.reader.official import OfficialFields
from uawriter.drafting.reader.shared_address import shared_address


class AddresseeReader(OfficialFields):
    """The list of officials: cut into one block per official (``reader/blocks.py``),
    each block read into an official (``reader/official.py``), the same official listed
    twice merged."""

    def addressees(self) -> None:
        if self.appeals_at is None:
            return
        reader = _BlockReader(self)
        # The list of officials may run over a page: the footer and the running header of
        # the next page are skipped, not taken for its end.
        repeated = {self.lines[i].casefold() for i in self.heading_lines()}
        # A PDF whose pages are printed again (the same page 2,000 times) brings the text
        # before the list back inside it: its sentences are not officials, nor is any
        # recommended action.
        earlier = self.earlier_sentences()
        opening = " ".join(self.lines[self.appeals_at].split()).casefold()
        again: list[int] = []
        listed: list[int] = []
        for i in range(self.appeals_at + 1, self.next_boundary(self.appeals_at, footers=False)):
            line = self.lines[i]
            if i in self.doc.furniture or i in self.footers or line.casefold() in repeated:
                continue
            key = " ".join(line.split()).casefold()
            if key == opening:  # the list starts again: its officials are targets again
                listed.append(-1 - i)
                continue
            if key in earlier:
                continue
            listed.append(i)
        joined_to: set[int] = set()
        for k, i in enumerate(listed):
            if i < 0:
                again.append(-1 - i)
                reader.close()
                reader.role = "target"
                continue
            if i in joined_to:
                continue
            line = self.lines[i]
            after = listed[k + 1] if k + 1 < len(listed) else -1
            whole = None
            if after >= 0 and line:
                following = self.lines[after]
                whole = joined_email(line, following) or joined_bracket(line, following)
            reader.feed(i, line if whole is None else whole)
            if whole is not None and reader.current is not None:
                # an address or a bracket broken over two lines, read as one: both its own
                joined_to.add(after)
                reader.current.lines.append(after)
                self.joined_lines[i] = after
                if re.search(r"\w-$", line) and "@" in whole:  # a hyphen, or hyphenation?
                    reader.current.checks.append(
                        (
                            "emails",
                            f"the e-mail address broken at a hyphen on lines {i + 1} and "
                            f"{after + 1} was read as one, with the hyphen: check it",
                        )
                    )
        reader.close()
        if again:
            times = "once" if len(again) == 1 else f"{len(again):,} times"
            self.note(
                "addressees",
                f"the start of the list of officials is printed again {times}, first at "
                f"line {again[0] + 1} (the same pages printed again?): each official was read "
                "once; check the list against the Urgent Action",
            )
        self.build_addressees(reader.blocks, reader.for_all)

    def earlier_sentences(self) -> set[str]:
        """The lines before the list of officials that are no address line (three words
        or more), and the recommended actions, white space folded and case folded."""
        assert self.appeals_at is not None
        found = {
            " ".join(self.lines[i].split()).casefold()
            for i in range(self.appeals_at)
            if len(_words(self.lines[i])) >= 3
        }
        found |= {" ".join(point.split()).casefold() for point in self.draft.talking_points}
        return found

    def heading_lines(self) -> list[int]:
        """The heading and the title, which a page may repeat at its top."""
        found = [self.heading] if self.heading is not None else []
        if self.title_range is not None:
            found += list(range(self.title_range[0], self.title_range[1] + 1))
        return [i for i in found if self.lines[i]]

    def line_segments(
        self, line: str, block: _Block | None, blank: bool
    ) -> tuple[str, list[tuple[str, str]]]:
        """A line of an address block: its plain text and its labelled parts, with the
        salutations that come without a label: "(Monsieur le Ministre / Dear Minister)",
        "Dear Minister", a second-language salutation on the line after one, or a greeting
        ending an official's lines as a letter opens, "Monsieur le Président,", "Excmo. Sr.
        Presidente:" (else it would be taken for the next official's title)."""
        other, segments = _segments(line)
        if segments:
            return other, segments
        parenthesised = re.fullmatch(r"\((?P<s>[^()]+)\)", line)
        if parenthesised and _looks_like_salutation(parenthesised.group("s")):
            return "", [("salutation", parenthesised.group("s"))]
        if (
            re.match(r"(?i)dear\b", line)
            or (
                block is not None
                and block.last_was_salutation
                and block.salutations
                and not blank
                and _continues_salutation(block.salutations[-1][1], line)
            )
            or (
                block is not None
                and (block.others or block.has_contact)
                and re.search(r"[,:!]$", line)
                and _looks_like_salutation(line)
                # a name ending in a comma before the contacts is the official's name; after
                # them, a line that looks like a greeting is one ("Monsieur Asylov,",
                # "Your Excellency,": probe 83a)
                and (block.has_contact or not self._person(line.rstrip(",:! ")))
            )
        ):
            return "", [("salutation", line)]
        if block is not None and block.pending:
            return "", [(block.pending, line)]
        return other, segments

    def add_segment(
        self, block: _Block, i: int, kind: str, value: str, start: Callable[[int], _Block]
    ) -> _Block:
        if kind in {"fax", "email", "salutation"} and not value:
            block.pending = kind
            return block
        if kind == "fax":
            value = re.sub(r"\+\s+(?=\d)", "+", value)
            block.faxes.append((i, value))
            rest = _FAX_NUMBER.sub(" ", value, count=1)
        elif kind == "email":
            block.emails.append((i, value))
            rest = _EMAIL.sub(" ", value)
        elif kind == "salutation":
            if self.doc.flattened:
                kept, rest = self.trim_salutation(value, block)
                block.salutations.append((i, kept))
            else:
                block.salutations.append((i, value))
                rest = ""
            block.last_was_salutation = True
        elif kind == "phone":
            block.phones.append((i, value))
            return block
        elif kind.startswith("social:") and value:
            block.socials.append((i, kind.partition(":")[2], value))
            return block
        else:
            return block
        leftover = re.sub(r"(?i)[\s,;/()]+|\band\b|\bor\b", " ", rest).strip()
        if self.doc.flattened and len(_words(leftover)) >= 2:
            new = start(i)
            new.others.append((i, rest.strip(" ,;")))
            return new
        return block

    def trim_salutation(self, value: str, block: _Block) -> tuple[str, str]:
        """In flattened text the next addressee follows the salutation on the same line:
        keep the words a salutation uses or that name this addressee, stop at the first
        other word."""
        allowed = _ALL_SALUTATION_WORDS | block.words()
        tokens = value.split()
        kept: list[str] = []
        for k, piece in enumerate(tokens):
            words = _words(piece)
            if piece == "/" or (words and all(w in allowed for w in words)):
                kept.append(piece)
                continue
            if kept:
                return " ".join(kept), " ".join(tokens[k:])
            break
        return value, ""

    def each_official(self, blocks: list[_Block]) -> list[_Block]:
        """The blocks, one for each official: those of officials sharing an address split."""
        return [part for whole in blocks for part in shared_address(whole, self.doc.lower_case)]

    def _person(self, text: str) -> bool:
        """Whether ``text`` names a person ("Sr. Nicolás Maduro,", "Monsieur Emmanuel
        Macron,"), not an office as a greeting does ("Monsieur le Président,"): a name line
        ending in a comma was taken for the greeting, and the official fell in two (probe
        81a)."""
        return _line_kind(text) in {"other", "address"} and _is_name(text, self.doc.lower_case)

    def build_addressees(self, blocks: list[_Block], for_all: tuple[int, str] | None) -> None:
        ids: set[str] = set()
        merged: dict[int, list[str]] = {}
        for block in self.each_official(blocks):
            index = len(self.draft.addressees)
            key = f"addressees[{index}]"
            addressee = DraftAddressee(id="", role=block.role)
            self.fill_postal(addressee, block, key)
            for line, value in block.faxes:
                numbers = fax_numbers(value)
                usable = [n for n in numbers if is_fax_number(n)]
                if not usable:
                    self.note(f"{key}.fax", f"{value!r} does not look like a fax number; left out")
                    continue
                if not addressee.fax:
                    addressee.fax = re.sub(r"\s+", " ", usable[0])
                    self.source(f"{key}.fax", line)
                    usable = usable[1:]
                for other in usable:
                    self.note(f"{key}.fax", f"another fax number was given: {other!r}")
            email_lines: list[int] = []
            for line, value in block.emails:
                for m in _EMAIL.finditer(value):
                    email = m.group(1).rstrip(".")
                    if is_email(email) and email not in addressee.emails:
                        addressee.emails.append(email)
                        email_lines.append(line)
            if email_lines:
                self.source(f"{key}.emails", min(email_lines), max(email_lines))
            self.fill_salutation(addressee, block, key, for_all)
            self.fill_phones_and_social(addressee, block, key)
            for where, check in block.checks:
                self.note(f"{key}.{where}", check)
            if self.merge_into_same(addressee, block, key, merged):
                continue
            if not (addressee.fax or addressee.emails or addressee.address):
                self.note(key, "no fax, e-mail or postal address found for this addressee")
            addressee.id = _unique_id(
                _slug((addressee.title or addressee.organisation or addressee.name).split(",")[0]),
                index,
                ids,
            )
            self.draft.addressees.append(addressee)
            self.source(key, min(block.lines), max(block.lines))
        self.note_merged(merged)
        self.note_shared_faxes()
        if self.draft.addressees:
            self.draft.sources["addressees"] = (
                self.draft.sources["addressees[0]"][0],
                self.draft.sources[f"addressees[{len(self.draft.addressees) - 1}]"][1],
            )

    def merge_into_same(
        self, addressee: DraftAddressee, block: _Block, key: str, merged: dict[int, list[str]]
    ) -> bool:
        """The same official listed again (a page printed twice, a list repeated): same
        name, or none, and the same fax number or an e-mail address in common. What the
        second listing adds is kept, and where it was is added to ``merged`` (by the index of
        the official it was merged into)."""
        for k, same in enumerate(self.draft.addressees):
            if same.role != addressee.role or not _same_official(same, addressee):
                continue
            for email in addressee.emails:
                if email not in same.emails:
                    same.emails.append(email)
            for phone in addressee.phones:
                if phone not in same.phones:
                    same.phones.append(phone)
            for platform, handle in addressee.social.items():
                same.social.setdefault(platform, handle)
            for language, text in addressee.salutation.items():
                same.salutation.setdefault(language, text)
            for field in ("title", "name", "organisation", "country", "fax"):
                if not getattr(same, field):
                    setattr(same, field, getattr(addressee, field))
            if not same.address:
                same.address = list(addressee.address)
            # what was noted and sourced under this index belongs to the next official
            for store in (self.draft.sources, self.draft.notes):
                for gone in [g for g in store if g == key or g.startswith(key + ".")]:
                    del store[gone]
            first, last = min(block.lines) + 1, max(block.lines) + 1
            merged.setdefault(k, []).append(str(first) if first == last else f"{first}-{last}")
            return True
        return False

    def note_merged(self, merged: dict[int, list[str]]) -> None:
        """One note for each official listed more than once: where the listings are."""
        for k, places in merged.items():
            shown = ", ".join(places[:3]) + (f" and {len(places) - 3:,} more" if places[3:] else "")
            times = "once" if len(places) == 1 else f"{len(places):,} times"
            self.note(
                f"addressees[{k}]",
                f"listed again {times} with the same name and fax or e-mail (lines {shown}): "
                "read as one official; check it against the Urgent Action",
            )

    def note_shared_faxes(self) -> None:
        """Two officials with one fax number: a shared line, or a number copied to the
        wrong official. The organiser checks both."""
        seen: dict[str, int] = {}
        for k, addressee in enumerate(self.draft.addressees):
            number = _fax_digits(addressee.fax)
            if not number:
                continue
            if number in seen:
                first = seen[number]
                other = self.draft.addressees[first]
                label = other.title or other.organisation or other.name or "no name"
                self.note(
                    f"addressees[{k}].fax",
                    f"the same fax number as addressees[{first}] ({label}): check both "
                    "against the Urgent Action",
                )
            else:
                seen[number] = k


def _fax_digits(fax: str) -> str:
    """A fax number's digits, "00" before the country code read as "+"."""
    digits = re.sub(r"\D", "", fax)
    if not fax.lstrip().startswith("+") and digits.startswith("00"):
        digits = digits[2:]
    return digits


def _same_official(a: DraftAddressee, b: DraftAddressee) -> bool:
    def who(x: DraftAddressee) -> tuple[str, ...]:
        return tuple(" ".join(v.split()).casefold() for v in (x.title, x.name, x.organisation))

    nobody = ("", "", "")
    if who(a) != who(b) and nobody not in (who(a), who(b)):
        return False
    same_fax = bool(a.fax) and _fax_digits(a.fax) == _fax_digits(b.fax)
    return same_fax or bool(set(a.emails) & set(b.emails))

"""The officials to write to, and copies, from their address blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

from uawriter.domain.contact_rules import is_email, is_fax_number
from uawriter.drafting.fields.contacts import (
    _EMAIL,
    _FAX_NUMBER,
    _only_emails,
    _segments,
    fax_numbers,
    joined_bracket,
    joined_email,
)
from uawriter.drafting.fields.names import (
    _HONORIFIC,
    _is_name,
    _line_kind,
    _office_and_name,
    _slug,
    _split_address_line,
    _split_country,
    _titled_name,
    _unflatten_address,
    _unique_id,
)
from uawriter.drafting.fields.salutations import (
    _ALL_SALUTATION_WORDS,
    _continues_salutation,
    _looks_like_salutation,
    _split_salutation,
)
from uawriter.drafting.fields.words import _words, _wordset
from uawriter.drafting.model import DraftAddressee
from uawriter.drafting.reader.base import ReaderBase
from uawriter.drafting.reader.blocks import _Block
from uawriter.drafting.reader.shared_address import shared_address
from uawriter.drafting.tidy import _neighbour

#: The label a table or a form puts before each official: "To:", "Para:", "À :", "An:",
#: "Кому:". It is no part of the official's title; it starts a new official.
_TO_LABEL = re.compile(
    r"(?i)^\W*(?:to|para|à|a|an|кому|destinataire|destinatario|empfänger|adressat)"
    r"[\s\u00a0\u202f]*[:：][\s\u00a0\u202f]*"
)


#: A line "Label: value" whose label is none the reader knows; the value is looked at.
_SOME_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:：@\d]{0,30}?)\s*[:：]\s*(?P<value>\S.*)$")
#: A telephone or fax number in a value: a "+" before it, or eight digits or more.
_NUMBER = re.compile(r"(?<!\w)(?:\+\s?|\()?\d[\d ()./-]{5,30}\d(?!\w)")
#: Labels of a postal address line, whose numbers are no telephone's.
_POSTAL_LABEL = re.compile(
    r"(?i)\b(?:postfach|apartado|apdo|casilla|p\.?\s*o\.?\s*box|box|b\.?\s*p|c\.?\s*p|"
    r"code\s+postal|c[oó]digo\s+postal|zip|postcode|post\s+code|postal\s+code|cep|cedex|"
    r"boîte|plz|postleitzahl|index|ref|hours|horario|horário|heures|öffnungszeiten)\b"
)


def _unknown_contact(line: str) -> tuple[str, str] | None:
    """("email", address) or ("number", number) for a line that looks like a contact line
    with a label the reader does not know ("Buzón: …", "Línea directa: +502 …"); None for
    any other line."""
    m = _SOME_LABEL.match(line)
    if m is None or len(m.group("label").split()) > 4:
        return None
    value = m.group("value")
    email = _EMAIL.search(value)
    if email:
        return "email", email.group(1)
    number = _NUMBER.search(value)
    if number is None or _POSTAL_LABEL.search(m.group("label")):
        return None
    digits = sum(c.isdigit() for c in number.group())
    if digits < 8 and not number.group().startswith("+"):
        return None
    if len(re.sub(r"[\W\d_]", "", value.replace(number.group(), ""))) > 12:
        return None  # a sentence with a number in it
    return "number", number.group().strip()


#: The last word of a building's name: "Government House", "Presidential Palace".
_BUILDINGS = _wordset("house building palace palacio palais")


class _BlockReader:
    """Cuts the "Please send appeals to" section into one block per official: a block ends
    after its salutation, or when a plain line follows its fax or e-mail lines."""

    def __init__(self, ex: AddresseeReader) -> None:
        self.ex = ex
        self.blocks: list[_Block] = []
        self.role = "target"
        self.current: _Block | None = None
        self.for_all: tuple[int, str] | None = None
        self.blank = False

    def close(self) -> None:
        current = self.current
        if current is not None and self._ends_greeting(current):
            previous = self.blocks[-1]
            (k, greeting), (i, rest) = previous.salutations[-1], current.others[0]
            previous.salutations[-1] = (k, f"{greeting} {rest}")
            previous.lines.append(i)
            previous.greeting_ends_at = i
        elif current is not None and (current.others or current.has_contact):
            self.blocks.append(current)
        elif current is not None and current.salutations and self.blocks:
            self.blocks[-1].salutations.extend(current.salutations)
        self.current = None

    def _ends_greeting(self, block: _Block) -> bool:
        """Whether ``block`` is only the end of the last official's greeting, on the line
        right after it ("Salutation: Dear Prosecutor" / "General", "Tratamiento: Señor
        Fiscal" / "General / Dear Prosecutor General"), as a narrow column wraps it: it
        was taken for an official of its own, with no contact, who took the greeting
        (probe 91c). A few words, no digits, nothing else in the block."""
        if not self.blocks or block.has_contact or block.salutations or len(block.others) != 1:
            return False
        previous = self.blocks[-1]
        i, text = block.others[0]
        if not (
            previous.salutations
            and previous.salutations[-1][0] == i - 1
            and max(previous.lines) == i - 1
            and len(text.split()) <= 6
            and not re.search(r"\d|[:@()]", text)
            and not re.search(r"[,.;:!)]$", previous.salutations[-1][1])
        ):
            return False
        # the rest of it: words of the official's title or of greetings, then perhaps the
        # greeting in another language ("General / Dear Prosecutor General"); not the
        # next line of the list ("Embassy of Kazakhstan", "Copy to the embassy": probe 92a)
        first, *others = re.split(r"\s*/\s*", text)
        known = previous.words() | _ALL_SALUTATION_WORDS
        # or a greeting's last words in its own language, the title not given in it
        # ("Уважаемый господин Генеральный" / "прокурор!": probe 93a): they go on in lower
        # case, or end as a greeting ends
        ends = len(_words(first)) <= 3 and (first[:1].islower() or first.endswith(("!", ",")))
        return (ends or all(w in known for w in _words(first))) and all(
            _looks_like_salutation(part) for part in others
        )

    def start(self, i: int) -> _Block:
        self.close()
        self.current = _Block(self.role)
        self.current.lines.append(i)
        return self.current

    def feed(self, i: int, line: str) -> None:
        if not line:
            self.blank = True
            return
        skip = self.ex.phrases.not_address
        if skip is not None and skip.match(line):  # the postage, not the official
            return
        blank, self.blank = self.blank, False
        if self.ex.phrases.copies.match(line):
            self.close()
            self.role = "copy"
            return
        for_all = self.ex.phrases.for_all.match(line)
        if for_all:
            value = for_all.group("s").strip()
            if not value:
                value = _neighbour(self.ex.lines, self.ex.doc.furniture, i, +1) or ""
            self.for_all = (i, value)
            self.close()
            return
        to = _TO_LABEL.match(line)
        if to:
            line = line[to.end() :].strip()
            self.close()
            if not line:
                return
        block = self.current
        other, segments = self.ex.line_segments(line, block, blank)
        email_only = not segments and _only_emails(line)
        unknown = None if segments or email_only else _unknown_contact(other)
        if unknown is not None:
            self.unknown_label(i, line, *unknown)
            return
        if (
            block is None
            or (
                other
                and not email_only
                and (block.salutations or (block.has_contact and not block.pending))
            )
            or (segments and segments[0][0] != "salutation" and block.salutations)
        ):
            block = self.start(i)
        block.lines.append(i)
        block.pending = ""
        block.last_was_salutation = False
        if email_only:
            block.emails.append((i, line))
        elif other:
            block.others.append((i, other))
        for kind, value in segments:
            block = self.ex.add_segment(block, i, kind, value, self.start)

    def unknown_label(self, i: int, line: str, kind: str, value: str) -> None:
        """A contact line whose label is not known is neither a name, a title nor an address
        line, and starts no official: an e-mail address in it is this official's, a number
        is left for the reviewer; a note names the line either way."""
        block = self.current or self.start(i)
        block.lines.append(i)
        block.pending = ""
        block.last_was_salutation = False
        if kind == "email":
            block.emails.append((i, value))
            done = f"its e-mail address {value!r} was read as this official's"
        else:
            done = (
                f"{value!r} was left out of the address: if it is a fax or telephone number, "
                "add it as one"
            )
        shown = line if len(line) <= 80 else line[:79] + "…"
        self.ex.note(
            "addressees",
            f"line {i + 1} ({shown!r}) looks like a contact line with a label not known: "
            f"check it; {done}",
        )


class AddresseeReader(ReaderBase):
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

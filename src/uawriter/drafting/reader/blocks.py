"""Cutting the list of officials into one block per official."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from uawriter.drafting.fields.contacts import _EMAIL, _only_emails
from uawriter.drafting.fields.salutations import _ALL_SALUTATION_WORDS, _looks_like_salutation
from uawriter.drafting.fields.words import _words
from uawriter.drafting.tidy import _neighbour

if TYPE_CHECKING:
    from collections.abc import Callable

    from uawriter.drafting.phrases import Phrases
    from uawriter.drafting.tidy import _Doc


class _Host(Protocol):
    """What of the reader (``reader/addressees.py``'s ``AddresseeReader``) cutting the
    list into blocks uses: a protocol, so that the two modules import one way."""

    phrases: Phrases
    lines: list[str]
    doc: _Doc

    def line_segments(
        self, line: str, block: _Block | None, blank: bool
    ) -> tuple[str, list[tuple[str, str]]]: ...

    def add_segment(
        self, block: _Block, i: int, kind: str, value: str, start: Callable[[int], _Block]
    ) -> _Block: ...

    def note(self, key: str, message: str) -> None: ...


@dataclass
class _Block:
    role: str
    lines: list[int] = field(default_factory=list)
    others: list[tuple[int, str]] = field(default_factory=list)
    faxes: list[tuple[int, str]] = field(default_factory=list)
    emails: list[tuple[int, str]] = field(default_factory=list)
    salutations: list[tuple[int, str]] = field(default_factory=list)
    phones: list[tuple[int, str]] = field(default_factory=list)
    socials: list[tuple[int, str, str]] = field(default_factory=list)
    pending: str = ""
    last_was_salutation: bool = False
    #: the names of the officials listed with this one under one address (see
    #: ``reader/shared_address.py``)
    sharing: list[str] = field(default_factory=list)
    #: the other titles one official is listed under, with the same name (see
    #: ``reader/shared_address.py``)
    also_titled: list[str] = field(default_factory=list)
    #: the line that ended the greeting, on the line after it (a narrow column wrapped it)
    greeting_ends_at: int = -1
    #: what to check of this official, said when it is drafted: (field, note)
    checks: list[tuple[str, str]] = field(default_factory=list)

    @property
    def has_contact(self) -> bool:
        return bool(self.faxes or self.emails or self.phones or self.socials)

    def words(self) -> set[str]:
        return {w for _, text in self.others for w in _words(text)}


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


class _BlockReader:
    """Cuts the "Please send appeals to" section into one block per official: a block ends
    after its salutation, or when a plain line follows its fax or e-mail lines."""

    def __init__(self, ex: _Host) -> None:
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

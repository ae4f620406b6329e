"""Cutting the list of officials into one block per official."""

from __future__ import annotations

from dataclasses import dataclass, field

from uawriter.drafting.fields.words import _words


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

"""The letter being written: the composed text, the volunteer's edits, and the choices
behind them. Qt-free, so the window stays thin and this logic is tested on its own.

``base`` is the letter as the template makes it for the current choices; ``text`` is what
the editor shows. Changing the talking points, the sender or the addressee recomposes
``base`` and replays the volunteer's edits on it (see :mod:`uawriter.letters.merge`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from uawriter.domain.model import Addressee, Pack, Sender
from uawriter.engine import compose
from uawriter.letters.merge import MergeResult, carry_edits


@dataclass(frozen=True)
class LetterSession:
    pack: Pack
    lang: str
    addressee: Addressee
    sender: Sender
    date: dt.date
    points: tuple[str, ...]
    base: str
    text: str

    @staticmethod
    def start(
        pack: Pack,
        lang: str,
        addressee: Addressee,
        sender: Sender,
        date: dt.date,
        points: Sequence[str] | None = None,
    ) -> LetterSession:
        chosen = tuple(p.id for p in pack.talking_points) if points is None else tuple(points)
        base = compose(pack, addressee, lang, sender, date, chosen)
        return LetterSession(pack, lang, addressee, sender, date, chosen, base, base)

    @property
    def signer(self) -> Sender:
        """The sender as this letter shows them: ``sender`` is what the volunteer chose,
        this is it signed with initials and town if they or the pack asked for that."""
        return self.pack.signer(self.sender)

    @property
    def edited(self) -> bool:
        return self.text != self.base

    def with_text(self, text: str) -> LetterSession:
        return replace(self, text=text)

    def reset(self) -> LetterSession:
        """Back to the letter as the template writes it (``base`` may lack lines she wrote
        as the template does)."""
        fresh = LetterSession.start(
            self.pack, self.lang, self.addressee, self.sender, self.date, self.points
        )
        return replace(self, base=fresh.base, text=fresh.base)

    def _recompose(self, **changes: object) -> tuple[LetterSession, MergeResult]:
        moved: LetterSession = replace(self, **changes)  # type: ignore[arg-type]
        new_base = compose(
            moved.pack, moved.addressee, moved.lang, moved.sender, moved.date, moved.points
        )
        same = moved.addressee == self.addressee
        merged = carry_edits(self.base, self.text, new_base, same_letter=same)
        base = new_base if merged.base is None else merged.base  # lines she wrote stay hers
        return replace(moved, base=base, text=merged.text), merged

    def with_points(self, points: Sequence[str]) -> LetterSession:
        order = [p.id for p in self.pack.talking_points]
        chosen = tuple(sorted(set(points), key=order.index))
        return self._recompose(points=chosen)[0]

    def with_sender(self, sender: Sender) -> LetterSession:
        return self._recompose(sender=sender)[0]

    def with_addressee(self, addressee: Addressee) -> tuple[LetterSession, MergeResult]:
        """Show the letter to another addressee, with the edits made so far."""
        return self._recompose(addressee=addressee)

    def with_language(self, lang: str) -> LetterSession:
        """A letter in another language starts afresh: edits cannot be translated."""
        return LetterSession.start(
            self.pack, lang, self.addressee, self.sender, self.date, self.points
        )

    def letter_for(self, addressee: Addressee) -> MergeResult:
        """The text of this letter as it goes to ``addressee``."""
        if addressee == self.addressee:
            return MergeResult(self.text)
        return self._recompose(addressee=addressee)[1]

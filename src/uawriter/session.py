"""The letter being written: the composed text, the volunteer's edits, and the choices
behind them. Qt-free, so the window stays thin and this logic is tested on its own.

``base`` is the letter as the template makes it for the current choices; ``text`` is what
the editor shows. Changing the talking points, the sender or the addressee recomposes
``base`` and replays the volunteer's edits on it (see :mod:`uawriter.letters.merge`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from uawriter.domain.model import Addressee, Pack, Sender
from uawriter.engine import compose
from uawriter.letters.merge import MergeResult, carry_edits


@dataclass(frozen=True)
class Left:
    """A letter she left for another addressee's when some of her lines in it could not
    go with her (a line in its inside address): as she left it (``base``, ``text``), as
    the template wrote it then (``composed``), and the other letter as it was when she came
    to it (``arrived``)."""

    addressee: Addressee
    base: str
    text: str
    composed: str
    arrived: str

    def rebased(
        self, session: LetterSession, base: str, new_base: str, lossy: bool = False
    ) -> Left:
        """This letter after her details, the points or the date changed in ``session``
        (the letter shown, whose template text went from ``base`` to ``new_base``): her
        lines replayed on it as the template writes it now, and the other letter as she
        came to it likewise, so what she typed since still goes with her. Typing her name
        in the other letter dropped this one (composed for another name, it was no longer
        the one to give back). As it was if her lines cannot be replayed, unless
        ``lossy``: then without them (a draft at an event: without her details)."""
        fresh = compose(
            session.pack, self.addressee, session.lang, session.sender, session.date,
            session.points,
        )  # fmt: skip
        if fresh == self.composed:
            return self
        text = carry_edits(self.composed, self.text, fresh, same_letter=True)
        arrived = carry_edits(base, self.arrived, new_base, same_letter=True)
        if (text.skipped or arrived.skipped) and not lossy:
            return self
        return Left(self.addressee, text.base or fresh, text.text, fresh, arrived.text)


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
    #: The letters she left with lines that were not carried, so that going back to one
    #: (or sending it from here) gives them back rather than losing them.
    left: tuple[Left, ...] = field(default=(), compare=False, repr=False)
    #: Lines of hers the last change of points or sender could not carry into the letter
    #: composed again: the window says so, as when another addressee is chosen.
    not_carried: tuple[str, ...] = field(default=(), compare=False, repr=False)

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
        """Whether she wrote in the letter: the one shown, or one she left for it with
        lines that could not go with her (the President's name typed in his greeting, then
        the Prosecutor's letter looked at: each question that keeps her work from being
        lost passed it by, probe 85b). Only one she left that would be given back now,
        as a draft keeps them: one a change of points or details left behind is not."""
        return self.shown_edited or bool(self.left_as_composed_now())

    @property
    def shown_edited(self) -> bool:
        """Whether she wrote in the letter on screen."""
        return self.text != self.base

    def went_to(self, went: Mapping[str, str]) -> LetterSession:
        """``went`` (addressee id -> the letter's text) went out (exported, printed, on the
        stack): the letters she left for those officials, as they went, are no longer hers
        to keep (kept, they were offered back as a draft and counted as unsent, to be sent
        again: probe 86a). One she changed since it went (the export ran in the background
        while she put his greeting right) is still to send (probe 87a)."""
        # each as it goes now: as she left it, with what she typed since in the letter on
        # screen carried into it (a sentence added to every letter, probe 88a)
        left = tuple(
            x
            for x in self.left
            if not same_letter(went.get(x.addressee.id), self.letter_for(x.addressee).text)
        )
        return self if left == self.left else replace(self, left=left)

    def with_text(self, text: str) -> LetterSession:
        return replace(self, text=text, not_carried=())

    def reset(self) -> LetterSession:
        """Back to the letter as the template writes it (``base`` may lack lines she wrote
        as the template does)."""
        fresh = LetterSession.start(
            self.pack, self.lang, self.addressee, self.sender, self.date, self.points
        )
        return replace(self, base=fresh.base, text=fresh.base, left=())

    def _recompose(self, **changes: object) -> tuple[LetterSession, MergeResult]:
        moved: LetterSession = replace(self, **changes)  # type: ignore[arg-type]
        new_base = compose(
            moved.pack, moved.addressee, moved.lang, moved.sender, moved.date, moved.points
        )
        same = moved.addressee == self.addressee
        merged = carry_edits(self.base, self.text, new_base, same_letter=same)
        base = new_base if merged.base is None else merged.base  # lines she wrote stay hers
        left = self.left
        if same and self.left:  # the letters she left change as this one does
            left = tuple(x.rebased(moved, self.base, new_base) for x in self.left)
        moved = replace(moved, base=base, text=merged.text, left=left)
        return replace(moved, not_carried=merged.skipped), merged

    def with_points(self, points: Sequence[str]) -> LetterSession:
        order = [p.id for p in self.pack.talking_points]
        chosen = tuple(sorted(set(points), key=order.index))
        return self._recompose(points=chosen)[0]

    def with_sender(self, sender: Sender) -> LetterSession:
        return self._recompose(sender=sender)[0]

    def with_addressee(self, addressee: Addressee) -> tuple[LetterSession, MergeResult]:
        """Show the letter to another addressee, with the edits made so far (and, when it
        is one she left with lines that could not be carried, those lines too)."""
        others = tuple(x for x in self.left if x.addressee not in (addressee, self.addressee))
        back = self._left_for(addressee)
        if back is not None:
            merged = carry_edits(back.arrived, self.text, back.text)
            moved = replace(self, addressee=addressee, base=back.base, text=merged.text)
        else:
            moved, merged = self._recompose(addressee=addressee)
        if merged.skipped:
            composed = compose(
                self.pack, self.addressee, self.lang, self.sender, self.date, self.points
            )
            others += (Left(self.addressee, self.base, self.text, composed, moved.text),)
        return replace(moved, left=others), merged

    def left_as_composed_now(self) -> tuple[Left, ...]:
        """The letters she left that would be given back now (composed for this letter's
        sender, points and date): what a draft keeps. One that could not follow a change
        of her details still holds the details before it, and is not kept."""
        return tuple(x for x in self.left if self._left_for(x.addressee) is x)

    def left_without_sender(self) -> tuple[Left, ...]:
        """The letters she left, written without her details (a draft at an event never
        holds them): her lines kept, but those that cannot be without her details (her
        name signed with a word of her own) left out."""
        unsigned = replace(self, sender=Sender())
        new_base = compose(self.pack, self.addressee, self.lang, Sender(), self.date, self.points)
        return tuple(
            x.rebased(unsigned, self.base, new_base, lossy=True)
            for x in self.left_as_composed_now()
        )

    def _left_for(self, addressee: Addressee) -> Left | None:
        """How she left her letter to ``addressee``, if she did with lines that were not
        carried, and it would be composed today as it was then (the same points, sender
        and language: otherwise it is composed again, as any other)."""
        back = next((x for x in self.left if x.addressee == addressee), None)
        if back is None:
            return None
        fresh = compose(self.pack, addressee, self.lang, self.sender, self.date, self.points)
        return back if fresh == back.composed else None

    def with_language(self, lang: str) -> LetterSession:
        """A letter in another language starts afresh: edits cannot be translated."""
        return LetterSession.start(
            self.pack, lang, self.addressee, self.sender, self.date, self.points
        )

    def letter_for(self, addressee: Addressee) -> MergeResult:
        """The text of this letter as it goes to ``addressee``."""
        if addressee == self.addressee:
            return MergeResult(self.text)
        back = self._left_for(addressee)
        if back is not None:
            return carry_edits(back.arrived, self.text, back.text)
        return self._recompose(addressee=addressee)[1]


def same_letter(went: str | None, text: str) -> bool:
    """Whether ``text`` is the letter that went (as printed: a letter left for another
    addressee is kept with a line end more)."""
    return went is not None and went.rstrip("\n") == text.rstrip("\n")

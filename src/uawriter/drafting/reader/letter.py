"""Urgent Actions that give a model letter instead of (or as well as) bullets.

Today's amnesty.org layout puts the official's address block, then "Dear Minister,", a
letter of a few paragraphs and "Yours sincerely,"; German and Spanish sections print a
"Briefvorschlag" the same way. The letter's asks (the sentences that ask the official to do
something) become the talking points, in the letter's words; the rest of the letter becomes
the pack's letter template around them, with the salutation and the sender as fields.
Nothing is added that the letter does not say.
"""

from __future__ import annotations

from uawriter.drafting.fields.salutations import _split_salutation, _tidy_salutation
from uawriter.drafting.fields.words import _words
from uawriter.drafting.model import ModelLetter
from uawriter.drafting.reader import Reader
from uawriter.drafting.reader.blocks import _BlockReader
from uawriter.drafting.tidy import _paragraphs, _sentences


class ModelLetterReader(Reader):
    """The reader for layouts with a model letter; without one it reads as :class:`Reader`."""

    letter: tuple[int, int] | None = None

    def sections(self) -> None:
        super().sections()
        self.letter = self.find_letter()

    def find_letter(self) -> tuple[int, int] | None:
        """(salutation line, closing line) of the first model letter after the heading."""
        start = max(self.points_at or 0, self.heading or 0)
        opening = self.first(self.phrases.letter_opening, start)
        while opening is not None:
            closing = self.first(self.phrases.letter_closing, opening + 1)
            if closing is None:
                return None
            body = _paragraphs(self.doc, opening + 1, closing)
            if any(
                self.phrases.asks.search(sentence)
                for paragraph in body
                for sentence, _, _ in _sentences(paragraph, self.doc.lower_case)
            ):
                return opening, closing
            opening = self.first(self.phrases.letter_opening, closing + 1)
        return None

    # -- the asks, and the letter around them

    def points(self) -> None:
        if self.letter is None:
            super().points()
            return
        opening, closing = self.letter
        before: list[str] = []
        after: list[str] = []
        asks_seen = False
        for paragraph in _paragraphs(self.doc, opening + 1, closing):
            kept: list[str] = []
            for sentence, first, last in _sentences(paragraph, self.doc.lower_case):
                if self.phrases.asks.search(sentence):
                    index = len(self.draft.talking_points)
                    self.draft.talking_points.append(sentence)
                    self.source(f"talking_points[{index}]", first, last)
                    asks_seen = True
                else:
                    kept.append(sentence)
            if kept:
                (after if asks_seen else before).append(" ".join(kept))
        if not self.draft.talking_points:
            super().points()
            return
        first_key, last_key = (
            "talking_points[0]",
            f"talking_points[{len(self.draft.talking_points) - 1}]",
        )
        self.draft.sources["talking_points"] = (
            self.draft.sources[first_key][0],
            self.draft.sources[last_key][1],
        )
        self.note(
            "talking_points",
            "the asks of the model letter, one sentence each; the rest of the letter became "
            "the letter template",
        )
        punctuation = self.lines[opening].rstrip()[-1:]
        self.draft.letter = ModelLetter(before, after, self.lines[closing].strip(), punctuation)
        self.source("letter", opening, closing)

    # -- the official above "Dear …,"

    def addressees(self) -> None:
        if self.appeals_at is None and self.letter is not None and self.points_at is not None:
            reader = _BlockReader(self)
            for i in range(self.points_at + 1, self.letter[0]):
                if i not in self.doc.furniture:
                    reader.feed(i, self.lines[i])
            reader.close()
            self.build_addressees(reader.blocks, reader.for_all)
        else:
            super().addressees()
        if self.letter is None:
            return
        opening = self.letter[0]
        salutation, note = _split_salutation(
            _tidy_salutation(self.lines[opening]), self.draft.language
        )
        waiting = [
            (index, a)
            for index, a in enumerate(self.draft.addressees)
            if a.role == "target" and not a.salutation
        ]
        greeted = _words(self.lines[opening])
        for index, addressee in waiting:
            # The letter greets one official: the only one, or the one its words name.
            office = [w for w in _words(addressee.title) if len(w) > 2]
            if not salutation or (
                len(waiting) > 1 and not (office and all(w in greeted for w in office))
            ):
                self.note(
                    f"addressees[{index}].salutation",
                    "the model letter greets another official; give this one's salutation",
                )
                continue
            addressee.salutation = dict(salutation)
            self.source(f"addressees[{index}].salutation", opening)
            self.note(f"addressees[{index}].salutation", "the model letter's salutation")
            if note:
                self.note(f"addressees[{index}].salutation", note)

"""A volunteer's turn at a shared laptop: what ``LetterRecord.turn`` holds.

The same letter written again in one turn (exported twice, a typo put right and exported
again) is one letter in the totals and the envelope table (``tally.letters_sent``). A turn
ends at Next volunteer; and at a busy table the next volunteer types their name over the
last one's without pressing it, so a name unlike the one that signed the turn's letters
so far starts a new turn too: their letters to the same officials are letters of their
own, not copies of the last volunteer's. A name put right ("Ann Exmaple" to "Ann
Example"), or given to letters first sent unsigned, is the same volunteer.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from uawriter.storage.tally import new_id

#: How alike two names must be for the second to be the first put right: "ann exmaple"
#: and "ann example" are 0.91 alike, "alice first" and "bob second" 0.1.
SAME_SIGNER_RATIO = 0.8


def same_signer(before: str, after: str) -> bool:
    """Whether the name ``after`` is ``before`` put right (a letter or two typed wrong,
    swapped or left out), not another volunteer's name."""
    return SequenceMatcher(None, before, after).ratio() >= SAME_SIGNER_RATIO


class Turns:
    """The turns at one window: the current one's id, and the name that signed its
    letters last (spaces and case folded)."""

    def __init__(self) -> None:
        self.id = new_id()
        self._signer: str | None = None

    def of(self, name: str) -> str:
        """The turn letters signed ``name`` are written in: this one, or a new one when
        ``name`` is unlike the name that signed so far. An empty name never starts one."""
        signer = " ".join(name.split()).casefold()
        if self._signer and signer and not same_signer(self._signer, signer):
            self.id = new_id()
        if signer:
            self._signer = signer
        return self.id

    def next(self) -> None:
        """Next volunteer: the next letters are theirs, not copies of the last one's."""
        self.id = new_id()
        self._signer = None

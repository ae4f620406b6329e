"""A volunteer's turn at a shared laptop: what ``LetterRecord.turn`` holds.

The same letter written again in one turn (exported twice, a typo put right and exported
again) is one letter in the totals and the envelope table (``tally.letters_sent``), and the
turn's own file is the one a corrected letter may replace (``gui/output.py``). A turn ends at
Next volunteer; and at a busy table the next volunteer types their name over the last one's
without pressing it, so a name other than the one that signed the turn's letters so far
starts a new turn too: their letters to the same officials are letters of their own, not
copies of the last volunteer's.

A name put right by one letter ("Ann Exmaple" to "Ann Example", "Jon" to "John"), spaced,
cased or accented otherwise, or given to letters first sent unsigned, is the same
volunteer. Anything more is another one: families come to these evenings together, and
"Anna Schmidt" then "Hans Schmidt" (0.83 alike by difflib, the rule before) are two
volunteers. When in doubt a new turn is the safe side: it costs a corrected letter
counted twice, where the other way lost a volunteer's letter.

A volunteer who does not sign leaves no name to tell them by: an unsigned letter sent
more than :data:`UNSIGNED_GAP_SECONDS` after the turn's last one starts a new turn (the
next unsigned volunteer, sat down without Next volunteer, writes for minutes first).
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable

from uawriter.storage.tally import new_id

#: An unsigned letter this long after the turn's last letter is another volunteer's.
UNSIGNED_GAP_SECONDS = 180.0

#: Names shorter than this are another volunteer's for any letter changed ("Tom", "Tim").
_SHORTEST_PUT_RIGHT = 4


def _folded(name: str) -> str:
    """``name`` as compared: words only, without case or accents ("Tomáš" is "tomas")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", plain))


def _edits(a: str, b: str) -> int:
    """Letters to add, leave out, change or swap to make ``b`` of ``a`` (optimal string
    alignment distance), counted to 2 at most: only "one or more" matters here."""
    if abs(len(a) - len(b)) > 1:
        return 2
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
        if min(row) > 1:
            return 2
    return min(row[-1], 2)


def same_signer(before: str, after: str) -> bool:
    """Whether the name ``after`` is ``before`` put right (one letter typed wrong, left
    out, added or swapped), not another volunteer's name."""
    a, b = _folded(before), _folded(after)
    if a == b:
        return True
    return max(len(a), len(b)) >= _SHORTEST_PUT_RIGHT and _edits(a, b) <= 1


class Turns:
    """The turns at one window: the current one's id, the name that signed its letters
    last, and when its last letters went out (``clock``: seconds, monotonic)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.id = new_id()
        self._signer: str | None = None
        self._clock = clock
        self._last: float | None = None

    def of(self, name: str) -> str:
        """The turn letters signed ``name`` and sent now are written in: this one, or a new
        one when ``name`` is another than the name that signed so far, or when an unsigned
        letter comes long after the turn's last one."""
        signer = " ".join(name.split())
        now = self._clock()
        if signer:
            if self._signer and not same_signer(self._signer, signer):
                self.id = new_id()
            self._signer = signer
        elif self._last is not None and now - self._last > UNSIGNED_GAP_SECONDS:
            self.id = new_id()
            self._signer = None
        self._last = now
        return self.id

    def next(self) -> None:
        """Next volunteer: the next letters are theirs, not copies of the last one's."""
        self.id = new_id()
        self._signer = None
        self._last = None

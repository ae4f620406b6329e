"""A volunteer's turn at a shared laptop: what ``LetterRecord.turn`` holds.

The same letter written again in one turn (exported twice, a typo put right and exported
again) is one letter in the totals and the envelope table (``tally.letters_sent``), and the
turn's own file is the one a corrected letter may replace (``gui/output.py``). A turn ends at
Next volunteer; and at a busy table the next volunteer types their name over the last one's
without pressing it, so a name other than the one that signed the turn's letters so far
starts a new turn too: their letters to the same officials are letters of their own, not
copies of the last volunteer's.

A name put right by one letter inside a word ("Ann Exmaple" to "Ann Example", "Jon" to
"John"), spaced, cased or accented otherwise, or given soon to letters first sent unsigned,
is the same volunteer. Anything more is another one: families come to these evenings
together, and "Anna Schmidt" then "Hans Schmidt" (0.83 alike by difflib, the rule before),
"Paul" then "Paula", "Maria" then "Mario" are two volunteers. In doubt a new turn is the
safe side: it costs a corrected letter counted twice, where the other way lost a letter.

A volunteer who does not sign leaves no name to tell them by: a letter sent unsigned, or
signed after letters sent unsigned, more than :data:`UNSIGNED_GAP_SECONDS` after the turn's
last one starts a new turn (the next volunteer, sat down without Next volunteer, writes for
minutes first).
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable

from uawriter.storage.tally import new_id

#: An unsigned letter this long after the turn's last letter is another volunteer's.
UNSIGNED_GAP_SECONDS = 180.0

#: Words shorter than this are another volunteer's for any letter changed ("Tom", "Tim").
_SHORTEST_PUT_RIGHT = 4

#: The marks a Latin, Greek or Cyrillic letter is typed with or without ("é", "š"): a
#: kana's voicing mark or a Hangul syllable's letters make another name, and are kept.
_ACCENTS = re.compile("[\u0300-\u036f]")


def _folded(name: str) -> list[str]:
    """``name`` as compared: its words, without case or accents ("Tomáš" is "tomas")."""
    plain = _ACCENTS.sub("", unicodedata.normalize("NFD", name.casefold()))
    return re.findall(r"\w+", unicodedata.normalize("NFC", plain))


def _inner_edit(a: str, b: str) -> bool:
    """Whether ``b`` is the word ``a`` with one letter inside it (neither the first nor
    the last) added, left out, changed, or swapped with the next: "exmaple" to "example",
    "jon" to "john". An end changed is another name as often as a typo ("Paul", "Paula";
    "Maria", "Mario"; "Ida", "Ada"), and so is a short word."""
    if max(len(a), len(b)) < _SHORTEST_PUT_RIGHT or abs(len(a) - len(b)) > 1:
        return False
    if not all(_of_an_alphabet(char) for char in a + b):  # "さとう", "さいとう": two names
        return False
    shorter = min(len(a), len(b))
    same_start = next((i for i in range(shorter) if a[i] != b[i]), shorter)
    same_end = next((i for i in range(shorter - same_start) if a[-1 - i] != b[-1 - i]), 0)
    if same_end == 0 and shorter - same_start > 0 and a[-1] == b[-1]:
        same_end = shorter - same_start
    longest = max(len(a), len(b))
    if len(a) != len(b):  # one letter added or left out, at same_start
        changed = (same_start, same_start)
        whole = same_start + same_end >= shorter
    elif same_start + same_end == len(a) - 1:  # one letter changed
        changed = (same_start, same_start)
        whole = True
    else:  # two neighbours swapped
        i = same_start
        whole = same_start + same_end == len(a) - 2 and a[i] == b[i + 1] and a[i + 1] == b[i]
        changed = (i, i + 1)
    return whole and changed[0] >= 1 and changed[1] <= longest - 2


#: Scripts whose letters are sounds, where one letter more or less is a typo as often as
#: a name: in a syllable (kana, Hangul, Chinese) it is another name.
_ALPHABETS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "HEBREW", "ARABIC")


def _of_an_alphabet(char: str) -> bool:
    return char.isdigit() or unicodedata.name(char, "").startswith(_ALPHABETS)


def same_signer(before: str, after: str) -> bool:
    """Whether the name ``after`` is ``before`` put right (one letter inside a word typed
    wrong, left out, added or swapped), not another volunteer's name."""
    a, b = _folded(before), _folded(after)
    if a == b:
        return True
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and _inner_edit(*differ[0])


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
        long_after = self._last is not None and now - self._last > UNSIGNED_GAP_SECONDS
        if signer and self._signer:
            if not same_signer(self._signer, signer):
                self.id = new_id()
        elif long_after:  # no name to tell them by, on one side or both: by the time
            self.id = new_id()
            self._signer = None
        if signer:
            self._signer = signer
        self._last = now
        return self.id

    def next(self) -> None:
        """Next volunteer: the next letters are theirs, not copies of the last one's."""
        self.id = new_id()
        self._signer = None
        self._last = None

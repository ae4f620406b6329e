"""A volunteer's turn at a shared laptop: what ``LetterRecord.turn`` holds.

The same letter written again in one turn (exported twice, a typo put right and exported
again) is one letter in the totals and the envelope table (``tally.letters_sent``), and the
turn's own file is the one a corrected letter may replace (``gui/output.py``). A turn ends at
Next volunteer; and at a busy table the next volunteer types their name over the last one's
without pressing it, so a name other than the one that signed the turn's letters so far
starts a new turn too: their letters to the same officials are letters of their own, not
copies of the last volunteer's.

A name put right (cased, spaced, accented or punctuated otherwise, or two letters inside a
word swapped: "Ann Exmaple" to "Ann Example"), or given soon to letters first sent
unsigned, is the same volunteer. Anything more is another one: families come to these
evenings together, and "Anna Schmidt" then "Hans Schmidt" (0.83 alike by difflib, the rule
before), "Paul" then "Paula", "Maria" then "Marta", حسن then حسين are two volunteers. In
doubt a new turn is the safe side: it costs a corrected letter counted twice ("Jon" put
right as "John" is two letters), where the other way lost a letter.

A volunteer who does not sign leaves no name to tell them by: a letter sent unsigned, or
signed after letters sent unsigned, more than :data:`UNSIGNED_GAP_SECONDS` after the turn's
last one starts a new turn (the next volunteer, sat down without Next volunteer, writes for
minutes first).
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections.abc import Callable

from uawriter.storage.tally import new_id

#: An unsigned letter this long after the turn's last letter is another volunteer's.
UNSIGNED_GAP_SECONDS = 180.0

#: Words shorter than this are another volunteer's for any letter changed ("Tom", "Tim").
_SHORTEST_PUT_RIGHT = 4

#: The accents a Latin, Greek or Cyrillic letter is typed with or without ("é", "š"). The
#: marks of other scripts (a Devanagari vowel sign, a kana's voicing mark) make another
#: name, and are kept.
_ACCENTS = re.compile("[\u0300-\u036f]")


def _folded(name: str, joins_apart: bool = False) -> list[str]:
    """``name`` as compared: its words, without case, accents or punctuation ("Tomáš
    Novák." is ["tomas", "novak"]); a word's own marks are kept ("मीना" is not "मोना")."""
    plain = unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", name)))
    plain = plain.translate(_STROKES)
    words = (
        "".join(c for c in word if unicodedata.category(c)[0] in "LMN")
        for word in (_WORD_JOINS.sub(" ", plain) if joins_apart else plain).casefold().split()
    )
    return [word for word in words if word]


#: Hyphens and apostrophes, which join a name's words or stand between them: "Anne-Marie"
#: is "Anne Marie", as "O'Brien" is "O Brien" and "OBrien" (the name's letters compared
#: all joined made "Eva Nash" of "Evan Ash").
_WORD_JOINS = re.compile("[-\u2010\u2011\u2013'\u2019\u02bc]")

#: Letters written with a stroke or joined, which have no accent to take off: how "Søren"
#: and "Łukasz" are typed on a laptop without the key ("Soren", "Lukasz").
_STROKES = str.maketrans(
    {
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
        "ı": "i", "ŧ": "t", "Ŧ": "T", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "þ": "th", "Þ": "TH",
    }
)  # fmt: skip


def _swapped(a: str, b: str) -> bool:
    """Whether ``b`` is the word ``a`` with two letters inside it swapped ("exmaple",
    "example"): a slip of the fingers that makes no other name. Any other letter changed,
    added or left out makes one as often as it puts one right (Paul and Paula, Maria and
    Marta, حسن and حسين), and a letter at a word's start or end most of all."""
    if len(a) != len(b) or len(a) < _SHORTEST_PUT_RIGHT:
        return False
    if not all(_of_an_alphabet(char) for char in a + b):  # a syllable moved: another name
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    if len(differ) != 2 or differ[1] != differ[0] + 1:
        return False
    i = differ[0]
    return a[i] == b[i + 1] and a[i + 1] == b[i] and i >= 1 and i + 1 <= len(a) - 2


#: Scripts of letters, where two swapped are a slip: in syllables (kana, Hangul, Chinese)
#: they are another name.
_ALPHABETS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "HEBREW", "ARABIC")


def _of_an_alphabet(char: str) -> bool:
    return char.isdigit() or unicodedata.name(char, "").startswith(_ALPHABETS)


def signer_mark(name: str) -> str:
    """A mark of who signs as ``name`` (its words as compared, hashed), "" for no name:
    kept on disk where the name itself may not be (a draft at an event), to know the
    same volunteer again after a crash, and only the same one."""
    words = _folded(name, joins_apart=True)
    if not words:
        return ""
    # as same_signer puts a name right: words joined ("O'Brien", "OBrien"), two letters
    # inside a word swapped ("Sadkyova"): each longer word by its ends and its letters
    kept = "".join(
        w if len(w) < _SHORTEST_PUT_RIGHT else w[0] + "".join(sorted(w[1:-1])) + w[-1]
        for w in words
    )
    return hashlib.sha256(kept.encode()).hexdigest()[:16]


def same_signer(before: str, after: str) -> bool:
    """Whether the name ``after`` is ``before`` put right (cased, spaced, accented or
    punctuated otherwise, "Soren" as "Søren", "Anne Marie" as "Anne-Marie", or two letters
    inside a word swapped), not another volunteer's name. A name of no letters ("🙂",
    "???") is the same only as itself."""
    a, b = _folded(before), _folded(after)
    if not a or not b:
        return " ".join(before.split()) == " ".join(after.split())
    if _folded(before, True) == _folded(after, True):  # "Anne Marie", "O Brien"
        return True
    # joined across a hyphen or an apostrophe only where one name has none ("OBrien" for
    # "O'Brien"): "Anne-Lise" and "Ann-Elise" are two people
    one_joined = not (_WORD_JOINS.search(before) and _WORD_JOINS.search(after))
    if a == b and one_joined:
        return True
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and _swapped(*differ[0])


class Turns:
    """The turns at one window: the current one's id, the name that signed its letters
    last, and when its last letters went out (``clock``: seconds, monotonic)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.id = new_id()
        self._signer: str | None = None
        self._clock = clock
        self._last: float | None = None
        #: The unsigned letters of this turn are someone else's (``apart``).
        self._apart = False
        #: The turn of those unsigned letters, once a name signed after them.
        self._theirs: str | None = None

    def apart(self) -> None:
        """The volunteer about to sign said the unsigned letters before were not theirs:
        their first signed letters start a turn of their own (joined to the unsigned ones,
        they replaced them as a typo put right, one volunteer counted for two), and the
        unsigned letters still to go out stay in the turn they were written in."""
        if self._theirs is not None and self._theirs != self.id and not self._signer:
            # asked again, without a name, once her letters had a turn of their own: they
            # keep it (a second turn counted her letters exported again twice: probe 113a)
            return
        self._apart = True
        if self._theirs is None:  # asked again before they went out: still theirs
            # a turn that a name signed already is that volunteer's (he exported a letter
            # before he was asked): theirs is a turn of its own, or a letter of theirs to
            # the official he wrote to was counted as his again
            self._theirs = new_id() if self._signer else self.id

    def stack_emptied(self) -> None:
        """The stack is empty: the unsigned letters a volunteer said were not theirs have
        gone out (or were taken off). Unsigned letters from now on are told apart as any
        are: another volunteer's after a while, not those letters' writer's."""
        self._theirs = None

    def of(self, name: str, on_stack: bool = False) -> str:
        """The turn letters signed ``name`` and sent now are written in: this one, or a new
        one when ``name`` is another than the name that signed so far, or when an unsigned
        letter comes long after the turn's last one. ``on_stack``: the letters are the
        stack's, which unsigned are the turn of those a volunteer said were not theirs."""
        signer = " ".join(name.split())
        now = self._clock()
        if not signer and on_stack and self._theirs is not None:
            return self._theirs  # the other volunteer's, gone out after the signed ones
        long_after = self._last is not None and now - self._last > UNSIGNED_GAP_SECONDS
        if self._apart and not self._signer:
            # the letters of the one who said those before were not theirs: a turn of their
            # own, signed or not (one without a name, who typed other details, shared the
            # last one's turn, and their letters to the same officials counted as one
            # volunteer's typo put right: probe 112a)
            self.id = new_id()
            self._apart = False
        elif signer and self._signer:
            if not same_signer(self._signer, signer):
                self.id = new_id()
        elif long_after:  # no name to tell them by, on one side or both: by the time
            self.id = new_id()
            self._signer = None
        if signer:
            self._signer = signer
            self._apart = False
        self._last = now
        return self.id

    def next(self) -> None:
        """Next volunteer: the next letters are theirs, not copies of the last one's."""
        self.id = new_id()
        self._signer = None
        self._last = None
        self._apart = False
        self._theirs = None

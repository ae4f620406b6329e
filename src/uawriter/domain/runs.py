"""Runs of characters without a space, longer than any word: a font mapping one code to 100
letters gave one of 200,000 in a UA's text, and one pasted into the letter froze the window
for seconds at every key (no text box lays such a line out quickly; probes 79a, 104a)."""

from __future__ import annotations

import re
import unicodedata

#: The longest run of characters without a space kept whole: a word, an e-mail address or
#: a web address is far shorter.
MAX_RUN = 1_000
#: Scripts written without spaces between words (Thai, Lao, Tibetan, Khmer, Myanmar,
#: Chinese, Japanese…): a paragraph of them is one run, and is kept whole.
_WITHOUT_SPACES = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u0f00-\u0fff"  # Tibetan (Dzongkha): syllables end in a tsheg, not a space
    "\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f"  # Myanmar and its extensions
    "\u1780-\u17ff\u19e0-\u19ff"  # Khmer
    "\u1950-\u19df\u1a20-\u1aaf"  # Tai Le, New Tai Lue, Tai Tham
    "\ua980-\ua9df\u1b00-\u1b7f"  # Javanese, Balinese
    "\u2e80-\u2fdf\u3000-\u9fff\uf900-\ufaff\uff00-\uffef"  # Chinese, Japanese
    "\U00020000-\U0003ffff"  # Chinese characters beyond the first plane
)
#: Where a line may break: spaces and line ends, but not the no-break spaces (U+00A0,
#: U+2007, U+202F), which join words into one run as a line is laid out (200,000
#: characters of words joined by them froze the letter as one word did: probe 105b).
_BREAKS = " \t\n\r\f\v\x1c-\x1f\x85\u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u205f\u3000"
#: A run longer than ``MAX_RUN``, matched whole from its start (a match tried at every
#: character of a run, as it was, cost the square of the run: a text of 300 lines of 999
#: dashes took seconds; probe 79a).
_LONG_RUN = re.compile(
    rf"(?<![^{_BREAKS}{_WITHOUT_SPACES}])[^{_BREAKS}{_WITHOUT_SPACES}]{{{MAX_RUN + 1},}}"
)


def broken_runs(text: str) -> tuple[str, int]:
    """``text`` with a space after every ``MAX_RUN`` characters of a longer run, never
    before a mark (it would sit on a dotted circle); and how many spaces were put in."""
    spaces = 0

    def broken(match: re.Match[str]) -> str:
        nonlocal spaces
        run = match.group()
        pieces: list[str] = []
        start = 0
        for end in range(MAX_RUN, len(run), MAX_RUN):
            if not unicodedata.category(run[end]).startswith("M"):
                pieces.append(run[start:end])
                start = end
                spaces += 1
        pieces.append(run[start:])
        return " ".join(pieces)

    return _LONG_RUN.sub(broken, text), spaces

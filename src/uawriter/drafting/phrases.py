"""The phrases that mark each part of an Urgent Action, as one object a layout can vary.

The reader never names a phrase itself: it asks its layout's :class:`Phrases` where the
recommended actions start ("Please write", "ESCRIBAN", "SCHREIBEN SIE BITTE"), where the list
of officials starts, which line says "copies to", how a deadline is worded, and so on. A
layout for a section's own language (``layouts/de_section.py``) builds its phrases from
:data:`ENGLISH` with :func:`dataclasses.replace`, usually *adding* its words to the English
ones, because sections quote English model letters and addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from uawriter.drafting.budget import untraced
from uawriter.drafting.fields.dates import _DATE
from uawriter.drafting.fields.languages import _language_names

#: Ordinal words -> number, in the languages of the layouts ("Second UA", "Segunda AU",
#: "deuxième action", "zweite Folge").
ORDINAL_WORDS = {
    **dict.fromkeys(("first", "erste", "primera", "primer", "première", "premier"), 1),
    **dict.fromkeys(("second", "zweite", "segunda", "segundo", "deuxième", "seconde"), 2),
    **dict.fromkeys(("third", "dritte", "tercera", "tercer", "troisième"), 3),
    **dict.fromkeys(("fourth", "vierte", "cuarta", "quatrième"), 4),
    **dict.fromkeys(("fifth", "fünfte", "quinta", "cinquième"), 5),
    **dict.fromkeys(("sixth", "sechste", "sexta", "sixième"), 6),
    **dict.fromkeys(("seventh", "siebte", "séptima", "septima", "septième"), 7),
    **dict.fromkeys(("eighth", "achte", "octava", "huitième"), 8),
    **dict.fromkeys(("ninth", "neunte", "novena", "neuvième"), 9),
    **dict.fromkeys(("tenth", "zehnte", "décima", "decima", "dixième"), 10),
    "eleventh": 11,
    "twelfth": 12,
}
_ORDINALS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
ORD = rf"(?P<ord>\d{{1,2}}\s?(?:st|nd|rd|th|\.|ª|º|e|ème)|{_ORDINALS})"
NUM = r"(?P<num>\d{1,4}\s*/\s*\d{2,4})\b"
KIND = r"(?P<kind>UA|AU|EXTRA|urgent\s+action|acci[oó]n\s+urgente|action\s+urgente)"


def ci(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern."""
    return re.compile(pattern, re.IGNORECASE)


def either(*parts: str | re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of ``parts`` (texts or compiled patterns):
    how a layout adds its own words to the English ones."""
    texts = [p.pattern if isinstance(p, re.Pattern) else p for p in parts]
    return ci("|".join(f"(?:{t})" for t in texts))


@dataclass(frozen=True)
class WriteIn:
    """How a UA says which languages to write in: "in English, Russian or your own
    language", "en español o en su propio idioma", "auf Englisch oder Deutsch"."""

    #: the words before the list of languages ("in", "en", "auf")
    before: str = r"in"
    #: the words between languages ("or", "and", ",")
    joiners: str = r"or|and"
    #: "your own language" and its kin
    own: str = r"(?:in\s+)?(?:your|their|the\s+writer'?s)\s+own\s+languages?"
    #: a label that gives a *preferred* language ("PREFERRED LANGUAGE TO ADDRESS TARGET"):
    #: other languages are taken too, so the volunteer's own language is allowed
    preferred: str = ""


@dataclass(frozen=True)
class Phrases:
    """Every phrase the reader looks for, compiled. See :data:`ENGLISH` for each one."""

    heading: re.Pattern[str]
    points_start: re.Pattern[str]
    appeals_start: re.Pattern[str]
    tail: re.Pattern[str]
    additional: re.Pattern[str]
    footer: re.Pattern[str]
    meta: re.Pattern[str]
    issued_label: re.Pattern[str]
    deadlines: tuple[re.Pattern[str], ...]
    asap: re.Pattern[str]
    appeal_words: re.Pattern[str]
    diplomatic: re.Pattern[str]
    after_deadline: re.Pattern[str]
    copies: re.Pattern[str]
    for_all: re.Pattern[str]
    write_in: WriteIn = field(default_factory=WriteIn)
    #: deadlines worded so plainly they are read wherever they stand ("… UNTIL: 15 April 2024")
    deadline_anywhere: tuple[re.Pattern[str], ...] = ()
    #: lines in an address block that are about the post, not the official (German UAs
    #: print the postage: "(Standardbrief Luftpost bis 20 g: 1,10 €)")
    not_address: re.Pattern[str] | None = None
    #: in a title printed in capitals, a word the text does not use elsewhere is written
    #: with a capital (German nouns) rather than in lower case
    capitalise_unknown_words: bool = False
    #: a model letter's salutation line ("Dear Minister,") and its closing ("Yours sincerely,")
    letter_opening: re.Pattern[str] = field(
        default_factory=lambda: ci(
            r"^\W*(?:dear|your\s+(?:excellency|majesty)|excellency)\b[^.!?]{0,80}[,:]\s*$"
        )
    )
    letter_closing: re.Pattern[str] = field(
        default_factory=lambda: ci(
            r"^\W*(?:yours\s+(?:sincerely|faithfully|truly)|sincerely|kind\s+regards|"
            r"respectfully|best\s+regards)\b"
        )
    )
    #: a sentence of a model letter that asks for something: it becomes a talking point
    asks: re.Pattern[str] = field(
        default_factory=lambda: ci(
            r"\b(?:i|we)\s+(?:\w+\s+){0,2}(?:urge|call\s+on|call\s+upon|ask|request|demand|"
            r"implore|appeal\s+to|insist)\b|\bplease\s+(?:ensure|release|order|guarantee)\b|"
            r"^\W*(?:ensure|release|guarantee|drop|quash|end|stop|order)\b"
        )
    )
    update_of: re.Pattern[str] = field(
        default_factory=lambda: ci(
            rf"\b{ORD}\s+update\s+(?:of|on|to|for)\s+(?:the\s+)?{KIND}\s*(?::\s*)?(?:no\.?\s*)?{NUM}"
        )
    )
    ordinal_ua: re.Pattern[str] = field(
        default_factory=lambda: ci(
            rf"\b{ORD}\s+(?P<kind>UA|AU|EXTRA)\b\s*(?::\s*)?(?:no\.?\s*)?(?:{NUM})?"
        )
    )
    further_on: re.Pattern[str] = field(
        default_factory=lambda: ci(
            rf"\b(?:further\s+information\s+on|fi\s+on|follow[- ]?up\s+(?:to|on))\s+{KIND}\b"
            rf"\s*(?::\s*)?(?:no\.?\s*)?(?:{NUM})?"
        )
    )
    number: re.Pattern[str] = field(
        default_factory=lambda: ci(rf"\b(?:UA|AU)\s*(?:[:-]\s*)?(?:no\.?\s*|nr\.?\s*)?{NUM}")
    )
    extra: re.Pattern[str] = field(
        default_factory=lambda: ci(rf"\bEXTRA\s*(?::\s*)?(?:no\.?\s*)?{NUM}")
    )

    def write_in_pattern(self) -> re.Pattern[str]:
        return _write_in_pattern(self.write_in)

    def own_language(self) -> re.Pattern[str]:
        return ci(rf"\b{self.write_in.own}")


@lru_cache(maxsize=16)
@untraced
def _write_in_pattern(write_in: WriteIn) -> re.Pattern[str]:
    names = sorted(_language_names(), key=len, reverse=True)
    language = r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
    before = rf"(?:{write_in.before})"
    joiner = rf"(?:\s*(?:,|/|\b(?:{write_in.joiners})\b)\s*(?:(?:{write_in.joiners})\s+)?)"
    return ci(
        rf"\b{before}\s+(?:(?:gutem|good|buen|bon)\s+)?(?P<list>{language}(?:{joiner}"
        rf"(?:{before}\s+)?{language}){{0,12}})"
        rf"(?P<own>\s*(?:,\s*)?(?:(?:{write_in.joiners})\s+)?{write_in.own})?"
    )


_META_ORDINALS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))

#: The phrases of English Urgent Actions, 1990s to today.
ENGLISH = Phrases(
    heading=ci(r"^\W*urgent\s*action\b"),
    points_start=ci(
        r"^\W*(?:please\s+write\b|recommended\s+actions?\b|take\s+action\b|"
        r"what\s+you\s+can\s+do\b|please\s+send\s+appeals\s+to\s+arrive\b|"
        r"write\s+(?:a\s+letter|letters|appeals|now|immediately)\b)"
    ),
    appeals_start=ci(
        r"^\W*(?:(?:please\s+)?send\s+appeals?\b.{0,80}?\bto\s*:|appeals\s+to\s*:|"
        r"(?:please\s+)?send\s+appeals?\b.{0,80}?\bto\s*$|appeals\s+to\s*$)"
    ),
    tail=ci(
        r"diplomatic\s+representatives?|\bplease\s+check\s+with\b|"
        r"\bcheck\s+with\s+(?:the\s+international|your\s+section)|"
        r"\bif\s+sending\s+appeals\s+after\b|"
        r"^\W*this\s+is\s+the\s+\w+\s+update\b|^\W*further\s+information\b|"
        r"^\W*please\s+send\s+appeals\s+(?:immediately|as\s+quickly|as\s+soon)"
    ),
    additional=ci(r"^\W*(?:additional|background)\s*information\b"),
    footer=ci(
        r"^\W*(?:name\s*:|gender\s*m\s*/\s*f\b|further\s+information\s+on\s+(?:ua|extra)\b|"
        r"(?:\w+\s+)?(?:ua|extra)\s*(?::\s*)?\d{1,4}\s*/\s*\d{2,4}\b)"
    ),
    meta=ci(
        rf"^\W*(?:(?:(?:{_META_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th))\s+)?"
        rf"(?:ua|extra)\b\s*(?::\s*)?(?:no\.?\s*)?\d|(?:{_META_ORDINALS})\s+ua\b|"
        r"further\s+information\s+on\b|fi\s+on\b|follow[- ]?up\b|(?:ai\s+)?index\s*:|"
        r"(?:issue\s+)?date\s*:|public\b|external\b|document\s*[-–:]|"
        r"amnesty\s+international\s*$|urgent\s*action\s*$)"
    ),
    issued_label=ci(
        rf"\b(?:(?:issue\s+date|date\s+of\s+issue|date)\s*:\s*|issued(?:\s+on)?\s*(?::\s*)?){_DATE}"
    ),
    deadlines=(
        ci(r"\bappeals?\b[^.]{0,80}?\b(?:before|by|until|no\s+later\s+than)\s+(?:the\s+)?" + _DATE),
        ci(rf"\bsend(?:ing)?\s+appeals\s+after\s+(?:the\s+)?{_DATE}"),
        ci(rf"\b(?:before|no\s+later\s+than)\s+(?:the\s+)?{_DATE}"),
    ),
    asap=ci(r"\b(?:as\s+(?:quickly|soon)\s+as\s+possible|immediately|without\s+delay)\b"),
    appeal_words=ci(r"\b(?:appeals?|write|send|letters?)\b"),
    diplomatic=ci(r"diplomatic\s+(?:representatives?|missions?)"),
    after_deadline=ci(
        r"\bif\s+sending\s+appeals\s+after\b|\bcheck\s+with\b[^.]{0,120}\bafter\b|"
        r"\bafter\s+the\s+(?:above|deadline|appeal)\s+date\b"
    ),
    copies=ci(r"^\W*(?:and\s+)?(?:also\s+)?(?:send\s+)?(?:copies|copy)\s+(?:to|for)\b\W*$"),
    for_all=ci(
        r"^\W*salutations?\s*(?:\(\s*)?(?:for|to)\s+(?:all|each|every(?:one)?)"
        r"(?:\s+(?:addressees|officials|of\s+them|three|two|four))?\s*(?:\)\s*)?(?:[:：]\s*)?(?P<s>.*)$"
    ),
)


def ordinal(text: str) -> int | None:
    """ "Second" -> 2, "3rd" -> 3, "2." -> 2."""
    text = text.lower().replace(" ", "")
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


def ua_number(match: re.Match[str], extra: bool = False) -> str:
    """ "45 / 24" -> "45/24"; an EXTRA keeps its word ("EXTRA 36/02")."""
    number = re.sub(r"\s+", "", match.group("num"))
    kind = (match.groupdict().get("kind") or "").upper()
    return f"EXTRA {number}" if extra or kind == "EXTRA" else number

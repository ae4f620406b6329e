"""Salutations and the language each is written in."""

from __future__ import annotations

import re

from uawriter.drafting.fields.words import _words, _wordset
from uawriter.drafting.model import SOURCE_LANGUAGE

_SALUTATION_WORDS: dict[str, frozenset[str]] = {
    "en": _wordset("dear sir madam your excellency honourable honorable mr mrs ms miss lord lady"),
    "es": _wordset(
        "estimado estimada estimados estimadas señor señora senor senora sr sra srta "
        "excelentísimo excelentísima excelentisimo excelentisima distinguido distinguida "
        "apreciado apreciada don doña ilustrísimo ilustrísima excelencia excmo excma ilmo ilma"
    ),
    "fr": _wordset("monsieur madame mesdames messieurs cher chère excellence mademoiselle"),
    "pt": _wordset(
        "excelentíssimo excelentíssima exmo exma senhor senhora prezado prezada vossa excelência"
    ),
    "de": _wordset("sehr geehrter geehrte herr frau exzellenz"),
    "it": _wordset(
        "egregio egregia gentile gentilissimo gentilissima signor signore signora "
        "illustrissimo onorevole eccellenza"
    ),
    "nl": _wordset("geachte heer mevrouw excellentie"),
    "ru": _wordset("уважаемый уважаемая господин госпожа"),
    "kk": _wordset("құрметті мырза ханым"),
    "uk": _wordset("шановний шановна пане пані"),
    "ar": _wordset("معالي فخامة سعادة السيد السيدة حضرة"),
    "tr": _wordset("sayın"),
    "id": _wordset("yth bapak ibu"),
}

#: Words a salutation starts with, in any language above.
_SALUTATION_OPENERS = _wordset(
    "dear your estimado estimada estimados distinguido distinguida excelentísimo excelentísima "
    "excelentisimo excelentisima excmo excma ilmo ilma señor señora senor senora sr sra "
    "monsieur madame cher chère "
    "sehr prezado prezada excelentíssimo excelentíssima exmo exma egregio egregia gentile "
    "geachte уважаемый уважаемая құрметті шановний шановна sayın معالي فخامة سعادة"
)

_ALL_SALUTATION_WORDS = frozenset().union(*_SALUTATION_WORDS.values()) | _wordset(
    "le la el los las de del the of and y et / excelentísimo"
)


def _salutation_language(part: str) -> str | None:
    """The language of a salutation, by the words it uses (see ``_SALUTATION_WORDS``);
    None when no word is known or two languages tie."""
    words = _words(part)
    scores: dict[str, int] = {}
    for position, word in enumerate(words):
        for lang, vocabulary in _SALUTATION_WORDS.items():
            if word in vocabulary:
                scores[lang] = scores.get(lang, 0) + (2 if position == 0 else 1)
    if not scores:
        return None
    best = max(scores.values())
    winners = [lang for lang, score in scores.items() if score == best]
    return winners[0] if len(winners) == 1 else None


def _whole_greeting(part: str) -> bool:
    """A greeting of its own, an opener and whom it greets ("Dear Prosecutor General"),
    not the other half of one ("Madam" in "Dear Sir/Madam")."""
    words = _words(part)
    return len(words) >= 2 and words[0] in _SALUTATION_OPENERS


def _looks_like_salutation(text: str) -> bool:
    parts = [p for p in re.split(r"\s*/\s*", text.strip()) if p.strip()]
    return bool(parts) and all((_words(p)[:1] or [""])[0] in _SALUTATION_OPENERS for p in parts)


def _continues_salutation(previous: str, line: str) -> bool:
    """Whether ``line``, on the line after the greeting ``previous``, is more of it: the
    greeting in another language ("Dear Minister" / "Estimado Señor Ministro"), or another
    form naming no other office ("Señor Presidente" / "Excelentísimo Señor Presidente");
    not a title in the greeting's own language naming another office, the next official's
    ("Saludo: Señor Fiscal General" / "Excmo. Sr. Ministro del Interior": the Minister's
    title was read as a second greeting and dropped, probe 82a)."""
    if not _looks_like_salutation(line):
        return False
    language = _salutation_language(line)
    before = {_salutation_language(p) for p in re.split(r"\s*/\s*", previous)}
    if language is None or language not in before:
        return True
    return set(_words(line)) - _ALL_SALUTATION_WORDS <= set(_words(previous))


_QUOTES = "\"'“”‘’«»"
_PAIRS = {"(": ")", "[": "]"}


def _unpaired(text: str) -> set[int]:
    """Where the brackets of ``text`` that have no partner are."""
    opened: list[int] = []
    alone: set[int] = set()
    for k, c in enumerate(text):
        if c in _PAIRS:
            opened.append(k)
        elif c in _PAIRS.values():
            if opened and _PAIRS[text[opened[-1]]] == c:
                opened.pop()
            else:
                alone.add(k)
    return alone | set(opened)


def _tidy_salutation(text: str) -> str:
    """The greeting without the quotes, the brackets around it and the comma after it. A
    bracket is taken off an end only with its partner, or when it has none: "Dear
    President (or Your Excellency)" keeps both of its brackets, not one."""
    text = re.sub(r"\s+", " ", text).strip()
    while True:
        text = text.strip(" " + _QUOTES).rstrip(" ,;:.!")
        alone = _unpaired(text)
        if text[:1] in _PAIRS and 0 in alone:
            text = text[1:]
        elif text[-1:] in "()[]" and len(text) - 1 in alone:
            text = text[:-1]
        elif text[:1] in _PAIRS and text[-1:] == _PAIRS[text[0]] and not _unpaired(text[1:-1]):
            text = text[1:-1]  # "(Monsieur le Ministre)": the brackets hold the whole
        else:
            break
    return text.strip()


#: A part in brackets at the end of a greeting: "(or Your Excellency)", "(o Excelentísimo
#: Señor)", another form of it, or "(Estimado Señor Ministro)", the greeting in another
#: language.
_BRACKETED_TAIL = re.compile(r"\s*[(\[](?P<inner>[^()\[\]]+)[)\]]$")
#: The word before another form of the greeting: "or", "o", "ou", "oder", "of", "или".
_OR = re.compile(r"(?i)^(?:or|o|ou|oder|of|или|або)\s+(?=\S)")


def _split_salutation(raw: str, language: str = SOURCE_LANGUAGE) -> tuple[dict[str, str], str]:
    """ "Dear Minister/Estimado Señor Ministro" -> {"en": …, "es": …}; a note if unsure."""
    whole = _tidy_salutation(raw)
    said: list[str] = []
    tail = _BRACKETED_TAIL.search(whole)
    head = _tidy_salutation(whole[: tail.start()]) if tail else ""
    if tail and head:
        inner = tail.group("inner").strip()
        other = _OR.match(inner)
        if other:  # a letter opens with one greeting: the first; the other is said
            said.append(f"another form was given in brackets, {inner[other.end() :]!r}")
            whole = head
        elif _looks_like_salutation(inner):  # as if written "Dear Minister / Estimado …"
            whole = f"{head} / {inner}"
    if not whole:
        return {}, ""
    parts = [_tidy_salutation(p) for p in re.split(r"\s*/\s*|\s+\|\s+", whole)]
    parts = [p for p in parts if p]
    langs = [_salutation_language(p) for p in parts]
    # "Dear Sir/Madam": neighbouring parts in the same language belong together; a part
    # that is a whole greeting of its own ("Dear Mr Asylov / Dear Prosecutor General") is
    # another form of the one before, and left out: a letter opens with one greeting.
    groups: list[tuple[str | None, list[str]]] = []
    for part, lang in zip(parts, langs, strict=True):
        if groups and groups[-1][0] == lang and lang is not None:
            if _whole_greeting(groups[-1][1][0]) and _whole_greeting(part):
                said.append(f"another form was given in the same language, {part!r}")
            else:
                groups[-1][1].append(part)
        else:
            groups.append((lang, [part]))
    known = [lang for lang, _ in groups]
    if all(known) and len(set(known)) == len(known):
        texts = {str(lang): "/".join(ps) for lang, ps in groups}
        if not said:
            return texts, ""
        kept = " / ".join(texts.values())
        return texts, f"{'; '.join(said)}: the salutation was kept as {kept!r}; check it"
    why = (
        "could not tell the language of the salutation"
        if not all(known)
        else "the salutation has two parts in the same language"
    )
    said.append(f"{why} {whole!r}")
    return {language: whole}, f"{'; '.join(said)}; kept it under {language!r}: check it"

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
        "apreciado apreciada don doña ilustrísimo ilustrísima excelencia"
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
    "excelentisimo excelentisima señor señora senor senora sr sra monsieur madame cher chère "
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


def _looks_like_salutation(text: str) -> bool:
    parts = [p for p in re.split(r"\s*/\s*", text.strip()) if p.strip()]
    return bool(parts) and all((_words(p)[:1] or [""])[0] in _SALUTATION_OPENERS for p in parts)


_QUOTES = "\"'“”‘’«»"


def _tidy_salutation(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = text.strip(" ()[]" + _QUOTES).strip()
    return text.rstrip(" ,;:.!" + _QUOTES).strip()


def _split_salutation(raw: str, language: str = SOURCE_LANGUAGE) -> tuple[dict[str, str], str]:
    """ "Dear Minister/Estimado Señor Ministro" -> {"en": …, "es": …}; a note if unsure."""
    whole = _tidy_salutation(raw)
    if not whole:
        return {}, ""
    parts = [_tidy_salutation(p) for p in re.split(r"\s*/\s*|\s+\|\s+", whole)]
    parts = [p for p in parts if p]
    langs = [_salutation_language(p) for p in parts]
    # "Dear Sir/Madam": neighbouring parts in the same language belong together.
    groups: list[tuple[str | None, list[str]]] = []
    for part, lang in zip(parts, langs, strict=True):
        if groups and groups[-1][0] == lang and lang is not None:
            groups[-1][1].append(part)
        else:
            groups.append((lang, [part]))
    known = [lang for lang, _ in groups]
    if all(known) and len(set(known)) == len(known):
        return {str(lang): "/".join(ps) for lang, ps in groups}, ""
    why = (
        "could not tell the language of the salutation"
        if not all(known)
        else "the salutation has two parts in the same language"
    )
    return {language: whole}, f"{why} {whole!r}; kept it under {language!r}: check it"

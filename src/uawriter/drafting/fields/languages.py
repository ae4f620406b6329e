"""Language names (from CLDR) and the "write in …" phrase."""

from __future__ import annotations

import re
from functools import lru_cache

from uawriter.domain.languages import canonical_language

#: Names Urgent Actions use that CLDR spells otherwise.
_LANGUAGE_ALIASES = {
    "farsi": "fa",
    "mandarin": "zh",
    "mandarin chinese": "zh",
    "castilian": "es",
    "kirghiz": "ky",
    "tadjik": "tg",
    "tajiki": "tg",
    "burmese": "my",
}


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """English language name (lower case) -> language code, from CLDR via Babel."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        canonical = canonical_language(str(code))
        if canonical and name:
            names.setdefault(str(name).lower(), canonical)
    for name, code in _LANGUAGE_ALIASES.items():
        names.setdefault(name, code)
    return names


@lru_cache(maxsize=1)
def _write_in_pattern() -> re.Pattern[str]:
    names = sorted(_language_names(), key=len, reverse=True)
    language = r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
    return re.compile(
        rf"\bin\s+(?P<list>{language}(?:\s*(?:,|/|\bor\b|\band\b)\s*(?:(?:or|and)\s+)?"
        rf"{language}){{0,12}})"
        r"(?P<own>\s*,?\s*(?:(?:or|and)\s+)?(?:in\s+)?(?:your|their|the\s+writer'?s)\s+own"
        r"\s+languages?)?",
        re.IGNORECASE,
    )


_OWN_LANGUAGE = re.compile(r"(?i)\b(?:in\s+)?your\s+own\s+language")

"""Language names (from CLDR) and the "write in …" phrase."""

from __future__ import annotations

from functools import lru_cache

from uawriter.domain import cldr
from uawriter.domain.languages import canonical_language

#: The languages whose names for languages are read ("Russian", "Russisch", "ruso", "russe").
NAMED_IN = ("en", "de", "es", "fr")

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
    """Language name (lower case) -> language code, from CLDR, in the languages Urgent
    Actions are published in (English first: its names win a clash)."""
    names: dict[str, str] = {}
    for locale in NAMED_IN:
        for code, name in cldr.names(locale)["languages"].items():
            canonical = canonical_language(str(code))
            if canonical and name:
                names.setdefault(str(name).lower(), canonical)
    for name, code in _LANGUAGE_ALIASES.items():
        names.setdefault(name, code)
    return names

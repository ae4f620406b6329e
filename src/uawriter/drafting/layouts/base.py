"""What a layout is: its phrases, its language, its markers and its reader."""

from __future__ import annotations

import re
from dataclasses import dataclass

from uawriter.drafting.phrases import Phrases
from uawriter.drafting.reader import Reader


@dataclass(frozen=True)
class Layout:
    #: short id, as in the fixtures' folder names: "amnesty-org", "de-section"
    id: str
    #: for people: "amnesty.org, 2019 onwards"
    title: str
    #: the language its Urgent Actions are written in (ISO 639-1)
    language: str
    phrases: Phrases
    #: (pattern, weight): each pattern found anywhere in the text adds its weight
    markers: tuple[tuple[re.Pattern[str], float], ...]
    reader: type[Reader] = Reader

    def score(self, text: str) -> float:
        return sum(weight for pattern, weight in self.markers if pattern.search(text))


def marker(pattern: str, weight: float) -> tuple[re.Pattern[str], float]:
    """A marker: a case-insensitive pattern, ``^`` and ``$`` at each line, and its weight.
    ``^\\W*`` stays on its line: ``\\W`` matches a line break too, so from every line start it
    ran on through all the blank lines and dashes after it (20,000 empty lines: 84 s)."""
    pattern = pattern.replace(r"^\W*", r"^[^\w\n]*")
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE), weight

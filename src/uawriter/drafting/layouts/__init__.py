"""The layouts Urgent Actions come in, one module each, and the choice between them.

Each module in this package defines ``LAYOUT``, a :class:`Layout`: the phrases its
Urgent Actions use (:class:`~uawriter.drafting.phrases.Phrases`), the language they are
written in, the *markers* that tell it apart (each found in the text adds its weight to the
layout's score), and optionally a reader of its own for what only it does (a model letter,
labelled sections). :func:`choose` scores every layout against the tidied text and the best
wins; when none scores, the English reader of the 2000s (``appeals_before_2013``) reads it, as it
reads most English text.

Adding a layout is adding a module here and its fixtures under
``tests/data/drafting/layouts/<id>/``: nothing else is edited (docs/drafting.md).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from functools import lru_cache

from uawriter.drafting.phrases import Phrases
from uawriter.drafting.reader import Reader

#: The layout that reads a text no layout recognises.
FALLBACK = "appeals-before-2013"


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


@lru_cache(maxsize=1)
def marker(pattern: str, weight: float) -> tuple[re.Pattern[str], float]:
    """A marker: a case-insensitive pattern, ``^`` and ``$`` at each line, and its weight."""
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE), weight


@lru_cache(maxsize=1)
def all_layouts() -> tuple[Layout, ...]:
    """Every layout module's ``LAYOUT``, in module-name order."""
    found: list[Layout] = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        layout = getattr(importlib.import_module(f"{__name__}.{module.name}"), "LAYOUT", None)
        if isinstance(layout, Layout):
            found.append(layout)
    return tuple(found)


def by_id(layout_id: str) -> Layout:
    for layout in all_layouts():
        if layout.id == layout_id:
            return layout
    raise KeyError(layout_id)


def choose(text: str) -> tuple[Layout, dict[str, float]]:
    """The layout whose markers best match ``text``, and every layout's score."""
    scores = {layout.id: layout.score(text) for layout in all_layouts()}
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return by_id(FALLBACK), scores
    # On a tie the fallback wins, then the first in module order.
    tied = [layout for layout in all_layouts() if scores[layout.id] == best]
    winner = next((layout for layout in tied if layout.id == FALLBACK), tied[0])
    return winner, scores

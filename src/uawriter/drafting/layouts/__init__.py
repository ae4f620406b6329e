"""The layouts Urgent Actions come in, one module each, and the choice between them.

Each module in this package defines ``LAYOUT``, a :class:`Layout`: the phrases its
Urgent Actions use (:class:`~uawriter.drafting.phrases.Phrases`), the language they are
written in, the *markers* that tell it apart (each found in the text adds its weight to the
layout's score), and optionally a reader of its own for what only it does (a model letter,
labelled sections). :func:`choose` scores every layout against the tidied text and the best
wins; when none scores, the English reader of the 2000s (``appeals_before_2013``) reads it, as it
reads most English text.

Adding a layout is adding a module here, its fixtures under
``tests/data/drafting/layouts/<id>/`` and its line in :data:`LAYOUTS` below (a packaged
app cannot list a package's modules, so the list is written out); no other layout is
edited (docs/drafting.md).
"""

from __future__ import annotations

from uawriter.drafting.layouts import (
    aiusa_1998,
    amnesty_org,
    appeals_before_2013,
    de_section,
    es_section,
    fr_section,
    labelled_2017,
)
from uawriter.drafting.layouts.base import Layout, marker

#: Every layout, in the order a tie is broken after the fallback.
LAYOUTS: tuple[Layout, ...] = (
    aiusa_1998.LAYOUT,
    amnesty_org.LAYOUT,
    appeals_before_2013.LAYOUT,
    de_section.LAYOUT,
    es_section.LAYOUT,
    fr_section.LAYOUT,
    labelled_2017.LAYOUT,
)

#: The layout that reads a text no layout recognises.
FALLBACK = "appeals-before-2013"


def all_layouts() -> tuple[Layout, ...]:
    return LAYOUTS


def by_id(layout_id: str) -> Layout:
    for layout in LAYOUTS:
        if layout.id == layout_id:
            return layout
    raise KeyError(layout_id)


def choose(text: str) -> tuple[Layout, dict[str, float]]:
    """The layout whose markers best match ``text``, and every layout's score."""
    scores = {layout.id: layout.score(text) for layout in LAYOUTS}
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return by_id(FALLBACK), scores
    # On a tie the fallback wins, then the first in LAYOUTS.
    tied = [layout for layout in LAYOUTS if scores[layout.id] == best]
    winner = next((layout for layout in tied if layout.id == FALLBACK), tied[0])
    return winner, scores


__all__ = ["FALLBACK", "LAYOUTS", "Layout", "all_layouts", "by_id", "choose", "marker"]

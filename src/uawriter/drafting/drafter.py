"""Drafting a pack: tidy the text, read it with the layout that fits best, list what is missing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from uawriter.drafting.budget import TooSlow, processor_time_limit
from uawriter.drafting.layouts import choose
from uawriter.drafting.model import DraftInputError, DraftPack, _not_found
from uawriter.drafting.source import read_source
from uawriter.drafting.tidy import _normalise

#: Processor time the drafting of one text may take (an Urgent Action's takes a fraction of
#: a second); reading a PDF's text has its own (``source.MAX_PDF_SECONDS``).
MAX_DRAFT_SECONDS = 10.0


def draft_from_file(path: Path) -> DraftPack:
    """Read a ``.txt`` or ``.pdf`` file and draft a pack. Raises :class:`DraftInputError`."""
    source = read_source(path)
    return _budgeted(source.text, source.notes, str(path))


def draft_from_text(text: str) -> DraftPack:
    """Draft from pasted text; :class:`DraftInputError` if there is nothing to read."""
    if not text.strip():
        raise DraftInputError("there is no text to draft from; paste the Urgent Action's text")
    return _budgeted(text, (), "the text")


def _budgeted(text: str, notes: Sequence[str], name: str) -> DraftPack:
    try:
        with processor_time_limit(MAX_DRAFT_SECONDS):
            return draft_pack(text, notes=notes)
    except TooSlow:
        raise DraftInputError(
            f"{name}: takes more than {MAX_DRAFT_SECONDS:.0f} s to read as an Urgent Action "
            "(it is not laid out like one); copy the parts you need into a pack by hand"
        ) from None


def draft_pack(text: str, notes: Sequence[str] = (), *, strict: bool = False) -> DraftPack:
    """Draft a pack from the text of an Urgent Action. Takes any text and never raises:
    a part that cannot be read is reported in ``notes["input"]`` (``strict`` re-raises
    instead, for tests)."""
    doc = _normalise(text if isinstance(text, str) else str(text))
    draft = DraftPack(lines=list(doc.lines))
    for message in (*notes, *doc.notes):
        draft.note("input", message)
    layout, scores = choose("\n".join(doc.lines))
    draft.language = layout.language
    draft.layout = layout.id
    draft.layout_scores = scores
    steps = layout.reader(doc, draft, layout.phrases).steps()
    for step in steps:
        try:
            step()
        except Exception as exc:
            if strict:
                raise
            draft.note(
                "input",
                f"part of the text could not be read ({step.__name__}: {type(exc).__name__}); "
                "check the fields it holds by hand",
            )
    if not any(line.strip() for line in draft.lines):
        draft.note("input", "there is no text")
    draft.not_found = _not_found(draft)
    return draft

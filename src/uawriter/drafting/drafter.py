"""Drafting a pack: tidy the text, read it with the layout that fits best, list what is missing."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from uawriter.drafting.budget import TooSlow, processor_time_limit
from uawriter.drafting.layouts import LAYOUTS, choose
from uawriter.drafting.model import DraftInputError, DraftPack, _not_found
from uawriter.drafting.source import SourceText, read_source, source_from_bytes
from uawriter.drafting.tidy import _normalise

#: Processor time the drafting of one text may take (an Urgent Action's takes a fraction of
#: a second); reading a PDF's text has its own (``source.MAX_PDF_SECONDS``).
MAX_DRAFT_SECONDS = 10.0


def draft_from_file(path: Path) -> DraftPack:
    """Read a ``.txt`` or ``.pdf`` file and draft a pack. Raises :class:`DraftInputError`."""
    return draft_from_source(read_source(path), str(path))


def draft_from_source(source: SourceText, name: str) -> DraftPack:
    """Draft from a file's text read elsewhere (the window reads it first, to show it): its
    notes (pages not read, form fields, damage, an encoding guessed) are the draft's first
    "input" notes, as ``draft-pack`` prints them. Raises :class:`DraftInputError`."""
    return _budgeted(source.text, source.notes, name)


def draft_from_bytes(data: bytes, name: str) -> DraftPack:
    """Draft from a file's bytes read elsewhere (the standard input), as a file's: a PDF
    by its signature, text in any encoding a file may have. Raises DraftInputError."""
    source = source_from_bytes(data, name)
    return _budgeted(source.text, source.notes, name)


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
    script = _other_script("\n".join(doc.lines))
    if script:
        read = sorted({each.language for each in LAYOUTS})
        draft.note(
            "input",
            f"most of the text is in {script}, which no layout reads (they read text "
            f"in {', '.join(read)}): what was found is kept as {layout.language!r} text, which "
            "it is not; check every field and write the texts in the languages of the pack",
        )
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


_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _other_script(text: str) -> str:
    """The script most of the text's letters are in ("Arabic script", "Cyrillic script"),
    when it is not the Latin script every layout's language is written in; "" otherwise."""
    letters = len(_LETTER.findall(text))
    others = letters - len(_LATIN_LETTER.findall(text))
    if letters < 20 or others * 2 <= letters:
        return ""
    sample = [c for c in _LETTER.findall(text[:20_000]) if not _LATIN_LETTER.match(c)]
    names = Counter(unicodedata.name(c, "").split(" ")[0] for c in sample[:2_000])
    name = names.most_common(1)[0][0] if names else ""
    return f"{name.title()} script" if name else "a script other than Latin"

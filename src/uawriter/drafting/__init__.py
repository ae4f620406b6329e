"""Draft an action pack from the text of an Urgent Action, for a volunteer to review.

``draft_pack(text)`` reads what an Urgent Action says: its number and update, its dates,
the languages to write in, the recommended actions, the officials to write to (with fax,
e-mail and salutation), the advice after the deadline, the background. It returns a
:class:`DraftPack`: the fields it found, under the names the pack format uses
(docs/pack-format.md), the fields it did not find (``not_found``), and for each field the
lines of the tidied text it came from (``sources``), so a review screen can show each value
beside its lines. **It never invents a value.** What the text does not say is listed as not
found; a reading that needs a person's eye (a salutation whose language is unclear, an
update whose number is not printed) carries a note.

Input is pasted text, a ``.txt`` file (UTF-8, else Windows-1252 with a note) or a ``.pdf``
(its text layer, read with pypdf). :func:`read_source` and :func:`draft_from_file` raise
:class:`DraftInputError`, whose message is written for people; :func:`draft_pack` itself
takes any text and never raises.

:func:`to_manifest_toml` writes a draft as a ``pack.toml``. What was not found is left as
``# TODO`` lines; a required field left out that way is named by ``uawriter validate``.

The text of an Urgent Action comes in many states: wrapped at the width of a PDF page,
flattened to one line, all in lower case, with letter-spaced headings, with running headers
and page numbers in the middle of paragraphs, with symbol-font bullets that came out as
letters or private-use characters. :func:`normalise` tidies it into lines first; every line
number in ``sources`` points into those tidied lines (``DraftPack.lines``).

No Qt here: ``uawriter draft-pack`` and the window both use this module.
"""

from uawriter.drafting.drafter import (
    draft_from_bytes,
    draft_from_file,
    draft_from_source,
    draft_from_text,
    draft_pack,
)
from uawriter.drafting.manifest_toml import suggested_id, to_manifest_toml
from uawriter.drafting.model import (
    FIELD_KEYS,
    MAX_INPUT_BYTES,
    MAX_TEXT_CHARS,
    SOURCE_LANGUAGE,
    DraftAddressee,
    DraftInputError,
    DraftPack,
)
from uawriter.drafting.source import SourceText, read_source, source_from_bytes, text_from_pdf
from uawriter.drafting.summary import describe

__all__ = [
    "FIELD_KEYS",
    "MAX_INPUT_BYTES",
    "MAX_TEXT_CHARS",
    "SOURCE_LANGUAGE",
    "DraftAddressee",
    "DraftInputError",
    "DraftPack",
    "SourceText",
    "describe",
    "draft_from_bytes",
    "draft_from_file",
    "draft_from_source",
    "draft_from_text",
    "draft_pack",
    "read_source",
    "source_from_bytes",
    "suggested_id",
    "text_from_pdf",
    "to_manifest_toml",
]

"""Today's amnesty.org Urgent Action (2019 onwards): a side header "First UA: 45/24
Index: AMR 34/7890/2024 Guatemala Date: 4 March 2024", "TAKE ACTION: WRITE AN APPEAL IN YOUR
OWN WORDS OR USE THIS MODEL LETTER", the official's address block *above* "Dear Minister,",
a model letter ending "Yours sincerely,", then "ADDITIONAL INFORMATION", and at the end
"PREFERRED LANGUAGE TO ADDRESS TARGET: English, Spanish", "You can also write in your own
language.", "PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 15 April 2024", "NAME AND
PRONOUN: …", "LINK TO PREVIOUS UA: …"."""

from __future__ import annotations

import dataclasses

from uawriter.drafting.fields.dates import _DATE
from uawriter.drafting.layouts.base import Layout, marker
from uawriter.drafting.phrases import ENGLISH, WriteIn, ci
from uawriter.drafting.reader.letter import ModelLetterReader

_END_MATTER = (
    r"preferred\s+languages?\s+to\s+address|please\s+take\s+action\s+as\s+soon|"
    r"name\s+and\s+(?:pronouns?|gender\s+pronouns?)\s*:|link\s+to\s+previous\s+ua"
)

PHRASES = dataclasses.replace(
    ENGLISH,
    points_start=ci(r"^\W*take\s+action\s*:|^\W*write\s+an\s+appeal\s+in\s+your\s+own\s+words"),
    footer=ci(rf"{ENGLISH.footer.pattern}|^\W*(?:{_END_MATTER})"),
    deadline_anywhere=(
        ci(rf"\btake\s+action\s+as\s+soon\s+as\s+possible\s+until\s*(?::\s*)?{_DATE}"),
        ci(rf"\bappeals?\s+(?:deadline|until)\s*(?::\s*)?{_DATE}"),
    ),
    write_in=WriteIn(
        before=r"in|preferred\s+languages?\s+to\s+address\s+(?:the\s+)?targets?\s*:",
        own=(
            r"(?:\.?\s*you\s+(?:can|may)\s+also\s+write\s+)?(?:in\s+)?(?:your|their)\s+own"
            r"\s+languages?"
        ),
        preferred=r"preferred\s+languages?",
    ),
    appeal_words=ci(r"\b(?:appeals?|write|send|letters?|preferred\s+languages?)\b"),
)

LAYOUT = Layout(
    id="amnesty-org",
    title='amnesty.org Urgent Action, 2019 onwards ("TAKE ACTION: WRITE AN APPEAL")',
    language="en",
    phrases=PHRASES,
    markers=(
        marker(r"\b(?:the|and|has|been|was|were)\b", 1.0),
        marker(r"take\s+action\s*:\s*write\s+an\s+appeal", 3.0),
        marker(r"preferred\s+languages?\s+to\s+address\s+(?:the\s+)?targets?", 3.0),
        marker(r"please\s+take\s+action\s+as\s+soon\s+as\s+possible\s+until", 3.0),
        marker(r"name\s+and\s+(?:gender\s+)?pronouns?\s*:", 2.0),
        marker(r"link\s+to\s+previous\s+ua", 2.0),
        marker(r"use\s+this\s+model\s+letter", 1.0),
    ),
    reader=ModelLetterReader,
)

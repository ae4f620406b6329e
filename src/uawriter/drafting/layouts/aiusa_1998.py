"""English Urgent Actions of the 1990s and early 2000s, as AIUSA and the sections
circulated them: "EXTERNAL  AI Index: AMR 51/12/98", "UA 45/98  Fear of torture  4 March
1998", "RECOMMENDED ACTION: Please send telegrams/faxes/express/airmail letters in English
or your own language:", "APPEALS TO:" with the salutation beside the address in a second
column or in brackets ("(monsieur le ministre / dear minister)"), "COPIES TO: diplomatic
representatives of …", "PLEASE SEND APPEALS IMMEDIATELY. Check with … if sending appeals
after …"."""

from __future__ import annotations

from uawriter.drafting.layouts.base import Layout, marker
from uawriter.drafting.phrases import ENGLISH

LAYOUT = Layout(
    id="aiusa-1998",
    title='Urgent Action, 1990s ("RECOMMENDED ACTION", "APPEALS TO")',
    language="en",
    phrases=ENGLISH,
    markers=(
        marker(r"\b(?:the|and|has|been|was|were)\b", 1.0),
        marker(r"^\W*recommended\s+action\s*:", 2.0),
        marker(r"^\W*appeals\s+to\s*:", 2.0),
        marker(r"^\W*(?:external|public)\b[^\n]{0,60}\bai\s+index\s*:", 2.0),
        marker(r"^\W*telegrams?\s*:", 1.0),
        marker(r"^\W*copies\s+to\s*:\s*diplomatic", 1.0),
        marker(r"^\W*(?:ua|extra)\s+\d{1,4}/\d{2}\b", 0.5),
    ),
)

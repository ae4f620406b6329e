"""English Urgent Actions of the 2000s to 2013: "UA: 129/10 Index: EUR 57/003/2010
Kazakhstan Date: 15 March 2013", "Please write immediately in English, Russian or your own
language:", "PLEASE SEND APPEALS BEFORE 26 APRIL 2013 TO:", each official with "Fax:",
"Email:" and "Salutation:", "And copies to:", "ADDITIONAL INFORMATION". The reader's
defaults are this layout's; it also reads English text no other layout recognises."""

from __future__ import annotations

from uawriter.drafting.layouts.base import Layout, marker
from uawriter.drafting.phrases import ENGLISH

LAYOUT = Layout(
    id="appeals-before-2013",
    title='Urgent Action, 2000s to 2013 ("PLEASE SEND APPEALS BEFORE … TO:")',
    language="en",
    phrases=ENGLISH,
    markers=(
        marker(r"\b(?:the|and|has|been|was|were)\b", 1.0),
        marker(r"please\s+send\s+appeals\s+before\b[^\n]{0,60}\bto\s*:", 3.0),
        marker(r"^\W*(?:\w+\s+)?UA\s*:\s*\d{1,4}/\d{2}\s+Index\s*:", 1.0),
        marker(r"please\s+write\s+immediately\s+in\b", 1.0),
        marker(r"^\W*salutation\s*:", 0.5),
        marker(r"^\W*and\s+copies\s+to\s*:", 0.5),
    ),
)

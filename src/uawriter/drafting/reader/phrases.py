"""The English phrases that mark where each part of an Urgent Action starts."""

from __future__ import annotations

import re

from uawriter.drafting.fields.dates import _DATE, _ORDINAL_WORDS

_HEADING = re.compile(r"(?i)^\W*urgent\s*action\b")

_POINTS_START = re.compile(
    r"(?i)^\W*(?:please\s+write\b|recommended\s+actions?\b|take\s+action\b|"
    r"what\s+you\s+can\s+do\b|please\s+send\s+appeals\s+to\s+arrive\b|"
    r"write\s+(?:a\s+letter|letters|appeals|now|immediately)\b)"
)

_APPEALS_START = re.compile(
    r"(?i)^\W*(?:(?:please\s+)?send\s+appeals?\b.{0,80}?\bto\s*:|appeals\s+to\s*:|"
    r"(?:please\s+)?send\s+appeals?\b.{0,80}?\bto\s*$|appeals\s+to\s*$)"
)

_TAIL = re.compile(
    r"(?i)diplomatic\s+representatives?|\bplease\s+check\s+with\b|"
    r"\bcheck\s+with\s+(?:the\s+international|your\s+section)|\bif\s+sending\s+appeals\s+after\b|"
    r"^\W*this\s+is\s+the\s+\w+\s+update\b|^\W*further\s+information\b|"
    r"^\W*please\s+send\s+appeals\s+(?:immediately|as\s+quickly|as\s+soon)"
)

_ADDITIONAL = re.compile(r"(?i)^\W*(?:additional|background)\s*information\b")

_FOOTER = re.compile(
    r"(?i)^\W*(?:name\s*:|gender\s*m\s*/\s*f\b|further\s+information\s+on\s+(?:ua|extra)\b|"
    r"(?:\w+\s+)?(?:ua|extra)\s*:?\s*\d{1,4}\s*/\s*\d{2,4}\b)"
)

_META = re.compile(
    r"(?i)^\W*(?:(?:(?:" + "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))\s+)?"
    r"(?:ua|extra)\b\s*:?\s*(?:no\.?\s*)?\d|(?:" + "|".join(_ORDINAL_WORDS) + r")\s+ua\b|"
    r"further\s+information\s+on\b|fi\s+on\b|follow[- ]?up\b|(?:ai\s+)?index\s*:|"
    r"(?:issue\s+)?date\s*:|public\b|external\b|document\s*[-–:]|"
    r"amnesty\s+international\s*$|urgent\s*action\s*$)"
)

_ISSUED_LABEL = re.compile(
    rf"(?i)\b(?:(?:issue\s+date|date\s+of\s+issue|date)\s*:\s*|issued(?:\s+on)?\s*:?\s*){_DATE}"
)

_DEADLINE_PATTERNS = (
    re.compile(
        rf"(?i)\bappeals?\b[^.]{{0,80}}?\b(?:before|by|until|no\s+later\s+than)\s+(?:the\s+)?{_DATE}"
    ),
    re.compile(rf"(?i)\bsend(?:ing)?\s+appeals\s+after\s+(?:the\s+)?{_DATE}"),
    re.compile(rf"(?i)\b(?:before|no\s+later\s+than)\s+(?:the\s+)?{_DATE}"),
)

_ASAP = re.compile(r"(?i)\b(?:as\s+(?:quickly|soon)\s+as\s+possible|immediately|without\s+delay)\b")

_APPEAL_WORDS = re.compile(r"(?i)\b(?:appeals?|write|send|letters?)\b")

_URL = re.compile(r"(?i)(?:https?://|www\.)[^\s<>\"“”]+")

_DIPLOMATIC = re.compile(r"(?i)diplomatic\s+(?:representatives?|missions?)")

_AFTER_DEADLINE = re.compile(
    r"(?i)\bif\s+sending\s+appeals\s+after\b|\bcheck\s+with\b[^.]{0,120}\bafter\b|"
    r"\bafter\s+the\s+(?:above|deadline|appeal)\s+date\b"
)

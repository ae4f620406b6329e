"""Dates and Urgent Action numbers and updates."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"

_DATE = (
    rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b)"
)

_DATE_RE = re.compile(_DATE, re.IGNORECASE)

_DATE_LINE = re.compile(rf"^\W*{_DATE}\W*$", re.IGNORECASE)


def _date_of(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups.get("y1"):
            return dt.date(int(groups["y1"]), _MONTHS[groups["m1"].lower()], int(groups["d1"]))
        if groups.get("y2"):
            return dt.date(int(groups["y2"]), _MONTHS[groups["m2"].lower()], int(groups["d2"]))
        if groups.get("y3"):
            return dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
    except (ValueError, KeyError):
        return None
    return None


_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}

_ORD = r"(?P<ord>\d{1,2}\s?(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r")"

_NUM = r"(?P<num>\d{1,4}\s*/\s*\d{2,4})\b"

_KIND = r"(?P<kind>UA|EXTRA|urgent\s+action)"

_UPDATE_OF = re.compile(
    rf"\b{_ORD}\s+update\s+(?:of|on|to|for)\s+(?:the\s+)?{_KIND}\s*:?\s*(?:no\.?\s*)?{_NUM}",
    re.IGNORECASE,
)

_ORDINAL_UA = re.compile(
    rf"\b{_ORD}\s+(?P<kind>UA|EXTRA)\b\s*:?\s*(?:no\.?\s*)?(?:{_NUM})?", re.IGNORECASE
)

_FURTHER_ON = re.compile(
    rf"\b(?:further\s+information\s+on|fi\s+on|follow[- ]?up\s+(?:to|on))\s+{_KIND}\b"
    rf"\s*:?\s*(?:no\.?\s*)?(?:{_NUM})?",
    re.IGNORECASE,
)

_EXTRA = re.compile(rf"\bEXTRA\s*:?\s*(?:no\.?\s*)?{_NUM}", re.IGNORECASE)

_UA = re.compile(rf"\bUA\s*:?\s*(?:no\.?\s*)?{_NUM}", re.IGNORECASE)


def _ordinal(text: str) -> int | None:
    text = text.lower().replace(" ", "")
    if text in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[text]
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


def _ua_number(match: re.Match[str]) -> str:
    number = re.sub(r"\s+", "", match.group("num"))
    kind = (match.groupdict().get("kind") or "").upper()
    if match.re is _EXTRA:
        kind = "EXTRA"
    return f"EXTRA {number}" if kind == "EXTRA" else number

"""Dates and Urgent Action numbers and updates."""

from __future__ import annotations

import datetime as dt
import re

#: Month names and abbreviations in the languages Urgent Actions are published in (CLDR's
#: wide and abbreviated forms, also without accents); a German UA quotes an English model
#: letter, so every layout reads every language's dates.
_MONTH_NAMES = (
    "january jan januar jänner janv enero ene janvier gennaio janeiro januari",
    "february feb februar feber févr fév fevr février fevrier febrero febbraio fevereiro februari",
    "march mar märz maerz mär mrz marzo mars março maart",
    "april apr abril abr avril avr aprile",
    "may mai mayo maggio maio mei",
    "june jun juni junio juin giugno junho",
    "july jul juli julio juillet juil luglio julho",
    "august aug agosto ago août aout augustus",
    "september sept sep septiembre setiembre set septembre settembre setembro",
    "october oct oktober okt octubre octobre ottobre outubro",
    "november nov noviembre novembre novembro",
    "december dec dezember dez diciembre dic décembre decembre déc dicembre dezembro",
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}

_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"

#: "4 March 2024", "4th of March, 2024", "March 4, 2024", "4. März 2024", "4 de marzo de 2024",
#: "1er avril 2024", "2024-03-04".
_DATE = (
    rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:of\s+|de\s+)?(?P<m1>{_MONTH})\.?,?"
    rf"\s+(?:de\s+|del\s+)?(?P<y1>\d{{4}})\b"
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

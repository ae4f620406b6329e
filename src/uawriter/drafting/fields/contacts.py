"""Labelled contact lines: fax, e-mail, phone, social media, salutation."""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"(?i)(?<![\w-])(?P<label>fax|tel(?:ephone)?|phone|mobile|cell|e-?mails?|twitter|facebook"
    r"|instagram|web(?:site)?|salutations?)\s*(?:no\.?|number|nr\.?|address(?:es)?)?\s*[:：]\s*"
)

_LABEL_AT_START = re.compile(
    r"(?i)^(?P<label>fax|tel(?:ephone)?|phone|e-?mails?)\b\.?\s+(?=[+(\d]|\S+@)"
)

_EMAIL = re.compile(r"(?<![\w.%+'-])(?:mailto:)?([\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})")

_FAX_NUMBER = re.compile(r"\+?\(?\d[\d ()./-]{3,30}\d")


def _segments(line: str) -> tuple[str, list[tuple[str, str]]]:
    """A line's text before any label, and each (label, value) after."""
    m = _LABEL_AT_START.match(line)
    if m:
        line = f"{m.group('label')}: {line[m.end() :]}"
    matches = list(_LABEL.finditer(line))
    if not matches:
        return line, []
    before = line[: matches[0].start()].strip()
    segments: list[tuple[str, str]] = []
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
        label = match.group("label").lower().replace("-", "")
        if label.startswith("email"):
            kind = "email"
        elif label == "fax":
            kind = "fax"
        elif label.startswith("salutation"):
            kind = "salutation"
        elif label in {"tel", "telephone", "phone", "mobile", "cell"}:
            kind = "phone"
        else:
            kind = "social"
        segments.append((kind, line[match.end() : end].strip()))
    return before, segments


def _only_emails(line: str) -> bool:
    rest = _EMAIL.sub(" ", line)
    return bool(_EMAIL.search(line)) and not re.sub(r"(?i)[\s,;/]|\band\b|\bor\b", "", rest)


_URL = re.compile(r"(?i)(?:https?://|www\.)[^\s<>\"“”]+")

"""Labelled contact lines: fax, e-mail, phone, social media, salutation."""

from __future__ import annotations

import re

#: Labels of contact lines, in English, German, Spanish and French, each to its kind.
_LABEL_KINDS = {
    "fax": "fax",
    "faxes": "fax",
    "fax number": "fax",
    "telefax": "fax",
    "telegram": "telegram",
    "telegrams": "telegram",
    "telex": "telegram",
    "e-mail": "email",
    "email": "email",
    "e-mails": "email",
    "emails": "email",
    "mail": "email",
    "courriel": "email",
    "correo-e": "email",
    "correo electrónico": "email",
    "correo electronico": "email",
    "correo": "email",
    "tel": "phone",
    "tel.": "phone",
    "tél": "phone",
    "tél.": "phone",
    "telephone": "phone",
    "téléphone": "phone",
    "telefon": "phone",
    "teléfono": "phone",
    "telefono": "phone",
    "phone": "phone",
    "mobile": "phone",
    "cell": "phone",
    "whatsapp": "phone",
    "salutation": "salutation",
    "salutations": "salutation",
    "anrede": "salutation",
    "tratamiento": "salutation",
    "saludo": "salutation",
    "formule d'appel": "salutation",
    "formule d’appel": "salutation",
    "twitter": "social",
    "x": "social",
    "twitter/x": "social",
    "x/twitter": "social",
    "facebook": "social",
    "instagram": "social",
    "bluesky": "social",
    "tiktok": "social",
    "threads": "social",
    "linkedin": "social",
    "youtube": "social",
    "web": "web",
    "website": "web",
    "webseite": "web",
    "site web": "web",
    "sitio web": "web",
}
_LABEL = re.compile(
    r"(?i)(?<![\w-])(?P<label>"
    + "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_LABEL_KINDS, key=len, reverse=True)
    )
    + r")\s*(?:no\.?|number|nr\.?|address(?:es)?|handle)?\s*[:：]\s*"
)

_LABEL_AT_START = re.compile(
    r"(?i)^(?P<label>fax|tel(?:ephone)?|phone|e-?mails?|téléphone|teléfono|telefon)\b\.?\s+"
    r"(?=[+(\d]|\S+@)"
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
    if not re.search(r"\w", before):  # "(Anrede: …)": only the bracket before the label
        before = ""
    segments: list[tuple[str, str]] = []
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
        label = re.sub(r"\s+", " ", match.group("label").lower())
        kind = _LABEL_KINDS.get(label, "web")
        if kind == "social":
            platform = "twitter" if label in {"x", "twitter/x", "x/twitter"} else label
            kind = f"social:{platform}"
        segments.append((kind, line[match.end() : end].strip()))
    return before, segments


def _only_emails(line: str) -> bool:
    rest = _EMAIL.sub(" ", line)
    return bool(_EMAIL.search(line)) and not re.sub(r"(?i)[\s,;/]|\band\b|\bor\b", "", rest)


_URL = re.compile(r"(?i)(?:https?://|www\.)[^\s<>\"“”]+")

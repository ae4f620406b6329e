"""Bullets and the talking points they start."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET_CHARS = "•·▪■□●○◦◆◇►▸▹▻➢➤➣✓✔❖❑❒⁃⁌⁍∙◘◙§¨Ø\u2022\u2023\u2043\u2219\u25a0-\u25ff\ue000-\uf8ff"

_LETTER_BULLETS = "lnoqvuü"
_SYMBOL_BULLET = re.compile(rf"^(?P<m>[{_BULLET_CHARS}]|[-–—*+>]\s)\s*(?P<t>\S.*)$")

_LETTER_BULLET = re.compile(rf"^(?P<m>[{_LETTER_BULLETS}])\s+(?P<t>\S.*)$")

_NUMBERED = re.compile(r"^\(?(?P<m>\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]\s+(?P<t>\S.*)$")


@dataclass(frozen=True)
class _Bullet:
    marker: str
    text: str
    kind: str  # "symbol", "letter", "number"


def _bullet(line: str, lower_case: bool) -> _Bullet | None:
    """The bullet a line starts with, if any. Letters and numbers count as bullets only
    before a capital (or in all-lower-case text): "l Urging …" but not "o the …"."""
    m = _SYMBOL_BULLET.match(line)
    if m and not (m.group("m").strip() in "-–—" and m.group("t")[:1].isdigit()):
        return _Bullet(m.group("m").strip(), m.group("t"), "symbol")
    for pattern, kind in ((_LETTER_BULLET, "letter"), (_NUMBERED, "number")):
        m = pattern.match(line)
        if m and (lower_case or m.group("t")[:1].isupper() or m.group("t")[:1] in "\"“'‘"):
            return _Bullet(m.group("m"), m.group("t"), kind)
    return None


_GERUND = re.compile(
    r"(?i)^(?:urging|calling|reminding|expressing|asking|demanding|requesting|seeking|"
    r"insisting|welcoming|stressing|emphasi[sz]ing|recognising|recognizing|acknowledging|"
    r"urge|call|remind|express|ask|demand|request)\b"
)


def _ends_item(text: str) -> bool:
    return bool(re.search(r"[.;:!?][\"'”’)]*\s*$", text))


def _clean_point(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*(?:[;,]\s*(?:and|or)?|;?\s+and)\s*$", "", text).strip()

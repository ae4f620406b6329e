"""What a fax number and an e-mail address must look like, wherever one is typed."""

from __future__ import annotations

import re

FAX_PATTERN = re.compile(r"^\+?[0-9][0-9 ()./-]{3,30}$")
# the domain as labels between single dots: no way to match one text two ways, so a run of
# 60,000 dots is read once, not once from each dot ("a@....@" took 17 s in a pack.toml)
EMAIL_PATTERN = re.compile(r"^[^@\s<>]+@[^@\s<>.]+(?:\.[^@\s<>.]+)+$")
#: The longest address mail accepts (RFC 5321's path limit).
MAX_EMAIL_CHARS = 254


def is_fax_number(text: str) -> bool:
    return bool(FAX_PATTERN.fullmatch(text))  # not match: "$" lets a line break end it


def is_email(text: str) -> bool:
    return len(text) <= MAX_EMAIL_CHARS and bool(EMAIL_PATTERN.fullmatch(text))

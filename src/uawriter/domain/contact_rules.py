"""What a fax number and an e-mail address must look like, wherever one is typed."""

from __future__ import annotations

import re

FAX_PATTERN = re.compile(r"^\+?[0-9][0-9 ()./-]{3,30}$")
EMAIL_PATTERN = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def is_fax_number(text: str) -> bool:
    return bool(FAX_PATTERN.fullmatch(text))  # not match: "$" lets a line break end it


def is_email(text: str) -> bool:
    return bool(EMAIL_PATTERN.fullmatch(text))

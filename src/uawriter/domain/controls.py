"""Control characters in text that reaches a letter: ESC, BEL, the C1 controls (U+0080 to
U+009F) and the like. No letter can show one (it prints as nothing or as a box), and in an
e-mail or on a terminal it is a command. Line breaks and tabs are text."""

from __future__ import annotations

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)

"""Letters: pack templates filled in for one addressee, as plain text a volunteer edits."""

from uawriter.letters.compose import (
    LetterRequest,
    check_pack_templates,
    compose_letter,
    format_letter_date,
    one_budget,
)
from uawriter.letters.readdress import readdressed_text
from uawriter.letters.templating import TemplateProblem

__all__ = [
    "LetterRequest",
    "TemplateProblem",
    "check_pack_templates",
    "compose_letter",
    "format_letter_date",
    "one_budget",
    "readdressed_text",
]

"""A letter made out again to the same official, corrected since it was written."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from uawriter.domain.model import Addressee
from uawriter.letters.compose import LetterRequest, compose_letter
from uawriter.letters.merge import carry_edits
from uawriter.letters.templating import TemplateProblem


def readdressed_text(text: str, request: LetterRequest, new: Addressee) -> str | None:
    """``text``, the letter ``request`` asked for as the volunteer left it, made out to
    ``new``: the same official with a corrected address or greeting (an embassy moved, and
    the organiser put its address book entry right). The template is filled for the old
    entry and for ``new`` alike, and what differs between the two (the address block, the
    greeting wherever the template puts it: alone, after the name, in the closing; nothing
    if it prints none) is changed in ``text``, her words kept. None when a changed line is
    not in ``text`` as the template wrote it (she changed it by hand) or the template
    fails: the letter cannot be made out to ``new`` unseen (probe 95c: a closing line
    kept the old greeting, and a letter printing none was never made out)."""
    try:
        before = compose_letter(request)
        after = compose_letter(replace(request, addressee=new))
    except TemplateProblem:
        return None
    if before == after:
        return text
    merged = carry_edits(before, after, text)
    if merged.skipped:
        return None
    # every line the correction took away is gone from the letter, save those she wrote
    # herself too
    made, hers, old, now = (Counter(t.splitlines()) for t in (merged.text, text, before, after))
    for line, times in (old - now).items():
        if line.strip() and made[line] > max(0, hers[line] - times):
            return None
    made_out = merged.text
    if not text.endswith("\n") and made_out.endswith("\n"):
        made_out = made_out[:-1]  # her last line as she left it
    return made_out

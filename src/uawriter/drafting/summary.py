"""A readable summary of a draft, for a person at a terminal."""

from __future__ import annotations

import re
from typing import Any

from uawriter.drafting.model import FIELD_KEYS, DraftPack


def describe(draft: DraftPack) -> str:
    """What a draft holds, for a person at a terminal."""

    def where(key: str) -> str:
        if key not in draft.sources:
            return ""
        first, last = draft.sources[key]
        return f"  [line {first}]" if first == last else f"  [lines {first}-{last}]"

    def short(value: Any, width: int = 70) -> str:
        if isinstance(value, bool):
            value = str(value).lower()
        elif isinstance(value, dict):
            value = " / ".join(f"{k}: {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value) or "(none)"
        text = re.sub(r"\s+", " ", str(value))
        return text if len(text) <= width else text[: width - 1] + "…"

    out = []
    if draft.layout:
        out.append(f"Read as: {draft.layout} (written in {draft.language})")
    out.append("Found:")
    fields = draft.fields()
    for key in FIELD_KEYS[:-2]:
        if key in fields:
            out.append(f"  {key} = {short(fields[key])}{where(key)}")
    if draft.appeals_as_soon_as_possible:
        out.append(
            f"  action.deadline: none, appeals as soon as possible{where('action.deadline')}"
        )
    if draft.talking_points:
        out.append(f"  talking_points: {len(draft.talking_points)}{where('talking_points')}")
        for i, point in enumerate(draft.talking_points):
            out.append(f"    {i + 1}. {short(point)}")
    if draft.addressees:
        out.append(f"  addressees: {len(draft.addressees)}{where('addressees')}")
        for i, a in enumerate(draft.addressees):
            out.append(
                f"    [{a.role}] {a.id}: {short(', '.join(p for p in (a.title, a.name) if p))}"
            )
            if a.fax:
                out.append(f"      fax {a.fax}")
            if a.emails:
                out.append(f"      e-mail {', '.join(a.emails)}")
            if a.phones:
                out.append(f"      phone {', '.join(a.phones)}")
            for platform, handle in a.social.items():
                out.append(f"      {platform} {handle}")
            if a.salutation:
                out.append(
                    f"      salutation {short(a.salutation)}{where(f'addressees[{i}].salutation')}"
                )
    if draft.letter is not None:
        out.append(
            f"  letter: the model letter{where('letter')} becomes the letter template "
            f"({len(draft.letter.before)} paragraph(s) before the points, "
            f"{len(draft.letter.after)} after)"
        )
    if draft.notes:
        out.append("Notes:")
        for key, messages in draft.notes.items():
            for message in messages:
                out.append(f"  {key}: {message}")
    if draft.not_found:
        out.append("Not found (check the Urgent Action and fill these in):")
        out.extend(f"  {key}" for key in draft.not_found)
    else:
        out.append("Everything was found.")
    return "\n".join(out) + "\n"

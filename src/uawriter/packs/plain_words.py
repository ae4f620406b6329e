"""A pack's problems in plain words, for people who never open pack.toml.

The loader words each :class:`~uawriter.domain.model.Problem` for a pack.toml editor: it
names the field by its path (``addressees[1].salutation.kk``) and says what to type
(``add kk = "…"``). :func:`plain_problem` says the same for the pack editor's form: which
field, by the name the form shows ("Addressee 2 (Prosecutor General), salutation in
Kazakh"), and what to do there ("is empty: fill it in"). The path stays in the problem, so
the editor can still go to the field. The words are English, like the loader's messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from uawriter.domain.languages import language_name
from uawriter.domain.model import Problem

#: The form's names for the manifest's fields.
FIELD_NAMES = {
    "id": "Pack id",
    "revision": "Revision",
    "source_language": "Source language",
    "contacts_checked": "Contacts checked on",
    "format_version": "Format version",
    "action.ua_number": "UA number",
    "action.update": "Update",
    "action.issued": "Issued",
    "action.deadline": "Deadline",
    "action.country": "Country",
    "action.write_in": "Languages to write in",
    "action.write_in_own_language": "Own language allowed",
    "action.title": "Title",
    "action.summary": "Summary",
    "action.additional_information": "Background",
    "action.after_deadline": "After the deadline",
    "action.diplomatic_copies": "Copies to diplomats",
    "action.further_information": "Further information (web address)",
    "action.rules": "Rules for this action",
    "talking_points": "Talking points",
    "addressees": "Addressees",
}
_ADDRESSEE_FIELDS = {
    "id": "id",
    "role": "role",
    "title": "title",
    "name": "name",
    "organisation": "organisation",
    "address": "address",
    "country": "country",
    "fax": "fax",
    "emails": "e-mails",
    "phones": "telephone numbers",
    "social": "social media",
    "salutation": "salutation",
}


def _language(code: str) -> str:
    name = language_name(code)
    return name if name and name != code else code


def _where(path: str, data: Mapping[str, Any], file: str) -> str:
    if not path:
        letter = re.search(r"letters/([\w-]+)\.txt$", file)
        return f"Letter in {_language(letter.group(1))}" if letter else file
    m = re.match(r"talking_points\[(\d+)\](?:\.text(?:\.([\w-]+))?)?", path)
    if m:
        where = f"Talking point {int(m.group(1)) + 1}"
        return f"{where}, in {_language(m.group(2))}" if m.group(2) else where
    m = re.match(r"addressees\[(\d+)\](?:\.(\w+)(?:\[(\d+)\]|\.([\w-]+))?)?", path)
    if m:
        index = int(m.group(1))
        items = data.get("addressees") if isinstance(data.get("addressees"), list) else []
        item = items[index] if items and index < len(items) else {}
        who = ""
        if isinstance(item, dict):
            who = str(item.get("title") or item.get("name") or "").strip()
        where = f"Addressee {index + 1}" + (f" ({who})" if who else "")
        key, sub = m.group(2), m.group(4)
        if key:
            where += f", {_ADDRESSEE_FIELDS.get(key, key)}"
            if key == "salutation" and sub:
                where += f" in {_language(sub)}"
            elif sub:
                where += f" ({sub})"
            elif m.group(3) is not None:
                where += f" {int(m.group(3)) + 1}"
        return where
    m = re.match(r"(action\.\w+)(?:\[(\d+)\]|\.([\w-]+))?$", path)
    if m and m.group(1) in FIELD_NAMES:
        where = FIELD_NAMES[m.group(1)]
        if m.group(3):
            where += f" ({_language(m.group(3))})"
        return where
    return FIELD_NAMES.get(path, path)


_REWRITES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"^is missing: the pack has a letter in ([\w-]+); add .*$"),
        lambda m: (
            f"is empty: the pack has a letter in {_language(m.group(1))}, "
            f"so fill it in in {_language(m.group(1))}"
        ),
    ),
    (
        re.compile(r"^asks for letters in '([\w-]+)' but there is no letters/.*$"),
        lambda m: (
            f"the action asks for letters in {_language(m.group(1))}: add a "
            f"{_language(m.group(1))} letter (Letters ▸ Add a letter language)"
        ),
    ),
    (re.compile(r"^is missing; add [\w.]+ = YYYY-MM-DD.*$"), lambda m: "is empty: give a date"),
    (re.compile(r"^is missing; add a table such as .*$"), lambda m: "is empty: fill it in"),
    (re.compile(r"^is missing; add .*$"), lambda m: "is empty: fill it in"),
    (re.compile(r"^is empty; fill it in.*$"), lambda m: "is empty: fill it in"),
    (
        re.compile(r"^is empty; add at least one \[\[addressees\]\] table$"),
        lambda m: "there is nobody to write to: add an addressee",
    ),
    (
        re.compile(r"^should be a date \(YYYY-MM-DD\), not .*$|^'.*' is not a real date; .*$"),
        lambda m: "is not a date: write it as year-month-day, such as 2026-12-20",
    ),
)


def plain_message(message: str) -> str:
    for pattern, rewrite in _REWRITES:
        m = pattern.match(message)
        if m:
            return rewrite(m)
    return message


def plain_problem(problem: Problem, data: Mapping[str, Any]) -> str:
    """ "Addressee 2 (Prosecutor General), salutation in Kazakh: is empty: …" for
    ``addressees[1].salutation.kk``; ``data`` is the manifest being edited."""
    return f"{_where(problem.field, data, problem.file)}: {plain_message(problem.message)}"

"""Letter templates as plain text and fields, for people who do not write template code.

Most letters use a handful of template constructs: the sender's name and address, the date,
the official's address block, the salutation, the talking points, the sender's name under
the letter. :func:`pieces` reads a template made only of text and those fields into a list
of text and :class:`Field` pieces, and :func:`template` writes such a list back, so an editor
can show each field as one unbreakable chip and the rest as text to edit. Text never
becomes code: a ``{`` typed in the letter is written as ``{{ '{' }}``.

A template with anything else (a condition of its own, a loop, a filter) is not simple:
:func:`pieces` returns None and the editor shows the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """A field of the letter: ``key`` names it in :data:`FIELDS`."""

    key: str


#: key -> the template text the field stands for, in the form the bundled letters use.
FIELDS: dict[str, str] = {
    "sender_block": (
        "{% if sender.name %}{{ sender.name }}\n{% endif %}\n"
        "{% for line in sender.address %}{{ line }}\n{% endfor %}\n"
        "{% if sender.email %}{{ sender.email }}\n{% endif %}"
    ),
    "date": "{{ date }}",
    "address_block": "{% for line in addressee.postal_lines %}{{ line }}\n{% endfor %}",
    "salutation": "{{ addressee.salutation }}",
    "talking_points": "{% for point in talking_points %}{{ point }}\n\n{% endfor %}",
    "sender_name": "{{ sender.name }}",
    "sender_email": "{{ sender.email }}",
    "sender_town": "{{ sender.town }}",
    "addressee_name": "{{ addressee.name }}",
    "addressee_title": "{{ addressee.title }}",
    "title": "{{ action.title }}",
    "reference": "{{ action.reference }}",
    "deadline": "{{ action.deadline }}",
    "country": "{{ action.country }}",
}

#: Fields that stand for whole lines (a block): an editor keeps them on a line of their own.
BLOCKS = frozenset({"sender_block", "address_block", "talking_points"})

_LITERAL_BRACE = "{{ '{' }}"


def _flexible(snippet: str) -> str:
    """A pattern for ``snippet`` that allows any spacing inside ``{{ }}`` and ``{% %}``."""
    out: list[str] = []
    for part in re.split(r"(\{\{.*?\}\}|\{%.*?%\})", snippet, flags=re.S):
        if part.startswith(("{{", "{%")):
            inner = part[2:-2].strip()
            words = [re.escape(w) for w in inner.split()]
            out.append(
                re.escape(part[:2])
                + r"-?\s*"
                + r"\s+".join(words)
                + r"\s*-?"
                + re.escape(part[-2:])
            )
        else:
            out.append(re.escape(part))
    return "".join(out)


_FIELD_PATTERNS = [
    (key, re.compile(_flexible(snippet)))
    for key, snippet in sorted(FIELDS.items(), key=lambda item: len(item[1]), reverse=True)
]
_LITERAL = re.compile(r"\{\{\s*(['\"])\{\1\s*\}\}")
_CODE = re.compile(r"\{\{|\{%|\{#")


def pieces(template_text: str) -> list[str | Field] | None:
    """The template as text and fields, or None when it holds other template code."""
    result: list[str | Field] = []
    text: list[str] = []
    i = 0
    while i < len(template_text):
        code = _CODE.search(template_text, i)
        if code is None:
            text.append(template_text[i:])
            break
        text.append(template_text[i : code.start()])
        i = code.start()
        literal = _LITERAL.match(template_text, i)
        if literal:
            text.append("{")
            i = literal.end()
            continue
        for key, pattern in _FIELD_PATTERNS:
            m = pattern.match(template_text, i)
            if m:
                if text:
                    result.append("".join(text))
                    text = []
                result.append(Field(key))
                i = m.end()
                break
        else:
            return None
    if text and "".join(text):
        result.append("".join(text))
    return [p for p in result if p != ""]


def template(parts: list[str | Field]) -> str:
    """Text and fields written back as a template; braces in the text stay text."""
    return "".join(
        FIELDS[p.key] if isinstance(p, Field) else p.replace("{", _LITERAL_BRACE) for p in parts
    )

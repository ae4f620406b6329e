"""The letter template a draft gives, in the UA's language.

With a model letter (:class:`~uawriter.drafting.model.ModelLetter`), the template is that
letter: its paragraphs as printed, the talking points (its asks) where the asks stood, its
closing; the salutation, the date, the address and the sender are fields. Without one, the
talking points are set in a plain letter whose only fixed words are the closing, in the
UA's language. Text from the UA is escaped, so braces in it can never run as template code.
"""

from __future__ import annotations

from uawriter.drafting.model import DraftPack

#: The closing of a letter composed from bullets, per language; English for the others.
CLOSINGS = {
    "en": "Yours sincerely,",
    "de": "Mit freundlichen Grüßen",
    "es": "Atentamente,",
    "fr": "Veuillez agréer l'expression de ma haute considération.",
}

_HEAD = """{% if sender.name %}{{ sender.name }}
{% endif %}
{% for line in sender.address %}{{ line }}
{% endfor %}
{% if sender.email %}{{ sender.email }}
{% endif %}

{{ date }}

{% for line in addressee.postal_lines %}{{ line }}
{% endfor %}

"""

# the newline after the loop is taken by the template engine (trim_blocks): it only puts
# what follows on a line of its own, as an editor shows it
_POINTS = """{% for point in talking_points %}{{ point }}

{% endfor %}
"""


def _literal(text: str) -> str:
    """UA text as template text: printed as it is, whatever braces it holds (an opening
    brace is the only character that can start template code)."""
    return text.replace("{", "{{ '{' }}")


def letter_template(draft: DraftPack) -> str:
    """The template for ``draft.language``."""
    letter = draft.letter
    punctuation = letter.punctuation if letter and letter.punctuation in {",", ":"} else ","
    parts = [_HEAD, "{{ addressee.salutation }}" + punctuation + "\n\n"]
    if letter is not None:
        parts += [_literal(p) + "\n\n" for p in letter.before]
        parts.append(_POINTS)
        parts += [_literal(p) + "\n\n" for p in letter.after]
        parts.append(_literal(letter.closing) + "\n")
    else:
        parts.append(_POINTS)
        parts.append(CLOSINGS.get(draft.language, CLOSINGS["en"]) + "\n")
    parts.append("\n{{ sender.name }}\n")
    return "".join(parts)


def letter_templates(draft: DraftPack) -> dict[str, str]:
    """Language -> template text, for ``letters/<language>.txt``."""
    return {draft.language: letter_template(draft)}

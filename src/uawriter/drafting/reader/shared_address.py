"""Officials who share one address: two titles and names or more before one address, fax
and salutation ("Minister of Internal Affairs / Mr … / Minister of Justice / Ms … /
Government House …"), read as one block per official, each with what they share; or one
official under two titles, read as one."""

from __future__ import annotations

import re
from dataclasses import replace

from uawriter.drafting.fields.names import _HONORIFIC, _is_name, _line_kind
from uawriter.drafting.fields.salutations import _salutation_language, _whole_greeting
from uawriter.drafting.reader.blocks import _Block

#: "Both at:", "All at:", "Tous deux :", "Ambos en:", "Beide:": before the address that
#: two officials or more share.
_SHARED_LABEL = re.compile(
    r"(?i)^\W*(?:both|all(?:\s+(?:two|three|four))?|tou(?:te)?s\s+(?:les\s+)?(?:deux|trois|quatre)|"
    r"ambos|ambas|(?:los|las|todos|todas)\s+(?:los\s+|las\s+)?(?:dos|tres|cuatro)|beide|"
    r"alle\s+(?:drei|vier))\b[^:：\d]{0,12}[:：]\s*"
)


def shared_address(block: _Block, lower_case: bool) -> list[_Block]:
    """A block that lists two officials or more, each a title and a name, before one
    address, fax and salutation ("Minister of Internal Affairs / Mr … / Minister of
    Justice / Ms … / Government House …"), as one block per official, each with the
    address and the contact lines; else the block. Read as one, the titles were joined
    and the second name became the first line of the address."""
    # lines of an address written with a comma at each end ("Ministre de l'Intérieur,
    # / Monsieur Erzhan Sadenov, / …"): the title and the name without it (probe 82a:
    # the two ministers were read as one); a name without an honorific is one here by
    # where it stands, between two titles, each official written the same way
    texts = [text.strip().rstrip(",; ") for _, text in block.others]

    def is_name(text: str) -> bool:
        return bool(_HONORIFIC.match(text)) or (
            _line_kind(text) in {"other", "address"} and _is_name(text, lower_case)
        )

    def is_office(text: str) -> bool:
        return _line_kind(text) == "office" and not _HONORIFIC.match(text)

    people: list[tuple[int, int]] = []
    title_first: bool | None = None  # each official written the same way
    k = 0
    while k + 1 < len(texts):
        first, second = texts[k], texts[k + 1]
        if is_office(first) and is_name(second) and title_first is not False:
            title_first = True
        elif is_name(first) and is_office(second) and title_first is not True:
            title_first = False
        else:
            break
        people.append((k, k + 1))
        k += 2
    shared = block.others[k:]
    if len(people) < 2 or not (shared or block.has_contact):
        return [block]
    if shared:  # "Both at: Government House, …": the address, not an organisation
        line, text = shared[0]
        shared = [(line, _SHARED_LABEL.sub("", text)), *shared[1:]]
    names = [texts[b] if is_name(texts[b]) else texts[a] for a, b in people]
    shared_lines = [i for i in block.lines if i not in {block.others[j][0] for j in range(k)}]
    others = [
        (line, texts[j]) if j < k else (line, text) for j, (line, text) in enumerate(block.others)
    ]
    if len({_person_key(name) for name in names}) == 1:
        # one official under two titles ("Prosecutor General / Berik Asylov / Procureur
        # général / Berik Asylov", or one man's two offices): one official, not two
        # letters to one man at one fax (probe 81a)
        a, b = people[0]
        own = [others[a], others[b]]
        titles = [texts[a] if is_office(texts[a]) else texts[b] for a, b in people]
        return [
            replace(
                block,
                lines=sorted({own[0][0], own[1][0], *shared_lines}),
                others=[*own, *shared],
                also_titled=titles[1:],
            )
        ]
    # "Monsieur le Ministre, Madame la Ministre": one greeting for each, in their order;
    # "Dear Minister / Уважаемый господин министр" is one greeting in two languages,
    # each official's (probe 82a: it was handed out one language each)
    greetings: list[list[tuple[int, str]]] = [block.salutations] * len(people)
    if len(block.salutations) == 1:
        line, text = block.salutations[0]
        each = [p for p in re.split(r"\s*[,/;]\s*", text.strip(" ,;:.")) if p]
        if (
            len(each) == len(people)
            and all(_whole_greeting(p) for p in each)
            and len({_salutation_language(p) for p in each}) == 1
        ):
            greetings = [[(line, p)] for p in each]
    parts: list[_Block] = []
    for (a, b), name, greeting in zip(people, names, greetings, strict=True):
        own = [others[a], others[b]]
        parts.append(
            replace(
                block,
                lines=sorted({own[0][0], own[1][0], *shared_lines}),
                others=[*own, *shared],
                salutations=list(greeting),
                sharing=[n for n in names if n != name],
            )
        )
    return parts


def _person_key(name: str) -> str:
    """A name as it names a person: without its honorific, case or spacing ("Mr Berik
    Asylov" and "Berik  Asylov" are one man). ``_HONORIFIC`` ends at the name's first
    character (it checks a name follows), which is kept: taken with the honorific, "Mr Dan
    Sadenov" and "Ms Jan Sadenov" were one (probe 82a)."""
    name = name.strip()
    honorific = _HONORIFIC.match(name)
    if honorific:
        name = name[honorific.end() - 1 :]
    return " ".join(name.casefold().split())

"""Compose the text of one letter: a pack's template filled for one addressee."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import Any

from uawriter.domain.languages import (
    country_name,
    is_known_country,
    long_date,
    postal_country_name,
)
from uawriter.domain.model import (
    MAX_PHONE_CHARS,
    MAX_SENDER_CHARS,
    MAX_SENDER_LINES,
    Addressee,
    Pack,
    Problem,
    Sender,
)
from uawriter.letters.templating import (
    TemplateProblem,
    pack_step_budget,
    render_template,
    tidy_letter,
)


@dataclass(frozen=True)
class LetterRequest:
    """What a letter is made from. ``points`` None means every talking point.

    The addressee is usually one of the pack's, but can come from elsewhere (the
    volunteer's address book of diplomatic representatives)."""

    pack: Pack
    addressee: Addressee
    lang: str
    sender: Sender
    date: dt.date
    points: Sequence[str] | None = None


#: Plain "en" letters use day-month-year ("22 July 2011"), as Urgent Actions do and as
#: readers everywhere understand; a pack that wants "July 22, 2011" names en-US.
_DATE_LOCALE = {"en": "en-GB"}


def format_letter_date(date: dt.date, lang: str) -> str:
    """The date as people write it in ``lang`` (CLDR's long form): "22 июля 2011 г."."""
    return long_date(date, _DATE_LOCALE.get(lang, lang))


@contextlib.contextmanager
def one_budget(letters: int) -> Iterator[None]:
    """The ``letters`` of one export, print, stack or list of officials filled in under
    one budget of processor time and steps, as the pack's check fills its letters (5 s
    and 5 ms a letter): each letter has its own 2 s, and a template slow only on the day
    (``{% if '2026' in date %}``: the check fills letters on other dates) took most of a
    second a letter, minutes for a pack's officials (probe 90a). A letter takes a
    millisecond."""
    with pack_step_budget(letters=max(letters, 1)):
        yield


def letter_postal_lines(addressee: Addressee, lang: str) -> list[str]:
    """The addressee's postal block as a letter in ``lang`` prints it: a country the pack
    gives as a code ("KZ") is named, in capitals in the letter's language, as the last line
    of an address abroad is ("KAZAKHSTAN", "КАЗАХСТАН"; the envelope names it in English
    with the same function), or left off if the address already names it. A country the
    pack writes out is printed as written."""
    lines = list(addressee.postal_lines)
    code = addressee.country.strip().upper()
    if lines and lines[-1] == addressee.country and len(code) == 2 and is_known_country(code):
        name = postal_country_name(code, lang)
        if name and name.casefold() in (line.casefold() for line in lines[:-1]):
            lines.pop()  # the address already ends with it
        elif name:
            lines[-1] = name
    return lines


def template_context(request: LetterRequest) -> dict[str, Any]:
    """Everything a template may use; documented in docs/pack-format.md."""
    pack, lang = request.pack, request.lang
    addressee = request.addressee
    chosen = (
        pack.talking_points
        if request.points is None
        else [p for p in pack.talking_points if p.id in set(request.points)]
    )
    action = pack.action
    # The sender as the letter shows them: with initials and town when the volunteer or
    # the pack asks, so templates written for full names stay right in both forms.
    signer = pack.signer(request.sender)
    # Namespaces, not dicts: in a template ``action.update`` must be the field, not
    # the dict method of the same name.
    return {
        "lang": lang,
        "date": format_letter_date(request.date, lang),
        "sender": SimpleNamespace(
            **{
                "name": signer.name,
                "address": list(signer.address),
                "email": signer.email,
                "town": signer.town,
                "initials": signer.sign_with_initials,
            }
        ),
        "addressee": SimpleNamespace(
            **{
                "id": addressee.id,
                "role": str(addressee.role),
                "title": addressee.title,
                "name": addressee.name,
                "organisation": addressee.organisation,
                "address": list(addressee.address),
                "country": addressee.country,
                "fax": addressee.fax,
                "emails": list(addressee.emails),
                "phones": list(addressee.phones),
                "social": dict(addressee.social),
                "salutation": addressee.salutation.get(lang),
                "postal_lines": letter_postal_lines(addressee, lang),
            }
        ),
        "talking_points": [p.text.get(lang) for p in chosen],
        "action": SimpleNamespace(
            **{
                "ua_number": action.ua_number,
                "update": action.update,
                "reference": f"UA {action.ua_number}",
                "title": action.title.get(lang),
                "country": country_name(action.country, lang) if action.country else "",
                "deadline": format_letter_date(action.deadline, lang) if action.deadline else "",
            }
        ),
    }


#: The longest letter a pack may make, to be laid out on pages: about ten pages of text.
#: A letter of 200,000 characters on 99,000 lines was 2,475 pages and 15 s to lay out, and
#: a pack has up to 200 addressees.
MAX_LAID_OUT_CHARS = 30_000
MAX_LAID_OUT_LINES = 600


def compose_letter(request: LetterRequest) -> str:
    """The letter as plain text. Raises :class:`TemplateProblem` if the template fails."""
    pack = request.pack
    if request.lang not in pack.templates:
        raise KeyError(request.lang)
    file = pack.template_files.get(request.lang, f"letters/{request.lang}.txt")
    text = tidy_letter(
        render_template(pack.templates[request.lang], template_context(request), file)
    )
    lines = text.count("\n")
    if len(text) > MAX_LAID_OUT_CHARS or lines > MAX_LAID_OUT_LINES:
        raise TemplateProblem(
            Problem(
                file,
                "",
                f"makes a letter of {len(text):,} characters on {lines:,} "
                f"line{'' if lines == 1 else 's'}: more than "
                f"{MAX_LAID_OUT_CHARS:,} characters or {MAX_LAID_OUT_LINES:,} lines is not "
                "laid out (a letter is a few thousand characters on a page or two)",
            ),
            runaway=True,
        )
    return text


def _words_of(length: int, word: str) -> str:
    """Words ``word`` repeated to ``length`` characters (a name, a line of an address)."""
    return ((word + " ") * (length // (len(word) + 1) + 1))[:length].strip()


#: The largest details a volunteer can give: a name (of one word, as some are: a template
#: taking its second word fails) and a town at their limit, every line of the address at
#: its limit, the longest e-mail address and phone number. A letter that is laid out with
#: them is laid out with any.
LARGEST_SENDER = Sender(
    ("Aigerim" * MAX_SENDER_CHARS)[:MAX_SENDER_CHARS],  # one word: a one-word name too
    tuple(_words_of(MAX_SENDER_CHARS, f"{n} High Street") for n in range(MAX_SENDER_LINES)),
    "a" * 64 + "@" + ("example." * 23)[:185] + "org",
    _words_of(MAX_SENDER_CHARS, "Town"),
    phone=("+7 727 " + "1" * MAX_PHONE_CHARS)[:MAX_PHONE_CHARS],
)


#: Details as long in another way: a name, town and address lines of many one-letter words
#: in the scripts that grow most when a filter escapes them (a Cyrillic letter is six
#: characters URL-encoded, an emoji twelve). A template splitting the name into lines, or
#: escaping it, is laid out with these too (probe 68a).
WORDIEST_SENDER = Sender(
    _words_of(MAX_SENDER_CHARS, "Ж 😀"),
    tuple(_words_of(MAX_SENDER_CHARS, "Ж 😀") for _ in range(MAX_SENDER_LINES)),
    "a@example.org",
    _words_of(MAX_SENDER_CHARS, "Ж 😀"),
    phone="+7 727 000 00 00",
)


def check_pack_templates(pack: Pack) -> list[Problem]:
    """Fill every template for every addressee, so a broken template is found when the
    pack is loaded, not at the event: the first addressee in each of ten ways a volunteer
    writes, each other addressee in one of them in turn. The ways differ in all a template
    is given that a volunteer chooses: the sender (no details; the largest details, a
    one-word name; details of many short words; signed with initials, with a town and
    without; the largest details with each one left out on its own), the talking points
    (all; the first only; none) and the date (ten, in different months and years). The
    details are the largest a volunteer can give (:data:`LARGEST_SENDER`,
    :data:`WORDIEST_SENDER`): a template printing the name 1,800 times passed with a
    one-word name, and refused every volunteer with a longer one (probe 67a).
    Every addressee in all of them made a
    pack inside every limit (200 addressees, 64 letters) take 19 s to check, and run out
    of its budget."""
    full = LARGEST_SENDER
    first_point = [point.id for point in pack.talking_points[:1]]
    ways: tuple[tuple[Sender, list[str] | None, dt.date], ...] = (
        (Sender(), None, dt.date(2000, 1, 31)),
        (full, first_point, dt.date(2011, 7, 22)),
        (WORDIEST_SENDER, None, dt.date(2024, 2, 29)),
        (replace(full, name="A. Volunteer", sign_with_initials=True), [], dt.date(2031, 12, 1)),
        (Sender("Aigerim Nurlanovna", sign_with_initials=True), None, dt.date(2027, 3, 3)),
        # each detail left out on its own, the others given: a name and no address ("{{
        # sender.address|last }}" after the name failed for every volunteer who gave none,
        # probe 70a), an e-mail and no name, an address and no town (the command line has
        # no town: every --sender-address), probe 71a
        *(
            (without, first_point, dt.date(2019 + n, 6 + n, 15))
            for n, without in enumerate(
                (
                    replace(full, name=""),
                    replace(full, address=()),
                    replace(full, email=""),
                    replace(full, town=""),
                    replace(full, phone=""),
                )
            )
        ),
    )
    requests: list[tuple[Addressee, tuple[Sender, list[str] | None, dt.date]]] = []
    if pack.addressees:
        first, *others = pack.addressees
        requests = [(first, way) for way in ways]
        requests += [(other, ways[i % len(ways)]) for i, other in enumerate(others, 1)]
    problems: list[Problem] = []
    letters = len(pack.letter_languages) * len(requests)
    with pack_step_budget(letters=letters):
        for lang in pack.letter_languages:
            try:
                for addressee, (sender, points, date) in requests:
                    compose_letter(LetterRequest(pack, addressee, lang, sender, date, points))
            except TemplateProblem as exc:
                problems.append(exc.problem)
                if exc.runaway:
                    break  # a runaway letter: the pack is broken, and checking the others
                    # would only spend its budget again
    return problems

"""Probe 101a: an attacker's Unicode in the fields a pack, a list and the address book give.

F1: probe 100a made a field of nothing but a zero-width space, a BOM or a word joiner
empty. Other characters print as nothing too, and UA Writer knows them elsewhere (the
country names fold them away, a letter's file name holding one is refused): the Hangul
filler U+3164 (the well-known "invisible name" of chat apps), the combining grapheme
joiner U+034F, a variation selector U+FE0F left behind when an emoji is deleted, and the
deprecated format character U+206A. A pack whose addressee's title, name and organisation
are one of these passes ``uawriter validate`` with no word about the addressee, and its
envelopes name no one; an action title of one is not "empty"; an address book entry or a
list's row of them is a copy made out to no one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import (
    TRAINING_ID,
    copy_bundled_pack,
    edit_manifest,
    training_pack_naming,
)
from uawriter.engine import check_pack_folder
from uawriter.packs.loader import BrokenPack
from uawriter.storage.address_book import Contact, contact_problems, tidied
from uawriter.storage.contact_files import read_csv
from uawriter.storage.vcard_files import read_vcards

# ------------------ F1: fields of characters that print as nothing, beyond probe 100a's

#: Characters that print as nothing and that the fix of probe 100a does not know: the
#: Hangul filler, the combining grapheme joiner, a lone variation selector (what is left
#: of "⚖️" when the emoji is deleted), and a deprecated format character. Each is drawn by
#: a bundled font as nothing, so no "no font can print" note is given either.
SHOWS_AS_NOTHING = ("\u3164", "\u034f", "\ufe0f", "\u206a")
RELEASE = (
    "Please release Marta Quiroga at once and without conditions: she is held only for "
    "peacefully exercising her right to freedom of expression and assembly."
)
IDS = ["hangul-filler", "grapheme-joiner", "variation-selector", "format-u206a"]


def _blank_addressee(into: Path, blank: str) -> Path:
    return training_pack_naming(into, "p101a-blank", blank)


@pytest.mark.parametrize("blank", SHOWS_AS_NOTHING, ids=IDS)
def test_f1_an_addressee_whose_name_and_title_print_as_nothing_is_a_problem(
    tmp_path: Path, blank: str
) -> None:
    """An organiser checks a pack with ``uawriter validate`` before an evening. Its only
    addressee's title, name and organisation hold nothing that prints: a Hangul filler
    (U+3164) pasted from a chat, or the variation selector left when an emoji was deleted.
    A zero-width space there is "needs a name or a title (or both)" since probe 100a; these
    passed as OK, with no note naming the addressee, and the envelopes went out naming no
    one."""
    checked = check_pack_folder(_blank_addressee(tmp_path, blank))

    said = [str(p) for p in (checked.problems if isinstance(checked, BrokenPack) else ())]
    noted = [str(n) for n in getattr(checked, "notes", ())]
    assert any("addressees[0]" in p for p in said) or any(
        "addressees[0].name" in n or "addressees[0].title" in n for n in noted
    ), f"an addressee titled and named {blank!r} passed the check: {said or noted}"


@pytest.mark.parametrize("blank", SHOWS_AS_NOTHING, ids=IDS)
def test_f1_an_action_title_that_prints_as_nothing_is_empty(tmp_path: Path, blank: str) -> None:
    """The action's title is what a volunteer chooses the action by in the window's list,
    and what the tally and the morning report count it under. A title of a Hangul filler
    shows as a blank row; the check says of an empty title (and, since probe 100a, of a
    zero-width space) "is empty; fill it in", and must say so of this one too."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path)
    title = 'en = "Training: teacher detained for a peaceful protest (fictional)"'
    edit_manifest(pack, title, f'en = "{blank}"')

    checked = check_pack_folder(pack)

    assert isinstance(checked, BrokenPack), f"an action title of {blank!r} passed"
    assert any(p.field.startswith("action.title") for p in checked.problems), [
        str(p) for p in checked.problems
    ]


@pytest.mark.parametrize("blank", SHOWS_AS_NOTHING, ids=IDS)
def test_f1_an_address_book_entry_that_names_no_one_visibly_is_not_a_copy(blank: str) -> None:
    """The address book refuses an entry with no title, name or organisation, and (since
    probe 100a) one whose title is a zero-width space; an imported list's rows of them are
    passed over. An entry titled with a Hangul filler, typed or pasted, or a list's row
    whose cells hold only such characters, is still taken as an embassy: its copy's
    envelope and greeting name no one."""
    typed = tidied(
        Contact(title=blank, address=("125 Kensington Court", "London W8 5DA"), country="GB")
    )
    assert "title" in contact_problems(typed), f"an entry titled {blank!r} is kept"

    listed = read_csv(
        "title,name,organisation,address,country\r\n"
        "Ambassador of Kazakhstan,,,125 Kensington Court,GB\r\n"
        f"{blank},{blank},{blank},10 Downing Street,GB\r\n"
    )
    assert [c.title for c in listed] == ["Ambassador of Kazakhstan"], [c.title for c in listed]

    carded = read_vcards(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{blank}\r\n"
        "ADR:;;10 Downing Street;London;;SW1A 2AA;GB\r\nEND:VCARD\r\n"
    )
    assert carded == [], f"a phone's card named {blank!r} is read as a contact"


@pytest.mark.parametrize(
    ("old", "field"),
    [
        ('es = "Estimada Señora Ministra"', "addressees[0].salutation.es"),
        ('ua_number = "000/26"', "action.ua_number"),
        (f'en = "{RELEASE}"', "talking_points[0].text.en"),
    ],
    ids=["greeting", "ua-number", "talking-point"],
)
def test_f1_a_greeting_ua_number_or_point_of_a_hangul_filler_is_empty(
    tmp_path: Path, old: str, field: str
) -> None:
    """A greeting of "" is "is empty; fill it in or remove the line", and a UA number of a
    zero-width space is "is empty; fill it in". The same fields holding a Hangul filler
    pass: the Spanish letter greets no one (a line of only ":"), the fax cover sheet, the
    tally and the file names carry a UA number no one can read or look up, and a talking
    point prints as an empty paragraph (an empty one, or one of a zero-width space, is
    "is empty; fill it in or remove the line")."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(pack, old, old.partition(" = ")[0] + ' = "\u3164"')

    checked = check_pack_folder(pack)

    assert isinstance(checked, BrokenPack), f"{field} of a Hangul filler passed"
    assert any(p.field == field for p in checked.problems), [str(p) for p in checked.problems]

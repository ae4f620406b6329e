"""Probe 100a: an attacker's addressees, envelopes, labels, phones and address book files.

F1: a pack whose addressee's title and name are a zero-width space (U+200B), a BOM
(U+FEFF) or a word joiner (U+2060), text that prints as nothing, passed ``uawriter
validate`` as OK: the check "needs a name or a title (or both)" looks at the field with
only white space and soft hyphens taken off. The envelope and the label then carry no
name at all, only "Puerto Claro / VALDORIA (fictional)", and the letter greets no one.
An action title of a zero-width space, likewise, is not "empty; fill it in"; and an
address book entry, typed or imported, whose title is one is a copy made out to no one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import (
    TRAINING_ID,
    copy_bundled_pack,
    edit_manifest,
    run_uawriter,
    training_pack_naming,
)
from uawriter.engine import check_pack_folder
from uawriter.packs.loader import BrokenPack
from uawriter.storage.address_book import Contact, contact_problems, tidied
from uawriter.storage.contact_files import read_csv

# ------------------ F1: a name, a title that print as nothing pass as given

#: Characters that print as nothing: a zero-width space, a byte order mark (a pack.toml
#: saved from a Windows editor and pasted into a field), a word joiner.
INVISIBLE = ("\u200b", "\ufeff", "\u2060")


def _invisible_addressee(into: Path, invisible: str) -> Path:
    return training_pack_naming(into, "p100a-invisible", invisible)


@pytest.mark.parametrize("invisible", INVISIBLE, ids=["zwsp", "bom", "word-joiner"])
def test_f1_an_addressee_whose_name_and_title_print_as_nothing_is_a_problem(
    tmp_path: Path, invisible: str
) -> None:
    """An organiser checks a pack with ``uawriter validate`` before an evening. Its only
    addressee's title, name and organisation were pasted from a web page as a zero-width
    space (or a BOM, a word joiner): on paper there is no one. The check must say what
    it says of an empty title and name, "needs a name or a title (or both)", naming the
    addressee; it said OK, and the evening's envelopes went out with no addressee's name
    on them."""
    empty = copy_bundled_pack(TRAINING_ID, tmp_path / "empty")
    edit_manifest(empty, 'title = "Minister of Justice"', 'title = ""')
    edit_manifest(empty, 'name = "Ms Elena Sartori"', 'name = ""')
    refused = check_pack_folder(empty)
    assert isinstance(refused, BrokenPack)
    assert any("needs a name or a title" in p.message for p in refused.problems)

    checked = check_pack_folder(_invisible_addressee(tmp_path / "invisible", invisible))

    assert isinstance(checked, BrokenPack), (
        f"an addressee whose title and name are {invisible!r} passed the check"
    )
    assert any(p.field.startswith("addressees[0]") for p in checked.problems), [
        str(p) for p in checked.problems
    ]


@pytest.mark.parametrize("invisible", ["\u200b", "\u3164"], ids=["zwsp", "hangul-filler"])
def test_f1_the_envelope_of_an_addressee_of_invisible_name_is_not_printed_blank(
    tmp_path: Path, invisible: str
) -> None:
    """What the volunteer got from that pack: ``uawriter envelopes`` printed an envelope
    whose address block held only the street, the town and the country ("Avenida Central
    100 / Puerto Claro / VALDORIA"), and warned of nothing but the country (a zero-width
    space, probe 100a; the Hangul filler, probe 101a). A letter to a street with no one's
    name on it goes to no one: the pack is refused, naming the addressee, and nothing is
    printed."""
    data = tmp_path / "data"
    _invisible_addressee(data / "packs", invisible)
    out = tmp_path / "stick" / "envelopes.pdf"
    out.parent.mkdir()

    done = run_uawriter(
        data, "envelopes", "--pack", "p100a-invisible", "--size", "dl",
        "--from-country", "DE", "--out", str(out),
    )  # fmt: skip

    assert done.returncode != 0
    assert "addressees[0]" in done.stderr + done.stdout, done.stderr
    assert not out.exists()


def test_f1_an_action_title_that_prints_as_nothing_is_empty(tmp_path: Path) -> None:
    """The action's title is what a volunteer chooses the action by in the window's list
    and what the tally and the morning report count it under. A title of a zero-width
    space shows as a blank row and a blank case in the report; the check says of an empty
    title "is empty; fill it in", and must say so of this one too."""
    title = 'en = "Training: teacher detained for a peaceful protest (fictional)"'
    empty = copy_bundled_pack(TRAINING_ID, tmp_path / "empty")
    edit_manifest(empty, title, 'en = ""')
    refused = check_pack_folder(empty)
    assert isinstance(refused, BrokenPack)
    assert any("is empty" in p.message for p in refused.problems)

    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "invisible")
    edit_manifest(pack, title, 'en = "\\u200b"')

    checked = check_pack_folder(pack)

    assert isinstance(checked, BrokenPack), "an action title of a zero-width space passed"
    assert any(p.field.startswith("action.title") for p in checked.problems), [
        str(p) for p in checked.problems
    ]


def test_f1_an_address_book_entry_that_names_no_one_visibly_is_not_a_copy(tmp_path: Path) -> None:
    """The address book refuses an entry with no title, name or organisation (the form
    shows the title as what is wrong, and an imported list's empty rows are passed over).
    An entry whose title is a zero-width space, typed or pasted into the form, or a list's
    row whose cells hold only zero-width spaces and BOMs (as text pasted from a web page
    leaves them), is taken as an embassy: its copy's envelope and greeting name no one."""
    typed = tidied(
        Contact(title="\u200b", address=("125 Kensington Court", "London W8 5DA"), country="GB")
    )
    assert "title" in contact_problems(typed), "an entry titled with a zero-width space is kept"

    listed = read_csv(
        "title,name,organisation,address,country\r\n"
        "Ambassador of Kazakhstan,,,125 Kensington Court,GB\r\n"
        "\u200b,\ufeff,\u2060,10 Downing Street,GB\r\n"
    )
    assert [c.title for c in listed] == ["Ambassador of Kazakhstan"], [c.title for c in listed]

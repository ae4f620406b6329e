"""Probe 101b: the regressions of the day's last changes.

F1: a field "of nothing but characters that print as nothing" is empty only when those
characters are all of one kind: the ends are stripped of spaces and zero-width characters,
and what is left is empty only if it is direction marks alone. A field of a direction mark,
a space (or a zero-width space, a word joiner) and a direction mark, as an Arabic web
page's empty cell pastes ("&rlm; &rlm;"), still passes: the pack's addressee names no one
on the envelope, and an address book entry or an embassy list's row of them is a copy to
no one.

F2: the address book window counts, when it refuses Save past 50,000 greetings, the
greetings of an entry it does not save (one that has no title, name or organisation yet):
a book that would hold 50,000 greetings, and loads at the next start, is refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import training_pack_naming
from qt_helpers import ModalAnswers
from uawriter.engine import check_pack_folder
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.packs.loader import BrokenPack
from uawriter.storage.address_book import (
    MAX_BOOK_SALUTATIONS,
    MAX_SALUTATIONS,
    AddressBook,
    Contact,
    contact_problems,
    new_uid,
    salutations_of,
    tidied,
)
from uawriter.storage.contact_files import read_csv

# ------------------ F1: direction marks around a space or a zero-width space

#: A field that prints as nothing: a right-to-left mark, a space and another (an empty cell
#: of an Arabic web page, "&rlm; &rlm;"); the same around a zero-width space; left-to-right
#: marks around a word joiner.
MARKED_NOTHING = ("\u200f \u200f", "\u200f\u200b\u200f", "\u200e\u2060\u200e")
MARKED_IDS = ["rlm-space-rlm", "rlm-zwsp-rlm", "lrm-wj-lrm"]


def _marked_addressee(into: Path, nothing: str) -> Path:
    return training_pack_naming(into, "p101b-marked", nothing)


@pytest.mark.parametrize("nothing", MARKED_NOTHING, ids=MARKED_IDS)
def test_f1_an_addressee_named_by_direction_marks_around_nothing_is_a_problem(
    tmp_path: Path, nothing: str
) -> None:
    """An organiser makes an Arabic pack from the section's web page: the addressee's
    title, name and organisation cells were empty there, and paste as a right-to-left
    mark, a space and a right-to-left mark. ``uawriter validate`` must say "needs a name
    or a title (or both)" of the addressee, as it now says of a zero-width space alone
    or a mark alone; it passes the pack, and the envelopes go out naming no one."""
    alone = check_pack_folder(_marked_addressee(tmp_path / "alone", "\u200f"))
    assert isinstance(alone, BrokenPack)  # a mark alone is empty since probe 100a

    checked = check_pack_folder(_marked_addressee(tmp_path / "marked", nothing))

    assert isinstance(checked, BrokenPack), (
        f"an addressee whose title and name are {nothing!r} passed the check"
    )
    assert any(p.field.startswith("addressees[0]") for p in checked.problems), [
        str(p) for p in checked.problems
    ]


@pytest.mark.parametrize("nothing", MARKED_NOTHING, ids=MARKED_IDS)
def test_f1_an_address_book_entry_named_by_direction_marks_is_not_a_copy(nothing: str) -> None:
    """The address book window shows "Give a title, a name or an organisation." for an
    entry titled with a mark alone, and an embassy list's row of marks alone is passed
    over; an entry or a row whose title is a mark, a space and a mark (pasted from an
    Arabic page) is kept as an embassy, and its copy's envelope and greeting name no
    one."""
    typed = tidied(
        Contact(title=nothing, address=("125 Kensington Court", "London W8 5DA"), country="GB")
    )
    assert "title" in contact_problems(typed), f"an entry titled {nothing!r} is kept"

    listed = read_csv(
        "title,name,organisation,address,country\r\n"
        "Ambassador of Kazakhstan,,,125 Kensington Court,GB\r\n"
        f"{nothing},{nothing},{nothing},10 Downing Street,GB\r\n"
    )
    assert [c.title for c in listed] == ["Ambassador of Kazakhstan"], [c.title for c in listed]


# ------------------ F2: Save refused for greetings the book would not keep


def test_f2_greetings_of_an_entry_not_saved_do_not_refuse_the_save(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser's book holds exactly 50,000 greetings (it loads at every start). She
    adds an entry, pastes its greetings first and then decides against it, leaving it
    without a title ("…" in the list: the window drops such an entry on Save). She saves
    the corrections made to the other entries: the window refuses, "The address book was
    not saved … remove the contacts or greetings you no longer need", though the book it
    would write holds 50,000 greetings and is read at the next start; she removes
    greetings she needs, or cancels and loses her corrections."""
    per_entry = {f"q{n:02d}": f"Greeting {n}" for n in range(MAX_SALUTATIONS)}
    assert len(salutations_of(per_entry)) == MAX_SALUTATIONS
    full, rest = divmod(MAX_BOOK_SALUTATIONS, MAX_SALUTATIONS)
    contacts = [
        Contact(
            f"Ambassador {number}",
            organisation=f"Embassy {number}",
            address=(f"{number} Embassy Row", "London W8 5DA"),
            salutations=salutations_of(per_entry),
            uid=new_uid(),
        )
        for number in range(full)
    ]
    contacts.append(
        Contact(
            "Ambassador of Kazakhstan",
            salutations=salutations_of(dict(list(per_entry.items())[:rest])),
            uid=new_uid(),
        )
    )
    assert sum(len(c.salutations) for c in contacts) == MAX_BOOK_SALUTATIONS
    dialog = AddressBookDialog(contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_button.click()
    dialog.salutations.setPlainText("en = Your Excellency\nfr = Excellence")
    assert dialog.contacts() == contacts  # the untitled entry is not among those saved
    told: list[str] = []
    answers.expect("warning", lambda box: (told.append(box.text()), box.accept()))

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.wait(200)

    assert not told, f"Save refused: {told}"
    assert not dialog.isVisible()
    book = AddressBook(tmp_path / "address_book.json")
    book.save(dialog.contacts())
    assert len(book.load()) == len(contacts)
    assert book.set_aside is None

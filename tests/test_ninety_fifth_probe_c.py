"""Probe 95c (issue 12, items 8, 10, 12, 13): the fixes of probes 90 to 94 looked at
again: a print to a PDF file onto a counted letter under another name (f1); stacked copies
made out again to a corrected address book entry (f2, f3); the same pack imported again
with other line ends (f4)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import choose, her_faxes_counted_then_bob, my_pack, print_to_file_over
from qt_helpers import ModalAnswers, type_path
from test_evening import type_text
from test_gui import open_window
from test_stack import _stack
from uawriter.domain.model import Pack, Sender
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.gui.main_window import MainWindow
from uawriter.letters import LetterRequest, compose_letter, readdressed_text
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook, Contact
from uawriter.storage.tally import TallyBook


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_f1_a_print_to_a_file_linked_to_a_counted_letter_replaces_it(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path, link: str
) -> None:
    """Aigerim exports her faxes into the evening's folder on the stick; the tally counts
    them. The organiser keeps a shortcut to the fax to fax first ("to fax.pdf", a link to
    her letter: a symbolic link, or a second name for it as a backup tool makes). Bob
    prints his letters "to a PDF file", clicks "to fax.pdf" in the dialog's browser and
    answers Yes to Qt's "overwrite?". Aigerim's counted fax now holds Bob's printed pages,
    while the tally still names it as hers: her letter never goes out and is counted.
    A print onto her file under its own name goes beside it (probe 93c); the tally's
    check (``tally._same_file``) compares names first and never looks at the disk for a
    file of another name that is the same file."""
    window = event_evening
    evening = tmp_path / "evening"
    hers = her_faxes_counted_then_bob(qtbot, window, answers, evening)[0]
    book = TallyBook(window.services.paths.tally_file)
    assert book.counts_file(hers)
    before = hers.read_bytes()
    shortcut = evening / "to fax.pdf"
    if link == "symbolic":
        shortcut.symlink_to(hers)
    else:
        os.link(hers, shortcut)

    printed, _ = print_to_file_over(qtbot, window, answers, shortcut)
    qtbot.waitUntil(lambda: bool(printed), timeout=60_000)
    assert book.counts_file(hers)
    assert hers.read_bytes() == before, "her counted fax was replaced by his printed pages"


def _embassy(greeting: str, salutations: dict[str, str] | None = None) -> Contact:
    return Contact(
        "Ambassador of Kazakhstan",
        organisation="Embassy of the Republic of Kazakhstan",
        address=("59 rue Pierre Charron", "75008 Paris"),
        country="France",
        salutation=greeting,
        salutations=salutations or {},
        represents="KZ",
    )


def test_f2_a_french_copy_made_out_to_a_new_greeting_keeps_the_old_one_in_its_closing(
    packs: dict[str, Pack],
) -> None:
    """The group in Lyon writes in French, with a copy to the Kazakh embassy in Paris from
    the address book, greeted "Monsieur l'Ambassadeur". A volunteer stacks her letters; the
    organiser learns the new ambassador is a woman and corrects the entry's French
    greeting to "Madame l'Ambassadrice". The stacked copy is made out again: its greeting
    line reads "Madame l'Ambassadrice," but the closing the seed's French letter also
    greets her in ("Je vous prie d'agréer, Monsieur l'Ambassadeur, l'expression…") is left
    as it was: the letter that goes out greets the ambassador as a woman, then as a man.
    ``letters.readdressed_text`` changes the greeting only where a line starts with it
    (and takes the letter as changed by hand only when it is found at two line starts)."""
    pack = packs[SEED_ID]
    old = _embassy("Your Excellency", {"fr": "Monsieur l'Ambassadeur"})
    new = _embassy("Your Excellency", {"fr": "Madame l'Ambassadrice"})
    when = dt.date(2026, 12, 7)
    request = LetterRequest(pack, old.as_addressee(), "fr", Sender("Ann Martin"), when)
    text = compose_letter(request)
    assert text.count("Monsieur l'Ambassadeur") == 2  # the greeting and the closing

    made = readdressed_text(text, request, new.as_addressee())

    assert made is not None
    assert "Madame l'Ambassadrice," in made
    assert "Monsieur l'Ambassadeur" not in made, [
        line for line in made.splitlines() if "Monsieur l'Ambassadeur" in line
    ]


def test_f3_a_greeting_corrected_for_a_letter_that_prints_none_keeps_her_stack_from_going(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser's own pack writes its English letter without a greeting line (a
    formal note: address, then the text). A volunteer stacks her letters with a copy to
    the Kazakh embassy from the address book. The organiser then puts the entry's greeting
    right ("Your Excellency" to "Dear Ambassador"), which no letter of this pack prints.
    She exports her stack: nothing goes, and she is told the copy's "address or greeting
    was changed by hand" (she changed nothing) and to take the action's letters off the
    stack and write them again; exported again, the same. Her stacked letters cannot go
    until she throws them away. ``letters.readdressed_text`` takes a greeting not found in
    the letter as one changed by hand, though the letter has none to change."""
    data = tmp_path / "data"
    mine = my_pack(data)
    english = mine / "letters" / "en.txt"
    template = english.read_text(encoding="utf-8")
    assert "{{ addressee.salutation }},\n" in template
    english.write_text(template.replace("{{ addressee.salutation }},\n", ""), encoding="utf-8")
    AddressBook(AppPaths(data).address_book_file).save([_embassy("Your Excellency")])
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    window.addressees_pane.diplomat_check.setChecked(True)
    assert window.selected_addressees()[-1].title == "Ambassador of Kazakhstan"
    _stack(qtbot, window, answers, "my-pack")
    stacked = len(window.stack_pane.letters())

    window.addressees_pane.edit_address_book()
    dialog = window.findChild(AddressBookDialog)
    assert isinstance(dialog, AddressBookDialog)
    dialog.list.setCurrentRow(0)
    dialog.salutation.setFocus()
    dialog.salutation.selectAll()
    type_text(dialog.salutation, "Dear Ambassador")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "Dear Ambassador" in window.services.paths.address_book_file.read_text("utf-8")

    out = tmp_path / "letters"
    out.mkdir()
    told: list[str] = []
    for _ in range(2):  # told once, she exports her stack again
        before = len(told)
        answers.expect("exportDialog", type_path(out))
        answers.expect("exportDone", lambda box: box.reject())
        answers.expect("warning", lambda box: told.append(box.text()) or box.accept())
        window.stack_pane.export_requested.emit()
        qtbot.waitUntil(
            lambda before=before: len(told) > before or "exportDone" in answers.seen,
            timeout=30_000,
        )
        if window.stack_pane.is_empty():
            break
    left = len(window.stack_pane.letters())
    window.stack_pane.clear()
    window.unexported = False
    assert left == 0, f"{left} of her {stacked} stacked letters cannot go (told {len(told)}×)"
    assert not any("by hand" in text for text in told), told
    assert len(list(out.glob("*.pdf"))) == stacked


def test_f4_the_same_pack_with_windows_line_ends_is_other_contents_and_stops_every_stack(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser's pack goes round the laptops on a stick; one copy passed through a
    Windows laptop whose zip tool or editor saved its files with Windows line ends (CR
    LF), nothing else changed. Imported on a laptop in the middle of the evening, it is
    "revision 1 too, with other contents (its officials, addresses, fax numbers or letters
    changed): replace it to use them". Told the fax numbers may have changed, she
    replaces it. The volunteer at that laptop then exports her stack: nothing goes, and
    she is told her letters were written from a copy of the action that was replaced and
    to take them off the stack and write them again, though every letter would read the
    same byte for byte. The import compares the templates as read, line ends and all
    (``install._contents``), as does the stack's check (``engine.pack_contents_id``)."""
    data = tmp_path / "data"
    mine = my_pack(data)
    shared = tmp_path / "stick" / "my-pack"
    shutil.copytree(mine, shared)
    for file in [shared / "pack.toml", *(shared / "letters").glob("*.txt")]:
        file.write_bytes(file.read_bytes().replace(b"\n", b"\r\n"))
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    _stack(qtbot, window, answers, "my-pack")
    stacked = [x.text for x in window.stack_pane.letters()]

    asked: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answers.expect("replacePackQuestion", yes)
    window.pack_menu.import_pack(shared)
    assert asked

    out = tmp_path / "letters"
    out.mkdir()
    told: list[str] = []
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    answers.expect("warning", lambda box: told.append(box.text()) or box.accept())
    window.stack_pane.export_requested.emit()
    qtbot.waitUntil(lambda: bool(told) or "exportDone" in answers.seen, timeout=30_000)
    left = len(window.stack_pane.letters())
    window.stack_pane.clear()
    window.unexported = False
    assert "other contents" not in asked[0], asked[0]
    assert left == 0, f"{left} of her {len(stacked)} letters held back: {told}"

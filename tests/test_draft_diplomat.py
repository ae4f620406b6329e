"""A draft kept at a crash comes back with the copy to the diplomat the volunteer had
chosen from the address book, found by who the contact is: the address book may have
changed meanwhile (the real window, its widgets, the draft on disk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import find, open_window
from uawriter.gui.draft_keeper import AUTOSAVE_DELAY_MS
from uawriter.gui.main_window import MainWindow
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook, Contact

ASTANA = Contact(
    "Ambassador of Kazakhstan",
    "Mr A. Example",
    "Embassy of Kazakhstan",
    ("1 Embassy Road", "Berlin"),
    "DE",
    "+49 30 1234567",
    "emb@example.kz",
    represents="KZ",
)
CONSUL = Contact(
    "Consul General of Kazakhstan",
    "Ms B. Example",
    "Consulate General of Kazakhstan",
    ("2 Consulate Street", "Frankfurt"),
    "DE",
    "+49 69 7654321",
    represents="KZ",
)


def _crash_with_a_copy_to(
    qtbot: QtBot, data: Path, book: list[Contact], chosen: Contact
) -> list[str]:
    """Write to every official with a copy to ``chosen``, the draft saved, and the window
    gone without closing (a crash); the addressees as they were."""
    AddressBook(AppPaths(data).address_book_file).save(book)
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    pane = window.addressees_pane
    pane.diplomat_choice.setCurrentIndex(pane.diplomat_choice.findText(chosen.label))
    pane.diplomat_check.setChecked(True)
    before = [a.display_name for a in window.selected_addressees()]
    editor = find(window, QPlainTextEdit, "letterEditor")
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    type_text(editor, "\nMy own words.")
    window.save_draft()
    window.hide()  # a crash: no close, the draft stays on disk
    return before


def _start_again(qtbot: QtBot, answers: ModalAnswers, data: Path) -> MainWindow:
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: "draftOffer" in answers.seen)
    qtbot.waitUntil(lambda: window.session is not None and "My own words." in window.session.text)
    return window


def test_a_draft_comes_back_with_its_copy_to_the_diplomat(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The draft kept the diplomat's id (its place in the address book) and the draft came
    back without the copy: only the action's own officials were ticked again. Now the
    copy comes back, to the same contact, though another was put before it in the book
    since (its old place now holds another embassy)."""
    data = tmp_path / "data"
    data.mkdir()
    before = _crash_with_a_copy_to(qtbot, data, [CONSUL, ASTANA], ASTANA)
    assert before[-1] == "Ambassador of Kazakhstan, Mr A. Example"
    # meanwhile the address book changed: the consul moved behind the embassy
    AddressBook(AppPaths(data).address_book_file).save([ASTANA, CONSUL])
    window = _start_again(qtbot, answers, data)
    assert [a.display_name for a in window.selected_addressees()] == before
    assert window.addressees_pane.diplomat_check.isChecked()
    assert [x.addressee.display_name for x in window.letters()] == before
    window.unexported = False


def test_a_draft_whose_diplomat_is_gone_says_so(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The contact the copy went to was taken out of the address book before the draft
    came back: no copy goes to whoever took its place, and the window says so."""
    data = tmp_path / "data"
    data.mkdir()
    before = _crash_with_a_copy_to(qtbot, data, [ASTANA, CONSUL], ASTANA)
    AddressBook(AppPaths(data).address_book_file).save([CONSUL])
    window = _start_again(qtbot, answers, data)
    assert [a.display_name for a in window.selected_addressees()] == before[:-1]
    assert not window.addressees_pane.diplomat_check.isChecked()
    qtbot.wait(AUTOSAVE_DELAY_MS + 500)  # still said after the draft is saved again
    said = window.statusBar().currentMessage()
    assert "Ambassador of Kazakhstan, Mr A. Example" in said
    assert "not restored" in said
    window.unexported = False

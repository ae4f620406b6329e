"""A volunteer's stack: letters for several actions written in a row, then printed or
exported all at once (the real window, real files, real PDFs read back with pypdf)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text
from qt_helpers import ModalAnswers
from test_evening import type_text
from test_gui import find, open_window
from uawriter.gui.main_window import MainWindow
from uawriter.gui.stack import stacked_entries
from uawriter.storage.tally import Channel, TallyBook

TRAINING = "training-valdoria"
SENTENCES = {
    SEED_ID: "Our group in Karaganda asks for this case to be reviewed.",
    TRAINING: "We in Lyon follow the Valdoria case every week.",
}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "data")
    yield win
    win.services.languages.set_language("en")


def _write(qtbot: QtBot, window: MainWindow, pack_id: str) -> None:
    """Choose the action, write a sentence of one's own on a line of its own at the end
    (a line every addressee's letter has: at the start of the third line, unsigned, it went
    onto the addressee's own name line, not carried into the other letters)."""
    window.choose_pack(pack_id)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == pack_id)
    editor = find(window, QPlainTextEdit, "letterEditor")
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    type_text(editor, "\n" + SENTENCES[pack_id])


def _stack(qtbot: QtBot, window: MainWindow, answers: ModalAnswers, pack_id: str) -> None:
    if window.pack is not None and window.pack.action.rules:
        answers.expect("packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(find(window, QPushButton, "addToStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pack_id in [e.pack_id for e in window.stack_pane.entries])


def _two_actions_on_the_stack(qtbot: QtBot, window: MainWindow, answers: ModalAnswers) -> int:
    name = find(window, QLineEdit, "senderName")
    name.setFocus()
    type_text(name, "Aigerim Sadykova")
    window.sender_pane.flush()
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    # switching action asks nothing: the letters are on the stack, not lost
    _write(qtbot, window, TRAINING)
    assert "switchQuestion" not in answers.seen
    _stack(qtbot, window, answers, TRAINING)
    return len(window.stack_pane.letters())


def test_a_stack_of_two_actions_is_exported_at_once(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    count = _two_actions_on_the_stack(qtbot, window, answers)
    pane = find(window, QWidget, "stackPane")
    assert pane.isVisible()
    assert find(window, QListWidget, "stackList").count() == 2
    assert count == 3 + len(window.packs[TRAINING].addressees)

    out = tmp_path / "letters"
    out.mkdir()

    def pick_folder(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert box is not None
        box.setText(str(out))
        dialog.accept()

    answers.expect("exportDialog", pick_folder)
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    files = [Path(p) for p in exported.args[0]]
    assert len(files) == count
    assert sorted(out.glob("*.pdf")) == sorted(files)
    for f in files:
        text = normalise(" ".join(pdf_pages_text(f)))
        assert "Aigerim Sadykova" in text
        mine = SEED_ID if "UA 129-10" in f.name else TRAINING
        other = TRAINING if mine == SEED_ID else SEED_ID
        assert normalise(SENTENCES[mine]) in text
        assert normalise(SENTENCES[other]) not in text
    qtbot.waitUntil(window.stack_pane.is_empty)
    assert not pane.isVisible()
    records = TallyBook(window.services.paths.tally_file).read().letters
    assert len(records) == count
    assert {r.pack_id for r in records} == {SEED_ID, TRAINING}


def test_printing_the_stack_prints_every_letter_and_counts_them_as_printed(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    count = _two_actions_on_the_stack(qtbot, window, answers)
    target = tmp_path / "printed.pdf"

    def print_to_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        # done(), not accept(): accept() sets the printer up again from the dialog's fields
        dialog.done(QPrintDialog.DialogCode.Accepted)

    answers.expect("printDialog", print_to_file)
    with qtbot.waitSignal(window.output.printed, timeout=30000) as printed:
        qtbot.mouseClick(find(window, QPushButton, "printStackButton"), Qt.MouseButton.LeftButton)
    pages = printed.args[0]
    assert len(pdf_pages_text(target)) == pages >= count
    assert window.stack_pane.is_empty()
    records = TallyBook(window.services.paths.tally_file).read().letters
    assert [r.channel for r in records] == [Channel.PRINT] * count
    assert sum(r.pages for r in records) == pages


def test_the_same_action_stacked_twice_goes_out_once_as_last_written(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers
) -> None:
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)  # a postscript, in every letter alike
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "\nA second thought.")
    _stack(qtbot, window, answers, SEED_ID)
    assert len(window.stack_pane.entries) == 1
    assert all("A second thought." in x.text for x in window.stack_pane.letters())


def test_next_volunteer_asks_before_emptying_a_stack_and_then_keeps_nothing(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers
) -> None:
    _two_actions_on_the_stack(qtbot, window, answers)
    next_button = find(window, QToolButton, "nextVolunteerButton")
    answers.expect("nextVolunteerQuestion", lambda box: box.reject())
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nextVolunteerQuestion" in answers.seen)
    assert not window.stack_pane.is_empty()  # "no" keeps everything
    answers.expect(
        "nextVolunteerQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.stack_pane.is_empty)
    assert find(window, QLineEdit, "senderName").text() == ""


def test_closing_with_a_stack_asks_first(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers
) -> None:
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    answers.expect("stackQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert not window.close()
    assert window.isVisible()
    assert len(window.stack_pane.letters()) == 3


def test_a_letter_exported_alone_takes_no_letter_off_the_stack(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The volunteer pressed Print all…, then closed the print dialog, and exported the
    letter in front of them: that export took a stacked letter off the stack, which then
    went out neither printed nor exported, and Next volunteer asked nothing about it."""
    count = _two_actions_on_the_stack(qtbot, window, answers)
    answers.expect("printDialog", lambda dialog: dialog.reject())
    qtbot.mouseClick(find(window, QPushButton, "printStackButton"), Qt.MouseButton.LeftButton)
    assert "printDialog" in answers.seen

    alone = tmp_path / "alone.pdf"
    with qtbot.waitSignal(window.exported, timeout=30000):
        window.output.export_to_file(window.letters()[:1], alone, window.output_context())

    assert alone.exists()
    assert len(window.stack_pane.letters()) == count
    assert window.has_unsent_letter()


def _only(window: MainWindow, row: int) -> None:
    """Tick the row-th addressee alone and make it current."""
    pane = window.addressees_pane
    pane.tick_all(False)
    pane.addressee_list.item(row).setCheckState(Qt.CheckState.Checked)
    pane.addressee_list.setCurrentRow(row)


def _postscript(window: MainWindow, text: str) -> None:
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "\n" + text)


def test_one_letter_per_official_stacked_in_turn_keeps_every_official(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The volunteer wrote to the President alone and put the letter on the stack, then
    to the Prosecutor General alone: the second "Add to my stack" threw the President's
    letter away, with the volunteer's words, saying only that the action's letters "were
    replaced". Now only a letter to the same official is replaced (the newest goes out,
    never both), the status names whom, and letters to the action's other officials stay,
    on disk too."""
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    president, prosecutor = (window.pack.addressees[i] for i in (0, 1))
    _only(window, 0)
    _postscript(window, "To the President: my own words.")
    _stack(qtbot, window, answers, SEED_ID)
    _only(window, 1)
    _postscript(window, "To the Prosecutor: other words.")
    _stack(qtbot, window, answers, SEED_ID)
    letters = window.stack_pane.letters()
    assert [x.addressee.id for x in letters] == [president.id, prosecutor.id]
    assert "added to your stack" in window.statusBar().currentMessage()
    assert find(window, QListWidget, "stackList").count() == 1  # one action, one row

    # the President written again: that letter is replaced, the Prosecutor's stays
    _only(window, 0)
    _postscript(window, "To the President, again: newer words.")
    _stack(qtbot, window, answers, SEED_ID)
    said = window.statusBar().currentMessage()
    assert "replaced" in said
    assert president.display_name in said
    assert prosecutor.display_name not in said
    letters = window.stack_pane.letters()
    assert sorted(x.addressee.id for x in letters) == sorted([president.id, prosecutor.id])

    # kept on disk as it is: both letters come back after a crash
    kept = window.services.drafts.stack.load()
    assert kept is not None
    entries, lost = stacked_entries(kept, window.packs)
    assert lost == 0
    assert sorted(x.addressee.id for e in entries for x in e.letters) == sorted(
        [president.id, prosecutor.id]
    )

    out = tmp_path / "letters"
    out.mkdir()

    def pick_folder(dialog: QWidget) -> None:
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert box is not None
        box.setText(str(out))
        dialog.accept()

    answers.expect("exportDialog", pick_folder)
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    files = [Path(p) for p in exported.args[0]]
    assert len(files) == 2
    texts = [normalise(" ".join(pdf_pages_text(f))) for f in files]
    # the editor keeps the words typed before: each letter as it was when stacked
    (to_president,) = [t for t in texts if president.display_name in t[:200]]
    (to_prosecutor,) = [t for t in texts if prosecutor.display_name in t[:200]]
    assert "newer words" in to_president
    assert "other words" in to_prosecutor
    assert "newer words" not in to_prosecutor

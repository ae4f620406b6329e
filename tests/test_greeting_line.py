"""Words the volunteer types on the greeting's line, and changes that cannot be carried
into every letter: the real window, its buttons, the exported PDFs read back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text
from qt_helpers import ModalAnswers, type_path
from test_evening import _export_all, type_text
from test_gui import choose, find, open_window
from uawriter.gui.main_window import MainWindow

WORDS = "I am a teacher from Almaty; two of my pupils are Uzbek refugees."


def _english_seed_letter(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, QPlainTextEdit]:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    choose(qtbot, find(window, QComboBox, "letterLanguage"), "en")
    editor = find(window, QPlainTextEdit, "letterEditor")
    qtbot.waitUntil(lambda: "Dear President," in editor.toPlainText())
    return window, editor


def _pdf_texts(files: list[Path]) -> dict[str, str]:
    return {f.name: normalise(" ".join(pdf_pages_text(f))) for f in files}


def test_words_typed_on_after_the_greeting_go_into_every_letter(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The volunteer clicked at the end of "Dear President," and went on typing on that
    line: the President's letter had their words, the Prosecutor General's and the Foreign
    Minister's went out as the stock letter, without a word said. The words typed after
    the greeting now go after each letter's own greeting."""
    window, editor = _english_seed_letter(qtbot, tmp_path)
    editor.setFocus()
    cursor = editor.document().find("Dear President,")
    cursor.movePosition(cursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    type_text(editor, " " + WORDS)
    out = tmp_path / "out"
    out.mkdir()
    files = _export_all(qtbot, window, answers, out)
    assert "editsNotCarriedQuestion" not in answers.seen  # nothing left out: nothing asked
    texts = _pdf_texts(files)
    assert len(texts) == 3
    greetings = ("Dear President,", "Dear Prosecutor General,", "Dear Minister,")
    for greeting in greetings:
        (text,) = [t for t in texts.values() if greeting in t]
        assert f"{greeting} {WORDS}" in text


def _answer_back(box: QMessageBox) -> None:
    assert box.defaultButton().objectName() == "goBackButton"  # a stray Enter goes back
    box.findChild(QPushButton, "goBackButton").click()


def test_letters_that_lack_the_volunteers_changes_are_named_before_they_go(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A change to the greeting itself ("Dear Mr President, …") cannot be carried into the
    other letters. It was said only when the volunteer happened to click another
    addressee; Export, Print and Add to my stack sent those letters without it. Now they
    ask first, naming the letters, with Go back the default; going on sends them as
    said."""
    window, editor = _english_seed_letter(qtbot, tmp_path)
    editor.setFocus()
    cursor = editor.document().find("Dear President,")
    editor.setTextCursor(cursor)  # the greeting selected, and typed over
    type_text(editor, "Dear Mr President, " + WORDS)
    pack = window.pack
    assert pack is not None
    president, *others = pack.addressees
    questions: list[str] = []

    def back(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        _answer_back(box)

    # Go back: nothing is written, printed or stacked
    for button, dialog in (
        ("exportButton", "exportDialog"),
        ("printButton", "printDialog"),
        ("addToStackButton", ""),
    ):
        seen = len(answers.seen)
        answers.expect("editsNotCarriedQuestion", back)
        if dialog:
            answers.expect(dialog, lambda d: d.reject())  # answered only if it came
        qtbot.mouseClick(find(window, QPushButton, button), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda seen=seen: len(answers.seen) > seen)
        qtbot.wait(100)
        assert answers.seen[seen:] == ["editsNotCarriedQuestion"], button
        assert QApplication.activeModalWidget() is None
        answers.pending.clear()
    assert window.stack_pane.is_empty()
    assert not list((tmp_path / "data").rglob("*.pdf"))
    for said in questions:
        for addressee in others:
            assert addressee.display_name in said
        assert president.display_name not in said

    # Go on: the letters go, the others without the change, as they were told
    answers.expect(
        "editsNotCarriedQuestion",
        lambda box: box.findChild(QPushButton, "goOnButton").click(),
    )
    out = tmp_path / "out"
    out.mkdir()
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exportDone" in answers.seen)
    assert answers.seen[-3:] == ["editsNotCarriedQuestion", "exportDialog", "exportDone"]
    texts = _pdf_texts([Path(p) for p in exported.args[0]])
    assert len(texts) == 3
    (to_president,) = [t for t in texts.values() if "Dear Mr President," in t]
    assert WORDS in to_president
    assert sum(WORDS in t for t in texts.values()) == 1

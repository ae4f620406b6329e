"""Probe 87a: the regressions of ``LetterSession.went_to`` (the letters she left for
officials whose letters went out are let go). A volunteer makes the President's letter
her own (his name in the greeting), then reads the Prosecutor General's letter: her
President letter is kept aside. What goes, and what is let go, when the President's letter
itself did not go out?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from letter_steps import letter_to
from qt_helpers import ModalAnswers, type_path
from test_eighty_fifth_probe_b import GREETING, _presidents_letter_made_her_own
from test_evening import _export_all, type_text
from test_gui import find
from test_stack import TRAINING
from uawriter.gui.main_window import MainWindow


def _tick_president(window: MainWindow, ticked: bool) -> None:
    state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
    window.addressees_pane.addressee_list.item(0).setCheckState(state)  # the President


def test_f1_the_president_ticked_while_the_others_export_loses_her_letter_to_him(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Her President letter (his name in the greeting) kept aside, she unticks him to
    check the spelling later and exports the other officials' letters to a slow stick.
    While they are saved (the window stays live) she ticks the President again: his letter
    goes next. When the export ends, her President letter -- in no file -- is let go as if
    it had gone: his letter is now the template's, and nothing says so."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    _tick_president(window, False)
    assert "president" not in {x.id for x in window.selected_addressees()}
    out = tmp_path / "stick"
    out.mkdir()

    export_to_folder = window.output.export_to_folder

    def slow_stick(*args: object, **kwargs: object) -> None:
        export_to_folder(*args, **kwargs)  # type: ignore[arg-type]
        _tick_president(window, True)  # while the letters are being saved

    window.output.export_to_folder = slow_stick  # type: ignore[method-assign]
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    assert exported.args[0]
    assert not any("President" in Path(p).name for p in exported.args[0])

    assert GREETING in letter_to(window)


def test_f2_next_volunteer_clears_her_president_letter_unasked_after_the_others_went(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Her President letter kept aside, she unticks him and exports the other officials'
    letters; then she ticks the President again: his letter, with her greeting, is the one
    Export would send now, in no file yet. The idle countdown counts no letter it will clear
    (``unsent_letters``), and Next volunteer clears it without "Clear this letter?"."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    _tick_president(window, False)
    out = tmp_path / "out"
    out.mkdir()
    assert _export_all(qtbot, window, answers, out)
    _tick_president(window, True)
    assert GREETING in letter_to(window)  # hers, still to send
    counted = window.unsent_letters()
    answers.expect(
        "nextVolunteerQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click()
    )

    qtbot.mouseClick(find(window, QToolButton, "nextVolunteerButton"), Qt.MouseButton.LeftButton)

    asked = "nextVolunteerQuestion" in answers.seen
    assert (counted >= 1, asked, GREETING in letter_to(window)) == (True, True, True)


def test_f3_words_typed_in_his_letter_while_it_was_saved_are_let_go_when_only_his_went(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, small_stick: Path
) -> None:
    """Her President letter kept aside, she exports every letter to a small stick. While
    they are saved she goes back to the President's row, puts his first name in the
    greeting ("Dear President Nursultan Nazarbaev,") and goes back to the Prosecutor
    General's row. The stick fills after the first letter: "1 of 3 letters were saved", the
    President's, as it was when she pressed Export. Her corrected President letter, in no
    file, is let go: back on his row, his greeting has no first name. Had all three been
    saved, the window would have said "your changes since are still to send" and kept it."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    editor = find(window, QPlainTextEdit, "letterEditor")
    export_to_folder = window.output.export_to_folder

    def slow_stick(*args: object, **kwargs: object) -> None:
        export_to_folder(*args, **kwargs)  # type: ignore[arg-type]
        # while the letters are being saved: his first name, in his letter
        window.addressees_pane.addressee_list.setCurrentRow(0)
        assert GREETING in editor.toPlainText()
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.setPosition(editor.toPlainText().index(GREETING) + len("Dear President "))
        editor.setTextCursor(cursor)
        type_text(editor, "Nursultan ")
        window.addressees_pane.addressee_list.setCurrentRow(1)  # the Prosecutor General
        assert "Nursultan Nazarbaev," in letter_to(window)

    window.output.export_to_folder = slow_stick  # type: ignore[method-assign]
    warnings: list[str] = []
    answers.expect("exportDialog", type_path(small_stick))
    answers.expect("warning", lambda box: (warnings.append(box.text()), box.accept()))
    with qtbot.waitSignal(window.exported, timeout=30_000) as first:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: warnings != [], timeout=30_000)
    assert "1 of 3 letters were saved" in warnings[0]
    assert len(first.args[0]) == 1

    window.addressees_pane.addressee_list.setCurrentRow(0)  # back to the President

    assert "Dear President Nursultan Nazarbaev," in editor.toPlainText()


def test_f4_his_letter_that_went_while_set_aside_comes_back_as_unsent(
    qtbot: QtBot,
    event_evening: MainWindow,
    answers: ModalAnswers,
    small_stick: Path,
    tmp_path: Path,
) -> None:
    """Her President letter kept aside, she exports every letter to a small stick and,
    while they are saved, clicks the training action ("switchQuestion": Yes, kept). The
    stick fills after the President's letter ("1 of 3 letters were saved"). Back on UA
    129/10 she takes the draft offered, exports the two letters still ticked elsewhere: all
    three went. She unticks a talking point and ticks it again -- the same letters. The idle
    countdown counts every ticked letter as one it will clear unsent, and clicking the
    training action asks "switchQuestion" and keeps a draft: her President letter, which
    went, is still kept aside as hers (``went_while_set_aside`` unticks him but keeps it)."""
    window = event_evening
    _presidents_letter_made_her_own(qtbot, window)
    export_to_folder = window.output.export_to_folder

    def slow_stick(*args: object, **kwargs: object) -> None:
        export_to_folder(*args, **kwargs)  # type: ignore[arg-type]
        answers.expect(
            "switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
        )
        window.choose_pack(TRAINING)  # while the letters are being saved
        assert "switchQuestion" in answers.seen

    window.output.export_to_folder = slow_stick  # type: ignore[method-assign]
    warnings: list[str] = []
    answers.expect("exportDialog", type_path(small_stick))
    answers.expect("warning", lambda box: (warnings.append(box.text()), box.accept()))
    with qtbot.waitSignal(window.exported, timeout=30_000) as first:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: warnings != [], timeout=30_000)
    assert "1 of 3 letters were saved" in warnings[0]
    assert len(first.args[0]) == 1
    window.output.export_to_folder = export_to_folder  # type: ignore[method-assign]
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    assert "draftOffer" in answers.seen
    assert "president" not in {x.id for x in window.selected_addressees()}
    out = tmp_path / "out"
    out.mkdir()
    assert len(_export_all(qtbot, window, answers, out)) == 2

    item = window.letter_pane.points_list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setCheckState(Qt.CheckState.Checked)
    counted = window.unsent_letters()
    answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.choose_pack(TRAINING)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == TRAINING)
    asked = answers.seen.count("switchQuestion") > 1
    kept = window.services.drafts.shelved_actions()
    window.drafts.clear_all()  # the window closes at the test's end without a question

    assert (counted, asked, kept) == (0, False, [])

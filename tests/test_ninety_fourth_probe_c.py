"""Probe 94c: an organiser who does not code corrects an official's fax and greeting in
the pack editor in the middle of an event, and shares the corrected pack with the other
laptops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from letter_steps import choose, letter_to, my_pack
from qt_helpers import ModalAnswers, editor_discarded
from test_evening import type_text
from test_gui import open_window
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor

OLD_FAX = "+7 7172 72 05 16"
NEW_FAX = "+7 7172 99 88 77"


def _edit_president(
    qtbot: QtBot, window: MainWindow, lang: str, fax: str, greeting: str
) -> PackEditor:
    """Packs > Edit this pack, the President's fax and his greeting in ``lang`` typed
    over, as the organiser does; the editor is left open, checked, for Save."""
    editor = window.pack_menu.edit_pack()
    assert isinstance(editor, PackEditor)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    qtbot.waitUntil(lambda: not editor.checking)
    editor.text_language.setCurrentIndex(editor.text_language.findData(lang))
    editor.tabs.setCurrentWidget(editor.addressees_tab)
    editor.addressee_list.setCurrentRow(0)
    for edit, text in ((editor.addressee_edits["fax"], fax), (editor.salutation, greeting)):
        if text:
            edit.setFocus()
            edit.selectAll()
            type_text(edit, text)
    qtbot.waitUntil(lambda: not editor.checking)
    return editor


def test_f1_a_fax_corrected_in_the_editor_is_shared_as_the_same_pack(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser corrects the President's fax in the pack editor on her laptop, saves,
    exports the pack to a stick (Packs > Export) and imports it on the second laptop, which
    has the pack as it was. The second laptop asks "Replace the pack?" and tells her the
    stick "holds revision 1, the same one". Told it is the same, she answers No, and that
    laptop's volunteers go on faxing the old number all evening. The editor saved the
    changed fax under the same revision without a word, and the import compares only the
    revision numbers: a corrected copy and an identical one get the same message."""
    first, second = tmp_path / "first", tmp_path / "second"
    my_pack(first)
    my_pack(second)
    window = open_window(qtbot, first)
    choose(qtbot, window, "my-pack")
    editor = _edit_president(qtbot, window, "kk", NEW_FAX, "")
    editor.save()
    qtbot.waitUntil(lambda: window.pack is not None and window.pack.addressees[0].fax == NEW_FAX)
    stick = tmp_path / "stick"
    stick.mkdir()
    shared = window.pack_menu.export_pack(stick / "my-pack.uapack")
    assert shared is not None
    assert shared.is_file()

    other = open_window(qtbot, second)
    asked: list[str] = []

    def no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answers.expect("replacePackQuestion", no)
    other.pack_menu.import_pack(shared)
    assert asked, "no question before the installed copy was replaced"
    assert "the same one" not in asked[0], (
        f"a copy with a corrected fax number is called the same: {asked[0]!r}"
    )


def test_f2_a_greeting_typed_with_its_mark_in_the_editor_goes_out_with_two(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser types the President's new Kazakh greeting in the pack editor as it is
    written in a letter, "Құрметті Тоқаев мырза!". The field shows the old greeting with
    no mark, nothing says the letter adds one, the check finds no problem and Save asks
    nothing. Every Kazakh letter to the President then greets him "Құрметті Тоқаев
    мырза!!" (and an Arabic one "…،،"): the pack format says greetings carry no mark, and
    the template adds it."""
    data = tmp_path / "data"
    my_pack(data)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    assert window.options_pane.language() == "kk"
    editor = _edit_president(qtbot, window, "kk", "", "Құрметті Тоқаев мырза!")
    flagged = [p for p in editor.problems if "salutation" in str(p)]
    editor.save()
    qtbot.waitUntil(
        lambda: window.session is not None and "Тоқаев" in letter_to(window, "president")
    )
    letter = letter_to(window, "president")
    assert flagged or "мырза!!" not in letter, "the letter greets him with two marks"

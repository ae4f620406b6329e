"""Letters edited as plain text with field chips: nobody types ``{{ … }}``.

The engine half (:mod:`uawriter.letters.simple`) is checked on every bundled letter; the
window half drives the pack editor's Letters tab with real key presses and reads back the
template it saves and the letter it makes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from uawriter.bundled import bundled_packs_folder
from uawriter.gui.pack_editor import PackEditor
from uawriter.letters.simple import FIELDS, Field, pieces, template
from uawriter.pack_files import read_pack_files

BUNDLED_LETTERS = sorted(bundled_packs_folder().glob("*/letters/*.txt"))


@pytest.mark.parametrize("path", BUNDLED_LETTERS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_bundled_letter_is_text_and_fields_and_comes_back_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parts = pieces(text)
    assert parts is not None
    assert template(parts) == text
    assert Field("talking_points") in parts
    assert Field("salutation") in parts


def test_template_code_beyond_the_fields_is_not_simple() -> None:
    assert pieces("{% if lang == 'en' %}Dear{% endif %} {{ addressee.salutation }}") is None
    assert pieces("{{ addressee.salutation | upper }}") is None
    assert pieces("{# a note #}") is None


def test_braces_typed_in_the_letter_stay_text() -> None:
    written = template(["Write {{ date }} here {", Field("date")])
    assert pieces(written) == ["Write {{ date }} here {", Field("date")]
    assert "{{ date }} here" not in written.replace(FIELDS["date"], "", 1)


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> PackEditor:
    files = read_pack_files(bundled_packs_folder() / SEED_ID)
    files.data["id"] = "seed-copy"
    dialog = PackEditor(files, tmp_path / "packs")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.checking)
    dialog.tabs.setCurrentIndex(3)
    index = dialog.letter_language.findData("en")
    dialog.letter_language.setCurrentIndex(index)
    return dialog


def _cursor_after_chip(editor: PackEditor, key: str) -> None:
    """Put the cursor right after the first chip of ``key``."""
    letter = editor.letters_tab.letter_editor
    block = letter.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() == f"field:{key}":
                cursor = QTextCursor(letter.document())
                cursor.setPosition(fragment.position() + 1)
                letter.setTextCursor(cursor)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no chip {key}")


def test_the_letter_shows_fields_as_chips_not_code(editor: PackEditor) -> None:
    tab = editor.letters_tab
    letter = tab.letter_editor
    assert tab.pages.currentWidget() is letter
    assert letter.fields() == [
        "sender_block",
        "date",
        "address_block",
        "salutation",
        "talking_points",
        "sender_name",
    ]
    shown = letter.toPlainText()
    assert "{{" not in shown
    assert "{%" not in shown
    assert "I am writing to express my deep concern" in shown


def test_typing_after_a_chip_is_text_and_reaches_the_letter(
    qtbot: QtBot, editor: PackEditor
) -> None:
    letter = editor.letters_tab.letter_editor
    _cursor_after_chip(editor, "salutation")
    letter.setFocus()
    qtbot.keyClicks(letter, " and friends")
    saved = editor.files.templates["en"]
    assert "{{ addressee.salutation }} and friends," in saved
    qtbot.waitUntil(lambda: "Dear President and friends," in editor.letter_preview.toPlainText())


def test_one_backspace_removes_a_whole_field(qtbot: QtBot, editor: PackEditor) -> None:
    letter = editor.letters_tab.letter_editor
    _cursor_after_chip(editor, "talking_points")
    letter.setFocus()
    qtbot.keyClick(letter, Qt.Key.Key_Backspace)
    assert "talking_points" not in letter.fields()
    assert "{% for point in talking_points %}" not in editor.files.templates["en"]
    first_point = editor.files.data["talking_points"][0]["text"]["en"][:40]
    qtbot.waitUntil(lambda: "Yours sincerely" in editor.letter_preview.toPlainText())
    qtbot.waitUntil(lambda: first_point not in editor.letter_preview.toPlainText())
    assert "Dear President," in editor.letter_preview.toPlainText()


def test_a_field_from_the_menu_goes_where_the_cursor_is(qtbot: QtBot, editor: PackEditor) -> None:
    tab = editor.letters_tab
    letter = tab.letter_editor
    cursor = letter.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    letter.setTextCursor(cursor)
    qtbot.keyClicks(letter, "Re: ")
    menu = tab.insert_field.menu()
    action = next(a for a in menu.actions() if a.data() == "reference")
    action.trigger()
    assert letter.fields()[-1] == "reference"
    assert editor.files.templates["en"].endswith("Re: {{ action.reference }}")
    qtbot.waitUntil(lambda: editor.letter_preview.toPlainText().rstrip().endswith("Re: UA 129/10"))


def test_code_typed_in_the_letter_is_printed_not_run(qtbot: QtBot, editor: PackEditor) -> None:
    letter = editor.letters_tab.letter_editor
    cursor = letter.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    letter.setTextCursor(cursor)
    qtbot.keyClicks(letter, "P.S. {{ sender.email }} {% for x in range(9) %}x{% endfor %}")
    qtbot.waitUntil(lambda: not editor.checking)
    preview = editor.letter_preview.toPlainText()
    qtbot.waitUntil(
        lambda: (
            "P.S. {{ sender.email }} {% for x in range(9) %}x{% endfor %}"
            in editor.letter_preview.toPlainText()
        )
    )
    assert "xxxxxxxxx" not in preview


def test_copy_and_paste_inside_the_letter_keeps_the_chips(qtbot: QtBot, editor: PackEditor) -> None:
    letter = editor.letters_tab.letter_editor
    letter.selectAll()
    letter.copy()
    cursor = letter.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    letter.setTextCursor(cursor)
    letter.paste()
    assert letter.fields().count("salutation") == 2
    clipboard = QApplication.clipboard().text()
    assert "{{" not in clipboard  # another program gets the words, not code
    assert "I am writing to express" in clipboard


def test_a_letter_with_its_own_code_opens_as_code(qtbot: QtBot, editor: PackEditor) -> None:
    tab = editor.letters_tab
    tab.template.setPlainText(
        "{% if sender.initials %}Hello{% endif %}\n{{ addressee.salutation }}"
    )
    assert not tab.simple
    assert tab.pages.currentWidget() is tab.template
    assert tab.code_note.isVisibleTo(tab)
    assert not tab.insert_field.isEnabled()
    tab.template.setPlainText("{{ addressee.salutation }},\n\nHello")
    assert tab.simple
    assert tab.pages.currentWidget() is tab.letter_editor
    tab.show_code.setChecked(True)
    assert tab.pages.currentWidget() is tab.template

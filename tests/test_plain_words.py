"""A pack's problems in plain words: the field by the name the form shows, and what to do."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import SEED_ID, copy_bundled_pack, edit_manifest
from qt_helpers import editor_discarded
from uawriter.engine import check_pack_folder
from uawriter.gui.pack_editor import PackEditor
from uawriter.pack_files import read_pack_files
from uawriter.packs.loader import BrokenPack
from uawriter.packs.plain_words import plain_problem

#: Words of pack.toml that a volunteer filling in a form should never have to read.
CODE_WORDS = ("[[", "add kk =", "= …", "(a list)", "YYYY-MM-DD (a date, no quotes)")


def _broken_seed(tmp_path: Path) -> Path:
    folder = copy_bundled_pack(SEED_ID, tmp_path)
    edit_manifest(folder, 'ua_number = "129/10"', 'ua_number = ""')
    edit_manifest(folder, 'kk = "Құрметті Бас прокурор мырза"', "")
    edit_manifest(folder, "contacts_checked = ", "# contacts_checked = ")
    return folder


def test_each_problem_names_the_field_as_the_form_does(tmp_path: Path) -> None:
    folder = _broken_seed(tmp_path)
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    data = tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))
    words = sorted(plain_problem(p, data) for p in result.problems)
    assert "UA number: is empty: fill it in" in words
    assert "Contacts checked on: is empty: give a date" in words
    assert (
        "Addressee 2 (Prosecutor General of Kazakhstan), salutation in Kazakh: is empty: "
        "the pack has a letter in Kazakh, so fill it in in Kazakh"
    ) in words
    for line in words:
        assert not any(code in line for code in CODE_WORDS), line


def test_a_missing_letter_language_says_where_to_add_it(tmp_path: Path) -> None:
    folder = copy_bundled_pack(SEED_ID, tmp_path)
    (folder / "letters" / "kk.txt").unlink()
    edit_manifest(folder, "write_in_own_language = true", "write_in_own_language = false")
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    data = tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))
    assert [plain_problem(p, data) for p in result.problems] == [
        "Languages to write in: the action asks for letters in Kazakh: add a Kazakh letter "
        "(Letters ▸ Add a letter language)"
    ]


def test_the_editor_lists_problems_in_plain_words(qtbot: QtBot, tmp_path: Path) -> None:
    folder = _broken_seed(tmp_path)
    editor = PackEditor(read_pack_files(folder), tmp_path / "packs", folder)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    qtbot.waitUntil(lambda: not editor.checking)
    shown = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert "UA number: is empty: fill it in" in shown
    assert not any(code in line for line in shown for code in CODE_WORDS), shown
    ua = editor.field_edits["action.ua_number"]
    assert ua.toolTip() == "is empty: fill it in"

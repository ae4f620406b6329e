"""The section's postage table: read from the CSV a spreadsheet writes, kept on the laptop,
shown beside "Send by"; a pack that marks its country's post as suspended says so."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, copy_bundled_pack, edit_manifest
from qt_helpers import ModalAnswers, import_through
from test_gui import find, open_window
from uawriter.engine import check_pack_folder
from uawriter.gui.postage_dialog import PostageDialog
from uawriter.packs.loader import BrokenPack
from uawriter.storage.postage import Postage, PostageProblem, PostageTable, csv_text, read_csv

SECTION_CSV = (
    "Country;Rate;Suspended;Note\r\n"
    "KZ;1,10 €;no;Deutsche Post, Großbrief\r\n"
    "Russian Federation;1,10 €;ja;Post is not delivered since 2022\r\n"
    ";;;\r\n"
    "Deutschland;0,95 €;;\r\n"
)


def test_a_spreadsheet_csv_is_read_with_names_or_codes() -> None:
    table = read_csv(SECTION_CSV)
    assert table == {
        "KZ": Postage("KZ", "1,10 €", False, "Deutsche Post, Großbrief"),
        "RU": Postage("RU", "1,10 €", True, "Post is not delivered since 2022"),
        "DE": Postage("DE", "0,95 €", False, ""),
    }
    # written back and read again: the same table
    assert read_csv(csv_text(table.values())) == table


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rate,note\r\n1,x\r\n", "must name the columns"),
        ("country,rate\r\nAtlantis,1 €\r\n", "line 2: 'Atlantis' is not a country"),
        # a quote never closed: the rest of the file was one cell, named as no country
        ('country,rate\r\n"KZ,1 €\r\nDE,2 €\r\n', "line 2 opens a quote .* never closed"),
    ],
)
def test_a_wrong_csv_names_the_line_and_the_fix(text: str, message: str) -> None:
    with pytest.raises(PostageProblem, match=message):
        read_csv(text)


def test_the_table_is_kept_and_a_damaged_file_is_set_aside(tmp_path: Path) -> None:
    store = PostageTable(tmp_path / "postage.json")
    store.save(read_csv(SECTION_CSV))
    assert PostageTable(tmp_path / "postage.json").load()["RU"].suspended
    (tmp_path / "postage.json").write_text('{"format": "uawriter-postage", "countries": [[[')
    assert PostageTable(tmp_path / "postage.json").load() == {}


def test_a_pack_may_mark_its_countrys_post_suspended(tmp_path: Path) -> None:
    folder = copy_bundled_pack(SEED_ID, tmp_path, "seed")
    edit_manifest(folder, 'country = "KZ"', 'country = "KZ"\npost_suspended = true')
    pack = check_pack_folder(folder)
    assert not isinstance(pack, BrokenPack), pack
    assert pack.action.post_suspended
    edit_manifest(folder, "post_suspended = true", 'post_suspended = "yes"')
    broken = check_pack_folder(folder)
    assert isinstance(broken, BrokenPack)
    assert any(p.field == "action.post_suspended" for p in broken.problems)


def test_the_rate_or_the_suspension_shows_beside_send_by(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    note = find(window, QLabel, "postageNote")
    assert not note.isVisibleTo(window)  # no table yet: nothing to say

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PostageDialog)
        dialog.show_table(read_csv(SECTION_CSV))
        dialog.add_row(Postage("Kasachstan", "1,70 €", False, "Einschreiben"))
        dialog._accept()

    answers.expect("postageDialog", fill)
    window.menus.postage_action.trigger()
    qtbot.waitUntil(lambda: answers.seen == ["postageDialog"], timeout=30_000)
    assert note.isVisibleTo(window)
    # the row typed last wins: "Kasachstan" is KZ
    assert note.text() == "Post to Kazakhstan: 1,70 € for a letter of one sheet. Einschreiben"
    assert PostageTable(window.services.paths.postage_file).load()["KZ"].rate == "1,70 €"

    def suspend(dialog: QWidget) -> None:
        assert isinstance(dialog, PostageDialog)
        dialog.show_table({"KZ": Postage("KZ", "1,10 €", True, "")})
        dialog._accept()

    answers.expect("postageDialog", suspend)
    window.menus.postage_action.trigger()
    qtbot.waitUntil(lambda: len(answers.seen) == 2, timeout=30_000)
    assert note.text().startswith("Post to Kazakhstan is suspended: send by e-mail or fax")


def test_a_country_the_dialog_cannot_read_is_named_and_nothing_is_saved(
    qtbot: QtBot,
) -> None:
    dialog = PostageDialog({})
    qtbot.addWidget(dialog)
    dialog.add_row(Postage("Atlantis", "2 €"))
    dialog._accept()
    problem = find(dialog, QLabel, "postageProblem")
    assert problem.isVisibleTo(dialog)
    assert "Row 1: “Atlantis” is not a country" in problem.text()
    assert dialog.result() == 0


def _import(qtbot: QtBot, path: Path, answers: ModalAnswers) -> tuple[PostageDialog, str]:
    """``path`` imported into the postage dialog as an organiser does: the dialog and the
    warning shown ("" if none)."""
    dialog = PostageDialog({})
    qtbot.addWidget(dialog)
    return dialog, import_through(qtbot, dialog.import_button, "importPostageDialog", path, answers)


def test_a_table_saved_as_unicode_text_is_imported(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Excel's "Unicode Text" (UTF-16, tab separated) was refused with "'utf-8' codec can't
    decode byte 0xff in position 0"."""
    path = tmp_path / "postage.txt.csv"
    path.write_bytes("country\trate\r\nKZ\t1,10 €\r\n".encode("utf-16"))
    dialog, warning = _import(qtbot, path, answers)
    assert warning == ""
    assert dialog.entries() == {"KZ": Postage("KZ", "1,10 €")}


def test_a_table_in_a_windows_code_page_is_refused_saying_how_to_save_it(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    path = tmp_path / "postage.csv"
    path.write_bytes("country,rate\r\nKZ,1,10 €\r\n".encode("cp1252"))
    dialog, warning = _import(qtbot, path, answers)
    assert str(path) in warning
    assert "the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8”" in (
        warning
    )
    assert "codec" not in warning
    assert dialog.entries() == {}


FORMULAS = ['=HYPERLINK("http://evil")', "=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)"]


def test_an_exported_table_runs_no_formula_and_reads_back_the_same() -> None:
    """A rate of =HYPERLINK(…) from a stranger's CSV was exported as it was: the organiser
    opening the table in a spreadsheet got a live formula."""
    table = {
        code: Postage(code, rate, False, note)
        for code, rate, note in [
            ("KZ", FORMULAS[0], FORMULAS[1]),
            ("RU", FORMULAS[2], FORMULAS[3]),
            ("DE", FORMULAS[4], "'=typed with an apostrophe"),
            ("FR", "'1,10 €", "it's fine"),
        ]
    }
    text = csv_text(table.values())
    for row in csv.reader(io.StringIO(text)):
        assert not any(cell[:1] in "=+-@" for cell in row if cell), row
    assert read_csv(text) == table

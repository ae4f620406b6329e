"""Probe 75a: the organiser's tools in the window (the pack editor beside a drafted Urgent
Action, a pack saved with its problems, a pack's text pasted from elsewhere). Four
findings on 2f9de6a, each test failing on it; all four fixed.

P75a-F1  In a pack drafted from an Urgent Action, the pane beside the editor marks the lines
         each field was read from, by the field's place in the list (``addressees[1]``).
         Once an addressee (or a talking point) is removed, the next one moves up, and its
         fields are checked against the removed one's lines: the Prosecutor General's fax
         is shown beside "Fax: +7 7172 72 05 16", the President's.
P75a-F2  A letter pasted into the pack editor longer than a template may be (256 KiB) is
         listed as a problem; "Save a pack with problems?" Save writes it, and the pack
         is listed as broken, to be put right: Packs > Edit this pack… then says "The pack
         cannot be opened" ("larger than 262,144 bytes"), and the editor never opens it.
P75a-F3  A pack whose address or greeting holds a no-break space (U+00A0: text pasted from
         a web page or a PDF, in "Levoberezhe Street") stops every volunteer's letters
         with a false question: the letter box gives its text back with each no-break
         space made a space, so one word typed anywhere in the letter is "a change to a
         line that differs in each letter"; Export asks "Your changes are not in every
         letter … Go back" (the default) for the other officials' letters.
P75a-F4  An Urgent Action giving a fax with its country code in brackets, "Fax: (+7) 7172
         72 05 16", is drafted as "+7) 7172 72 05 16": the opening bracket dropped, the
         closing one kept. The pack accepts it, and the cover sheet and the letter's
         address block print the number so.

Fixed: the editor knows which drafted item each row is; a pack whose manifest or letter
is larger than a pack's file may be is not saved (the editor keeps it, and says which file
and how large); text boxes are read with their no-break spaces (``gui.common.plain_text``);
a fax number's brackets are paired, or left out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from helpers import ROOT, SEED_ID, copy_bundled_pack, edit_manifest
from qt_helpers import ModalAnswers, editor_discarded
from test_evening import type_text
from test_gui import open_window
from uawriter.drafting import draft_from_text
from uawriter.gui.draft_dialog import DraftDialog
from uawriter.gui.pack_editor import PackEditor
from uawriter.packs import limits

SEED_TXT = ROOT / "tests" / "data" / "drafting" / "ua-129-10-update3.txt"


def _drafted_editor(qtbot: QtBot, tmp_path: Path) -> PackEditor:
    """The seed Urgent Action drafted, and opened in the editor beside its text, as
    Packs > Draft a pack… then "Finish in the pack editor…" opens it."""
    dialog = DraftDialog()
    qtbot.addWidget(dialog)
    task = dialog.load_file(SEED_TXT)
    qtbot.waitUntil(lambda: task.finished)
    files = dialog.pack_files()
    assert files is not None
    assert dialog.draft is not None
    editor = PackEditor(files, tmp_path / "packs", source=dialog.draft)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _marked_for_fax(qtbot: QtBot, editor: PackEditor, row: int) -> str:
    """The lines of the Urgent Action marked beside the fax of the addressee at ``row``."""
    pane = editor.source_pane
    assert pane is not None
    editor.addressee_list.setCurrentRow(row)
    editor.point_text.setFocus()  # away, then back: the pane follows the focus
    editor.addressee_edits["fax"].setFocus()
    qtbot.waitUntil(lambda: pane.shown is not None and pane.shown[0].endswith(".fax"))
    return pane.marked_text()


def test_f1_after_an_addressee_is_removed_each_field_is_marked_against_its_own_lines(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser drafts UA 129/10 and removes the President (written to by another
    group). Checking the Prosecutor General's fax, now first in the list, against the UA,
    she is shown the President's fax line: the numbers differ, and she "corrects" the
    Prosecutor General's fax to the President's. Each field must be marked against the
    lines it was read from."""
    editor = _drafted_editor(qtbot, tmp_path)
    editor.tabs.setCurrentIndex(2)
    addressees = editor.files.data["addressees"]
    assert len(addressees) >= 2
    prosecutor_fax = str(addressees[1]["fax"])
    own_lines = _marked_for_fax(qtbot, editor, 1)
    assert prosecutor_fax in own_lines, own_lines

    editor.addressee_list.setCurrentRow(0)
    editor.addressees_tab.remove_addressee.click()
    assert editor.addressee_list.currentRow() == 0
    assert editor.addressee_edits["fax"].text() == prosecutor_fax

    marked = _marked_for_fax(qtbot, editor, 0)
    assert marked == own_lines, (
        f"the fax {prosecutor_fax!r} is shown beside {marked!r}, the lines of the addressee removed"
    )


def test_f1_after_a_talking_point_is_removed_each_point_is_marked_against_its_own_lines(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The same for a talking point: the first removed, the second (now first) is shown
    beside the lines of the one removed."""
    editor = _drafted_editor(qtbot, tmp_path)
    pane = editor.source_pane
    assert pane is not None
    editor.tabs.setCurrentIndex(1)
    assert editor.point_list.count() >= 2

    def marked_for_point(row: int) -> str:
        editor.point_list.setCurrentRow(row)
        editor.field_edits["id"].setFocus()
        editor.point_text.setFocus()
        qtbot.waitUntil(lambda: pane.shown is not None and "talking_points" in pane.shown[0])
        return pane.marked_text()

    own_lines = marked_for_point(1)
    editor.point_list.setCurrentRow(0)
    editor.points_tab.remove_point.click()
    marked = marked_for_point(0)
    assert marked == own_lines, f"the point is shown beside {marked!r}, the removed point's lines"


def test_f2_a_pack_saved_with_a_letter_too_long_can_be_opened_again(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Packs > New pack…, id "tonight"; the organiser pastes a letter with the UA's whole
    background in it, over the 256 KiB a template may have, and saves it with its
    problems to finish it tomorrow. The pack is listed as broken; Edit this pack… must
    open it to put it right (or the save must have refused what cannot be opened again,
    the editor still holding it): instead "The pack cannot be opened", and the pack can
    only be put right by hand in its folder."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    editor = window.pack_menu.new_pack()
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    qtbot.waitUntil(lambda: not editor.checking)
    field = editor.field_edits["id"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "tonight")
    editor.tabs.setCurrentIndex(3)
    letter = editor.files.templates["en"] + "Background. " * 25_000
    assert len(letter.encode("utf-8")) > limits.MAX_TEMPLATE_BYTES
    editor.template.setPlainText(letter)  # pasted
    qtbot.waitUntil(lambda: not editor.checking and editor.checked_files == editor.files)
    assert editor.problems
    answers.expect(
        "saveWithProblems", lambda box: box.button(QMessageBox.StandardButton.Save).click()
    )
    warnings: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warnings.append(box.text())
        box.accept()

    answers.expect("warning", read)  # "The pack could not be saved", if the save refuses it
    editor.save()
    tonight = data / "packs" / "tonight"
    if not tonight.exists():  # refused: the editor still holds the letter, and says why
        answers.pending.clear()
        assert editor.isVisible()
        assert editor.files.templates["en"] == letter
        assert any("en.txt" in text for text in warnings), warnings
        return
    answers.pending.clear()
    qtbot.waitUntil(lambda: window.actions_pane.current_key() == f"broken:{tonight}")

    answers.expect("warning", read)  # "The pack cannot be opened"
    window.pack_menu.edit_action.trigger()
    qtbot.wait(300)
    answers.pending.clear()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened = [
        w
        for w in app.topLevelWidgets()
        if isinstance(w, PackEditor) and w.isVisible() and w is not editor
    ]
    for other in opened:
        qtbot.addWidget(other, before_close_func=editor_discarded)
    assert [str(w.files.data.get("id")) for w in opened] == ["tonight"], (
        f"the pack saved from the editor cannot be opened in it again: {warnings}"
    )


def test_f3_a_no_break_space_in_an_address_is_no_change_of_the_volunteers(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser's pack has the President's street pasted from the presidency's web
    page, with a no-break space in it. A volunteer adds one sentence of her own at the end
    of the letter and exports it to all three officials: she is asked whether to go on
    without "her changes" to the address in the other two letters, with Go back the
    default, though she never touched the address. Nothing she typed is in that line."""
    data = tmp_path / "data"
    packs = data / "packs"
    packs.mkdir(parents=True)
    mine = copy_bundled_pack(SEED_ID, packs, "my-pack")
    edit_manifest(mine, f'id = "{SEED_ID}"', 'id = "my-pack"')
    edit_manifest(mine, "Levoberezhe Street", "Levoberezhe\u00a0Street")
    window = open_window(qtbot, data)
    window.choose_pack("my-pack")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == "my-pack")
    session = window.session
    assert session is not None
    assert "Levoberezhe\u00a0Street" in session.text
    assert len(window.selected_addressees()) > 1
    editor = window.findChild(QPlainTextEdit, "letterEditor")
    assert editor is not None
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    type_text(editor, "\nI am a teacher in Almaty.")
    qtbot.waitUntil(
        lambda: window.session is not None and "teacher in Almaty" in window.session.text
    )
    lacking = [a.display_name for a in window.edits_not_carried()]
    assert lacking == [], f"Export asks whether to send without her changes to: {lacking}"


def test_f4_a_country_code_in_brackets_is_drafted_without_a_stray_bracket() -> None:
    """The organiser drafts a UA that writes its fax numbers as "(+7) 7172 72 05 16", as
    many sections' UAs do. The President's fax comes out as "+7) 7172 72 05 16", which
    the pack check accepts, and every fax cover sheet of the evening prints it so: a
    number no one wrote, which the organiser is never told to check."""
    text = SEED_TXT.read_text(encoding="utf-8")
    assert "Fax: +7 7172 72 05 16" in text
    draft = draft_from_text(text.replace("Fax: +7 7172 72 05 16", "Fax: (+7) 7172 72 05 16", 1))
    fax = str(draft.fields()["addressees"][0].get("fax") or "")
    notes = draft.notes.get("addressees[0].fax", [])
    if not fax:  # left out: then it is said so
        assert notes, "the fax was dropped without a word"
        return
    assert fax.count("(") == fax.count(")"), f"drafted as {fax!r} ({notes})"

"""The pack editor: a section office makes a pack from nothing, and edits a bundled one's copy."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, editor_discarded
from uawriter.app import build_main_window
from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Pack
from uawriter.engine import check_pack_folder
from uawriter.gui import pack_editor
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor
from uawriter.pack_files import PackFiles, check_pack_files, new_pack
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_main_window(app, AppPaths(tmp_path / "data"))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "unexported", False))
    win.show()
    qtbot.waitUntil(lambda: win.session is not None)
    return win


def type_into(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def checked(qtbot: QtBot, editor: PackEditor) -> None:
    """Wait until the editor shows the result of its newest check (it runs in the background)."""
    qtbot.waitUntil(lambda: not editor.checking)


def test_a_new_pack_from_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    editor = window.pack_menu.new_pack()
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    checked(qtbot, editor)
    assert editor.problems, "a blank pack is not ready"
    ua = editor.field_edits["action.ua_number"]
    assert "is empty" in ua.toolTip()
    assert "border" in ua.styleSheet()  # the problem is shown on the field itself

    type_into(qtbot, editor.field_edits["id"], "ua-77-26")
    type_into(qtbot, ua, "77/26")
    type_into(qtbot, editor.field_edits["action.deadline"], "2026-12-20")
    type_into(qtbot, editor.text_edits["action.title"], "Journalist detained")
    type_into(qtbot, editor.text_edits["action.summary"], "A journalist was detained.")
    editor.tabs.setCurrentIndex(1)
    type_into(qtbot, editor.point_text, "Please release the journalist at once.")
    editor.tabs.setCurrentIndex(2)
    type_into(qtbot, editor.addressee_edits["title"], "Minister of the Interior")
    type_into(qtbot, editor.addressee_edits["fax"], "+1 555 0100")
    type_into(qtbot, editor.salutation, "Dear Minister")
    editor.check()
    checked(qtbot, editor)
    assert editor.problems == [], [str(p) for p in editor.problems]
    assert editor.status.text() == "The pack is ready to use."
    editor.tabs.setCurrentIndex(3)
    preview = editor.letter_preview.toPlainText()
    assert "Dear Minister," in preview
    assert "Please release the journalist at once." in preview

    with qtbot.waitSignal(editor.saved) as saved:
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    folder = saved.args[0]
    assert folder == tmp_path / "data" / "packs" / "ua-77-26"
    loaded = check_pack_folder(folder)
    assert not hasattr(loaded, "problems"), loaded
    assert "ua-77-26" in window.packs
    assert window.pack is not None
    assert window.pack.id == "ua-77-26"  # the new pack is shown, ready for letters


def test_bundled_packs_are_edited_as_a_copy(
    qtbot: QtBot, window: MainWindow, answers_fixture: ModalAnswers
) -> None:
    window._select_pack_item(SEED_ID)
    window._pack_chosen(window.pack_list.currentItem())
    assert window.pack is not None
    assert window.pack.id == SEED_ID
    before = (bundled_packs_folder() / SEED_ID / "pack.toml").read_bytes()
    answers_fixture.expect(
        "editCopyQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    editor = window.pack_menu.edit_pack()
    assert isinstance(editor, PackEditor)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    assert editor.field_edits["id"].text() == f"{SEED_ID}-copy"
    checked(qtbot, editor)
    assert editor.checked_files == editor.files
    assert editor.problems == []
    type_into(qtbot, editor.text_edits["action.title"], "Ethnic Uzbeks (our copy)")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert (bundled_packs_folder() / SEED_ID / "pack.toml").read_bytes() == before
    copy = window.packs[f"{SEED_ID}-copy"]
    assert copy.action.title.get("en") == "Ethnic Uzbeks (our copy)"
    assert not copy.bundled


@pytest.fixture
def answers_fixture() -> Iterator[ModalAnswers]:
    modal = ModalAnswers()
    yield modal
    modal.stop()


def test_import_a_shared_pack_and_share_it_again(
    qtbot: QtBot, window: MainWindow, answers_fixture: ModalAnswers, tmp_path: Path
) -> None:
    from uawriter.engine import export_pack_file

    shared = export_pack_file(window.packs["training-valdoria"], tmp_path / "stick")
    # the same file as another section's pack: a new id, so it installs beside the bundled one
    import shutil
    import zipfile

    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(shared) as archive:
        archive.extractall(unpacked)
    folder = next(unpacked.iterdir())
    manifest = folder / "pack.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'id = "training-valdoria"', 'id = "training-valdoria-section"'
        ),
        encoding="utf-8",
    )
    result = window.pack_menu.import_pack(folder)
    assert result.installed, result.message
    assert "training-valdoria-section" in window.packs
    assert window.pack is not None
    assert window.pack.id == "training-valdoria-section"

    # the same again: UA Writer asks before replacing it
    answers_fixture.expect(
        "replacePackQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click()
    )
    again = window.pack_menu.import_pack(folder)
    assert again.needs_confirmation
    assert answers_fixture.seen == ["replacePackQuestion"]

    written = window.pack_menu.export_pack(tmp_path / "again.uapack")
    assert written is not None
    assert written.exists()
    shutil.rmtree(unpacked)


def test_a_hostile_pack_is_refused_with_its_reason(
    qtbot: QtBot, window: MainWindow, answers_fixture: ModalAnswers, tmp_path: Path
) -> None:
    import zipfile

    bad = tmp_path / "evil.uapack"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../../evil.txt", "gotcha")
    seen: list[str] = []
    answers_fixture.expect("importRefused", lambda box: (seen.append(box.text()), box.accept()))
    result = window.pack_menu.import_pack(bad)
    assert result.refused
    assert seen
    user_packs = tmp_path / "data" / "packs"
    assert not user_packs.exists() or not any(user_packs.iterdir())


def test_draft_a_pack_from_an_urgent_actions_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from uawriter.gui.draft_dialog import DraftDialog

    seed = Path(__file__).parent / "data" / "drafting" / "ua-129-10-update3.txt"
    dialog = window.pack_menu.draft_pack()
    assert isinstance(dialog, DraftDialog)
    qtbot.addWidget(dialog)
    task = dialog.load_file(seed)
    assert dialog.drafting  # read and drafted in the background
    qtbot.waitUntil(lambda: task.finished)
    assert not dialog.drafting
    assert "129/10" in dialog.source.toPlainText()
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    row = rows["action.deadline"]
    assert dialog.table.item(row, 1).text() == "2011-07-22"
    assert "22 JULY 2011" in dialog.table.item(row, 2).text().upper()  # beside its lines
    assert "action.ua_number" in rows
    assert "addressees[2]" in rows
    with qtbot.waitSignal(dialog.accepted_files) as accepted:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    files = accepted.args[0]
    assert files.data["action"]["ua_number"] == "129/10"
    editors = list(window.findChildren(PackEditor))
    assert editors, "the draft opens in the pack editor"
    editor = editors[-1]
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    assert editor.field_edits["action.ua_number"].text() == "129/10"


def test_a_pack_dropped_on_the_window_is_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import zipfile

    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from uawriter.engine import export_pack_file

    shared = export_pack_file(window.packs["training-valdoria"], tmp_path / "shared.uapack")
    renamed = tmp_path / "renamed.uapack"
    with zipfile.ZipFile(shared) as source, zipfile.ZipFile(renamed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("pack.toml"):
                data = data.replace(b'id = "training-valdoria"', b'id = "training-dropped"')
            target.writestr(info, data)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(renamed))])
    point = QPointF(window.width() / 2, window.height() / 2)
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(point, actions, mime, buttons, keys))
    qtbot.waitUntil(lambda: "training-dropped" in window.packs)
    assert window.pack is not None
    assert window.pack.id == "training-dropped"


class HeldChecks:
    """Wraps the real ``check_pack_files``: records the thread each check runs on and holds
    the checks whose number is in ``hold`` until :meth:`release`."""

    def __init__(self, hold: set[int]) -> None:
        self.hold = hold
        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()

    def __call__(self, files: PackFiles) -> Pack | BrokenPack:
        number = len(self.threads)
        self.threads.append(threading.current_thread())
        if number in self.hold:
            assert self.gate.wait(10), "the test never released the check"
        return check_pack_files(files)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldChecks]:
    checks = HeldChecks(hold={0})
    monkeypatch.setattr(pack_editor, "check_pack_files", checks)
    yield checks
    checks.release()  # never leave a worker waiting


def test_the_check_runs_on_a_worker_thread(
    qtbot: QtBot, window: MainWindow, held: HeldChecks
) -> None:
    editor = window.pack_menu.new_pack()  # its first check is held on the worker
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    ua = editor.field_edits["action.ua_number"]
    assert editor.checking  # the dialog is up while its check still runs
    assert editor.status.text() == ""
    assert editor.problem_list.count() == 0
    assert ua.toolTip() == ""
    type_into(qtbot, editor.text_edits["action.title"], "Typed while the check runs")
    assert editor.files.data["action"]["title"]["en"] == "Typed while the check runs"

    held.release()
    checked(qtbot, editor)
    assert held.threads
    assert threading.main_thread() not in held.threads
    assert "is empty" in ua.toolTip()  # the result reached the fields
    assert editor.problem_list.count() == len(editor.problems) > 0
    assert "problem" in editor.status.text()


def test_an_older_check_does_not_overwrite_a_newer_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = HeldChecks(hold={1})  # the editor's first check passes, the second is held
    monkeypatch.setattr(pack_editor, "check_pack_files", checks)
    editor = PackEditor(new_pack(dt.date(2026, 3, 1)), tmp_path / "packs")  # its own runner
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    editor.show()
    checked(qtbot, editor)
    ua = editor.field_edits["action.ua_number"]
    assert "is empty" in ua.toolTip()

    older = editor.check()  # of the pack without a UA number: held
    # running, not only waiting for a thread (a check superseded before it began is skipped)
    qtbot.waitUntil(lambda: len(checks.threads) == 2)
    type_into(qtbot, ua, "77/26")
    newer = editor.check()
    qtbot.waitUntil(lambda: newer.finished)
    assert not older.finished
    assert ua.toolTip() == ""
    fields = [p.field for p in editor.problems]
    assert "action.ua_number" not in fields

    checks.release()
    qtbot.waitUntil(lambda: older.finished)
    assert ua.toolTip() == ""  # the older result came last and was dropped
    assert [p.field for p in editor.problems] == fields
    assert editor.checked_files == editor.files
    assert len(checks.threads) == 3
    editor.discard()


def test_save_waits_for_a_check_of_what_was_typed(
    qtbot: QtBot, window: MainWindow, answers_fixture: ModalAnswers, tmp_path: Path
) -> None:
    window._select_pack_item(SEED_ID)
    window._pack_chosen(window.pack_list.currentItem())
    answers_fixture.expect(
        "editCopyQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    editor = window.pack_menu.edit_pack()
    assert isinstance(editor, PackEditor)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    checked(qtbot, editor)
    assert editor.problems == []  # the copy is ready to use
    ua = editor.field_edits["action.ua_number"]
    ua.setFocus()
    ua.selectAll()
    qtbot.keyClick(ua, Qt.Key.Key_Backspace)  # now it is not
    assert ua.text() == ""
    answers_fixture.expect(
        "saveWithProblems", lambda box: box.button(QMessageBox.StandardButton.Cancel).click()
    )
    editor.save()  # at once: the check of the emptied field has not run yet
    assert answers_fixture.seen == ["editCopyQuestion", "saveWithProblems"]
    assert "action.ua_number" in [p.field for p in editor.problems]
    assert not (tmp_path / "data" / "packs" / f"{SEED_ID}-copy").exists()
    editor.discard()


def test_drafting_that_fails_says_why_in_a_message(
    qtbot: QtBot,
    window: MainWindow,
    answers_fixture: ModalAnswers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from uawriter.gui import draft_dialog

    dialog = window.pack_menu.draft_pack()
    qtbot.addWidget(dialog)
    said: list[tuple[str, str]] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append((box.windowTitle(), box.text()))
        box.accept()

    not_a_pdf = tmp_path / "ua.pdf"
    not_a_pdf.write_bytes(b"a letter, not a PDF")
    answers_fixture.expect("draftProblem", note)
    task = dialog.load_file(not_a_pdf)
    qtbot.waitUntil(lambda: task.finished)
    assert said == [
        (
            "The file cannot be read",
            f"{not_a_pdf}: is not a PDF (it does not start with %PDF-); if a PDF reader opens "
            "it, print it to a new PDF (Print, then Save as PDF), or copy the text and paste it",
        )
    ]
    assert dialog.draft is None
    assert dialog.draft_button.isEnabled()

    def broken(text: str) -> object:  # a bug in the drafting, on the worker thread
        raise RuntimeError("the drafter broke")

    monkeypatch.setattr(draft_dialog, "draft_from_text", broken)
    dialog.source.setPlainText("URGENT ACTION")
    answers_fixture.expect("draftProblem", note)
    task = dialog.run()
    qtbot.waitUntil(lambda: task.finished)
    assert said[1] == ("Nothing to draft from", "RuntimeError: the drafter broke")
    assert "Traceback" not in said[1][1]
    assert not dialog.drafting


def test_telephone_numbers_and_handles_are_edited_and_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    editor = window.pack_menu.new_pack()
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    checked(qtbot, editor)
    editor.tabs.setCurrentIndex(2)
    tab = editor.addressees_tab
    type_into(qtbot, tab.phones, "+502 2555 0199, +502 2555 0100")
    type_into(qtbot, tab.social, "Twitter: @MinGob, facebook: mingob.gt")
    addressee = editor.files.data["addressees"][0]
    assert addressee["phones"] == ["+502 2555 0199", "+502 2555 0100"]
    assert addressee["social"] == {"twitter": "@MinGob", "facebook": "mingob.gt"}
    type_into(qtbot, tab.phones, "call the office")
    editor.check()
    checked(qtbot, editor)
    assert "is not a telephone number" in tab.phones.toolTip(), [
        str(p) for p in editor.problems if "phone" in str(p)
    ]


def test_the_editor_fits_a_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    """1366×768 less a taskbar and a title bar: everything, Save included, is on screen."""
    editor = window.pack_menu.new_pack()
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1366
    assert hint.height() <= 690
    editor.resize(1366, 690)
    editor.show()
    qtbot.waitExposed(editor)
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    bottom_right = save.mapTo(editor, save.rect().bottomRight())
    assert editor.rect().contains(bottom_right)
    assert editor.height() <= 690


def test_a_todays_urgent_action_becomes_a_pack_beside_its_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """amnesty.org's layout, drafted in the window: the editor shows the UA beside the form,
    each field's lines marked when the field has the focus; the model letter is the letter;
    saved as it is, the pack is ready for letters."""
    from uawriter.gui.draft_dialog import DraftDialog

    ua = (
        Path(__file__).parent / "data/drafting/layouts/amnesty-org/lookalike-first-ua-guatemala.txt"
    )
    dialog = window.pack_menu.draft_pack()
    assert isinstance(dialog, DraftDialog)
    qtbot.addWidget(dialog)
    task = dialog.load_file(ua)
    qtbot.waitUntil(lambda: task.finished)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    editor = list(window.findChildren(PackEditor))[-1]
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    editor.show()
    qtbot.waitExposed(editor)
    checked(qtbot, editor)
    assert editor.field_edits["id"].text() == "ua-45-24"  # not "new-pack", one per UA
    pane = editor.source_pane
    assert pane is not None

    deadline = editor.field_edits["action.deadline"]
    assert deadline.text() == "2024-04-15"
    deadline.setFocus()
    qtbot.waitUntil(lambda: "UNTIL: 15 April 2024" in pane.marked_text())

    editor.tabs.setCurrentIndex(2)
    editor.addressees_tab.salutation.setFocus()
    qtbot.waitUntil(lambda: pane.marked_text() == "Dear Attorney General,")

    editor.tabs.setCurrentIndex(3)
    letter = editor.letters_tab.letter_editor
    assert "I am writing to express my concern" in letter.toPlainText()
    assert "talking_points" in letter.fields()
    assert editor.problems == [], [str(p) for p in editor.problems]
    with qtbot.waitSignal(editor.saved):
        editor.save()
    pack = window.packs["ua-45-24"]
    assert pack.action.deadline == dt.date(2024, 4, 15)
    assert pack.letter_languages == ("en",)
    assert [n.field for n in pack.notes] == ["action.write_in[0]"]  # no Spanish letter yet


def test_saving_never_replaces_another_pack_or_a_folder_outside(tmp_path: Path) -> None:
    """The id is a folder name: a second new pack with the same id does not replace the
    first, and an id typed as a path names no folder at all (issue 12, item 9)."""
    from uawriter.pack_files import save_pack_files

    packs = tmp_path / "packs"
    first = new_pack(dt.date(2026, 12, 4))
    first.data["id"] = "new-pack"
    written = save_pack_files(first, packs)
    before = (written / "pack.toml").read_bytes()
    second = new_pack(dt.date(2026, 12, 4))
    second.data["id"] = "new-pack"
    second.data["action"]["ua_number"] = "99/26"
    with pytest.raises(FileExistsError, match="already installed; give this one another id"):
        save_pack_files(second, packs)
    assert (written / "pack.toml").read_bytes() == before
    # editing the pack itself replaces it, as before
    second.data["revision"] = 2
    assert save_pack_files(second, packs, written) == written

    outside = tmp_path / "precious"
    outside.mkdir()
    (outside / "keep.txt").write_text("mine", encoding="utf-8")
    for bad in ("../precious", str(outside), "", "con"):
        evil = new_pack(dt.date(2026, 12, 4))
        evil.data["id"] = bad
        with pytest.raises(ValueError, match="id"):
            save_pack_files(evil, packs)
    assert (outside / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in packs.iterdir() if not p.name.startswith(".")) == ["new-pack"]


def test_a_corrected_revision_of_the_open_pack_replaces_it_in_the_window(
    qtbot: QtBot, window: MainWindow, answers_fixture: ModalAnswers, tmp_path: Path
) -> None:
    """The organiser imports a corrected revision of the action a volunteer has open: the
    letters then go to the new fax number, not the old one (issue 12, item 12)."""
    from helpers import copy_bundled_pack, edit_manifest

    first = copy_bundled_pack("training-valdoria", tmp_path / "r1", "valdoria-local")
    edit_manifest(first, 'id = "training-valdoria"', 'id = "valdoria-local"')
    edit_manifest(
        first, 'emails = ["ministra@justicia.valdoria.example"]', 'fax = "+99 21 555 0100"'
    )
    assert window.pack_menu.import_pack(first).installed
    assert window.pack is not None
    assert window.pack.id == "valdoria-local"
    assert window.pack.addressees[0].fax == "+99 21 555 0100"

    second = copy_bundled_pack("training-valdoria", tmp_path / "r2", "valdoria-local")
    edit_manifest(second, 'id = "training-valdoria"', 'id = "valdoria-local"')
    edit_manifest(second, "revision = 1", "revision = 2")
    edit_manifest(
        second, 'emails = ["ministra@justicia.valdoria.example"]', 'fax = "+99 21 555 0199"'
    )
    answers_fixture.expect(
        "replacePackQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    result = window.pack_menu.import_pack(second)
    assert result.installed, result.message
    qtbot.waitUntil(lambda: window.pack is not None and window.pack.revision == 2)
    assert window.pack.addressees[0].fax == "+99 21 555 0199"
    assert window.session is not None
    assert window.session.pack.revision == 2

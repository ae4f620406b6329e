"""Probe 74c: files on disk in the data folder that are not what they should be.

P74c-F1  A named pipe, or a link to a device (/dev/zero), in place of ``window.lock``: the
         window never opens, and nothing is said (the lock is read before it is looked at).
P74c-F2  A named pipe in place of ``errors.log``: the first error no code expected freezes
         the window for good (the log is opened for writing, which waits for a reader).
P74c-F3  A file named ``drafts`` in the data folder (where the drafts folder should be):
         Next volunteer stops half-way with NotADirectoryError, and the last volunteer's
         words stay on the screen for the next one.
P74c-F4  The same file: every autosave says "The draft could not be saved: File exists",
         naming no file, so no one can find what is in the way.
P74c-F5  A pack folder holding "COM¹.md", "LPT³.txt", "com0.md" or "LPT0.txt" passes
         validate, import and pack-export: Windows keeps those names for devices (its
         documentation names COM0-COM9, COM¹-COM³ and the same of LPT), and the pack's own
         id check refuses com0 already.
P74c-F6  The event window in Arabic mixes two sets of digits in one row: the hour "19:00"
         and the update "(التحديث 3)" in Western digits, the counts beside them in
         Arabic-Indic ones (٣, ٥), the big figure ٧.
P74c-F8  The event window's save dialogs suggest "Cafe_ 2026-12-10 …csv" for an evening
         named "Café" as macOS gives it (e and a combining accent), and "पत_र ल_खन" for
         "पत्र लेखन": every combining mark (an accent apart, a Devanagari vowel sign or
         virama) is taken for a character a file name may not hold.
P74c-F9  A stack file whose letters' official holds 120,000 address lines (2 MB) is
         offered back and taken; every save of the stack is then refused ("more than
         8 MiB to keep"), so the letters she adds after are not kept against a crash.
P74c-F10 A combined PDF saved under a long name (244 bytes, in Cyrillic),
         the export killed at its rename: the letters are counted, and the next start
         deletes the letters waiting (its temporary file names only the first 200 bytes,
         which the tally does not name), leaving an empty PDF counted as 3 letters.
P74c-F7  The event window on an 800-pixel-wide screen cuts every action to "UA 0…", "UA 1…" in
         its totals per action: the organiser cannot tell which action a row counts.

Fixed: a window.lock that is not a small plain file is set aside before Qt opens it;
errors.log is opened without waiting and written only as a plain file; a file where the
drafts folder should be is set aside at start and named in the start's warning, and one
that appears during the evening no longer stops Next volunteer, each save's message
naming the file in the way (F3 and F4 are tried with the file appearing after the start,
and at start); F5 is probe 74a's F1 (one rule for device names). The event window writes
its counts and its date in Western digits, as the rest of the Arabic interface writes
numbers (``gui.tally_views.count_text``; the take-back list too); the Action column is
never narrower than its longest action, and the table scrolls sideways when the counts
leave it too little room; a suggested file name is composed (NFC) first, and keeps a
combining mark after a letter it keeps. A stack file is read within what the window
writes of a letter (a pack's official made again from the pack; a damaged sender or copy,
or a stack too big to keep again, set aside and named); a long-named file killed at its
rename is finished under the name the tally records beside its hidden file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, run_uawriter
from qt_helpers import ModalAnswers
from test_evening import _event_window
from test_event_window import TONIGHT, evening, tasks  # noqa: F401 (tasks: a fixture)
from test_gui import open_window
from test_killed_halfway import AT_THE_RENAME, KILLED_EXPORT
from test_stack import _two_actions_on_the_stack
from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Pack
from uawriter.gui.event_window import EventWindow
from uawriter.gui.language import LanguageManager
from uawriter.gui.tally_views import TotalsTable
from uawriter.gui.tasks import TaskRunner
from uawriter.packs.folder_checks import folder_problems
from uawriter.storage.tally import EventInfo, TallyBook

_HOLD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from uawriter.app import hold_data_folder
from uawriter.paths import AppPaths
app = QApplication(["x", "-platform", "offscreen"])
lock = hold_data_folder(AppPaths(Path(sys.argv[1])))
where = Path(sys.argv[1]) / "window.lock"
# the lock is a plain file while it is held (it goes when the process ends)
print("held" if lock is not None and where.is_file() and not where.is_symlink() else "not held")
"""


@pytest.mark.parametrize("kind", ["named pipe", "link to a device"])
def test_f1_a_window_lock_that_is_a_pipe_or_a_device_does_not_stop_the_start(
    kind: str, tmp_path: Path
) -> None:
    """A volunteer double-clicks UA Writer and nothing ever opens: no window, no message,
    at every start, until someone finds ``window.lock`` in the data folder and removes it.
    A folder or a link going round in a circle there is set aside (the twelfth probe); a
    pipe, or a link to a device, is read by Qt's lock as a lock file and the start waits
    for ever (a pipe for a writer, /dev/zero for its end)."""
    data = tmp_path / "data"
    data.mkdir()
    where = data / "window.lock"
    if kind == "named pipe":
        os.mkfifo(where)
    else:
        where.symlink_to("/dev/zero")
    try:
        started = run_uawriter(data, str(data), script=_HOLD, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the start still waited on a {kind} in place of window.lock after 30 s")
    assert started.stdout.strip() == "held", started.stderr[-2000:]
    assert list(data.glob("window.lock.broken-*"))  # set aside, not deleted


_LOG = """
import sys
from pathlib import Path
from uawriter.gui.errors import write_log
print("written" if write_log(Path(sys.argv[1]), "ValueError: boom") else "not written")
"""


def test_f2_an_error_log_that_is_a_pipe_does_not_freeze_the_window(tmp_path: Path) -> None:
    """The window's last line of defence (an error no code expected is shown as a message
    and logged in ``errors.log``) opens the log for writing: a named pipe in its place
    waits for a reader that never comes, on the window's own thread, so the first such
    error leaves the volunteer a window that no longer answers (her letter with it). The
    log is a plain file or is not written; the message is shown either way."""
    data = tmp_path / "data"
    data.mkdir()
    log = data / "errors.log"
    os.mkfifo(log)
    try:
        logged = run_uawriter(data, str(log), script=_LOG, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("writing errors.log still waited on a named pipe after 30 s")
    assert logged.returncode == 0, logged.stderr[-2000:]


def _file_in_place_of_drafts(data: Path) -> None:
    """A file where the drafts folder is (a sync tool's conflict, a copy gone wrong)."""
    data.mkdir(parents=True, exist_ok=True)
    drafts = data / "drafts"
    if drafts.is_dir():
        shutil.rmtree(drafts)
    drafts.write_text("not a folder\n", encoding="utf-8")


def test_f3_a_file_in_place_of_the_drafts_folder_does_not_keep_her_words_for_the_next(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """At an event, a file named ``drafts`` in the data folder (a copy of the folder gone
    wrong on a stick, a sync tool's conflict): Next volunteer removes the drafts first,
    meets NotADirectoryError and stops there. The letter on the screen is still Alice's,
    with her address in it, for the next volunteer to read, print or sign."""
    data = tmp_path / "data"
    window = _event_window(qtbot, tmp_path)
    _file_in_place_of_drafts(data)  # during the evening
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Alice's own words, 12 Rose Lane")
    qtbot.waitUntil(lambda: "Rose Lane" in window.editor.toPlainText())
    try:
        window.event_controls.next_volunteer(ask_first=False)
        failed = ""
    except OSError as exc:
        failed = repr(exc)
    shown = window.editor.toPlainText()
    window.unexported = False
    (data / "drafts").unlink()  # the window closes after the test as it would have
    assert "Rose Lane" not in shown, failed
    assert failed == ""


def test_f4_a_draft_that_cannot_be_saved_names_what_is_in_the_way(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """With a file named ``drafts`` where the drafts folder should be, each autosave said
    "The draft could not be saved: File exists": which file exists, and where, was not
    said, so neither the volunteer nor the organiser could put it right, and her letter
    was not kept against a crash all evening. The message names the file (the export's
    messages do)."""
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: window.session is not None)
    _file_in_place_of_drafts(data)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " My own words.")
    qtbot.waitUntil(lambda: any("could not be saved" in s for s in said), timeout=15_000)
    window.unexported = False
    (data / "drafts").unlink()  # the window closes after the test as it would have
    refused = next(s for s in said if "could not be saved" in s)
    assert str(data / "drafts") in refused, refused


def test_f4_a_file_in_place_of_the_drafts_folder_at_start_is_set_aside_and_said(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Found at start, the file is set aside (kept) and named in the start's one warning,
    and her letter is kept against a crash again."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "drafts").write_text("not a folder\n", encoding="utf-8")
    warned: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warned.append(box.text())
        box.accept()

    answers.expect("warning", read)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: window.session is not None and bool(warned))
    kept = list(data.glob("drafts.broken-*"))
    assert len(kept) == 1
    assert str(kept[0]) in warned[0]
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " My own words.")
    qtbot.waitUntil((data / "drafts" / "current.json").is_file, timeout=15_000)
    window.unexported = False


@pytest.mark.parametrize("name", ["COM\u00b9.md", "lpt\u00b3.txt", "com0.md", "LPT0.txt"])
def test_f5_a_pack_file_named_as_a_windows_device_is_refused(name: str, tmp_path: Path) -> None:
    """An organiser shares a pack whose README is called "COM¹.md" (or "LPT0.txt"):
    validate says OK and pack-export writes the .uapack, and on the Windows laptop at the
    event the file cannot be made (Windows keeps COM0-COM9, COM¹-COM³, LPT0-LPT9 and
    LPT¹-LPT³ for devices, as it does CON and NUL, which are refused). The pack id check
    of this app already refuses "com0"."""
    folder = tmp_path / "pack"
    shutil.copytree(bundled_packs_folder() / SEED_ID, folder)
    (folder / name).write_text("Read me.\n", encoding="utf-8")

    # what validate, import and pack-export check a pack folder with, besides its letters
    problems = folder_problems(folder)

    assert any(p.file.endswith(name) for p in problems), f"{name} passed: {problems}"


def _event_window_shown(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, packs: dict[str, Pack]
) -> EventWindow:
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(evening(packs))
    window = EventWindow(
        book,
        runner,
        event=TONIGHT,
        packs=[packs[SEED_ID], packs["training-valdoria"]],
        now=lambda: dt.datetime(2026, 12, 10, 22, 0, tzinfo=dt.UTC),
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        window.show()
    qtbot.waitExposed(window)
    return window


def test_f6_the_event_window_in_arabic_uses_one_set_of_digits(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811 (a fixture)
    packs: dict[str, Pack],
) -> None:
    """On the projector in the Arabic interface, the hour row reads "19:00 | ٣" and the
    action row "UA 129/10 (التحديث 3) | ٥": Western digits and Arabic-Indic ones side by
    side in one row, so a reader of either misreads half the table (the pack editor and
    the volunteer's number keep Western digits in Arabic)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = LanguageManager(app)
    manager.set_language("ar")
    try:
        window = _event_window_shown(qtbot, tmp_path, tasks, packs)
        texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
        for tree in window.findChildren(QTreeWidget):
            for row in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(row)
                texts += [item.text(column) for column in range(tree.columnCount())]
    finally:
        manager.set_language("en")
    shown = "".join(texts)
    western = sorted({c for c in shown if "0" <= c <= "9"})
    arabic_indic = sorted({c for c in shown if "\u0660" <= c <= "\u0669"})
    assert not (western and arabic_indic), (western, arabic_indic, texts)


def test_f7_the_totals_per_action_name_each_action_on_a_small_screen(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811 (a fixture)
    packs: dict[str, Pack],
) -> None:
    """The event window opened on a screen 800 pixels wide (a netbook, a projector's
    resolution) gives the Action column what the ten count columns leave: about 60
    pixels, and both of tonight's actions read "UA …" ("UA 0…", "UA 1…"). Which action a
    row of counts belongs to is the one thing the row must say."""
    window = _event_window_shown(qtbot, tmp_path, tasks, packs)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width()  # the window fits the screen
    table = window.findChild(TotalsTable)
    assert table is not None
    table.scrollToItem(table.topLevelItem(0))
    titles = [table.topLevelItem(row).text(0) for row in range(table.topLevelItemCount() - 1)]
    room = table.header().sectionSize(0)
    needed = table.sizeHintForColumn(0)
    assert room >= needed, (screen.size(), window.size(), room, needed, titles)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Cafe\u0301 des droits", "Caf\u00e9 des droits"),  # as macOS gives a pasted name
        (
            "\u092a\u0924\u094d\u0930 \u0932\u0947\u0916\u0928",
            "\u092a\u0924\u094d\u0930 \u0932\u0947\u0916\u0928",
        ),
    ],
)
def test_f8_an_evening_name_with_combining_marks_is_kept_in_the_file_name(
    qtbot: QtBot,
    tmp_path: Path,
    answers: ModalAnswers,
    tasks: TaskRunner,  # noqa: F811 (a fixture)
    packs: dict[str, Pack],
    name: str,
    shown: str,
) -> None:
    """The organiser saves the evening's report for the section office: the name offered
    is "Cafe_ des droits 2026-12-10.csv" for "Café des droits" pasted on a Mac (e and a
    combining accent: what macOS gives for names), and "पत_र ल_खन 2026-12-10.csv" for an
    evening in Hindi, each vowel sign and virama a "_". A combining mark is part of the
    letter before it, not a character a file name may not hold."""
    event = EventInfo.new(name, "", "2026-12-10")
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record([replace(r, event_id=event.id, event=event.name) for r in evening(packs)[:2]])
    window = EventWindow(
        book,
        tasks,
        event=event,
        packs=[packs[SEED_ID], packs["training-valdoria"]],
        now=lambda: dt.datetime(2026, 12, 10, 22, 0, tzinfo=dt.UTC),
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        window.show()
    suggested: list[str] = []

    def note_the_name(box: QWidget) -> None:
        assert isinstance(box, QFileDialog)
        line = box.findChild(QLineEdit, "fileNameEdit")
        assert line is not None
        suggested.append(line.text())
        box.reject()

    answers.expect("saveTallyCsvDialog", note_the_name)
    button = window.findChild(QPushButton, "saveCsvButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(suggested))

    (offered,) = suggested
    assert unicodedata.normalize("NFC", offered).startswith(shown), offered


def test_f9_a_stack_taken_back_can_be_kept_again(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A damaged stack file (drafts/stack.json, 2 MB: each letter's official with 120,000
    address lines) is offered back after a crash, and Yes takes it. From then on every
    change to the stack says "Your stack could not be saved: more than 8 MiB to keep":
    the file is written indented, three times the size read, and refused. A volunteer who
    adds her next letters and then loses the laptop's power loses them all. What is taken
    back can be written back (or the damaged file is set aside, as a draft is)."""
    data = tmp_path / "data"
    first = open_window(qtbot, data)
    _two_actions_on_the_stack(qtbot, first, answers)
    first.hide()
    stack_file = data / "drafts" / "stack.json"
    raw = json.loads(stack_file.read_text(encoding="utf-8"))
    for entry in raw["entries"]:
        for one in entry["letters"]:
            one["addressee"]["address"] = ["a"] * 120_000
    stack_file.write_text(json.dumps(raw, separators=(",", ":")), encoding="utf-8")
    assert stack_file.stat().st_size < 3 * 1024 * 1024

    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    said: list[str] = []
    window = open_window(qtbot, data)
    window.statusBar().messageChanged.connect(said.append)
    qtbot.waitUntil(lambda: "stackOffer" in answers.seen, timeout=30_000)
    qtbot.wait(500)
    window.stack_keeper.keep()  # what every change to the stack does

    assert not window.stack_pane.is_empty()
    refused = [s for s in [*said, window.statusBar().currentMessage()] if "not be saved" in s]
    assert refused == [], refused


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_f10_a_long_named_file_killed_at_its_rename_is_finished(tmp_path: Path) -> None:
    """The volunteer saves all her letters as one PDF named at length in Russian (244
    bytes; a file name may have 255). The laptop's battery dies at the last step, after
    the letters were counted: the next start finds the letters waiting in the hidden file
    and deletes them, since that file names only the first 200 bytes of the name and the
    tally names the whole. What is left is an empty PDF of her name, counted as three
    letters: the letters are neither on paper nor to be found."""
    from pypdf import PdfReader

    data = tmp_path / "data"
    data.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    name = "Письма вечера Пиши ради прав — " * 4  # with " Алматы.pdf": 244 bytes
    combined = out / (name.strip() + " Алматы.pdf")
    assert 200 < len(combined.name.encode("utf-8")) <= 255
    argv = ["--pack", SEED_ID, "--lang", "ru", "--sender-name", "A. B."]
    script = KILLED_EXPORT.format(nth=1, **AT_THE_RENAME)
    killed = run_uawriter(data, *argv, "--combined", str(combined), script=script)
    assert killed.returncode == -9, killed.stderr

    again = run_uawriter(data, "export", *argv, "--out", str(tmp_path / "elsewhere"))
    assert again.returncode == 0, again.stderr

    counted = TallyBook(data / "tally.jsonl").read().letters
    in_file = [r for r in counted if r.file == str(combined)]
    assert in_file  # the letters were counted before the kill
    assert combined.stat().st_size > 0, "an empty file counted as letters"
    assert sum(r.pages for r in in_file) == len(PdfReader(combined).pages)
    assert list(out.glob(".*")) == []

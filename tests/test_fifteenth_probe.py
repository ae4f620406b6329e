"""What the fifteenth probe and the review after it found, each with the input that showed it.

Each test names what went wrong before the fix: the volunteer's or organiser's view first,
then the cause.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import ROOT, SEED_ID, TRAINING_ID, run_uawriter
from qt_helpers import ModalAnswers, type_path
from test_evening import _export_all
from test_gui import find, open_window
from uawriter.storage.tally import LetterRecord, TallyBook

# -- the window: letters that could not be counted -------------------------------------------


def _close_any_dialog() -> None:
    widget = QApplication.activeModalWidget()
    if widget is not None:
        widget.close()


def test_the_window_asks_before_sending_letters_it_cannot_count(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """With a tally that cannot be written (a write-protected stick; here a folder in its
    place) the window wrote every letter and only then said they were not counted: the
    volunteer had left, and the organiser's totals came up short. The command line refuses
    first; the window now asks first, and the volunteer may still send their letters."""
    data = tmp_path / "data"
    tally = data / "tally.jsonl"
    tally.mkdir(parents=True)
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    said: list[str] = []

    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answers.expect("tallyNotWritable", refuse)
    # without the question the save dialog would wait for ever: close whatever is open
    QTimer.singleShot(8000, _close_any_dialog)
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said != [], timeout=5000)
    assert str(tally) in said[0]
    assert "not a regular file" in said[0]
    assert "tell the organiser" in said[0]
    assert QApplication.activeModalWidget() is None  # "No": no save dialog follows
    out = tmp_path / "letters"
    out.mkdir()
    assert list(out.iterdir()) == []

    # "Yes": the letters go out all the same, and the status line says they were not counted
    answers.expect(
        "tallyNotWritable", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers.seen) == 4, timeout=5000)
    assert answers.seen == ["tallyNotWritable"] * 2 + ["exportDialog", "exportDone"]
    files = [Path(name) for name in exported.args[0]]
    assert len(files) == 3
    assert all(path.parent == out and path.is_file() for path in files)
    assert tally.is_dir()
    assert "could not be counted" in window.statusBar().currentMessage()


def test_the_window_sends_without_asking_when_the_tally_can_be_written(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    out = tmp_path / "letters"
    out.mkdir()
    files = _export_all(qtbot, window, answers, out)
    assert len(files) == 3
    assert "tallyNotWritable" not in answers.seen
    tally = (tmp_path / "data" / "tally.jsonl").read_text(encoding="utf-8")
    assert len(tally.splitlines()) == 3


# -- killed half way, and two at once (the probe killed at each call to the system) ----------

#: ``uawriter ARGV`` killed at the first ``os.replace`` whose target ends with ``{suffix}``:
#: the letters counted, their file not yet under its name.
KILLED_AT_RENAME = """
import os, signal, sys
real = os.replace
def replace(source, target, *args, **kwargs):
    if str(target).endswith({suffix!r}):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(source, target, *args, **kwargs)
os.replace = replace
from uawriter.app import main
sys.argv = ["uawriter", *sys.argv[1:]]
main()
"""

EXPORT = ["export", "--pack", SEED_ID, "--lang", "ru", "--sender-name", "A. B."]


def _letters(data: Path) -> list[LetterRecord]:
    return list(TallyBook(data / "tally.jsonl").read().letters)


def test_a_combined_file_under_a_new_name_killed_at_its_rename_is_finished(
    tmp_path: Path,
) -> None:
    """``export --combined NEW.pdf --overwrite`` (what the window's "one PDF" always runs)
    killed after its three letters were counted, before the PDF took its name: the next
    export deleted the hidden PDF, as nothing had the name yet. Three letters counted, no
    file."""
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    combined = out / "all three.pdf"
    script = KILLED_AT_RENAME.format(suffix="all three.pdf")
    killed = run_uawriter(data, *EXPORT, "--combined", str(combined), "--overwrite", script=script)
    assert killed.returncode == -9, killed.stderr
    assert not combined.exists()
    assert len(list(out.glob(".*.uawriter.tmp"))) == 1
    assert len(_letters(data)) == 3

    later = run_uawriter(data, *EXPORT, "--out", str(tmp_path / "later"))  # the next volunteer
    assert later.returncode == 0, later.stderr

    assert list(out.glob(".*")) == []
    assert len(PdfReader(combined).pages) >= 3  # finished: whole, under its name
    records = _letters(data)
    assert len(records) == 6
    assert sum(Path(r.file) == combined for r in records) == 3


def test_a_killed_tally_export_leaves_no_empty_file_that_merges_as_nothing(
    tmp_path: Path,
) -> None:
    """Killed as it wrote, ``tally export`` left an empty file under its name: trying again
    said "exists already", and the organiser merging it read "0 added, 0 already counted",
    exit status 0: a whole laptop's letters missing from the totals without a word."""
    data, stick = tmp_path / "data", tmp_path / "stick"
    stick.mkdir()
    assert run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out")).returncode == 0
    carried = stick / "laptop-2.jsonl"
    script = KILLED_AT_RENAME.format(suffix="laptop-2.jsonl")
    assert run_uawriter(data, "tally", "export", str(carried), script=script).returncode == -9
    assert carried.read_bytes() == b""  # the name claimed, the records not yet in it

    again = run_uawriter(data, "tally", "export", str(carried))
    assert again.returncode == 0, again.stderr
    assert "3 records written" in again.stdout
    assert list(stick.glob(".*")) == []

    organiser = tmp_path / "organiser"
    merged = run_uawriter(organiser, "tally", "merge", str(carried))
    assert merged.returncode == 0, merged.stderr
    assert "3 added" in merged.stdout


def test_an_empty_tally_file_is_named_at_a_merge_not_merged_as_nothing(tmp_path: Path) -> None:
    carried = tmp_path / "laptop-2.jsonl"
    carried.write_bytes(b"")
    merged = run_uawriter(tmp_path / "organiser", "tally", "merge", str(carried))
    assert merged.returncode == 1
    assert "laptop-2.jsonl is empty" in merged.stderr
    assert "Export the tally again" in merged.stderr
    assert "Traceback" not in merged.stderr


def test_a_tally_saved_again_by_notepad_merges_its_first_record(tmp_path: Path) -> None:
    """A byte-order mark at the start made the first record unreadable: 2 of 3 merged."""
    data = tmp_path / "data"
    assert run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out")).returncode == 0
    carried = tmp_path / "laptop-2.jsonl"
    assert run_uawriter(data, "tally", "export", str(carried)).returncode == 0
    text = carried.read_text(encoding="utf-8")
    carried.write_bytes("\ufeff".encode() + text.replace("\n", "\r\n").encode("utf-8"))

    merged = run_uawriter(tmp_path / "organiser", "tally", "merge", str(carried))

    assert merged.returncode == 0, merged.stderr
    assert "3 added" in merged.stdout


def test_a_report_that_cannot_be_written_whole_writes_nothing(tmp_path: Path) -> None:
    """``tally --csv A --pdf B`` with B unwritable wrote A; run again, it said A existed."""
    data = tmp_path / "data"
    assert run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out")).returncode == 0
    csv, pdf = tmp_path / "totals.csv", tmp_path / "no such folder" / "totals.pdf"

    done = run_uawriter(data, "tally", "--csv", str(csv), "--pdf", str(pdf))

    assert done.returncode != 0
    assert str(pdf) in done.stderr
    assert "Traceback" not in done.stderr
    assert not csv.exists()
    (tmp_path / "no such folder").mkdir()
    again = run_uawriter(data, "tally", "--csv", str(csv), "--pdf", str(pdf))
    assert again.returncode == 0, again.stderr
    assert csv.is_file()
    assert len(PdfReader(pdf).pages) >= 1


#: An export whose first temporary file waits, just made and not yet locked, until the test
#: has run a cleanup of the folder (the moment another export starting there runs it).
SLOW_FIRST_TEMPORARY = """
import os, sys, tempfile, time
from pathlib import Path
real = tempfile.mkstemp
made = []
def mkstemp(*args, **kwargs):
    fd, name = real(*args, **kwargs)
    if name.startswith({folder!r}) and not made:
        made.append(name)
        Path({created!r}).write_text(name)
        for _ in range(1200):
            if os.path.exists({cleaned!r}):
                break
            time.sleep(0.05)
    return fd, name
tempfile.mkstemp = mkstemp
from uawriter.app import main
sys.argv = ["uawriter", *sys.argv[1:]]
main()
"""


def test_a_cleanup_never_takes_a_letter_being_written_for_an_abandoned_one(
    tmp_path: Path,
) -> None:
    """A second export into the folder cleans up what killed exports left. In the moment
    between the first export making its temporary file and locking it, the cleanup took
    it for abandoned and removed it: the first export failed, naming a hidden file."""
    from uawriter.atomic import remove_stale_temporaries

    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    created, cleaned = tmp_path / "created", tmp_path / "cleaned"
    script = SLOW_FIRST_TEMPORARY.format(
        created=str(created), cleaned=str(cleaned), folder=str(out / ".")
    )
    first = subprocess.Popen(
        [sys.executable, "-c", script, *EXPORT, "--out", str(out)],
        env={**os.environ, "UAWRITER_DATA_DIR": str(data)},
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(1200):
            if created.exists() or first.poll() is not None:
                break
            time.sleep(0.05)
        temporary = Path(created.read_text())
        assert remove_stale_temporaries(out) == [temporary]  # the moment the probe found
        cleaned.write_text("")
        said = first.communicate(timeout=120)
    finally:
        first.kill()
    assert first.returncode == 0, said
    letters = sorted(out.glob("*.pdf"))
    assert len(letters) == 3
    assert all(len(PdfReader(letter).pages) >= 1 for letter in letters)
    assert list(out.glob(".*")) == []
    assert sorted(Path(r.file) for r in _letters(data)) == letters


def test_a_shared_pack_file_is_never_replaced_without_overwrite(tmp_path: Path) -> None:
    """Two ``pack-export`` runs to one new name at once: both said they wrote it, and the
    file held one pack. The name is now claimed as the file is written, not looked at
    first."""
    from uawriter.engine import export_pack_file, load_catalog
    from uawriter.paths import AppPaths

    packs = {p.id: p for p in load_catalog(AppPaths(tmp_path / "data")).packs}
    target = tmp_path / "shared.uapack"
    export_pack_file(packs[SEED_ID], target)
    first = target.read_bytes()

    with pytest.raises(FileExistsError):
        export_pack_file(packs[TRAINING_ID], target)

    assert target.read_bytes() == first
    assert list(tmp_path.glob(".*")) == []
    export_pack_file(packs[TRAINING_ID], target, overwrite=True)
    assert target.read_bytes() != first

"""Probe 103a: odd but valid JSON in the settings file, and the command line run with a
closed standard stream.

A remembered folder whose name is longer than the disk allows (a settings file copied from
another computer, a hand edit, a stick formatted otherwise) stopped the window's Export and
the e-mail outbox with an error instead of opening the folder dialog elsewhere; the command
line run with its output or input closed (a launcher, a cron job) ended in a traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import ROOT
from qt_helpers import ModalAnswers
from test_gui import find, open_window
from uawriter.paths import AppPaths
from uawriter.storage.postage import PostageProblem, PostageTable, read_csv
from uawriter.storage.settings import Settings, SettingsStore

#: One folder name of 300 bytes: more than the 255 a name may have on ext4, NTFS or FAT.
_TOO_LONG = "Lettres du groupe " + "a" * 282


def _settings_with(data_dir: Path, **changes: str) -> None:
    store = SettingsStore(AppPaths(data_dir).settings_file)
    store.save(Settings().with_changes(**changes))


def test_f1_a_remembered_export_folder_with_a_name_too_long_still_opens_the_export_dialog(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The settings remember where letters were last exported. A folder name there longer
    than the disk allows (a settings file from another laptop, a hand edit) is valid JSON,
    and the window opens; but the volunteer's click on Export stopped with an error
    (``Path.is_dir`` raising "File name too long") before any dialog: no letter of the
    evening could be exported until the organiser found and edited the settings file. The
    dialog should open in Documents or the home folder instead, as for a folder that is
    gone."""
    data = tmp_path / "data"
    _settings_with(data, export_folder=str(tmp_path / _TOO_LONG / "letters"))
    window = open_window(qtbot, data)
    window.choose_pack("ua-129-10-u3")
    qtbot.waitUntil(lambda: window.session is not None)

    opened_in: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        opened_in.append(dialog.directory().absolutePath())
        dialog.reject()

    answers.expect("exportDialog", cancel)
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened_in), timeout=30_000)
    assert Path(opened_in[0]).is_dir()
    window.unexported = False


def test_f2_a_remembered_outbox_with_a_name_too_long_asks_for_another(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The same for the e-mail outbox remembered in the settings: a folder name too long
    for the disk made the first e-mail of the evening stop with an error ("File name too
    long") instead of asking where to collect the e-mails."""
    data = tmp_path / "data"
    _settings_with(data, outbox_folder=str(tmp_path / _TOO_LONG))
    window = open_window(qtbot, data)

    asked: list[str] = []

    def cancel(dialog: QWidget) -> None:
        asked.append(dialog.objectName())
        dialog.reject()

    answers.expect("outboxDialog", cancel)
    assert window.outbox.outbox() is None
    assert asked == ["outboxDialog"]


def _uawriter_with_closed(fd: int, data_dir: Path, *argv: str) -> subprocess.CompletedProcess:
    """``uawriter ARGV`` with its standard input (0) or output (1) closed, as a launcher or
    a cron job may start it."""
    return subprocess.run(
        [sys.executable, "-m", "uawriter", *argv],
        stdin=subprocess.DEVNULL if fd != 0 else None,
        stdout=subprocess.PIPE if fd != 1 else None,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "UAWRITER_DATA_DIR": str(data_dir)},
        cwd=ROOT,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.close(fd),  # the child's own stream only
    )


def test_f3_packs_with_its_output_closed_ends_with_a_message_not_a_traceback(
    tmp_path: Path,
) -> None:
    """``uawriter packs`` started with no standard output (closed by the launcher) ended in
    a Python traceback ("'NoneType' object has no attribute 'write'"), where a full disk
    or a closed pipe gives one line, "could not write the output"."""
    done = _uawriter_with_closed(1, tmp_path / "data", "packs")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr[-600:]
    assert "uawriter:" in done.stderr


def test_f4_draft_pack_from_a_closed_standard_input_says_so(tmp_path: Path) -> None:
    """``uawriter draft-pack -`` with no standard input (closed, not empty) ended in a
    traceback ("'NoneType' object has no attribute 'buffer'") instead of a line saying the
    standard input could not be read."""
    done = _uawriter_with_closed(0, tmp_path / "data", "draft-pack", "-")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr[-600:]
    assert "standard input" in done.stderr


#: A country cell of open brackets: 60,000 bytes, a quarter of what a postage CSV may hold;
#: and one of as many letters, which names no country either, read as quickly as any cell.
_BRACKETS = "(" * 60_000
_LETTERS = "a" * 60_000
#: The brackets may take this many times the letters, both timed in the same run (the
#: machine's speed cancels out): they took some ten thousand times as long.
_RATIO = 20


def _best_of_three(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _refused(text: str) -> None:
    with contextlib.suppress(PostageProblem):
        read_csv(text)


def test_f5_a_postage_csv_with_a_long_country_cell_is_refused_at_once() -> None:
    """The organiser imports the section's postage table from a stick. One cell of the
    country column holding 60,000 open brackets (a damaged export, a stranger's file; the
    table may be 256 KiB) took about 25 s to refuse, on the window's thread, the window
    frozen meanwhile; a cell of 128 KiB took well over a minute. The brackets go through
    ``countries._readings``'s ``(.+?)\\s*\\((.+)\\)``, whose time grows with the square of
    the cell. A cell that long names no country: it is refused as quickly as a cell of as
    many letters, saying which line, and not quoting the whole cell."""
    with pytest.raises(PostageProblem) as refused:
        read_csv(f'country,rate\n"{_BRACKETS}",1.80\n')
    assert "line 2" in str(refused.value)
    assert len(str(refused.value)) < 300

    letters = _best_of_three(lambda: _refused(f'country,rate\n"{_LETTERS}",1.80\n'))
    brackets = _best_of_three(lambda: _refused(f'country,rate\n"{_BRACKETS}",1.80\n'))
    assert brackets < _RATIO * letters, f"{brackets:.3f} s against {letters:.4f} s"


def _table(tmp_path: Path, country: str) -> Path:
    store = tmp_path / f"{country[0]}.json"
    rows = [{"country": country[:20_000], "rate": "1.80"} for _ in range(12)]
    store.write_text(
        json.dumps({"format": "uawriter-postage", "version": 1, "countries": rows}),
        encoding="utf-8",
    )
    return store


def test_f5_a_postage_file_of_long_country_names_does_not_hold_up_the_start(
    tmp_path: Path,
) -> None:
    """The same through the postage table kept in the data folder, read whole when the
    window is built (``ChannelActions.__init__``): a ``postage.json`` of valid JSON, 12
    rows whose country is 20,000 open brackets (240 KB of the 8 MiB a store may hold),
    kept the window from opening for about 40 s; 400 such rows (8 MB) would keep it closed
    for about twenty minutes. A row that names no country is dropped, as quickly as one
    of letters."""
    brackets, letters = _table(tmp_path, _BRACKETS), _table(tmp_path, _LETTERS)
    assert PostageTable(brackets).load() == {}

    took_letters = _best_of_three(lambda: PostageTable(letters).load())
    took_brackets = _best_of_three(lambda: PostageTable(brackets).load())
    assert took_brackets < _RATIO * took_letters, f"{took_brackets:.3f} s, {took_letters:.4f} s"

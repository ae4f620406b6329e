"""A volunteer types, the laptop dies (``kill -9``), and the next start offers the letter back.

The first run is the real app in its own process on a real X server (Xvfb), typed into with
xdotool as a person would; the second is the window in this process.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from uawriter.app import build_main_window
from uawriter.paths import AppPaths

TYPED = "Typed just before the crash"

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (scripts/system-deps installs them)",
)


@contextlib.contextmanager
def x_server() -> Iterator[str]:
    """An X server of this test's own: Xvfb chooses a free display and writes its number
    (``-displayfd``), so tests run side by side (pytest-xdist) never take the same one."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as told:
            # the number and a line end once the server listens; nothing if it stopped
            number = told.readline().strip()
        assert number.isdigit(), f"Xvfb did not start (exit status {server.poll()})"
        yield f":{number.decode()}"
    finally:
        server.terminate()
        server.wait(10)


def xdotool(display: str, *args: str, timeout: float = 30) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return result.stdout.strip()


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def draft_text(path: Path) -> str:
    try:
        return str(json.loads(path.read_text(encoding="utf-8")).get("text", ""))
    except (OSError, ValueError):
        return ""


def type_then_kill(display: str, env: dict[str, str], draft: Path) -> None:
    """Start the real app, type into its letter until the autosave has it, then kill -9."""
    app = subprocess.Popen(
        [sys.executable, "-m", "uawriter"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "UA Writer")
        window = window.splitlines()[0]
        # The window picks its first action and puts the caret in the letter; on a slow
        # machine that can come after the window appears, so type again until it lands.
        for _attempt in range(6):
            xdotool(display, "windowfocus", "--sync", window)
            xdotool(display, "key", "--window", window, "ctrl+End")
            xdotool(display, "type", "--delay", "15", TYPED)
            with contextlib.suppress(AssertionError):
                wait_for(lambda: TYPED in draft_text(draft), 5, "the autosaved draft")
                break
        assert TYPED in draft_text(draft), "nothing typed reached the autosaved draft"
    finally:
        app.kill()  # SIGKILL: no clean-up, no "keep your letter?" question
        _, errors = app.communicate(timeout=10)
    assert app.returncode == -9, errors


def test_kill_9_loses_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    draft = data / "drafts" / "current.json"
    with x_server() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "UAWRITER_DATA_DIR": str(data),
        }
        type_then_kill(display, env, draft)

    answers = ModalAnswers()
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    second = build_main_window(qt_app, AppPaths(data))
    qtbot.addWidget(second, before_close_func=lambda w: setattr(w, "unexported", False))
    second.show()
    qtbot.waitUntil(lambda: answers.seen == ["draftOffer"], timeout=30_000)
    answers.stop()
    assert TYPED in second.editor.toPlainText()


def test_kill_9_during_an_event_keeps_the_tally_and_no_volunteer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """An event is running; letters were exported and counted; the laptop remembered a
    sender from before the event. A volunteer types, the app is killed: every tally record
    is still there, and neither the draft nor the next start holds anyone's name."""
    from uawriter.cli import run
    from uawriter.domain.model import Sender
    from uawriter.storage import event as event_store
    from uawriter.storage.settings import Settings, SettingsStore
    from uawriter.storage.tally import EventInfo, TallyBook

    data = tmp_path / "data"
    paths = AppPaths(data)
    event_store.start(paths.event_file, EventInfo.new("Write for Rights"), "2468")
    before = "Remembered Person"
    SettingsStore(paths.settings_file).save(
        Settings(remember_sender=True, sender=Sender(before, ("1 Old Street",), "old@example.org"))
    )
    for _ in range(2):  # six letters counted before the crash
        code = run(
            ["export", "--pack", "ua-129-10-u3", "--lang", "en", "--out", str(tmp_path / "out")],
            paths=paths,
        )
        assert code == 0
    counted = TallyBook(paths.tally_file).read()
    assert len(counted.letters) == 6
    draft = data / "drafts" / "current.json"
    with x_server() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "UAWRITER_DATA_DIR": str(data),
        }
        type_then_kill(display, env, draft)

    raw_draft = draft.read_text(encoding="utf-8")
    assert before not in raw_draft
    assert "Old Street" not in raw_draft
    assert before not in paths.settings_file.read_text(encoding="utf-8")
    after = TallyBook(paths.tally_file).read()
    assert {r.id for r in after.letters} == {r.id for r in counted.letters}
    assert after.notes == ()

    answers = ModalAnswers()
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    second = build_main_window(qt_app, paths)
    qtbot.addWidget(second, before_close_func=lambda w: setattr(w, "unexported", False))
    second.show()
    qtbot.waitUntil(lambda: answers.seen == ["draftOffer"], timeout=30_000)
    answers.stop()
    assert TYPED in second.editor.toPlainText()
    assert before not in second.editor.toPlainText()
    assert second.current_sender().name == ""
    second.event_controls.close()

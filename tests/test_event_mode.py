"""Event mode: the event kept on disk, the organiser PIN, the start dialog and the idle
reset that gets the window ready for the next volunteer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from uawriter.gui.event_dialogs import PinDialog, StartEventDialog
from uawriter.gui.event_mode import EventMode, IdleCountdown
from uawriter.storage import event as event_store
from uawriter.storage.tally import EventInfo


def find[T: QWidget](parent: QWidget, kind: type[T], name: str) -> T:
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


# ---------------------------------------------------------------------------- the store


def _leaves(data: object) -> list[object]:
    if isinstance(data, dict):
        return [leaf for value in data.values() for leaf in _leaves(value)]
    if isinstance(data, list):
        return [leaf for value in data for leaf in _leaves(value)]
    return [data]


def _random_hex(value: object) -> bool:
    """An id or a hash (32 or 64 hex digits), which cannot hold a PIN."""
    return (
        isinstance(value, str) and len(value) >= 32 and all(c in "0123456789abcdef" for c in value)
    )


def test_event_round_trip_keeps_only_a_hash_of_the_pin(tmp_path: Path) -> None:
    path = tmp_path / "data" / "event.json"
    info = EventInfo.new("Write for Rights", "Central Library", "2026-12-10")
    started = event_store.start(path, info, "2468", idle_minutes=7)
    assert started.volunteer == 1
    assert started.file_prefix == "V01 "
    text = path.read_text(encoding="utf-8")
    # the PIN as a value of its own or inside a text; a random id or the hash may hold
    # the four digits by chance (1 run in 1,000 did: "…d4b9bb58882468caf…")
    leaves = _leaves(json.loads(text))
    assert not [v for v in leaves if "2468" in str(v) and not _random_hex(v)]
    assert "٢٤٦٨" not in text
    loaded = event_store.load(path)
    assert loaded.set_aside is None
    assert loaded.event == started
    assert loaded.event.info == info
    assert loaded.event.idle_minutes == 7
    assert event_store.check_pin(loaded.event, "2468")
    assert event_store.check_pin(loaded.event, " 24 68 ")
    assert event_store.check_pin(loaded.event, "٢٤٦٨")  # typed on an Arabic keyboard
    assert not event_store.check_pin(loaded.event, "2469")
    assert not event_store.check_pin(loaded.event, "")
    assert event_store.current_event(path) == info

    second = event_store.next_volunteer_number(path, loaded.event)
    assert second.file_prefix == "V02 "
    assert event_store.load(path).event == second

    event_store.end(path)
    assert not path.exists()
    assert event_store.load(path).event is None
    assert event_store.current_event(path) is None
    event_store.end(path)  # ending twice is no error


@pytest.mark.parametrize("pin", ["", "123", "12a4", "12345678901234567890123456789012345"])
def test_a_pin_of_fewer_than_four_digits_starts_no_event(tmp_path: Path, pin: str) -> None:
    path = tmp_path / "event.json"
    with pytest.raises(ValueError, match="PIN"):
        event_store.start(path, EventInfo.new(), pin)
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": 1, "event": {"id": "ab',  # cut short by a crash
        b"\xff\xfe not text",
        b"[]",
        json.dumps({"format": 1, "event": {"id": "x"}}).encode(),  # no PIN
        json.dumps({"format": 99, "event": {"id": "x"}, "pin": {}}).encode(),
    ],
)
def test_a_damaged_event_file_is_set_aside_and_no_event_runs(
    qtbot: QtBot, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "event.json"
    path.write_bytes(content)
    mode = EventMode(path)
    assert mode.current is None
    assert not mode.running
    assert mode.file_prefix == ""
    assert mode.damaged_file is not None
    assert mode.damaged_file.name.startswith("event.json.broken-")
    assert mode.damaged_file.read_bytes() == content
    assert not path.exists()


# ---------------------------------------------------------------------------- dialogs


def test_the_organiser_starts_an_event_with_the_dialog(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    path = tmp_path / "event.json"
    host = QWidget()
    qtbot.addWidget(host)
    mode = EventMode(path, host=host, idle_ms=600_000)
    typed_twice: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StartEventDialog)
        qtbot.keyClicks(find(dialog, QLineEdit, "eventName"), "Write for Rights")
        qtbot.keyClicks(find(dialog, QLineEdit, "eventPlace"), "Central Library")
        assert find(dialog, QCheckBox, "eventHasDate").isChecked()  # today, unless unticked
        idle = find(dialog, QSpinBox, "eventIdleMinutes")
        assert idle.value() == 10
        idle.setValue(15)
        qtbot.keyClicks(find(dialog, QLineEdit, "eventPin"), "123")
        qtbot.keyClicks(find(dialog, QLineEdit, "eventPinAgain"), "123")
        start = find(dialog, QPushButton, "startEventButton")
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
        problem = find(dialog, QLabel, "startEventProblem")
        assert dialog.isVisible()
        assert "4 digits" in problem.text()
        typed_twice.append(problem.text())
        pin = find(dialog, QLineEdit, "eventPin")
        again = find(dialog, QLineEdit, "eventPinAgain")
        pin.clear()
        again.clear()
        qtbot.keyClicks(pin, "4826")
        qtbot.keyClicks(again, "4827")
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "not the same" in problem.text()
        again.clear()
        qtbot.keyClicks(again, "4826")
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)

    answers.expect("startEventDialog", fill)
    with qtbot.waitSignal(mode.event_started, timeout=30_000) as started:
        assert mode.start_event(host)
    assert answers.seen == ["startEventDialog"]
    assert typed_twice
    current = mode.current
    assert current is not None
    assert started.args == [current]
    assert current.info.name == "Write for Rights"
    assert current.info.place == "Central Library"
    assert len(current.info.date) == 10  # an ISO date: today
    assert current.idle_minutes == 15
    assert mode.file_prefix == "V01 "
    assert event_store.load(path).event == current
    assert mode.check_pin("4826")
    mode.stop_watching()


def test_cancelling_the_start_dialog_starts_nothing(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    path = tmp_path / "event.json"
    mode = EventMode(path)
    answers.expect("startEventDialog", lambda dialog: dialog.close())
    assert not mode.start_event(None)
    assert answers.seen == ["startEventDialog"]
    assert mode.current is None
    assert not path.exists()


def test_organiser_functions_ask_the_pin_only_during_an_event(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    path = tmp_path / "event.json"
    mode = EventMode(path, idle_ms=600_000)
    assert mode.require_organiser(None)  # no event: no question
    assert answers.seen == []
    mode.start(EventInfo.new("Evening"), "9090", 10)
    wrong_seen: list[str] = []

    def wrong_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        note = find(dialog, QLabel, "organiserPinNote").text()
        assert "does not protect data" in note
        assert "by accident" in note
        field = find(dialog, QLineEdit, "organiserPin")
        qtbot.keyClicks(field, "1234")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert dialog.isVisible()
        wrong_seen.append(find(dialog, QLabel, "organiserPinProblem").text())
        assert field.text() == ""
        qtbot.keyClicks(field, "9090")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    answers.expect("organiserPinDialog", wrong_then_right)
    assert mode.require_organiser(None)
    assert wrong_seen == ["That is not the PIN set when the event started."]

    def give_up(dialog: QWidget) -> None:
        qtbot.keyClicks(find(dialog, QLineEdit, "organiserPin"), "0000")
        qtbot.keyClick(find(dialog, QLineEdit, "organiserPin"), Qt.Key.Key_Return)
        dialog.close()  # a volunteer who does not know it gives up

    answers.expect("organiserPinDialog", give_up)
    assert not mode.require_organiser(None)

    # ending the event needs the PIN too; a wrong PIN ends nothing
    answers.expect("organiserPinDialog", give_up)
    assert not mode.end_event(None)
    assert mode.running
    assert path.exists()

    def right(dialog: QWidget) -> None:
        field = find(dialog, QLineEdit, "organiserPin")
        qtbot.keyClicks(field, "9090")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    answers.expect("organiserPinDialog", right)
    with qtbot.waitSignal(mode.event_ended, timeout=30_000):
        assert mode.end_event(None)
    assert not mode.running
    assert not path.exists()
    assert mode.require_organiser(None)


# ---------------------------------------------------------------------------- idle reset


def started_mode(
    qtbot: QtBot, tmp_path: Path, idle_ms: int, countdown_ms: int
) -> tuple[EventMode, QWidget]:
    host = QWidget()
    host.resize(900, 600)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    mode = EventMode(tmp_path / "event.json", host=host, idle_ms=idle_ms, countdown_ms=countdown_ms)
    mode.start(EventInfo.new("Evening"), "1357", 10)
    return mode, host


def test_after_the_idle_time_a_countdown_shows_then_the_next_volunteer_is_due(
    qtbot: QtBot, tmp_path: Path
) -> None:
    mode, _host = started_mode(qtbot, tmp_path, idle_ms=30, countdown_ms=400)
    seconds: list[int] = []
    mode.countdown.connect(seconds.append)
    with qtbot.waitSignal(mode.next_volunteer_due, timeout=30_000):
        qtbot.waitUntil(lambda: mode.banner is not None and mode.banner.isVisible())
        banner = mode.banner
        assert isinstance(banner, IdleCountdown)
        assert banner.objectName() == "idleCountdown"
        text = find(banner, QLabel, "idleCountdownText").text()
        assert text == "Next volunteer in 1 s — touch anything to keep writing"
    assert seconds[0] == 1
    assert seconds[-1] == 0
    assert not banner.isVisible()
    assert not mode.countdown_active
    # the window clears itself and counts the next volunteer
    assert mode.next_volunteer() == 2
    assert mode.file_prefix == "V02 "
    assert event_store.load(tmp_path / "event.json").event == mode.current
    mode.stop_watching()


def test_the_countdown_counts_whole_seconds_down(qtbot: QtBot, tmp_path: Path) -> None:
    mode, _host = started_mode(qtbot, tmp_path, idle_ms=10, countdown_ms=30_000)
    qtbot.waitUntil(lambda: mode.countdown_active)
    assert mode.banner is not None
    assert "in 30 s" in find(mode.banner, QLabel, "idleCountdownText").text()
    with qtbot.waitSignal(mode.countdown, timeout=30_000) as tick:
        pass
    assert 0 < tick.args[0] < 30
    mode.stop_watching()
    assert not mode.countdown_active


@pytest.mark.parametrize("touch", ["key", "click", "banner"])
def test_touching_anything_during_the_countdown_keeps_the_volunteers_work(
    qtbot: QtBot, tmp_path: Path, touch: str
) -> None:
    # a long countdown: only the touch can end it within the test
    mode, host = started_mode(qtbot, tmp_path, idle_ms=20, countdown_ms=600_000)
    due: list[bool] = []
    mode.next_volunteer_due.connect(lambda: due.append(True))
    editor = QLineEdit(host)
    editor.show()
    qtbot.waitUntil(lambda: mode.countdown_active)
    banner = mode.banner
    assert banner is not None
    assert banner.isVisible()
    with qtbot.waitSignal(mode.countdown, check_params_cb=lambda s: s == 0, timeout=30_000):
        if touch == "key":
            qtbot.keyClick(editor, Qt.Key.Key_A)
        elif touch == "click":
            qtbot.mouseClick(host, Qt.MouseButton.LeftButton, pos=QPoint(450, 500))
        else:
            keep = find(banner, QPushButton, "keepWritingButton")
            qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert not mode.countdown_active
    assert not banner.isVisible()
    assert due == []
    assert mode.file_prefix == "V01 "  # still the same volunteer
    if touch == "key":
        assert editor.text() == "a"  # the key press still reached the field
    # the idle time starts again after the touch, and the countdown with it
    qtbot.waitUntil(lambda: mode.countdown_active)
    mode.stop_watching()
    assert due == []


def test_no_idle_watching_outside_an_event(qtbot: QtBot, tmp_path: Path) -> None:
    mode = EventMode(tmp_path / "event.json", idle_ms=0, countdown_ms=0)
    mode.reset_idle()
    assert not mode.countdown_active
    assert mode.next_volunteer() == 0
    assert mode.file_prefix == ""
    assert mode.banner is None

"""Python's cycle collector runs on the window's thread, between events (gui/collector.py)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import ClassVar

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from uawriter.app import build_main_window
from uawriter.gui.collector import collect_due, collect_on_main_thread
from uawriter.paths import AppPaths


class _Probe:
    """Garbage held only by a cycle, as a closed dialog whose slot refers to it is."""

    freed_on: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.itself = self

    def __del__(self) -> None:
        _Probe.freed_on.append(threading.get_ident())


def _busy_worker() -> None:
    """A render on a worker thread: many new objects, more than the collector's threshold."""
    kept = [[n] for n in range(200_000)]
    assert len(kept) == 200_000


def test_cycles_are_freed_on_the_window_thread_not_a_worker(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    collect_on_main_thread(app)
    assert not gc.isenabled()
    gc.collect()
    _Probe.freed_on.clear()
    _Probe()  # garbage now, freed only by a collection
    worker = threading.Thread(target=_busy_worker)
    worker.start()
    worker.join()
    # left to Python, the worker's allocations had it collected there; now it waits for
    # the timer on this thread
    assert _Probe.freed_on == []
    # new objects on this thread pass the threshold: the timer's next look collects them
    held = [[n] for n in range(gc.get_threshold()[0] * 2)]
    qtbot.waitUntil(lambda: _Probe.freed_on != [], timeout=10_000)
    assert len(held) > 0
    assert _Probe.freed_on == [threading.get_ident()]


def test_building_the_window_turns_automatic_collection_off(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    gc.enable()
    window = build_main_window(app, AppPaths(tmp_path / "data"))
    qtbot.addWidget(window)
    assert not gc.isenabled()


def test_what_is_due_is_collected_as_python_would() -> None:
    gc.disable()
    try:
        gc.collect()
        for _ in range(gc.get_threshold()[0] + 10):
            _Probe()
        freed = collect_due()
        assert freed >= gc.get_threshold()[0]  # each probe is a cycle, collected
        assert gc.get_count()[0] < gc.get_threshold()[0]
        assert collect_due() == 0  # nothing due now
    finally:
        gc.enable()

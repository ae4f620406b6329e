"""Background work: PDF rendering off the UI thread.

The rule (as in Anki): a worker calls pure engine functions and reports through signals;
it never touches a widget. One thread only, because reportlab's font objects keep
per-document state that two renders at once would share.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


def render_pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


class JobSignals(QObject):
    done = Signal(int, object)  # generation, result
    failed = Signal(int, str)
    progress = Signal(int, int)  # done so far, total


class Job(QRunnable):
    """Run ``work(report)`` in the pool; ``report(done, total)`` emits progress."""

    def __init__(self, generation: int, work: Callable[[Callable[[int, int], None]], object]):
        super().__init__()
        self.generation = generation
        self.work = work
        self.signals = JobSignals()
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as exc:
            self.signals.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
            return
        self.signals.done.emit(self.generation, result)

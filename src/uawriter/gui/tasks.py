"""One runner for all background work, in the pattern of Anki's ``taskman.run_in_background``.

A task is a plain function ``work(context) -> result`` that calls engine functions and never
touches a widget. It runs on a worker thread; its ``on_done(result)``, ``on_failed(message)``
and ``on_progress(done, total)`` callbacks run on the UI thread. The work reports progress
with ``context.progress(done, total)`` and asks ``context.cancelled()`` between steps, so the
window can offer a Cancel button; :meth:`Task.cancel` sets that flag.

Two pools:

- the **render** pool has one thread, because reportlab's font objects keep per-document
  state that two renders at once would share (preview, print, export);
- the **file** pool reads and checks files (the catalog, a pack to import, the pack editor's
  check, drafting) and may run beside a render.

Tasks started with a ``key`` (say ``"preview"``) carry a generation number: a newer task with
the same key, or :meth:`TaskRunner.supersede`, makes the older one stale, and a stale task's
callbacks are not called. So the newest preview wins, and a catalog read twice shows once.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any, cast

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget

from uawriter.gui import modal
from uawriter.rendering.document import TooManyPages

Work = Callable[["TaskContext"], Any]

#: How long a finished task is kept after its callbacks ran (see TaskRunner._finish).
RETIRE_SECONDS = 2.0


class TaskContext:
    """What the work sees of its task: report progress, notice a cancel. Thread-safe."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def progress(self, done: int, total: int) -> None:
        self._task.signals.progress.emit(self._task, done, total)

    def cancelled(self) -> bool:
        return self._task.cancel_event.is_set()


class _TaskSignals(QObject):
    done = Signal(object, object)  # task, result
    failed = Signal(object, str)  # task, message
    progress = Signal(object, int, int)  # task, done so far, total


def failure_text(exc: Exception) -> str:
    """What went wrong, for a volunteer: a file that could not be written is named with the
    system's reason ("…/r.pdf: Operation not permitted"), not as "PermissionError: [Errno
    1] Operation not permitted: '…/r.pdf'"); a letter of too many pages as the message that
    says what to do; anything else with its kind, for whoever helps."""
    if isinstance(exc, TooManyPages):  # written for the volunteer: what to do
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return f"{type(exc).__name__}: {exc}"


class Task(QRunnable):
    """One piece of work in a pool; made by :meth:`TaskRunner.run`."""

    def __init__(
        self,
        work: Work,
        key: str | None,
        generation: int,
        on_done: Callable[[Any], object] | None,
        on_failed: Callable[[str], None] | None,
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its callbacks have run
        self.work = work
        self.key = key
        self.generation = generation
        self.on_done = on_done
        self.on_failed = on_failed
        self.on_progress = on_progress
        self.signals = _TaskSignals()
        self.cancel_event = threading.Event()
        #: Set when a newer task of its key was started: it is not worked on if not begun.
        self.stale = threading.Event()
        self.finished = False

    def cancel(self) -> None:
        """Ask the work to stop at its next check; what it did so far is still reported."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def run(self) -> None:
        if self.stale.is_set():
            # superseded while it waited for a thread: a preview typed over since, say. Its
            # result would be dropped; working on it only delays the newest one (twenty
            # keys typed slowly into a long letter queued twenty renders, 30 s of them).
            self._emit(self.signals.done, None)
            return
        try:
            result = self.work(TaskContext(self))
        except Exception as exc:  # reported to the UI thread as a message, never a traceback
            self._emit(self.signals.failed, failure_text(exc))
            return
        self._emit(self.signals.done, result)

    def _emit(self, signal: Any, value: object) -> None:
        # the application may be closing and have taken the receiver with it
        with contextlib.suppress(RuntimeError):
            signal.emit(self, value)


def _spent(_context: TaskContext) -> None:
    """What a finished task's work is replaced with."""


class TaskRunner(QObject):
    """Starts tasks in its pools and calls their callbacks on the UI thread."""

    # emitted on the UI thread after a task's callbacks ran (or were skipped as stale)
    task_finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.render_pool = QThreadPool(self)
        self.render_pool.setMaxThreadCount(1)
        self.file_pool = QThreadPool(self)
        self.file_pool.setMaxThreadCount(2)
        self._generations: dict[str, int] = {}
        self._running: set[Task] = set()
        self._retired: list[tuple[Task, float]] = []
        #: Set when the window closes: results still on their way reach no one.
        self.closed = False

    def run(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], object] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        key: str | None = None,
        renders: bool = True,
    ) -> Task:
        """Run ``work`` in the background; ``renders=False`` for work that makes no PDF."""
        generation = 0
        if key is not None:
            generation = self.supersede(key)
        task = Task(work, key, generation, on_done, on_failed, on_progress)
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        task.signals.progress.connect(self._progress)
        self._running.add(task)
        (self.render_pool if renders else self.file_pool).start(task)
        return task

    def supersede(self, key: str) -> int:
        """Make every running task with ``key`` stale; returns the next generation number."""
        for task in self._running:
            if task.key == key:
                task.stale.set()
        self._generations[key] = self._generations.get(key, 0) + 1
        return self._generations[key]

    def generation(self, key: str) -> int:
        return self._generations.get(key, 0)

    def is_current(self, task: Task) -> bool:
        if self.closed:
            return False
        return task.key is None or self._generations.get(task.key, 0) == task.generation

    def close(self) -> None:
        """The window is closing: let running work end, and drop the results of whatever
        is still on its way (its widgets are gone)."""
        self.wait_for_all()
        self.closed = True

    def busy(self) -> bool:
        return bool(self._running)

    def wait_for(self, task: Task) -> None:
        """Wait for ``task`` with the event loop running (the window repaints), as a dialog's
        ``exec()`` does; for the few callers that need a result before they return."""
        if task.finished:
            return
        loop = QEventLoop()

        def quit_if(finished: Task) -> None:
            if finished is task:
                loop.quit()

        self.task_finished.connect(quit_if)
        modal.wait_in(loop)
        self.task_finished.disconnect(quit_if)

    def call[T](self, work: Callable[[], T], busy: QWidget) -> T | None:
        """``work()`` on a file-pool thread, waited for with the event loop running:
        ``busy`` repaints and takes no input meanwhile (what is typed during a save would
        not be saved). Its result, or its exception raised here; None if the window closed
        meanwhile (its result reaches no one)."""

        def run(_context: TaskContext) -> tuple[bool, object]:
            try:
                return True, work()
            except Exception as exc:  # raised again on the UI thread, where it is told
                return False, exc

        outcome: list[tuple[bool, object]] = []
        busy.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            task = self.run(run, on_done=outcome.append, renders=False)
            self.wait_for(task)
        finally:
            QApplication.restoreOverrideCursor()
            busy.setEnabled(True)
        if not outcome:
            return None
        returned, value = outcome[0]
        if not returned:
            assert isinstance(value, Exception)
            raise value
        return cast(T, value)

    def wait_for_all(self, msecs: int = 5000) -> bool:
        """Let running work end (on closing the window); returns whether it did in time."""
        done = self.render_pool.waitForDone(msecs)
        done = self.file_pool.waitForDone(msecs) and done
        if done:
            self._retired.clear()
        return done

    def _finish(self, task: Task) -> None:
        task.finished = True
        self._running.discard(task)
        # A pool keeps a reference to every task it ever started (PySide's start()), for as
        # long as the window lives: what the work and its callbacks hold (the letters a
        # preview rendered, a volunteer's text) is let go now, not at closing time.
        task.work = _spent
        task.on_done = task.on_failed = task.on_progress = None
        # The worker thread may still be on its way out of Task.run (PySide's wrapper): a
        # Task freed now would be freed under it. PySide 6.12's pool keeps its own
        # reference, measured; this keeps one too, a while, should another version not.
        now = time.monotonic()
        self._retired = [(t, at) for t, at in self._retired if now - at < RETIRE_SECONDS]
        self._retired.append((task, now))
        # the runner is gone (the window it belonged to was deleted while the work ran on):
        # there is no one left to tell
        if shiboken6.isValid(self):
            self.task_finished.emit(task)

    def _done(self, task: Task, result: object) -> None:
        try:
            if task.on_done is not None and self.is_current(task):
                task.on_done(result)
        finally:
            self._finish(task)

    def _failed(self, task: Task, message: str) -> None:
        try:
            if task.on_failed is not None and self.is_current(task):
                task.on_failed(message)
        finally:
            self._finish(task)

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task.on_progress is not None and not task.finished and self.is_current(task):
            task.on_progress(done, total)

"""The one task runner: work off the UI thread, results on it, the newest of a kind wins."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from uawriter.gui.tasks import TaskContext, TaskRunner


def test_results_come_back_on_the_ui_thread_and_a_newer_task_wins(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    release = threading.Event()
    seen: list[tuple[str, int, bool]] = []

    def slow(_context: TaskContext) -> str:
        release.wait(5)
        return "old"

    def record(result: object) -> None:
        seen.append((str(result), threading.get_ident(), threading.get_ident() == ui_thread))

    first = runner.run(slow, on_done=record, key="preview", renders=False)
    second = runner.run(lambda _c: "new", on_done=record, key="preview", renders=False)
    release.set()
    runner.wait_for(first)
    runner.wait_for(second)
    assert [(result, on_ui) for result, _thread, on_ui in seen] == [("new", True)]
    assert not runner.is_current(first)
    assert not runner.busy()


def test_progress_cancel_and_failure(qtbot: QtBot) -> None:
    runner = TaskRunner()
    steps: list[tuple[int, int]] = []
    outcome: list[object] = []
    started = threading.Event()
    go_on = threading.Event()

    def count(context: TaskContext) -> int:
        done = 0
        for step in range(1, 1000):
            if context.cancelled():
                break
            context.progress(step, 999)
            done = step
            started.set()
            go_on.wait(5)
        return done

    task = runner.run(count, on_done=outcome.append, on_progress=lambda d, t: steps.append((d, t)))
    started.wait(5)
    task.cancel()
    go_on.set()
    runner.wait_for(task)
    assert len(outcome) == 1
    assert isinstance(outcome[0], int)
    assert 1 <= outcome[0] < 999  # stopped early
    assert steps[0] == (1, 999)

    messages: list[str] = []

    def broken(_context: TaskContext) -> None:
        raise OSError("disk full")

    failing = runner.run(broken, on_failed=messages.append)
    runner.wait_for(failing)
    assert messages == ["OSError: disk full"]

    # a file that could not be written: named with the system's reason, not as Python's
    # "PermissionError: [Errno 1] Operation not permitted: '…/r.pdf'" (the fifteenth probe)
    def refused(_context: TaskContext) -> None:
        raise PermissionError(1, "Operation not permitted", "/stick/r.pdf")

    runner.wait_for(runner.run(refused, on_failed=messages.append))
    assert messages[-1] == "/stick/r.pdf: Operation not permitted"
    assert runner.wait_for_all(1000)


def test_results_after_the_window_closed_reach_no_one(qtbot: QtBot) -> None:
    """A preview still rendering when its window closes must not call into the deleted
    window: once closed, the runner drops the results still on their way."""
    runner = TaskRunner()
    delivered: list[object] = []
    task = runner.run(lambda _c: "late", on_done=delivered.append, renders=False)
    runner.close()  # the work ends, its result is still queued for the UI thread
    qtbot.waitUntil(lambda: task.finished)
    assert delivered == []
    assert runner.closed

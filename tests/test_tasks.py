"""The one task runner: work off the UI thread, results on it, the newest of a kind wins."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from uawriter.gui.tasks import Task, TaskContext, TaskRunner, Work


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


def test_a_finished_task_lets_go_of_what_its_work_held(qtbot: QtBot) -> None:
    """Qt's pool keeps a reference to every task it started for as long as the window is
    open: each preview's task held the letters it rendered (a volunteer's text) all
    evening. A finished task keeps nothing of its work or its callbacks."""
    import gc
    import weakref

    class Letters:
        text = "Dear Mr President, " * 1000

    runner = TaskRunner()
    seen: list[int] = []

    def start() -> tuple[Task, weakref.ref[Letters]]:
        held = Letters()

        def work(_context: TaskContext) -> int:
            return len(held.text)

        def done(result: object) -> None:
            seen.append(len(held.text) if result == len(held.text) else -1)

        return runner.run(work, on_done=done, renders=False), weakref.ref(held)

    task, kept = start()
    runner.wait_for(task)
    assert seen == [19_000]
    assert runner.wait_for_all(1000)
    gc.collect()
    assert kept() is None


def test_a_task_superseded_before_it_began_is_not_worked_on(qtbot: QtBot) -> None:
    """Twenty keys typed slowly into a long letter queued twenty preview renders on the
    one render thread, each run though its result was dropped: the preview was 30 s behind
    the last key, and an Export waited behind them. A task made stale while it waited is
    skipped; the one running goes on (its result is dropped as before)."""
    runner = TaskRunner()
    hold = threading.Event()
    worked: list[int] = []
    shown: list[object] = []

    blocker = runner.run(lambda _c: hold.wait(10))  # the render thread is busy

    def render(n: int) -> Work:
        def work(_context: TaskContext) -> int:
            worked.append(n)
            return n

        return work

    queued = [runner.run(render(n), on_done=shown.append, key="preview") for n in range(20)]
    hold.set()
    runner.wait_for(blocker)
    for task in queued:
        runner.wait_for(task)
    assert worked == [19]  # only the newest was rendered
    assert shown == [19]
    assert not runner.busy()

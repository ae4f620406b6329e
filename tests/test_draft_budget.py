"""The processor-time budget of reading and drafting an Urgent Action (drafting/budget.py):
it stops Python work that runs past it, wherever it is, counts only the drafting thread's
processor time, and never lets its TooSlow arrive after the work ended."""

from __future__ import annotations

import io
import logging
import os
import random
import subprocess
import sys
import threading
import time

import pytest

from helpers import ROOT
from uawriter.drafting import budget
from uawriter.drafting.budget import TooSlow, processor_time_limit, untraced


def _spin(seconds: float) -> None:
    """Python work of ``seconds`` of this thread's processor time."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_python_work_past_the_budget_is_stopped_where_it_is() -> None:
    def loop() -> None:
        with processor_time_limit(0.3):
            while True:  # no call at all: stopped between two bytecodes
                pass

    spent = time.thread_time()
    with pytest.raises(TooSlow):
        loop()
    assert time.thread_time() - spent >= 0.3  # not before the budget was spent


def test_a_too_slow_dropped_on_the_way_is_raised_again() -> None:
    """Raised while the thread runs a finaliser, TooSlow is printed and dropped there (a
    CI run hung 120 s in pypdf, stopped before): it comes again until the work ends."""
    dropped = 0

    def work() -> None:
        nonlocal dropped
        with processor_time_limit(0.2):
            while True:
                try:
                    while True:
                        pass
                except TooSlow:  # as a finaliser drops it
                    dropped += 1
                    if dropped == 2:
                        raise

    with pytest.raises(TooSlow):
        work()
    assert dropped == 2


def test_time_waiting_is_not_processor_time() -> None:
    started = time.monotonic()
    with processor_time_limit(0.1):
        time.sleep(0.4)
        _spin(0.02)
    assert time.monotonic() - started >= 0.4


def test_no_too_slow_arrives_after_the_work_ended() -> None:
    """Work ending just as its budget runs out, again and again: each TooSlow comes out of
    the budget's block or not at all, never in the code after it."""
    chance = random.Random(7)
    stopped = 0
    for number in range(30):
        # every third: no time at all, so TooSlow comes as the block is entered
        seconds = 0.0 if number % 3 == 0 else 0.05
        try:
            with processor_time_limit(seconds):
                _spin(chance.uniform(0.03, 0.07))
        except TooSlow:
            stopped += 1
        _spin(0.12)  # past two looks at the clock: a late TooSlow would land here
    assert 10 < stopped < 30


def test_only_the_drafting_thread_s_time_counts() -> None:
    """The window drafts on a worker thread while its own thread works: the worker's
    budget counts the worker's time, not the process's."""
    outcome: list[str] = []

    def draft() -> None:
        try:
            with processor_time_limit(0.2):
                time.sleep(0.6)
            outcome.append("done")
        except TooSlow:
            outcome.append("stopped")

    worker = threading.Thread(target=draft)
    worker.start()
    _spin(0.6)  # this thread is busy the whole time
    worker.join()
    assert outcome == ["done"]

    def runaway() -> None:
        try:
            with processor_time_limit(0.2):
                _spin(5)
            outcome.append("ran on")
        except TooSlow:
            outcome.append("stopped")

    worker = threading.Thread(target=runaway)
    worker.start()
    worker.join(30)
    assert outcome == ["done", "stopped"]


def test_where_no_thread_clock_is_given_each_call_looks_at_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As on Windows and macOS (no pthread_getcpuclockid): the trace stops a loop of
    calls, and the app's own patterns are compiled with the trace set aside."""
    monkeypatch.delattr(time, "pthread_getcpuclockid", raising=False)
    assert budget._clock_of(threading.get_ident()) is None

    seen: list[object] = []

    @untraced
    def compile_patterns() -> None:
        seen.append(sys.gettrace())

    def draft() -> None:
        with processor_time_limit(0.2):
            compile_patterns()
            seen.append(sys.gettrace())
            while True:
                _spin(0.001)

    with pytest.raises(TooSlow):
        draft()
    assert seen[0] is None
    assert callable(seen[1])
    assert sys.gettrace() is None or sys.gettrace() is not seen[1]


def test_a_too_slow_dropped_in_a_finaliser_prints_nothing() -> None:
    """draft-pack of a PDF that runs out of time printed "Exception ignored in: <function
    WeakSet._remove …> … TooSlow" and a traceback above its message (probe 85a): the
    TooSlow a finaliser drops is raised again, so nothing is said of it."""
    script = """
import sys
from uawriter.drafting.budget import TooSlow, processor_time_limit

class Finalised:
    def __del__(self):
        while True:  # TooSlow comes here, where Python can only drop it
            pass

try:
    with processor_time_limit(0.2):
        Finalised()
        while True:
            pass
except TooSlow:
    print("stopped")
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=60,
        check=False,
    )
    assert done.stdout == "stopped\n"
    assert done.stderr == ""


def _held_elsewhere(lock: object) -> bool:
    """Whether another thread finds ``lock`` taken (it does not wait for it)."""
    taken: list[bool] = []

    def look() -> None:
        got = lock.acquire(blocking=False)  # type: ignore[attr-defined]
        taken.append(not got)
        if got:
            lock.release()  # type: ignore[attr-defined]

    other = threading.Thread(target=look)
    other.start()
    other.join()
    return taken[0]


@pytest.mark.parametrize("watched", [True, False], ids=["watchdog", "trace"])
def test_a_logging_lock_held_as_the_time_ran_out_is_let_go(
    monkeypatch: pytest.MonkeyPatch, watched: bool
) -> None:
    """pypdf logs its warnings: ``Handler.handle`` takes the handler's lock, then enters
    the ``try`` that gives it back. A TooSlow that came between the two (probe 85a) left
    the lock held by the drafting thread, and the next message logged by any thread (the
    window's error log) waited for ever. Here the lock is taken as the work runs out of
    time; once the budget is over, another thread can take it."""
    if not watched:
        monkeypatch.delattr(time, "pthread_getcpuclockid", raising=False)
    handler = logging.StreamHandler(io.StringIO())
    logging.getLogger("uawriter.budget-test").addHandler(handler)

    def draft() -> None:
        with processor_time_limit(0.1):
            handler.acquire()  # as Handler.handle does, the time running out right after
            while True:
                _spin(0.001)

    try:
        with pytest.raises(TooSlow):
            draft()
        assert not _held_elsewhere(handler.lock)
        assert not _held_elsewhere(logging._lock)  # type: ignore[attr-defined]
    finally:
        logging.getLogger("uawriter.budget-test").removeHandler(handler)


def test_a_logging_lock_held_before_the_work_stays_held() -> None:
    """Only the locks lost on the way are let go: one the thread held before the work
    began is still its own after it."""
    handler = logging.StreamHandler(io.StringIO())

    def draft() -> None:
        with processor_time_limit(0.05):
            while True:
                _spin(0.001)

    handler.acquire()
    try:
        with pytest.raises(TooSlow):
            draft()
        assert _held_elsewhere(handler.lock)
    finally:
        handler.release()
        handler.close()

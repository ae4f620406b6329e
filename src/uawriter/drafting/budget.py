"""A processor-time budget for reading an Urgent Action: its PDF's text and the drafting.

Both are Python (pypdf, the layouts' regular expressions) working on a stranger's file;
each step of them is fast, but a file can be built to make some step grow with the square
of its size (20 pages sharing a 2 MB drawing: 89 s; 20,000 empty lines: 84 s). Whatever
runs long is stopped where it is, between two bytecodes (a single regular expression's match,
which is C, runs to its end: the layouts' patterns are kept linear for that).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import wraps
from types import FrameType
from typing import Any


class TooSlow(BaseException):
    """Not an Exception: pypdf catches those where it works around damage, and goes on."""


def _quiet_when_too_slow(previous: Callable[[Any], object]) -> Callable[[Any], object]:
    def hook(unraisable: Any) -> None:
        if isinstance(unraisable.exc_value, TooSlow):
            return  # raised again at the watchdog's next look, where it is not dropped
        previous(unraisable)

    return hook


# A TooSlow that comes while the thread runs a finaliser (a weak set's callback) is dropped
# there, and Python prints "Exception ignored in: … TooSlow" with a traceback under
# draft-pack's clear message; it is raised again (see _Watchdog), so it is not worth a word.
sys.unraisablehook = _quiet_when_too_slow(sys.unraisablehook)


def processor_time_limit(seconds: float) -> contextlib.AbstractContextManager[None]:
    """Raise :class:`TooSlow` inside once this thread has spent ``seconds`` of processor
    time in it, wherever its Python code is (pypdf is Python), so no page, content stream
    or drawing nested in drawings runs on unbounded. Where the system gives another thread
    this thread's clock (Linux, the BSDs), a watchdog thread reads it and raises TooSlow
    in this one between two of its bytecodes, which costs the work nothing; elsewhere the
    clock is looked at on every Python call (a trace: pypdf took 2.3 times as long)."""
    thread = threading.get_ident()
    clock = _clock_of(thread)
    if clock is None:
        return _traced_limit(seconds)
    return _Watched(thread, clock, seconds)


class _Watched:
    """The budget watched from another thread. A class, not a generator: a TooSlow that
    comes as the block is entered, before a generator's ``try``, left its watchdog raising
    TooSlow every 50 ms in whatever the thread ran next (the next test, here)."""

    def __init__(self, thread: int, clock: int, seconds: float) -> None:
        self.thread, self.clock, self.seconds = thread, clock, seconds
        self.watchdog: _Watchdog | None = None
        self.logging = _LoggingLocks()

    def __enter__(self) -> None:
        self.logging = _LoggingLocks()
        deadline = time.clock_gettime(self.clock) + self.seconds
        self.watchdog = _Watchdog(self.thread, self.clock, deadline)
        try:
            self.watchdog.start()
        except BaseException:  # TooSlow already (no time at all), or no thread to start
            self.watchdog.stand_down()
            raise

    def __exit__(self, *_exc: object) -> None:
        if self.watchdog is not None:
            self.watchdog.stand_down()
        self.logging.let_go()


class _LoggingLocks:
    """The logging module's locks this thread did not hold as the work began. A TooSlow
    that comes just after a handler took its lock, before the ``try`` that gives it back
    (``Handler.handle``: ``self.acquire()``, then ``try``; pypdf logs its warnings), leaves
    the lock held by the drafting thread, and the next message any thread logs waits for
    ever (probe 85a). Once the work's frames are gone, none of them is in a logging call:
    a lock this thread still holds that it did not hold before is one it lost on the way."""

    def __init__(self) -> None:
        self.held = {id(lock) for lock in _logging_locks() if _owned(lock)}

    def let_go(self) -> None:
        for lock in _logging_locks():
            while id(lock) not in self.held and _owned(lock):
                lock.release()


def _logging_locks() -> list[Any]:
    """The logging module's own lock and each handler's (private names of the standard
    library, read with care: none is needed for the budget to work)."""
    locks = [getattr(logging, "_lock", None)]
    for ref in list(getattr(logging, "_handlerList", [])):
        handler = ref() if callable(ref) else None
        locks.append(getattr(handler, "lock", None))
    return [lock for lock in locks if lock is not None]


def _owned(lock: Any) -> bool:
    """Whether this thread holds ``lock`` (a re-entrant lock); False for other locks."""
    is_owned = getattr(lock, "_is_owned", None)
    return bool(is_owned()) if callable(is_owned) else False


def _clock_of(thread: int) -> int | None:
    getter = getattr(time, "pthread_getcpuclockid", None)
    if getter is None:
        return None
    try:
        clock = getter(thread)
        time.clock_gettime(clock)
    except OSError:
        return None
    return int(clock)


class _Watchdog(threading.Thread):
    """Wakes every :data:`WATCH_INTERVAL` s to read the watched thread's processor time;
    past the deadline it raises TooSlow in that thread, and again at each wake, until the
    work ends."""

    def __init__(self, thread: int, clock: int, deadline: float) -> None:
        super().__init__(name="uawriter-time-budget", daemon=True)
        self.thread = thread
        self.clock = clock
        self.deadline = deadline
        self.ended = threading.Event()
        self.lock = threading.Lock()
        self.raised = False

    def run(self) -> None:
        while time.clock_gettime(self.clock) <= self.deadline:
            if self.ended.wait(WATCH_INTERVAL):
                return
        # raised again at every look until the work ends: one raised while the thread runs
        # a finaliser (__del__, a weak reference's callback) is printed and dropped there
        while True:
            with self.lock:
                if self.ended.is_set():
                    return
                _raise_in(self.thread, TooSlow)
                self.raised = True
            if self.ended.wait(WATCH_INTERVAL):
                return

    def stand_down(self) -> None:
        """The work ended (or TooSlow came): no TooSlow may arrive after it. One raised
        but not yet delivered is taken back; one delivered before the lock was taken (the
        work ended just then) is dropped here, the work being over."""
        while True:
            try:
                with self.lock:
                    self.ended.set()
                    if self.raised:
                        _raise_in(self.thread, None)
                break
            except TooSlow:
                continue
        if self.ident is not None:  # started
            self.join()


#: How often the watchdog reads the clock: the work may run this much past its budget.
WATCH_INTERVAL = 0.05


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Raise ``exception`` in ``thread`` at its next bytecode (None: take back one pending)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(exception) if exception else None
    )


@contextlib.contextmanager
def _traced_limit(seconds: float) -> Iterator[None]:
    deadline = time.thread_time() + seconds
    calls = 0

    def trace(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal calls
        if event == "call":
            calls += 1
            if calls % 256 == 0 and time.thread_time() > deadline:
                raise TooSlow

    previous = sys.gettrace()
    held = _LoggingLocks()
    sys.settrace(trace)
    try:
        yield
    finally:
        sys.settrace(previous)
        held.let_go()  # a TooSlow raised as a handler's ``release`` was called


def untraced[**P, R](work: Callable[P, R]) -> Callable[P, R]:
    """``work`` runs with the clock's trace set aside: the app's own fixed work, the same
    for every file (a layout's patterns, compiled once a process), not the stranger's. The
    trace on every call made compiling the languages' pattern (an alternation of 946 names)
    take 3.6 s instead of 0.13 s in each ``draft-pack``. Its processor time still counts."""

    @wraps(work)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        previous = sys.gettrace()
        sys.settrace(None)
        try:
            return work(*args, **kwargs)
        finally:
            sys.settrace(previous)

    return run

"""A processor-time budget for reading an Urgent Action: its PDF's text and the drafting.

Both are Python (pypdf, the layouts' regular expressions) working on a stranger's file;
each step of them is fast, but a file can be built to make some step grow with the square
of its size (20 pages sharing a 2 MB drawing: 89 s; 20,000 empty lines: 84 s). The clock is
looked at on every Python call, so whatever runs long is stopped where it is.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from types import FrameType
from typing import Any


class TooSlow(BaseException):
    """Not an Exception: pypdf catches those where it works around damage, and goes on."""


@contextlib.contextmanager
def processor_time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TooSlow` inside once this thread has spent ``seconds`` of processor
    time in it: looked at on every Python call (pypdf is Python), so no page, content
    stream or drawing nested in drawings runs on unbounded."""
    deadline = time.thread_time() + seconds
    calls = 0

    def trace(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal calls
        if event == "call":
            calls += 1
            if calls % 256 == 0 and time.thread_time() > deadline:
                raise TooSlow

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        yield
    finally:
        sys.settrace(previous)

"""Python's cycle collector, run on the window's thread only.

Left to itself, Python collects reference cycles in whichever thread happens to allocate
when a generation's threshold is passed: a render on a worker thread, or a widget's event
handler in the middle of Qt delivering an event. A closed dialog or a window kept alive
only by a cycle (a slot that refers to its own widget) is then freed there, and its Qt
objects deleted on the wrong thread, or under Qt's feet while it is still delivering the
event to them. The full test suite ended now and then in a segmentation fault inside Qt's
event loop, at a language change (which sends an event to every widget) and in the event
window.

So automatic collection is turned off while a window runs, and a timer on the window's
thread collects what is due, generation by generation, as Python would have: between
events, never inside one. This is the pattern of Qt applications that run Python on
worker threads ("Should Python garbage collector be disabled with Qt", Erik Janssens,
2014; OpenCue's and Anki's garbage-collector timers).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the timer looks at what is due: a render makes a few thousand objects a
#: millisecond, so half a second of them is a few megabytes at most.
INTERVAL_MS = 500


def collect_due() -> int:
    """Collect the oldest generation whose count passed its threshold (and the younger
    ones with it), as the automatic collector does; returns what was freed."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
    return gc.collect(max(due)) if due else 0


class MainThreadCollector(QObject):
    """Made once, as the application's child (:func:`collect_on_main_thread`)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("mainThreadCollector")
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)
        gc.disable()
        self.timer.start()
        app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """Automatic collection again (the application is quitting)."""
        self.timer.stop()
        gc.collect()
        gc.enable()


def collect_on_main_thread(app: QCoreApplication) -> MainThreadCollector:
    """The application's collector, made the first time it is asked for, and running."""
    found = app.findChild(MainThreadCollector, "mainThreadCollector")
    if found is None:
        return MainThreadCollector(app)
    gc.disable()
    found.timer.start()
    return found

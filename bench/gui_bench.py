"""Desktop window speed: cold start to a shown window, and keystroke to refreshed preview.

Run with ``.venv/bin/python bench/gui_bench.py`` (about a minute; ``--profile`` adds a
start-up profile of UA Writer). What is measured and the targets are described in
docs/benchmarks.md. This is a benchmark, not a test: it prints figures and PASS/MISS and
always exits 0.

The parent process only starts children and prints. Every measurement runs in a fresh
child process (this same file with ``--child``), once per Qt platform: ``offscreen``
always, and ``xcb`` on a private Xvfb server when ``Xvfb`` is installed. A child prints
one ``RESULT {json}`` line. The module imports nothing heavy at the top, so a child starts
as light as a bare Python program.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

SEED_PACK = "ua-129-10-u3"
LETTER_LANG = "kk"
LETTER_DATE = (2011, 7, 12)  # ten days before the seed action's deadline, as in the tests
COLD_REPS = 7
EDITS = 20
TICK_MS = 5  # the UI-thread probe: a precise 5 ms timer
IDLE_AFTER_MS = 150  # pause after each refresh, while the new pages paint
FRAME_TIMEOUT_S = 20.0
PREVIEW_TIMEOUT_S = 10.0
XVFB_SCREEN = "1920x1080x24"
# What build_main_window imports, imported first in the cold-start child to time them apart.
APP_MODULES = (
    "uawriter.app",
    "uawriter.paths",
    "uawriter.storage.address_book",
    "uawriter.storage.drafts",
    "uawriter.engine",
    "uawriter.gui.language",
    "uawriter.gui.main_window",
    "uawriter.gui.tasks",
    "uawriter.rendering.fonts",
    "uawriter.storage.settings",
)

# Targets from the issue.
MAX_COLD_START_S = 0.8
MAX_COLD_RATIO = 2.5
MAX_AFTER_DEBOUNCE_MS = 150.0

Result = dict[str, Any]


def emit(result: Result) -> None:
    print("RESULT " + json.dumps(result), flush=True)


# --- child: cold start -------------------------------------------------------------------


class ColdStart:
    """One window in a fresh process; ``marks`` are seconds since the parent's spawn."""

    def __init__(self, kind: str, t0: float) -> None:
        self.kind = kind
        self.t0 = t0
        self.marks: dict[str, float] = {}
        self.mark("python started")

    def mark(self, name: str) -> None:
        self.marks.setdefault(name, time.time() - self.t0)

    def run(self) -> None:
        import tempfile

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        self.mark("PySide6 imported")
        app = QApplication(sys.argv[:1])
        app.setApplicationName("UA Writer")
        app.setApplicationDisplayName("UA Writer")
        app.setDesktopFileName("org.uawriter.UAWriter")
        self.app = app
        self.mark("QApplication made")
        with tempfile.TemporaryDirectory(prefix="uawriter-gui-bench-") as data:
            window = self.bare_window() if self.kind == "bare" else self.app_window(data)
            self.mark("window built")
            self.window = window
            watcher = self.first_paint_watcher()
            window.installEventFilter(watcher)
            window.show()
            self.mark("show() returned")
            QTimer.singleShot(int(FRAME_TIMEOUT_S * 1000), app.quit)
            app.exec()
            window.removeEventFilter(watcher)
            emit({"kind": self.kind, "platform": app.platformName(), "marks": self.marks})
            window.unexported = False  # no "keep your letter?" question
            window.close()

    def bare_window(self) -> Any:
        from PySide6.QtWidgets import QLabel, QMainWindow

        window = QMainWindow()
        window.setWindowTitle("Bare window")
        window.setCentralWidget(QLabel("A bare PySide6 window"))
        # the size UA Writer opens at on first start, so that both paint the same area
        screen = self.app.primaryScreen()
        width, height = (1360, 760)
        if screen is not None:
            width = min(width, screen.availableSize().width())
            height = min(height, screen.availableSize().height())
        window.resize(width, height)
        return window

    def app_window(self, data: str) -> Any:
        import importlib
        from pathlib import Path

        for name in APP_MODULES:
            importlib.import_module(name)
        self.mark("uawriter imported")
        from uawriter.app import build_main_window
        from uawriter.paths import AppPaths

        return build_main_window(self.app, AppPaths(Path(data)))

    def first_paint_watcher(self) -> Any:
        from PySide6.QtCore import QEvent, QObject, QTimer

        bench = self

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and "first paint" not in bench.marks:
                    bench.mark("first paint")
                    # the back buffer goes to the screen straight after the paint events
                    # of this update; a zero timer runs after that flush
                    QTimer.singleShot(0, bench.frame_shown)
                return False

        return FirstPaint()

    def frame_shown(self) -> None:
        from PySide6.QtCore import QTimer

        self.mark("frame shown")
        ready = getattr(self.window, "preview_ready", None)
        if ready is None:
            self.app.quit()
            return
        # for information: the first preview, of whichever action the window picks
        ready.connect(lambda: (self.mark("first preview ready"), self.app.quit()))
        QTimer.singleShot(int(PREVIEW_TIMEOUT_S * 1000), self.app.quit)


# --- child: typing -----------------------------------------------------------------------


class Typing:
    """Types into the real window and notes when each refresh of the preview lands.

    The probes change nothing the window does: a second slot on each side of the debounce
    timer's own, one on ``preview_ready``, an event filter on the preview's viewport, the
    render pool wrapped to note when each job's work starts and ends, and a 5 ms timer
    whose ticks show how long the UI thread is ever busy.
    """

    def __init__(self) -> None:
        self.times: dict[str, float] = {}
        self.worker: dict[int, tuple[float, float]] = {}  # generation -> render start, end
        self.ticks: list[float] = []
        self.paints: list[float] = []
        self.waiting: list[tuple[Any, str | None]] = []

    def note(self, name: str) -> None:
        self.times[name] = time.perf_counter()
        if self.waiting and self.waiting[-1][1] == name:
            self.waiting[-1][0].quit()

    def spin(self, seconds: float, until: str | None = None) -> bool:
        """Run the event loop for ``seconds``, or until ``note(until)``."""
        from PySide6.QtCore import QEventLoop, QTimer

        if until is not None and until in self.times:
            return True
        loop = QEventLoop()
        self.waiting.append((loop, until))
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        self.waiting.pop()
        return until is None or until in self.times

    def open_window(self) -> None:
        import datetime as dt
        import tempfile
        from pathlib import Path

        from PySide6.QtWidgets import QApplication

        from uawriter.app import build_main_window
        from uawriter.paths import AppPaths

        self.app = QApplication(sys.argv[:1])
        self.folder = tempfile.TemporaryDirectory(prefix="uawriter-gui-bench-")
        paths = AppPaths(Path(self.folder.name))
        self.window = build_main_window(self.app, paths, today=lambda: dt.date(*LETTER_DATE))
        self.install_probes()

    def install_probes(self) -> None:
        from PySide6.QtCore import QEvent, QObject, Qt, QTimer

        window = self.window
        times = self
        worker = self.worker

        class TimedPool:
            def __init__(self, pool: Any) -> None:
                self.pool = pool

            def start(self, job: Any) -> None:
                work, generation = job.work, job.generation

                def timed(report: Any) -> object:  # the TaskContext
                    start = time.perf_counter()
                    try:
                        return work(report)
                    finally:
                        worker[generation] = (start, time.perf_counter())

                job.work = timed
                self.pool.start(job)

            def __getattr__(self, name: str) -> object:
                return getattr(self.pool, name)

        class Paints(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    times.paints.append(time.perf_counter())
                return False

        tasks = window.tasks
        tasks.render_pool = TimedPool(tasks.render_pool)
        timer = window.preview.timer
        timer.timeout.disconnect(window.preview.refresh)
        timer.timeout.connect(lambda: self.note("fire"))
        timer.timeout.connect(window.preview.refresh)
        window.preview_ready.connect(lambda: self.note("ready"))
        self.paint_filter = Paints()
        window.preview.view.viewport().installEventFilter(self.paint_filter)
        self.tick = QTimer()
        self.tick.setTimerType(Qt.TimerType.PreciseTimer)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def open_seed_letter(self) -> bool:
        """The seed pack, in Kazakh, as a fax (the default output); caret mid-letter."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = self.window
        window.show()
        QTest.qWaitForWindowExposed(window)
        self.spin(0.5)  # the window picks its first action on start
        self.times.clear()
        packs = window.pack_list
        row = next(
            r
            for r in range(packs.count())
            if packs.item(r).data(Qt.ItemDataRole.UserRole) == SEED_PACK
        )
        packs.setCurrentRow(row)
        box = window.options_pane.language_box
        box.setCurrentIndex(box.findData(LETTER_LANG))
        shown = window.preview.is_current()  # nothing changed
        if not shown and not self.spin(PREVIEW_TIMEOUT_S, until="ready"):
            return False
        self.spin(0.3)
        editor = window.editor
        editor.setFocus()
        document = editor.document()
        block = document.findBlockByNumber(document.blockCount() // 2)
        cursor = editor.textCursor()
        cursor.setPosition(block.position() + block.length() - 1)  # end of a paragraph
        editor.setTextCursor(cursor)
        return True

    def render_alone_ms(self) -> float:
        import datetime as dt
        import statistics

        from uawriter.engine import Letter, render_letters

        session = self.window.session
        letter = Letter(session.pack, session.addressee, session.lang, session.text, True)
        samples = []
        for _ in range(6):
            start = time.perf_counter()
            render_letters([letter], session.sender, dt.date(*LETTER_DATE))
            samples.append((time.perf_counter() - start) * 1000)
        return statistics.median(samples[1:])

    def edit(self, index: int, delay_ms: int) -> Result | None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = self.window
        self.times.clear()
        self.paints.clear()
        before = window.tasks.generation("preview")
        key_at = time.perf_counter()
        if index % 2 == 0:
            type_letter(window.editor, "а")  # Cyrillic a: QTest.keyClicks takes ASCII only
        else:
            QTest.keyClick(window.editor, Qt.Key.Key_Backspace)
        key_done = time.perf_counter()
        if window.tasks.generation("preview") == before:
            return None
        ok = self.spin(PREVIEW_TIMEOUT_S, until="ready")
        self.spin(IDLE_AFTER_MS / 1000)
        if not ok:
            return {"missed": True}
        ready, fire = self.times["ready"], self.times["fire"]
        render = self.worker.get(window.tasks.generation("preview"))
        painted = max((p for p in self.paints if p >= ready), default=ready)
        row: Result = {
            "keystroke_ms": (key_done - key_at) * 1000,
            "debounce_ms": (fire - key_at) * 1000,
            "after_debounce_ms": (ready - key_at) * 1000 - delay_ms,
            "after_fire_ms": (ready - fire) * 1000,
            "painted_after_debounce_ms": (painted - key_at) * 1000 - delay_ms,
            "max_gap_ms": max_gap(self.ticks, key_at - TICK_MS / 1000, painted),
            "max_gap_refresh_ms": max_gap(self.ticks, fire, painted),
        }
        if render is not None:
            row["queue_ms"] = (render[0] - fire) * 1000
            row["render_ms"] = (render[1] - render[0]) * 1000
            row["load_ms"] = (ready - render[1]) * 1000
        return row

    def run(self, edits: int) -> None:
        from uawriter.gui import preview as main_window

        self.open_window()
        if not self.open_seed_letter():
            emit({"error": "no first preview of the seed pack"})
            return
        render_alone = self.render_alone_ms()
        delay_ms = main_window.PREVIEW_DELAY_MS
        rows = []
        self.tick.start()
        self.spin(0.1)
        for index in range(edits):
            row = self.edit(index, delay_ms)
            if row is None:
                emit({"error": "a keystroke did not schedule a preview"})
                return
            rows.append(row)
        self.tick.stop()
        session = self.window.session
        emit(
            {
                "platform": self.app.platformName(),
                "delay_ms": delay_ms,
                "pages": self.window.preview.document.pageCount(),
                "pack": session.pack.id,
                "lang": session.lang,
                "fax": self.window.options_pane.as_fax(),
                "render_alone_ms": render_alone,
                "gil_switch_interval_ms": sys.getswitchinterval() * 1000,
                "rows": rows,
            }
        )
        self.window.unexported = False
        self.window.close()
        self.folder.cleanup()


def type_letter(widget: Any, letter: str) -> None:
    """Press and release a key that types ``letter``, as a keyboard would."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = ord(letter.upper())
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter))


def max_gap(ticks: list[float], start: float, end: float) -> float | None:
    """The longest wait, in ms, between two ticks of the probe timer within start..end."""
    import itertools

    inside = [t for t in ticks if start <= t <= end]
    gaps = [b - a for a, b in itertools.pairwise(inside)]
    return max(gaps) * 1000 if gaps else None


# --- child: profile ----------------------------------------------------------------------


def child_profile() -> None:
    """Where UA Writer's start-up goes: import times and a cProfile of build_main_window."""
    import cProfile
    import importlib
    import io
    import pstats
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    imports = {}
    for name in APP_MODULES:
        start = time.perf_counter()
        importlib.import_module(name)
        imports[name] = (time.perf_counter() - start) * 1000
    from uawriter.app import build_main_window
    from uawriter.paths import AppPaths

    with tempfile.TemporaryDirectory(prefix="uawriter-gui-bench-") as data:
        profile = cProfile.Profile()
        start = time.perf_counter()
        profile.enable()
        window = build_main_window(app, AppPaths(Path(data)))
        profile.disable()
        seconds = time.perf_counter() - start
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
        stats.print_stats(r"uawriter|babel/core|ttfonts|jinja2/environment", 25)
        emit({"imports_ms": imports, "build_s": seconds, "profile": out.getvalue()})
        window.close()


# --- the parent --------------------------------------------------------------------------


def run_child(args: list[str], env: dict[str, str], timeout: float = 60.0) -> Result | None:
    import subprocess

    command = [sys.executable, os.path.abspath(__file__), "--child", *args]
    try:
        done = subprocess.run(
            [*command, repr(time.time())] if args[0] in {"bare", "app"} else command,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        print(f"  child {args} timed out")
        return None
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result: Result = json.loads(line.removeprefix("RESULT "))
            if "error" in result:
                print(f"  child {args}: {result['error']}")
                return None
            return result
    print(f"  child {args} failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return None


class Xvfb:
    """A private Xvfb server for the xcb runs; ``display`` is empty if there is none."""

    def __init__(self) -> None:
        import shutil
        import subprocess

        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""
        binary = shutil.which("Xvfb")
        if binary is None:
            return
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [binary, "-displayfd", str(write), "-screen", "0", XVFB_SCREEN, "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if number.isdigit():
            self.display = f":{number}"
        else:
            self.stop()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(5)
            self.process = None


def median(values: list[float]) -> float:
    import statistics

    return statistics.median(values)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def cold_start(env: dict[str, str], reps: int) -> dict[str, list[dict[str, float]]]:
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    for kind in ("bare", "app"):  # warm-up: disk cache and .pyc files; not counted
        result = run_child([kind], env)
        if result:
            shown = result["marks"].get("frame shown", float("nan"))
            print(f"  warm-up {kind:<4} frame shown {shown:.3f} s (not counted)")
    for rep in range(reps):
        for kind in ("bare", "app") if rep % 2 == 0 else ("app", "bare"):
            result = run_child([kind], env)
            if result and "frame shown" in result["marks"]:
                runs[kind].append(result["marks"])
    return runs


def report_cold(runs: dict[str, list[dict[str, float]]]) -> None:
    if not runs["bare"] or not runs["app"]:
        print("  cold start: no result")
        return
    print("\n  cold start: seconds from spawn to each point, medians")
    print(f"  {'point':<24} {'bare':>8} {'UA Writer':>10}")
    for name in runs["app"][0]:
        bare = [m[name] for m in runs["bare"] if name in m]
        ua = [m[name] for m in runs["app"] if name in m]
        bare_text = f"{median(bare):8.3f}" if bare else f"{'-':>8}"
        print(f"  {name:<24} {bare_text} {median(ua):10.3f}")
    shown = {kind: sorted(m["frame shown"] for m in runs[kind]) for kind in runs}
    for kind, label in (("app", "UA Writer frame shown"), ("bare", "bare frame shown")):
        values = shown[kind]
        print(
            f"  {label:<24} {median(values):.3f} s (n={len(values)}, "
            f"min {values[0]:.3f}, max {values[-1]:.3f})"
        )
    ua, bare = median(shown["app"]), median(shown["bare"])
    ok = ua <= MAX_COLD_START_S
    print(f"  {'UA Writer, target':<24} {ua:.3f} s <= {MAX_COLD_START_S} s {verdict(ok)}")
    ratio = ua / bare
    ok = ratio <= MAX_COLD_RATIO
    print(f"  {'ratio UA Writer / bare':<24} {ratio:.2f}x <= {MAX_COLD_RATIO}x {verdict(ok)}")


def report_typing(result: Result | None) -> None:
    if not result:
        print("  typing: no result")
        return
    rows = [r for r in result["rows"] if "missed" not in r]
    missed = len(result["rows"]) - len(rows)
    print(
        f"\n  typing: pack {result['pack']}, letter {result['lang']}, "
        f"{'fax' if result['fax'] else 'post'}, {result['pages']} pages, debounce "
        f"{result['delay_ms']} ms, {len(rows)} edits{f', {missed} missed' if missed else ''}"
    )
    print(f"  {'ms':<46} {'median':>8} {'max':>8}")
    for label, key in (
        ("handling the keystroke (UI thread)", "keystroke_ms"),
        ("debounce timer fired, after the keystroke", "debounce_ms"),
        ("preview_ready - keystroke - debounce", "after_debounce_ms"),
        ("  timer fired -> preview_ready", "after_fire_ms"),
        ("    timer fired -> worker starts", "queue_ms"),
        ("    render_letters in the worker", "render_ms"),
        ("    worker done -> preview_ready", "load_ms"),
        ("new pages painted - keystroke - debounce", "painted_after_debounce_ms"),
        (f"UI thread: longest gap between {TICK_MS} ms ticks", "max_gap_ms"),
        ("  the same, timer fired -> pages painted", "max_gap_refresh_ms"),
    ):
        values = [r[key] for r in rows if r.get(key) is not None]
        if values:
            print(f"  {label:<46} {median(values):8.1f} {max(values):8.1f}")
    print(
        f"  (render_letters alone, median: {result['render_alone_ms']:.1f} ms; "
        f"GIL switch interval {result['gil_switch_interval_ms']:.0f} ms)"
    )
    after = [r["after_debounce_ms"] for r in rows]
    if after:
        print(
            f"  after the debounce: median {median(after):.1f} ms "
            f"{verdict(median(after) <= MAX_AFTER_DEBOUNCE_MS)}, max {max(after):.1f} ms "
            f"{verdict(max(after) <= MAX_AFTER_DEBOUNCE_MS)} (target <= "
            f"{MAX_AFTER_DEBOUNCE_MS:g} ms)"
        )


def report_profile(env: dict[str, str]) -> None:
    result = run_child(["profile"], env)
    if not result:
        return
    print("\n  start-up profile (one fresh process, after the runs above)")
    print("  importing, each module after the ones above it (ms):")
    for name, ms in result["imports_ms"].items():
        print(f"    {name:<28} {ms:7.1f}")
    print(f"  build_main_window under cProfile: {result['build_s'] * 1000:.0f} ms")
    for line in result["profile"].splitlines():
        if line.strip() and not line.strip().startswith(("List reduced", "Ordered by")):
            print("    " + line.strip())


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--child"]:
        if args[1] == "typing":
            Typing().run(int(args[2]))
        elif args[1] == "profile":
            child_profile()
        else:
            ColdStart(args[1], float(args[2])).run()
        return 0

    import argparse
    import platform

    import PySide6

    parser = argparse.ArgumentParser(description="UA Writer desktop window benchmark")
    parser.add_argument("--reps", type=int, default=COLD_REPS, help="cold starts of each kind")
    parser.add_argument("--edits", type=int, default=EDITS, help="edits timed while typing")
    parser.add_argument("--no-xvfb", action="store_true", help="offscreen only")
    parser.add_argument("--profile", action="store_true", help="also profile the start-up")
    options = parser.parse_args(args)
    started = time.perf_counter()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(
        f"UA Writer desktop window benchmark\n"
        f"  CPUs {cpus}, Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{platform.machine()} {platform.system()}, load average {load}\n"
        f"  cold start: {options.reps} fresh processes of each kind, alternating, after one "
        f"warm-up each; typing: {options.edits} edits"
    )
    platforms = [("offscreen", {**os.environ, "QT_QPA_PLATFORM": "offscreen"})]
    xvfb = None if options.no_xvfb else Xvfb()
    if xvfb is not None and xvfb.display:
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb.display}
        platforms.append((f"xcb, Xvfb {xvfb.display} {XVFB_SCREEN}", env))
    elif xvfb is not None:
        print("  Xvfb not available: offscreen only")
    try:
        for name, env in platforms:
            print(f"\n== QT_QPA_PLATFORM={name} ==")
            report_cold(cold_start(env, options.reps))
            report_typing(run_child(["typing", str(options.edits)], env, timeout=120.0))
            if options.profile:
                report_profile(env)
    finally:
        if xvfb is not None:
            xvfb.stop()
    print(f"\nwhole run: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

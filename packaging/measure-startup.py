"""Start-up time of the bundle (and, to compare, of the checkout's .venv/bin/uawriter).

    .venv/bin/python packaging/measure-startup.py [dist/UAWriter] [--runs 7]

Measures, each as the median of several runs (the first run is also shown: after a build
or an unpack the files are in the page cache anyway, so it is not a true cold start):

- ``--version`` and ``packs`` with QT_QPA_PLATFORM=offscreen (the command line: Python,
  the engine, the bundled packs; no Qt);
- time to the first window on a real X server (Xvfb, the xcb platform plugin): from
  starting the process until xdotool sees a visible window titled "UA Writer".

With ``--cold`` (root, Linux) the page cache is dropped before every run, so each run reads
the bundle from disk as on a volunteer's first start after switching the laptop on.

Needs Xvfb and xdotool for the window (make system-deps installs them); without them only
the command-line figures are printed. Prints figures; always exits 0 unless it cannot run.
"""

# ruff: noqa: S603, S607  (runs the bundle, Xvfb and xdotool: fixed commands, no user input)
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parent.parent


COLD = False


def drop_caches() -> None:
    if COLD:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    drop_caches()
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_to_window(cmd: list[str], env: dict[str, str], display: str) -> float:
    drop_caches()
    with tempfile.TemporaryFile() as log:
        return _time_to_window(cmd, env, display, log)


def _time_to_window(cmd: list[str], env: dict[str, str], display: str, log: IO[bytes]) -> float:
    start = time.perf_counter()
    app = subprocess.Popen(cmd, env=env, stdout=log, stderr=log)
    try:
        while time.perf_counter() - start < 60:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^UA Writer"],
                env={**os.environ, "DISPLAY": display},
                capture_output=True,
                text=True,
                check=False,
            )
            if found.stdout.strip():
                return time.perf_counter() - start
            if app.poll() is not None:
                log.seek(0)
                output = log.read().decode(errors="replace")
                raise RuntimeError(
                    f"{cmd[0]} exited with {app.returncode} before a window:\n{output}"
                )
            time.sleep(0.02)
        raise RuntimeError("no window within 60 s")
    finally:
        app.terminate()
        try:
            app.wait(5)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def report(label: str, times: list[float]) -> None:
    print(
        f"  {label:<34} median {statistics.median(times):6.3f} s   first {times[0]:6.3f} s   "
        f"min {min(times):6.3f} s   ({len(times)} runs)"
    )


def measure(name: str, exe: list[str], runs: int, display: str | None) -> None:
    print(f"{name}: {' '.join(exe)}")
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UAWRITER_DATA_DIR": data}
        report("--version (offscreen)", [timed([*exe, "--version"], env) for _ in range(runs)])
        report("packs (offscreen)", [timed([*exe, "packs"], env) for _ in range(runs)])
        if display:
            xenv = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
            times = [time_to_window(exe, xenv, display) for _ in range(runs)]
            report("first window (Xvfb, xcb)", times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(REPO / "dist" / "UAWriter"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    args = parser.parse_args()
    global COLD  # noqa: PLW0603
    COLD = args.cold
    bundle_exe = Path(args.bundle) / "UAWriter"
    if not bundle_exe.exists():
        print(f"no {bundle_exe}: run make bundle", file=sys.stderr)
        return 1

    display = None
    xvfb = None
    if shutil.which("Xvfb") and shutil.which("xdotool"):
        display = f":{os.getpid() % 400 + 100}"
        xvfb = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):  # until the X server answers
            ready = subprocess.run(
                ["xdotool", "getmouselocation"],
                env={**os.environ, "DISPLAY": display},
                capture_output=True,
                check=False,
            )
            if ready.returncode == 0:
                break
            time.sleep(0.1)
    else:
        print("(no Xvfb or xdotool: window start-up not measured)")
    try:
        measure("bundle", [str(bundle_exe)], args.runs, display)
        venv_exe = REPO / ".venv" / "bin" / "uawriter"
        if venv_exe.exists():
            measure("checkout (.venv, for comparison)", [str(venv_exe)], args.runs, display)
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())

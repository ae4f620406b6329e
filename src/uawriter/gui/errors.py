"""The last line of defence: an error no code expected reaches the volunteer as a message.

An exception that leaves a Qt slot is printed to the terminal by PySide6 and the program
goes on: a volunteer, who has no terminal, sees a button that did nothing. Every error is
met where it can happen (a file that cannot be read, a pack that is broken); this is for
the one that was not. It shows what went wrong and that the letter is still there, and
keeps the details in ``errors.log`` in the data folder for whoever looks after the laptop.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from uawriter.gui import modal

translate = QCoreApplication.translate

#: The log is cut to its last half when it grows past this: a laptop's disk is not filled
#: by an error repeated all evening.
MAX_LOG_BYTES = 512 * 1024

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_error_handler(log: Path, parent: Callable[[], QWidget | None]) -> ExceptHook:
    """Show every uncaught exception of the UI thread as a message over ``parent()``, and
    log those of every thread to ``log``. Returns the hook installed."""
    showing = False

    def on_ui_thread(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        written = write_log(log, details)
        sys.stderr.write(details)
        if showing or QApplication.instance() is None:
            return  # one message at a time: an error under the message is only logged
        showing = True
        try:
            show_error(parent(), value, log if written else None)
        finally:
            showing = False

    def on_other_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        write_log(log, details)
        sys.stderr.write(details)

    sys.excepthook = on_ui_thread
    threading.excepthook = on_other_thread
    return on_ui_thread


def show_error(parent: QWidget | None, error: BaseException, log: Path | None) -> None:
    box = QMessageBox(parent)
    box.setObjectName("unexpectedError")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "Something went wrong"))
    box.setText(
        translate(
            "Errors",
            "UA Writer ran into an error it did not expect, and what you just did may not "
            "have happened. Your letter is still here: you can go on, or try again.",
        )
    )
    said = f"{type(error).__name__}: {error}"
    said = said if len(said) <= 300 else said[:299] + "…"
    if log is not None:
        said += "\n\n" + translate(
            "Errors", "The details are kept in %1 for whoever looks after this laptop."
        ).replace("%1", str(log))
    box.setInformativeText(said)
    modal.run(box)


def write_log(log: Path, details: str) -> bool:
    """Add ``details`` to the log with the time; True if it was written. Only to a plain
    file: a pipe in its place made the open wait for a reader, on the UI thread, for ever
    (probe 74c); never through a link."""
    import datetime as dt

    entry = f"--- {dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n{details}\n"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            found = os.lstat(log)
            if stat.S_ISREG(found.st_mode) and found.st_size > MAX_LOG_BYTES:
                kept = log.read_bytes()[-MAX_LOG_BYTES // 2 :]
                from uawriter.atomic import write_bytes_atomic

                write_bytes_atomic(log, kept.partition(b"\n")[2])
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK
        fd = os.open(log, flags | getattr(os, "O_NOFOLLOW", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            os.write(fd, entry.encode("utf-8", "backslashreplace"))
        finally:
            os.close(fd)
    except OSError:
        return False
    return True

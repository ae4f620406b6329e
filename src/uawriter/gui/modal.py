"""Every wait of the window's own: a dialog run with ``exec()`` (a question, a file or
print dialog), or a wait for background work with the event loop running.

At an event the idle reset (or Next volunteer) comes while the volunteer who walked away
left a question open. The reset closes the question, but the code that asked it is still
waiting inside that question's ``exec()``: it goes on only once the reset has returned,
holding what it held before (her letter, her session, the language she picked). Cleared
at once, the window was then filled again from those by the question's continuation — a
letter of hers back on the next volunteer's screen (probe 71b), a turn set apart (72b),
the language box naming another language than the letter (73b), each guarded on its own.

Here it is guarded once, for every question: a reset that closes a dialog still being
waited on, or comes during a wait for background work, is put off until each of those
waits has returned and the code that waited has finished (:func:`after_waits`). The last
thing to happen is then always the clearing, whatever the question's continuation did
with its unanswered No.

Every ``exec()`` of the window goes through :func:`run`, and every local event loop
through :func:`waiting` (a test keeps it so).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

#: Set on a dialog the reset closed: its ``exec()`` returns an answer nobody gave.
CLOSED_FOR_NEXT = "closedForNextVolunteer"


class _Waits:
    """What the window waits on now, and what is put off until those waits return."""

    def __init__(self) -> None:
        #: The dialogs being waited on, innermost last.
        self.dialogs: list[QDialog] = []
        #: Waits for background work under way (local event loops the reset cannot end).
        self.loops = 0
        #: What is put off until the waits have returned (the reset).
        self.then: Callable[[], object] | None = None

    def held(self) -> bool:
        """Whether code waits inside a dialog the reset closed, or on background work."""
        return self.loops > 0 or any(d.property(CLOSED_FOR_NEXT) for d in self.dialogs)

    def resume(self) -> None:
        """A wait returned: once none is held, what was put off runs — from the event
        loop, after the code that waited has finished with its answer."""
        if self.then is None or self.held():
            return
        work, self.then = self.then, None
        QTimer.singleShot(0, work)


_waits = _Waits()


def run(dialog: QDialog) -> int:
    """``dialog.exec()``, known to be waited on while it runs. A message box shows its
    text as written unless it says it is HTML: Qt took a file named "<img …>x.vcf" in a
    warning for HTML, and showed an image from this computer in place of its name
    (probe 76a)."""
    if isinstance(dialog, QMessageBox) and dialog.textFormat() == Qt.TextFormat.AutoText:
        dialog.setTextFormat(Qt.TextFormat.PlainText)
    _waits.dialogs.append(dialog)
    try:
        return dialog.exec()
    finally:
        if dialog in _waits.dialogs:
            _waits.dialogs.remove(dialog)
        _waits.resume()


@contextlib.contextmanager
def waiting() -> Iterator[None]:
    """A local event loop runs in this block (a wait for background work)."""
    _waits.loops += 1
    try:
        yield
    finally:
        _waits.loops -= 1
        _waits.resume()


def wait_in(loop: QEventLoop) -> None:
    """``loop.exec()`` as a wait (see :func:`waiting`)."""
    with waiting():
        loop.exec()


def close_for_next(dialog: QDialog) -> None:
    """Close ``dialog`` for the next volunteer: whoever waits on it is told apart from
    an answer."""
    dialog.setProperty(CLOSED_FOR_NEXT, True)
    dialog.reject()


def after_waits(work: Callable[[], object]) -> bool:
    """Put ``work`` off until no code is waiting inside a closed dialog or on background
    work, and the code that waited has returned; returns whether it was put off (False:
    nothing waits, do it now). Asked again, the last ``work`` is kept."""
    if not _waits.held():
        return False
    _waits.then = work
    return True


def forget_put_off() -> None:
    """The window closed: what was put off for it (the reset) is not done after."""
    _waits.then = None

"""Driving the real window: answering its dialogs as a volunteer would."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

#: How long a modal dialog no test expected may wait before it is closed.
UNANSWERED_SECONDS = 60


class ModalAnswers:
    """Answers modal dialogs when they open: ``expect("draftOffer", lambda box: ...)``.

    A dialog's ``exec()`` blocks the code that opened it, so the answer has to come from
    the event loop: a timer looks for the active modal widget by its objectName.
    """

    def __init__(self) -> None:
        self.pending: list[tuple[str, Callable[[QWidget], None]]] = []
        self.seen: list[str] = []
        #: Modal dialogs no answer was expected for, closed after ``UNANSWERED_SECONDS``:
        #: left open they held the test in their event loop for good, past its timeout.
        self.unanswered: list[str] = []
        self._waiting: tuple[QWidget, float] | None = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def expect(self, object_name: str, answer: Callable[[QWidget], None]) -> None:
        self.pending.append((object_name, answer))

    def _look(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            self._waiting = None
            return
        if self._unanswered_for_long(widget) or not self.pending:
            return
        # the next one expected, else a later one: a dialog that comes before another
        # expected is answered all the same (a test then fails on what it said), where it
        # would be left open and the test would wait for ever
        for index, (name, answer) in enumerate(self.pending):
            if widget.objectName() == name:
                del self.pending[index]
                self.seen.append(name)
                answer(widget)
                return

    def _unanswered_for_long(self, widget: QWidget) -> bool:
        """Whether ``widget`` waited for an answer too long, and was closed. A progress
        dialog is no question: it ends with its work, however slow the machine."""
        if isinstance(widget, QProgressDialog):
            return False
        now = time.monotonic()
        if self._waiting is None or self._waiting[0] is not widget:
            self._waiting = (widget, now)
            return False
        if now - self._waiting[1] < UNANSWERED_SECONDS:
            return False
        text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
        self.unanswered.append(f"{widget.objectName() or type(widget).__name__}: {text}")
        self._waiting = None
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        return True

    def stop(self) -> None:
        self.timer.stop()


def type_path(path: Path) -> Callable[[QWidget], None]:
    """An answer for a file dialog: ``path`` typed into its name box, then accepted, as a
    volunteer can."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert box is not None
        box.setText(str(path))
        dialog.accept()

    return answer


def import_through(
    qtbot: QtBot, button: QAbstractButton, dialog: str, path: Path, answers: ModalAnswers
) -> str:
    """``path`` typed into the file dialog named ``dialog`` that ``button`` opens, as a
    volunteer imports a file: the warning shown after it ("" if none)."""
    warned: list[str] = []

    def read_warning(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warned.append(box.text())
        box.accept()

    answers.expect(dialog, type_path(path))
    answers.expect("warning", read_warning)
    button.click()
    qtbot.waitUntil(lambda: dialog in answers.seen, timeout=30_000)
    answers.pending.clear()  # no warning: nothing more to answer
    return "".join(warned)


def editor_discarded(editor: QWidget) -> None:
    """For ``qtbot.addWidget(editor, before_close_func=…)``: a pack editor's edits thrown
    away before the test closes it, which would otherwise ask first."""
    from uawriter.gui.pack_editor import PackEditor

    assert isinstance(editor, PackEditor)
    editor.discard()


def text_blocks(document: QTextDocument) -> list[QTextBlock]:
    """The paragraphs of a text box's document, in order."""
    found = []
    block = document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found

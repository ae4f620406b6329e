"""A box of several lines held to as many lines, and as long, as what takes its text: what
``QLineEdit.setMaxLength`` does for one line. Typing stops at the limit and a paste is cut
to what fits; the text around it is kept."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit

from uawriter.gui.common import plain_text

#: Where str.splitlines() ends a line: the engine reads a box's lines so.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def within(text: str, max_lines: int, max_chars: int, breaks: str = LINE_BREAKS) -> bool:
    """Whether ``text`` has at most ``max_lines`` lines that hold more than spaces, none
    longer than ``max_chars`` once trimmed."""
    lines = [line.strip() for line in re.split(f"[{re.escape(breaks)}]", text)]
    return sum(1 for line in lines if line) <= max_lines and all(
        len(line) <= max_chars for line in lines
    )


def cut_to(text: str, max_lines: int, max_chars: int, breaks: str = LINE_BREAKS) -> str:
    """``text`` with each line cut to ``max_chars`` and the lines after ``max_lines`` left
    out (a saved text from before the limit)."""
    parts = re.split(f"([{re.escape(breaks)}])", text)
    kept: list[str] = []
    count = 0
    for index in range(0, len(parts), 2):
        line = parts[index]
        if line.strip():
            count += 1
            if count > max_lines:
                break
            line = line[: len(line) - len(line.lstrip()) + max_chars]
        kept.append(line)
        if index + 1 < len(parts):
            kept.append(parts[index + 1])
    return "".join(kept)


class LineLimit(QObject):
    """Holds ``edit`` to ``max_lines`` × ``max_chars``. Connect it before anything else
    reads the box's text on ``textChanged``; show saved text with :meth:`set_text`."""

    def __init__(
        self, edit: QPlainTextEdit, max_lines: int, max_chars: int, breaks: str = LINE_BREAKS
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._limits = (max_lines, max_chars, breaks)
        self._last = plain_text(edit)
        edit.textChanged.connect(self._changed)

    def set_text(self, text: str) -> None:
        """Show ``text``, cut to the limits."""
        self._last = cut_to(text, *self._limits)
        self._edit.setPlainText(self._last)

    def _changed(self) -> None:
        text = plain_text(self._edit)
        if within(text, *self._limits):
            self._last = text
            return
        # what the edit put in place of what: the same text before it and after it
        old = self._last if within(self._last, *self._limits) else ""
        start = 0
        while start < min(len(old), len(text)) and old[start] == text[start]:
            start += 1
        end = 0
        while end < min(len(old), len(text)) - start and old[-1 - end] == text[-1 - end]:
            end += 1
        before, added, after = text[:start], text[start : len(text) - end], text[len(text) - end :]
        added = cut_to(added, *self._limits)  # each line of a paste cut, as an import cuts it
        low, high = -1, len(added)  # the most of ``added`` that fits (-1: none, not even "")
        while low < high:
            middle = (low + high + 1) // 2
            if within(before + added[:middle] + after, *self._limits):
                low = middle
            else:
                high = middle - 1
        kept, cursor_at = (before + added[:low] + after, start + low) if low >= 0 else (old, start)
        self._last = kept
        self._edit.setPlainText(kept)
        cursor = self._edit.textCursor()
        cursor.setPosition(len(kept[:cursor_at].encode("utf-16-le")) // 2)  # Qt counts so
        self._edit.setTextCursor(cursor)

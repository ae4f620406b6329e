"""The Urgent Action beside the pack it was drafted into.

:class:`SourcePane` shows the tidied lines of the Urgent Action, numbered as the draft's
``sources`` number them. The pack editor tells it which field has the focus
(``action.deadline``, ``addressees[1].fax``, ``talking_points[2]``); the pane marks the lines
that field was read from and scrolls to them, so an organiser checks each value against the
UA without searching for it. A field the drafter did not find marks nothing.

Above the lines, what reading the file and drafting said about the text as a whole (the
draft's "input" notes: pages not read, a form field not read, a script no layout reads),
which the pack.toml carries as comments too. A line longer than a text box lays out quickly
is shown cut (it keeps its number).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from uawriter.drafting import DraftPack
from uawriter.gui.common import shortened_line

translate = QCoreApplication.translate


def source_key(key: str, sources: dict[str, tuple[int, int]]) -> str | None:
    """The most precise key with lines: ``addressees[1].salutation.kk`` falls back to
    ``addressees[1].salutation``, then ``addressees[1]``."""
    while key:
        if key in sources:
            return key
        cut = max(key.rfind("."), key.rfind("["))
        key = key[:cut] if cut > 0 else ""
    return None


class SourcePane(QWidget):
    """The UA's lines, the focused field's lines marked."""

    def __init__(self, draft: DraftPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePane")
        self.draft = draft
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("sourceNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)  # the notes quote the file
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setVisible(bool(draft.notes.get("input")))
        self.text = QPlainTextEdit()
        self.text.setObjectName("sourceText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        width = len(str(len(draft.lines)))
        self.text.setPlainText(
            "\n".join(
                f"{n:>{width}}  {shortened_line(line)}" for n, line in enumerate(draft.lines, 1)
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.notes)
        layout.addWidget(self.text, 1)
        #: the key shown and its lines (1-based, inclusive), for the window and for tests
        self.shown: tuple[str, int, int] | None = None
        self.retranslate_ui()

    def show_field(self, key: str) -> None:
        """Mark the lines ``key`` was read from; nothing when it was not found."""
        found = source_key(key, self.draft.sources)
        if found is None:
            self.shown = None
            self.text.setExtraSelections([])
            return
        first, last = self.draft.sources[found]
        self.shown = (found, first, last)
        document = self.text.document()
        start = document.findBlockByNumber(first - 1)
        end = document.findBlockByNumber(last - 1)
        if not start.isValid():
            return
        cursor = QTextCursor(start)
        cursor.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 221, 87, 150))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        mark.format = fmt
        mark.cursor = cursor
        self.text.setExtraSelections([mark])
        self.text.setTextCursor(QTextCursor(end))  # the end in view, then the start
        self.text.setTextCursor(QTextCursor(start))
        self.text.centerCursor()

    def marked_text(self) -> str:
        """The marked lines as they stand in the UA (without their numbers)."""
        if self.shown is None:
            return ""
        _, first, last = self.shown
        return "\n".join(self.draft.lines[first - 1 : last])

    def retranslate_ui(self) -> None:
        self.title.setText(
            translate(
                "PackEditor",
                "The Urgent Action: the lines the field you are in was read from are marked.",
            )
        )
        notes = self.draft.notes.get("input", [])
        self.notes.setText(
            translate("PackEditor", "Check what was said about the text:")
            + "".join(f"\n• {note}" for note in notes)
            if notes
            else ""
        )

"""Draft a pack from an Urgent Action's text: paste it or open a .txt or .pdf, review what
was found beside the lines it came from, then finish it in the pack editor.

Reading the file (a PDF can take a while) and drafting run on a worker thread of a
:class:`TaskRunner` (the window's, or the dialog's own); the dialog stays live, a newer draft
makes an older one stale, and what goes wrong is said in a message, never a traceback.

What reading the file found (pages not read, form fields not read, damage worked around,
an encoding guessed) and what drafting found about the text as a whole (a script no layout
reads, a text flattened to one line) is listed above the fields ("draftNotes"), as
``uawriter draft-pack`` prints it. The box is given at most the text drafting reads
(:data:`MAX_TEXT_CHARS`), its over-long lines broken: Qt lays out one long line for
minutes on the window's thread.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uawriter.drafting import (
    MAX_TEXT_CHARS,
    DraftInputError,
    DraftPack,
    draft_from_source,
    draft_from_text,
    read_source,
    suggested_id,
    to_manifest_toml,
)
from uawriter.drafting.letter import letter_templates
from uawriter.gui import modal
from uawriter.gui.common import (
    LONGEST_SHOWN_LINE,
    ORGANISERS_WORK,
    broken_lines,
    fit_to_screen,
    plain_labels,
    plain_text,
    plain_tip,
)
from uawriter.gui.dialogs import choose_path
from uawriter.gui.tasks import Task, TaskContext, TaskRunner
from uawriter.pack_files import PackFiles

MISSING = QColor("#b3261e")


@dataclass(frozen=True)
class Drafted:
    """What a drafting task found: the text it read from a file (as the box shows it), the
    draft, or why not."""

    text: str | None = None
    draft: DraftPack | None = None
    unreadable: str | None = None  # the file could not be read: why
    empty: str | None = None  # the text has nothing to draft from: why
    broken: bool = False  # lines of the text were broken to be shown


def _draft(text: str) -> Drafted:
    """Draft from pasted ``text`` (on a worker thread)."""
    try:
        return Drafted(None, draft_from_text(text))
    except DraftInputError as exc:
        return Drafted(None, None, empty=str(exc))


def _draft_file(path: Path) -> Drafted:
    """Read ``path`` and draft from it with what reading it found (on a worker thread);
    the text is made ready for the box here too, off the window's thread."""
    try:
        source = read_source(path)
    except DraftInputError as exc:
        return Drafted(unreadable=str(exc))
    # drafting reads no more than this; a box laying out more only freezes the window
    shown, broken = broken_lines(source.text[:MAX_TEXT_CHARS])
    try:
        draft = draft_from_source(source, str(path))
    except DraftInputError as exc:
        return Drafted(shown, None, empty=str(exc), broken=broken)
    return Drafted(shown, draft, broken=broken)


class DraftDialog(QDialog):
    """``accepted_files`` carries the draft as pack files, for the pack editor.

    ``runner`` reads and drafts in the background (the window's); without one the dialog
    makes its own.
    """

    accepted_files = Signal(object)

    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.setProperty(ORGANISERS_WORK, True)  # a UA pasted in: put away at an idle reset
        self.draft: DraftPack | None = None
        self.shown_broken = False  # the box shows the file's text with long lines broken
        #: what went wrong while the dialog was put away (an idle reset): said to the
        #: organiser when the PIN brings it back, not to the next volunteer (probe 100c)
        self._held: tuple[str, str] | None = None
        self.runner = runner if runner is not None else TaskRunner(self)
        self.task: Task | None = None
        self._key = f"draft-{id(self):x}"
        self.source = QPlainTextEdit()
        self.source.setObjectName("draftSource")
        self.source.setTabChangesFocus(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("draftOpen")
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("draftRun")
        self.source_label = QLabel()
        self.source_label.setBuddy(self.source)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("draftReview")
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("draftSummary")
        self.summary.setWordWrap(True)
        # what reading the file and drafting found about the text as a whole
        self.notes = QLabel()
        self.notes.setObjectName("draftNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)  # the notes quote the file
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.choose_file)
        self.draft_button.clicked.connect(self.run)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.source_label)
        left_layout.addWidget(self.source, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.draft_button)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.notes)
        right_layout.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_buttons()
        fit_to_screen(self, 1100, 680)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Draft a pack from an Urgent Action"))
        self.source_label.setText(self.tr("Paste the Urgent Action's text, or open its file:"))
        self.open_button.setText(self.tr("Open a .txt or .pdf…"))
        self.draft_button.setText(self.tr("Find the fields"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Found"), self.tr("From these lines")]
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Finish in the pack editor…"))
        self._show_summary()

    @property
    def drafting(self) -> bool:
        """Whether the newest reading or drafting has not shown its result yet."""
        return self.task is not None and not self.task.finished

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.draft is not None and not self.drafting)
        for button in (self.open_button, self.draft_button):
            button.setEnabled(not self.drafting)

    def done(self, result: int) -> None:
        """Closing: a draft still on its way reaches no one."""
        self.runner.supersede(self._key)
        super().done(result)

    # ------------------------------------------------------------------ input

    def choose_file(self) -> None:
        path = choose_path(
            self,
            self.tr("Open an Urgent Action"),
            "draftOpenDialog",
            "open",
            name_filter=self.tr("Urgent Actions (*.txt *.pdf)"),
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> Task:
        """Read a .txt or .pdf and draft from it in the background; returns the task."""

        return self._start(lambda _context: _draft_file(path), self.tr("The file cannot be read"))

    # ------------------------------------------------------------------ review

    def run(self) -> Task:
        """Draft from the text in the box in the background; returns the task."""
        text = plain_text(self.source)
        return self._start(lambda _context: _draft(text), self.tr("Nothing to draft from"))

    def _start(self, work: Callable[[TaskContext], Drafted], failure_title: str) -> Task:
        self.task = self.runner.run(
            work,
            on_done=self._drafted,
            on_failed=lambda message: self._failed(failure_title, message),
            key=self._key,
            renders=False,
        )
        self._update_buttons()
        return self.task

    def _drafted(self, outcome: Drafted) -> None:
        if not shiboken6.isValid(self):  # the dialog was deleted meanwhile
            return
        self.task = None  # only the newest task's callbacks are called
        if outcome.unreadable is not None:
            self._failed(self.tr("The file cannot be read"), outcome.unreadable)
            return
        if outcome.text is not None:
            self.source.setPlainText(outcome.text)
            self.shown_broken = outcome.broken
        elif outcome.draft is not None:
            self.shown_broken = False  # drafted from the box as it is
        self.draft = outcome.draft
        self._show_draft()
        if outcome.empty is not None:
            self._warn(self.tr("Nothing to draft from"), outcome.empty)

    def _failed(self, title: str, message: str) -> None:
        """Reading or drafting went wrong: say so (the runner gives a message, not a trace)."""
        if not shiboken6.isValid(self):
            return
        self.task = None
        self._show_draft()
        self._warn(title, message)

    def _warn(self, title: str, message: str) -> None:
        if not self.isVisible():
            self._held = (title, message)
            return
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, ok, self)
        box.setObjectName("draftProblem")
        modal.run(box)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._held is not None:
            QTimer.singleShot(0, self, self._say_held)

    def _say_held(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            self._warn(*held)

    def _show_draft(self) -> None:
        self._fill_table()
        self._show_summary()
        self._update_buttons()

    def notes_shown(self) -> list[str]:
        """What the draft says about the text as a whole (its "input" notes: what reading
        the file found, a script no layout reads …), and whether the box shows it broken."""
        notes = list(self.draft.notes.get("input", [])) if self.draft is not None else []
        if self.shown_broken:
            notes.append(
                self.tr(
                    "The text has lines longer than %Ln characters: they are shown broken "
                    "into shorter ones.",
                    "",
                    LONGEST_SHOWN_LINE,
                )
            )
        return notes

    def _rows(self) -> list[tuple[str, str, str, bool]]:
        """(field, value found, source lines, found?) for every field a pack has."""
        draft = self.draft
        if draft is None:
            return []
        fields = draft.fields()
        rows: list[tuple[str, str, str, bool]] = []
        for key, value in fields.items():
            if key in ("talking_points", "addressees"):
                for index, item in enumerate(value):
                    item_key = f"{key}[{index}]"
                    rows.append(
                        (item_key, self._describe(item), self._lines(draft, item_key), True)
                    )
                continue
            rows.append((key, self._describe(value), self._lines(draft, key), True))
        rows += [(key, self.tr("not found"), "", False) for key in draft.not_found]
        return rows

    @staticmethod
    def _describe(value: Any) -> str:
        if isinstance(value, dict):
            if "text" in value and isinstance(value["text"], dict):
                return "\n".join(str(v) for v in value["text"].values())
            if "role" in value:
                lines = [str(value.get(k) or "") for k in ("title", "name", "organisation")]
                lines += [str(x) for x in value.get("address", [])]
                lines += [f"Fax {value['fax']}"] if value.get("fax") else []
                lines += [", ".join(value.get("emails", []))] if value.get("emails") else []
                lines += [f"{k}: {v}" for k, v in value.get("salutation", {}).items()]
                return "\n".join(line for line in lines if line)
            return "\n".join(f"{k}: {v}" for k, v in value.items())
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return json.dumps(value, ensure_ascii=False) if isinstance(value, bool) else str(value)

    @staticmethod
    def _lines(draft: DraftPack, key: str) -> str:
        if key not in draft.sources:
            return ""
        first = draft.sources[key][0]
        numbered = [f"{n}: {line}" for n, line in enumerate(draft.lines_of(key), start=first)]
        return "\n".join(numbered)

    def _fill_table(self) -> None:
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for index, (key, value, lines, found) in enumerate(rows):
            cells = [
                QTableWidgetItem(key),
                *(QTableWidgetItem(_in_a_cell(x)) for x in (value, lines)),
            ]
            notes = self.draft.notes.get(key, []) if self.draft else []
            for cell in cells:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if notes:
                    cell.setToolTip(plain_tip("\n".join(notes)))  # they quote the UA
            if not found:
                cells[1].setForeground(QBrush(MISSING))
            for column, cell in enumerate(cells):
                self.table.setItem(index, column, cell)
        self.table.resizeRowsToContents()

    def _show_summary(self) -> None:
        if not hasattr(self, "summary"):
            return
        notes = self.notes_shown()
        self.notes.setText(
            self.tr("Check what was said about the text:")
            + "".join(f"\n• {note}" for note in notes)
            if notes
            else ""
        )
        self.notes.setVisible(bool(notes))
        if self.draft is None:
            self.summary.setText(
                self.tr("Nothing is made up: what the text does not say is marked as not found.")
            )
            return
        missing = len(self.draft.not_found)
        self.summary.setText(
            self.tr("%n field(s) not found: fill them in the pack editor.", "", missing)
            if missing
            else self.tr("Every field was found. Check each against its lines.")
        )

    # ------------------------------------------------------------------ onwards

    def pack_files(self, pack_id: str = "") -> PackFiles | None:
        """The draft as pack files: the manifest the draft gives and its letter, in the UA's
        language (the model letter, when the UA gives one). The id is made from the UA's
        number ("ua-45-24"), so two drafted packs do not share one."""
        if self.draft is None:
            return None
        data = tomllib.loads(to_manifest_toml(self.draft, pack_id or suggested_id(self.draft)))
        return PackFiles(data, letter_templates(self.draft))

    def _accept(self) -> None:
        files = self.pack_files()
        if files is None:
            return
        self.accepted_files.emit(files)
        self.accept()


#: The characters a cell of the table shows of a value at most: the whole of a UA's
#: field, which the pack editor shows in full. A text of 300,000 letters with no space or
#: line break was all one title, and its cell froze the window for seconds (probe 112b).
MAX_CELL_CHARS = 500


def _in_a_cell(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS].rstrip() + "…"

"""The letter pane: the talking points to keep or leave out, the letter itself, and the
buttons that send it out. It holds the :class:`~uawriter.session.LetterSession` being
written; the window hands it new sessions when a choice elsewhere recomposes the letter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.languages import is_right_to_left
from uawriter.gui.common import (
    ROLE_ID,
    FlowRow,
    PlainTextEdit,
    breakable,
    own_direction,
    plain_text,
    plain_tip,
    shortened,
    shrinkable,
)
from uawriter.gui.dialogs import ask
from uawriter.letters import TemplateProblem
from uawriter.letters.merge import line_opcodes
from uawriter.session import LetterSession

translate = QCoreApplication.translate


def _utf16_length(text: str) -> int:
    """A length as Qt counts positions in a document (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


class LetterPane(QWidget):
    """Emits :attr:`edited` when the volunteer changes the letter (typing, a tick, a reset);
    :attr:`print_requested` and :attr:`export_requested` from its buttons."""

    edited = Signal()
    print_requested = Signal()
    export_requested = Signal()
    stack_requested = Signal()
    #: a choice made the letter fail (its TemplateProblem): the letter stays as it was
    template_failed = Signal(object)
    #: lines of hers a point ticked or unticked could not carry (a tuple of str)
    not_carried = Signal(tuple)

    def __init__(self, ui_lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the letters go by e-mail: the export button saves drafts to the outbox
        self.email = False
        self.ui_lang = ui_lang
        self.session: LetterSession | None = None
        self.letter_pages = 0
        self._updating = False
        self._pressed_state: Qt.CheckState | None = None

        self.points_label = QLabel()
        self.points_label.setWordWrap(True)  # a long translation takes two lines
        self.points_list = QListWidget()
        self.points_list.setObjectName("talkingPoints")
        self.points_list.setWordWrap(True)
        self.points_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.points_list.setSpacing(3)
        # no blue selection: the tick is the only state a point has
        self.points_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.points_list.setAlternatingRowColors(True)
        self.points_label.setBuddy(self.points_list)
        self.editor = PlainTextEdit()
        self.editor.setObjectName("letterEditor")
        self.editor.setTabChangesFocus(True)
        self.editor_label = QLabel()
        self.editor_label.setObjectName("letterLabel")
        self.editor_label.setBuddy(self.editor)
        # it names the addressee, whose name can be long: it wraps, and never widens the window
        shrinkable(self.editor_label)
        self.counts = QLabel()
        self.counts.setObjectName("letterCounts")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.stack_button = QPushButton()
        self.stack_button.setObjectName("addToStackButton")

        points_pane = QWidget()
        points_layout = QVBoxLayout(points_pane)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addWidget(self.points_label)
        points_layout.addWidget(self.points_list)
        editor_pane = QWidget()
        editor_layout = QVBoxLayout(editor_pane)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor_label)
        editor_layout.addWidget(self.editor, 1)
        self.writing_split = QSplitter(Qt.Orientation.Vertical)
        self.writing_split.addWidget(points_pane)
        self.writing_split.addWidget(editor_pane)
        self.writing_split.setStretchFactor(0, 2)
        self.writing_split.setStretchFactor(1, 3)
        self.writing_split.setSizes([260, 360])
        self.writing_split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.writing_split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.reset_button)
        layout.addLayout(bottom)
        # one row, Print and Export at its far end; two rows when the pane is narrow (in
        # Kazakh the three buttons needed 431 pixels, on an 800-pixel screen)
        buttons = FlowRow(
            [self.stack_button, self.print_button, self.export_button], trailing_from=1
        )
        layout.addWidget(buttons)

        self.editor.textChanged.connect(self._letter_typed)
        self.points_list.itemChanged.connect(self._points_changed)
        self.points_list.itemPressed.connect(self._point_pressed)
        self.points_list.itemClicked.connect(self._point_clicked)
        self.reset_button.clicked.connect(self.reset_letter)
        self.print_button.clicked.connect(self.print_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.stack_button.clicked.connect(self.stack_requested)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_email(self, on: bool) -> None:
        self.email = on
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.points_label.setText(
            translate("MainWindow", "What to as&k for (untick to leave out):")
        )
        self.points_list.setAccessibleName(translate("MainWindow", "Talking points"))
        self.editor.setAccessibleName(translate("MainWindow", "Letter text"))
        self.reset_button.setText(translate("MainWindow", "Reset to the template"))
        self.print_button.setText(translate("MainWindow", "&Print…"))
        self.export_button.setText(
            translate("MainWindow", "Save e-mail dra&fts")
            if self.email
            else translate("MainWindow", "E&xport PDF…")
        )
        self.stack_button.setText(translate("MainWindow", "Add to my stac&k"))
        self.stack_button.setToolTip(
            translate(
                "MainWindow",
                "Keep these letters and write for another action; then print or export "
                "them all at once",
            )
        )
        self._update_editor_label()
        self._update_counts()
        self._label_points()  # shown in the interface's language: it changed

    # ------------------------------------------------------------------ the session

    def start(self, session: LetterSession | None) -> None:
        """A new letter (or none): points, direction, text, and the caret where words go."""
        self.session = session
        self.set_enabled(session is not None)
        self.fill_points()
        self._apply_letter_direction()
        self._update_editor_label()
        self.set_editor_text(session.text if session else "")
        # a new letter has no undo history: Ctrl+Z must not bring back the one before
        # (after "Next volunteer", the last volunteer's words)
        self.editor.document().clearUndoRedoStacks()
        if session is not None:
            self._caret_to_body()
            self.editor.setFocus()

    def recompose(self, session: LetterSession) -> None:
        """The same letter recomposed (another sender or addressee): only what changed in the
        text is replaced, so the volunteer's caret and what they type stay where they are."""
        self.session = session
        self._update_editor_label()
        self.set_editor_text(session.text)
        self._forget_undo()

    def set_language(self, session: LetterSession) -> None:
        """The letter written afresh in another language."""
        self.session = session
        self._apply_letter_direction()
        self.fill_points()
        self.set_editor_text(session.text)
        self._forget_undo()

    def _forget_undo(self) -> None:
        """Ctrl+Z after another addressee, sender or language was chosen would bring back the
        letter written for the one before, and it would go out as this one's: the address
        and greeting of the President in the Prosecutor General's fax, a Kazakh letter
        counted as English (probe 65); after a point was unticked, its paragraph with the
        point still unticked, as her own words in every letter. What she typed stays; it is
        not undone past here (a point is ticked again in its list)."""
        self.editor.document().clearUndoRedoStacks()

    def set_enabled(self, on: bool) -> None:
        for widget in (
            self.editor,
            self.points_list,
            self.reset_button,
            self.print_button,
            self.export_button,
            self.stack_button,
        ):
            widget.setEnabled(on)

    # ------------------------------------------------------------------ talking points

    def fill_points(self) -> None:
        self.points_list.blockSignals(True)
        self.points_list.clear()
        if self.session is not None:
            for point in self.session.pack.talking_points:
                item = QListWidgetItem()
                item.setData(ROLE_ID, point.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                ticked = point.id in self.session.points
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.points_list.addItem(item)
        self.points_list.blockSignals(False)
        self._label_points()

    def _label_points(self) -> None:
        if self.session is None:
            return
        ui_lang = self.ui_lang()
        points = {p.id: p for p in self.session.pack.talking_points}
        self.points_list.blockSignals(True)
        for row in range(self.points_list.count()):
            item = self.points_list.item(row)
            point = points.get(str(item.data(ROLE_ID)))
            if point is None:
                continue
            text = point.text.get(self.session.lang)
            # shown in the interface's language when the pack has it, so a volunteer
            # knows what they leave out of a letter in a language they cannot read
            item.setText(own_direction(point.text.texts.get(ui_lang, text)))
            item.setToolTip(plain_tip(text))
        self.points_list.blockSignals(False)

    def _point_pressed(self, item: QListWidgetItem) -> None:
        self._pressed_state = item.checkState()

    def _point_clicked(self, item: QListWidgetItem) -> None:
        """A click on a point's text ticks or unticks it too, not only its small box."""
        if item.checkState() == self._pressed_state:
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def _points_changed(self, _item: QListWidgetItem) -> None:
        if self.session is None:
            return
        chosen = [
            str(self.points_list.item(row).data(ROLE_ID))
            for row in range(self.points_list.count())
            if self.points_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        if tuple(chosen) == self.session.points:
            return
        try:
            self.session = self.session.with_points(chosen)
        except TemplateProblem as exc:
            self.fill_points()  # the ticks as the letter still has them
            self.template_failed.emit(exc)
            return
        self.set_editor_text(self.session.text)
        self._forget_undo()  # Ctrl+Z gave the paragraph back with its point still unticked
        self._letter_changed()
        if self.session.not_carried:
            self.not_carried.emit(self.session.not_carried)

    # ------------------------------------------------------------------ the text

    def _update_editor_label(self) -> None:
        if self.session is None:
            self.editor_label.setText(translate("MainWindow", "Le&tter:"))
            return
        self.editor_label.setText(
            translate("MainWindow", "Le&tter to %1 (your changes go into every letter):").replace(
                "%1", breakable(shortened(self.session.addressee.display_name)).replace("&", "&&")
            )
        )

    def _apply_letter_direction(self) -> None:
        """An Arabic or Hebrew letter reads from the right in the editor, as in the PDF."""
        if self.session is None:
            return
        option = self.editor.document().defaultTextOption()
        rtl = is_right_to_left(self.session.lang)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LayoutDirectionAuto
        )
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.editor.document().setDefaultTextOption(option)

    def _caret_to_body(self) -> None:
        """Put the caret where a volunteer adds words: the start of the letter's first paragraph."""
        if self.session is None:
            return
        salutation = self.session.addressee.salutation.get(self.session.lang)
        found = self.editor.document().find(salutation) if salutation else None
        cursor = self.editor.textCursor()
        if found is not None and not found.isNull():
            cursor.setPosition(found.position())
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
            while cursor.block().text().strip() == "" and cursor.block().next().isValid():
                cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def set_editor_text(self, text: str) -> None:
        """Change the editor's text to ``text`` as one undoable step.

        Only the lines that differ are replaced, each through a cursor of its own: the caret
        (and anything typed since) moves with the text around it, as when another person
        edits the same document, instead of staying at a number of characters from the top.
        """
        old = self.editor.document().toRawText().replace("\u2029", "\n")
        if old == text:
            return
        old_lines = old.splitlines(keepends=True)
        new_lines = text.splitlines(keepends=True)
        starts = [0]
        for line in old_lines:
            starts.append(starts[-1] + _utf16_length(line))
        changes = line_opcodes(old_lines, new_lines)
        self._updating = True
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        for tag, i1, i2, j1, j2 in reversed(changes):  # from the end: positions stay valid
            if tag == "equal":
                continue
            cursor.setPosition(starts[i1])
            cursor.setPosition(starts[i2], QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText("".join(new_lines[j1:j2]))
        cursor.endEditBlock()
        self._updating = False
        self._update_counts()

    def _letter_typed(self) -> None:
        if self._updating or self.session is None:
            return
        self.session = self.session.with_text(plain_text(self.editor))
        self._letter_changed()

    def _letter_changed(self) -> None:
        self._update_counts()
        self.edited.emit()

    def reset_letter(self) -> None:
        # the letter on screen: letters she left for other officials are not on it (Reset
        # on one she had not changed wiped the one she had, probe 86a)
        if self.session is None or not self.session.shown_edited:
            return
        if ask(
            self.window(),
            "resetQuestion",
            translate("MainWindow", "Reset the letter?"),
            translate(
                "MainWindow", "Your changes to the letter will be replaced by the template's text."
            ),
        ):
            self.session = self.session.reset()
            self.set_editor_text(self.session.text)
            self._letter_changed()

    def set_pages(self, pages: int) -> None:
        """The letter's page count from the preview (the cover sheet not counted)."""
        self.letter_pages = pages
        self._update_counts()

    def _update_counts(self) -> None:
        words = len(plain_text(self.editor).split())
        text = translate("MainWindow", "%n word(s)", "", words)
        if self.letter_pages:
            text += " · " + translate("MainWindow", "%n page(s)", "", self.letter_pages)
        self.counts.setText(text)

"""The pack editor's Letters tab: each letter as plain text with field chips, beside the
letter it makes for the chosen addressee.

The code editor (``template``, a plain text box) holds the template the pack editor saves
and checks; the letter editor (:class:`~uawriter.gui.letter_editor.LetterEditor`) shows the
same template as text and chips and writes every change back to it. A template with code
the field menu does not have opens as code, with a line saying why; anyone may switch to
the code with *Show template code*.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from uawriter.gui.common import plain_text
from uawriter.gui.letter_editor import LetterEditor

translate = QCoreApplication.translate

LETTER_PAGE, CODE_PAGE = 0, 1


class LettersTab(QWidget):
    """The letter templates, one per language, beside the letter the current one makes."""

    def __init__(self) -> None:
        super().__init__()
        self.letter_language = QComboBox()
        self.letter_language.setObjectName("letterTemplateLanguage")
        self.add_letter = QPushButton()
        self.add_letter.setObjectName("addLetter")
        self.letter_editor = LetterEditor()
        self.letter_editor.setObjectName("letterEditor")
        self.template = QPlainTextEdit()
        self.template.setObjectName("letterTemplate")
        self.template.setTabChangesFocus(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.letter_editor)
        self.pages.addWidget(self.template)
        self.insert_field = QToolButton()
        self.insert_field.setObjectName("insertField")
        self.insert_field.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_field.setMenu(self.letter_editor.field_menu(self.insert_field))
        self.show_code = QCheckBox()
        self.show_code.setObjectName("showTemplateCode")
        self.code_note = QLabel()
        self.code_note.setObjectName("templateCodeNote")
        self.code_note.setWordWrap(True)
        self.code_note.hide()
        self.letter_preview = QPlainTextEdit()
        self.letter_preview.setObjectName("letterTemplatePreview")
        self.letter_preview.setReadOnly(True)
        self.template_label, self.preview_label = QLabel(), QLabel()
        self.template_label.setBuddy(self.letter_editor)
        top = QHBoxLayout()
        top.addWidget(self.letter_language, 1)
        top.addWidget(self.add_letter)
        tools = QHBoxLayout()
        tools.addWidget(self.template_label, 1)
        tools.addWidget(self.insert_field)
        tools.addWidget(self.show_code)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.code_note)
        left_layout.addWidget(self.pages, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.letter_preview, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._writing_back = False
        self._simple = True
        self.template.textChanged.connect(self._code_changed)
        self.letter_editor.edited.connect(self._letter_edited)
        self.show_code.toggled.connect(self._show_page)

    @property
    def simple(self) -> bool:
        """Whether the current template can be edited as text and fields."""
        return self._simple

    def _code_changed(self) -> None:
        if self._writing_back:
            return
        self._simple = self.letter_editor.set_template(plain_text(self.template))
        self.show_code.setEnabled(self._simple)
        self.code_note.setVisible(not self._simple)
        self._show_page()

    def _letter_edited(self) -> None:
        self._writing_back = True
        try:
            self.template.setPlainText(self.letter_editor.template())
        finally:
            self._writing_back = False

    def _show_page(self, *_: object) -> None:
        code = self.show_code.isChecked() or not self._simple
        self.pages.setCurrentIndex(CODE_PAGE if code else LETTER_PAGE)
        self.insert_field.setEnabled(not code)

    def retranslate_ui(self) -> None:
        self.add_letter.setText(translate("PackEditor", "Add a letter language…"))
        self.template_label.setText(translate("PackEditor", "Letter:"))
        self.preview_label.setText(translate("PackEditor", "The letter it makes:"))
        self.insert_field.setText(translate("PackEditor", "Insert field"))
        self.insert_field.setToolTip(
            translate(
                "PackEditor",
                "Put a field where the cursor is: the salutation, their address, the talking "
                "points, your name… Each is filled in for every letter.",
            )
        )
        self.show_code.setText(translate("PackEditor", "Show template code"))
        self.code_note.setText(
            translate(
                "PackEditor",
                "This letter uses template code the field menu does not have, so it is shown "
                "as code. Edit it here, or start a new letter language from a simple letter.",
            )
        )
        self.insert_field.setMenu(self.letter_editor.field_menu(self.insert_field))
        if self._simple:
            self.letter_editor.set_template(plain_text(self.template))

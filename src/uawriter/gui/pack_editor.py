"""The pack editor: every field of a pack, its addressees and its letters, checked as typed.

The form edits :class:`~uawriter.pack_files.PackFiles` (the manifest as TOML data plus the
templates), so it can hold a pack that is not valid yet. After each change the pack is
loaded from a temporary folder exactly as the app will load it; the problems are listed
under the form and shown on the fields they are about, and the letter preview is composed
from the loaded pack.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.languages import canonical_language, language_name
from uawriter.domain.model import Pack, Problem, Sender
from uawriter.engine import compose
from uawriter.letters import TemplateProblem
from uawriter.pack_files import PackFiles, check_pack_files, save_pack_files
from uawriter.packs.loader import BrokenPack

CHECK_DELAY_MS = 400
PROBLEM_STYLE = "border: 2px solid #b3261e;"

# Plain text fields of the manifest: (path, kind) where kind is "text", "date" or "list".
ACTION_FIELDS = [
    ("id", "text"),
    ("source_language", "text"),
    ("contacts_checked", "date"),
    ("action.ua_number", "text"),
    ("action.issued", "date"),
    ("action.deadline", "date"),
    ("action.country", "text"),
    ("action.write_in", "list"),
    ("action.further_information", "text"),
]
# Texts given per language: (path, multi-line?)
ACTION_TEXTS = [
    ("action.title", False),
    ("action.summary", True),
    ("action.additional_information", True),
    ("action.after_deadline", False),
    ("action.diplomatic_copies", False),
]
ADDRESSEE_FIELDS = ["id", "title", "name", "organisation", "country", "fax"]


def _get(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` to ``value``; an empty value removes optional keys."""
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    if value in ("", None, []):
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value


def _date_or_text(text: str) -> dt.date | str:
    """A date typed as YYYY-MM-DD becomes a TOML date; anything else stays text, which the
    check then reports with the usual message."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return text.strip()


class PackEditor(QDialog):
    """Create or edit a user pack. ``saved`` carries the folder written."""

    saved = Signal(Path)

    def __init__(
        self,
        files: PackFiles,
        user_packs: Path,
        folder: Path | None = None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packEditor")
        self.files = files.copy()
        self.user_packs = user_packs
        self.folder = folder
        self.today = today
        self.problems: list[Problem] = []
        self.pack: Pack | None = None
        self._loading = False
        self.timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("packEditorTabs")
        self.tabs.addTab(self._action_tab(), "")
        self.tabs.addTab(self._points_tab(), "")
        self.tabs.addTab(self._addressees_tab(), "")
        self.tabs.addTab(self._letters_tab(), "")

        self.problem_list = QListWidget()
        self.problem_list.setObjectName("packProblems")
        self.problem_list.setMaximumHeight(120)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.status = QLabel()
        self.status.setObjectName("packStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.buttons)
        self._load()
        self.retranslate_ui()
        self.resize(980, 700)
        self.check()

    # ------------------------------------------------------------------ building

    def _action_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.field_edits: dict[str, QLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        for path, _kind in ACTION_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field:{path}")
            edit.textEdited.connect(self._changed)
            label = QLabel()
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.field_edits[path] = edit
            self.field_labels[path] = label
        self.revision = QSpinBox()
        self.revision.setObjectName("field:revision")
        self.revision.setRange(1, 9999)
        self.update_number = QSpinBox()
        self.update_number.setObjectName("field:action.update")
        self.update_number.setRange(0, 99)
        self.own_language = QCheckBox()
        self.own_language.setObjectName("field:action.write_in_own_language")
        for widget in (self.revision, self.update_number):
            widget.valueChanged.connect(self._changed)
        self.own_language.toggled.connect(self._changed)
        self.revision_label, self.update_label = QLabel(), QLabel()
        self.revision_label.setBuddy(self.revision)
        self.update_label.setBuddy(self.update_number)
        form.insertRow(1, self.revision_label, self.revision)
        form.addRow(self.update_label, self.update_number)
        form.addRow(self.own_language)

        self.text_language = QComboBox()
        self.text_language.setObjectName("textLanguage")
        self.text_language.currentIndexChanged.connect(self._show_texts)
        self.add_text_language = QPushButton()
        self.add_text_language.setObjectName("addTextLanguage")
        self.add_text_language.clicked.connect(self._ask_text_language)
        row = QHBoxLayout()
        row.addWidget(self.text_language, 1)
        row.addWidget(self.add_text_language)
        self.text_language_label = QLabel()
        form.addRow(self.text_language_label, row)
        self.text_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.text_labels: dict[str, QLabel] = {}
        for path, multi in ACTION_TEXTS:
            text_edit: QLineEdit | QPlainTextEdit
            if multi:
                area = QPlainTextEdit()
                area.setTabChangesFocus(True)
                area.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
                area.textChanged.connect(self._changed)
                text_edit = area
            else:
                line = QLineEdit()
                line.textEdited.connect(self._changed)
                text_edit = line
            text_edit.setObjectName(f"text:{path}")
            label = QLabel()
            label.setBuddy(text_edit)
            form.addRow(label, text_edit)
            self.text_edits[path] = text_edit
            self.text_labels[path] = label
        return tab

    def _points_tab(self) -> QWidget:
        tab = QWidget()
        self.point_list = QListWidget()
        self.point_list.setObjectName("pointList")
        self.point_list.currentRowChanged.connect(self._show_point)
        self.add_point = QPushButton()
        self.add_point.setObjectName("addPoint")
        self.remove_point = QPushButton()
        self.remove_point.setObjectName("removePoint")
        self.add_point.clicked.connect(self._add_point)
        self.remove_point.clicked.connect(self._remove_point)
        self.point_id = QLineEdit()
        self.point_id.setObjectName("pointId")
        self.point_text = QPlainTextEdit()
        self.point_text.setObjectName("pointText")
        self.point_text.setTabChangesFocus(True)
        self.point_id.textEdited.connect(self._point_edited)
        self.point_text.textChanged.connect(self._point_edited)
        self.point_id_label, self.point_text_label = QLabel(), QLabel()
        self.point_id_label.setBuddy(self.point_id)
        self.point_text_label.setBuddy(self.point_text)
        return self._list_and_form(
            tab,
            self.point_list,
            (self.add_point, self.remove_point),
            [(self.point_id_label, self.point_id), (self.point_text_label, self.point_text)],
        )

    def _addressees_tab(self) -> QWidget:
        tab = QWidget()
        self.addressee_list = QListWidget()
        self.addressee_list.setObjectName("editorAddresseeList")
        self.addressee_list.currentRowChanged.connect(self._show_addressee)
        self.add_addressee = QPushButton()
        self.add_addressee.setObjectName("addAddressee")
        self.remove_addressee = QPushButton()
        self.remove_addressee.setObjectName("removeAddressee")
        self.add_addressee.clicked.connect(self._add_addressee)
        self.remove_addressee.clicked.connect(self._remove_addressee)
        self.addressee_edits: dict[str, QLineEdit] = {}
        rows: list[tuple[QLabel, QWidget]] = []
        self.addressee_labels: dict[str, QLabel] = {}
        self.role = QComboBox()
        self.role.setObjectName("addressee:role")
        self.role.currentIndexChanged.connect(self._addressee_edited)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        rows.append((self.role_label, self.role))
        for key in ADDRESSEE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"addressee:{key}")
            edit.textEdited.connect(self._addressee_edited)
            label = QLabel()
            label.setBuddy(edit)
            rows.append((label, edit))
            self.addressee_edits[key] = edit
            self.addressee_labels[key] = label
        self.address_lines = QPlainTextEdit()
        self.address_lines.setObjectName("addressee:address")
        self.address_lines.setTabChangesFocus(True)
        self.address_lines.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.address_lines.textChanged.connect(self._addressee_edited)
        self.emails = QLineEdit()
        self.emails.setObjectName("addressee:emails")
        self.emails.textEdited.connect(self._addressee_edited)
        self.salutation = QLineEdit()
        self.salutation.setObjectName("addressee:salutation")
        self.salutation.textEdited.connect(self._addressee_edited)
        self.address_label, self.emails_label, self.salutation_label = QLabel(), QLabel(), QLabel()
        self.address_label.setBuddy(self.address_lines)
        self.emails_label.setBuddy(self.emails)
        self.salutation_label.setBuddy(self.salutation)
        rows.insert(5, (self.address_label, self.address_lines))
        rows += [(self.emails_label, self.emails), (self.salutation_label, self.salutation)]
        return self._list_and_form(
            tab, self.addressee_list, (self.add_addressee, self.remove_addressee), rows
        )

    def _letters_tab(self) -> QWidget:
        tab = QWidget()
        self.letter_language = QComboBox()
        self.letter_language.setObjectName("letterTemplateLanguage")
        self.letter_language.currentIndexChanged.connect(self._show_template)
        self.add_letter = QPushButton()
        self.add_letter.setObjectName("addLetter")
        self.add_letter.clicked.connect(self._ask_letter_language)
        self.template = QPlainTextEdit()
        self.template.setObjectName("letterTemplate")
        self.template.setTabChangesFocus(True)
        self.template.textChanged.connect(self._template_edited)
        self.letter_preview = QPlainTextEdit()
        self.letter_preview.setObjectName("letterTemplatePreview")
        self.letter_preview.setReadOnly(True)
        self.template_label, self.preview_label = QLabel(), QLabel()
        self.template_label.setBuddy(self.template)
        top = QHBoxLayout()
        top.addWidget(self.letter_language, 1)
        top.addWidget(self.add_letter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        left_layout.addWidget(self.template_label)
        left_layout.addWidget(self.template, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.letter_preview, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(tab)
        layout.addWidget(split)
        return tab

    @staticmethod
    def _list_and_form(
        tab: QWidget,
        items: QListWidget,
        buttons: tuple[QPushButton, QPushButton],
        rows: list[tuple[QLabel, QWidget]],
    ) -> QWidget:
        left = QVBoxLayout()
        left.addWidget(items, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        left.addLayout(row)
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 1)
        layout.addLayout(form, 2)
        return tab

    # ------------------------------------------------------------------ text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit action pack"))
        self.tabs.setTabText(0, self.tr("Action"))
        self.tabs.setTabText(1, self.tr("What to ask for"))
        self.tabs.setTabText(2, self.tr("Addressees"))
        self.tabs.setTabText(3, self.tr("Letters"))
        labels = {
            "id": self.tr("Pack id:"),
            "source_language": self.tr("Written in (language code):"),
            "contacts_checked": self.tr("Contacts checked on (YYYY-MM-DD):"),
            "action.ua_number": self.tr("UA number:"),
            "action.issued": self.tr("Issued on (YYYY-MM-DD):"),
            "action.deadline": self.tr("Deadline (YYYY-MM-DD, empty for none):"),
            "action.country": self.tr("Country code:"),
            "action.write_in": self.tr("Write in (language codes):"),
            "action.further_information": self.tr("Further information (web address):"),
        }
        for path, label in labels.items():
            self.field_labels[path].setText(label)
            self.field_edits[path].setAccessibleName(label.rstrip(":"))
        self.revision_label.setText(self.tr("Revision:"))
        self.update_label.setText(self.tr("Update number (0 for the first UA):"))
        self.own_language.setText(
            self.tr("Letters may also be written in the writer's own language")
        )
        self.text_language_label.setText(self.tr("Texts in:"))
        self.add_text_language.setText(self.tr("Add a language…"))
        texts = {
            "action.title": self.tr("Title:"),
            "action.summary": self.tr("Summary:"),
            "action.additional_information": self.tr("Additional information:"),
            "action.after_deadline": self.tr("After the deadline:"),
            "action.diplomatic_copies": self.tr("Copies to diplomats:"),
        }
        for path, label in texts.items():
            self.text_labels[path].setText(label)
            self.text_edits[path].setAccessibleName(label.rstrip(":"))
        self.add_point.setText(self.tr("Add"))
        self.remove_point.setText(self.tr("Remove"))
        self.point_id_label.setText(self.tr("Id:"))
        self.point_text_label.setText(self.tr("Paragraph of the letter:"))
        self.add_addressee.setText(self.tr("Add"))
        self.remove_addressee.setText(self.tr("Remove"))
        self.role_label.setText(self.tr("Role:"))
        addressee_labels = {
            "id": self.tr("Id:"),
            "title": self.tr("Title:", "an addressee's position, such as Minister of Justice"),
            "name": self.tr("Name:"),
            "organisation": self.tr("Organisation:"),
            "country": self.tr("Country (as on the envelope):"),
            "fax": self.tr("Fax:"),
        }
        for key, label in addressee_labels.items():
            self.addressee_labels[key].setText(label)
        self.address_label.setText(self.tr("Address lines:"))
        self.emails_label.setText(self.tr("E-mails (separated by commas):"))
        self.salutation_label.setText(self.tr("Salutation (in the language above):"))
        self._fill_roles()
        self.add_letter.setText(self.tr("Add a letter language…"))
        self.template_label.setText(self.tr("Letter template:"))
        self.preview_label.setText(self.tr("The letter it makes:"))
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self._show_status()

    def _fill_roles(self) -> None:
        current = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        self.role.addItem(self.tr("Write to (target)"), "target")
        self.role.addItem(self.tr("Copy to"), "copy")
        self.role.setCurrentIndex(max(self.role.findData(current), 0))
        self.role.blockSignals(False)

    # ------------------------------------------------------------------ data <-> form

    def _languages_in_texts(self) -> list[str]:
        found: list[str] = [str(self.files.data.get("source_language") or "en")]
        tables: list[Any] = [_get(self.files.data, path) for path, _ in ACTION_TEXTS]
        tables += [p.get("text") for p in self.files.data.get("talking_points", [])]
        tables += [a.get("salutation") for a in self.files.data.get("addressees", [])]
        for table in tables:
            if isinstance(table, dict):
                found += [str(code) for code in table]
        found += list(self.files.templates)
        return list(dict.fromkeys(found))

    def _load(self) -> None:
        self._loading = True
        data = self.files.data
        for path, kind in ACTION_FIELDS:
            value = _get(data, path)
            if kind == "list" and isinstance(value, list):
                text = ", ".join(str(v) for v in value)
            else:
                text = "" if value is None else str(value)
            self.field_edits[path].setText(text)
        self.revision.setValue(int(data.get("revision", 1) or 1))
        self.update_number.setValue(int(_get(data, "action.update") or 0))
        self.own_language.setChecked(
            bool(_get(data, "action.write_in_own_language") in (None, True))
        )
        self.text_language.clear()
        for code in self._languages_in_texts():
            self.text_language.addItem(self._language_label(code), code)
        self.point_list.clear()
        for point in data.get("talking_points", []):
            self.point_list.addItem(str(point.get("id", "")))
        self.addressee_list.clear()
        for addressee in data.get("addressees", []):
            self.addressee_list.addItem(self._addressee_label(addressee))
        self.letter_language.clear()
        for code in self.files.templates:
            self.letter_language.addItem(self._language_label(code), code)
        self._loading = False
        self._show_texts()
        self.point_list.setCurrentRow(0)
        self.addressee_list.setCurrentRow(0)
        self._show_template()

    @staticmethod
    def _language_label(code: str) -> str:
        return f"{language_name(code)} ({code})"

    @staticmethod
    def _addressee_label(addressee: dict[str, Any]) -> str:
        parts = [str(addressee.get(k) or "") for k in ("title", "name")]
        return ", ".join(p for p in parts if p) or str(addressee.get("id") or "…")

    def _lang(self) -> str:
        return str(
            self.text_language.currentData() or self.files.data.get("source_language") or "en"
        )

    def _show_texts(self, *_: object) -> None:
        self._loading = True
        lang = self._lang()
        for path, _multi in ACTION_TEXTS:
            table = _get(self.files.data, path)
            text = str(table.get(lang, "")) if isinstance(table, dict) else ""
            edit = self.text_edits[path]
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
            else:
                edit.setText(text)
        self._loading = False
        self._show_point(self.point_list.currentRow())
        self._show_addressee(self.addressee_list.currentRow())

    def _show_point(self, row: int) -> None:
        points = self.files.data.get("talking_points", [])
        point = points[row] if 0 <= row < len(points) else None
        self._loading = True
        self.point_id.setText(str(point.get("id", "")) if point else "")
        text = point.get("text", {}) if point else {}
        self.point_text.setPlainText(
            str(text.get(self._lang(), "")) if isinstance(text, dict) else ""
        )
        for widget in (self.point_id, self.point_text, self.remove_point):
            widget.setEnabled(point is not None)
        self._loading = False
        self._mark_problems()

    def _show_addressee(self, row: int) -> None:
        addressees = self.files.data.get("addressees", [])
        addressee = addressees[row] if 0 <= row < len(addressees) else None
        self._loading = True
        a = addressee or {}
        self.role.setCurrentIndex(max(self.role.findData(a.get("role", "target")), 0))
        for key, edit in self.addressee_edits.items():
            edit.setText(str(a.get(key, "") or ""))
        self.address_lines.setPlainText("\n".join(str(x) for x in a.get("address", []) or []))
        self.emails.setText(", ".join(str(x) for x in a.get("emails", []) or []))
        salutation = a.get("salutation", {})
        lang = self._lang()
        self.salutation.setText(
            str(salutation.get(lang, "")) if isinstance(salutation, dict) else ""
        )
        enabled = addressee is not None
        for widget in (
            *self.addressee_edits.values(),
            self.address_lines,
            self.emails,
            self.salutation,
            self.role,
            self.remove_addressee,
        ):
            widget.setEnabled(enabled)
        self._loading = False
        self._mark_problems()

    def _show_template(self, *_: object) -> None:
        code = self.letter_language.currentData()
        self._loading = True
        self.template.setPlainText(self.files.templates.get(str(code), "") if code else "")
        self.template.setEnabled(code is not None)
        self._loading = False
        self._preview()

    # ------------------------------------------------------------------ edits

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        data = self.files.data
        for path, kind in ACTION_FIELDS:
            text = self.field_edits[path].text().strip()
            value: Any = text
            if kind == "date":
                value = _date_or_text(text) if text else ""
            elif kind == "list":
                value = [part.strip() for part in re.split(r"[,;\s]+", text) if part.strip()]
            _set(data, path, value)
        data["revision"] = self.revision.value()
        data.setdefault("action", {})["update"] = self.update_number.value()
        data["action"]["write_in_own_language"] = self.own_language.isChecked()
        lang = self._lang()
        for path, _multi in ACTION_TEXTS:
            edit = self.text_edits[path]
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            table = _get(data, path)
            table = dict(table) if isinstance(table, dict) else {}
            if text.strip():
                table[lang] = text.strip()
            else:
                table.pop(lang, None)
            _set(data, path, table)
        self.timer.start()

    def _point_edited(self, *_: object) -> None:
        row = self.point_list.currentRow()
        points = self.files.data.get("talking_points", [])
        if self._loading or not 0 <= row < len(points):
            return
        point = points[row]
        point["id"] = self.point_id.text().strip()
        text = dict(point.get("text") or {})
        text[self._lang()] = self.point_text.toPlainText().strip()
        point["text"] = text
        item = self.point_list.item(row)
        if item is not None:
            item.setText(point["id"] or "…")
        self.timer.start()

    def _addressee_edited(self, *_: object) -> None:
        row = self.addressee_list.currentRow()
        addressees = self.files.data.get("addressees", [])
        if self._loading or not 0 <= row < len(addressees):
            return
        a = addressees[row]
        a["role"] = self.role.currentData() or "target"
        for key, edit in self.addressee_edits.items():
            value = edit.text().strip()
            if value or key == "id":
                a[key] = value
            else:
                a.pop(key, None)
        a["address"] = [
            x.strip() for x in self.address_lines.toPlainText().splitlines() if x.strip()
        ]
        emails = [x.strip() for x in re.split(r"[,;\s]+", self.emails.text()) if x.strip()]
        if emails:
            a["emails"] = emails
        else:
            a.pop("emails", None)
        salutation = dict(a.get("salutation") or {})
        salutation[self._lang()] = self.salutation.text().strip()
        a["salutation"] = salutation
        item = self.addressee_list.item(row)
        if item is not None:
            item.setText(self._addressee_label(a))
        self.timer.start()

    def _template_edited(self) -> None:
        code = self.letter_language.currentData()
        if self._loading or code is None:
            return
        self.files.templates[str(code)] = self.template.toPlainText()
        self.timer.start()

    def _add_point(self) -> None:
        points = self.files.data.setdefault("talking_points", [])
        points.append({"id": f"point-{len(points) + 1}", "text": {self._lang(): ""}})
        self.point_list.addItem(points[-1]["id"])
        self.point_list.setCurrentRow(len(points) - 1)
        self.point_text.setFocus()
        self.timer.start()

    def _remove_point(self) -> None:
        row = self.point_list.currentRow()
        points = self.files.data.get("talking_points", [])
        if 0 <= row < len(points):
            del points[row]
            self.point_list.takeItem(row)
            self._show_point(self.point_list.currentRow())
            self.timer.start()

    def _add_addressee(self) -> None:
        addressees = self.files.data.setdefault("addressees", [])
        addressees.append(
            {
                "id": f"addressee-{len(addressees) + 1}",
                "role": "target",
                "salutation": {self._lang(): ""},
            }
        )
        self.addressee_list.addItem(self._addressee_label(addressees[-1]))
        self.addressee_list.setCurrentRow(len(addressees) - 1)
        self.addressee_edits["title"].setFocus()
        self.timer.start()

    def _remove_addressee(self) -> None:
        row = self.addressee_list.currentRow()
        addressees = self.files.data.get("addressees", [])
        if 0 <= row < len(addressees):
            del addressees[row]
            self.addressee_list.takeItem(row)
            self._show_addressee(self.addressee_list.currentRow())
            self.timer.start()

    def _ask_code(self, title: str) -> str | None:
        code, ok = QInputDialog.getText(self, title, self.tr("Language code (such as kk, ru, es):"))
        if not ok or not code.strip():
            return None
        canonical = canonical_language(code.strip())
        if not canonical:
            QMessageBox.warning(
                self,
                title,
                self.tr("UA Writer does not know the language code “%1”.").replace("%1", code),
            )
            return None
        return canonical

    def _ask_text_language(self) -> None:
        code = self._ask_code(self.tr("Add a language"))
        if code is None:
            return
        if self.text_language.findData(code) < 0:
            self.text_language.addItem(self._language_label(code), code)
        self.text_language.setCurrentIndex(self.text_language.findData(code))

    def _ask_letter_language(self) -> None:
        code = self._ask_code(self.tr("Add a letter language"))
        if code is None:
            return
        if code not in self.files.templates:
            source = self.files.templates.get(str(self.letter_language.currentData()), "")
            self.files.templates[code] = source  # start from the letter shown, to translate
            self.letter_language.addItem(self._language_label(code), code)
        self.letter_language.setCurrentIndex(self.letter_language.findData(code))
        if self.text_language.findData(code) < 0:
            self.text_language.addItem(self._language_label(code), code)
        self.timer.start()

    # ------------------------------------------------------------------ checking

    def check(self) -> None:
        """Load the pack as the app would and show what is wrong, field by field."""
        result = check_pack_files(self.files)
        if isinstance(result, BrokenPack):
            self.problems = list(result.problems)
            self.pack = None
        else:
            self.problems = []
            self.pack = result
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem(f"{problem.field or problem.file}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.problem_list.addItem(item)
        self._mark_problems()
        self._show_status()
        self._preview()

    def _show_status(self) -> None:
        if not hasattr(self, "status"):
            return
        if self.problems:
            self.status.setText(
                self.tr("%n problem(s) to fix before the pack can be used:", "", len(self.problems))
            )
        else:
            self.status.setText(self.tr("The pack is ready to use."))

    def _problem_for(self, path: str) -> str:
        return "\n".join(
            p.message for p in self.problems if p.field == path or p.field.startswith(path + ".")
        )

    def _mark(self, widget: QWidget, message: str) -> None:
        widget.setStyleSheet(PROBLEM_STYLE if message else "")
        widget.setToolTip(message)

    def _mark_problems(self) -> None:
        if not hasattr(self, "salutation"):
            return
        for path, edit in self.field_edits.items():
            self._mark(edit, self._problem_for(path))
        lang = self._lang()
        for path, text_edit in self.text_edits.items():
            self._mark(text_edit, self._problem_for(path))
        self._mark(self.revision, self._problem_for("revision"))
        row = self.point_list.currentRow()
        self._mark(self.point_id, self._problem_for(f"talking_points[{row}].id"))
        self._mark(
            self.point_text,
            self._problem_for(f"talking_points[{row}].text.{lang}")
            or self._problem_for(f"talking_points[{row}].text"),
        )
        row = self.addressee_list.currentRow()
        base = f"addressees[{row}]"
        for key, edit in self.addressee_edits.items():
            self._mark(edit, self._problem_for(f"{base}.{key}"))
        self._mark(self.emails, self._problem_for(f"{base}.emails"))
        self._mark(
            self.salutation,
            self._problem_for(f"{base}.salutation.{lang}")
            or self._problem_for(f"{base}.salutation"),
        )
        for view, prefix in (
            (self.point_list, "talking_points"),
            (self.addressee_list, "addressees"),
        ):
            for i in range(view.count()):
                message = self._problem_for(f"{prefix}[{i}]")
                item = view.item(i)
                item.setToolTip(message)
                item.setForeground(Qt.GlobalColor.red if message else self.palette().text().color())

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        field = str(item.data(Qt.ItemDataRole.UserRole) or "")
        match = re.match(r"(talking_points|addressees)\[(\d+)\]", field)
        if match:
            tab, view = (
                (1, self.point_list)
                if match.group(1) == "talking_points"
                else (2, self.addressee_list)
            )
            self.tabs.setCurrentIndex(tab)
            view.setCurrentRow(int(match.group(2)))
            return
        for path, edit in {**self.field_edits, **self.text_edits}.items():
            if field == path or field.startswith(path + "."):
                self.tabs.setCurrentIndex(0)
                edit.setFocus()
                return
        if field.startswith("letters") or "letters/" in item.text():
            self.tabs.setCurrentIndex(3)

    def _preview(self) -> None:
        code = self.letter_language.currentData()
        if self.pack is None or code is None or not self.pack.addressees:
            self.letter_preview.setPlainText(
                "\n".join(str(p) for p in self.problems if "letters/" in p.file) or ""
            )
            return
        try:
            text = compose(
                self.pack,
                self.pack.addressees[0],
                str(code),
                Sender("A. Volunteer", ("1 High Street", "Town"), "volunteer@example.org"),
                self.today(),
            )
        except (TemplateProblem, KeyError) as exc:
            text = str(getattr(exc, "problem", exc))
        self.letter_preview.setPlainText(text)

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        self.timer.stop()
        self.check()
        if self.problems:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Save a pack with problems?"),
                self.tr(
                    "Until the problems are fixed the pack is listed as broken and "
                    "cannot be used for letters. Save it anyway?"
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("saveWithProblems")
            if box.exec() != QMessageBox.StandardButton.Save:
                return
        if not str(self.files.data.get("id") or "").strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Give the pack an id first."))
            return
        try:
            folder = save_pack_files(self.files, self.user_packs, self.folder)
        except (OSError, TypeError, ValueError) as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The pack could not be saved:\n%1").replace("%1", str(exc)),
            )
            return
        self.folder = folder
        self.saved.emit(folder)
        self.accept()

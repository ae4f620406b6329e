"""The pack editor's four tabs: the widgets of each, their labels, and moving a pack's TOML
data into them and back.

Each tab is a plain widget that knows its own fields and nothing of the dialog: it shows a
part of the manifest (its ``show_…`` methods), writes what was typed back into
it (:meth:`store`), and emits ``edited`` when the volunteer changes a field. The dialog
(:mod:`uawriter.gui.pack_editor`) decides which part to show, keeps the data and checks it.

The texts belong to the translation context "PackEditor", as when they were written in the
dialog itself, so the translations keep them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.languages import language_name
from uawriter.gui.common import PlainTextEdit, plain_text

translate = QCoreApplication.translate

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

_SEPARATORS = r"[,;\s]+"


# ---------------------------------------------------------------------- manifest data


def get_path(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted ``path`` such as ``action.title``, or None."""
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` to ``value``; an empty value removes optional keys."""
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    if value in ("", None, []):
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value


def date_or_text(text: str) -> dt.date | str:
    """A date typed as YYYY-MM-DD becomes a TOML date; anything else stays text, which the
    check then reports with the usual message."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return text.strip()


def split_list(text: str) -> list[str]:
    """Codes or addresses typed with commas, semicolons or spaces between them."""
    return [part.strip() for part in re.split(_SEPARATORS, text) if part.strip()]


def split_commas(text: str) -> list[str]:
    """Items typed with commas or semicolons between them (telephone numbers have spaces)."""
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def split_social(text: str) -> dict[str, str]:
    """ "twitter: @name, facebook: page" -> {"twitter": "@name", "facebook": "page"}; a
    handle without a platform is kept under "other" for the check to name."""
    found: dict[str, str] = {}
    for part in split_commas(text):
        platform, colon, handle = part.partition(":")
        if colon and handle.strip():
            found[platform.strip().lower()] = handle.strip()
        elif part.strip():
            found["other"] = part.strip()
    return found


def language_label(code: str) -> str:
    """ "Kazakh (kk)", named in the interface's language ("казахский (kk)" in Russian, as
    the rest of the window names it; probe 79c)."""
    return f"{language_name(code, QLocale().bcp47Name() or 'en')} ({code})"


def relabel_languages(box: QComboBox) -> None:
    """The language names of ``box`` (its items' data are codes) in the interface's
    language, once it changed."""
    for index in range(box.count()):
        box.setItemText(index, language_label(str(box.itemData(index))))


def addressee_label(addressee: dict[str, Any]) -> str:
    """How an addressee is listed: title and name, else its id."""
    parts = [str(addressee.get(k) or "") for k in ("title", "name")]
    return ", ".join(p for p in parts if p) or str(addressee.get("id") or "…")


def _text_of(edit: QLineEdit | QPlainTextEdit) -> str:
    return plain_text(edit) if isinstance(edit, QPlainTextEdit) else edit.text()


def _list_and_form(
    tab: QWidget,
    items: QListWidget,
    buttons: tuple[QPushButton, QPushButton],
    rows: list[tuple[QLabel, QWidget]],
) -> None:
    """A list with Add and Remove under it on the left, the chosen item's form on the right."""
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


class _Tab(QWidget):
    """A tab whose fields report the volunteer's edits as one ``edited`` signal."""

    edited = Signal()

    def _edited(self, *_: object) -> None:
        self.edited.emit()

    def _multi_line(self, name: str, lines: int = 0) -> QPlainTextEdit:
        area = PlainTextEdit()
        area.setObjectName(name)
        area.setTabChangesFocus(True)
        if lines:
            area.setFixedHeight(self.fontMetrics().lineSpacing() * lines)
        area.textChanged.connect(self._edited)
        return area

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(self._edited)
        return edit


# ---------------------------------------------------------------------- the tabs


class ActionTab(_Tab):
    """The action: id, dates, numbers, and its texts in the language chosen in
    ``text_language``."""

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.field_edits: dict[str, QLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        for path, _kind in ACTION_FIELDS:
            edit = self._line(f"field:{path}")
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
        self.post_suspended = QCheckBox()
        self.post_suspended.setObjectName("field:action.post_suspended")
        self.post_suspended.toggled.connect(self._edited)
        for widget in (self.revision, self.update_number):
            widget.valueChanged.connect(self._edited)
            # a pack's numbers are data written in Western digits (pack.toml, the UA
            # number and dates beside them): not ٣ in the Arabic interface
            widget.setLocale(QLocale.c())
        self.own_language.toggled.connect(self._edited)
        self.revision_label, self.update_label = QLabel(), QLabel()
        self.revision_label.setBuddy(self.revision)
        self.update_label.setBuddy(self.update_number)
        form.insertRow(1, self.revision_label, self.revision)
        form.addRow(self.update_label, self.update_number)
        form.addRow(self.own_language)
        form.addRow(self.post_suspended)

        self.text_language = QComboBox()
        self.text_language.setObjectName("textLanguage")
        self.add_text_language = QPushButton()
        self.add_text_language.setObjectName("addTextLanguage")
        row = QHBoxLayout()
        row.addWidget(self.text_language, 1)
        row.addWidget(self.add_text_language)
        self.text_language_label = QLabel()
        form.addRow(self.text_language_label, row)
        self.text_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.text_labels: dict[str, QLabel] = {}
        for path, multi in ACTION_TEXTS:
            name = f"text:{path}"
            text_edit = self._multi_line(name, 5) if multi else self._line(name)
            label = QLabel()
            label.setBuddy(text_edit)
            form.addRow(label, text_edit)
            self.text_edits[path] = text_edit
            self.text_labels[path] = label

    def show_fields(self, data: dict[str, Any]) -> None:
        """Fill the fields that are not per language."""
        for path, kind in ACTION_FIELDS:
            value = get_path(data, path)
            if kind == "list" and isinstance(value, list):
                text = ", ".join(str(v) for v in value)
            else:
                text = "" if value is None else str(value)
            self.field_edits[path].setText(text)
        # a number typed by hand since ("two", 5000000000) shows as the default, and the
        # check beside the editor names the field; the pack keeps it until changed here
        self.revision.setValue(_whole(data.get("revision"), self.revision, 1))
        self.update_number.setValue(_whole(get_path(data, "action.update"), self.update_number, 0))
        self.own_language.setChecked(
            bool(get_path(data, "action.write_in_own_language") in (None, True))
        )
        self.post_suspended.setChecked(get_path(data, "action.post_suspended") is True)

    def show_texts(self, data: dict[str, Any], lang: str) -> None:
        """Fill the texts in ``lang``."""
        for path, _multi in ACTION_TEXTS:
            table = get_path(data, path)
            text = str(table.get(lang, "")) if isinstance(table, dict) else ""
            edit = self.text_edits[path]
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
            else:
                edit.setText(text)

    def store(self, data: dict[str, Any], lang: str) -> None:
        """Write every field, and the texts in ``lang``, into ``data``."""
        for path, kind in ACTION_FIELDS:
            text = self.field_edits[path].text().strip()
            value: Any = text
            if kind == "date":
                value = date_or_text(text) if text else ""
            elif kind == "list":
                value = split_list(text)
            set_path(data, path, value)
        data["revision"] = self.revision.value()
        data.setdefault("action", {})["update"] = self.update_number.value()
        data["action"]["write_in_own_language"] = self.own_language.isChecked()
        if self.post_suspended.isChecked():
            data["action"]["post_suspended"] = True
        else:  # not written when false: the pack still loads in UA Writers before the field
            data["action"].pop("post_suspended", None)
        for path, _multi in ACTION_TEXTS:
            text = _text_of(self.text_edits[path]).strip()
            table = get_path(data, path)
            table = dict(table) if isinstance(table, dict) else {}
            if text:
                table[lang] = text
            else:
                table.pop(lang, None)
            set_path(data, path, table)

    def retranslate_ui(self) -> None:
        labels = {
            "id": translate("PackEditor", "Pack id:"),
            "source_language": translate("PackEditor", "Written in (language code):"),
            "contacts_checked": translate("PackEditor", "Contacts checked on (YYYY-MM-DD):"),
            "action.ua_number": translate("PackEditor", "UA number:"),
            "action.issued": translate("PackEditor", "Issued on (YYYY-MM-DD):"),
            "action.deadline": translate("PackEditor", "Deadline (YYYY-MM-DD, empty for none):"),
            "action.country": translate("PackEditor", "Country code:"),
            "action.write_in": translate("PackEditor", "Write in (language codes):"),
            "action.further_information": translate(
                "PackEditor", "Further information (web address):"
            ),
        }
        for path, label in labels.items():
            self.field_labels[path].setText(label)
            self.field_edits[path].setAccessibleName(label.rstrip(":"))
        self.revision_label.setText(translate("PackEditor", "Revision:"))
        self.update_label.setText(translate("PackEditor", "Update number (0 for the first UA):"))
        self.own_language.setText(
            translate("PackEditor", "Letters may also be written in the writer's own language")
        )
        self.post_suspended.setText(
            translate(
                "PackEditor", "Post to this country is suspended (use e-mail, fax or the embassy)"
            )
        )
        self.text_language_label.setText(translate("PackEditor", "Texts in:"))
        self.add_text_language.setText(translate("PackEditor", "Add a language…"))
        texts = {
            "action.title": translate("PackEditor", "Title:"),
            "action.summary": translate("PackEditor", "Summary:"),
            "action.additional_information": translate("PackEditor", "Additional information:"),
            "action.after_deadline": translate("PackEditor", "After the deadline:"),
            "action.diplomatic_copies": translate("PackEditor", "Copies to diplomats:"),
        }
        for path, label in texts.items():
            self.text_labels[path].setText(label)
            self.text_edits[path].setAccessibleName(label.rstrip(":"))


class PointsTab(_Tab):
    """What to ask for: the talking points, each an id and a paragraph per language."""

    def __init__(self) -> None:
        super().__init__()
        self.point_list = QListWidget()
        self.point_list.setObjectName("pointList")
        self.add_point = QPushButton()
        self.add_point.setObjectName("addPoint")
        self.remove_point = QPushButton()
        self.remove_point.setObjectName("removePoint")
        self.point_id = self._line("pointId")
        self.point_text = self._multi_line("pointText")
        self.point_id_label, self.point_text_label = QLabel(), QLabel()
        self.point_id_label.setBuddy(self.point_id)
        self.point_text_label.setBuddy(self.point_text)
        _list_and_form(
            self,
            self.point_list,
            (self.add_point, self.remove_point),
            [(self.point_id_label, self.point_id), (self.point_text_label, self.point_text)],
        )

    def show_point(self, point: dict[str, Any] | None, lang: str) -> None:
        """Show ``point`` (its paragraph in ``lang``); None empties and disables the form."""
        self.point_id.setText(str(point.get("id", "")) if point else "")
        text = point.get("text", {}) if point else {}
        self.point_text.setPlainText(str(text.get(lang, "")) if isinstance(text, dict) else "")
        for widget in (self.point_id, self.point_text, self.remove_point):
            widget.setEnabled(point is not None)

    def store(self, point: dict[str, Any], lang: str) -> None:
        point["id"] = self.point_id.text().strip()
        text = dict(point.get("text") or {})
        text[lang] = plain_text(self.point_text).strip()
        point["text"] = text

    def retranslate_ui(self) -> None:
        self.add_point.setText(translate("PackEditor", "Add"))
        self.remove_point.setText(translate("PackEditor", "Remove"))
        self.point_id_label.setText(translate("PackEditor", "Id:"))
        self.point_text_label.setText(translate("PackEditor", "Paragraph of the letter:"))


class AddresseesTab(_Tab):
    """The addressees: who is written to and who gets a copy, with their addresses."""

    def __init__(self) -> None:
        super().__init__()
        self.addressee_list = QListWidget()
        self.addressee_list.setObjectName("editorAddresseeList")
        self.add_addressee = QPushButton()
        self.add_addressee.setObjectName("addAddressee")
        self.remove_addressee = QPushButton()
        self.remove_addressee.setObjectName("removeAddressee")
        self.addressee_edits: dict[str, QLineEdit] = {}
        self.addressee_labels: dict[str, QLabel] = {}
        rows: list[tuple[QLabel, QWidget]] = []
        self.role = QComboBox()
        self.role.setObjectName("addressee:role")
        self.role.currentIndexChanged.connect(self._edited)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        rows.append((self.role_label, self.role))
        for key in ADDRESSEE_FIELDS:
            edit = self._line(f"addressee:{key}")
            label = QLabel()
            label.setBuddy(edit)
            rows.append((label, edit))
            self.addressee_edits[key] = edit
            self.addressee_labels[key] = label
        self.address_lines = self._multi_line("addressee:address", 5)
        self.emails = self._line("addressee:emails")
        self.phones = self._line("addressee:phones")
        self.social = self._line("addressee:social")
        self.salutation = self._line("addressee:salutation")
        self.address_label, self.emails_label, self.salutation_label = QLabel(), QLabel(), QLabel()
        self.phones_label, self.social_label = QLabel(), QLabel()
        self.address_label.setBuddy(self.address_lines)
        self.emails_label.setBuddy(self.emails)
        self.phones_label.setBuddy(self.phones)
        self.social_label.setBuddy(self.social)
        self.salutation_label.setBuddy(self.salutation)
        rows.insert(5, (self.address_label, self.address_lines))
        rows += [
            (self.emails_label, self.emails),
            (self.phones_label, self.phones),
            (self.social_label, self.social),
            (self.salutation_label, self.salutation),
        ]
        _list_and_form(self, self.addressee_list, (self.add_addressee, self.remove_addressee), rows)

    def show_addressee(self, addressee: dict[str, Any] | None, lang: str) -> None:
        """Show ``addressee`` (its salutation in ``lang``); None empties and disables the form."""
        a = addressee or {}
        self.role.setCurrentIndex(max(self.role.findData(a.get("role", "target")), 0))
        for key, edit in self.addressee_edits.items():
            edit.setText(str(a.get(key, "") or ""))
        self.address_lines.setPlainText("\n".join(str(x) for x in a.get("address", []) or []))
        self.emails.setText(", ".join(str(x) for x in a.get("emails", []) or []))
        self.phones.setText(", ".join(str(x) for x in a.get("phones", []) or []))
        social = a.get("social", {})
        self.social.setText(
            ", ".join(f"{k}: {v}" for k, v in social.items()) if isinstance(social, dict) else ""
        )
        salutation = a.get("salutation", {})
        self.salutation.setText(
            str(salutation.get(lang, "")) if isinstance(salutation, dict) else ""
        )
        for widget in (
            *self.addressee_edits.values(),
            self.address_lines,
            self.emails,
            self.phones,
            self.social,
            self.salutation,
            self.role,
            self.remove_addressee,
        ):
            widget.setEnabled(addressee is not None)

    def store(self, a: dict[str, Any], lang: str) -> None:
        a["role"] = self.role.currentData() or "target"
        for key, edit in self.addressee_edits.items():
            value = edit.text().strip()
            if value or key == "id":
                a[key] = value
            else:
                a.pop(key, None)
        a["address"] = [x.strip() for x in plain_text(self.address_lines).splitlines() if x.strip()]
        emails = split_list(self.emails.text())
        if emails:
            a["emails"] = emails
        else:
            a.pop("emails", None)
        phones = split_commas(self.phones.text())
        if phones:
            a["phones"] = phones
        else:
            a.pop("phones", None)
        social = split_social(self.social.text())
        if social:
            a["social"] = social
        else:
            a.pop("social", None)
        salutation = dict(a.get("salutation") or {})
        salutation[lang] = self.salutation.text().strip()
        a["salutation"] = salutation

    def retranslate_ui(self) -> None:
        self.add_addressee.setText(translate("PackEditor", "Add"))
        self.remove_addressee.setText(translate("PackEditor", "Remove"))
        self.role_label.setText(translate("PackEditor", "Role:"))
        addressee_labels = {
            "id": translate("PackEditor", "Id:"),
            "title": translate(
                "PackEditor", "Title:", "an addressee's position, such as Minister of Justice"
            ),
            "name": translate("PackEditor", "Name:"),
            "organisation": translate("PackEditor", "Organisation:"),
            "country": translate("PackEditor", "Country (as on the envelope):"),
            "fax": translate("PackEditor", "Fax:"),
        }
        for key, label in addressee_labels.items():
            self.addressee_labels[key].setText(label)
        self.address_label.setText(translate("PackEditor", "Address lines:"))
        self.emails_label.setText(translate("PackEditor", "E-mails (separated by commas):"))
        self.phones_label.setText(
            translate("PackEditor", "Telephone numbers (separated by commas):")
        )
        self.social_label.setText(translate("PackEditor", "Social media (such as twitter: @name):"))
        self.salutation_label.setText(
            translate("PackEditor", "Salutation (in the language above):")
        )
        self._fill_roles()

    def _fill_roles(self) -> None:
        current = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        self.role.addItem(translate("PackEditor", "Write to (target)"), "target")
        self.role.addItem(translate("PackEditor", "Copy to"), "copy")
        self.role.setCurrentIndex(max(self.role.findData(current), 0))
        self.role.blockSignals(False)


def _whole(value: object, box: QSpinBox, default: int) -> int:
    """``value`` if it is a whole number ``box`` can show, else ``default``."""
    if not isinstance(value, int) or isinstance(value, bool):
        return default
    return value if box.minimum() <= value <= box.maximum() else default

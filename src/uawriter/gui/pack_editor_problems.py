"""Showing what is wrong with a pack in the pack editor.

A check gives a list of :class:`~uawriter.domain.model.Problem`, each naming the manifest
field it is about (``action.deadline``, ``addressees[1].fax``, ``talking_points[0].text.de``)
or the file (``letters/de.txt``). This module words the list under the form, marks the
fields with a red border and the problem as their tooltip, and goes to a field when its
problem is chosen in the list. It knows the tabs' widgets, never the dialog.

The texts belong to the translation context "PackEditor", like the dialog's own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTabWidget, QWidget

from uawriter.domain.model import Problem
from uawriter.gui.common import plain_tip
from uawriter.gui.pack_editor_tabs import ActionTab, AddresseesTab, PointsTab
from uawriter.packs.plain_words import plain_message, plain_problem

translate = QCoreApplication.translate

PROBLEM_STYLE = "border: 2px solid #b3261e;"

# The tabs' places in the editor, for going to a problem.
ACTION_TAB, POINTS_TAB, ADDRESSEES_TAB, LETTERS_TAB = range(4)


def status_text(problems: Sequence[Problem]) -> str:
    """The line above the problem list."""
    if problems:
        return translate(
            "PackEditor", "%n problem(s) to fix before the pack can be used:", "", len(problems)
        )
    return translate("PackEditor", "The pack is ready to use.")


def fill_problem_list(
    view: QListWidget, problems: Sequence[Problem], data: Mapping[str, Any]
) -> None:
    """One line per problem, in plain words (:mod:`uawriter.packs.plain_words`); each item
    keeps the field it is about, to go there."""
    view.clear()
    for problem in problems:
        item = QListWidgetItem(plain_problem(problem, data))
        item.setData(Qt.ItemDataRole.UserRole, problem.field)
        view.addItem(item)


def problem_for(problems: Sequence[Problem], path: str) -> str:
    """The messages about ``path`` or anything inside it, one a line ("" if none)."""
    return "\n".join(
        plain_message(p.message)
        for p in problems
        if p.field == path or p.field.startswith((path + ".", path + "["))
    )


def mark(widget: QWidget, message: str) -> None:
    """A red border and the message as tooltip, or neither when ``message`` is empty."""
    widget.setStyleSheet(PROBLEM_STYLE if message else "")
    widget.setToolTip(plain_tip(message))  # it quotes the pack's value: as written (probe 96b)


def mark_problems(
    problems: Sequence[Problem],
    lang: str,
    action: ActionTab,
    points: PointsTab,
    addressees: AddresseesTab,
    text_color: QColor,
) -> None:
    """Mark every field shown (the texts in ``lang``, the chosen point and addressee) and
    colour the points and addressees that have problems in their lists."""
    for path, edit in action.field_edits.items():
        mark(edit, problem_for(problems, path))
    for path, text_edit in action.text_edits.items():
        mark(text_edit, problem_for(problems, path))
    mark(action.revision, problem_for(problems, "revision"))
    row = points.point_list.currentRow()
    mark(points.point_id, problem_for(problems, f"talking_points[{row}].id"))
    mark(
        points.point_text,
        problem_for(problems, f"talking_points[{row}].text.{lang}")
        or problem_for(problems, f"talking_points[{row}].text"),
    )
    row = addressees.addressee_list.currentRow()
    base = f"addressees[{row}]"
    for key, edit in addressees.addressee_edits.items():
        mark(edit, problem_for(problems, f"{base}.{key}"))
    mark(addressees.emails, problem_for(problems, f"{base}.emails"))
    mark(addressees.phones, problem_for(problems, f"{base}.phones"))
    mark(addressees.social, problem_for(problems, f"{base}.social"))
    mark(
        addressees.salutation,
        problem_for(problems, f"{base}.salutation.{lang}")
        or problem_for(problems, f"{base}.salutation"),
    )
    for view, prefix in (
        (points.point_list, "talking_points"),
        (addressees.addressee_list, "addressees"),
    ):
        for i in range(view.count()):
            message = problem_for(problems, f"{prefix}[{i}]")
            item = view.item(i)
            item.setToolTip(plain_tip(message))
            item.setForeground(Qt.GlobalColor.red if message else text_color)


def go_to_problem(
    item: QListWidgetItem,
    tabs: QTabWidget,
    action: ActionTab,
    points: PointsTab,
    addressees: AddresseesTab,
) -> None:
    """Show the tab, the item and the field a problem in the list is about."""
    field = str(item.data(Qt.ItemDataRole.UserRole) or "")
    match = re.match(r"(talking_points|addressees)\[(\d+)\]", field)
    if match:
        tab, view = (
            (POINTS_TAB, points.point_list)
            if match.group(1) == "talking_points"
            else (ADDRESSEES_TAB, addressees.addressee_list)
        )
        tabs.setCurrentIndex(tab)
        view.setCurrentRow(int(match.group(2)))
        return
    for path, edit in {**action.field_edits, **action.text_edits}.items():
        if field == path or field.startswith(path + "."):
            tabs.setCurrentIndex(ACTION_TAB)
            edit.setFocus()
            return
    if field.startswith("letters") or "letters/" in item.text():
        tabs.setCurrentIndex(LETTERS_TAB)

"""The pack editor: every field of a pack, its addressees and its letters, checked as typed.

The form edits :class:`~uawriter.pack_files.PackFiles` (the manifest as TOML data plus the
templates), so it can hold a pack that is not valid yet. After each change the pack is
loaded from a temporary folder exactly as the app will load it; the problems are listed
under the form and shown on the fields they are about, and the letter preview is composed
from the loaded pack. The check runs on a worker thread of a :class:`TaskRunner` (the
window's, or the dialog's own), so typing never waits for the disk; a newer check makes an
older one stale, and saving waits for a check of the files as they are then.

This module is the dialog: it keeps the data, moves it in and out of the tabs, checks and
saves it. The tabs' widgets are in :mod:`uawriter.gui.pack_editor_tabs`, and showing the
problems on them is in :mod:`uawriter.gui.pack_editor_problems`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.languages import canonical_language
from uawriter.domain.model import Pack, Problem, Sender
from uawriter.drafting import DraftPack
from uawriter.engine import compose
from uawriter.gui import modal
from uawriter.gui.common import ORGANISERS_WORK, fit_to_screen, plain_labels, plain_text, warn
from uawriter.gui.pack_editor_letters import LettersTab
from uawriter.gui.pack_editor_problems import (
    fill_problem_list,
    go_to_problem,
    mark_problems,
    status_text,
)
from uawriter.gui.pack_editor_tabs import (
    ACTION_TEXTS,
    ActionTab,
    AddresseesTab,
    PointsTab,
    addressee_label,
    get_path,
    language_label,
    relabel_languages,
)
from uawriter.gui.source_pane import SourcePane
from uawriter.gui.tasks import Task, TaskContext, TaskRunner
from uawriter.letters import TemplateProblem
from uawriter.pack_files import (
    PackChangedMeanwhile,
    PackFiles,
    check_pack_files,
    save_pack_files,
)
from uawriter.packs import limits
from uawriter.packs.loader import BrokenPack

CHECK_DELAY_MS = 400


class PackEditor(QDialog):
    """Create or edit a user pack. ``saved`` carries the folder written.

    ``runner`` runs the checks (the window's, so closing the window drops their results);
    without one the dialog makes its own.
    """

    saved = Signal(Path)

    def __init__(
        self,
        files: PackFiles,
        user_packs: Path,
        folder: Path | None = None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        runner: TaskRunner | None = None,
        source: DraftPack | None = None,
        opened_state: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packEditor")
        self.setProperty(ORGANISERS_WORK, True)  # put away at an idle reset, not lost
        # the pack folder as it was when its files were read (``engine.pack_state``)
        self.opened_state = opened_state
        self.files = files.copy()
        self.user_packs = user_packs
        self.folder = folder
        self.today = today
        self.problems: list[Problem] = []
        self.pack: Pack | None = None
        # the files the problems shown are about (None until the first check is done)
        self.checked_files: PackFiles | None = None
        self.runner = runner if runner is not None else TaskRunner(self)
        self.check_task: Task | None = None
        # one key per editor: its newest check wins, and a second editor's checks are apart
        self._check_key = f"pack-check-{id(self):x}"
        self._finished = False
        self._saving = False
        self._loading = False
        self.timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)

        self.action_tab = ActionTab()
        self.points_tab = PointsTab()
        self.addressees_tab = AddresseesTab()
        self.letters_tab = LettersTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("packEditorTabs")
        for tab in (self.action_tab, self.points_tab, self.addressees_tab, self.letters_tab):
            # Each tab scrolls, so the editor fits a 1366×768 laptop screen with room to spare.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(tab)
            self.tabs.addTab(scroll, "")
        self._name_widgets()
        self._connect_tabs()

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
        # A drafted pack is edited beside its Urgent Action, the focused field's lines marked.
        self.source_pane = SourcePane(source) if source is not None else None
        if self.source_pane is not None:
            split = QSplitter()
            split.addWidget(self.tabs)
            split.addWidget(self.source_pane)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            layout.addWidget(split, 1)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_moved)
        else:
            layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.buttons)
        self._load()
        #: Which drafted addressee and point each row is (None: added here): the UA's lines
        #: are found by the drafted ones, which a row no longer is once one before it was
        #: removed (probe 75a: the President's fax was marked beside the Prosecutor's).
        self._drafted: dict[str, list[int | None]] = {
            kind: list(range(len(self.files.data.get(kind, []))))
            for kind in ("addressees", "talking_points")
        }
        # what Cancel compares with: a drafted pack never saved is work from the start
        self._opened = self.files.copy() if source is None or folder is not None else None
        self.retranslate_ui()
        fit_to_screen(self, 980, 640)
        self.check()
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    # ------------------------------------------------------------------ the source UA

    def field_key(self, widget: QWidget | None) -> str | None:
        """The pack field a widget of the form edits (``addressees[1].fax``), or None."""
        if widget is None:
            return None
        for path, line in {**self.field_edits, **self.text_edits}.items():
            if widget is line:
                return path
        if widget is self.point_text:
            return f"talking_points[{self.point_list.currentRow()}]"
        tab = self.addressees_tab
        row = f"addressees[{tab.addressee_list.currentRow()}]"
        named: dict[str, QWidget] = {
            **tab.addressee_edits,
            "address": tab.address_lines,
            "emails": tab.emails,
            "phones": tab.phones,
            "social": tab.social,
            "salutation": tab.salutation,
        }
        for key, edit in named.items():
            if widget is edit:
                return f"{row}.{key}"
        if widget in (self.letters_tab.letter_editor, self.template):
            return "letter"
        return None

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or self.source_pane is None:
            return
        key = self.field_key(new)
        if key is not None:
            self.source_pane.show_field(self._as_drafted(key))

    def _as_drafted(self, key: str) -> str:
        """``key`` (``addressees[1].fax``, by the row shown) as the draft knows it: by the
        item it was drafted as (an item added here was in no UA)."""
        found = re.match(r"(addressees|talking_points)\[(\d+)\](.*)", key, re.DOTALL)
        if found is None:
            return key
        kind, row, rest = found.group(1), int(found.group(2)), found.group(3)
        rows = self._drafted[kind]
        drafted = rows[row] if row < len(rows) else None
        return f"{kind}[{'new' if drafted is None else drafted}]{rest}"

    # ------------------------------------------------------------------ building

    def _name_widgets(self) -> None:
        """The fields the dialog works with most, by the names it has always used."""
        self.field_edits = self.action_tab.field_edits
        self.text_edits = self.action_tab.text_edits
        self.text_language = self.action_tab.text_language
        self.point_list = self.points_tab.point_list
        self.point_text = self.points_tab.point_text
        self.addressee_list = self.addressees_tab.addressee_list
        self.addressee_edits = self.addressees_tab.addressee_edits
        self.salutation = self.addressees_tab.salutation
        self.letter_language = self.letters_tab.letter_language
        self.template = self.letters_tab.template
        self.letter_preview = self.letters_tab.letter_preview

    def _connect_tabs(self) -> None:
        self.action_tab.edited.connect(self._changed)
        self.text_language.currentIndexChanged.connect(self._show_texts)
        self.action_tab.add_text_language.clicked.connect(self._ask_text_language)
        self.points_tab.edited.connect(self._point_edited)
        self.point_list.currentRowChanged.connect(self._show_point)
        self.points_tab.add_point.clicked.connect(self._add_point)
        self.points_tab.remove_point.clicked.connect(self._remove_point)
        self.addressees_tab.edited.connect(self._addressee_edited)
        self.addressee_list.currentRowChanged.connect(self._show_addressee)
        self.addressees_tab.add_addressee.clicked.connect(self._add_addressee)
        self.addressees_tab.remove_addressee.clicked.connect(self._remove_addressee)
        self.letter_language.currentIndexChanged.connect(self._show_template)
        self.letters_tab.add_letter.clicked.connect(self._ask_letter_language)
        self.template.textChanged.connect(self._template_edited)

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
        for tab in (self.action_tab, self.points_tab, self.addressees_tab, self.letters_tab):
            tab.retranslate_ui()
        self.problem_list.setAccessibleName(self.tr("Problems"))
        relabel_languages(self.text_language)
        relabel_languages(self.letter_language)
        self._show_status()

    # ------------------------------------------------------------------ data <-> form

    def _languages_in_texts(self) -> list[str]:
        found: list[str] = [str(self.files.data.get("source_language") or "en")]
        tables: list[Any] = [get_path(self.files.data, path) for path, _ in ACTION_TEXTS]
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
        self.action_tab.show_fields(data)
        self.text_language.clear()
        for code in self._languages_in_texts():
            self.text_language.addItem(language_label(code), code)
        self.point_list.clear()
        for point in data.get("talking_points", []):
            self.point_list.addItem(str(point.get("id", "")))
        self.addressee_list.clear()
        for addressee in data.get("addressees", []):
            self.addressee_list.addItem(addressee_label(addressee))
        self.letter_language.clear()
        for code in self.files.templates:
            self.letter_language.addItem(language_label(code), code)
        self._loading = False
        self._show_texts()
        self.point_list.setCurrentRow(0)
        self.addressee_list.setCurrentRow(0)
        self._show_template()

    def _lang(self) -> str:
        return str(
            self.text_language.currentData() or self.files.data.get("source_language") or "en"
        )

    def _show_texts(self, *_: object) -> None:
        self._loading = True
        self.action_tab.show_texts(self.files.data, self._lang())
        self._loading = False
        self._show_point(self.point_list.currentRow())
        self._show_addressee(self.addressee_list.currentRow())

    def _show_point(self, row: int) -> None:
        points = self.files.data.get("talking_points", [])
        self._loading = True
        self.points_tab.show_point(points[row] if 0 <= row < len(points) else None, self._lang())
        self._loading = False
        self._mark_problems()

    def _show_addressee(self, row: int) -> None:
        addressees = self.files.data.get("addressees", [])
        addressee = addressees[row] if 0 <= row < len(addressees) else None
        self._loading = True
        self.addressees_tab.show_addressee(addressee, self._lang())
        self._loading = False
        self._mark_problems()

    def _show_template(self, *_: object) -> None:
        code = self.letter_language.currentData()
        self._loading = True
        self.template.setPlainText(self.files.templates.get(str(code), "") if code else "")
        self.letters_tab.pages.setEnabled(code is not None)
        self._loading = False
        self._preview()

    # ------------------------------------------------------------------ edits

    def _changed(self) -> None:
        if self._loading:
            return
        self.action_tab.store(self.files.data, self._lang())
        self.timer.start()

    def _point_edited(self) -> None:
        row = self.point_list.currentRow()
        points = self.files.data.get("talking_points", [])
        if self._loading or not 0 <= row < len(points):
            return
        point = points[row]
        self.points_tab.store(point, self._lang())
        item = self.point_list.item(row)
        if item is not None:
            item.setText(point["id"] or "…")
        self.timer.start()

    def _addressee_edited(self) -> None:
        row = self.addressee_list.currentRow()
        addressees = self.files.data.get("addressees", [])
        if self._loading or not 0 <= row < len(addressees):
            return
        self.addressees_tab.store(addressees[row], self._lang())
        item = self.addressee_list.item(row)
        if item is not None:
            item.setText(addressee_label(addressees[row]))
        self.timer.start()

    def _template_edited(self) -> None:
        code = self.letter_language.currentData()
        if self._loading or code is None:
            return
        self.files.templates[str(code)] = plain_text(self.template)
        self.timer.start()

    def _add_point(self) -> None:
        points = self.files.data.setdefault("talking_points", [])
        points.append({"id": f"point-{len(points) + 1}", "text": {self._lang(): ""}})
        self.point_list.addItem(points[-1]["id"])
        self._drafted["talking_points"].append(None)
        self.point_list.setCurrentRow(len(points) - 1)
        self.point_text.setFocus()
        self.timer.start()

    def _remove_point(self) -> None:
        row = self.point_list.currentRow()
        points = self.files.data.get("talking_points", [])
        if 0 <= row < len(points):
            del points[row]
            if row < len(self._drafted["talking_points"]):
                del self._drafted["talking_points"][row]
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
        self.addressee_list.addItem(addressee_label(addressees[-1]))
        self._drafted["addressees"].append(None)
        self.addressee_list.setCurrentRow(len(addressees) - 1)
        self.addressee_edits["title"].setFocus()
        self.timer.start()

    def _remove_addressee(self) -> None:
        row = self.addressee_list.currentRow()
        addressees = self.files.data.get("addressees", [])
        if 0 <= row < len(addressees):
            del addressees[row]
            if row < len(self._drafted["addressees"]):
                del self._drafted["addressees"][row]
            self.addressee_list.takeItem(row)
            self._show_addressee(self.addressee_list.currentRow())
            self.timer.start()

    def _ask_code(self, title: str) -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("languageCodeDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Language code (such as kk, ru, es):"))
        if modal.run(dialog) != QInputDialog.DialogCode.Accepted:
            return None
        code = dialog.textValue()
        if not code.strip():
            return None
        canonical = canonical_language(code.strip())
        if not canonical:
            warn(
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
            self.text_language.addItem(language_label(code), code)
        self.text_language.setCurrentIndex(self.text_language.findData(code))

    def _ask_letter_language(self) -> None:
        code = self._ask_code(self.tr("Add a letter language"))
        if code is None:
            return
        if code not in self.files.templates:
            source = self.files.templates.get(str(self.letter_language.currentData()), "")
            self.files.templates[code] = source  # start from the letter shown, to translate
            self.letter_language.addItem(language_label(code), code)
        self.letter_language.setCurrentIndex(self.letter_language.findData(code))
        if self.text_language.findData(code) < 0:
            self.text_language.addItem(language_label(code), code)
        self.timer.start()

    # ------------------------------------------------------------------ checking

    def check(self) -> Task:
        """Check the pack as it is now on a worker thread: load it as the app would, then
        list what is wrong and mark it field by field. Returns at once with the task; a newer
        check makes this one stale, so its result never replaces the newer one's."""
        self.timer.stop()
        files = self.files.copy()  # the form may change the data while the work reads it

        def work(_context: TaskContext) -> Pack | BrokenPack:
            return check_pack_files(files)

        self.check_task = self.runner.run(
            work,
            on_done=lambda result: self._checked(files, result),
            on_failed=lambda message: self._check_failed(files, message),
            key=self._check_key,
            renders=False,
        )
        return self.check_task

    @property
    def checking(self) -> bool:
        """Whether the newest check has not shown its result yet."""
        return self.check_task is not None and not self.check_task.finished

    def _checked(self, files: PackFiles, result: Pack | BrokenPack) -> None:
        if isinstance(result, BrokenPack):
            self._show_check(files, list(result.problems), None)
        else:
            self._show_check(files, [], result)

    def _check_failed(self, files: PackFiles, message: str) -> None:
        """A check that broke (a bug, never the pack's fault) is shown as a problem."""
        self._show_check(files, [Problem(limits.MANIFEST_NAME, "", message)], None)

    def _show_check(self, files: PackFiles, problems: list[Problem], pack: Pack | None) -> None:
        if not shiboken6.isValid(self):  # the dialog was deleted while the check ran
            return
        self.checked_files = files
        self.problems = problems
        self.pack = pack
        fill_problem_list(self.problem_list, self.problems, self.files.data)
        self.problem_list.setVisible(bool(self.problems))  # no empty box when all is well
        self._mark_problems()
        self._show_status()
        self._preview()

    def _check_current(self) -> bool:
        """Check the files as they are now and wait for it, the window live meanwhile.
        False if the check was given up: the dialog or the window closed."""
        while self.checked_files != self.files:
            task = self.check()
            self.runner.wait_for(task)
            if self._finished or self.runner.closed:
                return False
        return True

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: asks first when something typed
        would be lost (one Escape threw away a drafted pack being completed)."""
        if self._saving or (self._opened is not None and self.files == self._opened):
            if not self._saving:
                super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard the changes to this pack?"),
            self.tr(
                "What you typed in this pack is not saved. Save it now, discard it, or go on "
                "editing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardPackQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        answer = modal.run(box)
        if answer == QMessageBox.StandardButton.Save:
            self.save()  # closes once saved; a problem keeps the editor open
        elif answer == QMessageBox.StandardButton.Discard:
            self.discard()

    def discard(self) -> None:
        """Closed without a question: what was typed is thrown away."""
        super().reject()

    def done(self, result: int) -> None:
        """Closing: a check still on its way reaches no one."""
        self._finished = True
        self.timer.stop()
        self.runner.supersede(self._check_key)
        super().done(result)

    def _show_status(self) -> None:
        if hasattr(self, "status"):
            checked = self.checked_files is not None
            self.status.setText(status_text(self.problems) if checked else "")

    def _mark_problems(self) -> None:
        mark_problems(
            self.problems,
            self._lang(),
            self.action_tab,
            self.points_tab,
            self.addressees_tab,
            self.palette().text().color(),
        )

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        go_to_problem(item, self.tabs, self.action_tab, self.points_tab, self.addressees_tab)

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
        """Check the files as they are, ask before saving a pack with problems, and save."""
        if self._saving:  # Save pressed again while the check runs
            return
        self._saving = True
        self.buttons.setEnabled(False)
        try:
            self._save()
        finally:
            self._saving = False
            self.buttons.setEnabled(True)

    def _save(self) -> None:
        if not self._check_current():
            return
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
            if modal.run(box) != QMessageBox.StandardButton.Save:
                return
        if not str(self.files.data.get("id") or "").strip():
            warn(self, self.windowTitle(), self.tr("Give the pack an id first."))
            return
        try:
            folder = self._write()
        except (OSError, TypeError, ValueError) as exc:
            warn(
                self,
                self.windowTitle(),
                self.tr("The pack could not be saved:\n%1").replace("%1", str(exc)),
            )
            return
        if folder is None:
            return
        self.folder = folder
        self.saved.emit(folder)
        self.accept()

    def _write(self) -> Path | None:
        """Save the files over the pack they were read from, unless it changed meanwhile
        and the organiser would rather keep the newer copy. None if nothing was saved."""
        files, user_packs, folder, opened = (
            self.files,
            self.user_packs,
            self.folder,
            self.opened_state,
        )
        try:
            # on a worker thread: the save reads every installed pack's id (1.7 s with
            # 1,000 packs here, the window frozen on the UI thread)
            return self.runner.call(
                lambda: save_pack_files(files, user_packs, folder, opened), self
            )
        except PackChangedMeanwhile:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The pack has changed since you opened it"),
                self.tr(
                    "The pack “%1” was changed on this computer after you opened it here: "
                    "another copy was imported, or it was saved from another window. "
                    "Saving replaces that copy with yours, and what it changed is lost.\n\n"
                    "To keep both, give yours another id (Action tab) and save it again. "
                    "Replace the other copy with yours?"
                ).replace("%1", str(self.files.data.get("id") or "")),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("packChangedMeanwhile")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Save).setText(self.tr("Replace it"))
            if modal.run(box) != QMessageBox.StandardButton.Save:
                return None
            return self.runner.call(lambda: save_pack_files(files, user_packs, folder), self)

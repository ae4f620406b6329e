"""The Actions pane (left): the Urgent Actions by urgency, and the chosen one's details."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.languages import country_name, language_name
from uawriter.domain.model import DeadlineStatus, Pack
from uawriter.engine import sort_for_display
from uawriter.gui.common import (
    ROLE_ID,
    joined_list,
    ltr,
    own_direction,
    plain_tip,
    with_ua_number,
)
from uawriter.gui.tasks import TaskContext, TaskRunner
from uawriter.letters.compose import format_letter_date
from uawriter.packs.loader import BrokenPack, LoadResult

translate = QCoreApplication.translate

STATUS_COLOURS = {
    DeadlineStatus.OPEN: QColor("#1b7f3b"),
    DeadlineStatus.CLOSING_SOON: QColor("#c25e00"),
    DeadlineStatus.PASSED: QColor("#b3261e"),
    DeadlineStatus.NONE: QColor("#5f6368"),
}


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


def status_text(pack: Pack, today: dt.date, ui_lang: str) -> tuple[DeadlineStatus, str]:
    """The deadline in words ("Open until 22 July 2011"), in the interface's language."""
    action = pack.action
    status = action.deadline_status(today)
    if action.deadline is None:
        return status, translate("MainWindow", "No deadline")
    day = format_letter_date(action.deadline, ui_lang)
    words = {
        DeadlineStatus.OPEN: translate("MainWindow", "Open until %1"),
        DeadlineStatus.CLOSING_SOON: translate("MainWindow", "Closing soon: %1"),
        DeadlineStatus.PASSED: translate("MainWindow", "Deadline passed: %1"),
    }
    return status, words[status].replace("%1", day)


def reference(pack: Pack) -> str:
    """ "UA 129/10, update 3"; the number kept left to right in a right-to-left interface."""
    action = pack.action
    if action.update:
        return with_ua_number(
            translate("MainWindow", "UA %1, update %2"), action.ua_number
        ).replace("%2", str(action.update))
    return with_ua_number(translate("MainWindow", "UA %1"), action.ua_number)


def deadline_note(pack: Pack, today: dt.date, ui_lang: str) -> str:
    """After the deadline, a reminder to check before sending (writing is never blocked)."""
    action = pack.action
    if action.deadline is None or action.deadline_status(today) is not DeadlineStatus.PASSED:
        return ""
    day = format_letter_date(action.deadline, ui_lang)
    return translate(
        "MainWindow", "The deadline passed on %1: check with your section office before sending."
    ).replace("%1", day)


class ActionsPane(QSplitter):
    """Lists the catalog; emits :attr:`chosen` when the volunteer picks an entry.

    The window decides what a choice means (it may ask first, then call :meth:`show` or put
    the old choice back with :meth:`select`).
    """

    # the chosen entry: a pack id, "broken:<folder>" for a broken pack, or None
    chosen = Signal(object)
    # the packs read so far, from the thread reading them: a pack copied in since the last
    # start is still being checked (queued to this thread)
    _read_so_far = Signal(object)

    def __init__(
        self,
        today: Callable[[], dt.date],
        ui_lang: Callable[[], str],
        load_catalog: Callable[[Callable[[LoadResult], None]], LoadResult],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.load_catalog = load_catalog
        self.tasks = tasks
        self.today = today
        self.ui_lang = ui_lang
        self.catalog = LoadResult()
        self.packs: dict[str, Pack] = {}
        self.loaded = False  # the catalog has been read once
        #: Whether the packs listed before the whole list is read may be chosen: not when
        #: a draft or a stack waits to be offered back once it is (a letter typed into a
        #: pack chosen meanwhile was saved over the draft).
        self.early_usable = True
        self.pack: Pack | None = None  # the pack whose letter is being written

        self.pack_list = QListWidget()
        self.pack_list.setObjectName("packList")
        self.pack_list.setIconSize(QSize(14, 14))
        self.pack_list.setWordWrap(True)
        self.pack_list.setSpacing(2)
        self.details = QTextBrowser()
        self.details.setObjectName("actionDetails")
        self.details.setOpenExternalLinks(True)
        self.actions_label = QLabel()
        self.actions_label.setBuddy(self.pack_list)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(9, 9, 0, 0)
        top_layout.addWidget(self.actions_label)
        top_layout.addWidget(self.pack_list)
        self.addWidget(top)
        self.addWidget(self.details)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setMinimumWidth(200)
        self._read_so_far.connect(self._show_read_so_far)
        self.pack_list.currentItemChanged.connect(
            lambda item, _previous: self.chosen.emit(item.data(ROLE_ID) if item else None)
        )
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.actions_label.setText(translate("MainWindow", "&Actions"))
        self.pack_list.setAccessibleName(translate("MainWindow", "Urgent Actions"))
        self.details.setAccessibleName(translate("MainWindow", "About this action"))
        self.fill_list()
        self.show_details()

    # ------------------------------------------------------------------ the list

    def load(self, then: Callable[[], None] | None = None, wait: bool = True) -> None:
        """Read the catalog in the task runner's file pool and show it, then call ``then``.
        With ``wait``, return once it is shown (the window stays live meanwhile)."""

        def work(_context: TaskContext) -> LoadResult:
            return self.load_catalog(self._read_so_far.emit)

        def loaded(catalog: LoadResult) -> None:
            self.set_catalog(catalog)
            if then is not None:
                then()

        task = self.tasks.run(work, on_done=loaded, key="catalog", renders=False)
        if wait:
            self.tasks.wait_for(task)

    def _show_read_so_far(self, catalog: LoadResult) -> None:
        """At the first start with a pack copied in, the packs already checked are listed
        while it is: one pack that takes long to check kept every other from the list.
        ``loaded`` stays False ("Loading the actions…") until the whole list is read."""
        if self.loaded:  # read again after an import: the list shown stays until then
            return
        self.catalog = catalog
        self.packs = {p.id: p for p in catalog.packs}
        self.pack_list.setEnabled(self.early_usable)
        self.fill_list()

    def set_catalog(self, catalog: LoadResult) -> None:
        """Show a freshly read catalog; the entry being written stays selected."""
        self.catalog = catalog
        self.packs = {p.id: p for p in catalog.packs}
        self.loaded = True
        self.pack_list.setEnabled(True)
        self.fill_list()

    def fill_list(self) -> None:
        current = self.pack.id if self.pack else None
        self.pack_list.blockSignals(True)
        self.pack_list.clear()
        lang = self.ui_lang()
        for pack in sort_for_display(self.catalog.packs, self.today()):
            status, words = status_text(pack, self.today(), lang)
            parts = [reference(pack)]
            if pack.action.country:
                parts.append(country_name(pack.action.country, lang))
            text = f"{own_direction(pack.action.title.get(lang))}\n{' · '.join(parts)}\n{words}"
            item = QListWidgetItem(_dot(STATUS_COLOURS[status]), text)
            item.setData(ROLE_ID, pack.id)
            item.setToolTip(plain_tip(words))
            self.pack_list.addItem(item)
            if pack.id == current:
                self.pack_list.setCurrentItem(item)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for broken in self.catalog.broken:
            name = broken.title or broken.pack_id or broken.path.name
            text = translate("MainWindow", "Broken pack: %1").replace("%1", name)
            item = QListWidgetItem(warning, text)
            item.setData(ROLE_ID, f"broken:{broken.path}")
            item.setToolTip(plain_tip(str(broken.problems[0])) if broken.problems else "")
            self.pack_list.addItem(item)
        self.pack_list.blockSignals(False)

    def select(self, key: str | None) -> None:
        """Highlight the entry for ``key`` without emitting :attr:`chosen`."""
        self.pack_list.blockSignals(True)
        for row in range(self.pack_list.count()):
            item = self.pack_list.item(row)
            if item.data(ROLE_ID) == key:
                self.pack_list.setCurrentItem(item)
        self.pack_list.blockSignals(False)

    def current_key(self) -> str | None:
        item = self.pack_list.currentItem()
        return str(item.data(ROLE_ID)) if item else None

    def chosen_broken(self) -> Path | None:
        """The folder of the broken pack chosen in the list, if one is."""
        key = self.current_key()
        broken = self.broken(key) if key else None
        return broken.path if broken is not None else None

    def choose_first(self) -> None:
        """On start, with nothing chosen: the most urgent action (emits :attr:`chosen`)."""
        if self.pack is None and self.pack_list.count():
            self.pack_list.setCurrentRow(0)

    def key_for_folder(self, folder: Path) -> str | None:
        """The entry of the pack (or broken pack) read from ``folder``."""
        for pack in self.catalog.packs:
            if pack.path is not None and pack.path.resolve() == folder.resolve():
                return pack.id
        for broken in self.catalog.broken:
            if broken.path.resolve() == folder.resolve():
                return f"broken:{broken.path}"
        return None

    def broken(self, key: str) -> BrokenPack | None:
        for broken in self.catalog.broken:
            if key == f"broken:{broken.path}":
                return broken
        return None

    # ------------------------------------------------------------------ the details

    def show_pack(self, pack: Pack | None, key: str | None = None) -> None:
        """The pack being written (or none), and the details of ``key`` (else of the pack)."""
        self.pack = pack
        self.show_details(key)

    def show_details(self, key: str | None = None) -> None:
        if key is None:
            key = self.current_key()
        broken = self.broken(key) if key else None
        cannot = translate("MainWindow", "This pack cannot be used")
        ask = translate("MainWindow", "Ask whoever made the pack for a corrected copy.")
        choose = translate("MainWindow", "Choose an action on the left to start a letter.")
        if broken is not None:
            rows = "".join(f"<li>{html.escape(ltr(str(p)))}</li>" for p in broken.problems)
            self.details.setHtml(
                f"<h3>{html.escape(cannot)}</h3>"
                f"<p>{html.escape(ltr(str(broken.path)))}</p><ul>{rows}</ul>"
                f"<p>{html.escape(ask)}</p>"
            )
            return
        if self.pack is None:
            loading = translate("MainWindow", "Loading the actions…")
            self.details.setHtml(f"<p>{html.escape(choose if self.loaded else loading)}</p>")
            return
        self.details.setHtml(self.details_html(self.pack))

    def details_html(self, pack: Pack) -> str:
        lang = self.ui_lang()
        action = pack.action
        status, words = status_text(pack, self.today(), lang)
        e = html.escape
        parts = [
            f"<h2>{e(action.title.get(lang))}</h2>",
            # its own direction set: it begins with the UA number, isolated left to right,
            # and the document took that for the paragraph's direction (probe 106b)
            f'<p dir="{"rtl" if QGuiApplication.isRightToLeft() else "ltr"}">'
            f"{e(reference(pack))}"
            + (f" · {e(country_name(action.country, lang))}" if action.country else "")
            + "</p>",
            f'<p style="color:{STATUS_COLOURS[status].name()}"><b>{e(words)}</b></p>',
        ]
        if pack.notes:
            # what the organiser should check (a fax number that cannot be dialled, a
            # letter language the action asks for and the pack lacks); the pack still works
            check = translate("MainWindow", "To check in this pack:")
            notes = "".join(f"<li>{e(note.message)}</li>" for note in pack.notes)
            parts.append(f'<p style="color:#8a4b00"><b>{e(check)}</b></p><ul>{notes}</ul>')
        if status is DeadlineStatus.PASSED and action.after_deadline.texts:
            parts.append(f"<p><b>{e(action.after_deadline.get(lang))}</b></p>")
        languages = [language_name(code, lang) for code in action.write_in]
        if action.write_in_own_language:
            languages.append(translate("MainWindow", "your own language"))
        if languages:
            write_in = translate("MainWindow", "Write in:")
            parts.append(f"<p><b>{e(write_in)}</b> {e(joined_list(languages))}</p>")
        for paragraph in action.summary.get(lang).split("\n\n"):
            parts.append(f"<p>{e(paragraph)}</p>")
        heading = translate("MainWindow", "What to ask for")
        parts.append(f"<h3>{e(heading)}</h3><ul>")
        for point in pack.talking_points:
            parts.append(f"<li>{e(point.text.get(lang))}</li>")
        parts.append("</ul>")
        if action.diplomatic_copies is not None:
            parts.append(f"<p><i>{e(action.diplomatic_copies.get(lang))}</i></p>")
        if action.additional_information.texts:
            more = translate("MainWindow", "Additional information")
            parts.append(f"<h3>{e(more)}</h3>")
            for paragraph in action.additional_information.get(lang).split("\n\n"):
                parts.append(f"<p>{e(paragraph)}</p>")
        if action.further_information:
            link = e(action.further_information, quote=True)
            further = translate("MainWindow", "Further information:")
            parts.append(
                f'<p>{e(further)} <a href="{link}">{e(ltr(action.further_information))}</a></p>'
            )
        return "".join(parts)

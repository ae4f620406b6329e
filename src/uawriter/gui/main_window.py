"""The main window: pick an action, choose addressees, write, preview, print and export.

Everything a volunteer needs is on one screen, left to right in the order of the work.
The window holds no letter logic of its own: it turns widget events into calls on
:class:`~uawriter.session.LetterSession` and the engine, and shows the results.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QSize,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
    QTextCursor,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from uawriter import __version__
from uawriter.address_book import AddressBook, Contact
from uawriter.atomic import write_bytes_atomic
from uawriter.bundled import font_path
from uawriter.domain.languages import country_name, is_right_to_left, language_name
from uawriter.domain.model import Addressee, DeadlineStatus, Pack, Sender
from uawriter.drafts import Draft, DraftStore
from uawriter.engine import (
    Letter,
    file_name_for,
    render_letters,
    sort_for_display,
    unprintable_characters,
)
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.gui.dialogs import ask, choose_path
from uawriter.gui.language import LanguageManager
from uawriter.gui.pack_menu import PackMenu
from uawriter.gui.preview import PreviewPane
from uawriter.gui.workers import Job
from uawriter.letters import TemplateProblem
from uawriter.letters.compose import format_letter_date
from uawriter.packs.loader import BrokenPack, LoadResult
from uawriter.paths import AppPaths
from uawriter.rendering import Paper
from uawriter.session import LetterSession
from uawriter.settings import Settings, SettingsStore

PREVIEW_DELAY_MS = 300
PRINT_DPI = 300
AUTOSAVE_DELAY_MS = 1000
SENDER_DELAY_MS = 400
ROLE_ID = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    DeadlineStatus.OPEN: QColor("#1b7f3b"),
    DeadlineStatus.CLOSING_SOON: QColor("#c25e00"),
    DeadlineStatus.PASSED: QColor("#b3261e"),
    DeadlineStatus.NONE: QColor("#5f6368"),
}


@dataclass
class Services:
    """What the window is given by the composition root (``uawriter.app``)."""

    # Reads the packs; called once the window is on screen (it compiles every template).
    load_catalog: Callable[[], LoadResult]
    settings_store: SettingsStore
    drafts: DraftStore
    address_book: AddressBook
    languages: LanguageManager
    pool: QThreadPool
    # The volunteer's folders: own packs (where the editor saves and imports go) and data.
    paths: AppPaths
    today: Callable[[], dt.date] = dt.date.today


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


class MainWindow(QMainWindow):
    # Emitted when the preview shows the PDF for the latest change (for tests and benchmarks).
    preview_ready = Signal()
    # Emitted with the written files after an export.
    exported = Signal(list)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setObjectName("mainWindow")
        self.settings: Settings = services.settings_store.load()
        self.contacts: list[Contact] = services.address_book.load()
        self.catalog = LoadResult()
        self.packs: dict[str, Pack] = {}
        self.pack: Pack | None = None
        self.session: LetterSession | None = None
        self.unexported = False
        self._updating = False
        self._generation = 0
        self._shown_generation = -1
        self._jobs: dict[int, Job] = {}
        self._letter_pages = 0
        self._started = False

        self._build_widgets()
        self.statusBar()  # there from the start, so the layout does not jump at the first message
        self._build_menus()
        self.pack_menu = PackMenu(self, services.paths.user_packs)
        self._connect()
        self._fill_pack_list()
        self._apply_settings()
        self.retranslate_ui()
        self._restore_geometry()

    # ------------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        # 1. Actions
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
        left = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(9, 9, 0, 0)
        top_layout.addWidget(self.actions_label)
        top_layout.addWidget(self.pack_list)
        left.addWidget(top)
        left.addWidget(self.details)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)

        # 2. To whom, in which language, from whom
        self.addressee_list = QListWidget()
        self.addressee_list.setObjectName("addresseeList")
        self.addressee_list.setWordWrap(True)
        self.addressee_list.setMinimumHeight(120)
        self.addressees_label = QLabel()
        self.addressees_label.setBuddy(self.addressee_list)
        self.select_all = QPushButton()
        self.select_all.setObjectName("selectAll")
        self.select_none = QPushButton()
        self.select_none.setObjectName("selectNone")
        self.diplomat_check = QCheckBox()
        self.diplomat_check.setObjectName("diplomatCheck")
        self.diplomat_choice = QComboBox()
        self.diplomat_choice.setObjectName("diplomatChoice")
        self.address_book_button = QPushButton()
        self.address_book_button.setObjectName("addressBookButton")
        self.fax_notice = QLabel()
        self.fax_notice.setObjectName("faxNotice")
        self.fax_notice.setWordWrap(True)
        self.fax_notice.hide()

        self.language_box = QComboBox()
        self.language_box.setObjectName("letterLanguage")
        self.output_box = QComboBox()
        self.output_box.setObjectName("outputMode")
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("paperSize")
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_box)
        self.output_label = QLabel()
        self.output_label.setBuddy(self.output_box)
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper_box)

        self.sender_group = QGroupBox()
        self.sender_name = QLineEdit()
        self.sender_name.setObjectName("senderName")
        self.sender_address = QPlainTextEdit()
        self.sender_address.setObjectName("senderAddress")
        self.sender_address.setTabChangesFocus(True)
        self.sender_address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.sender_email = QLineEdit()
        self.sender_email.setObjectName("senderEmail")
        self.remember_sender = QCheckBox()
        self.remember_sender.setObjectName("rememberSender")
        self.name_label, self.address_label, self.email_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.sender_name)
        self.address_label.setBuddy(self.sender_address)
        self.email_label.setBuddy(self.sender_email)
        sender_form = QFormLayout(self.sender_group)
        sender_form.addRow(self.name_label, self.sender_name)
        sender_form.addRow(self.address_label, self.sender_address)
        sender_form.addRow(self.email_label, self.sender_email)
        sender_form.addRow(self.remember_sender)

        middle_inner = QWidget()
        middle = QVBoxLayout(middle_inner)
        middle.addWidget(self.addressees_label)
        middle.addWidget(self.addressee_list, 1)
        choose = QHBoxLayout()
        choose.addWidget(self.select_all)
        choose.addWidget(self.select_none)
        choose.addStretch(1)
        middle.addLayout(choose)
        middle.addWidget(self.diplomat_check)
        diplomat = QHBoxLayout()
        diplomat.addWidget(self.diplomat_choice, 1)
        diplomat.addWidget(self.address_book_button)
        middle.addLayout(diplomat)
        middle.addWidget(self.fax_notice)
        options = QFormLayout()
        options.addRow(self.language_label, self.language_box)
        options.addRow(self.output_label, self.output_box)
        options.addRow(self.paper_label, self.paper_box)
        middle.addLayout(options)
        middle.addWidget(self.sender_group)
        self.middle_inner = middle_inner
        middle_scroll = QScrollArea()
        self.middle_scroll = middle_scroll
        middle_scroll.setWidgetResizable(True)
        middle_scroll.setWidget(middle_inner)
        middle_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # 3. The letter
        self.points_label = QLabel()
        self.points_list = QListWidget()
        self.points_list.setObjectName("talkingPoints")
        self.points_list.setWordWrap(True)
        self.points_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.points_list.setSpacing(3)
        # no blue selection: the tick is the only state a point has
        self.points_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.points_list.setAlternatingRowColors(True)
        self.points_label.setBuddy(self.points_list)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("letterEditor")
        self.editor.setTabChangesFocus(True)
        self.editor_label = QLabel()
        self.editor_label.setBuddy(self.editor)
        self.editor_label.setWordWrap(True)  # it names the addressee, which can be long
        self.counts = QLabel()
        self.counts.setObjectName("letterCounts")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
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
        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.addWidget(self.writing_split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.reset_button)
        writing_layout.addLayout(bottom)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        writing_layout.addLayout(buttons)

        # 4. The preview
        self.preview = PreviewPane()

        for box in (self.diplomat_choice, self.language_box, self.output_box, self.paper_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for pane in (left, middle_scroll, writing, self.preview):
            self.splitter.addWidget(pane)
        self.splitter.setSizes([290, 330, 430, 330])
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(200)
        self.setCentralWidget(self.splitter)

        self.preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.sender_timer = QTimer(self, singleShot=True, interval=SENDER_DELAY_MS)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.save_draft_action = QAction(self)
        self.save_draft_action.setShortcut(QKeySequence.StandardKey.Save)
        self.address_book_action = QAction(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.export_action, self.print_action, self.save_draft_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.address_book_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.reset_action = QAction(self)
        for action in (self.undo_action, self.redo_action, self.reset_action):
            self.edit_menu.addAction(action)

        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("uiLanguageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in self.services.languages.available().items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.pack_list.currentItemChanged.connect(self._pack_chosen)
        self.addressee_list.itemChanged.connect(self._addressee_ticked)
        self.addressee_list.currentItemChanged.connect(self._addressee_shown)
        self.select_all.clicked.connect(lambda: self._tick_all(True))
        self.select_none.clicked.connect(lambda: self._tick_all(False))
        self.diplomat_check.toggled.connect(self._diplomat_changed)
        self.diplomat_choice.currentIndexChanged.connect(self._diplomat_changed)
        self.address_book_button.clicked.connect(self.edit_address_book)
        self.address_book_action.triggered.connect(self.edit_address_book)
        self.language_box.currentIndexChanged.connect(self._letter_language_chosen)
        self.output_box.currentIndexChanged.connect(self._output_changed)
        self.paper_box.currentIndexChanged.connect(self._output_changed)
        self.sender_name.textEdited.connect(lambda _: self.sender_timer.start())
        self.sender_email.textEdited.connect(lambda _: self.sender_timer.start())
        self.sender_address.textChanged.connect(self._sender_address_typed)
        self.remember_sender.toggled.connect(self._remember_toggled)
        self.sender_timer.timeout.connect(self._sender_changed)
        self.editor.textChanged.connect(self._letter_typed)
        self.points_list.itemChanged.connect(self._points_changed)
        self.points_list.itemPressed.connect(self._point_pressed)
        self.points_list.itemClicked.connect(self._point_clicked)
        self.reset_button.clicked.connect(self.reset_letter)
        self.reset_action.triggered.connect(self.reset_letter)
        self.undo_action.triggered.connect(self.editor.undo)
        self.redo_action.triggered.connect(self.editor.redo)
        self.print_button.clicked.connect(self.print_letters)
        self.print_action.triggered.connect(self.print_letters)
        self.export_button.clicked.connect(self.export_letters)
        self.export_action.triggered.connect(self.export_letters)
        self.save_draft_action.triggered.connect(self.save_draft)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.language_group.triggered.connect(self._ui_language_chosen)
        self.services.languages.language_changed.connect(self._ui_language_changed)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.autosave_timer.timeout.connect(self.save_draft)
        self.preview.shown.connect(self._preview_shown)

    # ------------------------------------------------------------------ text

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._started:
            # The packs are read (and their templates compiled) once the first frame is on
            # screen, so the volunteer sees the window at once.
            self._started = True
            QTimer.singleShot(0, self._after_start)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text of the window, set here and again whenever the language changes."""
        self.setWindowTitle(self.tr("UA Writer"))
        self.actions_label.setText(self.tr("&Actions"))
        self.pack_list.setAccessibleName(self.tr("Urgent Actions"))
        self.details.setAccessibleName(self.tr("About this action"))
        self.addressees_label.setText(self.tr("&Write to"))
        self.addressee_list.setAccessibleName(self.tr("Addressees"))
        self.select_all.setText(self.tr("All"))
        self.select_all.setToolTip(self.tr("Write to every addressee"))
        self.select_none.setText(self.tr("None"))
        self.diplomat_check.setText(self.tr("Copy to a diplomat:"))
        self.diplomat_check.setToolTip(
            self.tr("Also send a copy to a diplomatic representative accredited to your country")
        )
        self.diplomat_choice.setAccessibleName(self.tr("Diplomatic representative"))
        self.address_book_button.setText(self.tr("Address book…"))
        self.language_label.setText(self.tr("Letter lan&guage:"))
        self.output_label.setText(self.tr("&Send by:"))
        self.paper_label.setText(self.tr("Pape&r:"))
        self.language_box.setAccessibleName(self.tr("Letter language"))
        self.output_box.setAccessibleName(self.tr("Send by fax or post"))
        self.paper_box.setAccessibleName(self.tr("Paper size"))
        self.sender_group.setTitle(self.tr("Your details (optional)"))
        self.name_label.setText(self.tr("&Name:"))
        self.address_label.setText(self.tr("A&ddress:"))
        self.email_label.setText(self.tr("E-&mail:"))
        self.sender_name.setAccessibleName(self.tr("Your name"))
        self.sender_address.setAccessibleName(self.tr("Your postal address"))
        self.sender_email.setAccessibleName(self.tr("Your e-mail address"))
        self.remember_sender.setText(self.tr("Remember my details on this computer"))
        self.remember_sender.setToolTip(
            self.tr("Untick on a shared computer: your details are then cleared after each letter")
        )
        self.points_label.setText(self.tr("What to as&k for (untick to leave out):"))
        self.points_list.setAccessibleName(self.tr("Talking points"))
        self._update_editor_label()
        self.editor.setAccessibleName(self.tr("Letter text"))
        self.reset_button.setText(self.tr("Reset to the template"))
        self.print_button.setText(self.tr("&Print…"))
        self.export_button.setText(self.tr("E&xport PDF…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.export_action.setText(self.tr("&Export PDF…"))
        self.print_action.setText(self.tr("&Print…"))
        self.save_draft_action.setText(self.tr("&Save draft"))
        self.address_book_action.setText(self.tr("&Address book…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.reset_action.setText(self.tr("Reset letter to the template"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About UA Writer"))
        self._fill_combo(
            self.output_box,
            [
                ("fax", self.tr("Fax (with cover sheet)")),
                ("post", self.tr("Post (no cover sheet)")),
            ],
        )
        self._fill_combo(self.paper_box, [("a4", self.tr("A4")), ("letter", self.tr("US Letter"))])
        self._refresh_texts()
        # the middle column scrolls up and down, never sideways: make room for its widest line
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.middle_scroll.setMinimumWidth(self.middle_inner.minimumSizeHint().width() + scrollbar)

    def _refresh_texts(self) -> None:
        """Texts that depend on the data as well as the language."""
        self._fill_pack_list()
        self._show_details()
        self._fill_languages()
        self._label_addressees()
        self._fill_diplomats()
        self._update_counts()
        self._update_fax_notice()

    @staticmethod
    def _fill_combo(box: QComboBox, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for data, text in items:
            box.addItem(text, data)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    def _ui_lang(self) -> str:
        return self.services.languages.current

    # ------------------------------------------------------------------ actions list

    def _status_text(self, pack: Pack) -> tuple[DeadlineStatus, str]:
        action = pack.action
        status = action.deadline_status(self.services.today())
        if action.deadline is None:
            return status, self.tr("No deadline")
        day = format_letter_date(action.deadline, self._ui_lang())
        words = {
            DeadlineStatus.OPEN: self.tr("Open until %1"),
            DeadlineStatus.CLOSING_SOON: self.tr("Closing soon: %1"),
            DeadlineStatus.PASSED: self.tr("Deadline passed: %1"),
        }
        return status, words[status].replace("%1", day)

    def _reference(self, pack: Pack) -> str:
        action = pack.action
        if action.update:
            return (
                self.tr("UA %1, update %2")
                .replace("%1", action.ua_number)
                .replace("%2", str(action.update))
            )
        return self.tr("UA %1").replace("%1", action.ua_number)

    def _packs_by_urgency(self) -> list[Pack]:
        """Closing soon first, then open, passed, and packs without a deadline; a newer
        update of an action stands just before the older one."""
        return sort_for_display(self.catalog.packs, self.services.today())

    def _fill_pack_list(self) -> None:
        if not hasattr(self, "pack_list"):
            return
        current = self.pack.id if self.pack else None
        self.pack_list.blockSignals(True)
        self.pack_list.clear()
        lang = self._ui_lang()
        for pack in self._packs_by_urgency():
            status, words = self._status_text(pack)
            parts = [self._reference(pack)]
            if pack.action.country:
                parts.append(country_name(pack.action.country, lang))
            text = f"{pack.action.title.get(lang)}\n{' · '.join(parts)}\n{words}"
            item = QListWidgetItem(_dot(STATUS_COLOURS[status]), text)
            item.setData(ROLE_ID, pack.id)
            item.setToolTip(words)
            self.pack_list.addItem(item)
            if pack.id == current:
                self.pack_list.setCurrentItem(item)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for broken in self.catalog.broken:
            name = broken.title or broken.pack_id or broken.path.name
            item = QListWidgetItem(warning, self.tr("Broken pack: %1").replace("%1", name))
            item.setData(ROLE_ID, f"broken:{broken.path}")
            item.setToolTip(str(broken.problems[0]) if broken.problems else "")
            self.pack_list.addItem(item)
        self.pack_list.blockSignals(False)

    def _broken(self, key: str) -> BrokenPack | None:
        for broken in self.catalog.broken:
            if key == f"broken:{broken.path}":
                return broken
        return None

    def _pack_chosen(self, item: QListWidgetItem | None) -> None:
        key = item.data(ROLE_ID) if item else None
        pack = self.packs.get(key) if key else None
        if pack is not None and self.pack is not None and pack.id == self.pack.id:
            return
        if self.session is not None and self.session.edited and self.unexported:
            if not self._ask(
                "switchQuestion",
                self.tr("Start another letter?"),
                self.tr(
                    "Your changes to this letter have not been exported. Start a letter "
                    "for another action anyway? (The current one stays saved as a draft.)"
                ),
            ):
                self._select_pack_item(self.pack.id if self.pack else None)
                return
            self.save_draft()
        self.pack = pack
        self.session = None
        self.unexported = False
        self._show_details(key)
        self._fill_addressees()
        self._fill_languages()
        self._fill_diplomats()
        self._start_session()

    def _select_pack_item(self, pack_id: str | None) -> None:
        self.pack_list.blockSignals(True)
        for row in range(self.pack_list.count()):
            item = self.pack_list.item(row)
            if item.data(ROLE_ID) == pack_id:
                self.pack_list.setCurrentItem(item)
        self.pack_list.blockSignals(False)

    def _show_details(self, key: str | None = None) -> None:
        if not hasattr(self, "details"):
            return
        if key is None:
            item = self.pack_list.currentItem()
            key = item.data(ROLE_ID) if item else None
        broken = self._broken(key) if key else None
        cannot = self.tr("This pack cannot be used")
        ask = self.tr("Ask whoever made the pack for a corrected copy.")
        choose = self.tr("Choose an action on the left to start a letter.")
        if broken is not None:
            rows = "".join(f"<li>{html.escape(str(p))}</li>" for p in broken.problems)
            self.details.setHtml(
                f"<h3>{html.escape(cannot)}</h3>"
                f"<p>{html.escape(str(broken.path))}</p><ul>{rows}</ul>"
                f"<p>{html.escape(ask)}</p>"
            )
            return
        if self.pack is None:
            loading = self.tr("Loading the actions…")
            self.details.setHtml(f"<p>{html.escape(choose if self._started else loading)}</p>")
            return
        self.details.setHtml(self._details_html(self.pack))

    def _details_html(self, pack: Pack) -> str:
        lang = self._ui_lang()
        action = pack.action
        status, words = self._status_text(pack)
        e = html.escape
        parts = [
            f"<h2>{e(action.title.get(lang))}</h2>",
            f"<p>{e(self._reference(pack))}"
            + (f" · {e(country_name(action.country, lang))}" if action.country else "")
            + "</p>",
            f'<p style="color:{STATUS_COLOURS[status].name()}"><b>{e(words)}</b></p>',
        ]
        if status is DeadlineStatus.PASSED and action.after_deadline.texts:
            parts.append(f"<p><b>{e(action.after_deadline.get(lang))}</b></p>")
        languages = [language_name(code, lang) for code in action.write_in]
        if action.write_in_own_language:
            languages.append(self.tr("your own language"))
        if languages:
            write_in = self.tr("Write in:")
            parts.append(f"<p><b>{e(write_in)}</b> {e(', '.join(languages))}</p>")
        for paragraph in action.summary.get(lang).split("\n\n"):
            parts.append(f"<p>{e(paragraph)}</p>")
        heading = self.tr("What to ask for")
        parts.append(f"<h3>{e(heading)}</h3><ul>")
        for point in pack.talking_points:
            parts.append(f"<li>{e(point.text.get(lang))}</li>")
        parts.append("</ul>")
        if action.diplomatic_copies is not None:
            parts.append(f"<p><i>{e(action.diplomatic_copies.get(lang))}</i></p>")
        if action.additional_information.texts:
            more = self.tr("Additional information")
            parts.append(f"<h3>{e(more)}</h3>")
            for paragraph in action.additional_information.get(lang).split("\n\n"):
                parts.append(f"<p>{e(paragraph)}</p>")
        if action.further_information:
            link = e(action.further_information, quote=True)
            further = self.tr("Further information:")
            parts.append(f'<p>{e(further)} <a href="{link}">{link}</a></p>')
        return "".join(parts)

    # ------------------------------------------------------------------ addressees

    def _fill_addressees(self) -> None:
        self.addressee_list.blockSignals(True)
        self.addressee_list.clear()
        if self.pack is not None:
            for addressee in self.pack.addressees:
                item = QListWidgetItem()
                item.setData(ROLE_ID, addressee.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked)
                self.addressee_list.addItem(item)
            if self.addressee_list.count():
                self.addressee_list.setCurrentRow(0)
        self.addressee_list.blockSignals(False)
        self._label_addressees()
        self._update_fax_notice()

    def _label_addressees(self) -> None:
        if self.pack is None:
            return
        for row in range(self.addressee_list.count()):
            item = self.addressee_list.item(row)
            addressee = self.pack.addressee(item.data(ROLE_ID))
            role = self.tr("Copy") if addressee.role.value == "copy" else self.tr("To")
            lines = [f"{role}: {addressee.display_name}"]
            contact = []
            if addressee.fax:
                contact.append(self.tr("Fax %1").replace("%1", addressee.fax))
            else:
                contact.append(self.tr("no fax"))
            if addressee.emails:
                contact.append(", ".join(addressee.emails))
            lines.append(" · ".join(contact))
            item.setText("\n".join(lines))
            item.setToolTip("\n".join(addressee.postal_lines))

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.addressee_list.count()):
            self.addressee_list.item(row).setCheckState(state)

    def _addressee_ticked(self, _item: QListWidgetItem) -> None:
        self._update_fax_notice()
        self._schedule_preview()

    def _diplomat(self) -> Addressee | None:
        index = self.diplomat_choice.currentData()
        if not self.diplomat_check.isChecked() or index is None:
            return None
        return self.contacts[int(index)].as_addressee(int(index))

    def selected_addressees(self) -> list[Addressee]:
        """The ticked addressees in list order, then the diplomat if chosen."""
        chosen: list[Addressee] = []
        if self.pack is not None:
            for row in range(self.addressee_list.count()):
                item = self.addressee_list.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    chosen.append(self.pack.addressee(item.data(ROLE_ID)))
        diplomat = self._diplomat()
        if diplomat is not None:
            chosen.append(diplomat)
        return chosen

    def _addressee_shown(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None or self.pack is None or self.session is None:
            return
        self._show_letter_to(self.pack.addressee(item.data(ROLE_ID)))

    def _show_letter_to(self, addressee: Addressee) -> None:
        if self.session is None or addressee == self.session.addressee:
            return
        try:
            session, merged = self.session.with_addressee(addressee)
        except TemplateProblem as exc:
            self._template_failed(exc)
            return
        self.session = session
        self._update_editor_label()
        self._set_editor_text(session.text)
        if merged.skipped:
            self.statusBar().showMessage(
                self.tr(
                    "Some changes were to lines that differ for this addressee and were not "
                    "carried over: %1"
                ).replace("%1", " / ".join(merged.skipped)),
                10000,
            )
        self._schedule_preview()

    def _fill_diplomats(self) -> None:
        if not hasattr(self, "diplomat_choice"):
            return
        current = self.diplomat_choice.currentData()
        self.diplomat_choice.blockSignals(True)
        self.diplomat_choice.clear()
        country = self.pack.action.country if self.pack else ""
        ordered = sorted(
            range(len(self.contacts)),
            key=lambda i: (self.contacts[i].represents != country, self.contacts[i].label),
        )
        for index in ordered:
            self.diplomat_choice.addItem(self.contacts[index].label, index)
        if not self.contacts:
            self.diplomat_choice.addItem(self.tr("(address book empty)"), None)
        self.diplomat_choice.setToolTip(
            self.tr("Add embassies and other diplomatic representatives with “Address book…”")
        )
        found = self.diplomat_choice.findData(current)
        self.diplomat_choice.setCurrentIndex(max(found, 0))
        self.diplomat_choice.blockSignals(False)
        self.diplomat_check.setEnabled(bool(self.contacts))
        self.diplomat_choice.setEnabled(bool(self.contacts))
        if not self.contacts:
            self.diplomat_check.setChecked(False)

    def _diplomat_changed(self, *_: object) -> None:
        self._update_fax_notice()
        self._schedule_preview()

    def edit_address_book(self) -> None:
        dialog = AddressBookDialog(self.contacts, self)
        if dialog.exec() != AddressBookDialog.DialogCode.Accepted:
            return
        self.contacts = dialog.contacts()
        try:
            self.services.address_book.save(self.contacts)
        except OSError as exc:
            self._warn(
                self.tr("The address book could not be saved"),
                self.tr("%1\n\nThe addresses are kept until you close UA Writer.").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
        self._fill_diplomats()

    def _update_fax_notice(self) -> None:
        if not hasattr(self, "fax_notice"):
            return
        if not self._as_fax():
            self.fax_notice.hide()
            return
        without = [a for a in self.selected_addressees() if not a.fax]
        if not without:
            self.fax_notice.hide()
            return
        names = ", ".join(a.display_name for a in without)
        self.fax_notice.setText(
            self.tr(
                "No fax number for: %1. Their letters get no fax cover sheet: print and post "
                "them, or send them by e-mail."
            ).replace("%1", names)
        )
        self.fax_notice.show()

    # ------------------------------------------------------------------ language and output

    def _fill_languages(self) -> None:
        if not hasattr(self, "language_box"):
            return
        items: list[tuple[str, str]] = []
        if self.pack is not None:
            lang = self._ui_lang()
            asked = [c for c in self.pack.letter_languages if c in self.pack.action.write_in]
            # the languages the action asks for first, then the others by name
            others = sorted(
                (c for c in self.pack.letter_languages if c not in asked),
                key=lambda c: language_name(c, lang).casefold(),
            )
            for code in asked + others:
                name = language_name(code, lang)
                name = name[:1].upper() + name[1:]
                if code in asked:
                    name = self.tr("%1 (asked for)").replace("%1", name)
                items.append((code, name))
        self._fill_combo(self.language_box, items)
        if self.session is not None:
            index = self.language_box.findData(self.session.lang)
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(max(index, 0))
            self.language_box.blockSignals(False)

    def _letter_language_chosen(self, _index: int) -> None:
        code = self.language_box.currentData()
        if self.session is None or code is None or code == self.session.lang:
            return
        if self.session.edited and not self._ask(
            "languageQuestion",
            self.tr("Change the letter's language?"),
            self.tr(
                "The letter will be written afresh in the new language, and your "
                "changes to it will be lost. Change the language?"
            ),
        ):
            self._fill_languages()
            return
        self.session = self.session.with_language(code)
        self._apply_letter_direction()
        self._fill_points()
        self._set_editor_text(self.session.text)
        self._schedule_preview()

    def _as_fax(self) -> bool:
        return bool(self.output_box.currentData() != "post")

    def _paper(self) -> Paper:
        return Paper(self.paper_box.currentData() or "a4")

    def _output_changed(self, _index: int) -> None:
        self.settings = self.settings.with_changes(as_fax=self._as_fax(), paper=self._paper().value)
        self._save_settings()
        self._update_fax_notice()
        self._schedule_preview()

    # ------------------------------------------------------------------ sender

    def current_sender(self) -> Sender:
        return Sender.from_text(
            self.sender_name.text(),
            self.sender_address.toPlainText().replace(";", "\n"),
            self.sender_email.text(),
        )

    def _sender_address_typed(self) -> None:
        if not self._updating:
            self.sender_timer.start()

    def _sender_changed(self) -> None:
        sender = self.current_sender()
        self.settings = self.settings.with_changes(sender=sender)
        self._save_settings()
        if self.session is not None and sender != self.session.sender:
            self.session = self.session.with_sender(sender)
            self._set_editor_text(self.session.text)
            self._schedule_preview()

    def _remember_toggled(self, on: bool) -> None:
        self.settings = self.settings.with_changes(remember_sender=on, sender=self.current_sender())
        self._save_settings()

    def _clear_sender(self) -> None:
        self._updating = True
        self.sender_name.clear()
        self.sender_address.clear()
        self.sender_email.clear()
        self._updating = False
        self._sender_changed()

    # ------------------------------------------------------------------ the letter

    def _start_session(self, draft: Draft | None = None) -> None:
        self.session = None
        if self.pack is None or not self.pack.letter_languages:
            self._set_editor_text("")
            self._fill_points()
            self._set_enabled(False)
            self.preview.clear()
            return
        pack = self.pack
        lang = self.language_box.currentData() or pack.letter_languages[0]
        item = self.addressee_list.currentItem()
        addressee = pack.addressee(item.data(ROLE_ID)) if item else pack.addressees[0]
        try:
            self.session = LetterSession.start(
                pack, lang, addressee, self.current_sender(), self.services.today()
            )
        except TemplateProblem as exc:
            self._template_failed(exc)
            return
        if draft is not None:
            self.session = LetterSession(
                pack,
                lang,
                addressee,
                self.current_sender(),
                self.services.today(),
                tuple(p for p in draft.points if p in {t.id for t in pack.talking_points}),
                draft.base or self.session.base,
                draft.text,
            )
            self.unexported = True
        self._set_enabled(True)
        self._fill_points()
        self._apply_letter_direction()
        self._update_editor_label()
        self._set_editor_text(self.session.text)
        self._caret_to_body()
        self.editor.setFocus()
        self._schedule_preview()

    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.editor,
            self.points_list,
            self.reset_button,
            self.print_button,
            self.export_button,
            self.language_box,
        ):
            widget.setEnabled(on)
        for action in (self.export_action, self.print_action, self.reset_action):
            action.setEnabled(on)

    def _fill_points(self) -> None:
        self.points_list.blockSignals(True)
        self.points_list.clear()
        if self.session is not None:
            ui_lang = self._ui_lang()
            for point in self.session.pack.talking_points:
                text = point.text.get(self.session.lang)
                # shown in the interface's language when the pack has it, so a volunteer
                # knows what they leave out of a letter in a language they cannot read
                shown = point.text.texts.get(ui_lang, text)
                item = QListWidgetItem(shown)
                item.setToolTip(text)
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

    def _point_pressed(self, item: QListWidgetItem) -> None:
        self._pressed_state = item.checkState()

    def _point_clicked(self, item: QListWidgetItem) -> None:
        """A click on a point's text ticks or unticks it too, not only its small box."""
        if item.checkState() == getattr(self, "_pressed_state", None):
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
        self.session = self.session.with_points(chosen)
        self._set_editor_text(self.session.text)
        self._letter_changed()

    def _update_editor_label(self) -> None:
        if self.session is None:
            self.editor_label.setText(self.tr("Le&tter:"))
            return
        self.editor_label.setText(
            self.tr("Le&tter to %1 (your changes go into every letter):").replace(
                "%1", self.session.addressee.display_name.replace("&", "&&")
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

    def _set_editor_text(self, text: str) -> None:
        """Replace the editor's text as one undoable step, keeping the caret near its place."""
        if self.editor.toPlainText() == text:
            return
        self._updating = True
        cursor = self.editor.textCursor()
        position = cursor.position()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        cursor.setPosition(min(position, len(text)))
        self.editor.setTextCursor(cursor)
        self._updating = False
        self._update_counts()

    def _letter_typed(self) -> None:
        if self._updating or self.session is None:
            return
        self.session = self.session.with_text(self.editor.toPlainText())
        self._letter_changed()

    def _letter_changed(self) -> None:
        self.unexported = True
        self._update_counts()
        self._schedule_preview()
        self.autosave_timer.start()

    def reset_letter(self) -> None:
        if self.session is None or not self.session.edited:
            return
        if self._ask(
            "resetQuestion",
            self.tr("Reset the letter?"),
            self.tr("Your changes to the letter will be replaced by the template's text."),
        ):
            self.session = self.session.reset()
            self._set_editor_text(self.session.text)
            self._letter_changed()

    def _update_counts(self) -> None:
        if not hasattr(self, "counts"):
            return
        words = len(self.editor.toPlainText().split())
        text = self.tr("%n word(s)", "", words)
        if self._letter_pages:
            text += " · " + self.tr("%n page(s)", "", self._letter_pages)
        self.counts.setText(text)

    def _template_failed(self, exc: TemplateProblem) -> None:
        self._warn(
            self.tr("This pack's letter cannot be written"),
            self.tr(
                "The letter template has a problem:\n%1\n\nAsk whoever made the pack for a "
                "corrected copy."
            ).replace("%1", str(exc.problem)),
        )

    # ------------------------------------------------------------------ preview

    def letters(self) -> list[Letter]:
        """The letters for every chosen addressee, each with the volunteer's edits."""
        if self.session is None:
            return []
        result = []
        for addressee in self.selected_addressees():
            text = self.session.letter_for(addressee).text
            result.append(
                Letter(self.session.pack, addressee, self.session.lang, text, self._as_fax())
            )
        return result

    def _shown_letter(self) -> Letter | None:
        if self.session is None:
            return None
        return Letter(
            self.session.pack,
            self.session.addressee,
            self.session.lang,
            self.session.text,
            self._as_fax(),
        )

    def _schedule_preview(self) -> None:
        self._generation += 1
        self.preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the shown letter in the background; the newest render wins."""
        letter = self._shown_letter()
        if letter is None:
            return
        generation = self._generation
        sender = self.session.sender if self.session else Sender()
        date = self.services.today()
        paper = self._paper()

        def work(_report: Callable[[int, int], None]) -> bytes:
            return render_letters([letter], sender, date, paper)

        job = Job(generation, work)
        job.signals.done.connect(self._preview_rendered)
        job.signals.failed.connect(self._preview_failed)
        self._jobs[generation] = job
        self.services.pool.start(job)

    def _preview_rendered(self, generation: int, pdf: object) -> None:
        self._jobs.pop(generation, None)
        if generation != self._generation or not isinstance(pdf, bytes):
            return
        self._shown_generation = generation
        self.preview.show_pdf(pdf)

    def _preview_failed(self, generation: int, message: str) -> None:
        self._jobs.pop(generation, None)
        self.statusBar().showMessage(
            self.tr("The preview failed: %1").replace("%1", message), 10000
        )

    def _preview_shown(self, pages: int) -> None:
        cover = 1 if self._as_fax() and self.session and self.session.addressee.fax else 0
        self._letter_pages = max(pages - cover, 0)
        self._update_counts()
        if self._shown_generation == self._generation:
            self.preview_ready.emit()

    # ------------------------------------------------------------------ print and export

    def _check_ready(self) -> list[Letter] | None:
        letters = self.letters()
        if not letters:
            self._warn(
                self.tr("No addressee chosen"),
                self.tr("Tick at least one addressee under “Write to”."),
            )
            return None
        missing = unprintable_characters(letters)
        if missing and not self._ask(
            "missingCharacters",
            self.tr("Some characters cannot be printed"),
            self.tr(
                "UA Writer has no font for these characters, so they would print as empty "
                "boxes: %1\n\nChange them in the letter, or go on anyway?"
            ).replace("%1", "  ".join(missing)),
        ):
            return None
        return letters

    def print_letters(self) -> None:
        letters = self._check_ready()
        if letters is None or self.session is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        sender = self.session.sender
        date = self.services.today()
        paper = self._paper()

        def work(_report: Callable[[int, int], None]) -> bytes:
            return render_letters(letters, sender, date, paper)

        self._generation += 1
        job = Job(self._generation, work)
        job.signals.done.connect(
            lambda _generation, pdf: (
                self.print_pdf(printer, pdf) if isinstance(pdf, bytes) else None
            )
        )
        job.signals.failed.connect(
            lambda _generation, message: self._warn(self.tr("Printing failed"), message)
        )
        self._jobs[job.generation] = job
        self.services.pool.start(job)

    def print_pdf(self, printer: QPrinter, pdf: bytes) -> int:
        """Paint the pages of ``pdf`` onto ``printer``; returns the number of pages printed."""
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            self._warn(self.tr("Printing failed"), self.tr("The printer could not be started."))
            return 0
        pages = document.pageCount()
        # Text stays sharp at 300 dpi; a 1200 dpi image of a page would take seconds.
        scale = min(1.0, PRINT_DPI / max(printer.resolution(), 1))
        for index in range(pages):
            if index:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            image = document.render(index, target.size() * scale)
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
        painter.end()
        document.close()
        buffer.close()
        self._after_output()
        return pages

    def _export_folder(self) -> Path:
        """The folder used last, else Documents, else the home folder."""
        last = Path(self.settings.export_folder) if self.settings.export_folder else None
        if last is not None and last.is_dir():
            return last
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _remember_export_folder(self, folder: Path) -> None:
        self.settings = self.settings.with_changes(export_folder=str(folder))
        self._save_settings()

    def _deadline_note(self) -> str:
        """After the deadline, a reminder to check before sending (writing is never blocked)."""
        if self.session is None:
            return ""
        action = self.session.pack.action
        if action.deadline_status(self.services.today()) is not DeadlineStatus.PASSED:
            return ""
        assert action.deadline is not None
        day = format_letter_date(action.deadline, self._ui_lang())
        return self.tr(
            "The deadline passed on %1: check with your section office before sending."
        ).replace("%1", day)

    def export_letters(self) -> None:
        letters = self._check_ready()
        if letters is None:
            return
        if len(letters) == 1:
            path = choose_path(
                self,
                self.tr("Export the letter as PDF"),
                "exportDialog",
                "save",
                name_filter=self.tr("PDF files (*.pdf)"),
                default_suffix="pdf",
                directory=self._export_folder(),
                suggested=file_name_for(letters[0], 1),
            )
            if path is not None:
                self.export_to_file(letters, path)
            return
        folder = choose_path(
            self,
            self.tr("Choose a folder for the %n letter(s)", "", len(letters)),
            "exportDialog",
            "folder",
            directory=self._export_folder(),
            accept_label=self.tr("Save the letters here"),
        )
        if folder is not None:
            self.export_to_folder(letters, folder)

    def export_to_file(self, letters: list[Letter], path: Path) -> None:
        """All the letters in one PDF, rendered and written in the background."""
        sender = self.session.sender if self.session else Sender()
        date = self.services.today()
        paper = self._paper()

        def work(_report: Callable[[int, int], None]) -> Path:
            write_bytes_atomic(path, render_letters(letters, sender, date, paper))
            return path

        def finished(_generation: int, _result: object) -> None:
            self._remember_export_folder(path.parent)
            message = " ".join(
                part
                for part in (self.tr("Saved %1").replace("%1", str(path)), self._deadline_note())
                if part
            )
            self.statusBar().showMessage(message, 15000)
            self._after_output()
            self.exported.emit([path])

        self._generation += 1
        job = Job(self._generation, work)
        job.signals.done.connect(finished)
        job.signals.failed.connect(
            lambda _generation, message: self._export_failed(path.parent, OSError(message))
        )
        self._jobs[job.generation] = job
        self.services.pool.start(job)

    def export_to_folder(self, letters: list[Letter], folder: Path) -> None:
        """One PDF per letter, written in the background with a progress dialog."""
        sender = self.session.sender if self.session else Sender()
        date = self.services.today()
        paper = self._paper()
        progress = QProgressDialog(
            self.tr("Exporting %n letter(s)…", "", len(letters)),
            self.tr("Cancel"),
            0,
            len(letters),
            self,
        )
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self._generation += 1
        job: Job

        def work(report: Callable[[int, int], None]) -> list[Path]:
            written: list[Path] = []
            folder.mkdir(parents=True, exist_ok=True)
            for number, letter in enumerate(letters, start=1):
                if job.cancelled.is_set():
                    break
                path = folder / file_name_for(letter, number)
                write_bytes_atomic(path, render_letters([letter], sender, date, paper))
                written.append(path)
                report(number, len(letters))
            return written

        job = Job(self._generation, work)
        progress.canceled.connect(job.cancelled.set)
        job.signals.progress.connect(lambda done, _total: progress.setValue(done))

        def finished(_generation: int, result: object) -> None:
            progress.reset()
            progress.deleteLater()
            written = list(result) if isinstance(result, list) else []
            self._after_output()
            self.exported.emit(written)
            if job.cancelled.is_set():
                self.statusBar().showMessage(
                    self.tr("Export cancelled: %1 of %2 letters saved.")
                    .replace("%1", str(len(written)))
                    .replace("%2", str(len(letters))),
                    10000,
                )
                return
            self._remember_export_folder(folder)
            self._offer_folder(folder, len(written))

        def failed(_generation: int, message: str) -> None:
            progress.reset()
            progress.deleteLater()
            self._export_failed(folder, OSError(message))

        job.signals.done.connect(finished)
        job.signals.failed.connect(failed)
        self._jobs[job.generation] = job
        self.services.pool.start(job)

    def _offer_folder(self, folder: Path, count: int) -> None:
        box = QMessageBox(self)
        box.setObjectName("exportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Letters exported"))
        box.setText(self.tr("%n letter(s) saved in %1.", "", count).replace("%1", str(folder)))
        box.setInformativeText(self._deadline_note())
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.AcceptRole)
        close_button = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close_button)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _export_failed(self, folder: Path, exc: OSError) -> None:
        reason = exc.strerror or str(exc)
        self._warn(
            self.tr("The letters could not be saved"),
            self.tr(
                "UA Writer could not write to %1:\n%2\n\nYour letter is still here. Choose "
                "another folder, for example on a USB stick or in Documents."
            )
            .replace("%1", str(folder))
            .replace("%2", reason),
        )

    def _after_output(self) -> None:
        """A letter went out: nothing is left unexported; on a shared laptop, forget the sender."""
        self.unexported = False
        self.services.drafts.clear()
        if not self.settings.remember_sender:
            self._clear_sender()

    # ------------------------------------------------------------------ drafts and settings

    def current_draft(self) -> Draft | None:
        if self.session is None:
            return None
        return Draft(
            pack_id=self.session.pack.id,
            lang=self.session.lang,
            addressee_id=self.session.addressee.id,
            selected=tuple(a.id for a in self.selected_addressees()),
            points=self.session.points,
            base=self.session.base,
            text=self.session.text,
        )

    def save_draft(self) -> None:
        draft = self.current_draft()
        if draft is None or not self.unexported:
            return
        try:
            self.services.drafts.save(draft)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("The draft could not be saved: %1").replace("%1", exc.strerror or str(exc)),
                10000,
            )
            return
        self.statusBar().showMessage(self.tr("Draft saved"), 3000)

    def load_packs(self) -> None:
        """Read the packs (again) and show them; the current letter stays as it is."""
        self.catalog = self.services.load_catalog()
        self.packs = {p.id: p for p in self.catalog.packs}
        self._fill_pack_list()

    def select_pack_folder(self, folder: Path) -> None:
        """Show the pack read from ``folder`` (after it was saved or imported)."""
        for pack in self.catalog.packs:
            if pack.path is not None and pack.path.resolve() == folder.resolve():
                self._select_pack_item(pack.id)
                self._pack_chosen(self.pack_list.currentItem())
                return
        for broken in self.catalog.broken:
            if broken.path.resolve() == folder.resolve():
                self._select_pack_item(f"broken:{broken.path}")
                self._show_details(f"broken:{broken.path}")

    def _after_start(self) -> None:
        self.load_packs()
        notes = []
        for store in (
            self.services.settings_store,
            self.services.address_book,
        ):
            if store.set_aside is not None:
                notes.append(str(store.set_aside))
        draft = self.services.drafts.load()
        if self.services.drafts.set_aside is not None:
            notes.append(str(self.services.drafts.set_aside))
        if notes:
            self._warn(
                self.tr("Some saved files were damaged"),
                self.tr("They were set aside, and UA Writer started afresh:\n%1").replace(
                    "%1", "\n".join(notes)
                ),
            )
        if draft is not None and draft.pack_id in self.packs:
            self.offer_draft(draft)
        elif self.pack is None and self.pack_list.count():
            self.pack_list.setCurrentRow(0)

    def offer_draft(self, draft: Draft) -> None:
        box = QMessageBox(self)
        box.setObjectName("draftOffer")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Continue your letter?"))
        pack = self.packs[draft.pack_id]
        box.setText(
            self.tr("You were writing a letter for “%1”. Continue it?").replace(
                "%1", pack.action.title.get(self._ui_lang())
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            self.services.drafts.clear()
            if self.pack is None and self.pack_list.count():
                self.pack_list.setCurrentRow(0)
            return
        self.restore_draft(draft)

    def restore_draft(self, draft: Draft) -> None:
        self.session = None
        self._select_pack_item(draft.pack_id)
        self.pack = self.packs[draft.pack_id]
        self._show_details(draft.pack_id)
        self._fill_addressees()
        self._fill_diplomats()
        self._fill_languages()
        self.addressee_list.blockSignals(True)
        for row in range(self.addressee_list.count()):
            item = self.addressee_list.item(row)
            ticked = item.data(ROLE_ID) in draft.selected
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if item.data(ROLE_ID) == draft.addressee_id:
                self.addressee_list.setCurrentItem(item)
        self.addressee_list.blockSignals(False)
        index = self.language_box.findData(draft.lang)
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(index, 0))
        self.language_box.blockSignals(False)
        self._start_session(draft)

    def _apply_settings(self) -> None:
        s = self.settings
        self._updating = True
        self.remember_sender.blockSignals(True)
        self.sender_name.setText(s.sender.name)
        self.sender_address.setPlainText("\n".join(s.sender.address))
        self.sender_email.setText(s.sender.email)
        self.remember_sender.setChecked(s.remember_sender)
        self.remember_sender.blockSignals(False)
        self._updating = False
        action = self.language_actions.get(self._ui_lang())
        if action is not None:
            action.setChecked(True)
        self.output_box.setCurrentIndex(
            max(self.output_box.findData("fax" if s.as_fax else "post"), 0)
        )
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(s.paper), 0))

    def _save_settings(self) -> None:
        try:
            self.services.settings_store.save(self.settings)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Settings could not be saved: %1").replace("%1", exc.strerror or str(exc)),
                10000,
            )

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry:
            self.restoreGeometry(QByteArray.fromHex(geometry.encode("ascii")))
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableSize() if screen else QSize(1366, 768)
            self.resize(min(1360, available.width()), min(760, available.height()))
        if self.settings.window_state:
            self.splitter.restoreState(
                QByteArray.fromHex(self.settings.window_state.encode("ascii"))
            )

    def _ui_language_chosen(self, action: QAction) -> None:
        self.services.languages.set_language(str(action.data()))

    def _ui_language_changed(self, code: str) -> None:
        self.settings = self.settings.with_changes(ui_language=code)
        self._save_settings()
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> None:
        """The version, the app's licence and the licence of every font it bundles."""
        e = html.escape

        def licence(name: str, file_name: str) -> str:
            # the licence texts are installed beside the fonts: a link opens the file
            url = QUrl.fromLocalFile(str(font_path(file_name))).toString()
            return f'<a href="{e(url)}">{e(name)}</a>'

        # font families and licence names are proper names: the same in every language
        fonts = [
            (
                "Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Noto Emoji",
                licence("SIL Open Font License 1.1", "OFL.txt"),
            ),
            ("Droid Sans Fallback", licence("Apache License 2.0", "Apache-2.0.txt")),
        ]
        rows = "".join(f"<li>{e(families)}: {name}</li>" for families, name in fonts)
        app_name = self.tr("UA Writer")
        version = self.tr("Version %1").replace("%1", __version__)
        purpose = self.tr(
            "Write Urgent Action appeal letters offline, and print, post or fax them."
        )
        free = self.tr(
            "UA Writer is free software: you may share and change it under the GNU General "
            "Public License, version 3 or any later version (GPL-3.0-or-later). It comes with "
            "no warranty."
        )
        fonts_intro = self.tr("The fonts it bundles and embeds in the letters are free too:")
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("About UA Writer"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<h3>{e(app_name)}</h3><p>{e(version)}</p><p>{e(purpose)}</p>")
        box.setInformativeText(f"<p>{e(free)}</p><p>{e(fonts_intro)}</p><ul>{rows}</ul>")
        icon = self.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()

    def _ask(self, object_name: str, title: str, text: str) -> bool:
        return ask(self, object_name, title, text)

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("warning")
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.unexported and self.session is not None and self.session.edited:
            box = QMessageBox(self)
            box.setObjectName("closeQuestion")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Keep your letter?"))
            box.setText(
                self.tr(
                    "Your letter has not been printed or exported. Keep it as a draft for "
                    "next time?"
                )
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_draft()
            else:
                self.services.drafts.clear()
        elif not self.unexported:
            self.services.drafts.clear()
        self.settings = self.settings.with_changes(
            window_geometry=bytes(self.saveGeometry().toHex().data()).decode("ascii"),
            window_state=bytes(self.splitter.saveState().toHex().data()).decode("ascii"),
            sender=self.current_sender(),
        )
        self._save_settings()
        self.services.pool.waitForDone(5000)
        event.accept()

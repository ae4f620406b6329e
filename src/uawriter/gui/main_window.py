"""The main window: pick an action, choose addressees, write, preview, print and export.

Everything a volunteer needs is on one screen, left to right in the order of the work. The
window is assembled from panes, each a widget in its own module that talks by signals and is
given what it needs through its constructor (as novelWriter's ``guimain.py`` assembles its
panes, and Vorta's main window hands its tabs a provider): ``ActionsPane`` and ``StackPane``
on the left, ``AddresseesPane``, ``OptionsPane`` and ``SenderPane`` in the middle,
``LetterPane``, then ``PreviewPane``. ``Sending`` (print, export, the stack), ``Output``,
``DraftKeeper``, ``StackKeeper``, ``WindowSettings``, ``WindowMenus``, ``PackMenu`` and
``EventControls`` are its helpers, each reaching the window through a small protocol or
callables (no import circle); ``resume`` holds what the window gives back and lets go (the
draft and stack at the start, a letter made again from a pack read again, the close), and
``went`` what is sent and what is still to send once letters went out or on the stack.
``docs/architecture.md`` lists what each pane emits. All background work goes through one
:class:`~uawriter.gui.tasks.TaskRunner`.

The window only wires the panes together and keeps what spans them: the chosen pack,
whether the letter has gone out (``unexported``), and the letter language chosen per
action. It holds no letter logic: it turns pane signals into calls on
:class:`~uawriter.session.LetterSession` and the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.model import Addressee, Pack, Sender
from uawriter.domain.runs import MAX_RUN
from uawriter.engine import Letter
from uawriter.gui import modal, questions, resume
from uawriter.gui import went as after_sending
from uawriter.gui.actions_pane import ActionsPane, deadline_note
from uawriter.gui.addressees_pane import AddresseesPane
from uawriter.gui.channel_actions import ChannelActions, ChannelHost
from uawriter.gui.common import ROLE_ID, count_text, plain_labels
from uawriter.gui.dialogs import forget_file_dialogs, keep_out_of
from uawriter.gui.draft_keeper import DraftKeeper, resumed
from uawriter.gui.event_controls import EventControls
from uawriter.gui.event_mode import EventMode
from uawriter.gui.letter_pane import LetterPane
from uawriter.gui.menus import WindowMenus
from uawriter.gui.options_pane import OptionsPane
from uawriter.gui.outbox import Outbox
from uawriter.gui.output import Output, OutputContext
from uawriter.gui.pack_menu import PackMenu
from uawriter.gui.preview import PreviewPane, PreviewRequest
from uawriter.gui.printing import PagePrint
from uawriter.gui.sender_pane import SenderPane
from uawriter.gui.sending import Sending
from uawriter.gui.services import Services
from uawriter.gui.stack import StackPane
from uawriter.gui.stack_keeper import StackKeeper
from uawriter.gui.window_settings import WindowSettings
from uawriter.letters import TemplateProblem, one_budget
from uawriter.packs.loader import LoadResult
from uawriter.session import LetterSession
from uawriter.storage.drafts import Draft
from uawriter.storage.settings import Settings
from uawriter.storage.tally import Channel, TallyBook
from uawriter.storage.turns import Turns

#: Below this many pixels of screen width the window uses its compact layout (two columns).
COMPACT_BELOW = 1100


#: How long after Next volunteer what Qt's own file dialogs wrote is forgotten again.
FORGET_AGAIN_MS = 500


class MainWindow(QMainWindow):
    # Emitted when the preview shows the PDF for the latest change (for tests and benchmarks).
    preview_ready = Signal()
    # Emitted with the written files after an export.
    exported = Signal(list)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.tasks = services.tasks
        self.setObjectName("mainWindow")
        self.memory = WindowSettings(services.settings_store, self.show_status)
        self.pack: Pack | None = None
        self.unexported = False
        self._started = False
        #: How many times the window was cleared for the next volunteer: what was read at
        #: the start is dropped if it changed meanwhile (``resume.after_start``).
        self.cleared_for_next = 0
        # where each volunteer's exports start at an event: the folder in use when the event
        # started (or when this window opened during one)
        self._event_export_folder = self.memory.current.export_folder
        # the letter language the volunteer chose, per action (pack id)
        self.letter_languages: dict[str, str] = {}

        ui_lang = self.ui_language
        self.actions_pane = ActionsPane(services.today, ui_lang, services.load_catalog, self.tasks)
        self.options_pane = OptionsPane(ui_lang)
        self.addressees_pane = AddresseesPane(
            services.address_book, self.options_pane.as_fax, self.options_pane.as_email
        )
        self.sender_pane = SenderPane()
        self.letter_pane = LetterPane(ui_lang)
        self.stack_pane = StackPane(ui_lang)
        self.preview = PreviewPane(self.tasks, self._preview_request)
        self.output = Output(
            self,
            self.tasks,
            last_folder=lambda: self.settings.export_folder,
            remember_folder=self._remember_export_folder,
            status=self.show_status,
            deadline_note=self._deadline_note,
        )
        self.outbox = Outbox(
            self,
            self.tasks,
            folder=lambda: self.settings.outbox_folder,
            remember_folder=lambda folder: self.memory.change(outbox_folder=str(folder)),
            may_choose=self._may_choose_outbox,
        )
        self.sending = Sending(self, self, self.output, self.stack_pane, self.outbox)
        self._build_layout()
        self.statusBar()  # there from the start, so the layout does not jump at the first message
        self.menus = WindowMenus(self, services.languages.available())
        # names the language tests have always used
        self.language_menu = self.menus.language_menu
        self.language_actions = self.menus.language_actions
        self.export_button = self.letter_pane.export_button
        keep_out_of(services.paths)  # no file saved from here goes into the data folder
        self.pack_menu = PackMenu(self, self, services.paths, services.today, self.tasks)
        self.menus.add_menu(self.pack_menu.menu)
        self.tally = TallyBook(services.paths.tally_file)
        #: The volunteer's turn at the window (``LetterRecord.turn``): new at Next volunteer
        #: and when another name signs (see ``storage/turns.py``).
        self.turns = Turns()
        self.event_controls = EventControls(
            self,
            self,
            EventMode(
                services.paths.event_file,
                self,
                idle_ms=services.idle_ms,
                countdown_ms=services.countdown_ms,
            ),
            self.tally,
            self.tasks,
            organiser_widgets=[
                self.pack_menu.menu,
                self.menus.address_book_action,
                self.addressees_pane.address_book_button,  # the same editor, beside the list
                self.menus.postage_action,
                self.sender_pane.remember_sender,
            ],
        )
        self.menus.add_menu(self.event_controls.menu)
        self.menus.field_proof_actions.append(self.event_controls.next_action)
        self.drafts = DraftKeeper(
            self,
            services.drafts,
            session=lambda: self.session,
            selected=self.selected_addressees,
            at_event=lambda: self.event_controls.mode.running,
            unsent=lambda: self.unexported,
            status=self.show_status,
            by_hand=lambda pack_id: self.channels.by_hand_for(pack_id),  # noqa: PLW0108 - made below
        )
        self.stack_keeper = StackKeeper(
            self,
            services.drafts.stack,
            self.stack_pane,
            self.tally,
            at_event=lambda: self.event_controls.mode.running,
            forget_volunteer=self.drafts.clear_all,
            status=self.show_status,
        )
        self.channels = ChannelActions(
            self,
            ChannelHost(
                letters=self._flushed_letters,
                current=self.letters_current,
                shown=self._shown_letters,
                sender=self.current_sender,
                pack=lambda: self.pack,
                ui_language=self.ui_language,
                saved_home=lambda: self.settings.home_country,
                remember_home=lambda code: self.memory.change(home_country=code),
                export_folder=self.output.export_folder,
                event=lambda: self.event_controls.event_info,
                preview_pdf=lambda: self.preview.pdf,
                preview_problem=lambda: self.preview.problem,
                status=self.show_status,
                show_postage_note=self.options_pane.show_postage,
                counted=self.event_controls.refresh,
                turn=lambda: (self.output.turn, self.turns.of(self.current_sender().name)),
                keep_draft=self._keep_draft,
            ),
            self.tasks,
            self.tally,
            services.postage,
        )
        self._connect()
        self._apply_settings()
        if self.event_controls.mode.running:
            self._event_started(resumed=True)  # a restart during an event
            forget_file_dialogs()  # what Qt's dialogs kept before a crash or power cut
        else:  # an event ended while the window was closed: its letters set aside come back
            services.drafts.bring_back_after_event()
            services.drafts.bring_back_stack()  # offered by the start, as a stack kept is
        self.letter_pane.start(None)
        self._set_enabled(False)
        self.retranslate_ui()
        self.memory.restore_layout(self, self.splitter)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    # ------------------------------------------------------------------ building

    def _build_layout(self) -> None:
        middle_inner = QWidget()
        middle = QVBoxLayout(middle_inner)
        middle.addWidget(self.addressees_pane, 1)
        middle.addWidget(self.options_pane)
        middle.addWidget(self.sender_pane)
        self.middle_inner = middle_inner
        middle_inner.installEventFilter(self)
        self.middle_scroll = QScrollArea()
        self.middle_scroll.setWidgetResizable(True)
        self.middle_scroll.setWidget(middle_inner)
        self.middle_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.actions_pane, 1)
        left_layout.addWidget(self.stack_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.compact = self._wants_compact()
        self.letter_tabs: QTabWidget | None = None
        if self.compact:
            # a narrow screen (800 pixels): the actions above the addressees and options, the
            # letter and its preview as two tabs
            column = QSplitter(Qt.Orientation.Vertical)
            column.setObjectName("compactColumn")
            column.addWidget(left)
            column.addWidget(self.middle_scroll)
            column.setChildrenCollapsible(False)
            column.setSizes([300, 460])
            self.letter_tabs = QTabWidget()
            self.letter_tabs.setObjectName("letterTabs")
            self.letter_tabs.addTab(self.letter_pane, "")
            self.letter_tabs.addTab(self.preview, "")
            self.splitter.addWidget(column)
            self.splitter.addWidget(self.letter_tabs)
            self.splitter.setSizes([330, 450])
        else:
            for pane in (left, self.middle_scroll, self.letter_pane, self.preview):
                self.splitter.addWidget(pane)
            self.splitter.setSizes([290, 330, 430, 330])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _wants_compact(self) -> bool:
        """Four columns need about 1,100 pixels across; on a narrower screen, two."""
        layout = self.services.layout
        if layout != "auto":
            return layout == "compact"
        screen = self.screen() or QApplication.primaryScreen()
        return screen is not None and screen.availableGeometry().width() < COMPACT_BELOW

    def _connect(self) -> None:
        self.actions_pane.chosen.connect(self.choose_pack)
        self.addressees_pane.selection_changed.connect(self.preview.schedule)
        self.addressees_pane.addressee_shown.connect(self._show_letter_to)
        self.options_pane.language_chosen.connect(self._letter_language_chosen)
        self.options_pane.output_changed.connect(self._output_changed)
        self.sender_pane.sender_changed.connect(self._sender_changed)
        self.sender_pane.remember_toggled.connect(self._remember_toggled)
        self.letter_pane.edited.connect(self._letter_edited)
        self.letter_pane.template_failed.connect(self._template_failed)
        self.letter_pane.not_carried.connect(self._say_not_carried)
        self.letter_pane.print_requested.connect(self.print_letters)
        self.letter_pane.export_requested.connect(self.export_letters)
        self.letter_pane.stack_requested.connect(self.sending.add_to_stack)
        self.stack_pane.changed.connect(self._stack_changed)
        self.preview.shown.connect(self._preview_shown)
        self.preview.ready.connect(lambda _pages: self.preview_ready.emit())
        self.preview.failed.connect(self._preview_failed)
        # any output (the stack's too) is counted: the event window shows it; only the
        # letter's own makes the letter on screen sent (Sending: letter_went)
        self.output.output_done.connect(self.event_controls.refresh)
        self.event_controls.mode.event_started.connect(lambda _event: self._event_started())
        self.event_controls.mode.event_ended.connect(self.services.drafts.bring_back_after_event)
        self.event_controls.mode.event_ended.connect(
            lambda: self.stack_keeper.kept_back_after_event(self.services.drafts, self.packs)
        )
        mode = self.event_controls.mode
        mode.event_starting.connect(lambda: self.services.drafts.put_away_before_event(every=True))
        mode.event_not_started.connect(self.services.drafts.bring_back_after_event)
        self.output.exported.connect(self.exported)
        self.outbox.exported.connect(self.exported)
        self.outbox.exported.connect(lambda _written: self.event_controls.refresh())
        self.outbox.emailed.connect(self.channels.note_emailed)
        self.menus.address_book_action.triggered.connect(self.addressees_pane.edit_address_book)
        self.menus.reset_action.triggered.connect(self.letter_pane.reset_letter)
        self.letter_pane.editor.runs_broken.connect(self._runs_broken)
        self.menus.undo_action.triggered.connect(self.letter_pane.editor.undo)
        self.menus.redo_action.triggered.connect(self.letter_pane.editor.redo)
        self.menus.print_action.triggered.connect(self.print_letters)
        self.menus.export_action.triggered.connect(self.export_letters)
        self.menus.save_draft_action.triggered.connect(self.save_draft)
        self.menus.channels_action.triggered.connect(self.channels.show_channels)
        self.options_pane.channels_button.clicked.connect(self.channels.show_channels)
        self.menus.fax_view_action.triggered.connect(self.channels.show_fax_view)
        self.menus.postage_action.triggered.connect(self.channels.edit_postage)
        self.menus.quit_action.triggered.connect(self.close)
        self.menus.about_action.triggered.connect(self.show_about)
        self.menus.language_group.triggered.connect(
            lambda action: self.services.languages.set_language(str(action.data()))
        )
        self.services.languages.language_changed.connect(self._ui_language_changed)

    # ------------------------------------------------------------------ text

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._started:
            # The packs are read (and their templates compiled) once the first frame is on
            # screen, so the volunteer sees the window at once.
            self._started = True
            QTimer.singleShot(0, lambda: resume.after_start(self))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """The window's own texts (each pane sets its own), again whenever the language
        changes."""
        controls = getattr(self, "event_controls", None)  # not yet while the window is built
        self.setWindowTitle(controls.window_title() if controls else self.tr("UA Writer"))
        tabs = getattr(self, "letter_tabs", None)  # the compact layout's
        if tabs is not None:
            tabs.setTabText(0, self.tr("Letter"))
            tabs.setTabText(1, self.tr("Preview"))
        self._fit_middle_column()

    def _fit_middle_column(self) -> None:
        """The middle column scrolls up and down, never sideways: make room for its widest
        line. Also after its panes re-lay themselves out (a language change reaches them
        after the window), so a longer translation is never cut off."""
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.middle_scroll.setMinimumWidth(self.middle_inner.minimumSizeHint().width() + scrollbar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.middle_inner and event.type() == QEvent.Type.LayoutRequest:
            self._fit_middle_column()
        return super().eventFilter(watched, event)

    @property
    def settings(self) -> Settings:
        return self.memory.current

    @property
    def as_parent(self) -> QWidget:
        """The window, as the parent of its questions (``resume.ResumeHost``)."""
        return self

    def ui_language(self) -> str:
        return self.services.languages.current

    def show_status(self, text: str, msecs: int = 10000) -> None:
        self.statusBar().showMessage(text, msecs)

    def _runs_broken(self, _spaces: int) -> None:
        self.show_status(
            self.tr(
                "What you pasted held a run of more than %1 characters without a space, "
                "longer than any word: spaces were put in it. Check where it came from."
            ).replace("%1", count_text(MAX_RUN))
        )

    # ------------------------------------------------------------------ the panes' widgets
    # (names tests, the benchmark and assistive tools have always used)

    @property
    def pack_list(self) -> QListWidget:
        return self.actions_pane.pack_list

    @property
    def details(self) -> QTextBrowser:
        return self.actions_pane.details

    @property
    def editor(self) -> QPlainTextEdit:
        return self.letter_pane.editor

    @property
    def session(self) -> LetterSession | None:
        return self.letter_pane.session

    @property
    def packs(self) -> dict[str, Pack]:
        return self.actions_pane.packs

    @property
    def catalog(self) -> LoadResult:
        return self.actions_pane.catalog

    # ------------------------------------------------------------------ the actions

    def _pack_chosen(self, item: QListWidgetItem | None) -> None:
        """The list's item was chosen (for callers holding the item rather than its key)."""
        self.choose_pack(item.data(ROLE_ID) if item else None)

    def choose_pack(self, key: str | None, renamed_from: str | None = None) -> None:
        """Write a letter for the pack ``key`` (asking first if the letter has not gone out);
        a broken pack's key shows its problems. ``renamed_from``: the id this pack had
        before the organiser saved it under another: a letter from it is kept for it."""
        pack = self.packs.get(key) if key else None
        # The action already open is left as it is; a new revision of it (imported or
        # saved, so not equal) replaces it: letters must go to its addressees, not the old
        # ones (issue 12, item 12).
        if pack is not None and pack == self.pack:
            return
        session = self.session
        if session is not None and session.edited and self.unexported:
            if not questions.switch_action(self):
                self.actions_pane.select(self.pack.id if self.pack else None)
                return
            # kept for that action, offered when it is chosen again (its letter of the pack
            # saved under a new id: kept for the new id, not one no pack has any more)
            renamed = pack is not None and self.pack is not None and self.pack.id == renamed_from
            self.drafts.shelve(pack.id if renamed and pack is not None else None)
        self.show_pack(pack, key)
        self.start_session()
        self.actions_pane.select(key)  # chosen from elsewhere (a test, a draft): shown chosen
        shelved = self.drafts.set_aside_for(pack.id) if pack is not None else None
        if pack is None or shelved is None:
            return
        if shelved.going_out:  # kept while it went out (Next volunteer came): what is left
            shelved = resume.less_what_went(self, shelved, quiet=True)
            if shelved is None:  # it all went: nothing to ask about (probe 113a)
                self.drafts.let_go(pack.id)
                self.show_status(
                    self.tr(
                        "The letters set aside for this action went out and are counted: "
                        "nothing of them is left to send."
                    ),
                    30000,
                )
                return
        # in its slot until saved as the current letter: a kill while she is asked, or
        # before she types, lost it
        if questions.continue_draft(
            self,
            pack.action.title.get(self.ui_language()),
            self.event_controls.mode.running or shelved.at_event,
        ):
            resume.restore_draft(self, shelved)
            # saved without "Draft saved": the lines a revision could not carry are said
            if not self.drafts.save(quiet=True):
                return  # still in its slot, offered again rather than lost
        self.drafts.let_go(pack.id)

    def _select_pack_item(self, pack_id: str | None) -> None:
        self.actions_pane.select(pack_id)

    def show_pack(self, pack: Pack | None, key: str | None = None) -> None:
        self.pack = pack
        self.unexported = False
        self.letter_pane.start(None)
        self.actions_pane.show_pack(pack, key)
        self.addressees_pane.set_pack(pack)
        self.sender_pane.force_initials(bool(pack and pack.action.sign_with_initials))
        self.options_pane.set_languages(pack, self.letter_languages.get(pack.id) if pack else None)
        self.channels.show_postage()

    def load_packs(self, then: Callable[[], None] | None = None, wait: bool = True) -> None:
        """Read the packs (again) and show them; the current letter stays as it is."""
        self.actions_pane.load(then, wait)

    def reload_packs(self, select: Path | None = None, renamed_from: str | None = None) -> None:
        """Read the packs again, then show the one in ``select`` (saved or imported;
        ``renamed_from``: its id before it was saved under another)."""
        self.load_packs(
            then=(lambda: self.select_pack_folder(select, renamed_from)) if select else None
        )

    def select_pack_folder(self, folder: Path, renamed_from: str | None = None) -> None:
        """Show the pack read from ``folder`` (after it was saved or imported)."""
        key = self.actions_pane.key_for_folder(folder)
        if key is None:
            return
        self.actions_pane.select(key)
        if key in self.packs:
            self.choose_pack(key, renamed_from)
        else:
            self.actions_pane.show_details(key)

    def chosen_broken_pack(self) -> Path | None:
        return self.actions_pane.chosen_broken()

    def current_pack(self) -> Pack | None:
        return self.pack

    def pack_ids(self) -> set[str]:
        return set(self.packs)

    # ------------------------------------------------------------------ the letter

    def start_session(self, draft: Draft | None = None) -> None:
        pack = self.pack
        if pack is None or not pack.letter_languages:
            self.letter_pane.start(None)
            self._set_enabled(False)
            self.preview.clear()
            return
        lang = self.options_pane.language() or pack.letter_languages[0]
        addressee = self.addressees_pane.current() or pack.addressees[0]
        sender = self.sender_pane.current_sender()
        try:
            session = LetterSession.start(pack, lang, addressee, sender, self.services.today())
        except TemplateProblem as exc:
            self._template_failed(exc)
            return
        if draft is not None:
            session = resumed(session, draft)
            self.unexported = True
        self._set_enabled(True)
        self.letter_pane.start(session)
        self.preview.schedule()
        if draft is not None:
            self._say_not_carried(session.not_carried, 60_000)  # the pack changed since

    def _set_enabled(self, on: bool) -> None:
        self.letter_pane.set_enabled(on)
        self.options_pane.language_box.setEnabled(on)
        self.options_pane.channels_button.setEnabled(on)
        menus = self.menus
        for action in (
            menus.export_action,
            menus.print_action,
            menus.reset_action,
            menus.channels_action,
            menus.fax_view_action,
        ):
            action.setEnabled(on)

    def _show_letter_to(self, addressee: Addressee) -> None:
        session = self.session
        if session is None or addressee == session.addressee:
            return
        try:
            session, merged = session.with_addressee(addressee)
        except TemplateProblem as exc:
            self._template_failed(exc)
            return
        self.letter_pane.recompose(session)
        self._say_not_carried(merged.skipped)
        self.preview.schedule()

    def _say_not_carried(self, skipped: Sequence[str], msecs: int = 10000) -> None:
        """Her lines a letter composed again could not carry, said in the status bar."""
        if skipped:
            self.show_status(
                self.tr(
                    "Some changes were to lines that differ for this addressee and were not "
                    "carried over: %1"
                ).replace("%1", " / ".join(skipped)),
                msecs,
            )

    def _letter_language_chosen(self, code: str) -> None:
        session = self.session
        if session is None or code == session.lang:
            return
        if session.edited and not questions.change_language(self):
            self.options_pane.select_language(session.lang)
            return
        try:
            changed = session.with_language(code)
        except TemplateProblem as exc:
            self.options_pane.select_language(session.lang)
            self._template_failed(exc)
            return
        self.letter_languages[session.pack.id] = code
        self.letter_pane.set_language(changed)
        self.preview.schedule()

    def _output_changed(self) -> None:
        self.memory.change(
            as_fax=self.options_pane.as_fax(),
            email=self.options_pane.as_email(),
            paper=self.options_pane.paper().value,
        )
        self.addressees_pane.update_fax_notice()
        self.letter_pane.set_email(self.options_pane.as_email())
        self.preview.schedule()

    def current_sender(self) -> Sender:
        return self.sender_pane.current_sender()

    def _sender_changed(self, sender: Sender) -> None:
        self.memory.change(sender=sender)
        session = self.session
        if session is not None and sender != session.sender:
            try:
                changed = session.with_sender(sender)
            except TemplateProblem as exc:  # a whole letter pasted as an address…
                # said in the status bar, not in a box: this runs at every keystroke
                self.show_status(
                    self.tr("Your details were not put in the letter: %1").replace(
                        "%1", exc.problem.message
                    ),
                    15000,
                )
                return
            self.letter_pane.recompose(changed)
            self._say_not_carried(changed.not_carried)
            self.preview.schedule()

    def _remember_toggled(self, on: bool) -> None:
        self.memory.change(remember_sender=on, sender=self.current_sender())

    def _letter_edited(self) -> None:
        self.unexported = True
        self.preview.schedule()
        self.drafts.schedule()

    def _template_failed(self, exc: TemplateProblem) -> None:
        questions.template_failed(self, str(exc.problem))

    # ------------------------------------------------------------------ preview

    def selected_addressees(self) -> list[Addressee]:
        """The ticked addressees in list order, then the diplomat if chosen."""
        return self.addressees_pane.selected()

    def letters(self) -> list[Letter]:
        """The letters for every chosen addressee, each with the volunteer's edits, filled
        in under one budget (raises TemplateProblem: a template slow only on the day)."""
        session = self.session
        if session is None:
            return []
        as_fax = self.options_pane.as_fax()
        addressees = self.selected_addressees()
        with one_budget(len(addressees)):
            texts = [session.letter_for(addressee).text for addressee in addressees]
        return [
            Letter(session.pack, addressee, session.lang, text, as_fax)
            for addressee, text in zip(addressees, texts, strict=True)
        ]

    def edits_not_carried(self) -> list[Addressee]:
        """The chosen addressees whose letters lack some of the volunteer's changes: made
        to a line that differs in each letter (the greeting, the address), they could not
        be carried from the letter on screen into theirs."""
        session = self.session
        if session is None:
            return []
        addressees = self.selected_addressees()
        with one_budget(len(addressees)):
            return [a for a in addressees if session.letter_for(a).skipped]

    def _shown_letters(self) -> list[Letter]:
        request = self._preview_request()
        return list(request.letters) if request is not None else []

    def _preview_request(self) -> PreviewRequest | None:
        session = self.session
        if session is None:
            return None
        shown = Letter(
            session.pack, session.addressee, session.lang, session.text, self.options_pane.as_fax()
        )
        return PreviewRequest(
            [shown], session.sender, self.services.today(), self.options_pane.paper()
        )

    def _preview_failed(self, message: str) -> None:
        self.letter_pane.set_pages(0)  # no count of pages the preview no longer shows
        self.show_status(self.tr("The preview failed: %1").replace("%1", message), 10000)

    def _preview_shown(self, pages: int) -> None:
        session = self.session
        cover = 1 if self.options_pane.as_fax() and session and session.addressee.fax else 0
        self.letter_pane.set_pages(max(pages - cover, 0))

    # ------------------------------------------------------------------ print and export

    def output_context(self, signer: Sender | None = None, on_stack: bool = False) -> OutputContext:
        """What letters go out with: signed by the sender in the window, or by ``signer``
        (the stack's, signed by whoever wrote its newest letters: ``on_stack``)."""
        in_window = self.session.sender if self.session else Sender()
        sender = signer if signer is not None else in_window
        prefix = self.event_controls.file_prefix
        return OutputContext(
            sender,
            self.services.today(),
            self.options_pane.paper(),
            # this volunteer's, to the export's end
            tally=self.tally.in_turn(self.turns.of(sender.name, on_stack)),
            event=self.event_controls.event_info,
            name_prefix=f"{prefix} " if prefix.strip() else "",
            emailed_by_hand=self.channels.emailed_by_hand(),
        )

    def letters_current(self, letters: Sequence[Letter], on_stack: bool = False) -> bool:
        """Whether every pack ``letters`` are made from is still as it was read (else the
        packs are read again, her letter made again, and nothing goes out this time)."""
        return resume.letters_current(self, letters, on_stack)

    def _flushed_letters(self) -> list[Letter]:
        """The ticked addressees' letters, with the sender typed last applied."""
        self.flush_sender()
        return self.letters()

    def _stack_changed(self) -> None:
        if self.stack_pane.is_empty():
            self.turns.stack_emptied()

    def stack_going_out(self, channels: Sequence[Channel], turn: str) -> None:
        self.stack_keeper.going_out(channels, turn)

    def stack_output_ended(self) -> None:
        """The stack's print, export or e-mails are over, however they ended: the stack is
        kept as it is now, no longer going out (probe 76b: a print that printed nothing
        left it "going out", and a letter printed alone after took a stacked one off it
        at a crash)."""
        self.stack_keeper.ended()

    def letter_going_out(self, pack_id: str, channels: Sequence[str], turn: str) -> int:
        return self.drafts.going_out(pack_id, channels, turn)

    def letter_output_ended(self, pack_id: str, token: int) -> None:
        self.drafts.output_ended(pack_id, token)

    def others_unsigned_letters(self) -> None:
        """The volunteer signing said the unsigned letters on the stack are not theirs."""
        self.turns.apart()

    def sends_email(self) -> bool:
        return self.options_pane.as_email()

    def print_letters(self) -> None:
        self.sending.print_letters()

    def export_letters(self) -> None:
        self.sending.export_letters()

    def flush_sender(self) -> None:
        self.sender_pane.flush()

    def letters_kept(self, letters: Sequence[Letter]) -> None:
        after_sending.letters_kept(self, letters)

    def letters_went(self, letters: Sequence[Letter], went: Sequence[Letter]) -> None:
        after_sending.letters_went(self, letters, went)

    def _may_choose_outbox(self) -> bool:
        """The outbox is the organiser's to choose at an event (the PIN is asked)."""
        controls = self.event_controls
        return controls.organiser_allowed() or controls.mode.require_organiser(
            self,
            self.tr(
                "The outbox collects every volunteer's e-mails tonight. To choose it, enter "
                "the organiser PIN:"
            ),
        )

    def _remember_export_folder(self, folder: Path) -> None:
        self.memory.change(export_folder=str(folder))

    def _deadline_note(self) -> str:
        if self.session is None:
            return ""
        return deadline_note(self.session.pack, self.services.today(), self.ui_language())

    # ------------------------------------------------------------------ events (EventHost)

    def has_unsent_letter(self) -> bool:
        """A letter was written to (or signed) and neither printed nor exported: on screen,
        on the stack, or set aside for another action."""
        session = self.session
        return (
            not self.stack_pane.is_empty()
            or bool(self.services.drafts.set_aside_at_event())
            or (
                self.unexported
                and session is not None
                and (session.edited or bool(self.current_sender().name.strip()))
            )
        )

    def unsent_letters(self) -> int:
        """How many letters the idle reset would clear neither printed nor exported: those
        on the stack, the letter being written to each ticked addressee, and those set
        aside for another action (to each addressee ticked in them)."""
        session = self.session
        writing = self.unexported and session is not None and session.edited
        drafts = self.services.drafts
        set_aside = drafts.set_aside_at_event()
        return (
            len(self.stack_pane.letters())
            + (len(self.selected_addressees()) if writing else 0)
            + sum(max(1, len(draft.selected)) for draft in set_aside)
        )

    def put_away_dialogs(self) -> None:
        """Every dialog open is closed for the next volunteer, or put away if it is the
        organiser's work."""
        for dialog in {*self.findChildren(QDialog), *QApplication.topLevelWidgets()}:
            if isinstance(dialog, QDialog) and dialog.isVisible():
                self.event_controls.put_away_or_close(dialog)

    def clear_for_next_volunteer(self) -> None:
        """Nothing of this volunteer stays: their details, their words and ticks (the letter
        goes back to the template), the draft, the remembered sender, any dialog they left
        open (the call script with their name, the fax as it will print), and what they
        copied: the next volunteer's Ctrl+V pasted the last one's call script."""
        self.put_away_dialogs()
        if modal.after_waits(self.clear_for_next_volunteer):
            # a question she left open is closed, and the code that asked it has still to
            # return with what it held (her letter, her session): cleared after that, so
            # that nothing it does with the unanswered question reaches the next volunteer
            return
        clipboard = QApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():  # X11's selection, pasted with the middle button
            clipboard.clear(QClipboard.Mode.Selection)
        self.cleared_for_next += 1  # what was read before is not theirs (resume.after_start)
        self.turns.next()  # the next volunteer's letters are theirs, not copies
        self.output.next_turn()  # an export still running shows nothing of theirs
        self.outbox.next_turn()
        # the folders they went through in any file dialog: now, and once a dialog of Qt's
        # own (the print dialog's "Print to file" browser) closed by the reset has written
        # what it remembers, which it does only as its own event loop ends
        forget_file_dialogs()
        QTimer.singleShot(FORGET_AGAIN_MS, forget_file_dialogs)
        self.stack_keeper.keep_going_for_organiser(self.services.drafts)
        self.stack_pane.clear()
        self.stack_keeper.forget_going_out()  # probe 78b: not the next volunteer's mark
        # "Remember my details", ticked by the organiser for their own letter, is off again:
        # the next volunteer's details were being saved as they typed
        remember = self.settings.remember_sender and not self.event_controls.mode.running
        self.sender_pane.set_sender(Sender(), remember)
        self.sender_pane.clear()
        self.sender_pane.flush()
        self.drafts.clear_all()
        self.channels.forget_given_back()
        # every addressee ticked again, no embassy copy: the last volunteer's unticking
        # would have sent the next one's letter to fewer officials, unnoticed
        self.addressees_pane.set_pack(self.pack)
        self.addressees_pane.diplomat_check.setChecked(False)
        # the folder the last volunteer saved in can carry their name ("Aigerim's letters"):
        # the next one starts where the event started
        self.memory.change(
            sender=Sender(), export_folder=self._event_export_folder, remember_sender=remember
        )
        self.unexported = False
        self.preview.clear_for_next_volunteer()  # her pages, until the template's come back
        self.start_session()
        self.unexported = False

    def event_packs(self) -> list[Pack]:
        return list(self.packs.values())

    def _event_started(self, resumed: bool = False) -> None:
        """An event shares the laptop: the sender is never remembered from now on, and each
        volunteer's exports start in the folder used when the event started. ``resumed``:
        the window started again in the middle of the event: no one's details come back,
        and the folder the last volunteer saved in does not become the evening's."""
        self.sender_pane.set_sender(Sender(), False)
        # no volunteer's of this event (a new one: neither those of an earlier event's):
        # kept for after it
        self.services.drafts.put_away_before_event(every=not resumed)
        if not resumed:
            self.memory.change(event_export_folder=self.settings.export_folder)
        folder = self.settings.event_export_folder
        self.memory.change(remember_sender=False, sender=Sender(), export_folder=folder)
        self._event_export_folder = folder

    # ------------------------------------------------------------------ drafts and settings

    def save_draft(self) -> None:
        self.drafts.save()

    def _keep_draft(self) -> None:
        """Saved now, unsaid: what was counted by hand goes with it (probe 92b)."""
        self.drafts.save(quiet=True)

    def _apply_settings(self) -> None:
        s = self.settings
        self.sender_pane.set_sender(s.sender, s.remember_sender)
        action = self.menus.language_actions.get(self.ui_language())
        if action is not None:
            action.setChecked(True)
        self.options_pane.set_output(s.as_fax, s.paper, s.email)
        self.letter_pane.set_email(s.email)

    def _ui_language_changed(self, code: str) -> None:
        self.memory.change(ui_language=code)
        self.channels.show_postage()
        action = self.menus.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> None:
        """The version, the app's licence and the licence of every font it bundles."""
        from uawriter.gui.about import show_about

        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # letters or envelopes printing in the background: closing stopped them, unsaid,
        # and the printer had nothing (probe 88a)
        printing = [run for run in self.findChildren(PagePrint) if run.running]
        if printing and not questions.close_while_printing(self):
            event.ignore()
            return
        if self.event_controls.holds_put_away() and not questions.close_with_work_put_away(self):
            event.ignore()
            return
        stacked = len(self.stack_pane.letters())
        if stacked and not questions.close_with_stack(self, stacked):
            event.ignore()
            return
        if not resume.letters_may_close(self, event):
            return  # a later question cancelled the close: the stack is still there
        for run in printing:
            run.abandon()
        self.stack_pane.clear()  # "will be lost": not offered back at the next start
        self.memory.remember_layout(self, self.splitter, self.current_sender())
        self.event_controls.close()
        self.tasks.close()
        modal.forget_put_off()  # a reset put off till a wait ended: no window to clear
        event.accept()

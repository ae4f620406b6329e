"""What an event adds to the main window: the **Next volunteer** button, the Event menu,
the organiser lock and the event window.

The window stays in charge of its letter: this module asks it, through :class:`EventHost`,
whether a letter is still unsent and to clear itself for the next volunteer. During an
event the organiser's tools (the Packs menu, the address book, ending the event, the
"remember my details" box) are locked until the organiser PIN is given; they lock again at
the next volunteer. The PIN is an accident guard, not a security boundary (the dialog says
so). The organiser's work left open when the laptop is left (a pack being made: a dialog
with the ``ORGANISERS_WORK`` property) is put away at the reset, not thrown away, and
shown again once the PIN is typed (or the event ends).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from uawriter.domain.model import Pack
from uawriter.gui import modal
from uawriter.gui.common import ORGANISERS_WORK
from uawriter.gui.dialogs import ask
from uawriter.gui.event_mode import EventMode
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import EventInfo, TallyBook

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from uawriter.gui.envelope_table import EnvelopeTablePrint
    from uawriter.gui.event_window import EventWindow

translate = QCoreApplication.translate


class EventHost(Protocol):
    """What the event controls need from the main window."""

    def has_unsent_letter(self) -> bool: ...
    def unsent_letters(self) -> int: ...
    def clear_for_next_volunteer(self) -> None: ...
    def put_away_dialogs(self) -> None: ...
    def event_packs(self) -> Sequence[Pack]: ...
    def show_status(self, text: str, msecs: int = 10000) -> None: ...


class EventControls(QObject):
    #: The organiser unlocked (True) or the tools locked again (False).
    organiser_unlocked = Signal(bool)
    #: The window was cleared for the next volunteer (number at an event, else 0).
    volunteer_changed = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        host: EventHost,
        mode: EventMode,
        book: TallyBook,
        tasks: TaskRunner,
        organiser_widgets: Sequence[QWidget | QMenu | QAction] = (),
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.mode = mode
        self.book = book
        self.tasks = tasks
        self.organiser_widgets = list(organiser_widgets)
        self.unlocked = False
        self.event_window: EventWindow | None = None
        #: The organiser's dialogs put away at a reset for the next volunteer.
        self._put_away: list[QDialog] = []
        self.organiser_unlocked.connect(self._bring_back_put_away)

        self.next_action = QAction(window)
        self.next_action.setObjectName("nextVolunteerAction")
        self.next_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.next_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.next_action.triggered.connect(self._next_clicked)
        window.addAction(self.next_action)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("eventToolbar")
        self.toolbar.setMovable(False)
        self.next_button = QToolButton(self.toolbar)
        self.next_button.setObjectName("nextVolunteerButton")
        self.next_button.setDefaultAction(self.next_action)
        self.next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addWidget(self.next_button)
        self.event_label_action = self.toolbar.addSeparator()
        self.unlock_action = QAction(window)
        self.unlock_action.setObjectName("unlockOrganiserAction")
        self.unlock_action.triggered.connect(self.unlock)
        self.toolbar.addAction(self.unlock_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.menu = QMenu(window)
        self.menu.setObjectName("eventMenu")
        self.start_action = self.menu.addAction("")
        self.start_action.setObjectName("startEventAction")
        self.start_action.triggered.connect(self.start_event)
        self.window_action = self.menu.addAction("")
        self.window_action.setObjectName("eventWindowAction")
        self.window_action.triggered.connect(self.show_event_window)
        self.by_addressee_action = self.menu.addAction("")
        self.by_addressee_action.setObjectName("printByAddresseeAction")
        self.by_addressee_action.triggered.connect(self._by_addressee_clicked)
        self.organiser_widgets.append(self.by_addressee_action)
        self.menu.addSeparator()
        self.menu.addAction(self.next_action)
        self.menu.addAction(self.unlock_action)
        self.menu.addSeparator()
        self.end_action = self.menu.addAction("")
        self.end_action.setObjectName("endEventAction")
        self.end_action.triggered.connect(self.end_event)

        mode.set_host(window)
        mode.unsent = host.unsent_letters
        mode.next_volunteer_due.connect(lambda: self.next_volunteer(ask_first=False))
        mode.event_started.connect(lambda _event: self._event_changed())
        mode.event_ended.connect(self._event_changed)
        window.installEventFilter(self)
        self.retranslate_ui()
        self._event_changed()

    # ------------------------------------------------------------------ text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.menu.setTitle(translate("EventControls", "E&vent"))
        self.next_action.setText(translate("EventControls", "Next volunteer"))
        self.next_action.setToolTip(
            translate(
                "EventControls",
                "Clear the sender's details, your own words and the draft, ready for the "
                "next person (Ctrl+Shift+N)",
            )
        )
        self.start_action.setText(translate("EventControls", "Start an event…"))
        self.window_action.setText(translate("EventControls", "Letters tonight…"))
        self.by_addressee_action.setText(
            translate("EventControls", "Print tonight's letters by addressee…")
        )
        self.by_addressee_action.setToolTip(
            translate(
                "EventControls",
                "Every letter exported on this laptop tonight, printed again in addressee "
                "order for the envelope table",
            )
        )
        self.end_action.setText(translate("EventControls", "End the event…"))
        self.unlock_action.setText(
            translate("EventControls", "Lock organiser tools")
            if self.unlocked
            else translate("EventControls", "Organiser tools…")
        )

    # ------------------------------------------------------------------ state

    @property
    def event_info(self) -> EventInfo | None:
        return self.mode.info

    @property
    def file_prefix(self) -> str:
        return self.mode.file_prefix

    def _event_changed(self) -> None:
        running = self.mode.running
        self.start_action.setEnabled(not running)
        self.end_action.setEnabled(running)
        self.unlock_action.setVisible(running)
        if not running:
            self.unlocked = False
        info = self.mode.info
        if info is not None:  # the event starts locked: the organiser's open work put away
            self.put_organisers_work_away()
        if self.event_window is not None:
            # the count dialogs of the event before are closed (never counted into it again)
            closed = self.event_window.set_event(info)
            self._put_away = [d for d in self._put_away if d not in closed]
        self._apply_lock()
        self.window.setWindowTitle(self.window_title())

    def window_title(self) -> str:
        """ "UA Writer", and the event's name while one runs (in every language)."""
        title = translate("MainWindow", "UA Writer")
        info = self.mode.info
        return f"{title} — {info.name}" if info is not None and info.name else title

    def _apply_lock(self) -> None:
        allowed = not self.mode.running or self.unlocked
        for widget in self.organiser_widgets:
            widget.setEnabled(allowed)
        self.retranslate_ui()
        self.organiser_unlocked.emit(allowed)

    def unlock(self) -> None:
        """Give the organiser's tools for this volunteer's turn (asks the PIN); again: lock."""
        if self.unlocked:
            self.unlocked = False
            self.put_organisers_work_away()  # an Add counts left open took counts, PIN-less
        elif self.mode.require_organiser(
            self.window,
            translate("EventControls", "To use the organiser's tools, enter the organiser PIN:"),
        ):
            self.unlocked = True
        self._apply_lock()

    def put_organisers_work_away(self) -> None:
        """The organiser's dialogs left open (the pack editor, a pasted UA, hand counts
        being typed) put away until the PIN, as at the reset: a lock that left them open
        left the counts to whoever came next."""
        for widget in QApplication.topLevelWidgets():
            organisers = isinstance(widget, QDialog) and widget.property(ORGANISERS_WORK)
            if organisers and widget.isVisible():
                self.put_away_or_close(widget)  # type: ignore[arg-type]

    def put_away_or_close(self, dialog: QDialog) -> None:
        """A dialog left open at the reset for the next volunteer: the organiser's work is
        put away until their PIN is typed again; any other dialog (the call script with the
        last volunteer's name) is closed."""
        if dialog.property(ORGANISERS_WORK) and self.mode.running:
            dialog.hide()
            self._put_away.append(dialog)
        else:
            modal.close_for_next(dialog)

    def holds_put_away(self) -> bool:
        """Whether the organiser's work is put away (closing the window would lose it)."""
        self._put_away = [dialog for dialog in self._put_away if isValid(dialog)]
        return bool(self._put_away)

    def _bring_back_put_away(self, allowed: bool) -> None:
        """The organiser's PIN typed again (or the event ended): what was put away is shown
        again, as it was left."""
        if not allowed or not self.holds_put_away():
            return
        put_away, self._put_away = self._put_away, []
        for dialog in put_away:
            dialog.open()
        self.host.show_status(
            translate(
                "MainWindow",
                "What you were working on is back: it was put away when the laptop was left.",
            ),
            15000,
        )

    def organiser_allowed(self) -> bool:
        return not self.mode.running or self.unlocked

    # ------------------------------------------------------------------ actions

    def next_volunteer(self, ask_first: bool = True) -> bool:
        """Clear the window for the next person. Asks first only when a letter was neither
        printed nor exported (not after the idle countdown: the volunteer has gone)."""
        if ask_first and not self._may_clear():
            return False
        self.host.put_away_dialogs()
        if modal.after_waits(lambda: self.next_volunteer(ask_first=False)):
            # a question left open is closed; the code that asked it returns first, then
            # the window is cleared and the next volunteer welcomed (gui/modal.py)
            return True
        self.host.clear_for_next_volunteer()
        number = self.mode.next_volunteer()
        self.unlocked = False
        self._apply_lock()
        if number:
            self.host.show_status(
                translate("EventControls", "Welcome! You are volunteer %1 tonight.").replace(
                    "%1", str(number)
                ),
                8000,
            )
        else:
            self.host.show_status(translate("EventControls", "Ready for the next volunteer."), 8000)
        self.volunteer_changed.emit(number)
        return True

    def _next_clicked(self) -> None:
        self.next_volunteer(ask_first=True)

    def _may_clear(self) -> bool:
        """Whether the letters written here may be cleared for the next volunteer: asked
        when one was neither printed nor exported."""
        return not self.host.has_unsent_letter() or ask(
            self.window,
            "nextVolunteerQuestion",
            translate("EventControls", "Clear this letter?"),
            translate(
                "EventControls",
                "This letter was neither printed nor exported. Clear it, and the sender's "
                "details, for the next volunteer?",
            ),
        )

    def start_event(self) -> None:
        """The event starts with the first volunteer: what was written before it is cleared,
        asking first when a letter was neither printed nor exported (it went unasked)."""
        if not self._may_clear():
            return
        if self.mode.start_event(self.window):
            self.host.clear_for_next_volunteer()
            self.show_event_window()

    def print_by_addressee(self, printer: QPrinter | None = None) -> EnvelopeTablePrint | None:
        """The organiser's envelope table: tonight's exported letters in addressee order
        (today's outside an event). ``printer`` skips the print dialog."""
        from uawriter.gui.envelope_table import print_by_addressee

        info = self.mode.info
        return print_by_addressee(self.window, self.tasks, self.book, info, printer)

    def _by_addressee_clicked(self) -> None:
        self.print_by_addressee()

    def end_event(self) -> None:
        self.mode.end_event(self.window)

    def show_event_window(self) -> EventWindow:
        if self.event_window is None:
            from uawriter.gui.event_window import EventWindow

            window = EventWindow(
                self.book, self.tasks, event=self.mode.info, packs=self.host.event_packs()
            )
            window.setObjectName("eventWindow")
            self.event_window = window
            # what changes the count or carries it to another laptop: the organiser's
            self.organiser_widgets += [
                window.add_counts_button,
                window.take_back_button,
                window.merge_button,
                window.export_button,
            ]
            self._apply_lock()
        else:
            self.event_window.set_packs(self.host.event_packs())
        self.event_window.show()
        self.event_window.raise_()
        return self.event_window

    def refresh(self) -> None:
        """Letters went out: the event window shows them."""
        if self.event_window is not None and self.event_window.isVisible():
            self.event_window.refresh()

    def close(self) -> None:
        self.mode.stop_watching()
        if self.event_window is not None:
            # its dialogs too (Add counts, Take back): left open, one stayed on screen as
            # the app's last window, and the app never ended
            for dialog in self.event_window.findChildren(QDialog):
                dialog.reject()
            self.event_window.close()

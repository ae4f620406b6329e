"""Event mode: the event running on this laptop, the organiser's PIN, and the idle watcher
that makes the window ready for the next volunteer when no one has touched it for a while.

The idle watcher is an application-wide event filter: any key press, mouse click or move,
wheel turn or touch, or text typed through an input method, restarts the idle time. When
the time is up, a banner counts down ("Next volunteer in 30 s — touch anything to keep
writing"); any input cancels it, and if none comes, :attr:`EventMode.next_volunteer_due`
is emitted. The window then clears the volunteer's details and calls
:meth:`EventMode.next_volunteer`. After that the watcher waits for the next input before
it starts counting again, so an empty laptop is reset once, not every ten minutes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from uawriter.gui import modal
from uawriter.gui.common import ltr, plain_labels, warn
from uawriter.gui.event_dialogs import PinDialog, StartEventDialog
from uawriter.storage import event as event_store
from uawriter.storage.event import CurrentEvent
from uawriter.storage.tally import EventInfo

DEFAULT_COUNTDOWN_MS = 30_000
_TICK_MS = 250

#: What counts as a volunteer touching the laptop.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,  # text from an IME, dictation, ibus or fcitx
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class IdleCountdown(QFrame):
    """The banner over the window: "Next volunteer in 30 s — touch anything to keep
    writing". Not modal; clicking it (or anything else) keeps the volunteer's work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleCountdown")
        if parent is None:
            self.setWindowFlags(
                Qt.WindowType.Tool
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#idleCountdown { background: #fff3b0; border: 3px solid #1a1a1a;"
            " border-radius: 8px; }"
            "#idleCountdown QLabel { color: #1a1a1a; font-size: 22px; font-weight: bold; }"
        )
        self.seconds_left = 0
        # the letters the reset will clear, neither printed nor exported (said in the
        # banner: the stack of an hour's letters goes with it)
        self.unsent = 0
        self.text = QLabel()
        self.text.setObjectName("idleCountdownText")
        self.text.setWordWrap(True)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepWritingButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.keep_button)
        self.hide()
        self.retranslate_ui()
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def retranslate_ui(self) -> None:
        text = self.tr(
            "Next volunteer in %n s — touch anything to keep writing", "", self.seconds_left
        )
        if self.unsent:
            text += "\n" + self.tr(
                "%n letter(s) neither printed nor exported will be cleared", "", self.unsent
            )
        self.text.setText(text)
        self.keep_button.setText(self.tr("&Keep writing"))
        self.setAccessibleName(self.tr("Next volunteer countdown"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_seconds(self, seconds: int) -> None:
        self.seconds_left = seconds
        self.retranslate_ui()
        self.place()
        if not self.isVisible():
            self.show()
            self.raise_()

    def place(self) -> None:
        """Across the top of the window it covers, or of the screen if it has no window."""
        host = self.parentWidget()
        if host is not None:
            width = max(min(host.width() - 40, 760), 200)
            self.setFixedWidth(width)
            self.adjustSize()
            self.move((host.width() - width) // 2, 16)
            return
        screen = QApplication.primaryScreen()
        self.setFixedWidth(760)
        self.adjustSize()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.x() + (area.width() - self.width()) // 2, area.y() + 24)


class EventMode(QObject):
    """The event on this laptop (or none) and the next-volunteer idle reset.

    ``idle_ms`` overrides the event's idle minutes (tests use a few milliseconds);
    ``countdown_ms`` is how long the banner counts down. ``host`` is the window the banner
    covers (set later with :meth:`set_host` if the window is made after this).
    """

    #: About to write a new event's file: what an earlier evening left is put away first,
    #: so that a kill right after the file is written leaves none of it in the event's
    #: way (probe 110c); ``event_not_started`` if the file could not be written.
    event_starting = Signal()
    event_not_started = Signal()
    event_started = Signal(object)  # CurrentEvent
    event_ended = Signal()
    #: No input for the idle time and the countdown ran out: clear for the next volunteer.
    next_volunteer_due = Signal()
    #: Seconds left on the visible countdown; 0 when it ends or is cancelled.
    countdown = Signal(int)

    def __init__(
        self,
        event_file: Path,
        parent: QObject | None = None,
        *,
        host: QWidget | None = None,
        idle_ms: int | None = None,
        countdown_ms: int = DEFAULT_COUNTDOWN_MS,
    ) -> None:
        super().__init__(parent)
        self.event_file = event_file
        self._idle_override = idle_ms
        self.countdown_ms = max(countdown_ms, 0)
        loaded = event_store.load(event_file)
        self._event: CurrentEvent | None = loaded.event
        #: Where a damaged event file was set aside when it was read (tell the organiser).
        self.damaged_file: Path | None = loaded.set_aside
        self._host = host
        #: How many letters the reset would clear unsent (the window sets it).
        self.unsent: Callable[[], int] = lambda: 0
        self.banner: IdleCountdown | None = None
        self._watching = False
        self._last_mouse: QPointF | None = None
        self._seconds_shown = -1
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._start_countdown)
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.timeout.connect(self._finish_countdown)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(_TICK_MS)
        self._tick_timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        if self._event is not None:
            self._watch(True)

    # ------------------------------------------------------------------ the event

    @property
    def current(self) -> CurrentEvent | None:
        """The running event, or None."""
        return self._event

    @property
    def running(self) -> bool:
        return self._event is not None

    @property
    def info(self) -> EventInfo | None:
        """The event's name, place and date for the tally; None outside an event."""
        return self._event.info if self._event is not None else None

    @property
    def file_prefix(self) -> str:
        """Put before the current volunteer's file names ("V03 "); "" outside an event."""
        return self._event.file_prefix if self._event is not None else ""

    @property
    def idle_ms(self) -> int:
        if self._idle_override is not None:
            return max(self._idle_override, 0)
        minutes = self._event.idle_minutes if self._event is not None else 0
        return minutes * 60_000

    def start(self, info: EventInfo, pin: str, idle_minutes: int) -> CurrentEvent:
        """Start an event now. Raises ValueError (bad PIN) or OSError (file not written)."""
        self.event_starting.emit()
        try:
            self._event = event_store.start(self.event_file, info, pin, idle_minutes)
        except (OSError, ValueError):
            self.event_not_started.emit()
            raise
        self._watch(True)
        self.event_started.emit(self._event)
        return self._event

    def end(self) -> None:
        """End the event (no PIN asked: see :meth:`end_event`). Raises OSError."""
        event_store.end(self.event_file)
        self._event = None
        self._watch(False)
        self.event_ended.emit()

    def start_event(self, parent: QWidget | None = None) -> bool:
        """Ask for the event's details and PIN and start it; False if cancelled or failed."""
        if self._event is not None:
            return False
        dialog = StartEventDialog(parent)
        if modal.run(dialog) != StartEventDialog.DialogCode.Accepted:
            return False
        try:
            self.start(dialog.event_info(), dialog.organiser_pin(), dialog.idle_minutes())
        except (OSError, ValueError) as exc:
            self._warn_file(parent, self.tr("The event could not be started"), exc)
            return False
        return True

    def end_event(self, parent: QWidget | None = None) -> bool:
        """After the organiser PIN, end the event; False if not running, cancelled or failed."""
        if self._event is None:
            return False
        if not self.require_organiser(
            parent, self.tr("To end the event, enter the organiser PIN:")
        ):
            return False
        try:
            self.end()
        except OSError as exc:
            self._warn_file(parent, self.tr("The event could not be ended"), exc)
            return False
        return True

    def check_pin(self, pin: str) -> bool:
        return self._event is not None and event_store.check_pin(self._event, pin)

    def require_organiser(self, parent: QWidget | None = None, purpose: str = "") -> bool:
        """True outside an event; during one, True only once the organiser PIN is given."""
        if self._event is None:
            return True
        dialog = PinDialog(self.check_pin, purpose, parent)
        return modal.run(dialog) == PinDialog.DialogCode.Accepted

    def next_volunteer(self) -> int:
        """Count the next volunteer (call it once the window is cleared); their number, or 0
        outside an event. If the file cannot be written the count still goes on in memory."""
        self.cancel_countdown()
        if self._event is None:
            return 0
        try:
            self._event = event_store.next_volunteer_number(self.event_file, self._event)
        except OSError:
            self._event = replace(self._event, volunteer=self._event.volunteer + 1)
        self._idle_timer.stop()  # counting starts again at the new volunteer's first touch
        return self._event.volunteer

    def _warn_file(self, parent: QWidget | None, title: str, exc: Exception) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        text = self.tr("%1 could not be written: %2. Check that the data folder can be written.")
        text = text.replace("%1", ltr(str(self.event_file))).replace("%2", reason)
        if parent is not None:
            warn(parent, title, text)

    # ------------------------------------------------------------------ idle watcher

    def set_host(self, host: QWidget | None) -> None:
        """The window the countdown banner covers."""
        self._host = host
        if self.banner is not None:
            self.banner.deleteLater()
            self.banner = None

    @property
    def countdown_active(self) -> bool:
        return self._end_timer.isActive()

    def reset_idle(self) -> None:
        """Start the idle time again (as any input does)."""
        self.cancel_countdown()
        if self._watching:
            self._idle_timer.start(self.idle_ms)

    def cancel_countdown(self) -> None:
        if not self.countdown_active:
            return
        self._end_timer.stop()
        self._tick_timer.stop()
        if self.banner is not None:
            self.banner.hide()
        self.countdown.emit(0)

    def stop_watching(self) -> None:
        """Stop the watcher (the window is closing); the event itself goes on."""
        self._watch(False)

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if on and not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
            self._idle_timer.start(self.idle_ms)
        elif not on and self._watching:
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False
            self._idle_timer.stop()
            self.cancel_countdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS and self._is_new_input(event):
            self.reset_idle()
        return False

    def _is_new_input(self, event: QEvent) -> bool:
        """Only real input counts: spontaneous (from the keyboard, mouse or screen), not
        what Qt sends itself when a widget appears under a still mouse.

        Except text typed through an input method (Chinese, Japanese or Korean input,
        dictation, ibus, fcitx): the key presses go to the input method, and what reaches
        the window is its text, which Qt's input methods send with ``sendEvent``, so never
        spontaneous. An empty one (the input method reset: no text) is no one typing."""
        if event.type() == QEvent.Type.InputMethod:
            return isinstance(event, QInputMethodEvent) and bool(
                event.commitString() or event.preeditString() or event.replacementLength()
            )
        if not event.spontaneous():
            return False
        if event.type() != QEvent.Type.MouseMove or not isinstance(event, QMouseEvent):
            return True
        where = event.globalPosition()
        moved = self._last_mouse is None or where != self._last_mouse
        self._last_mouse = where
        return moved

    def _banner(self) -> IdleCountdown:
        if self.banner is None:
            self.banner = IdleCountdown(self._host)
        return self.banner

    def _start_countdown(self) -> None:
        if self._event is None:
            return
        self._seconds_shown = -1
        self._banner().unsent = self.unsent()
        self._clock.start()
        self._end_timer.start(self.countdown_ms)
        self._tick_timer.start()
        self._tick()

    def _tick(self) -> None:
        left_ms = max(self.countdown_ms - self._clock.elapsed(), 0)
        seconds = max(math.ceil(left_ms / 1000), 1)
        if seconds != self._seconds_shown:
            self._seconds_shown = seconds
            self._banner().show_seconds(seconds)
            self.countdown.emit(seconds)

    def _finish_countdown(self) -> None:
        self._tick_timer.stop()
        if self.banner is not None:
            self.banner.hide()
        self.countdown.emit(0)
        if self._event is not None:
            self.next_volunteer_due.emit()

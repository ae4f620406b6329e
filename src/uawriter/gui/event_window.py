"""The event window: what was written tonight, big enough for a projector, with the totals
the section office asks for, the reports, and the tallies of the other laptops.

It re-reads the tally in the background (on a timer and on :meth:`EventWindow.refresh`),
so a long tally never stops the window. Its reports and tally files are
:class:`~uawriter.gui.tally_files.TallyFiles`'.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from uawriter.domain.languages import language_name
from uawriter.domain.model import Pack
from uawriter.gui.common import (
    ORGANISERS_WORK,
    FlowRow,
    NarrowComboBox,
    count_text,
    fit_to_screen,
    in_western_digits,
    joined_in_order,
    ltr,
    plain_labels,
)
from uawriter.gui.event_dialogs import (
    ExtraCountsDialog,
    TakeBackCountsDialog,
    action_title,
    ui_language,
)
from uawriter.gui.tally_files import TallyFiles
from uawriter.gui.tally_views import MAX_LISTED, CountList, TotalsTable
from uawriter.gui.tasks import Task, TaskContext, TaskRunner
from uawriter.storage.evenings import ALL, Evening, evenings, in_scope, name_key
from uawriter.storage.tally import (
    EventInfo,
    ExtraCount,
    LetterRecord,
    MergeReport,
    TallyBook,
    TallyContents,
    not_counted_in,
)
from uawriter.storage.tally_totals import ACTION_COLUMNS, Totals, action_label, totals

DEFAULT_REFRESH_MS = 10_000
#: Evenings the scope list offers at most: the running one and the latest.
MAX_EVENINGS_LISTED = 200


@dataclass(frozen=True)
class TallyReading:
    """One background read of the tally, with the totals of the chosen scope."""

    contents: TallyContents
    scope: str  # an event id (its evening), "" for letters outside an event, or ALL
    totals: Totals
    actions: dict[str, tuple[str, int]]  # "UA 129/10 (update 3)" -> ("129/10", 3)
    #: Every evening in the tally (the running event's first), and the one of ``scope``.
    evenings: tuple[Evening, ...] = ()
    evening: Evening | None = None


def read_tally(book: TallyBook, scope: str, running: EventInfo | None = None) -> TallyReading:
    """Engine work for a worker thread: read the tally and add up one scope."""
    contents = book.read()
    chosen, evening = in_scope(contents, scope, running)
    entries: list[LetterRecord | ExtraCount] = [*chosen.letters, *chosen.extras]
    actions = {action_label(r.ua, r.update): (r.ua, r.update) for r in entries}
    every = tuple(evenings(contents, running))
    return TallyReading(contents, scope, totals(chosen), actions, every, evening)


class EventWindow(QWidget):
    """Non-modal window over the tally. ``event`` is the running event (None outside one);
    ``packs`` are the actions the organiser can add hand counts to."""

    #: The views show a fresh read of the tally.
    refreshed = Signal()
    #: A report or tally file was written: its path.
    saved = Signal(object)
    #: Another laptop's tally was merged: the MergeReport.
    merged = Signal(object)

    def __init__(
        self,
        book: TallyBook,
        tasks: TaskRunner,
        *,
        event: EventInfo | None = None,
        packs: Sequence[Pack] = (),
        parent: QWidget | None = None,
        refresh_ms: int = DEFAULT_REFRESH_MS,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("eventWindow")
        self.book = book
        self.tasks = tasks
        self.event_info = event
        self.packs = list(packs)
        self._now = now or (lambda: dt.datetime.now().astimezone())
        self.reading: TallyReading | None = None
        self._scope = event.id if event is not None else ALL
        #: Add counts and Take back, as opened (each deleted when closed).
        self._count_dialogs: list[QDialog] = []

        self.heading = QLabel()
        self.heading.setObjectName("eventHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.figure = QLabel("0")
        self.figure.setObjectName("lettersTonight")
        self.figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure_caption = QLabel()
        self.figure_caption.setObjectName("lettersTonightCaption")
        self.figure_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setObjectName("tallyDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self._size_figure()

        self.scope_label = QLabel()
        self.scope = NarrowComboBox(24)  # an evening named at length: not wider
        self.scope.setObjectName("tallyScope")
        self.scope_label.setBuddy(self.scope)
        self.scope.activated.connect(self._scope_chosen)

        self.table = TotalsTable()
        self.table.setObjectName("tallyView")
        self.by_addressee = CountList("byAddresseeView")
        self.by_language = CountList("byLanguageView")
        self.by_channel = CountList("byChannelView")
        self.by_hour = CountList("byHourView")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tallyTabs")
        for page in (self.table, self.by_addressee, self.by_language, self.by_channel):
            self.tabs.addTab(page, "")
        self.tabs.addTab(self.by_hour, "")

        self.notes = QLabel()
        self.notes.setObjectName("tallyNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a4b00;")
        self.notes.hide()
        self.status = QLabel()
        self.status.setObjectName("tallyStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_counts_button = QPushButton()
        self.add_counts_button.setObjectName("addCountsButton")
        self.take_back_button = QPushButton()
        self.take_back_button.setObjectName("takeBackCountsButton")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("saveCsvButton")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("savePdfButton")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportTallyButton")
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeTallyButton")
        self.add_counts_button.clicked.connect(self.add_counts)
        self.take_back_button.clicked.connect(self.take_back_counts)
        self.files = TallyFiles(
            self,
            book,
            tasks,
            scope=lambda: self._scope,
            scope_event=self.scope_event,
            running=lambda: self.event_info,
            now=self._now,
            status=self.status,
            saved=self.saved.emit,
            merged=self._merged,
        )
        self.csv_button.clicked.connect(self.files.save_csv)
        self.pdf_button.clicked.connect(self.files.save_pdf)
        self.export_button.clicked.connect(self.files.export_tally)
        self.merge_button.clicked.connect(self.files.merge_tally)

        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_label)
        scope_row.addWidget(self.scope, 1)
        # the five buttons wrap onto more rows in a narrow window (in French they needed
        # 1,039 pixels in one row)
        buttons = FlowRow(
            [
                self.add_counts_button,
                self.take_back_button,
                self.csv_button,
                self.pdf_button,
                self.export_button,
                self.merge_button,
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.figure)
        layout.addWidget(self.figure_caption)
        layout.addWidget(self.detail)
        layout.addLayout(scope_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(max(refresh_ms, 100))
        self.timer.timeout.connect(self._tick)
        self._in_flight: Task | None = None  # the read under way
        self.retranslate_ui()
        fit_to_screen(self, 1000, 760)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    # ------------------------------------------------------------------ text

    def retranslate_ui(self) -> None:
        self.scope_label.setText(self.tr("&Show:"))
        titles = [
            self.tr("By action"),
            self.tr("By addressee"),
            self.tr("By language"),
            self.tr("By channel"),
            self.tr("By hour"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.table.retranslate_ui()
        self.add_counts_button.setText(self.tr("&Add counts…"))
        self.add_counts_button.setToolTip(
            self.tr("Add handwritten letters, petition signatures and solidarity cards")
        )
        self.take_back_button.setText(self.tr("Take &back counts…"))
        self.take_back_button.setToolTip(
            self.tr("Take back a hand count added by mistake (a number mistyped, or added twice)")
        )
        self.csv_button.setText(self.tr("Save report (&CSV)…"))
        self.pdf_button.setText(self.tr("Save report (&PDF)…"))
        self.export_button.setText(self.tr("&Export tally…"))
        self.export_button.setToolTip(
            self.tr("Save this laptop's tally to a file, to merge it on another laptop")
        )
        self.merge_button.setText(self.tr("&Merge tallies from other laptops…"))
        self._show_reading()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _event_name(self, info: EventInfo | None) -> str:
        if info is None:
            return self.tr("No event")
        return info.name or self.tr("Event without a name")

    # ------------------------------------------------------------------ event and data

    def set_event(self, event: EventInfo | None) -> list[QDialog]:
        """The running event changed (started or ended): show it, and read again. An event
        started closes the count dialogs of another (:meth:`close_counts_of_other_events`);
        returns those closed."""
        closed = self.close_counts_of_other_events(event) if event is not None else []
        self.event_info = event
        self._scope = event.id if event is not None else ALL
        self._show_reading()
        self.refresh()
        return closed

    def set_packs(self, packs: Sequence[Pack]) -> None:
        self.packs = list(packs)
        self._show_reading()

    def refresh(self) -> None:
        """Read the tally again (in the background); :attr:`refreshed` when shown."""
        book, scope, running = self.book, self._scope, self.event_info

        def work(_context: TaskContext) -> TallyReading:
            return read_tally(book, scope, running)

        self._in_flight = self.tasks.run(
            work, on_done=self._read, on_failed=self._read_failed, key="tally-read", renders=False
        )

    def _tick(self) -> None:
        """The timer's read, skipped while the last read is still under way: a tally that
        took longer to read than the interval was read again and again, each read dropped
        for the next, and the figures never came (probe 33 F2)."""
        if self._in_flight is not None and not self._in_flight.finished:
            return
        self.refresh()

    def _read(self, result: object) -> None:
        assert isinstance(result, TallyReading)
        self.reading = result
        self._show_reading()
        self.refreshed.emit()

    def _read_failed(self, message: str) -> None:
        self.notes.setText(
            self.tr("The tally %1 could not be read: %2")
            .replace("%1", ltr(str(self.book.path)))
            .replace("%2", message)
        )
        self.notes.show()

    def _scope_chosen(self, index: int) -> None:
        data = self.scope.itemData(index)
        if isinstance(data, str) and data != self._scope:
            self._scope = data
            self.refresh()

    def scope_event(self) -> EventInfo | None:
        """The event the figures are for (for the report: its evening's name and date), or
        None for all records."""
        if self._scope == ALL or not self._scope:
            return None
        every = self.reading.evenings if self.reading is not None else ()
        for evening in every:
            if self._scope in evening.ids:
                return evening.info(self.event_info)
        if self.event_info is not None and self.event_info.id == self._scope:
            return self.event_info
        return EventInfo(self._scope)

    def _scope_choices(self) -> list[tuple[str, str]]:
        """(scope, text) of each evening in the tally, the running one first."""
        info, reading = self.event_info, self.reading
        every = list(reading.evenings) if reading is not None else []
        if len(every) > MAX_EVENINGS_LISTED:
            # the running one (first) and the latest; the one chosen stays: a tally merged
            # from a section's every evening (20,000) held the window 9 s at each reading
            # (probe 114b)
            chosen = [e for e in every[1 : -(MAX_EVENINGS_LISTED - 1)] if self._scope in e.ids]
            every = [every[0], *chosen, *every[-(MAX_EVENINGS_LISTED - 1) :]]
        names = Counter(name_key(evening.name) for evening in every)
        choices: list[tuple[str, str]] = []
        if info is not None and not any(info.id in e.ids for e in every):
            name = info.name or self.tr("no name")
            choices.append((info.id, self.tr("This event: %1").replace("%1", name)))
        for evening in every:
            name = evening.name or self.tr("no name")
            if names[name_key(evening.name)] > 1 and evening.date:
                name = f"{name} ({self._date_text(evening.date)})"  # held on two dates
            if info is not None and info.id in evening.ids:
                choices.append((info.id, self.tr("This event: %1").replace("%1", name)))
            else:
                choices.append((evening.ids[0], self.tr("Event: %1").replace("%1", name)))
        outside: list[LetterRecord | ExtraCount] = (
            [*reading.contents.letters, *reading.contents.extras] if reading else []
        )
        if any(not r.event_id for r in outside):
            choices.append(("", self.tr("Letters written outside an event")))
        return choices

    def _fill_scope(self) -> None:
        self.scope.blockSignals(True)
        self.scope.clear()
        for scope, text in self._scope_choices():
            self.scope.addItem(text, scope)
        self.scope.addItem(self.tr("Everything recorded on this laptop"), ALL)
        index = self.scope.findData(self._scope)
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def _show_reading(self) -> None:
        info = self.event_info
        if info is not None:
            parts = [self._event_name(info), info.place, self._date_text(info.date)]
            self.heading.setText(joined_in_order([p for p in parts if p]))
        else:
            self.heading.setText(self.tr("No event is running"))
        self.setWindowTitle(self.tr("Event tally: %1").replace("%1", self._event_name(info)))
        self._fill_scope()
        reading = self.reading
        current = reading is not None and reading.scope == self._scope
        shown = reading.totals if reading is not None and current else None
        everything = shown.everything if shown is not None else 0
        self.figure.setText(count_text(everything))
        tonight = self._scope not in (ALL, "")
        self.figure_caption.setText(
            self.tr("letters tonight", "", everything)
            if tonight
            else self.tr("letters in all", "", everything)
        )
        extras = shown.extras if shown is not None else {}
        self.detail.setText(
            self.tr("%1 written in the app · %2 by hand · %3 signatures · %4 cards")
            .replace("%1", count_text(shown.letters if shown is not None else 0))
            .replace("%2", count_text(extras.get("handwritten", 0)))
            .replace("%3", count_text(extras.get("signatures", 0)))
            .replace("%4", count_text(extras.get("cards", 0)))
        )
        if shown is None or reading is None:
            return
        titles = {(p.action.ua_number, p.action.update): p for p in self.packs}
        lang = ui_language()
        actions = list(shown.by_action.items())
        hidden: list[tuple[str, dict[str, int]]] = []
        if len(actions) > MAX_LISTED:
            # the actions most written for, in their order; the others summed in one row
            # (a tally merged with 30,000 actions made 30,000 rows on the window's thread
            # at each reading: 6.5 s; probe 114b)
            ranked = sorted(actions, key=lambda item: -sum(item[1].values()))
            kept = {label for label, _ in ranked[: MAX_LISTED - 1]}
            hidden = [item for item in actions if item[0] not in kept]
            actions = [item for item in actions if item[0] in kept]
        rows = []
        for label, counts in actions:
            ua, update = reading.actions.get(label, (label, 0))
            pack = titles.get((ua, update))
            tooltip = pack.action.title.get(lang) if pack is not None else ""
            rows.append((action_title(ua, update), tooltip, counts))
        if hidden:
            sums = {key: sum(counts.get(key, 0) for _, counts in hidden) for key in ACTION_COLUMNS}
            more = QCoreApplication.translate("CountList", "%n more", "", len(hidden))
            rows.append((more, "", sums))
        self.table.show_rows(rows)
        self.by_addressee.show_counts(list(shown.by_addressee.items()))
        self.by_language.show_counts(
            [(f"{language_name(code, lang)} ({code})", n) for code, n in shown.by_language.items()]
        )
        self.by_channel.show_counts(
            [(self.table.kind_name(channel), n) for channel, n in shown.by_channel.items()]
        )
        self.by_hour.show_counts(
            [
                (hour if hour != "?" else self.tr("unknown time"), n)
                for hour, n in shown.by_hour.items()
            ]
        )
        notes = reading.contents.notes
        if reading.contents.refused:  # not read at all: why, and what to do
            self.notes.setText(
                self.tr("The tally %1 could not be read: %2")
                .replace("%1", ltr(str(self.book.path)))
                .replace("%2", "it " + not_counted_in(reading.contents.refused))
            )
        elif notes:
            self.notes.setText(
                self.tr("Some lines of the tally %1 could not be read and are not counted: %2")
                .replace("%1", ltr(str(self.book.path)))
                .replace("%2", "; ".join(notes[:5]) + (" …" if len(notes) > 5 else ""))
            )
        self.notes.setVisible(bool(notes))

    @staticmethod
    def _date_text(iso: str) -> str:
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        # in Western digits, as the window's counts and hours are
        return in_western_digits(
            QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        )

    # ------------------------------------------------------------------ the big figure

    def _size_figure(self) -> None:
        """As big as the window allows: read from the back of a room on a projector."""
        pixels = max(72, min(self.height() // 4, self.width() // 5, 280))
        font = QFont(self.figure.font())
        font.setPixelSize(pixels)
        font.setBold(True)
        self.figure.setFont(font)
        caption = QFont(self.figure_caption.font())
        caption.setPixelSize(max(24, pixels // 4))
        self.figure_caption.setFont(caption)
        detail = QFont(self.detail.font())
        detail.setPixelSize(max(16, pixels // 7))
        self.detail.setFont(detail)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._size_figure()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.timer.stop()
        super().hideEvent(event)

    # ------------------------------------------------------------------ buttons

    def add_counts(self) -> ExtraCountsDialog:
        """Opened, not run (``exec``): the counts typed are the organiser's work, which the
        idle reset puts away until the PIN (a dialog run by ``exec`` ends when hidden)."""
        dialog = ExtraCountsDialog(self.packs, self.book, self.event_info, self, self._now)

        def done() -> None:
            if dialog.recorded:
                text = self.tr("%n count(s) added to the tally.", "", len(dialog.recorded))
                if dialog.event_info is not None:
                    text = self.tr(
                        "%n count(s) added to the tally of %1.", "", len(dialog.recorded)
                    ).replace("%1", self._event_name(dialog.event_info))
                self.status.setText(text)
                self.refresh()

        self._open_organisers_work(dialog, done)
        return dialog

    def take_back_counts(self) -> TakeBackCountsDialog:
        """The hand counts of the figures shown, to take back those added by mistake."""
        reading = self.reading
        extras: tuple[ExtraCount, ...] = ()
        if reading is not None:
            extras = in_scope(reading.contents, reading.scope, self.event_info)[0].extras
        dialog = TakeBackCountsDialog(extras, self.book, self, self._now)

        def done() -> None:
            if dialog.recorded:
                self.status.setText(self.tr("%n count(s) taken back.", "", len(dialog.recorded)))
                self.refresh()

        self._open_organisers_work(dialog, done)
        return dialog

    def _open_organisers_work(self, dialog: QDialog, done: Callable[[], None]) -> None:
        dialog.setProperty(ORGANISERS_WORK, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: self._count_dialogs.remove(dialog))
        self._count_dialogs.append(dialog)
        dialog.open()

    def close_counts_of_other_events(self, event: EventInfo) -> list[QDialog]:
        """``event`` started: Add counts opened for another event (left open, or put away by
        the lock, over End event) is closed, and so is Take back, whose list was of the
        figures shown before. Left open, the next event's volunteers added hand counts
        without the PIN, and into last night's event. Counts typed there and not added are
        told of. Returns the dialogs closed."""
        closed: list[QDialog] = []
        for dialog in [d for d in self._count_dialogs if isValid(d)]:
            if isinstance(dialog, ExtraCountsDialog):
                # opened outside any event (the cards counted before the doors opened): it
                # stays, put away until the PIN as the event starts locked, and counts into
                # the event, its title saying so (kept as of no event, the counts added were
                # missing from the evening's figure, and nothing said so)
                if dialog.event_info is None:
                    dialog.join(event)
                    continue
                if dialog.event_info.id == event.id:
                    continue
                typed = sum(count.count for count in dialog.counts())
                if typed:
                    ended = dialog.event_info.name
                    self.status.setText(
                        self.tr(
                            "The counts typed into Add counts for %1 were not added: that "
                            "event had ended when %2 started. Add them again if they are "
                            "still to be counted."
                        )
                        .replace("%1", ended or self.tr("Event without a name"))
                        .replace("%2", event.name or self.tr("Event without a name"))
                    )
            closed.append(dialog)
            dialog.reject()  # out of the list as it closes
        return closed

    def _merged(self, report: MergeReport) -> None:
        self.merged.emit(report)
        self.refresh()

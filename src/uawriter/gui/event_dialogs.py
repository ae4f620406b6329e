"""The organiser's dialogs for an event: start it, give the PIN, add the counts the app
cannot see (handwritten letters, petition signatures, solidarity cards)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.model import Pack
from uawriter.gui.common import count_text, ltr, os_error_text, plain_labels, with_ua_number
from uawriter.storage.event import (
    DEFAULT_IDLE_MINUTES,
    MAX_IDLE_MINUTES,
    MAX_PIN_DIGITS,
    MIN_IDLE_MINUTES,
    normalise_pin,
    pin_is_valid,
)
from uawriter.storage.tally import (
    EventInfo,
    ExtraCount,
    ExtraKind,
    TallyBook,
    Withdrawal,
    count_taken_back,
    extra_count,
)
from uawriter.storage.tally_records import EVENT_TEXT_CHARS

MAX_EXTRA_COUNT = 100_000


def ui_language() -> str:
    """The interface language's code ("en", "ar"), as the language manager set it."""
    return QLocale().name().split("_")[0] or "en"


def _pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    )
    field.setMaxLength(MAX_PIN_DIGITS)
    return field


translate = QCoreApplication.translate


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class StartEventDialog(QDialog):
    """Name, place and date (all optional), the organiser PIN twice, the idle time."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startEventDialog")
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.setMaxLength(EVENT_TEXT_CHARS)
        self.place = QLineEdit()
        self.place.setObjectName("eventPlace")
        self.place.setMaxLength(EVENT_TEXT_CHARS)
        self.has_date = QCheckBox()
        self.has_date.setObjectName("eventHasDate")
        self.has_date.setChecked(True)
        self.date = QDateEdit()
        self.date.setObjectName("eventDate")
        self.date.setCalendarPopup(True)
        day = today or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.has_date.toggled.connect(self.date.setEnabled)
        self.pin = _pin_field("eventPin")
        self.pin_again = _pin_field("eventPinAgain")
        self.idle = QSpinBox()
        self.idle.setObjectName("eventIdleMinutes")
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(DEFAULT_IDLE_MINUTES)
        if QLocale().zeroDigit() != "0":  # Western digits, as the rest of the interface
            # writes them (the Arabic interface showed "٢٠٢٦/١٢/٧", "١٠": probe 106b), in
            # the language's own words (the C locale's calendar was English: probe 107a)
            western = QLocale(QLocale().language(), QLocale.Country.Algeria)
            if western.zeroDigit() != "0":
                western = QLocale.c()
            for box in (self.date, self.idle):
                box.setLocale(western)
            self.date.calendarWidget().setLocale(western)
        self.pin_note = QLabel()
        self.pin_note.setObjectName("eventPinNote")
        self.pin_note.setWordWrap(True)
        self.idle_note = QLabel()
        self.idle_note.setObjectName("eventIdleNote")
        self.idle_note.setWordWrap(True)
        self.problem = _problem_label("startEventProblem")
        self.labels = [QLabel() for _ in range(6)]
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        form = QFormLayout()
        fields: list[QWidget] = [self.name, self.place, self.date, self.pin, self.pin_again]
        form.addRow(self.labels[0], self.name)
        form.addRow(self.labels[1], self.place)
        form.addRow(self.labels[2], date_row)
        form.addRow(self.labels[3], self.pin)
        form.addRow(self.labels[4], self.pin_again)
        form.addRow(QLabel(), self.pin_note)
        form.addRow(self.labels[5], self.idle)
        form.addRow(QLabel(), self.idle_note)
        for label, field in zip(self.labels, [*fields, self.idle], strict=True):
            label.setBuddy(field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(520, self.sizeHint().height())
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Start an event"))
        texts = [
            self.tr("Event &name:"),
            self.tr("&Place:"),
            self.tr("&Date:"),
            self.tr("Organiser &PIN:"),
            self.tr("PIN &again:"),
            self.tr("Next volunteer after &idle:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Optional, e.g. Write for Rights evening"))
        self.place.setPlaceholderText(self.tr("Optional, e.g. Central Library"))
        self.has_date.setAccessibleName(self.tr("The event has a date"))
        self.pin.setPlaceholderText(self.tr("4 digits or more"))
        self.pin_note.setText(
            self.tr(
                "This PIN stops volunteers changing the event by accident (ending it, "
                "editing packs or settings). It does not protect data."
            )
        )
        self.idle.setSuffix(self.tr(" min"))
        self.idle_note.setText(
            self.tr(
                "When no one has touched the laptop for this long, a countdown appears, then "
                "the window is cleared for the next volunteer."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start the event"))
        ok.setObjectName("startEventButton")
        if self.problem.text():
            self._validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def event_info(self) -> EventInfo:
        """A new event (a random id) with what was typed."""
        date = self.date.date().toString(Qt.DateFormat.ISODate) if self.has_date.isChecked() else ""
        return EventInfo.new(self.name.text(), self.place.text(), date)

    def organiser_pin(self) -> str:
        return normalise_pin(self.pin.text())

    def idle_minutes(self) -> int:
        return self.idle.value()

    def _validate(self) -> bool:
        if not pin_is_valid(self.pin.text()):
            self.problem.setText(self.tr("The PIN must be 4 digits or more (0 to 9 only)."))
            return False
        if normalise_pin(self.pin.text()) != normalise_pin(self.pin_again.text()):
            self.problem.setText(self.tr("The two PINs are not the same: type it again."))
            return False
        self.problem.setText("")
        return True

    def _accept(self) -> None:
        if not self._validate():
            field = self.pin if not pin_is_valid(self.pin.text()) else self.pin_again
            field.setFocus()
            field.selectAll()
            return
        self.accept()


class PinDialog(QDialog):
    """Asks the organiser PIN; stays open on a wrong one, says so, and lets them retry."""

    def __init__(
        self, check: Callable[[str], bool], purpose: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("organiserPinDialog")
        self._check = check
        self._purpose = purpose
        self.wrong_tries = 0
        self.question = QLabel()
        self.question.setObjectName("organiserPinQuestion")
        self.question.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("organiserPinNote")
        self.note.setWordWrap(True)
        self.pin = _pin_field("organiserPin")
        self.problem = _problem_label("organiserPinProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.pin)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(420, self.sizeHint().height())
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Organiser PIN"))
        self.question.setText(
            self._purpose or self.tr("This is for the event's organiser. Enter the PIN:")
        )
        self.note.setText(
            self.tr(
                "This PIN stops volunteers changing the event by accident. "
                "It does not protect data."
            )
        )
        if self.wrong_tries:
            self.problem.setText(self.tr("That is not the PIN set when the event started."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _accept(self) -> None:
        if self._check(self.pin.text()):
            self.accept()
            return
        self.wrong_tries += 1
        self.retranslate_ui()
        self.pin.clear()
        self.pin.setFocus()


class ExtraCountsDialog(QDialog):
    """Per action: handwritten letters, petition signatures and solidarity cards, added to
    the tally (each count a record of its own, so counts from two laptops merge)."""

    def __init__(
        self,
        packs: Sequence[Pack],
        book: TallyBook,
        event: EventInfo | None,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("extraCountsDialog")
        self.packs = list(packs)
        self.book = book
        self.event_info = event
        self._now = now
        #: What was added to the tally when the dialog was accepted.
        self.recorded: list[ExtraCount] = []
        self.intro = QLabel()
        self.intro.setObjectName("extraCountsIntro")
        self.intro.setWordWrap(True)
        self.headers = [QLabel() for _ in range(4)]
        self.action_labels: list[QLabel] = []
        self.spins: dict[tuple[str, ExtraKind], QSpinBox] = {}
        grid = QGridLayout()
        for column, header in enumerate(self.headers):
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)
        for row, pack in enumerate(self.packs, start=1):
            label = QLabel()
            label.setWordWrap(True)
            self.action_labels.append(label)
            grid.addWidget(label, row, 0)
            for column, kind in enumerate(ExtraKind, start=1):
                spin = QSpinBox()
                spin.setObjectName(f"extraCount:{pack.id}:{kind.value}")
                # Western digits, as the event window shows the same counts (an Arabic
                # window wrote them "٥٧" here and "57" there, probe 84a)
                spin.setLocale(QLocale.c())
                spin.setRange(0, MAX_EXTRA_COUNT)
                spin.setMinimumWidth(90)
                self.spins[(pack.id, kind)] = spin
                grid.addWidget(spin, row, column)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.packs) + 1, 1)  # the rows at the top, not spread apart
        table = QWidget()
        table.setLayout(grid)
        scroll = QScrollArea()
        scroll.setObjectName("extraCountsTable")
        scroll.setWidgetResizable(True)
        scroll.setWidget(table)
        self.none_label = QLabel()
        self.none_label.setObjectName("extraCountsNoActions")
        self.none_label.setVisible(not self.packs)
        self.problem = _problem_label("extraCountsProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addExtraCountsButton")
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.none_label)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(720, 420)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def retranslate_ui(self) -> None:
        title = self.tr("Add counts")
        if self.event_info is not None:  # which evening the counts go to
            unnamed = self.tr("Event without a name")
            title = f"{title} — {self.event_info.name or unnamed}"
        self.setWindowTitle(title)
        self.intro.setText(
            self.tr(
                "Count what the app cannot see: letters written by hand, petition signatures "
                "and solidarity cards. The numbers are added to what is counted already."
            )
        )
        headers = [
            self.tr("Action"),
            self.tr("Handwritten letters"),
            self.tr("Signatures"),
            self.tr("Cards"),
        ]
        for header, text in zip(self.headers, headers, strict=True):
            header.setText(text)
        lang = ui_language()
        for label, pack in zip(self.action_labels, self.packs, strict=True):
            number = action_title(pack.action.ua_number, pack.action.update)
            label.setText(f"{number}\n{pack.action.title.get(lang)}")
        self.none_label.setText(self.tr("No action is loaded, so there is nothing to count."))
        self.add_button.setText(self.tr("&Add to the tally"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def join(self, event: EventInfo) -> None:
        """Opened outside any event, the counts go into ``event``, started meanwhile."""
        self.event_info = event
        self.retranslate_ui()

    def spin(self, pack_id: str, kind: ExtraKind) -> QSpinBox:
        return self.spins[(pack_id, kind)]

    def counts(self) -> list[ExtraCount]:
        """One record per action and kind with a number above zero."""
        moment = self._now() if self._now is not None else None
        return [
            extra_count(pack, kind, self.spins[(pack.id, kind)].value(), self.event_info, moment)
            for pack in self.packs
            for kind in ExtraKind
            if self.spins[(pack.id, kind)].value() > 0
        ]

    def _accept(self) -> None:
        counts = self.counts()
        try:
            self.book.record(counts)
        except OSError as exc:
            self.problem.setText(
                self.tr(
                    "The counts could not be added to %1: %2. Nothing was added; check "
                    "that the data folder can be written, then try again."
                )
                .replace("%1", ltr(str(self.book.path)))
                .replace("%2", os_error_text(exc))
            )
            return
        self.recorded = counts
        self.accept()


class TakeBackCountsDialog(QDialog):
    """The hand counts of the figures shown, the newest first: those ticked are taken back
    (570 signatures typed for 57, a pile of cards added twice). Each goes by a record of its
    own, so the laptop the tally is merged into takes it back too."""

    def __init__(
        self,
        extras: Sequence[ExtraCount],
        book: TallyBook,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("takeBackCountsDialog")
        self.extras = sorted(extras, key=lambda extra: extra.time, reverse=True)
        self.book = book
        self._now = now
        #: What was written to the tally when the dialog was accepted.
        self.recorded: list[Withdrawal] = []
        self.intro = QLabel()
        self.intro.setObjectName("takeBackCountsIntro")
        self.intro.setWordWrap(True)
        self.counts = QListWidget()
        self.counts.setObjectName("takeBackCountsList")
        for _ in self.extras:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.counts.addItem(item)
        self.problem = _problem_label("takeBackCountsProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take_back_button = QPushButton()
        self.take_back_button.setObjectName("takeBackButton")
        self.buttons.addButton(self.take_back_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(620, 380)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Take back counts"))
        self.intro.setText(
            self.tr(
                "Tick the hand counts added by mistake (a number mistyped, a pile of cards "
                "added twice). They are taken back from the tally, and from the tally of the "
                "laptop it is merged into."
            )
            if self.extras
            else self.tr("No hand count has been added to what is shown.")
        )
        kinds = {
            ExtraKind.HANDWRITTEN: translate("ExtraCountsDialog", "Handwritten letters"),
            ExtraKind.SIGNATURES: translate("ExtraCountsDialog", "Signatures"),
            ExtraKind.CARDS: translate("ExtraCountsDialog", "Cards"),
        }
        for row, extra in enumerate(self.extras):
            item = self.counts.item(row)
            when = extra.time[11:16] if len(extra.time) >= 16 else extra.time
            number = action_title(extra.ua, extra.update)
            # the count in Western digits, as the date, the hour and the UA beside it
            item.setText(
                f"{extra.time[:10]} {when} · {number} · {kinds[extra.kind]}: "
                f"{count_text(extra.count)}"
            )
        self.take_back_button.setText(self.tr("&Take back"))
        self.take_back_button.setEnabled(bool(self.extras))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def ticked(self) -> list[ExtraCount]:
        return [
            extra
            for row, extra in enumerate(self.extras)
            if self.counts.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _accept(self) -> None:
        ticked = self.ticked()
        if not ticked:
            self.problem.setText(self.tr("Tick the counts to take back."))
            return
        moment = self._now() if self._now is not None else None
        withdrawals = [count_taken_back(extra, moment) for extra in ticked]
        try:
            self.book.record(withdrawals)
        except OSError as exc:
            self.problem.setText(
                self.tr(
                    "The counts could not be taken back in %1: %2. Nothing was changed; check "
                    "that the data folder can be written, then try again."
                )
                .replace("%1", ltr(str(self.book.path)))
                .replace("%2", os_error_text(exc))
            )
            return
        self.recorded = withdrawals
        self.accept()


def action_title(label_ua: str, update: int) -> str:
    """ "UA 129/10 (update 3)" in the interface language. Its texts are filed under no
    context (a function's ``tr``), so they are looked up there: a dialog's own ``tr`` left
    them in English in every other language."""

    def tr(text: str) -> str:
        return translate("", text)

    if update:
        return with_ua_number(tr("UA %1 (update %2)"), label_ua).replace("%2", str(update))
    return with_ua_number(tr("UA %1"), label_ua)

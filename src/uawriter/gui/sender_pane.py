"""The volunteer's own details (all optional), and whether this computer keeps them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from uawriter.domain.model import Sender

translate = QCoreApplication.translate

SENDER_DELAY_MS = 400


class SenderPane(QGroupBox):
    """Emits :attr:`sender_changed` a moment after the volunteer stops typing (the letter is
    composed again with the new details), and :attr:`remember_toggled`."""

    sender_changed = Signal(object)  # Sender
    remember_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.sender_name = QLineEdit()
        self.sender_name.setObjectName("senderName")
        self.sender_address = QPlainTextEdit()
        self.sender_address.setObjectName("senderAddress")
        self.sender_address.setTabChangesFocus(True)
        self.sender_address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.sender_email = QLineEdit()
        self.sender_email.setObjectName("senderEmail")
        # an e-mail address reads left to right in every interface language
        self.sender_email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.remember_sender = QCheckBox()
        self.remember_sender.setObjectName("rememberSender")
        self.name_label, self.address_label, self.email_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.sender_name)
        self.address_label.setBuddy(self.sender_address)
        self.email_label.setBuddy(self.sender_email)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.sender_name)
        form.addRow(self.address_label, self.sender_address)
        form.addRow(self.email_label, self.sender_email)
        form.addRow(self.remember_sender)

        self.sender_timer = QTimer(self, singleShot=True, interval=SENDER_DELAY_MS)
        self.sender_timer.timeout.connect(self._emit_sender)
        self.sender_name.textEdited.connect(lambda _: self.sender_timer.start())
        self.sender_email.textEdited.connect(lambda _: self.sender_timer.start())
        self.sender_address.textChanged.connect(self._address_typed)
        self.remember_sender.toggled.connect(self.remember_toggled)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(translate("MainWindow", "Your details (optional)"))
        self.name_label.setText(translate("MainWindow", "&Name:"))
        self.address_label.setText(translate("MainWindow", "A&ddress:"))
        self.email_label.setText(translate("MainWindow", "E-&mail:"))
        self.sender_name.setAccessibleName(translate("MainWindow", "Your name"))
        self.sender_address.setAccessibleName(translate("MainWindow", "Your postal address"))
        self.sender_email.setAccessibleName(translate("MainWindow", "Your e-mail address"))
        self.remember_sender.setText(
            translate("MainWindow", "Remember my details on this computer")
        )
        self.remember_sender.setToolTip(
            translate(
                "MainWindow",
                "Untick on a shared computer: your details are then cleared after each letter",
            )
        )

    def current_sender(self) -> Sender:
        return Sender.from_text(
            self.sender_name.text(),
            self.sender_address.toPlainText().replace(";", "\n"),
            self.sender_email.text(),
        )

    def remember(self) -> bool:
        return self.remember_sender.isChecked()

    def set_sender(self, sender: Sender, remember: bool) -> None:
        """Show saved details, emitting nothing."""
        self._updating = True
        self.remember_sender.blockSignals(True)
        self.sender_name.setText(sender.name)
        self.sender_address.setPlainText("\n".join(sender.address))
        self.sender_email.setText(sender.email)
        self.remember_sender.setChecked(remember)
        self.remember_sender.blockSignals(False)
        self._updating = False

    def clear(self) -> None:
        """Forget the details (the next volunteer's turn); emits :attr:`sender_changed`."""
        self.set_sender(Sender(), self.remember())
        self.sender_timer.stop()
        self._emit_sender()

    def flush(self) -> None:
        """A change still waiting for its moment is applied now."""
        if self.sender_timer.isActive():
            self.sender_timer.stop()
            self._emit_sender()

    def _address_typed(self) -> None:
        if not self._updating:
            self.sender_timer.start()

    def _emit_sender(self) -> None:
        self.sender_changed.emit(self.current_sender())

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

from uawriter.domain.contact_rules import MAX_EMAIL_CHARS
from uawriter.domain.model import MAX_PHONE_CHARS, MAX_SENDER_CHARS, MAX_SENDER_LINES, Sender
from uawriter.gui.common import plain_text
from uawriter.gui.line_limit import LINE_BREAKS, LineLimit

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
        # its lines as a letter takes them (Sender.problem), ";" ending one as on the command
        # line: 40,000 characters pasted made a letter too long to lay out
        self.address_limit = LineLimit(
            self.sender_address, MAX_SENDER_LINES, MAX_SENDER_CHARS, LINE_BREAKS + ";"
        )
        self.sender_email = QLineEdit()
        self.sender_email.setObjectName("senderEmail")
        # an e-mail address reads left to right in every interface language
        self.sender_email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.sender_town = QLineEdit()
        self.sender_town.setObjectName("senderTown")
        self.sender_phone = QLineEdit()
        self.sender_phone.setObjectName("senderPhone")
        # as long as a letter takes them (Sender.problem): a name pasted 20,000 times over
        # was refused later as "the template makes a letter too long"
        self.sender_name.setMaxLength(MAX_SENDER_CHARS)
        self.sender_town.setMaxLength(MAX_SENDER_CHARS)
        self.sender_email.setMaxLength(MAX_EMAIL_CHARS)
        self.sender_phone.setMaxLength(MAX_PHONE_CHARS)
        self.sender_phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # writers with ties to the country sign with initials and a town (a pack may ask it)
        self.sign_with_initials = QCheckBox()
        self.sign_with_initials.setObjectName("signWithInitials")
        self._initials_forced = False
        self._initials_chosen = False  # the volunteer's own choice, whatever a pack asks
        self.remember_sender = QCheckBox()
        self.remember_sender.setObjectName("rememberSender")
        self.name_label, self.address_label, self.email_label = QLabel(), QLabel(), QLabel()
        self.town_label, self.phone_label = QLabel(), QLabel()
        self.phone_label.setBuddy(self.sender_phone)
        self.name_label.setBuddy(self.sender_name)
        self.address_label.setBuddy(self.sender_address)
        self.email_label.setBuddy(self.sender_email)
        self.town_label.setBuddy(self.sender_town)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.sender_name)
        form.addRow(self.address_label, self.sender_address)
        form.addRow(self.email_label, self.sender_email)
        form.addRow(self.phone_label, self.sender_phone)
        form.addRow(self.town_label, self.sender_town)
        form.addRow(self.sign_with_initials)
        form.addRow(self.remember_sender)

        self.sender_timer = QTimer(self, singleShot=True, interval=SENDER_DELAY_MS)
        self.sender_timer.timeout.connect(self._emit_sender)
        self.sender_name.textEdited.connect(lambda _: self.sender_timer.start())
        self.sender_email.textEdited.connect(lambda _: self.sender_timer.start())
        self.sender_address.textChanged.connect(self._address_typed)
        self.sender_town.textEdited.connect(lambda _: self.sender_timer.start())
        self.sender_phone.textEdited.connect(lambda _: self.sender_timer.start())
        self.sign_with_initials.toggled.connect(self._initials_toggled)
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
        self.town_label.setText(translate("MainWindow", "&Town:"))
        self.phone_label.setText(translate("MainWindow", "Ph&one:"))
        self.sender_phone.setAccessibleName(translate("MainWindow", "Your phone or fax"))
        self.sender_phone.setToolTip(
            translate(
                "MainWindow",
                "A phone or fax number for replies, shown on the fax cover sheet (the "
                "organiser's, at an event)",
            )
        )
        self.sender_town.setAccessibleName(translate("MainWindow", "Your town"))
        self.sign_with_initials.setText(translate("MainWindow", "Sign with initials and town"))
        self.sign_with_initials.setToolTip(
            self._forced_tip()
            if self._initials_forced
            else translate(
                "MainWindow",
                "Advised if you have ties to the country: the letter shows your initials and "
                "town, not your name, address or e-mail",
            )
        )
        self.remember_sender.setText(
            translate("MainWindow", "Remember my details on this computer")
        )
        self.remember_sender.setToolTip(
            translate(
                "MainWindow",
                "Untick on a shared computer: your details are then cleared after each letter",
            )
        )

    @staticmethod
    def _forced_tip() -> str:
        return translate("MainWindow", "This action asks every letter to be signed this way")

    def current_sender(self) -> Sender:
        return Sender.from_text(
            self.sender_name.text(),
            plain_text(self.sender_address).replace(";", "\n"),
            self.sender_email.text(),
            self.sender_town.text(),
            self._initials_chosen,  # a pack's demand is applied by the engine (Pack.signer)
            self.sender_phone.text(),
        )

    def force_initials(self, forced: bool) -> None:
        """A pack that asks for initials ticks the box and keeps it ticked; for other packs
        the box shows the volunteer's own choice again."""
        self._initials_forced = forced
        self.sign_with_initials.blockSignals(True)
        self.sign_with_initials.setChecked(forced or self._initials_chosen)
        self.sign_with_initials.blockSignals(False)
        self.sign_with_initials.setEnabled(not forced)
        self.retranslate_ui()

    def remember(self) -> bool:
        return self.remember_sender.isChecked()

    def set_sender(self, sender: Sender, remember: bool) -> None:
        """Show saved details, emitting nothing."""
        self._updating = True
        self.remember_sender.blockSignals(True)
        self.sender_name.setText(sender.name)
        self.address_limit.set_text("\n".join(sender.address))
        self.sender_email.setText(sender.email)
        self.sender_town.setText(sender.town)
        self.sender_phone.setText(sender.phone)
        self._initials_chosen = sender.sign_with_initials
        self.sign_with_initials.blockSignals(True)
        self.sign_with_initials.setChecked(self._initials_forced or sender.sign_with_initials)
        self.sign_with_initials.blockSignals(False)
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

    def _initials_toggled(self, on: bool) -> None:
        if not self._initials_forced:
            self._initials_chosen = on
            self._address_typed()

    def _address_typed(self) -> None:
        if not self._updating:
            self.sender_timer.start()

    def _emit_sender(self) -> None:
        self.sender_changed.emit(self.current_sender())

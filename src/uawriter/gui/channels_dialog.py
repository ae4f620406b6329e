"""More ways to send: the phone, social media, an e-mail's text to copy, and envelopes.

Urgent Actions sometimes ask for calls and posts besides letters; the volunteer who posts
letters needs envelopes. One dialog holds them, for the addressees ticked in the window:

* **Phone**: every number as dialled from the volunteer's country (a setting, from the
  system's locale at first), and a call script in the letter's language with what to say
  to a voicemail; "I made this call" counts the call in the tally, once for each addressee
  in a volunteer's turn (until Next volunteer).
* **Social media**: a post of at most 280 characters with the officials' handles, to edit
  and copy; "I posted it" counts it, once in a turn.
* **E-mail text**: the e-mail as it would be sent, to copy into webmail, or opened in the
  mail program through a ``mailto:`` link when it is short enough for one.
* **Envelopes**: DL, C5 or US #10 envelopes or L7160 / 5160 labels for the addressees,
  previewed, then printed through the same path as letters or saved as PDF
  (:class:`~uawriter.gui.envelopes_tab.EnvelopesTab`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uawriter.channels.email import mailto_link
from uawriter.channels.spoken import POST_LIMIT
from uawriter.domain.languages import country_name
from uawriter.domain.model import Sender
from uawriter.domain.phone_numbers import numbers_of
from uawriter.engine import (
    Letter,
    call_script_for,
    social_post_for,
)
from uawriter.exporting import email_draft, letter_record
from uawriter.gui.common import (
    NarrowComboBox,
    aligned_as_interface,
    form_page,
    ltr,
    plain_labels,
    plain_text,
    warn,
)
from uawriter.gui.envelopes_tab import EnvelopesTab
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import Channel, EventInfo, TallyBook


@dataclass(frozen=True)
class ChannelContext:
    """What the dialog needs of the window, taken at the moment it opens: the letters to
    the ticked addressees, the sender, ``home`` (the country numbers are dialled from, ISO
    code, "" for the international form), the tally, ``remember_home`` (keeps a new home
    country in the window's settings), ``folder`` (where envelopes are saved first) and
    ``counted`` (the calls, posts and e-mails already counted in this volunteer's turn,
    as :func:`count_key` gives them, each with the id of the record the dialog wrote for
    it, "" when a saved draft counted it: the dialog adds to it, so opening it again counts
    none twice)."""

    letters: tuple[Letter, ...]
    sender: Sender
    home: str
    tally: TallyBook | None = None
    event: EventInfo | None = None
    remember_home: Callable[[str], None] = lambda _code: None
    folder: Path | None = None
    counted: dict[tuple[str, str, str], str] = dataclasses.field(default_factory=dict)
    #: Whether the action the letters are made from is still as the window read it; False
    #: after the window said it was replaced (a corrected revision imported while the
    #: dialog is open: envelopes, calls and counts went to the old officials, probe 87b)
    current: Callable[[], bool] = lambda: True
    #: Told once a call, post or e-mail was counted: the letter's draft keeps the count
    #: now (a crash just after lost it, and the e-mail was counted again, probe 92b)
    on_count: Callable[[], None] = lambda: None


def count_key(letter: Letter, channel: Channel) -> tuple[str, str, str]:
    """A call or post as counted once: by its channel, action and addressee."""
    return (channel.value, letter.pack.id, letter.addressee.id)


def country_choices(ui_lang: str) -> list[tuple[str, str]]:
    """(code, name) of every country libphonenumber dials, named in ``ui_lang``, by name."""
    import phonenumbers

    named = ((c, country_name(c, ui_lang)) for c in sorted(phonenumbers.SUPPORTED_REGIONS))
    return sorted(named, key=lambda item: item[1].casefold())


class ChannelsDialog(QDialog):
    """The envelopes are laid out when their tab is first shown, by ``tasks`` in the
    background when given one: 200 addressees took up to 3 s, on the window's thread, before
    the dialog could even show the call script."""

    def __init__(
        self,
        context: ChannelContext,
        ui_lang: str,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("channelsDialog")
        self.context = context
        self.home = context.home
        self.tasks = tasks
        self.tabs = QTabWidget()
        self.tabs.setObjectName("channelTabs")
        self.tabs.addTab(self._phone_tab(ui_lang), "")
        self.tabs.addTab(self._social_tab(), "")
        self.tabs.addTab(self._email_tab(), "")
        self.envelopes_tab = EnvelopesTab(
            context.letters,
            context.sender,
            self.home,
            self._still_current,
            context.folder,
            tasks,
            context.tally,
        )
        self.tabs.addTab(self.envelopes_tab, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.show_numbers()
        self.show_call_script()
        self.show_email()
        self.resize(720, 560)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    # ------------------------------------------------------------------ building

    def _letter_box(self, name: str, letters: Sequence[Letter]) -> QComboBox:
        box = NarrowComboBox(24)
        box.setObjectName(name)
        for index, letter in enumerate(letters):
            box.addItem(letter.addressee.display_name or letter.addressee.organisation, index)
        return box

    def _phone_tab(self, ui_lang: str) -> QWidget:
        self.home_box = QComboBox()
        self.home_box.setObjectName("homeCountry")
        self.home_box.addItem("", "")
        for code, name in country_choices(ui_lang):
            self.home_box.addItem(f"{name} ({code})", code)
        self.home_box.setCurrentIndex(max(self.home_box.findData(self.home), 0))
        self.home_box.currentIndexChanged.connect(self._home_chosen)
        self.numbers = QPlainTextEdit()
        aligned_as_interface(self.numbers)
        self.numbers.setObjectName("dialledNumbers")
        self.numbers.setReadOnly(True)
        self.call_box = self._letter_box("callAddressee", self.context.letters)
        self.call_box.currentIndexChanged.connect(self.show_call_script)
        self.call_script = QPlainTextEdit()
        aligned_as_interface(self.call_script)
        self.call_script.setObjectName("callScript")
        self.call_script.setReadOnly(True)
        self.copy_call = QPushButton()
        self.copy_call.setObjectName("copyCallScript")
        self.copy_call.clicked.connect(lambda: self._copy(plain_text(self.call_script)))
        self.count_call = QPushButton()
        self.count_call.setObjectName("countCall")
        self.count_call.clicked.connect(self._call_made)
        self.home_label = QLabel()
        self.call_label = QLabel()
        return form_page(
            QWidget(),
            [(self.home_label, self.home_box), (self.call_label, self.call_box)],
            [(self.numbers, 1), (self.call_script, 2)],
            [self.copy_call, self.count_call],
        )

    def _social_tab(self) -> QWidget:
        letters = self.context.letters
        self.post = QPlainTextEdit()
        self.post.setObjectName("postText")
        if letters:
            first = letters[0]
            self.post.setPlainText(
                social_post_for(first.pack, [x.addressee for x in letters], first.lang)
            )
        self.post_length = QLabel()
        self.post_length.setObjectName("postLength")
        self.post.textChanged.connect(self._post_changed)
        self.copy_post = QPushButton()
        self.copy_post.setObjectName("copyPost")
        self.copy_post.clicked.connect(lambda: self._copy(plain_text(self.post)))
        self.count_post = QPushButton()
        self.count_post.setObjectName("countPost")
        self.count_post.clicked.connect(self._posted)
        self.social_hint = QLabel()
        self.social_hint.setWordWrap(True)
        return form_page(
            QWidget(),
            [],
            [(self.social_hint, 0), (self.post, 1)],
            [self.copy_post, self.count_post],
            left=self.post_length,
        )

    def _email_tab(self) -> QWidget:
        self.email_letters = [x for x in self.context.letters if x.addressee.emails]
        self.email_box = self._letter_box("emailAddressee", self.email_letters)
        self.email_box.currentIndexChanged.connect(self.show_email)
        self.email_text = QPlainTextEdit()
        self.email_text.setObjectName("emailText")
        self.email_text.setReadOnly(True)
        self.copy_email = QPushButton()
        self.copy_email.setObjectName("copyEmailText")
        self.copy_email.clicked.connect(self._copy_email)
        self.open_mail = QPushButton()
        self.open_mail.setObjectName("openMailLink")
        self.open_mail.clicked.connect(self._open_mail)
        # sent from webmail or a mail program: counted by the volunteer, as a call is
        self.count_email = QPushButton()
        self.count_email.setObjectName("countEmail")
        self.count_email.clicked.connect(self._emailed)
        self.email_label = QLabel()
        return form_page(
            QWidget(),
            [(self.email_label, self.email_box)],
            [(self.email_text, 1)],
            [self.copy_email, self.open_mail, self.count_email],
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("More ways to send"))
        for index, text in enumerate(
            (
                self.tr("Phone"),
                self.tr("Social media"),
                self.tr("E-mail text"),
                self.tr("Envelopes"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.home_label.setText(self.tr("I dial from:"))
        self.home_box.setItemText(0, self.tr("(show numbers in international form)"))
        self.call_label.setText(self.tr("Call:"))
        self.copy_call.setText(self.tr("Copy"))
        self.social_hint.setText(
            self.tr("A post to copy into X, Mastodon, Bluesky or Facebook. Edit it as you like.")
        )
        self.copy_post.setText(self.tr("Copy"))
        self.email_label.setText(self.tr("E-mail to:"))
        self.copy_email.setText(self.tr("Copy text"))
        self.open_mail.setText(self.tr("Open in mail program"))
        self._show_counted()
        self._post_changed()
        self.envelopes_tab.retranslate_ui()

    # ------------------------------------------------------------------ phone

    def _home_chosen(self, _index: int) -> None:
        self.home = str(self.home_box.currentData() or "")
        self.context.remember_home(self.home)
        self.show_numbers()
        self.envelopes_tab.set_home(self.home)

    def show_numbers(self) -> None:
        lines: list[str] = []
        for letter in self.context.letters:
            addressee = letter.addressee
            numbers = numbers_of(addressee, self.home)
            lines.append(addressee.display_name or addressee.organisation)
            for field, number in numbers:
                label = self.tr("Fax") if field == "fax" else self.tr("Phone")
                note = "" if number.valid else "  " + self.tr("(check this number)")
                lines.append(f"    {label}: {ltr(number.dialled)}{note}")
            if not numbers:
                lines.append("    " + self.tr("No phone or fax number"))
        self.numbers.setPlainText("\n".join(lines))

    def _call_letter(self) -> Letter | None:
        index = self.call_box.currentData()
        return self.context.letters[int(index)] if index is not None else None

    def show_call_script(self) -> None:
        letter = self._call_letter()
        self._show_counted()
        if letter is None:
            self.call_script.setPlainText("")
            return
        script = call_script_for(letter.pack, letter.addressee, letter.lang, self.context.sender)
        self.call_script.setPlainText(
            "\n\n".join(
                (
                    self.tr("Ask for: %1").replace("%1", script.ask_for),
                    script.spoken,
                    self.tr("If you reach voicemail:"),
                    script.voicemail,
                )
            )
        )

    def _call_made(self) -> None:
        letter = self._call_letter()
        if letter is not None:
            self._count(letter, Channel.PHONE)

    # ------------------------------------------------------------------ social media

    def _post_changed(self) -> None:
        length = len(plain_text(self.post))
        self.post_length.setText(
            self.tr("%1 of %2 characters").replace("%1", str(length)).replace("%2", str(POST_LIMIT))
        )
        self.post_length.setStyleSheet("color: #b00020;" if length > POST_LIMIT else "")

    def _post_letter(self) -> Letter | None:
        """The letter a post is counted for: the first addressee with a handle."""
        letters = self.context.letters
        with_handles = [x for x in letters if x.addressee.social] or list(letters[:1])
        return with_handles[0] if with_handles else None

    def _posted(self) -> None:
        letter = self._post_letter()
        if letter is not None:
            self._count(letter, Channel.SOCIAL)

    # ------------------------------------------------------------------ e-mail

    def _email_letter(self) -> Letter | None:
        index = self.email_box.currentData()
        return self.email_letters[int(index)] if index is not None else None

    def show_email(self) -> None:
        letter = self._email_letter()
        self._show_counted()
        if letter is None:
            self.email_text.setPlainText(self.tr("None of these addressees has an e-mail address."))
            self.copy_email.setEnabled(False)
            self.open_mail.setEnabled(False)
            return
        draft = email_draft(letter, self.context.sender)
        heading = [
            self.tr("To: %1").replace("%1", ", ".join(draft.to)),
            self.tr("Subject: %1").replace("%1", draft.subject),
        ]
        self.email_text.setPlainText("\n".join(heading) + "\n\n" + draft.body)
        self.copy_email.setEnabled(True)
        link = mailto_link(draft)
        self.open_mail.setEnabled(bool(link))
        self.open_mail.setToolTip(
            ""
            if link
            else self.tr(
                "This letter is too long for a mail link: use “Save e-mail drafts” instead, "
                "or copy the text."
            )
        )

    def _copy_email(self) -> None:
        letter = self._email_letter()
        if letter is not None and self._still_current():
            self._copy(email_draft(letter, self.context.sender).body)

    def _emailed(self) -> None:
        letter = self._email_letter()
        if letter is not None:
            self._count(letter, Channel.EMAIL)

    def _open_mail(self) -> None:
        letter = self._email_letter()
        if letter is None or not self._still_current():
            return
        link = mailto_link(email_draft(letter, self.context.sender))
        if link:
            QDesktopServices.openUrl(QUrl(link))

    # ------------------------------------------------------------------ shared

    def _copy(self, text: str) -> None:
        if self._still_current():
            QGuiApplication.clipboard().setText(text)

    def done(self, result: int) -> None:
        """Closing (Close, Esc, or the idle reset): envelopes still being laid out reach no
        one, for the dialog is deleted once it closes."""
        self.envelopes_tab.stop()
        super().done(result)

    def _tab_shown(self, _index: int) -> None:
        if self._still_current():
            self.envelopes_tab.set_shown(self.tabs.currentWidget() is self.envelopes_tab)

    def _still_current(self) -> bool:
        """Whether the action is as the dialog was opened with; if not, the window said so
        (and made the letter again from the new copy), and the dialog closes: its numbers,
        addresses and texts are the old revision's."""
        if self.context.current():
            return True
        self.reject()
        return False

    def _is_counted(self, letter: Letter | None, channel: Channel) -> bool:
        return letter is not None and count_key(letter, channel) in self.context.counted

    def _show_counted(self) -> None:
        """The buttons say "I made this call" / "I posted it" / "I sent this e-mail", or that
        it was counted, and
        are then disabled: a second click, or the dialog opened again, counted it again."""
        call = self._call_letter()
        called = self._is_counted(call, Channel.PHONE)
        self.count_call.setText(self.tr("Call counted") if called else self.tr("I made this call"))
        self.count_call.setEnabled(call is not None and not called)
        post = self._post_letter()
        posted = self._is_counted(post, Channel.SOCIAL)
        self.count_post.setText(self.tr("Post counted") if posted else self.tr("I posted it"))
        self.count_post.setEnabled(post is not None and not posted)
        email = self._email_letter()
        emailed = self._is_counted(email, Channel.EMAIL)
        self.count_email.setText(
            self.tr("E-mail counted") if emailed else self.tr("I sent this e-mail")
        )
        self.count_email.setEnabled(email is not None and not emailed)

    def _count(self, letter: Letter, channel: Channel) -> bool:
        """One call or post in the tally, once in the volunteer's turn; False (after saying
        why) if it could not be."""
        tally = self.context.tally
        if tally is None or self._is_counted(letter, channel) or not self._still_current():
            return False
        record = letter_record(letter, channel, 0, self.context.event)
        try:
            tally.record([record])
        except OSError as exc:
            warn(self, self.tr("Not counted"), f"{exc.strerror or exc}")
            return False
        self.context.counted[count_key(letter, channel)] = record.id
        self._show_counted()
        self.context.on_count()
        return True

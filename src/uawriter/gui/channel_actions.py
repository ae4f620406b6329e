"""The window's ways to send besides the letter itself: "Call, post, envelopes…" (phone,
social media, an e-mail's text, envelopes), "What the fax machine will print…", and the
section's postage shown beside "Send by" (edited with File ▸ Postage…).

The window gives what they need as small callables, as it does for
:class:`~uawriter.gui.output.Output`, so this holds no reference to the window's panes.
The postage table is read once and again after it is edited, not at every action chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from uawriter.domain.languages import country_name
from uawriter.domain.model import Pack, Sender
from uawriter.domain.phone_numbers import home_country
from uawriter.engine import Letter
from uawriter.gui import modal, questions
from uawriter.gui.channels_dialog import ChannelContext, ChannelsDialog, count_key
from uawriter.gui.common import ORGANISERS_WORK, os_error_text
from uawriter.gui.fax_preview import FaxPreviewDialog
from uawriter.gui.postage_dialog import PostageDialog, postage_note
from uawriter.gui.tasks import TaskRunner
from uawriter.letters import TemplateProblem
from uawriter.storage.postage import PostageTable
from uawriter.storage.tally import EventInfo, TallyBook
from uawriter.storage.tally_records import Channel
from uawriter.storage.turns import signer_mark

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ChannelHost:
    """What the channel actions read from the window, at the moment they run."""

    letters: Callable[[], list[Letter]]  # the ticked addressees' letters, sender flushed
    # whether their packs are as the window read them; else read again, and the volunteer
    # told (a corrected revision imported beside the window: its new numbers)
    current: Callable[[Sequence[Letter]], bool]
    shown: Callable[[], list[Letter]]  # the letter the preview shows ([] if none)
    sender: Callable[[], Sender]
    pack: Callable[[], Pack | None]
    ui_language: Callable[[], str]
    saved_home: Callable[[], str]  # the country numbers are dialled from ("" = locale's)
    remember_home: Callable[[str], None]
    export_folder: Callable[[], Path]
    event: Callable[[], EventInfo | None]
    preview_pdf: Callable[[], bytes]
    preview_problem: Callable[[], str]  # why the preview shows no pages ("" if it does)
    status: Callable[[str, int], None]
    show_postage_note: Callable[[str, bool], None]
    counted: Callable[[], None]  # a call or post was counted: the event's figures change
    #: whose turn it is: another after Next volunteer, or once another name signs (the
    #: tally's turn: Hans typing his name over Aigerim's is Hans's turn, probe 83b)
    turn: Callable[[], object]
    #: the letter's draft saved now, with what was counted by hand in it
    keep_draft: Callable[[], None] = lambda: None


class ChannelActions(QObject):
    def __init__(
        self,
        window: QWidget,
        host: ChannelHost,
        tasks: TaskRunner,
        tally: TallyBook,
        postage: PostageTable,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.tasks = tasks
        self.tally = tally
        self.postage = postage
        self.postage_table = postage.load()
        # the calls and posts counted in this turn, so none is counted twice
        self._counted_turn: object = None
        self._counted: dict[tuple[str, str, str], str] = {}
        #: "I sent this e-mail" counts a letter given back after a crash was kept with, by
        #: (action, addressee): its e-mail drafts take them back, as in one window (probe
        #: 92b: counted twice); until Next volunteer, or used
        self._given_back: dict[tuple[str, str], str] = {}
        self._given_back_by = ""  # who counted them (``turns.signer_mark``)

    def counted_this_turn(self) -> dict[tuple[str, str, str], str]:
        """The calls, posts and e-mails already counted for the volunteer at the laptop,
        each with the id of the record that counted it by hand ("" for a draft saved):
        empty again once Next volunteer was pressed, or another name signs (his e-mail
        draft took back her "I sent this e-mail", and his own could not be counted)."""
        turn = self.host.turn()
        if turn != self._counted_turn:
            self._counted_turn = turn
            self._counted = {}
        return self._counted

    def note_emailed(self, letters: Sequence[Letter]) -> None:
        """The e-mails for ``letters`` were saved as drafts, and counted: "I sent this
        e-mail" does not count them again in this turn."""
        counted = self.counted_this_turn()
        counted.update((count_key(letter, Channel.EMAIL), "") for letter in letters)
        for letter in letters:
            self._given_back.pop((letter.pack.id, letter.addressee.id), None)

    def emailed_by_hand(self) -> dict[tuple[str, str], str]:
        """The e-mails counted by "I sent this e-mail" in this turn, by (action,
        addressee): the id of each one's record (and those a letter given back after a
        crash was kept with). A draft of one saved afterwards takes that record back as it
        is counted, so the e-mail is counted once."""
        email = Channel.EMAIL.value
        same = signer_mark(self.host.sender().name) == self._given_back_by
        return {
            **(self._given_back if same else {}),
            **{
                (pack_id, addressee_id): record_id
                for (channel, pack_id, addressee_id), record_id in self.counted_this_turn().items()
                if channel == email and record_id
            },
        }

    def by_hand_for(self, pack_id: str) -> tuple[tuple[str, str], ...]:
        """The e-mails of ``pack_id`` counted by hand, as a draft keeps them: (addressee id,
        record id)."""
        return tuple(
            (addressee_id, record_id)
            for (pack, addressee_id), record_id in self.emailed_by_hand().items()
            if pack == pack_id
        )

    def give_back(self, pack_id: str, by_hand: Sequence[tuple[str, str]], signer: str) -> None:
        """A letter given back after a crash was kept with these e-mails counted by hand
        (those still counted in the tally), by ``signer`` (``turns.signer_mark``): only
        that volunteer's e-mail drafts take them back."""
        if not by_hand:
            return
        self._given_back_by = signer
        try:
            counted = {r.id for r in self.tally.read().letters}
        except OSError:
            counted = set()
        for addressee_id, record_id in by_hand:
            if record_id in counted:
                self._given_back[(pack_id, addressee_id)] = record_id

    def forget_given_back(self) -> None:
        """The next volunteer: the last one's e-mails counted by hand are not theirs."""
        self._given_back = {}

    def show_channels(self) -> None:
        """Phone, social media, an e-mail's text and envelopes for the ticked addressees."""
        try:
            letters = self.host.letters()
        except TemplateProblem as exc:  # one budget for them all: a template slow on the day
            questions.template_failed(self.window, str(exc.problem))
            return
        if not letters:
            self.host.status(
                translate("MainWindow", "Tick at least one addressee under “Write to”."), 8000
            )
            return
        if not self.host.current(letters):  # no call to an old revision's number
            return
        context = ChannelContext(
            tuple(letters),
            self.host.sender(),
            self.host.saved_home() or home_country(),
            tally=self.tally,
            event=self.host.event(),
            remember_home=self.host.remember_home,
            folder=self.host.export_folder(),
            counted=self.counted_this_turn(),
            current=lambda: self.host.current(letters),
            on_count=self.host.keep_draft,
        )
        dialog = ChannelsDialog(context, self.host.ui_language(), self.window, self.tasks)
        modal.run(dialog)
        dialog.deleteLater()
        self.host.counted()

    def show_fax_view(self) -> None:
        """The letter shown, as the fax machine at the other end prints it."""
        pdf = self.host.preview_pdf()
        if not pdf and self.host.preview_problem():  # a letter of too many pages
            self.host.status(self.host.preview_problem(), 15000)
            return
        if not pdf:
            self.host.status(
                translate("MainWindow", "Choose an action and an addressee first."), 8000
            )
            return
        shown = self.host.shown()  # what the preview shows, ticked or not
        if shown and not self.host.current(shown):  # the preview is of an old revision
            return
        dialog = FaxPreviewDialog(self.tasks, self.window)
        dialog.render_pdf(pdf)
        modal.run(dialog)
        dialog.deleteLater()

    def show_postage(self) -> None:
        """Beside "Send by": the rate of a letter to the action's country, or that post
        there is suspended (by the pack or the section's table)."""
        pack = self.host.pack()
        if pack is None:
            self.host.show_postage_note("", False)
            return
        code = pack.action.country
        name = country_name(code, self.host.ui_language())
        suspended = pack.action.post_suspended
        self.host.show_postage_note(*postage_note(self.postage_table, code, name, suspended))

    def edit_postage(self) -> None:
        """The section's postage table, opened beside the window rather than waited on: at
        an event the reset puts it away with what was typed until the organiser's PIN
        (closed as Cancel, the rates typed were lost: probe 75b)."""
        dialog = PostageDialog(self.postage_table, self.window)
        dialog.setProperty(ORGANISERS_WORK, True)
        dialog.accepted.connect(lambda: self._postage_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _postage_saved(self, dialog: PostageDialog) -> None:
        self.postage_table = dialog.table
        try:
            self.postage.save(dialog.table)
        except OSError as exc:
            self.host.status(
                translate("MainWindow", "The postage table could not be saved: %1").replace(
                    "%1", os_error_text(exc)
                ),
                15000,
            )
        self.show_postage()

"""E-mail from an offline event: the letters become ``.eml`` drafts in an outbox folder
(for example on the organiser's USB stick) that collects the whole evening's e-mails; the
organiser sends them later from a machine that is online.

The first time, the volunteer (or organiser) chooses the outbox; after that every e-mail
goes there without a question, named by action, addressee and volunteer number, never over
another draft. A diplomatic copy the volunteer chose is copied in (Cc) on each official's
e-mail rather than written to separately. Letters to addressees without an e-mail address
are named, so they can go by post or fax instead.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from uawriter.engine import Letter
from uawriter.exporting import TallyNotWritten, WrittenInPart, export_emails, without_email
from uawriter.gui import modal
from uawriter.gui.common import ltr, warn
from uawriter.gui.dialogs import choose_path
from uawriter.gui.output import OutputContext, Sent, countable, ending_with, not_counted_text
from uawriter.gui.tasks import TaskContext, TaskRunner, failure_text
from uawriter.storage.address_book import COPY_ID_PREFIX

translate = QCoreApplication.translate


def split_copies(letters: Sequence[Letter]) -> tuple[list[Letter], list[str]]:
    """The letters to officials, and the e-mail addresses of the diplomatic copies chosen
    (they go in Cc on each official's e-mail)."""
    officials = [x for x in letters if not x.addressee.id.startswith(COPY_ID_PREFIX)]
    copies = [x for x in letters if x.addressee.id.startswith(COPY_ID_PREFIX)]
    cc = [email for letter in copies for email in letter.addressee.emails]
    return (officials or copies), (cc if officials else [])


def _by_action(letters: Sequence[Letter]) -> list[list[Letter]]:
    """``letters`` by their action, in the order the actions first come."""
    groups: dict[str, list[Letter]] = {}
    for letter in letters:
        groups.setdefault(letter.pack.id, []).append(letter)
    return list(groups.values())


def _went(groups: Sequence[Sequence[Letter]], count: int) -> list[Letter]:
    """The letters of ``groups`` (each an action's, its e-mails written in this order)
    whose e-mails are the first ``count`` written: the officials with an address, and an
    action's diplomatic copies once each of its officials' e-mails was (they went in Cc)."""
    went: list[Letter] = []
    for group in groups:
        officials, _cc = split_copies(group)
        reachable = [x for x in officials if x.addressee.emails]
        went += reachable[:count]
        if reachable and count >= len(reachable):
            # a copy went only if it had an address to be put in Cc (probe 76b: one with
            # none left the stack, sent nowhere and counted nowhere)
            copies = [x for x in group if all(x is not y for y in officials)]
            went += [x for x in copies if not without_email([x])]
        count -= min(count, len(reachable))
    return went


class Outbox(QObject):
    """Writes the letters as e-mail drafts into the outbox, in the background."""

    exported = Signal(list)  # the drafts written
    emailed = Signal(list)  # the letters whose drafts were written, each counted

    def __init__(
        self,
        window: QWidget,
        tasks: TaskRunner,
        *,
        folder: Callable[[], str],
        remember_folder: Callable[[Path], None],
        may_choose: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.folder = folder
        self.remember_folder = remember_folder
        #: whether the outbox may be chosen now (at an event: the organiser's, with the PIN)
        self.may_choose = may_choose
        #: the volunteer at the laptop: e-mails that finish saving after the next one has
        #: come show nothing of the last one's (see :meth:`next_turn`)
        self.turn = 0
        #: the last write to the outbox failed: the next one asks where, so that another
        #: folder can be chosen while the full stick is still there
        self.ask_again = False

    def next_turn(self) -> None:
        """The next volunteer is at the laptop."""
        self.turn += 1

    def outbox(self, ask_again: bool = False) -> Path | None:
        """The outbox folder: the one chosen before, else (or with ``ask_again``) asked.
        At an event the outbox collects every volunteer's e-mails, with their names and
        addresses: choosing it is the organiser's (a volunteer had chosen their own stick,
        and took the next volunteers' e-mails home with it)."""
        known = Path(self.folder()) if self.folder() else None
        if known is not None and os.path.isdir(known) and not ask_again:
            return known
        if not self.may_choose():
            return None
        chosen = choose_path(
            self.window,
            translate("Outbox", "Choose the outbox for e-mail drafts (for example on a USB stick)"),
            "outboxDialog",
            "folder",
            directory=known if known is not None and os.path.isdir(known) else Path.home(),
            accept_label=translate("Outbox", "Collect e-mails here"),
        )
        if chosen is not None:
            self.remember_folder(chosen)
        return chosen

    def write(
        self,
        letters: Sequence[Letter],
        context: OutputContext,
        *,
        by_action: bool = False,
        sent: Sent | None = None,
        starting: Callable[[], None] | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """The e-mails for ``letters`` into the outbox; says what was written and what not.
        ``by_action``: the letters are of several actions (the stack), each action's
        embassy copies in Cc on its own officials' e-mails only. ``sent`` is told, all
        written or stopped part-way (a full stick), the letters whose e-mails were written
        and counted, with the copies that went in Cc on them (see
        :data:`~uawriter.gui.output.Sent`); ``starting()``
        once the outbox is known, before any is written, and ``ended()`` once the writing
        is over, however it ended."""
        groups = [list(g) for g in _by_action(letters)] if by_action else [list(letters)]
        split = [split_copies(group) for group in groups]
        officials = [x for group, _cc in split for x in group]
        unreachable = without_email(officials)
        if len(unreachable) == len(officials):
            self._none_reachable(unreachable)
            return
        # copies with no address go in no Cc: named with the letters to post
        unreachable += without_email(
            [x for group in groups for x in group if all(x is not y for y in officials)]
        )
        if not countable(self.window, context):
            return
        folder = self.outbox(self.ask_again)
        if folder is None:
            return
        self.ask_again = False
        if starting is not None:
            starting()
        problems: list[str] = []
        stopped: list[str] = []  # why writing stopped part-way
        when = dt.datetime.now().astimezone()

        def work(_context: TaskContext) -> list[Path]:
            done: list[Path] = []
            for group, cc in split:
                try:
                    done += export_emails(
                        group,
                        folder,
                        context.sender,
                        when,
                        cc=cc,
                        name_prefix=context.name_prefix,
                        tally=context.tally,
                        event=context.event,
                        sent_by_hand=context.emailed_by_hand,
                    )
                except TallyNotWritten as exc:
                    problems.append(not_counted_text(exc))
                    done += exc.written
                except WrittenInPart as exc:
                    stopped.append(failure_text(exc.error))
                    return done + exc.written
            return done

        turn = self.turn

        def done(result: object) -> None:
            if stopped:
                self.ask_again = True  # the stick is full: whoever writes next is asked
            if turn != self.turn:
                return  # written and counted; the next volunteer is at the laptop now
            written = list(result) if isinstance(result, list) else []
            if sent is not None and not problems:
                # written and counted: those letters are done with. Written but not
                # counted (the tally could not be written), they stay as they were, to be
                # counted by "I sent this e-mail" (the report says so)
                sent(_went(groups, len(written)))
            self.exported.emit(written)
            if not stopped:
                if not problems:  # written and counted, each of them
                    self.emailed.emit([x for x in officials if x.addressee.emails])
                self.report(folder, written, unreachable, problems)
                return
            reachable = [x for x in officials if x.addressee.emails]
            self.stopped(folder, len(written), len(reachable), stopped[0])

        def failed(message: str) -> None:
            self.ask_again = True
            if turn != self.turn:
                return
            warn(
                self.window,
                translate("Outbox", "The e-mails could not be saved"),
                translate(
                    "Outbox",
                    "UA Writer could not write to the outbox %1:\n%2\n\nYour letter is still "
                    "here. Save it again to choose another outbox folder, or send the letter "
                    "by post or fax.",
                )
                .replace("%1", ltr(str(folder)))
                .replace("%2", message),
            )

        self.tasks.run(
            work,
            on_done=ending_with(done, ended),
            on_failed=ending_with(failed, ended),
            renders=False,
        )

    def stopped(self, folder: Path, saved: int, emails: int, reason: str) -> None:
        """Writing stopped part-way: say what was saved (and counted), so that nothing is
        written and counted twice."""
        warn(
            self.window,
            translate("Outbox", "Not all the e-mails could be saved"),
            translate(
                "Outbox",
                "%1 of %2 e-mails were saved in the outbox %3 and counted; then UA Writer "
                "could not write there:\n%4\n\nThe addressees still ticked are the ones not "
                "written to. Save again to choose another outbox folder, or send their "
                "letters by post or fax.",
            )
            .replace("%1", str(saved))
            .replace("%2", str(emails))
            .replace("%3", ltr(str(folder)))
            .replace("%4", reason),
        )

    def _none_reachable(self, letters: Sequence[Letter]) -> None:
        warn(
            self.window,
            translate("Outbox", "No e-mail address"),
            translate(
                "Outbox",
                "The Urgent Action gives no e-mail address for:\n%1\n\nSend the letter by "
                "post or fax instead (“Send by” above).",
            ).replace("%1", "\n".join(x.addressee.display_name for x in letters)),
        )

    def report(
        self,
        folder: Path,
        written: list[Path],
        unreachable: Sequence[Letter],
        problems: Sequence[str],
    ) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("emailsSaved")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("Outbox", "E-mails ready to send"))
        box.setText(
            translate(
                "Outbox", "%n e-mail draft(s) saved in the outbox %1.", "", len(written)
            ).replace("%1", ltr(str(folder)))
        )
        lines = [
            translate(
                "Outbox",
                "The organiser sends them from a computer that is online: each file opens "
                "in a mail program (Thunderbird, Outlook, Apple Mail) ready to send.",
            )
        ]
        if unreachable:
            lines.append(
                translate("Outbox", "No e-mail address for: %1. Send them by post or fax.").replace(
                    "%1", "; ".join(x.addressee.display_name for x in unreachable)
                )
            )
        box.setInformativeText("\n\n".join([*lines, *problems]))
        open_mail = None
        if len(written) == 1:
            open_mail = box.addButton(
                translate("Outbox", "Open in mail program"), QMessageBox.ButtonRole.ActionRole
            )
        open_folder = box.addButton(
            translate("Outbox", "Open outbox"), QMessageBox.ButtonRole.ActionRole
        )
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        modal.run(box)
        if open_mail is not None and box.clickedButton() is open_mail:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0])))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

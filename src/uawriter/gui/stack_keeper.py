"""The stack kept on disk: written each time it changes, so that a crash or a flat battery
loses none of the letters a volunteer stacked, and offered back at the next start.

While the stack is being printed or exported, the time it started to go out is kept with it:
after a crash in the middle only the letters that did not go out (those not in the tally) are
offered back. At an event, a volunteer's "No" to the offer means "not mine": nothing of that
volunteer (the stack, the draft) is offered next.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from uawriter.domain.model import Pack
from uawriter.gui import questions
from uawriter.gui.common import os_error_text
from uawriter.gui.draft_keeper import warn_set_aside
from uawriter.gui.stack import StackPane, not_gone_out, stack_data, stacked_entries
from uawriter.storage.drafts import DraftStore
from uawriter.storage.json_store import JsonStore, set_aside_damaged
from uawriter.storage.tally import Channel, TallyBook, now_text

translate = QCoreApplication.translate


class StackKeeper(QObject):
    def __init__(
        self,
        window: QWidget,
        store: JsonStore,
        pane: StackPane,
        tally: TallyBook,
        *,
        at_event: Callable[[], bool],
        forget_volunteer: Callable[[], None],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.pane = pane
        self.tally = tally
        self.at_event = at_event
        self.forget_volunteer = forget_volunteer
        self.status = status
        #: While the stack's letters go out: when they started, by which channels, in
        #: which turn (see :meth:`going_out`).
        self._going: tuple[str, tuple[Channel, ...], str] | None = None
        pane.changed.connect(self.keep)

    def offer_back(self, data: dict[str, object], packs: dict[str, Pack]) -> None:
        """The letters on the stack when the window last stopped without printing or
        exporting them (a crash, a flat battery): offered back, as a draft is. Those whose
        action did not load this time (not in ``packs``) are kept aside (gone at Next
        volunteer)."""
        entries, lost = stacked_entries(data, packs)
        if lost:
            questions.stack_kept(self.window, lost, set_aside_damaged(self.store.path))
        try:
            written = self.tally.read().letters
        except OSError:
            written = ()
        entries, gone = not_gone_out(data, entries, written)
        if gone:  # Export all cut short: what went out is counted, and not offered again
            self.status(
                translate(
                    "MainWindow",
                    "%n letter(s) of your stack went out before UA Writer stopped, and are "
                    "counted: they are not put back on it.",
                    "",
                    gone,
                ),
                20000,
            )
        count = sum(len(entry.letters) for entry in entries)
        at_event = self.at_event() or data.get("at_event", False) is not False
        if not count:
            # every letter went out (or none could be made again): nothing to offer, and
            # no answer given — her letters set aside for other actions stay (probe 76b:
            # they were all deleted, as if she had said "not mine")
            self.store.clear()
        elif questions.continue_stack(self.window, count, at_event):
            self.pane.restore(entries)
        elif at_event:  # "not mine": nothing of that volunteer is offered next
            self.forget_volunteer()
        else:
            self.store.clear()

    def going_out(self, channels: Sequence[Channel] = (), turn: str = "") -> None:
        """The stack's letters start to be printed or exported (by ``channels``, counted in
        ``turn``): kept with it, so that a crash in the middle offers back only the letters
        that did not go out — kept with it at every change until the output ends (probe
        77b: a letter stacked while the e-mails were written dropped the mark, and at a
        crash the e-mailed letters came back, to be sent twice)."""
        self._going = (now_text(), tuple(channels), turn)
        self.keep()

    def going_out_now(self) -> dict[str, object] | None:
        """The stack as kept on disk while its letters go out (its going-out mark with
        it), or None when they are not going out."""
        if self._going is None or self.pane.is_empty():
            return None
        going_out, channels, turn = self._going
        return stack_data(self.pane.entries, self.at_event(), going_out, channels, turn)

    def keep_going_for_organiser(self, drafts: DraftStore) -> None:
        """Next volunteer: her stack still going out (an export it did not stop) is kept
        for the organiser, offered after the event without what went out (probe 114c: a
        kill before the export ended left the letters it had not reached in no file)."""
        going = self.going_out_now()
        if going is not None:
            with contextlib.suppress(OSError):
                drafts.keep_stack_for_organiser({**going, "at_event": False})

    def kept_back_after_event(self, drafts: DraftStore, packs: dict[str, Pack]) -> None:
        """The event ended: each stack kept for the organiser offered in turn while she
        says No (the next waited for another event's end: probe 116a); one she takes is
        her stack, and the others wait. A damaged one is set aside and said (115a)."""
        stack = drafts.stack
        while self.pane.is_empty():
            before = stack.set_aside
            kept = drafts.bring_back_stack()
            if stack.set_aside is not None and stack.set_aside != before:
                warn_set_aside(self.window, [stack])
            if not kept:
                return
            self.offer_back(kept, packs)
            if stack.path.exists() and self.pane.is_empty():
                return  # neither taken nor let go (its actions not loaded): it stays

    def forget_going_out(self) -> None:
        """The next volunteer: the last one's stack, still going out perhaps, is not
        theirs; their letters stacked meanwhile were saved under its mark, and a crash
        took one for gone out with the last volunteer's e-mails (probe 78b)."""
        self._going = None
        self.keep()

    def ended(self) -> None:
        """The stack's output is over, however it ended: no longer going out."""
        self._going = None
        self.keep()

    def keep(self) -> None:
        """The stack changed: kept on disk as it is now (gone once it is empty)."""
        going_out, channels, turn = self._going or ("", (), "")
        try:
            if self.pane.is_empty():
                self.store.clear()
            else:
                data = stack_data(self.pane.entries, self.at_event(), going_out, channels, turn)
                self.store.save(data)
        except OSError as exc:
            self.status(
                translate("MainWindow", "Your stack could not be saved: %1").replace(
                    "%1", os_error_text(exc)
                ),
                10000,
            )

"""The autosaved draft: the letter being written, saved one second after the last keystroke
so that a crash, a flat battery or ``kill -9`` loses nothing, and offered back at the next
start.

At an event a draft on disk never holds the volunteer's details: the sender is left out, so
crash recovery gives the letter back without them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from uawriter.domain.model import Addressee, Sender
from uawriter.engine import Letter
from uawriter.gui.common import os_error_text, warn
from uawriter.letters.merge import carry_edits
from uawriter.session import Left, LetterSession, same_letter
from uawriter.storage.address_book import contact_key, diplomat_key
from uawriter.storage.drafts import Draft, DraftStore
from uawriter.storage.tally import now_text
from uawriter.storage.turns import signer_mark

translate = QCoreApplication.translate

AUTOSAVE_DELAY_MS = 1000


class SetAside(Protocol):
    set_aside: Path | None


class DraftKeeper(QObject):
    def __init__(
        self,
        window: QWidget,
        store: DraftStore,
        *,
        session: Callable[[], LetterSession | None],
        selected: Callable[[], list[Addressee]],
        at_event: Callable[[], bool],
        unsent: Callable[[], bool],
        status: Callable[[str, int], None],
        by_hand: Callable[[str], tuple[tuple[str, str], ...]] = lambda _pack_id: (),
    ) -> None:
        super().__init__(window)
        self.store = store
        self.session = session
        self.selected = selected
        self.at_event = at_event
        self.unsent = unsent
        self.status = status
        self.by_hand = by_hand
        #: The outputs of each action's letter under way: token -> (when, channels, turn).
        #: Kept per action (a letter set aside while its e-mails are saved keeps its own)
        #: and per output (a second started meanwhile replaced the first's: probe 93a).
        self._going: dict[str, dict[int, tuple[str, tuple[str, ...], str]]] = {}
        self._tokens = 0
        #: At an event, the letters set aside as they are, her details in them: the file
        #: holds none, and taken back from it her lines written in them were lost unsaid.
        #: Kept in memory only, until Next volunteer (or the window closes).
        self._set_aside: dict[str, Draft] = {}
        #: The letter each action's set-aside draft was made from (the session object:
        #: any change to a letter makes a new one), to know it as sent (probe 80a).
        self._shelved_from: dict[str, LetterSession | None] = {}
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)

    def schedule(self) -> None:
        """The letter changed: save it once typing pauses."""
        self.timer.start()

    def current(self, keep_details: bool = False) -> Draft | None:
        """The letter as a draft. At an event without the volunteer's details (a draft on
        disk never holds them), unless ``keep_details``: a draft kept in memory only, to
        make the letter again from a pack read again (her lines signed with her name were
        left out of it, unsaid)."""
        session = self.session()
        if session is None:
            return None
        at_event = self.at_event()
        left = session.left_as_composed_now()
        by_hand = self.by_hand(session.pack.id)
        signer = signer_mark(session.sender.name) if by_hand else ""
        if at_event and not keep_details:
            # at an event, a draft on disk never holds the volunteer's details
            left = session.left_without_sender()
            session = session.with_sender(Sender())
        selected = self.selected()
        going_out, going_by, going_turn = _one_mark(self._going.get(session.pack.id, {}))
        return Draft(
            pack_id=session.pack.id,
            lang=session.lang,
            addressee_id=session.addressee.id,
            selected=tuple(a.id for a in selected),
            points=session.points,
            base=session.base,
            text=session.text,
            at_event=at_event,
            diplomat=next((diplomat_key(a) for a in selected if contact_key(a)), ()),
            left=tuple((x.addressee.id, x.base, x.text, x.composed, x.arrived) for x in left),
            going_out=going_out,
            going_by=going_by,
            going_turn=going_turn,
            by_hand=by_hand,
            by_hand_signer=signer,
        )

    def going_out(self, pack_id: str, channels: Sequence[str], turn: str) -> int:
        """The letters of ``pack_id``'s letter start to be printed or exported (by
        ``channels``, counted in ``turn``): the draft is kept with that mark now, so that
        a crash in the middle offers it back without the officials whose letters went
        (probe 92b). Returns the output's token, for :meth:`output_ended`."""
        self._tokens += 1
        self._going.setdefault(pack_id, {})[self._tokens] = (now_text(), tuple(channels), turn)
        self.save(quiet=True)
        return self._tokens

    def output_ended(self, pack_id: str, token: int) -> None:
        """That output is over, however it ended."""
        marks = self._going.get(pack_id, {})
        if marks.pop(token, None) is None:
            return
        session = self.session()
        if session is not None and session.pack.id == pack_id and self.store.path.exists():
            self.save(quiet=True)

    def save(self, quiet: bool = False) -> bool:
        """Save the letter if it has not gone out; a failure is said in the status bar (and,
        unless ``quiet``, that it is saved). Whether it is saved."""
        draft = self.current()
        if draft is None or not self.unsent():
            return False
        try:
            self.store.save(draft)
        except OSError as exc:
            self._not_saved(exc)
            return False
        if not quiet:
            self.status(translate("MainWindow", "Draft saved"), 3000)
        return True

    def _not_saved(self, exc: OSError) -> None:
        """Says in the status bar that a draft could not be saved, naming the file."""
        self.status(
            translate("MainWindow", "The draft could not be saved: %1").replace(
                "%1", os_error_text(exc)
            ),
            10000,
        )

    def clear(self) -> None:
        """The letter went out, or the volunteer let it go: no draft is left."""
        self.timer.stop()
        self.store.clear()

    def shelve(self, pack_id: str | None = None) -> None:
        """The volunteer starts a letter for another action: this one is kept in its action's
        own slot (offered back when that action is chosen again), not in the one current
        slot the next letter overwrites. ``pack_id``: the id its action has now (saved
        under a new one in the pack editor)."""
        draft = self.current()
        if draft is None or not self.unsent():
            return
        if pack_id is not None:
            draft = replace(draft, pack_id=pack_id)
        self._shelved_from[draft.pack_id] = self.session()
        self.timer.stop()
        try:
            self.store.shelve(draft)
        except OSError as exc:
            self._not_saved(exc)
            return
        # the current draft is this letter too: kept in both, a crash offered it twice (and
        # once sent, the copy in its slot was offered again)
        with contextlib.suppress(OSError):
            self.store.clear()
        if draft.at_event:
            as_written = self.current(keep_details=True)
            if as_written is not None:
                self._set_aside[draft.pack_id] = replace(as_written, pack_id=draft.pack_id)

    def set_aside_for(self, pack_id: str) -> Draft | None:
        """The letter set aside for ``pack_id``: from its slot, or as it was in this window
        (her details in it, at an event) while the slot still holds it."""
        on_disk = self.store.shelved(pack_id)
        if on_disk is None and not self.at_event():
            # a letter set aside before the event waited while another held its slot (a
            # volunteer's, left when the event ended): back now the slot is free (it
            # waited unseen until the next start or event's end: probe 108c)
            self.store.bring_back_after_event()
            on_disk = self.store.shelved(pack_id)
        if on_disk is None or (self.at_event() and not on_disk.at_event):
            # at an event, a letter set aside before it is no volunteer's to be offered
            # (kept in its slot when it could not be put away: probe 106a)
            self._set_aside.pop(pack_id, None)
            return None
        return self._set_aside.get(pack_id, on_disk)

    def let_go(self, pack_id: str) -> None:
        """The letter set aside for ``pack_id`` is let go, or is the current one now."""
        self._set_aside.pop(pack_id, None)
        self._shelved_from.pop(pack_id, None)
        self.store.let_go(pack_id)

    def went_while_set_aside(
        self,
        pack_id: str,
        letters: Sequence[Letter],
        went: Sequence[Letter],
    ) -> None:
        """``went`` of ``letters``, made from the letter now set aside for ``pack_id``, went
        out after she chose another action (probe 79b: the letter on screen, the new
        action's, was taken for sent). As for the letter on screen: the addressees whose
        letters went are unticked in it (an embassy copy too: sent again, it went twice,
        probe 81b), and it is let go only if nothing is left to send, none of her words
        since; else it stays set aside, still to send (addressees she ticked meanwhile, a
        sentence typed). Her words are compared as each went letter reads in the letter as
        she set it aside, whichever addressee it showed (probes 80a, 81b)."""
        draft = self.store.shelved(pack_id)
        if draft is None:
            return
        gone = {letter.addressee.id for letter in went}
        selected = tuple(x for x in draft.selected if x not in gone)
        copy_went = any(contact_key(x.addressee) for x in went)
        diplomat = () if copy_went else draft.diplomat
        # the letters she left for officials whose letters went as she left them: not hers
        # to keep (kept, they came back with the draft to be sent again, probe 87a)
        texts = {letter.addressee.id: letter.text for letter in went}

        # each as it went: with what she typed in the letter on screen carried into it,
        # as the letter she set aside gives it (kept in this window); else as stored
        session = self._shelved_from.get(pack_id)
        if session is not None:
            still = {x.addressee.id for x in session.went_to(texts).left}
            gone_left = {x.addressee.id for x in session.left} - still
        else:
            gone_left = {x[0] for x in draft.left if same_letter(texts.get(x[0]), x[2])}

        def still_hers(kept: Draft) -> tuple[tuple[str, str, str, str, str], ...]:
            return tuple(x for x in kept.left if x[0] not in gone_left)

        # at an event the slot holds it without her details, which the letters that went
        # had: a letter of hers that went is let go from both by its official
        in_memory = self._set_aside.get(pack_id)
        left = still_hers(draft)
        if not selected and not left and not self._changed_since(pack_id, draft, letters):
            self.let_go(pack_id)
            return
        if (selected, diplomat, left) == (draft.selected, draft.diplomat, draft.left):
            return
        kept = replace(draft, selected=selected, diplomat=diplomat, left=left)
        try:
            self.store.shelve(kept)
        except OSError as exc:
            self._not_saved(exc)
            return
        if in_memory is not None:
            self._set_aside[pack_id] = replace(
                in_memory, selected=selected, diplomat=diplomat, left=still_hers(in_memory)
            )

    def _changed_since(self, pack_id: str, draft: Draft, letters: Sequence[Letter]) -> bool:
        """Whether the letter set aside for ``pack_id`` differs from ``letters``, made from
        it before: each as it reads in the letter as set aside (kept in this window), else,
        the window started again since, the letter it showed."""
        session = self._shelved_from.get(pack_id)
        if session is not None:
            return any(
                session.lang != x.lang
                or not same_letter(x.text, session.letter_for(x.addressee).text)
                for x in letters
            )
        shown = next((x for x in letters if x.addressee.id == draft.addressee_id), None)
        return shown is None or (shown.text, shown.lang) != (draft.text, draft.lang)

    def clear_all(self, *, volunteers_only: bool | None = None) -> None:
        """The next volunteer: no draft of this one is left, for any action. At an event
        (or with ``volunteers_only``), a letter set aside before it is no volunteer's,
        and stays."""
        going = self.current() if any(self._going.values()) else None
        if going is not None and going.going_out:
            # her letters still going out (an export Next volunteer did not stop): the
            # letters it has not reached are kept out of the next volunteer's way, for the
            # organiser after the event, as a letter set aside before it is; a kill before
            # the export ended left them in no file (probe 112c). What went is taken off
            # when it is offered (the tally counts it in her turn).
            with contextlib.suppress(OSError):
                self.store.keep_for_organiser(going)
        self._going = {}
        self.timer.stop()
        self._set_aside.clear()
        self._shelved_from.clear()
        keep = self.at_event() if volunteers_only is None else volunteers_only
        self.store.clear_all(keep_before_event=keep)


def warn_set_aside(window: QWidget, stores: list[SetAside], event_file: Path | None = None) -> None:
    """One warning naming every damaged file set aside at start (kept, never deleted).
    ``event_file``: the event's, set aside: an event that was running is not any more,
    and with it the organiser's PIN and the reset between volunteers, so it says so."""
    notes = [str(store.set_aside) for store in stores if store.set_aside is not None]
    if event_file is not None:
        notes.append(str(event_file))
    if notes:
        text = translate(
            "MainWindow", "They were set aside, and UA Writer started afresh:\n%1"
        ).replace("%1", "\n".join(notes))
        if event_file is not None:
            text += "\n\n" + translate(
                "MainWindow",
                "One of them held tonight's event: no event is running now, so the "
                "organiser's tools are not locked and nothing is cleared between volunteers. "
                "If an event was running, the organiser starts it again (Event menu) before "
                "the next volunteer sits down.",
            )
        warn(window, translate("MainWindow", "Some saved files were damaged"), text)


def resumed(session: LetterSession, draft: Draft) -> LetterSession:
    """``session`` (just started for the draft's action, language and addressee) carrying
    the draft's ticks and words; ticks for points the pack no longer has are dropped.

    The words are replayed on the letter as the pack writes it now, so a pack replaced by a
    corrected revision (a new official, a new address) or another day's date reaches the
    letter with the volunteer's edits kept. When an edit cannot be replayed (the volunteer
    changed a line the new revision changed too), that line is left out and said
    (``not_carried``, shown in the status bar for a minute), as when another addressee is
    chosen: the whole old text was kept, and with it the old official's name and address
    in the letter to the new one (probe 67b)."""
    known = {point.id for point in session.pack.talking_points}
    # each once: a damaged draft naming one point 340,000 times made every autosave too
    # big to be kept (probe 73a)
    points = tuple(dict.fromkeys(point for point in draft.points if point in known))
    fresh = LetterSession.start(
        session.pack, session.lang, session.addressee, session.sender, session.date, points
    )
    # the letters she left, with lines of hers not carried, as she left them; re-written as
    # the template writes them now, as the letter is
    by_id = {a.id: a for a in session.pack.addressees}
    left = tuple(
        Left(by_id[addressee_id], base, text, composed, arrived).rebased(
            fresh, draft.base, fresh.base
        )
        for addressee_id, base, text, composed, arrived in draft.left
        if addressee_id in by_id and addressee_id != session.addressee.id
    )
    if draft.base:
        # the letter to another official when the revision took the draft's out: his
        # address and greeting, her words carried as to any other addressee
        same = draft.addressee_id == session.addressee.id
        merged = carry_edits(draft.base, draft.text, fresh.base, same_letter=same)
        # lines of hers the revision changed too (a new official's name and greeting) are
        # not carried, and said: the whole old draft kept the old official's name and
        # address, and with the removed one's they went to another official as his
        return replace(
            fresh,
            base=merged.base or fresh.base,
            text=merged.text,
            left=left,
            not_carried=merged.skipped,
        )
    return replace(fresh, base=draft.base or fresh.base, text=draft.text, left=left)


def _one_mark(
    marks: dict[int, tuple[str, tuple[str, ...], str]],
) -> tuple[str, tuple[str, ...], str]:
    """The outputs under way as one mark: since the first began, by any of their channels,
    in the first one's turn (one volunteer's: Next volunteer clears them)."""
    if not marks:
        return "", (), ""
    first = min(marks.values())
    channels = tuple(sorted({c for _when, by, _turn in marks.values() for c in by}))
    return first[0], channels, first[2]

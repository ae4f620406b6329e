"""The letters a window gives back and lets go: the draft and the stack read at the start
and offered back, a letter set aside for another action restored, a letter made again from a
pack read again since (a new revision must not go to the old one's officials), and the
letter being written as the window closes (kept as a draft, or let go).

Functions of the main window (:class:`ResumeHost`) they act on: they reach across its
panes, as the window itself does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from uawriter.domain.model import Addressee, Pack, Sender
from uawriter.engine import Letter, pack_contents_id, pack_replaced
from uawriter.gui import questions
from uawriter.gui.actions_pane import ActionsPane
from uawriter.gui.addressees_pane import AddresseesPane
from uawriter.gui.channel_actions import ChannelActions
from uawriter.gui.draft_keeper import DraftKeeper, warn_set_aside
from uawriter.gui.event_controls import EventControls
from uawriter.gui.options_pane import OptionsPane
from uawriter.gui.services import Services
from uawriter.gui.stack import StackPane
from uawriter.gui.stack_keeper import StackKeeper
from uawriter.letters import LetterRequest, readdressed_text
from uawriter.packs.loader import LoadResult
from uawriter.session import LetterSession
from uawriter.storage.address_book import COPY_ID_PREFIX, contact_key, diplomat_name
from uawriter.storage.drafts import Draft
from uawriter.storage.evenings import instant
from uawriter.storage.tally import Channel, LetterRecord, TallyBook

translate = QCoreApplication.translate


class ResumeHost(Protocol):
    """What of the window these reach (the main window; a protocol: no import circle)."""

    services: Services
    actions_pane: ActionsPane
    addressees_pane: AddresseesPane
    options_pane: OptionsPane
    event_controls: EventControls
    drafts: DraftKeeper
    stack_keeper: StackKeeper
    stack_pane: StackPane
    tally: TallyBook
    channels: ChannelActions
    letter_languages: dict[str, str]
    cleared_for_next: int
    unexported: bool

    @property
    def as_parent(self) -> QWidget: ...
    @property
    def session(self) -> LetterSession | None: ...
    @property
    def packs(self) -> dict[str, Pack]: ...
    @property
    def catalog(self) -> LoadResult: ...
    def ui_language(self) -> str: ...
    def show_status(self, text: str, msecs: int = 10000) -> None: ...
    def load_packs(self, then: Callable[[], None] | None = None, wait: bool = True) -> None: ...
    def show_pack(self, pack: Pack | None, key: str | None = None) -> None: ...
    def start_session(self, draft: Draft | None = None) -> None: ...
    def save_draft(self) -> None: ...


def after_start(window: ResumeHost) -> None:
    """The window's first frame is on screen: the packs are read, then what was left at
    the last close or crash is offered back."""
    # a draft or a stack is offered back once the whole list is read (its action may be
    # the pack still being checked): the packs listed before cannot be chosen meanwhile
    draft, stacked = window.services.drafts.load(), window.services.drafts.stack.load()
    window.actions_pane.early_usable = draft is None and not stacked
    cleared = window.cleared_for_next
    window.load_packs(
        then=lambda: offer_back_or_choose(window, draft, stacked, cleared), wait=False
    )


def offer_back_or_choose(
    window: ResumeHost, draft: Draft | None, stacked: dict[str, object], cleared: int
) -> None:
    """Once the whole list is read: the draft and the stack read at the start (read
    once: a damaged one is set aside by that read) offered back, else the first
    action chosen. Not if the window was cleared for the next volunteer meanwhile
    (``cleared``: the count of clearings when they were read): Next volunteer pressed
    while the list was read, after a crash, and the last volunteer's letter was then
    offered to the next one, or written back for later (probe 75b)."""
    if cleared != window.cleared_for_next:
        draft, stacked = None, {}
    services = window.services
    warn_set_aside(
        window.as_parent,
        [
            services.settings_store,
            services.address_book,
            services.postage,
            services.drafts,
            services.drafts.stack,
        ],
        window.event_controls.mode.damaged_file,
    )
    if draft is not None and draft.going_out and draft.pack_id in window.packs:
        draft = less_what_went(window, draft)
    if draft is not None and draft.pack_id in window.packs:
        offer_draft(window, draft)
    else:
        if draft is not None:  # its action did not load: kept, not overwritten
            questions.draft_kept(
                window.as_parent, draft.pack_id, services.drafts.keep_for_later(draft)
            )
        window.actions_pane.choose_first()
    if stacked and services.drafts.stack.path.exists():  # not let go with the draft
        window.stack_keeper.offer_back(stacked, window.packs)
    window.actions_pane.show_details()


def less_what_went(window: ResumeHost, draft: Draft, *, quiet: bool = False) -> Draft | None:
    """The letter offered back without the officials whose letters went out before the
    window stopped: a crash or a flat battery in the middle of its export (the draft was
    marked as going out; the tally counts what went, since then, by those channels, in
    that turn). All came back ticked, and went twice (probe 92b). None, and the draft let
    go, if every one of them went."""
    try:
        written = window.tally.read().letters
    except OSError:
        written = ()
    pack = window.packs[draft.pack_id]
    gone = gone_out(draft, written, {a.id for a in pack.addressees if a.emails})
    unmarked = dataclasses.replace(draft, going_out="", going_by=(), going_turn="")
    if not gone:
        return unmarked
    selected = tuple(x for x in draft.selected if x not in gone)
    if not selected:
        if quiet:  # a letter set aside, not the current one: its caller says so
            return None
        window.drafts.clear()
        window.show_status(
            translate(
                "MainWindow",
                "Your letters went out before UA Writer stopped, and are counted.",
            ),
            30000,
        )
        return None
    copy_went = any(x.startswith(COPY_ID_PREFIX) for x in gone)
    window.show_status(
        translate(
            "MainWindow",
            "%n letter(s) went out before UA Writer stopped, and are counted: their "
            "officials are no longer ticked in your letter.",
            "",
            len(draft.selected) - len(selected),
        ),
        30000,
    )
    return dataclasses.replace(
        unmarked, selected=selected, diplomat=() if copy_went else draft.diplomat
    )


def gone_out(draft: Draft, written: Sequence[LetterRecord], with_email: set[str]) -> set[str]:
    """Which of the draft's ticked addressees the tally (``written``) counts a letter to
    since the draft started going out: of its action, in its language, by its channels,
    in its turn. By e-mail a copy goes in Cc on the officials' e-mails, with no record of
    its own: it went once every ticked official with an address (``with_email``) did."""
    since = instant(draft.going_out)
    if since is None:
        return set()
    gone = {
        r.addressee_id
        for r in written
        if r.pack_id == draft.pack_id
        and r.language == draft.lang
        and r.channel.value in draft.going_by
        and (not draft.going_turn or r.turn == draft.going_turn)
        and (moment := instant(r.time)) is not None
        and moment >= since
    } & set(draft.selected)
    emailed = [x for x in draft.selected if x in with_email]
    if Channel.EMAIL.value in draft.going_by and emailed and set(emailed) <= gone:
        gone |= {x for x in draft.selected if x.startswith(COPY_ID_PREFIX)}
    return gone


def offer_draft(window: ResumeHost, draft: Draft) -> None:
    title = window.packs[draft.pack_id].action.title.get(window.ui_language())
    # kept at an event whose file was lost with the crash: as at an event all the same
    at_event = window.event_controls.mode.running or draft.at_event
    if not questions.continue_draft(window.as_parent, title, at_event):
        # at an event, No means "not mine": none of that volunteer's letters is offered
        # next (the one they had set aside for another action came straight after)
        if at_event:  # the volunteer's letters, not one set aside before the event
            window.drafts.clear_all(volunteers_only=True)
        else:
            window.drafts.clear()
        window.actions_pane.choose_first()
        return
    restore_draft(window, draft)


def restore_draft(window: ResumeHost, draft: Draft) -> None:
    if draft.going_out:  # set aside while it went out (probe 93a), or kept at a crash
        kept = less_what_went(window, draft)
        if kept is None:
            return
        draft = kept
    window.channels.give_back(draft.pack_id, draft.by_hand, draft.by_hand_signer)
    window.actions_pane.select(draft.pack_id)
    window.show_pack(window.packs[draft.pack_id], draft.pack_id)
    diplomat = window.addressees_pane.restore(draft.selected, draft.addressee_id, draft.diplomat)
    window.options_pane.select_language(draft.lang)
    window.letter_languages[draft.pack_id] = draft.lang
    window.start_session(draft)
    if not diplomat:
        name = diplomat_name(draft.diplomat)
        window.show_status(
            translate(
                "MainWindow",
                "The copy to %1 was not restored: that contact is no longer in the "
                "address book for this action's country. Choose a copy again if one "
                "should go.",
            ).replace("%1", name),
            30000,
        )


def letters_current(window: ResumeHost, letters: Sequence[Letter], on_stack: bool = False) -> bool:
    """Whether every pack ``letters`` are made from is still as it was read. A window
    reads its packs once for the evening; a pack replaced meanwhile (``uawriter import
    --replace`` beside it, another organiser's import) is read again, the letter being
    written is made again from the new copy with the volunteer's words kept, and they
    are told: nothing goes out this time, so no letter goes to the old revision's
    officials and fax numbers."""
    if on_stack and not copies_current(window, letters):
        return False
    catalog = window.catalog
    stale = {
        x.pack.id: x.pack
        for x in letters
        if pack_replaced(x.pack, catalog) or read_again_since(window, x.pack)
    }
    if not stale:
        return True
    session = window.session
    # with her details, at an event too: made again in memory, not written
    writing = session is not None and session.pack.id in stale
    draft = window.drafts.current(keep_details=True) if writing else None
    window.load_packs()
    for pack_id, old in stale.items():
        new = window.packs.get(pack_id)
        title = old.action.title.get(window.ui_language())
        questions.pack_replaced(window.as_parent, title, new.revision if new else None, on_stack)
    if draft is not None and draft.pack_id in window.packs:
        restore_draft(window, draft)
    elif draft is not None:
        # the action is gone: her letter kept for it (as written to disk: at an event
        # without her details), offered back when it is put back; the next letter's
        # autosave overwrote the only copy
        window.drafts.save(quiet=True)  # the file set aside, if its slot is taken, is hers
        kept = window.drafts.current()
        if kept is not None:
            where = window.services.drafts.keep_for_later(kept)
            questions.draft_kept(window.as_parent, kept.pack_id, where)
        window.show_pack(None)
        window.start_session()
        window.actions_pane.show_details()
    return False


def copies_current(window: ResumeHost, letters: Sequence[Letter]) -> bool:
    """Whether each copy to an address book entry among the stacked ``letters`` still
    goes where the entry says. An entry corrected since they were stacked (the embassy
    moved: probe 90b) makes its copies out to the corrected entry, on the stack, the
    volunteer's words kept; one whose address or greeting she changed by hand cannot be,
    and stays as it is. Either way she is told, and nothing goes out this time."""
    made_out: dict[int, Letter] = {}
    moved: list[str] = []
    stuck: list[str] = []
    for letter in letters:
        old = letter.addressee
        new = window.addressees_pane.entry_now(old) if contact_key(old) else None
        if new is None or _goes_alike(old, new, letter.lang):
            continue  # not a copy, the same, or no longer in the book: as it was stacked
        new = dataclasses.replace(new, id=old.id)
        text = readdressed_text(letter.text, _request(window, letter), new)
        names = stuck if text is None else moved
        if old.display_name not in names:
            names.append(old.display_name)
        if text is not None:
            made_out[id(letter)] = dataclasses.replace(letter, addressee=new, text=text)
    if not moved and not stuck:
        return True
    window.stack_pane.readdress(made_out)
    questions.copies_corrected(window.as_parent, moved, stuck)
    return False


def _request(window: ResumeHost, letter: Letter) -> LetterRequest:
    """What ``letter`` was written from, as near as the window knows: the sender, date and
    points of the letter on screen (only what a correction of its addressee changes in it
    is looked at)."""
    session = window.session
    if session is None:
        return LetterRequest(letter.pack, letter.addressee, letter.lang, Sender(), dt.date.today())
    return LetterRequest(
        letter.pack,
        letter.addressee,
        letter.lang,
        session.sender,
        session.date,
        list(session.points),
    )


def _goes_alike(old: Addressee, new: Addressee, lang: str) -> bool:
    """Whether a letter in ``lang`` to ``old`` goes where one to ``new`` would, greeted
    alike."""
    return (old.postal_lines, old.fax, old.emails, old.salutation.get(lang)) == (
        new.postal_lines,
        new.fax,
        new.emails,
        new.salutation.get(lang),
    )


def read_again_since(window: ResumeHost, pack: Pack) -> bool:
    """Whether the window has read ``pack`` again since a letter was made from it, and
    it changed (a letter put on the stack before the pack was replaced and read again:
    it must not go to the old revision's officials and fax numbers)."""
    now = window.packs.get(pack.id)
    return now is not pack and (now is None or pack_contents_id(now) != pack_contents_id(pack))


def letters_may_close(window: ResumeHost, event: QCloseEvent) -> bool:
    """The letter being written, and those set aside, as the window closes: cleared at
    an event (asked first), kept as a draft or let go elsewhere (asked). False, and the
    close ignored, if she cancelled."""
    if window.event_controls.mode.running:
        # at an event the next start is another volunteer's: their words are not kept
        # for it (the draft was offered back, Yes by default, to whoever came next), nor
        # the letters set aside for another action
        writing = window.unexported and window.session is not None and window.session.edited
        set_aside = bool(window.drafts.store.set_aside_at_event())
        if (writing or set_aside) and not questions.close_at_event(window.as_parent):
            event.ignore()
            return False
        window.drafts.clear_all()
    elif window.unexported and window.session is not None and window.session.edited:
        answer = questions.keep_letter(window.as_parent)
        if answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
            return False
        if answer == QMessageBox.StandardButton.Save:
            window.save_draft()
        else:
            window.drafts.clear()
    elif not window.unexported:
        window.drafts.clear()
    return True

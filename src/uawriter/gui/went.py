"""What the window does once letters went out (printed, exported, e-mailed) or onto the
stack: which of them are now sent, what of the volunteer's work is still to send (her
words typed since, a letter she left for an official unticked, the addressees an export
did not reach), and whether the draft is kept or let go.

Functions of the main window (:class:`WentHost`) that :class:`~uawriter.gui.sending.Sending`
reaches through the window's ``letters_went`` and ``letters_kept``; they reach across its
panes, as the window itself does (like :mod:`uawriter.gui.resume`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from uawriter.engine import Letter
from uawriter.gui.addressees_pane import AddresseesPane
from uawriter.gui.draft_keeper import DraftKeeper
from uawriter.gui.event_controls import EventControls
from uawriter.gui.letter_pane import LetterPane
from uawriter.gui.sender_pane import SenderPane
from uawriter.letters import TemplateProblem
from uawriter.session import LetterSession
from uawriter.storage.settings import Settings

translate = QCoreApplication.translate


class WentHost(Protocol):
    """What of the window these reach (the main window; a protocol: no import circle)."""

    letter_pane: LetterPane
    addressees_pane: AddresseesPane
    sender_pane: SenderPane
    event_controls: EventControls
    drafts: DraftKeeper
    unexported: bool

    @property
    def session(self) -> LetterSession | None: ...
    @property
    def settings(self) -> Settings: ...
    def letters(self) -> list[Letter]: ...
    def show_status(self, text: str, msecs: int = 10000) -> None: ...


def letters_kept(window: WentHost, letters: Sequence[Letter]) -> None:
    """The letters went on the stack: nothing is left unexported, no draft is needed,
    but for a letter she left for an official unticked."""
    if gone_to(window, letters):
        window.drafts.schedule()
        return
    window.unexported = False
    window.drafts.clear()


def letters_went(window: WentHost, letters: Sequence[Letter], went: Sequence[Letter]) -> None:
    """``went`` of the ``letters`` sent (printed, exported, e-mailed) went out. Made
    sent is the letter they were made from, as it was: the letters run in the
    background while the window stays live, and when they ended she had typed on (her
    new words are in no file: still to send, probe 79b), or chosen another action (the
    letter set aside is the one that went, not the new one on screen)."""
    if not letters:
        return
    pack_id = letters[0].pack.id
    session = window.session
    if session is None or session.pack.id != pack_id:
        window.drafts.went_while_set_aside(pack_id, letters, went)
    elif len(went) < len(letters):
        letters_went_in_part(window, went)
    elif changed_since(window, letters):
        gone_to(window, went)  # those she left for them and did not change since
        window.unexported = True
        window.drafts.schedule()
        # one short line: the status bar cuts what does not fit an 800-pixel window,
        # and "still to send" was lost in German, French, Spanish, Russian (probe 82c)
        window.show_status(
            translate(
                "MainWindow",
                "Sent as it was when you sent it; your changes since are still to send.",
            ),
            30000,
        )
    else:
        letter_went(window, went)


def changed_since(window: WentHost, letters: Sequence[Letter]) -> bool:
    """Whether the letter on screen differs from ``letters``, made from it earlier, for
    any addressee still chosen."""
    try:
        now = {letter.addressee.id: letter for letter in window.letters()}
    except TemplateProblem:  # not made again in time: what she has now is still to send
        return True
    return any(
        (now[x.addressee.id].text, now[x.addressee.id].lang) != (x.text, x.lang)
        for x in letters
        if x.addressee.id in now
    )


def letters_went_in_part(window: WentHost, went: Sequence[Letter]) -> None:
    """Some of the letters went out, not all (a full stick, a Cancel): their addressees
    are unticked, and the rest are still to send: the draft is kept, and the next
    volunteer is not let in without a question."""
    gone_to(window, went)
    window.addressees_pane.untick({letter.addressee.id for letter in went})
    window.unexported = True
    window.drafts.schedule()


def gone_to(window: WentHost, went: Sequence[Letter]) -> bool:
    """The letters ``went`` went out: those she left for their officials, as they went,
    are not hers to keep any more (see ``LetterSession.went_to``). Returns whether a
    letter she left is still to send: for an official she unticked before it went
    (ticked again, it goes with her words: probe 87a)."""
    session = window.session
    if session is None:
        return False
    window.letter_pane.session = session = session.went_to(
        {letter.addressee.id: letter.text for letter in went}
    )
    return bool(session.left_as_composed_now())


def letter_went(window: WentHost, went: Sequence[Letter]) -> None:
    """The letter on screen went out (``went``), to every addressee ticked: nothing is
    left unexported but a letter she left for an official unticked; on a shared
    laptop, forget the sender (at an event, only at the next volunteer: they may write
    another action). Not after the stack went out (probe 77b: her letter still being
    written was taken for sent, its draft deleted)."""
    if gone_to(window, went):
        window.unexported = True
        window.drafts.schedule()
        return
    window.unexported = False
    window.drafts.clear()
    if not window.settings.remember_sender and not window.event_controls.mode.running:
        window.sender_pane.clear()

"""Work in progress, saved so that a crash, a flat battery or ``kill -9`` loses nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from uawriter.atomic import remove_stale_temporaries
from uawriter.storage.json_store import (
    JsonStore,
    list_of_text,
    set_aside_damaged,
    text_of,
    whole_characters,
)

DRAFT_FORMAT = "uawriter-draft"
DRAFT_VERSION = 1
STACK_FORMAT = "uawriter-stack"
STACK_VERSION = 1
#: No letter is longer: a template may make at most this many characters
#: (``letters.bounds.MAX_LETTER_CHARS``), and a volunteer adds a few lines.
MAX_DRAFT_CHARS = 200_000
#: Nor does prose run this long without a space or a line break (a web address is a few
#: hundred characters). The editor lays out such a run slowly: 200,000 characters froze the
#: window for 14 s when a damaged draft was opened, a million for minutes.
MAX_UNBROKEN_CHARS = 2_000
_UNBROKEN = re.compile(rf"\S{{{MAX_UNBROKEN_CHARS + 1}}}")


@dataclass(frozen=True)
class Draft:
    pack_id: str
    lang: str
    addressee_id: str
    selected: tuple[str, ...]
    points: tuple[str, ...]
    base: str
    text: str
    saved_at: str = ""
    #: Kept while an event ran: offered back as at an event (No the default, No clears
    #: all), even when the event's own file was lost with the crash.
    at_event: bool = False
    #: The diplomat the copy went to, if one was chosen: the address book entry's copy id,
    #: title, name and organisation (``address_book.diplomat_key``; a draft from before
    #: entries had ids holds the last three only).
    diplomat: tuple[str, ...] = ()
    #: The letters she left for this one with lines of hers that could not go with her
    #: (``LetterSession.left``), each as (addressee id, base, text, composed, arrived): a
    #: crash, or the letter set aside and taken back, lost those lines.
    left: tuple[tuple[str, str, str, str, str], ...] = ()
    #: When its letters started to be printed or exported, by which channels (the tally's
    #: names), counted in which turn: a crash in the middle offers the letter back without
    #: the officials whose letters went (probe 92b: all came back ticked, sent twice).
    going_out: str = ""
    going_by: tuple[str, ...] = ()
    going_turn: str = ""
    #: The e-mails counted by "I sent this e-mail" for this action: (addressee id, record
    #: id). Its e-mail drafts saved after a crash take those counts back, as in one window.
    by_hand: tuple[tuple[str, str], ...] = ()
    #: Who counted them (``turns.signer_mark``: not the name): only the same volunteer's
    #: e-mails take them back (another's took back hers, and it was lost: probe 93a).
    by_hand_signer: str = ""


#: At most so many letters left are kept with a draft (a pack has at most 200 addressees).
MAX_LEFT = 200
#: Nor is any text of one longer (a letter is laid out up to 30,000 characters; she adds a
#: few lines), nor all of them together: each is replayed on the letter when the draft is
#: taken back, and a damaged file of twenty 199,000-character ones froze the window for
#: minutes (probe 69a).
MAX_LEFT_CHARS = 60_000
MAX_LEFT_TOTAL_CHARS = 600_000


class DraftStore(JsonStore):
    """One current draft in ``drafts/current.json``."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder / "current.json", DRAFT_FORMAT, DRAFT_VERSION)
        #: The letters on "my stack", kept beside the drafts (``drafts/stack.json``) so that
        #: a crash does not lose them; cleared with every draft at Next volunteer.
        self.stack = JsonStore(folder / "stack.json", STACK_FORMAT, STACK_VERSION)

    def save(self, draft: Draft) -> None:  # type: ignore[override]
        super().save(_data_of(draft))

    def load(self) -> Draft | None:  # type: ignore[override]
        return _checked(self, _draft_of(super().load()))

    # -- the letters a volunteer left for another action, one slot per action

    def _slot(self, pack_id: str) -> JsonStore | None:
        if not _SLOT_NAME.match(pack_id):  # a pack id is a folder name; anything else is refused
            return None
        return JsonStore(
            self.path.parent / "actions" / f"{pack_id}.json", DRAFT_FORMAT, DRAFT_VERSION
        )

    def shelve(self, draft: Draft) -> None:
        """Keep ``draft`` in its action's own slot: switching to another action, or closing
        the window, no longer loses it (the current draft is one slot, overwritten by the
        next letter). Raises OSError."""
        slot = self._slot(draft.pack_id)
        if slot is not None:
            JsonStore.save(slot, _data_of(draft))

    def keep_for_later(self, draft: Draft) -> Path | None:
        """The current draft's action did not load at this start: the draft leaves the
        current slot (the next letter's autosave would overwrite it) for its action's own,
        offered back when that action is chosen once it loads again. When that slot already
        holds a letter, or the id cannot name one, the current file is set aside beside it
        instead (cleared at Next volunteer all the same). Returns where the letter is now,
        or None if it could not be moved (it stays where it was). Raises nothing."""
        slot = self._slot(draft.pack_id)
        if slot is not None and not slot.path.exists():
            try:
                JsonStore.save(slot, _data_of(draft))
            except OSError:
                pass
            else:
                with contextlib.suppress(OSError):  # two copies rather than none
                    self.clear()
                return slot.path
        return set_aside_damaged(self.path)

    def shelved(self, pack_id: str) -> Draft | None:
        """The draft kept for ``pack_id``, left in its slot until :meth:`let_go` (once she
        said No, or it is saved as the current one: a kill while she is asked, or before
        the next autosave, lost it)."""
        slot = self._slot(pack_id)
        if slot is None or not slot.path.exists():
            return None
        return _checked(slot, _draft_of(slot.load()))

    def let_go(self, pack_id: str) -> None:
        """The draft kept for ``pack_id`` is let go, or is the current one now."""
        slot = self._slot(pack_id)
        if slot is not None:
            slot.clear()

    def put_away_before_event(self, *, every: bool = False) -> int:
        """The letters set aside before an event started moved out of the event's way (to
        ``drafts/before-event/``) until it ends: they are no volunteer's, and the event's
        first volunteer to choose such an action was offered one ("You were writing a
        letter for …"), and Next volunteer deleted it (probe 104c). ``every``: those set
        aside at an earlier event too (a volunteer's, left when the organiser ended it
        without Next volunteer: probe 107a), as when a new event starts. Returns how many
        went."""
        moved = 0
        folder = self._before_event
        for pack_id in self.shelved_actions():
            slot = self._slot(pack_id)
            draft = self.shelved(pack_id)
            if slot is None or draft is None or (draft.at_event and not every):
                continue
            target = self._kept_as(pack_id)
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
                os.replace(slot.path, target)
                moved += 1
        return moved

    def keep_for_organiser(self, draft: Draft) -> None:
        """``draft`` kept with the letters set aside before the event (brought back when
        it ends, never offered at it): a volunteer's letter still going out at Next
        volunteer. Raises OSError."""
        if self._slot(draft.pack_id) is None:
            return
        target = self._kept_as(draft.pack_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        JsonStore.save(JsonStore(target, DRAFT_FORMAT, DRAFT_VERSION), _data_of(draft))

    def keep_stack_for_organiser(self, data: dict[str, object]) -> None:
        """A volunteer's stack still going out at Next volunteer (``data``, its going-out
        mark with it), kept with the letters set aside before the event: a kill before its
        export ended left the letters it had not reached in no file (probe 114c). Named
        as no pack id can be ("_stack"), so never taken for an action's letter. Raises
        OSError."""
        target = self._kept_as("_stack")
        target.parent.mkdir(parents=True, exist_ok=True)
        JsonStore(target, STACK_FORMAT, STACK_VERSION).save(data)

    def bring_back_stack(self) -> dict[str, object]:
        """A stack :meth:`keep_stack_for_organiser` kept, back as the stack once no event
        runs and the stack is empty, and what it holds ({} if none; the next waits)."""
        folder = self._before_event
        if self.stack.path.exists() or not folder.is_dir():
            return {}
        for path in sorted(folder.glob("_stack*.json")):
            with contextlib.suppress(OSError):
                os.replace(path, self.stack.path)
                kept = self.stack.load()
                if kept:
                    return kept
                # a damaged one is set aside by that read (its caller says so): the next
                # one kept is not held behind it (probe 115a)
        return {}

    def bring_back_after_event(self) -> None:
        """The letters :meth:`put_away_before_event` moved, back in their actions' slots
        once no event runs (one whose slot holds a letter again waits for the next)."""
        folder = self._before_event
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.json")):
            slot = self._slot(path.name.removesuffix(".json").partition("~")[0])
            if slot is None or slot.path.exists():
                continue
            with contextlib.suppress(OSError):
                slot.path.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, slot.path)

    @property
    def _before_event(self) -> Path:
        return self.path.parent / "before-event"

    def _kept_as(self, stem: str) -> Path:
        """A name in ``drafts/before-event/`` for a letter (or stack) of ``stem`` not taken
        yet: an earlier one of it may wait there too ("~2": no pack id holds "~", where a
        dot may be its own: probe 106a)."""
        target = self._before_event / f"{stem}.json"
        number = 1
        while target.exists():
            number += 1
            target = self._before_event / f"{stem}~{number}.json"
        return target

    def set_aside_at_event(self) -> list[Draft]:
        """The letters set aside while an event ran: a volunteer's, which Next volunteer
        clears (not one set aside before it, kept for its writer: probe 106a)."""
        drafts = (self.shelved(pack_id) for pack_id in self.shelved_actions())
        return [draft for draft in drafts if draft is not None and draft.at_event]

    def shelved_actions(self) -> list[str]:
        folder = self.path.parent / "actions"
        return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []

    def clear_all(self, *, keep_before_event: bool = False) -> None:
        """Nothing of this volunteer stays: every action's slot, their stack, the current
        draft, and the temporary file of an autosave a kill or a flat battery cut short (it
        holds the whole letter, hidden). Each that can go goes: one that cannot (a
        read-only folder) does not keep the others, nor stop the window being cleared
        (probe 74c: a file in place of the drafts folder left her letter on screen).
        ``keep_before_event``: at an event, a letter set aside before it stays."""
        # a letter set aside before the event is no volunteer's (one put back by a start
        # whose event file was lost, or that could not be moved): it stays (probe 106a)
        slots = [
            self._slot(pack_id)
            for pack_id in self.shelved_actions()
            if not keep_before_event or (held := self.shelved(pack_id)) is None or held.at_event
        ]
        # the current draft goes last: a clearing cut short leaves it, and it is offered at
        # the next start as a letter cut short is (No clears all); her letters set aside,
        # left without it, were offered to the next volunteer as his own (probe 101c)
        for store in [*slots, self.stack, self]:
            if store is not None:
                with contextlib.suppress(OSError):
                    store.clear()
        for folder in (self.path.parent, self.path.parent / "actions"):
            with contextlib.suppress(OSError):
                remove_stale_temporaries(folder)
                for kept in folder.glob("*.json.broken-*"):  # a draft or stack set aside
                    with contextlib.suppress(OSError):
                        kept.unlink(missing_ok=True)

    def make_room(self) -> None:
        """At start: a file or a link standing where the drafts folder (or its folder of
        letters set aside) should be is set aside, and said at start as a damaged file
        is: every autosave failed on it all evening ("File exists")."""
        for folder in (self.path.parent, self.path.parent / "actions", self._before_event):
            try:
                mode = os.lstat(folder).st_mode
            except OSError:
                continue  # not there: made at the first save
            if not stat.S_ISDIR(mode):
                self.set_aside = set_aside_damaged(folder) or self.set_aside


_SLOT_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}\Z")


def _data_of(draft: Draft) -> dict[str, object]:
    return {
        "pack_id": draft.pack_id,
        "lang": draft.lang,
        "addressee_id": draft.addressee_id,
        "selected": list(draft.selected),
        "points": list(draft.points),
        "base": draft.base,
        "text": draft.text,
        "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        **({"at_event": True} if draft.at_event else {}),
        **({"diplomat": list(draft.diplomat)} if draft.diplomat else {}),
        **({"left": [list(left) for left in draft.left]} if draft.left else {}),
        **(
            {
                "going_out": draft.going_out,
                "going_by": list(draft.going_by),
                "going_turn": draft.going_turn,
            }
            if draft.going_out
            else {}
        ),
        **(
            {"by_hand": [list(pair) for pair in draft.by_hand], "signer": draft.by_hand_signer}
            if draft.by_hand
            else {}
        ),
    }


def _checked(store: JsonStore, draft: Draft | None) -> Draft | None:
    """``draft`` if it can be a letter; else its file is set aside (kept, not deleted, in
    case it is someone's work) and there is no draft to offer."""
    if draft is None:
        return None
    texts = [draft.text, draft.base, *(text for left in draft.left for text in left[1:])]
    if all(len(text) <= MAX_DRAFT_CHARS and not _UNBROKEN.search(text) for text in texts):
        return draft
    store.set_aside = set_aside_damaged(store.path) or store.set_aside  # the window says so
    return None


def _draft_of(data: dict[str, object] | None) -> Draft | None:
    if not data:
        return None
    text = text_of(data, "text")
    pack_id = text_of(data, "pack_id")
    if not text.strip() or not pack_id:
        return None
    return Draft(
        pack_id=pack_id,
        lang=text_of(data, "lang"),
        addressee_id=text_of(data, "addressee_id"),
        selected=tuple(list_of_text(data, "selected")),
        points=tuple(dict.fromkeys(list_of_text(data, "points"))),  # each once
        base=text_of(data, "base"),
        text=text,
        saved_at=text_of(data, "saved_at"),
        # written only when true; a damaged value is taken the safe way, as at an event
        at_event=data.get("at_event", False) is not False,
        diplomat=tuple(list_of_text(data, "diplomat")),
        left=_left_of(data.get("left")),
        going_out=text_of(data, "going_out"),
        going_by=tuple(list_of_text(data, "going_by")),
        going_turn=text_of(data, "going_turn"),
        by_hand=_pairs_of(data.get("by_hand")),
        by_hand_signer=text_of(data, "signer")[:64],
    )


def _pairs_of(value: object) -> tuple[tuple[str, str], ...]:
    """(addressee id, record id) pairs as written by ``_data_of``; others left out."""
    if not isinstance(value, list):
        return ()
    return tuple(
        (item[0], item[1])
        for item in value[:MAX_LEFT]
        if isinstance(item, list)
        and len(item) == 2
        and all(isinstance(v, str) and len(v) <= 200 for v in item)
    )


def _left_of(value: object) -> tuple[tuple[str, str, str, str, str], ...]:
    """The letters left, as written by ``_data_of``; anything else in their place is left
    out (the letter itself is still offered)."""
    if not isinstance(value, list):
        return ()
    left = []
    total = 0
    for item in value[:MAX_LEFT]:
        if not (isinstance(item, list) and len(item) == 5):
            continue
        if not all(isinstance(v, str) and len(v) <= MAX_LEFT_CHARS for v in item):
            continue
        total += sum(len(v) for v in item)
        if total > MAX_LEFT_TOTAL_CHARS:
            break
        addressee_id, base, text, composed, arrived = (whole_characters(v) for v in item)
        left.append((addressee_id, base, text, composed, arrived))
    return tuple(left)

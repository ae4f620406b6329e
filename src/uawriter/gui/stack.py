"""The volunteer's stack: letters for several actions, written one after another and then
printed or exported all at once.

"Add to my stack" (the letter pane's ``addToStackButton``) puts the letters for the chosen
addressees of the current action, as written, on the stack; the volunteer then picks the
next action. The stack pane (``stackPane``, under the actions) lists what is on it and
prints or exports everything in one go (``printStackButton``, ``exportStackButton``).

The stack is kept on disk (``drafts/stack.json``, :func:`stack_data`), so that a crash or a
flat battery after "Add to my stack" loses nothing: the next start offers it back as a draft
is offered. It holds the volunteer's name and words, so it goes when its letters go out or
are taken off it, when the volunteer lets it go, and at Next volunteer with every draft.
Next volunteer and closing the window ask first while it holds letters that have not gone
out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.contact_rules import MAX_EMAIL_CHARS, is_email
from uawriter.domain.languages import language_name
from uawriter.domain.model import (
    MAX_PHONE_CHARS,
    MAX_SENDER_CHARS,
    MAX_SENDER_LINES,
    Addressee,
    LocalText,
    Pack,
    Role,
    Sender,
)
from uawriter.engine import Letter, pack_contents_id
from uawriter.gui.actions_pane import reference
from uawriter.gui.common import ROLE_ID, joined_list, plain_tip
from uawriter.gui.dialogs import ask
from uawriter.packs import limits
from uawriter.storage import address_book
from uawriter.storage.address_book import COPY_ID_PREFIX, contact_key
from uawriter.storage.drafts import MAX_DRAFT_CHARS
from uawriter.storage.evenings import instant
from uawriter.storage.json_store import MAX_STORE_BYTES, all_whole_characters, stored_bytes
from uawriter.storage.tally import Channel, LetterRecord

translate = QCoreApplication.translate


@dataclass(frozen=True)
class StackEntry:
    """The letters of one action, as the volunteer wrote them, and who signed them (the
    newest: the stack goes out signed by whoever wrote its newest letters). One entry per
    action, at most one letter to each of its officials."""

    pack_id: str
    letters: tuple[Letter, ...]
    sender: Sender


def stack_data(
    entries: Sequence[StackEntry],
    at_event: bool,
    going_out: str = "",
    channels: Sequence[Channel] = (),
    turn: str = "",
) -> dict[str, object]:
    """The stack as it is kept on disk: each letter's action (by id, with what of it the
    letters were made from: :func:`~uawriter.engine.pack_contents_id`), addressee (whole:
    a diplomat from the address book is in no pack), language, words and fax choice; and
    ``going_out``, when its letters started to be printed or exported, by ``channels``
    and counted in ``turn`` (see :func:`not_gone_out`)."""
    going = {
        "going_out": going_out,
        "going_by": [channel.value for channel in channels],
        "going_turn": turn,
    }
    return {
        **({key: value for key, value in going.items() if value} if going_out else {}),
        "entries": [
            {
                "pack_id": entry.pack_id,
                "pack_state": pack_contents_id(entry.letters[0].pack) if entry.letters else "",
                "sender": asdict(entry.sender),
                "letters": [
                    {
                        "addressee": _addressee_data(letter.addressee),
                        "lang": letter.lang,
                        "text": letter.text,
                        "as_fax": letter.as_fax,
                    }
                    for letter in entry.letters
                ],
            }
            for entry in entries
        ],
        **({"at_event": True} if at_event else {}),
    }


def stacked_entries(
    data: dict[str, Any], packs: Mapping[str, Pack]
) -> tuple[list[StackEntry], int]:
    """The entries kept in ``data`` whose action is loaded as it was when they were
    written, and how many letters could not be made again: their action not loaded, or
    replaced or edited since (its officials, addresses or fax numbers may have changed:
    as :func:`~uawriter.engine.pack_replaced` keeps letters from going out), or their
    record damaged. A stack that could not be kept again once taken back (more than
    :data:`~uawriter.storage.json_store.MAX_STORE_BYTES` as it is written) is damaged
    as a whole: none of it is made again, so its file is set aside rather than taken back
    and then refused at every change (probe 74c)."""
    entries: list[StackEntry] = []
    lost = 0
    raw_entries = all_whole_characters(data.get("entries"))
    if raw_entries is None and data.get("entries") is not None:
        lost += 1  # nested deeper than can be read: damaged, and said so
    for raw in raw_entries if isinstance(raw_entries, list) else []:
        raw_letters = raw.get("letters") if isinstance(raw, dict) else None
        if not isinstance(raw_letters, list):
            lost += 1
            continue
        pack = packs.get(str(raw.get("pack_id")))
        if pack is not None and raw.get("pack_state") != pack_contents_id(pack):
            pack = None  # changed since: a .DS_Store beside it is no change
        sender = _sender_of(raw.get("sender"))
        letters = [_letter_of(x, pack) for x in raw_letters] if pack and sender else []
        kept = tuple(x for x in letters if x is not None)
        lost += len(raw_letters) - len(kept)
        if pack is not None and sender is not None and kept:
            entries.append(StackEntry(pack.id, kept, sender))
    if entries and not _keepable(entries):
        return [], lost + sum(len(entry.letters) for entry in entries)
    return entries, lost


#: Room in the stack's file for what :func:`stack_data` adds to its letters when the stack
#: goes out (the time, the channels, the turn) and for the format's name and version.
_ROOM_FOR_GOING_OUT = 1024


def _keepable(entries: Sequence[StackEntry]) -> bool:
    """Whether ``entries`` can be kept on disk as the stack, going out included: a stack
    taken back that could not be kept again lost every letter added to it after, at a
    crash (every save was refused as too big)."""
    data = stack_data(entries, at_event=True)
    return stored_bytes(data) <= MAX_STORE_BYTES - _ROOM_FOR_GOING_OUT


def not_gone_out(
    data: Mapping[str, object], entries: Sequence[StackEntry], written: Sequence[LetterRecord]
) -> tuple[list[StackEntry], int]:
    """The stacked ``entries`` less the letters that went out before the window stopped:
    a crash or a flat battery in the middle of Export all, the stack kept as it was. A
    letter of the stack went out if the tally (``written``) counts a letter of its action
    to its official in its language since the stack started going out, by the way it
    went out (printed, or exported as a letter or a fax: not a call made meanwhile) and in
    the turn it was counted in (not another laptop's letter merged since). Returns what
    is left, and how many went."""
    since = instant(str(data.get("going_out", "")))
    if since is None:
        return list(entries), 0
    by = data.get("going_by")
    channels = {str(x) for x in by} if isinstance(by, list) else None
    turn = data.get("going_turn")
    out = {
        (r.pack_id, r.addressee_id, r.language)
        for r in written
        if (moment := instant(r.time)) is not None
        and moment >= since
        and (channels is None or r.channel.value in channels)
        and (not isinstance(turn, str) or not turn or r.turn == turn)
    }
    left: list[StackEntry] = []
    gone = 0
    by_email = channels is not None and Channel.EMAIL.value in channels
    for entry in entries:
        kept = tuple(x for x in entry.letters if (entry.pack_id, x.addressee.id, x.lang) not in out)
        if by_email:
            kept = _copies_not_in_cc(entry, kept)
        gone += len(entry.letters) - len(kept)
        if kept:
            left.append(StackEntry(entry.pack_id, kept, entry.sender))
    return left, gone


def _copies_not_in_cc(entry: StackEntry, kept: tuple[Letter, ...]) -> tuple[Letter, ...]:
    """``kept`` (an entry's letters not counted as gone) less its diplomatic copies that
    went in Cc: once each of the action's officials with an e-mail address is gone, a copy
    with an address went with them (a copy has no record of its own: probe 76b, the
    embassy's copy was put back on the stack after a crash, and sent twice)."""
    officials = [x for x in entry.letters if not x.addressee.id.startswith(COPY_ID_PREFIX)]
    emailed = [x for x in officials if any(map(is_email, x.addressee.emails))]
    if not emailed or any(any(x is y for y in kept) for x in emailed):
        return kept
    return tuple(
        x
        for x in kept
        if not (
            x.addressee.id.startswith(COPY_ID_PREFIX) and any(map(is_email, x.addressee.emails))
        )
    )


def official_key(addressee: Addressee) -> tuple[str, ...]:
    """Who a letter goes to, as the stack tells letters to the same official apart: a
    pack's official by their id in the pack, a contact from the address book (copied to
    the action as ``address-book-`` and a hash of who and where they are, which a
    correction changes) by who they are."""
    return contact_key(addressee) or (addressee.id,)


def _keys(addressee: Addressee) -> set[tuple[str, ...]]:
    """What a letter written again replaces on the stack by: the official's key, and for
    a copy also who and where it is: a copy stacked by the previous version (its id the
    entry's place in the book) was not replaced by the same copy written again, and both
    went (probe 98a)."""
    keys = {official_key(addressee)}
    if contact_key(addressee):
        a = addressee
        keys.add(("copy to", a.title, a.name, a.organisation, *a.address))
    return keys


def _addressee_data(addressee: Addressee) -> dict[str, object]:
    a = addressee
    return {
        "id": a.id,
        "role": str(a.role),
        "title": a.title,
        "name": a.name,
        "organisation": a.organisation,
        "address": list(a.address),
        "country": a.country,
        "fax": a.fax,
        "emails": list(a.emails),
        "salutation": {
            "texts": dict(a.salutation.texts),
            "fallback_language": a.salutation.fallback_language,
        },
        "phones": list(a.phones),
        "social": [list(pair) for pair in a.social],
    }


#: What the window writes of an official at most: a pack's (packs/limits.py) or an address
#: book contact's (storage/address_book.py), whichever is more. A record holding more was
#: damaged on disk: a stack file's official of 120,000 address lines was taken back, and
#: then every save of the stack was refused as too big (probe 74c).
_MOST_ADDRESS_LINES = max(limits.MAX_ADDRESS_LINES, address_book.MAX_ADDRESS_LINES)
_MOST_FIELD_CHARS = max(limits.MAX_FIELD_CHARS, address_book.MAX_FIELD_CHARS)
_MOST_SALUTATIONS = address_book.MAX_SALUTATIONS + 1  # and the general one
#: Of an official's e-mails, phones and social media accounts: as many as an address has
#: lines. A pack's official who has more is made again from the pack (see
#: :func:`_letter_of`).
_MOST_ITEMS = _MOST_ADDRESS_LINES


def _texts(
    value: object, most: int = _MOST_ITEMS, chars: int = _MOST_FIELD_CHARS
) -> tuple[str, ...] | None:
    """The texts of a list as written, or None for anything else, for more than ``most``
    of them, or for one longer than ``chars``: the window writes none such."""
    if not isinstance(value, list) or len(value) > most:
        return None
    if all(isinstance(x, str) and len(x) <= chars for x in value):
        return tuple(value)
    return None


def _addressee_of(data: object) -> Addressee | None:
    """The official a letter was written to, as kept, or None if the record is damaged:
    not as the window writes it, or holding more than the window writes of an official
    (see :data:`_MOST_ADDRESS_LINES`)."""
    if not isinstance(data, dict):
        return None
    try:
        salutation = data["salutation"]
        texts = salutation["texts"]
        social = _pairs_of(data.get("social", []))
        fields = {k: data[k] for k in ("id", "title", "name", "organisation", "country", "fax")}
        lists = {k: _texts(data.get(k, [])) for k in ("emails", "phones")}
        lists["address"] = _texts(data.get("address", []), _MOST_ADDRESS_LINES)
        if not all(isinstance(v, str) and len(v) <= _MOST_FIELD_CHARS for v in fields.values()):
            return None
        if None in lists.values() or social is None:
            return None
        if not isinstance(texts, dict) or len(texts) > _MOST_SALUTATIONS:
            return None
        said = [*texts, *texts.values(), salutation["fallback_language"]]
        if _texts(said, 2 * _MOST_SALUTATIONS + 1, limits.MAX_TITLE_CHARS) is None:
            return None
        return Addressee(
            role=Role(data["role"]),
            salutation=LocalText(dict(texts), salutation["fallback_language"]),
            social=social,
            **fields,
            **lists,  # type: ignore[arg-type]
        )
    except (KeyError, TypeError, ValueError):
        return None


def _pairs_of(value: object) -> tuple[tuple[str, str], ...] | None:
    """An official's social media accounts as kept, (platform, handle) pairs, or None as
    for :func:`_texts`."""
    if not isinstance(value, list) or len(value) > _MOST_ITEMS:
        return None
    if not all(isinstance(pair, list) and len(pair) == 2 for pair in value):
        return None
    if _texts([x for pair in value for x in pair], 2 * _MOST_ITEMS) is None:
        return None
    return tuple((a, b) for a, b in value)


#: The characters of each of the sender's boxes at most (sender_pane.py), in the order
#: :class:`~uawriter.domain.model.Sender` takes them.
_SENDER_CHARS = {
    "name": MAX_SENDER_CHARS,
    "email": MAX_EMAIL_CHARS,
    "town": MAX_SENDER_CHARS,
    "phone": MAX_PHONE_CHARS,
}


def _sender_of(data: object) -> Sender | None:
    """Who signed an action's letters, as kept, or None if the record is damaged: not as
    the window writes it, or longer than the sender's boxes take (sender_pane.py)."""
    if not isinstance(data, dict):
        return None
    address = _texts(data.get("address", []), MAX_SENDER_LINES, MAX_SENDER_CHARS)
    texts = [data.get(k, "") for k in _SENDER_CHARS]
    if address is None or not all(isinstance(x, str) for x in texts):
        return None
    if any(len(x) > most for x, most in zip(texts, _SENDER_CHARS.values(), strict=True)):
        return None
    name, email, town, phone = (str(x) for x in texts)
    initials = data.get("sign_with_initials", False) is True
    return Sender(name, address, email, town, initials, phone)


def _letter_of(data: object, pack: Pack) -> Letter | None:
    """The letter kept in ``data``, or None if it cannot be made again. An official of the
    pack whose record is damaged is made again from the pack, which is as it was when the
    letter was written (its ``pack_state``): the window wrote the pack's official, and the
    words are hers."""
    if not isinstance(data, dict):
        return None
    raw = data.get("addressee")
    addressee = _addressee_of(raw) or _official_of(raw, pack)
    lang, text = data.get("lang"), data.get("text")
    if addressee is None or not isinstance(lang, str) or not isinstance(text, str):
        return None
    if lang not in pack.letter_languages:
        # the window writes a letter in one of its action's languages: another (a right-
        # to-left one for a Spanish letter, a "/" that no file name takes) is damage
        # (probe 78a)
        return None
    if len(text) > MAX_DRAFT_CHARS or not text.strip():
        return None
    return Letter(pack, addressee, lang, text, data.get("as_fax") is True)


def _official_of(data: object, pack: Pack) -> Addressee | None:
    """The pack's own official the record ``data`` names by id; None for a copy from the
    address book (``address-book-…``: in no pack) or an id the pack does not have."""
    ident = data.get("id") if isinstance(data, dict) else None
    if not isinstance(ident, str) or ident.startswith(COPY_ID_PREFIX):
        return None
    return next((a for a in pack.addressees if a.id == ident), None)


class StackPane(QGroupBox):
    """What is on the stack; hidden while the stack is empty. Emits
    :attr:`print_requested` / :attr:`export_requested` from its buttons and :attr:`changed`
    whenever an entry is added or removed."""

    print_requested = Signal()
    export_requested = Signal()
    changed = Signal()

    def __init__(self, ui_lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stackPane")
        self.ui_lang = ui_lang
        self.entries: list[StackEntry] = []
        self.summary = QLabel()
        self.summary.setObjectName("stackSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("stackList")
        self.list.setMaximumHeight(120)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printStackButton")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportStackButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeFromStackButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.remove_button.clicked.connect(self._remove_chosen)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.retranslate_ui()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(translate("MainWindow", "My stack"))
        self.print_button.setText(translate("MainWindow", "Print all…"))
        self.export_button.setText(translate("MainWindow", "Export all…"))
        self.remove_button.setText(translate("MainWindow", "Remove"))
        self.remove_button.setToolTip(
            translate("MainWindow", "Take the chosen action's letters off the stack")
        )
        self._refresh()

    # ------------------------------------------------------------------ the stack

    def add(self, entry: StackEntry) -> tuple[Letter, ...]:
        """Put ``entry`` on the stack; returns the letters it replaced. A letter to an
        official already written to for this action replaces the earlier one (written
        again: the newest version goes out, never both); letters to the action's other
        officials stay, in the action's one entry (one row, one Remove), unless they were
        written from another copy of the action (read again since: the new copy's letters
        replace them all, as its officials and fax numbers may have changed)."""
        old = next((e for e in self.entries if e.pack_id == entry.pack_id), None)
        kept: tuple[Letter, ...] = ()
        replaced: tuple[Letter, ...] = ()
        if old is not None:
            pack = entry.letters[0].pack if entry.letters else None
            new = {key for x in entry.letters for key in _keys(x.addressee)}
            kept = tuple(
                x for x in old.letters if x.pack == pack and new.isdisjoint(_keys(x.addressee))
            )
            replaced = tuple(x for x in old.letters if x not in kept)
        merged = StackEntry(entry.pack_id, kept + entry.letters, entry.sender)
        self.entries = [e for e in self.entries if e.pack_id != entry.pack_id] + [merged]
        self._changed()
        return replaced

    def restore(self, entries: Sequence[StackEntry]) -> None:
        """The stack kept on disk, offered back after a crash and taken."""
        self.entries = list(entries)
        self._changed()

    def letters(self) -> list[Letter]:
        return [letter for entry in self.entries for letter in entry.letters]

    def taken_over(self, sender: Sender) -> None:
        """Every letter on the stack is ``sender``'s now: she said the letters written
        without a name and with other details were hers (her address corrected); one
        left after the others went out went with the old details (probe 113c)."""
        entries = [StackEntry(e.pack_id, e.letters, sender) for e in self.entries]
        if entries != self.entries:
            self.entries = entries
            self._changed()

    def signer(self) -> Sender:
        """Who signed the newest letters on the stack (one volunteer's stack)."""
        return self.entries[-1].sender if self.entries else Sender()

    def is_empty(self) -> bool:
        return not self.entries

    def clear(self) -> None:
        if self.entries:
            self.entries = []
            self._changed()

    def take_out(self, sent: Sequence[Letter]) -> None:
        """The letters ``sent`` went out (all of an output, or those an export cancelled
        part-way wrote): they leave the stack. Letters put on it meanwhile stay, and so do
        those that replaced them (written again while the output ran: not sent yet)."""
        gone = {id(letter) for letter in sent}
        left: list[StackEntry] = []
        for entry in self.entries:
            kept = tuple(letter for letter in entry.letters if id(letter) not in gone)
            if kept:
                left.append(StackEntry(entry.pack_id, kept, entry.sender))
        if left != self.entries:
            self.entries = left
            self._changed()

    def readdress(self, letters: Mapping[int, Letter]) -> None:
        """Letters on the stack made out again (``letters``: the new letter for each old
        one's ``id``): a copy to an address book entry corrected since."""
        entries = [
            StackEntry(
                entry.pack_id,
                tuple(letters.get(id(letter), letter) for letter in entry.letters),
                entry.sender,
            )
            for entry in self.entries
        ]
        if entries != self.entries:
            self.entries = entries
            self._changed()

    def _remove_chosen(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        pack_id = self.list.item(row).data(ROLE_ID)
        chosen = [e for e in self.entries if e.pack_id == pack_id]
        count = sum(len(e.letters) for e in chosen)
        if chosen and not ask(
            self,
            "removeFromStackQuestion",
            translate("MainWindow", "Take these letters off your stack?"),
            translate(
                "MainWindow",
                "%n letter(s) for %1, neither printed nor exported, would be taken off your "
                "stack and could not be brought back. Take them off?",
                "",
                count,
            ).replace("%1", reference(chosen[0].letters[0].pack)),
        ):
            return  # one click took a volunteer's letters away, with nothing to undo it
        self.entries = [e for e in self.entries if e.pack_id != pack_id]
        self._changed()

    def _changed(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        self.list.clear()
        lang = self.ui_lang()
        for entry in self.entries:
            pack = entry.letters[0].pack
            languages = joined_list(
                dict.fromkeys(language_name(x.lang, lang) for x in entry.letters)
            )
            text = (
                translate("MainWindow", "%1: %n letter(s) in %2", "", len(entry.letters))
                .replace("%1", reference(pack))
                .replace("%2", languages)
            )
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, entry.pack_id)
            item.setToolTip(plain_tip("\n".join(x.addressee.display_name for x in entry.letters)))
            self.list.addItem(item)
        count = len(self.letters())
        self.summary.setText(
            translate(
                "MainWindow",
                "%n letter(s) waiting. Choose another action to add more, or print or "
                "export them all.",
                "",
                count,
            )
        )
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.setVisible(bool(self.entries))

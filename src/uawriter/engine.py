"""What the command line and the windows ask of the engine, in one place.

It ties packs, letters and rendering together and holds no state of its own: the GUI and
the CLI build what they need from these functions and pass it around.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from uawriter.bundled import bundled_packs_folder
from uawriter.domain.controls import without_controls, without_direction_overrides
from uawriter.domain.model import Addressee, DeadlineStatus, Pack, Problem, Sender, signer_for
from uawriter.letters import LetterRequest, check_pack_templates, compose_letter
from uawriter.letters.compose import format_letter_date
from uawriter.packs import LoadResult, PackSource, load_pack, load_packs
from uawriter.packs.loader import BrokenPack, already_used, pack_folder_names
from uawriter.paths import AppPaths

if TYPE_CHECKING:
    from uawriter.channels.postal import EnvelopeAddress
    from uawriter.channels.spoken import CallScript
    from uawriter.packs.install import ImportResult
from uawriter.rendering import CoverSheet, OutgoingLetter, Paper
from uawriter.rendering.labels import labels_for
from uawriter.storage.checked_packs import (
    CheckedPacks,
    Failed,
    check_key,
    fingerprint,
    folder_key,
    scrubbed,
)
from uawriter.storage.pack_index import PackIndex, PackRow, listing_state


def pack_sources(paths: AppPaths) -> list[PackSource]:
    """Bundled packs first, so a user pack cannot take a bundled pack's id."""
    return [PackSource(bundled_packs_folder(), bundled=True), PackSource(paths.user_packs)]


class _LetterChecks:
    """The check of a user pack's letters (every template composed, under the budget),
    skipped for a pack whose files are as they were when it last passed
    (``storage/checked_packs.py``); the packs that come with the app are checked by its
    tests, not at run time."""

    def __init__(self, paths: AppPaths) -> None:
        self.store = CheckedPacks(paths.checked_packs_file)
        self._known: dict[str, str] | None = None  # read when first needed
        self.passed: dict[str, str] = {}
        self._failed_before: dict[str, Failed] | None = None
        self.failed: dict[str, Failed] = {}

    @property
    def failed_before(self) -> dict[str, Failed]:
        """What failed before, with its problems (read when first needed)."""
        if self._failed_before is None:
            self._failed_before = self.store.load_failed()
        return self._failed_before

    @property
    def known(self) -> dict[str, str]:
        """What passed before (a listing from the index never needs it)."""
        if self._known is None:
            self._known = self.store.load()
        return self._known

    def recall(self, pack: Pack) -> list[Problem] | None:
        """What the check of ``pack`` found in its present state, if it ran before (at an
        earlier start or in this one); None when it has to run."""
        if pack.bundled or pack.path is None:
            return []
        key = check_key(pack.path)
        state = fingerprint(pack.path)
        if state and state in (self.known.get(key), self.passed.get(key)):
            self.passed[key] = state
            return []
        for before in (self.failed.get(key), self.failed_before.get(key)):
            if state and before is not None and before[0] == state:
                self.failed[key] = before  # failed in this very state: not composed again
                return list(before[1])
        return None

    def check(self, pack: Pack) -> list[Problem]:
        recalled = self.recall(pack)
        if recalled is not None or pack.path is None:
            return recalled or []
        key = check_key(pack.path)
        state = fingerprint(pack.path)
        problems = check_pack_templates(pack)
        if state:
            if problems:
                self.failed[key] = (state, problems)
            else:
                self.passed[key] = state
        return problems

    def save(self, complete: bool) -> None:
        """Keep what passed and what failed (with ``complete``, forget packs not seen:
        they are gone)."""
        if not complete and not self.passed and not self.failed:
            return  # nothing new to keep
        passed = self.passed if complete else {**self.known, **self.passed}
        failed = self.failed if complete else {**self.failed_before, **self.failed}
        for key in passed:  # passed since: no longer failed
            failed.pop(key, None)
        if passed != self.known or failed != self.failed_before:
            with contextlib.suppress(OSError):  # only a cache: the next start checks again
                self.store.save(passed, failed)


def load_catalog(paths: AppPaths, early: Callable[[LoadResult], None] | None = None) -> LoadResult:
    """Every pack, bundled and the user's; first whatever a killed import or save left
    half done is put right (``packs/recovery.py``).

    ``early`` is given the packs that need no check of their letters first, when one
    does (a pack copied in since the last start): that check takes as long as the pack
    makes it (34 s for a hostile one), and the list should not wait for it."""
    from uawriter.packs.recovery import recover_interrupted

    recover_interrupted(paths.user_packs)
    # taken before the packs are read: a pack changed while it is read has a state that no
    # longer matches, and is read again before its letters go out (never the other way)
    before = {
        name: pack_state(paths.user_packs / name)
        for name in pack_folder_names(PackSource(paths.user_packs))
    }
    letters = _LetterChecks(paths)
    waiting: list[Pack] = []

    def recalled(pack: Pack) -> list[Problem]:
        found = letters.recall(pack)
        if found is None:  # to be checked once the others are shown
            waiting.append(pack)
        return found or []

    result = load_packs(pack_sources(paths), checks=[recalled])
    if waiting:
        if early is not None:
            early(_checked_so_far(result, waiting, letters, before))
        if [pack for pack in waiting if letters.check(pack)]:
            # one failed: read again, as it decides which pack has an id read twice
            result = load_packs(pack_sources(paths), checks=[letters.check])
    letters.save(complete=True)
    result.states = _states(result.packs, before)
    return result


def _checked_so_far(
    result: LoadResult, waiting: list[Pack], letters: _LetterChecks, before: dict[str, str]
) -> LoadResult:
    """The packs of ``result`` whose letters were checked at an earlier start, for the
    list while the ``waiting`` ones are checked. A pack whose id a waiting one took (a copy
    of the season's pack put beside it) is its own until that check ends: it was listed
    as broken, "already used by" a pack the list did not show, and could not be chosen."""
    later = {id(pack) for pack in waiting}
    shown = [pack for pack in result.packs if id(pack) not in later]
    owners = {pack.id: pack.path for pack in waiting if pack.path is not None}
    broken: list[BrokenPack] = []
    for entry in result.broken:
        owner = owners.get(entry.pack_id)
        if owner is None or entry.problems != (already_used(entry.path, entry.pack_id, owner),):
            broken.append(entry)
            continue
        unchecked: list[Pack] = []

        def recalled(pack: Pack, unchecked: list[Pack] = unchecked) -> list[Problem]:
            found = letters.recall(pack)
            if found is None:
                unchecked.append(pack)
            return found or []

        again = load_pack(entry.path, entry.bundled, [recalled])
        if isinstance(again, Pack) and not unchecked:
            shown.append(again)
            owners.pop(entry.pack_id)  # one pack of an id
        elif isinstance(again, BrokenPack):
            broken.append(again)
    return LoadResult(shown, broken, _states(shown, before))


def _states(packs: list[Pack], before: dict[str, str]) -> dict[str, str]:
    return {
        pack.id: before.get(pack.path.name, "")
        for pack in packs
        if not pack.bundled and pack.path is not None
    }


def pack_state(folder: Path) -> str:
    """What a pack is read from: its folder (one put in its place by ``import --replace``
    or the pack editor is another folder) and each of its files' size and time. "" when
    the folder cannot be read."""
    listed = listing_state(folder)
    files = fingerprint(folder)
    return f"{listed}|{files}" if listed and files else ""


def pack_contents_id(pack: Pack) -> str:
    """What a letter made from ``pack`` depends on (its action, officials, addresses, fax
    numbers and letter templates), as one short text: the same for the same pack read
    again, whatever else lies in its folder (a .DS_Store, a file's time touched); another
    when any of it changed."""
    kept = dataclasses.replace(pack, path=None, notes=())
    return hashlib.sha256(repr(kept).encode("utf-8")).hexdigest()[:32]


def pack_replaced(pack: Pack, catalog: LoadResult) -> bool:
    """Whether the folder ``pack`` was read from (as listed in ``catalog``) has changed
    since: replaced by another revision, edited or removed (a file added beside its own,
    such as the .DS_Store a Mac leaves, or a time touched, is not a change; ``catalog``
    then takes the folder's new state). A window open for the evening
    reads its packs once; a pack installed beside it from the command line must not leave
    it sending letters to the old revision's officials and fax numbers. The packs that
    come with the app change only with the app."""
    if pack.bundled or pack.path is None:
        return False
    state = pack_state(pack.path)
    if state == catalog.states.get(pack.id, ""):
        return False
    if state:  # its folder changed: only what the letters depend on counts
        again = load_pack(pack.path)
        if isinstance(again, Pack) and pack_contents_id(again) == pack_contents_id(pack):
            # a .DS_Store or desktop.ini put there, a file's time touched: the same pack,
            # not read again at the next letter
            catalog.states[pack.id] = state
            return False
    return True


def list_packs(paths: AppPaths) -> list[PackRow]:
    """Every pack as ``uawriter packs`` lists it, in the order they are read; a broken pack
    has its problems. From the index of the last listing for every pack whose files have
    not changed since (``storage/pack_index.py``); the others are read and checked."""
    letters = _LetterChecks(paths)
    listed = [row for _folder, _bundled, row in _indexed(paths, letters)]
    letters.save(complete=False)
    return listed


def installed_pack(paths: AppPaths, pack_id: str) -> Pack | BrokenPack | None:
    """The pack ``pack_id`` read in full, the others only from the index: an export with a
    season of packs installed reads one pack, not hundreds. None when no pack has that id;
    a :class:`BrokenPack` when the one that has it cannot be used (broken, or the id is
    already used by a pack read before it, as :func:`load_catalog` decides)."""
    letters = _LetterChecks(paths)  # one read and one save of the checks for both steps
    # a pack whose pack.toml cannot be read has no id: it answers to its folder's name
    rows = [
        (where, bundled, row)
        for where, bundled, row in _indexed(paths, letters)
        if (row.id == pack_id if row.id else os.path.basename(where) == pack_id)
    ]
    if not rows:
        letters.save(complete=False)
        return None
    # the first usable pack of that id; if none is usable, the first broken one, read
    # again for its problems as Problems
    where, bundled, _row = next((e for e in rows if not e[2].problems), rows[0])
    loaded = load_pack(Path(where), bundled, [letters.check])
    letters.save(complete=False)
    if isinstance(loaded, Pack) and loaded.id != pack_id:  # changed since it was listed
        return None
    return loaded


def _indexed(paths: AppPaths, letters: _LetterChecks) -> list[tuple[str, bool, PackRow]]:
    """Every pack folder (as a path string: a season of packs is listed without making a
    thousand Path objects) with whether it is bundled and its row, from the index where
    its state is unchanged."""
    from uawriter.packs.recovery import recover_interrupted

    recover_interrupted(paths.user_packs)
    index = PackIndex(paths.pack_index_file)
    known = index.load()
    rows: dict[str, PackRow] = {}
    owners: dict[str, str] = {}
    listed: list[tuple[str, bool, PackRow]] = []
    for source in pack_sources(paths):
        base = os.fspath(source.folder.absolute())
        for name in pack_folder_names(source):
            where = os.path.join(base, name)
            key = folder_key(where)
            state = listing_state(where)
            row = known.get(key)
            if row is not None and row.problems and state:
                # a broken pack: every file's state, so a letter put right in place (nano,
                # Notepad) is read again; the few broken packs cost a scandir each
                state = f"{state}|{fingerprint(Path(where))}"
            if row is None or not state or row.state != state:
                loaded = load_pack(Path(where), source.bundled, [letters.check])
                state = state.partition("|")[0]
                if isinstance(loaded, BrokenPack) and state:
                    state = f"{state}|{fingerprint(Path(where))}"
                row = _row_of(key, state, loaded)
            rows[key] = row
            if not row.problems and row.id in owners:
                problem = already_used(Path(where), row.id, Path(owners[row.id]))
                row = row._replace(problems=(str(problem),))
            elif not row.problems:
                owners[row.id] = where
            listed.append((where, source.bundled, row))
    if rows != known:
        with contextlib.suppress(OSError):  # only an index: the next listing reads again
            index.save(rows)
    return listed


def _row_of(folder: str, state: str, loaded: Pack | BrokenPack) -> PackRow:
    if isinstance(loaded, BrokenPack):
        problems = tuple(scrubbed(str(p)) for p in loaded.problems) or ("cannot be read",)
        return PackRow(folder, state, loaded.pack_id or "", title=loaded.title, problems=problems)
    action = loaded.action
    return PackRow(
        folder,
        state,
        loaded.id,
        action.ua_number,
        action.update,
        action.title.get(loaded.source_language),
        action.deadline.isoformat() if action.deadline else "",
    )


def check_pack_folder(folder: Path) -> Pack | BrokenPack:
    """Everything ``uawriter validate`` checks: the manifest, the letters, the templates;
    and, as notes, the names and addresses no bundled font can print."""
    loaded = load_pack(folder, checks=[check_pack_templates])
    if isinstance(loaded, Pack):
        notes = unprintable_notes(loaded)
        if notes:
            loaded = dataclasses.replace(loaded, notes=(*loaded.notes, *notes))
    return loaded


def unprintable_notes(pack: Pack) -> list[Problem]:
    """The fields of ``pack`` with characters no bundled font has (Devanagari, Thai,
    Hangul…), each as a note naming the field and the characters: they are left blank on
    paper, and validate said OK while the fax cover sheet showed no name."""
    from uawriter.rendering.fonts import missing_characters

    manifest = f"{pack.path.name}/pack.toml" if pack.path is not None else "pack.toml"
    fields: list[tuple[str, str]] = [
        (f"action.title.{lang}", text) for lang, text in pack.action.title.texts.items()
    ]
    for i, addressee in enumerate(pack.addressees):
        where = f"addressees[{i}]"
        fields += [
            (f"{where}.name", addressee.name),
            (f"{where}.title", addressee.title),
            (f"{where}.organisation", addressee.organisation),
            *((f"{where}.address[{j}]", line) for j, line in enumerate(addressee.address)),
            *(
                (f"{where}.salutation.{lang}", text)
                for lang, text in addressee.salutation.texts.items()
            ),
        ]
    notes: list[Problem] = []
    for field, text in fields:
        missing = missing_characters(text)
        if missing:
            shown = " ".join(f"{char} (U+{ord(char):04X})" for char in missing[:8])
            more = " …" if len(missing) > 8 else ""
            notes.append(
                Problem(
                    manifest,
                    field,
                    f"no font UA Writer has can print {shown}{more}: these characters come "
                    "out blank or as boxes on paper; write the name also in Latin letters",
                )
            )
    return notes


def import_pack_file(paths: AppPaths, source: Path, replace: bool = False) -> ImportResult:
    """Install a ``.uapack`` file or a pack folder among the user packs, checked as
    ``uawriter validate`` checks (``packs/archive.py``: nothing is written unless installed)."""
    from uawriter.packs.archive import import_pack

    return import_pack(
        source,
        paths.user_packs,
        installed=load_catalog(paths),
        replace=replace,
        check=check_pack_folder,
    )


def export_pack_file(pack: Pack, target: Path, overwrite: bool = False) -> Path:
    """Write ``pack`` as a ``.uapack`` file (a folder as ``target`` gets ``<id>.uapack``).
    Raises ``packs.archive.PackArchiveError`` and ``OSError``."""
    if pack.path is None:
        raise ValueError(f"pack {pack.id} has no folder to export")
    from uawriter.packs.archive import export_pack

    return export_pack(pack.path, target, overwrite)


_URGENCY = {
    DeadlineStatus.CLOSING_SOON: 0,
    DeadlineStatus.OPEN: 1,
    DeadlineStatus.PASSED: 2,
    DeadlineStatus.NONE: 3,
}


def urgency_key(pack: Pack, today: dt.date) -> tuple[int, int, str]:
    """Closing soon first, then open (nearest deadline first), then passed (latest first),
    then packs without a deadline, such as training packs; ties by id."""
    action = pack.action
    status = action.deadline_status(today)
    days = (action.deadline - today).days if action.deadline else 0
    return _URGENCY[status], -days if status is DeadlineStatus.PASSED else days, pack.id


def sort_for_display(packs: Iterable[Pack], today: dt.date) -> list[Pack]:
    """The packs in the order the pack list shows them: by urgency (:func:`urgency_key`),
    except that the updates of one Urgent Action (the same ``ua_number``) stay together,
    the newest update first, where the newest update's urgency puts them. So an older
    update whose deadline is nearer never comes before the update that supersedes it."""
    groups: dict[str, list[Pack]] = {}
    for pack in packs:
        groups.setdefault(pack.action.ua_number.strip().casefold(), []).append(pack)
    for group in groups.values():
        group.sort(key=lambda p: (-p.action.update, -p.revision, urgency_key(p, today)))
    ordered = sorted(groups.values(), key=lambda group: urgency_key(group[0], today))
    return [pack for group in ordered for pack in group]


def regarding_line(pack: Pack, lang: str) -> str:
    """ "UA 129/10 (update 3): Ethnic Uzbeks at risk of torture if returned"."""
    action = pack.action
    reference = f"UA {action.ua_number}"
    if action.update:
        reference += f" ({labels_for(lang)['update'].format(update=action.update)})"
    return f"{reference}: {action.title.get(lang)}"


@dataclass(frozen=True)
class Letter:
    """A letter to one addressee: its text (composed or as the volunteer edited it)."""

    pack: Pack
    addressee: Addressee
    lang: str
    text: str
    as_fax: bool

    def __post_init__(self) -> None:
        # whatever the text came from (typed, pasted from a web page, a draft or stack file
        # from disk), no override reaches the PDF or the e-mail: "collected <U+202E>0001"
        # read "collected 1000" in the mail program (probe 40)
        clean = without_direction_overrides(without_controls(self.text))
        if clean != self.text:
            object.__setattr__(self, "text", clean)

    @property
    def can_fax(self) -> bool:
        return bool(self.addressee.fax)


def compose(
    pack: Pack,
    addressee: Addressee | str,
    lang: str,
    sender: Sender,
    date: dt.date,
    points: Sequence[str] | None = None,
) -> str:
    """The letter's text; ``addressee`` is one of the pack's (or its id) or from elsewhere."""
    if isinstance(addressee, str):
        addressee = pack.addressee(addressee)
    return compose_letter(LetterRequest(pack, addressee, lang, sender, date, points))


def outgoing(letter: Letter, sender: Sender, date: dt.date) -> OutgoingLetter:
    """The letter laid out for sending: with a fax cover sheet when it goes by fax and the
    addressee has a fax number, else as a postal letter."""
    cover = None
    if letter.as_fax and letter.can_fax:
        signer = letter.pack.signer(sender)  # with initials if the volunteer or pack asks
        cover = CoverSheet(
            to=letter.addressee.display_name,
            fax=letter.addressee.fax,
            sender_name=signer.name,
            sender_contact=signer.contact_lines,
            date_text=format_letter_date(date, letter.lang),
            regarding=regarding_line(letter.pack, letter.lang),
        )
    return OutgoingLetter(letter.lang, letter.addressee.display_name, letter.text, cover)


def unprintable_characters(letters: Sequence[Letter]) -> list[str]:
    """Characters of the letters that no bundled font can draw: they would print as boxes."""
    from uawriter.rendering.fonts import missing_characters

    return missing_characters("".join(letter.text for letter in letters))


def render_letters(
    letters: Sequence[Letter],
    sender: Sender,
    date: dt.date,
    paper: Paper = Paper.A4,
    invariant: bool = False,
    pages_out: list[int] | None = None,
) -> bytes:
    """The letters as one PDF. ``pages_out``, if given, receives each letter's page count
    (its cover sheet included), in order."""
    if not letters:
        raise ValueError("no letters to render")
    from uawriter.rendering.pdf import render_pdf  # reportlab: loaded when first needed

    pack = letters[0].pack
    return render_pdf(
        [outgoing(letter, sender, date) for letter in letters],
        paper,
        title=regarding_line(pack, letters[0].lang),
        author=signer_for(sender, [letter.pack for letter in letters]).name,
        invariant=invariant,
        pages_out=pages_out,
    )


def call_script_for(pack: Pack, addressee: Addressee, lang: str, sender: Sender) -> CallScript:
    """What to say when calling ``addressee`` about ``pack``'s case, in ``lang``."""
    from uawriter.channels.spoken import call_script

    points = [point.text.get(lang) for point in pack.talking_points]
    caller = pack.signer(sender).name
    who = addressee.display_name or addressee.organisation
    return call_script(lang, who, pack.action.title.get(lang), points, caller)


def social_post_for(pack: Pack, addressees: Sequence[Addressee], lang: str) -> str:
    """A short post in ``lang`` naming the ``addressees``' handles (those with "@")."""
    from uawriter.channels.spoken import social_post

    handles = [h for a in addressees for _platform, h in a.social if h.strip().startswith("@")]
    points = [point.text.get(lang) for point in pack.talking_points]
    return social_post(pack.action.title.get(lang), points, handles)


#: Envelope sizes and label sheets, as the command line and the window name them.
ENVELOPE_CHOICES = ("dl", "c5", "us10")
LABEL_CHOICES = ("l7160", "5160")


def postal_addresses(addressees: Sequence[Addressee], from_country: str) -> list[EnvelopeAddress]:
    """Each addressee's address laid out as their country's post reads it, with the
    country last when the letter goes abroad from ``from_country`` (ISO code)."""
    from uawriter.channels.postal import envelope_address

    return [envelope_address(addressee, from_country) for addressee in addressees]


def envelopes_pdf(
    addressees: Sequence[Addressee],
    size: str,
    sender: Sender,
    from_country: str = "",
    cut: list[Addressee] | None = None,
) -> bytes:
    """One envelope per addressee (``size`` one of :data:`ENVELOPE_CHOICES`), with the
    sender's return address; raises ValueError for an unknown size or no addressee. Those
    whose address had to be cut to fit are added to ``cut`` (to tell the volunteer)."""
    from uawriter.rendering.envelopes import render_envelopes  # reportlab: when needed

    indexes: list[int] = []
    addresses = postal_addresses(addressees, from_country)
    pdf = render_envelopes(addresses, size, _return_address(sender), indexes)
    if cut is not None:
        cut += [addressees[i] for i in indexes]
    return pdf


def labels_pdf(
    addressees: Sequence[Addressee],
    sheet: str,
    sender: Sender,
    from_country: str = "",
    cut: list[Addressee] | None = None,
) -> bytes:
    """Address labels (``sheet`` one of :data:`LABEL_CHOICES`), a small return address on
    each when the sender gave one and the address leaves room for it. Those whose address
    had to be cut to fit are added to ``cut``."""
    from uawriter.rendering.envelopes import render_labels

    indexes: list[int] = []
    addresses = postal_addresses(addressees, from_country)
    pdf = render_labels(addresses, sheet, _return_address(sender), indexes)
    if cut is not None:
        cut += [addressees[i] for i in indexes]
    return pdf


def _return_address(sender: Sender) -> list[str]:
    """The sender as an envelope shows them: name and address (initials and town when the
    letter is signed so), no e-mail or phone."""
    shown = sender.on_paper()
    return [line for line in (shown.name, *shown.address) if line]

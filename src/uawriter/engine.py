"""What the command line and the windows ask of the engine, in one place.

It ties packs, letters and rendering together and holds no state of its own: the GUI and
the CLI build what they need from these functions and pass it around.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from uawriter.atomic import remove_stale_temporaries, write_file, write_new_file
from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Addressee, DeadlineStatus, Pack, Problem, Sender, signer_for
from uawriter.letters import LetterRequest, check_pack_templates, compose_letter
from uawriter.letters.compose import format_letter_date
from uawriter.packs import LoadResult, PackSource, load_pack, load_packs
from uawriter.packs.loader import BrokenPack, already_used, pack_folder_names
from uawriter.paths import AppPaths

if TYPE_CHECKING:
    from uawriter.channels.email import EmailDraft
    from uawriter.channels.postal import EnvelopeAddress
    from uawriter.channels.spoken import CallScript
    from uawriter.packs.archive import ImportResult
from uawriter.rendering import CoverSheet, OutgoingLetter, Paper
from uawriter.rendering.labels import labels_for
from uawriter.storage.checked_packs import CheckedPacks, fingerprint, folder_key, scrubbed
from uawriter.storage.pack_index import PackIndex, PackRow, listing_state
from uawriter.storage.tally import Channel, EventInfo, LetterRecord, TallyBook, new_id, now_text


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
        self.known = self.store.load()
        self.passed: dict[str, str] = {}

    def check(self, pack: Pack) -> list[Problem]:
        if pack.bundled or pack.path is None:
            return []
        key = folder_key(pack.path)
        state = fingerprint(pack.path)
        if state and self.known.get(key) == state:
            self.passed[key] = state
            return []
        problems = check_pack_templates(pack)
        if not problems and state:
            self.passed[key] = state
        return problems

    def save(self, complete: bool) -> None:
        """Keep what passed (with ``complete``, forget packs not seen: they are gone)."""
        passed = self.passed if complete else {**self.known, **self.passed}
        if passed != self.known:
            with contextlib.suppress(OSError):  # only a cache: the next start checks again
                self.store.save(passed)


def load_catalog(paths: AppPaths) -> LoadResult:
    """Every pack, bundled and the user's; first whatever a killed import or save left
    half done is put right (``packs/recovery.py``)."""
    from uawriter.packs.recovery import recover_interrupted

    recover_interrupted(paths.user_packs)
    letters = _LetterChecks(paths)
    result = load_packs(pack_sources(paths), checks=[letters.check])
    letters.save(complete=True)
    return result


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
    rows = [entry for entry in _indexed(paths, letters) if entry[2].id == pack_id]
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
            key = os.fsencode(where).decode("utf-8", "backslashreplace")  # = folder_key
            state = listing_state(where)
            row = known.get(key)
            if row is None or not state or row.state != state:
                loaded = load_pack(Path(where), source.bundled, [letters.check])
                row = _row_of(key, state, loaded)
            rows[key] = row
            if not row.problems and row.id in owners:
                problem = already_used(Path(where), row.id, Path(owners[row.id]))
                row = replace(row, problems=(str(problem),))
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
    """Everything ``uawriter validate`` checks: the manifest, the letters, the templates."""
    return load_pack(folder, checks=[check_pack_templates])


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


def export_pack_file(pack: Pack, target: Path) -> Path:
    """Write ``pack`` as a ``.uapack`` file (a folder as ``target`` gets ``<id>.uapack``).
    Raises ``packs.archive.PackArchiveError`` and ``OSError``."""
    if pack.path is None:
        raise ValueError(f"pack {pack.id} has no folder to export")
    from uawriter.packs.archive import export_pack

    return export_pack(pack.path, target)


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


def channel_of(letter: Letter) -> Channel:
    """How an exported letter goes out: by fax when it has a cover sheet, else by post."""
    return Channel.FAX if letter.as_fax and letter.can_fax else Channel.POST


def letter_record(
    letter: Letter,
    channel: Channel,
    pages: int,
    event: EventInfo | None,
    now: dt.datetime | None = None,
    *,
    file: Path | None = None,
    first_page: int = 0,
) -> LetterRecord:
    """The tally's record of one letter sent (written to ``file`` from its page
    ``first_page`` on, if it was exported). It names no volunteer."""
    return LetterRecord(
        id=new_id(),
        time=now_text(now),
        event_id=event.id if event else "",
        event=event.name if event else "",
        ua=letter.pack.action.ua_number,
        update=letter.pack.action.update,
        pack_id=letter.pack.id,
        addressee_id=letter.addressee.id,
        addressee=letter.addressee.display_name,
        channel=channel,
        language=letter.lang,
        pages=pages,
        file=str(file.absolute()) if file is not None else "",
        first_page=first_page,
    )


def envelope_table_order(records: Iterable[LetterRecord]) -> list[LetterRecord]:
    """The exported letters among ``records`` in the order the envelope table wants them:
    by addressee, then by action, then by time, so every letter for one official lies
    together. Printed letters are already on paper and are left out."""
    exported = [r for r in records if r.file and r.channel is not Channel.PRINT]
    return sorted(
        exported,
        key=lambda r: (r.addressee.casefold(), r.addressee_id, r.ua, r.update, r.time, r.id),
    )


# control characters (C0 and C1), line and paragraph separators, bidi controls, and what
# Windows or a path would read as syntax
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069/\\:*?"<>|]+')


#: File names are kept well under the 255 bytes most file systems allow.
MAX_NAME_BYTES = 180


def _bounded(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` bytes of UTF-8, never inside a character."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")


def file_name_for(
    letter: Letter, number: int, prefix: str = "", kind: str = "", suffix: str = ".pdf"
) -> str:
    """ "UA 129-10 - 01 President of Kazakhstan, Nursultan Nazarbaev - kk fax.pdf";
    with ``prefix`` "V03 " (a volunteer's number at an event) "V03 UA 129-10 - …".
    ``kind`` and ``suffix`` name other channels' files ("email", ".eml")."""
    kind = kind or ("fax" if letter.as_fax and letter.can_fax else "post")
    tag = _UNSAFE.sub("-", prefix).strip(" .-")
    tag = _bounded(tag, 24) + " " if tag else ""
    ua = _bounded(_UNSAFE.sub("-", letter.pack.action.ua_number), 40)
    start = f"{tag}UA {ua} - {number:02d} "
    end = f" - {letter.lang} {kind}{suffix}"
    room = MAX_NAME_BYTES - len((start + end).encode("utf-8"))
    who = _bounded(_UNSAFE.sub("-", letter.addressee.display_name).strip(" .-"), room)
    return f"{start}{who.strip(' .-')}{end}"


def export_separately(
    letters: Sequence[Letter],
    folder: Path,
    sender: Sender,
    date: dt.date,
    paper: Paper = Paper.A4,
    invariant: bool = False,
    *,
    name_prefix: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    tally: TallyBook | None = None,
    event: EventInfo | None = None,
    as_tiff: bool = False,
) -> list[Path]:
    """One PDF per letter in ``folder``, each written atomically under a name no other file
    has: an existing file is never replaced ("… (2).pdf" is written instead). With
    ``as_tiff``, one TIFF Class F file per fax instead (``.tif``: what fax-modem software
    such as HylaFAX's sendfax or efax sends as it is); letters without a fax are left out.

    ``progress(done, total)`` is called after each letter; ``cancelled()`` is asked before
    each one. With a ``tally``, each letter is counted as soon as its file is on disk, so a
    crash in the middle counts exactly what was written. Raises OSError (what was written
    before stays, and is counted); a tally that cannot be written raises
    :class:`TallyNotWritten` after all the letters are written.
    """
    _make_folder(folder)
    remove_stale_temporaries(folder)  # what an export killed here earlier left
    written: list[Path] = []
    tally_error: OSError | None = None
    for number, letter in enumerate(letters, start=1):
        if cancelled is not None and cancelled():
            break
        if as_tiff and not letter.can_fax:
            continue
        pages: list[int] = []
        data = render_letters([letter], sender, date, paper, invariant, pages_out=pages)
        name = file_name_for(letter, number, name_prefix)
        if as_tiff:
            from uawriter.rendering.fax_tiff import fax_tiff  # pdfium and Pillow: when needed

            data = fax_tiff(data)
            name = file_name_for(letter, number, name_prefix, kind="fax", suffix=".tif")
        path = write_new_file(folder / name, data)
        written.append(path)
        if tally is not None and tally_error is None:
            try:
                record = letter_record(letter, channel_of(letter), sum(pages), event, file=path)
                tally.record([record])
            except OSError as exc:
                tally_error = exc
        if progress is not None:
            progress(number, len(letters))
    if tally_error is not None:
        raise TallyNotWritten(written, tally_error)
    return written


def export_combined(
    letters: Sequence[Letter],
    path: Path,
    sender: Sender,
    date: dt.date,
    paper: Paper = Paper.A4,
    invariant: bool = False,
    *,
    overwrite: bool = False,
    tally: TallyBook | None = None,
    event: EventInfo | None = None,
) -> Path:
    """All the letters in one PDF at ``path``. An existing file is replaced only with
    ``overwrite`` (after the volunteer said yes); otherwise FileExistsError names it."""
    pages: list[int] = []
    pdf = render_letters(letters, sender, date, paper, invariant, pages_out=pages)
    write_document(path, pdf, overwrite)  # never over a folder, a device or a pipe
    if tally is not None:
        starts = [sum(pages[:index]) for index in range(len(pages))]
        records = [
            letter_record(letter, channel_of(letter), count, event, file=path, first_page=start)
            for letter, count, start in zip(letters, pages, starts, strict=False)
        ]
        try:
            tally.record(records)
        except OSError as exc:
            raise TallyNotWritten([path], exc) from exc
    return path


def email_draft(letter: Letter, sender: Sender, cc: Sequence[str] = ()) -> EmailDraft:
    """The letter as an e-mail to every address its addressee has (``cc``: the embassy),
    with the action's title in the letter's language as the subject."""
    from uawriter.channels.email import EmailDraft, letter_body  # the email package: when needed

    signer = letter.pack.signer(sender)
    addressee = letter.addressee
    return EmailDraft(
        to=addressee.emails,
        subject=letter.pack.action.title.get(letter.lang),
        body=letter_body(letter.text, addressee.salutation.get(letter.lang), signer.contact_lines),
        sender_name=signer.name,
        sender_email=signer.email,
        cc=tuple(address for address in cc if address not in addressee.emails),
        to_name=addressee.name or addressee.title,
    )


def export_emails(
    letters: Sequence[Letter],
    folder: Path,
    sender: Sender,
    when: dt.datetime,
    *,
    cc: Sequence[str] = (),
    name_prefix: str = "",
    tally: TallyBook | None = None,
    event: EventInfo | None = None,
) -> list[Path]:
    """One ``.eml`` draft per letter whose addressee has an e-mail address, in ``folder``
    (the outbox), each under a name no other file has, each counted as an e-mail as soon as
    it is written. Letters to addressees without an address are left out (the caller says
    so: :func:`without_email`)."""
    _make_folder(folder)
    remove_stale_temporaries(folder)
    written: list[Path] = []
    tally_error: OSError | None = None
    for number, letter in enumerate(letters, start=1):
        if not letter.addressee.emails:
            continue
        from uawriter.channels.email import eml_bytes

        data = eml_bytes(email_draft(letter, sender, cc), when)
        name = file_name_for(letter, number, name_prefix, kind="email", suffix=".eml")
        path = write_new_file(folder / name, data)
        written.append(path)
        if tally is not None and tally_error is None:
            try:
                tally.record([letter_record(letter, Channel.EMAIL, 0, event, file=path)])
            except OSError as exc:
                tally_error = exc
    if tally_error is not None:
        raise TallyNotWritten(written, tally_error)
    return written


def without_email(letters: Sequence[Letter]) -> list[Letter]:
    """The letters whose addressee has no e-mail address: they go by fax or post."""
    return [letter for letter in letters if not letter.addressee.emails]


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
    addressees: Sequence[Addressee], size: str, sender: Sender, from_country: str = ""
) -> bytes:
    """One envelope per addressee (``size`` one of :data:`ENVELOPE_CHOICES`), with the
    sender's return address; raises ValueError for an unknown size or no addressee."""
    from uawriter.rendering.envelopes import render_envelopes  # reportlab: when needed

    return render_envelopes(
        postal_addresses(addressees, from_country), size, _return_address(sender)
    )


def labels_pdf(
    addressees: Sequence[Addressee], sheet: str, sender: Sender, from_country: str = ""
) -> bytes:
    """Address labels (``sheet`` one of :data:`LABEL_CHOICES`), a small return address on
    each when the sender gave one."""
    from uawriter.rendering.envelopes import render_labels

    return render_labels(postal_addresses(addressees, from_country), sheet, _return_address(sender))


def _return_address(sender: Sender) -> list[str]:
    """The sender as an envelope shows them: name and address (initials and town when the
    letter is signed so), no e-mail or phone."""
    shown = sender.on_paper()
    return [line for line in (shown.name, *shown.address) if line]


def write_document(path: Path, data: bytes, overwrite: bool = False) -> Path:
    """``data`` written to ``path`` atomically; an existing file is replaced only with
    ``overwrite``, else FileExistsError names it."""
    _make_folder(path.parent)
    return write_file(path, data, overwrite)


class TallyNotWritten(OSError):
    """The letters were written, but the tally could not count them."""

    def __init__(self, written: list[Path], error: OSError) -> None:
        super().__init__(error.errno, error.strerror or str(error), error.filename)
        self.written = written
        self.error = error


def _make_folder(folder: Path) -> None:
    """Create ``folder``; a file standing where a folder should be is named as the problem."""
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            raise NotADirectoryError(20, "is a file, not a folder", str(part))
    folder.mkdir(parents=True, exist_ok=True)

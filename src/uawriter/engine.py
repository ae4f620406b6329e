"""What the command line and the windows ask of the engine, in one place.

It ties packs, letters and rendering together and holds no state of its own: the GUI and
the CLI build what they need from these functions and pass it around.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from uawriter.atomic import write_bytes_atomic
from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Addressee, DeadlineStatus, Pack, Sender, signer_for
from uawriter.letters import LetterRequest, check_pack_templates, compose_letter
from uawriter.letters.compose import format_letter_date
from uawriter.packs import LoadResult, PackSource, load_pack, load_packs
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths

if TYPE_CHECKING:
    from uawriter.packs.archive import ImportResult
from uawriter.rendering import CoverSheet, OutgoingLetter, Paper
from uawriter.rendering.labels import labels_for


def pack_sources(paths: AppPaths) -> list[PackSource]:
    """Bundled packs first, so a user pack cannot take a bundled pack's id."""
    return [PackSource(bundled_packs_folder(), bundled=True), PackSource(paths.user_packs)]


def load_catalog(paths: AppPaths) -> LoadResult:
    return load_packs(pack_sources(paths), checks=[check_pack_templates])


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
) -> bytes:
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
    )


_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def file_name_for(letter: Letter, number: int) -> str:
    """ "UA 129-10 - 01 President of Kazakhstan, Nursultan Nazarbaev - kk fax.pdf"."""
    kind = "fax" if letter.as_fax and letter.can_fax else "post"
    who = _UNSAFE.sub("-", letter.addressee.display_name).strip(" .-")[:80]
    ua = _UNSAFE.sub("-", letter.pack.action.ua_number)
    return f"UA {ua} - {number:02d} {who} - {letter.lang} {kind}.pdf"


def export_separately(
    letters: Sequence[Letter],
    folder: Path,
    sender: Sender,
    date: dt.date,
    paper: Paper = Paper.A4,
    invariant: bool = False,
) -> list[Path]:
    """One PDF per letter in ``folder``; each written atomically. Raises OSError."""
    _make_folder(folder)
    written: list[Path] = []
    for number, letter in enumerate(letters, start=1):
        path = folder / file_name_for(letter, number)
        write_bytes_atomic(path, render_letters([letter], sender, date, paper, invariant))
        written.append(path)
    return written


def export_combined(
    letters: Sequence[Letter],
    path: Path,
    sender: Sender,
    date: dt.date,
    paper: Paper = Paper.A4,
    invariant: bool = False,
) -> Path:
    _make_folder(path.parent)
    write_bytes_atomic(path, render_letters(letters, sender, date, paper, invariant))
    return path


def _make_folder(folder: Path) -> None:
    """Create ``folder``; a file standing where a folder should be is named as the problem."""
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            raise NotADirectoryError(20, "is a file, not a folder", str(part))
    folder.mkdir(parents=True, exist_ok=True)

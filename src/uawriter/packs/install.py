"""Installing a pack that passed every check: moving it into the user packs folder, in
place of the copies of it installed before, and what an import tells its caller.

:mod:`uawriter.packs.archive` checks and unpacks what arrives (a ``.uapack`` or a folder)
into a staging folder; this moves it in, so the packs folder only ever sees a whole pack.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from uawriter.atomic import sync_folder, sync_tree
from uawriter.domain.model import Pack, Problem
from uawriter.packs import limits
from uawriter.packs.loader import LoadResult
from uawriter.packs.recovery import free_folder, manifest_id, packs_changing


class ImportStatus(StrEnum):
    INSTALLED = "installed"
    NEEDS_CONFIRMATION = "needs confirmation"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_pack` did. Nothing was written unless ``status`` is INSTALLED."""

    status: ImportStatus
    #: A sentence for people: what was installed, or why it needs confirmation or was refused.
    message: str
    #: REFUSED: every problem found, each with its file, what is wrong and what to do.
    problems: tuple[Problem, ...] = ()
    #: The id and revision of the pack in the source (once its manifest could be read).
    pack_id: str = ""
    revision: int = 0
    #: INSTALLED: the pack as it now is in the user packs folder, and its folder.
    pack: Pack | None = None
    path: Path | None = None
    #: INSTALLED: the folders of the installed copies it replaced (taken away);
    #: NEEDS_CONFIRMATION: those ``replace=True`` would take away.
    replaced: tuple[Path, ...] = ()
    #: Files of the source that are not part of a pack (autorun.inf, an .exe, a folder
    #: of its own): not installed.
    skipped: tuple[str, ...] = ()

    @property
    def installed(self) -> bool:
        return self.status is ImportStatus.INSTALLED

    @property
    def needs_confirmation(self) -> bool:
        return self.status is ImportStatus.NEEDS_CONFIRMATION

    @property
    def refused(self) -> bool:
        return self.status is ImportStatus.REFUSED


def refused(source: Path, problems: Sequence[Problem], pack_id: str = "") -> ImportResult:
    count = len(problems)
    return ImportResult(
        ImportStatus.REFUSED,
        f"{source.name} was not installed: {count} problem{'s' if count != 1 else ''}",
        tuple(problems),
        pack_id,
    )


def install_checked(
    source: Path,
    pack: Pack,
    staging: Path,
    user_packs: Path,
    installed: LoadResult,
    replace: bool,
) -> ImportResult:
    """Install ``pack``, checked and unpacked in ``staging`` (its folder there), from
    ``source``: refused if it has the id of a pack that comes with the app or if a copy
    outside the user packs folder has its id; a question if a copy is installed and not
    ``replace``; else the old copies are moved aside into ``staging``, the pack is moved
    in, and the old copies go with ``staging`` (a kill in between: see
    :mod:`uawriter.packs.recovery`). Raises OSError, the old copies put back."""
    assert pack.path is not None
    staged = pack.path
    bundled = [p.path for p in installed.packs if p.id == pack.id and p.bundled] + [
        b.path for b in installed.broken if b.pack_id == pack.id and b.bundled
    ]
    if bundled:
        problem = Problem(
            f"{staged.name}/{limits.MANIFEST_NAME}",
            "id",
            f"{pack.id!r} is the id of a pack that comes with UA Writer, which cannot be "
            f'replaced; make a copy with a new id (such as id = "{pack.id}-local") and '
            "import that",
        )
        return refused(source, [problem], pack.id)

    same_loaded = [p for p in installed.packs if p.id == pack.id and p.path is not None]
    same_broken = [b for b in installed.broken if b.pack_id == pack.id]
    olds = tuple(p.path for p in same_loaded if p.path is not None) + tuple(
        b.path for b in same_broken
    )
    if olds and not replace:
        told = [
            f"pack {pack.id} is already installed as revision {old.revision} (in {old.path}); "
            f"{source.name} holds revision {pack.revision}{_compared(pack, old)}"
            for old in same_loaded
        ] + [
            f"a copy of pack {pack.id} that cannot be used is installed in {b.path}; "
            f"{source.name} holds revision {pack.revision}"
            for b in same_broken
        ]
        return ImportResult(
            ImportStatus.NEEDS_CONFIRMATION,
            "; ".join(told),
            pack_id=pack.id,
            revision=pack.revision,
            replaced=olds,
        )
    outside = [old for old in olds if old.parent.resolve() != user_packs.resolve()]
    if outside:
        problems = [
            Problem(
                str(old),
                "",
                f"holds pack {pack.id} but is not in the user packs folder {user_packs}, so "
                "UA Writer does not replace it; remove it yourself, then import again",
            )
            for old in outside
        ]
        return refused(source, problems, pack.id)

    user_packs.mkdir(parents=True, exist_ok=True)
    sync_tree(staged)  # on disk before an old copy is moved aside: a power cut leaves one
    backups = staging / "old"
    backups.mkdir()
    moved: list[tuple[Path, Path]] = []
    try:
        with packs_changing(user_packs):  # one import or save at a time moves packs
            arrived = user_packs / pack.id
            known = {old.resolve() for old in olds}
            if arrived.resolve() not in known and manifest_id(arrived) == pack.id:
                # another import installed this pack while this one was being checked
                if not replace:
                    return ImportResult(
                        ImportStatus.NEEDS_CONFIRMATION,
                        f"pack {pack.id} was installed in {arrived} by another import while "
                        f"this one was checked; {source.name} holds revision {pack.revision}",
                        pack_id=pack.id,
                        revision=pack.revision,
                        replaced=(arrived,),
                    )
                olds += (arrived,)
            for number, old in enumerate(olds):
                backup = backups / str(number)
                os.rename(old, backup)
                moved.append((old, backup))
            destination = free_folder(user_packs, pack.id)
            os.rename(staged, destination)
            sync_folder(user_packs)
    except TimeoutError as exc:
        return refused(source, [Problem(str(user_packs), "", str(exc))], pack.id)
    except OSError:
        for old, backup in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(backup, old)
        raise
    files = {
        lang: destination.name + display.removeprefix(staged.name)
        for lang, display in pack.template_files.items()
    }
    final = dataclasses.replace(pack, path=destination, template_files=MappingProxyType(files))
    message = f"installed pack {pack.id} (revision {pack.revision}) in {destination}"
    if olds:
        message += f", replacing the copy in {', '.join(str(old) for old in olds)}"
    return ImportResult(
        ImportStatus.INSTALLED,
        message,
        pack_id=pack.id,
        revision=pack.revision,
        pack=final,
        path=destination,
        replaced=olds,
    )


def _compared(new: Pack, old: Pack) -> str:
    if new.revision > old.revision:
        return ", a newer one"
    if new.revision < old.revision:
        return ", an older one"
    if _contents(new) != _contents(old):
        # corrected in the pack editor and shared, the revision left as it was: "the same
        # one", and the laptop answered No kept faxing the old number (probe 94c)
        return (
            " too, with other contents (its officials, addresses, fax numbers or letters "
            "changed): replace it to use them"
        )
    return ", the same one"


def _contents(pack: Pack) -> Pack:
    """What letters are made from: the pack wherever it was read from."""
    return dataclasses.replace(pack, path=None, notes=(), bundled=False)

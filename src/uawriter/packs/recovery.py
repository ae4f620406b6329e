"""Putting right what a killed import or pack-editor save left half done.

An import moves the installed copy aside, then moves the new one in; the pack editor's save
does the same inside the packs folder. Killed between the two steps, the pack was missing
from the packs folder and its old copy waited in a hidden folder (issue 12, item 10). At the
next start every such folder whose process has ended gives back each copy whose id no
pack folder has, and is then removed: recovery restores, it never deletes a volunteer's work.
Only folders named as this app names them are touched: a hidden folder an organiser made in
the packs folder (a backup, a pack withdrawn from the list) is theirs.

A process marks the folder it works in with a lock on a file inside it (``in_use``); the
system drops the lock when the process ends, however it ends. So the pack comes back at the
very next start, not minutes later. Where there are no such locks (Windows), or a folder has
no lock file, a folder is taken as abandoned once it is a few minutes old.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

from uawriter.atomic import FILE_LOCKS, lock_holder_gone, read_regular_file, take_lock
from uawriter.domain.controls import tidy_field
from uawriter.packs import limits
from uawriter.packs.manifest import id_problem
from uawriter.packs.toml_text import parse_manifest

#: The hidden folder an import stages a pack in, beside the packs folder.
STAGING_PREFIX = ".uawriter-import-"
#: A staging folder this old belongs to an import that was killed (one takes seconds).
_STALE_STAGING_SECONDS = 10 * 60
#: The file in a staging folder that its process keeps locked while it works there.
LOCK_NAME = ".in-use"
#: The end of the hidden folder a new pack folder is written in, beside it
#: (``.<name>.<random>.uawriter-new``: ``draft-pack --out``).
NEW_FOLDER_SUFFIX = ".uawriter-new"
_NEW_FOLDER_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(NEW_FOLDER_SUFFIX))
#: The prefix of the hidden folder the pack editor's save works in, in the packs folder.
SAVING_PREFIX = ".saving-"
#: The random part ``tempfile.mkdtemp`` gives a folder's name: only folders named so are
#: this app's staging folders. A hidden folder an organiser made in the packs folder (a
#: backup ".old-valdoria", a pack withdrawn as ".saving-ua-45") is theirs and is not touched.
_STAGING_NAME = re.compile(
    "(" + re.escape(STAGING_PREFIX) + "|" + re.escape(SAVING_PREFIX) + r")[a-z0-9_]{8}"
)
#: What this app's staging folders hold (an import's, a save's): a folder holding anything
#: else (a pack.toml, letters/) is not one, whatever its name.
_STAGING_CONTENTS = frozenset({LOCK_NAME, "new", "old", "pack", "replaced"})
#: Where a version of 2026-11 put the editor's old copy: ``.old-<id>-<process id>``.
_OLD_COPY_NAME = re.compile(r"\.old-(?P<id>.+)-[0-9]+")


@contextlib.contextmanager
def in_use(folder: Path) -> Iterator[None]:
    """Marks ``folder`` as this process's work for the ``with`` block: recovery leaves it
    alone while the process lives, and restores what it holds as soon as it has ended."""
    if FILE_LOCKS is None:  # pragma: no cover
        yield
        return
    handle = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        take_lock(handle)
        yield
    finally:
        os.close(handle)


def _abandoned(folder: Path, too_old: float) -> bool:
    """Whether the process that worked in ``folder`` has ended."""
    if not folder.is_dir() or folder.is_symlink():
        return False
    gone: bool | None = None
    try:
        gone = lock_holder_gone(folder / LOCK_NAME)
    except FileNotFoundError:
        pass  # made before locks were kept, or killed before it took one: by its age
    except OSError:
        return False
    return folder.stat().st_mtime < too_old if gone is None else gone


#: The file in the user data folder that an import or a pack editor's save holds locked
#: while it moves pack folders.
PACKS_LOCK_NAME = ".packs.lock"
#: How long an import waits for another one to finish moving its pack in.
PACKS_LOCK_WAIT_SECONDS = 60.0


@contextlib.contextmanager
def packs_changing(user_packs: Path, wait: float = PACKS_LOCK_WAIT_SECONDS) -> Iterator[None]:
    """One process at a time moves pack folders in and out of ``user_packs``: two imports
    of one pack at once installed it twice (the twelfth probe). Waits up to ``wait`` seconds
    for another, then raises TimeoutError with what to do."""
    if FILE_LOCKS is None:  # pragma: no cover
        yield
        return
    handle = os.open(
        user_packs.parent / PACKS_LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600
    )
    try:
        deadline = time.monotonic() + wait
        while take_lock(handle, wait=False) is False:  # None: a file system without locks
            if time.monotonic() > deadline:
                raise TimeoutError(
                    "another import or pack save is changing the packs folder; "
                    "try again when it has finished"
                )
            time.sleep(0.05)
        yield
    finally:
        os.close(handle)


def recover_interrupted(user_packs: Path) -> list[Path]:
    """Undo what a killed import left half done (issue 12, item 10): an import moves the
    installed copy aside, then moves the new one in; killed between the two, the pack was
    missing from the packs folder and its old copy waited in a hidden staging folder, which
    the next import deleted a day later with the organiser's edits. Now every staging folder
    whose process has ended before its new copy was in gives back each copy it holds (in the
    folder named after its id, or beside it), and is then removed; once the new copy was in,
    the copies it replaced go with it. Returns the folders restored."""
    too_old = time.time() - _STALE_STAGING_SECONDS

    def stale(path: Path) -> bool:
        return _abandoned(path, too_old)

    def ours(path: Path) -> bool:
        """A folder named and filled as this app's staging folders are."""
        if not _STAGING_NAME.fullmatch(path.name):
            return False
        try:
            return set(os.listdir(path)) <= _STAGING_CONTENTS
        except OSError:
            return False

    installed: set[str] | None = None

    def give_back(backup: Path) -> None:
        """The copy moved aside goes back to the packs folder: as the folder named after
        its id, or beside it under a free name (never deleted with its staging folder)."""
        pack_id = manifest_id(backup) or "recovered-pack"
        target = free_folder(user_packs, pack_id)
        with contextlib.suppress(OSError):
            os.rename(backup, target)
            restored.append(target)

    def give_back_if_missing(backup: Path) -> None:
        """An earlier version's copy, whose new one may have arrived: given back only if
        no folder holds its id (the folder name is not the id when copied in by hand)."""
        nonlocal installed
        pack_id = manifest_id(backup)
        if not pack_id or (user_packs / pack_id).exists():
            return
        if installed is None:  # read only when there is a copy to give back (rare)
            installed = _installed_ids(user_packs)
        if pack_id not in installed:
            give_back(backup)

    restored: list[Path] = []
    with contextlib.suppress(OSError):
        # an import: <data>/.uawriter-import-*/old/<n>, while the new copy waits in new/
        for name in _hidden_names(user_packs.parent):
            staging = user_packs.parent / name
            if name.startswith(STAGING_PREFIX) and ours(staging) and stale(staging):
                # new/ emptied: the new copy is in, and the copies it replaced go with the
                # staging folder; else (killed before it was in) they are given back
                arrived = (staging / "new").is_dir() and not _holds_anything(staging / "new")
                if not arrived:
                    for backup in sorted((staging / "old").glob("*")):
                        give_back(backup)
                shutil.rmtree(staging, ignore_errors=True)
        # one read of the packs folder (a season holds a thousand packs) for both kinds
        hidden = _hidden_names(user_packs)
        # the pack editor's save: <packs>/.saving-*/old (and replaced/, saved under another
        # id), while the saved copy waits in pack/
        # (once it is in, the old copy is the revision it replaced: a pack in a folder not
        # named as its id came back as its old copy, listed in place of the saved one)
        for name in hidden:
            staging = user_packs / name
            if name.startswith(SAVING_PREFIX) and ours(staging) and stale(staging):
                if (staging / "pack").is_dir():  # the saved copy never went in
                    # the copy of its id, and the folder of the id it had before
                    for aside in ("old", "replaced"):
                        if (staging / aside).is_dir():
                            give_back(staging / aside)
                shutil.rmtree(staging, ignore_errors=True)
        # ... and where a version of 2026-11 put its copy: given back if its pack is
        # missing, never removed (an organiser's ".old-valdoria-2" is named alike)
        for name in hidden:
            old = _OLD_COPY_NAME.fullmatch(name)
            backup = user_packs / name
            if old and old["id"] == manifest_id(backup) and stale(backup):
                give_back_if_missing(backup)
    return restored


def remove_staging(staging: Path) -> None:
    """Remove a staging folder whose work is done: its old copies first, so that a kill
    in the middle never leaves them beside a ``new/`` already gone (the next start would
    give back a copy the new one replaced, or part of one). One whose new copy never went
    in while an old one is still aside (putting it back failed) is left for the next start
    to give back."""
    if _holds_anything(staging / "old") and _holds_anything(staging / "new"):
        return
    shutil.rmtree(staging / "old", ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def _holds_anything(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return any(True for _ in entries)
    except OSError:
        return False


def free_folder(user_packs: Path, name: str) -> Path:
    """``user_packs/<name>``, or ``<name>-2``, ``<name>-3``… if a folder (say, a broken pack
    of another id) already has that name."""
    candidate, number = user_packs / name, 1
    while os.path.lexists(candidate):
        number += 1
        candidate = user_packs / f"{name}-{number}"
    return candidate


def _installed_ids(user_packs: Path) -> set[str]:
    """The ids the pack folders in ``user_packs`` give (hidden folders left out)."""
    try:
        with os.scandir(user_packs) as entries:
            folders = [Path(e.path) for e in entries if not e.name.startswith(".") and e.is_dir()]
    except OSError:
        return set()
    return {pack_id for folder in folders if (pack_id := manifest_id(folder))}


def _hidden_names(folder: Path) -> list[str]:
    """The names in ``folder`` that begin with a dot, sorted ([] if it cannot be read)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries if entry.name.startswith("."))
    except OSError:
        return []


def remove_abandoned_new_folders(parent: Path) -> list[Path]:
    """Remove from ``parent`` the hidden folders in which a killed ``draft-pack --out`` was
    writing a new pack folder (its output itself is whole or absent): a folder of this app's
    naming whose process has ended. Returns what was removed."""
    too_old = time.time() - _STALE_STAGING_SECONDS
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for folder in sorted(parent.glob(f".*{NEW_FOLDER_SUFFIX}")):
            if _NEW_FOLDER_NAME.fullmatch(folder.name) and _abandoned(folder, too_old):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    return removed


def manifest_id(folder: Path) -> str:
    """The id a pack folder's manifest gives, if it is a usable folder name; else ""."""
    try:
        raw = read_regular_file(folder / limits.MANIFEST_NAME, limits.MAX_MANIFEST_BYTES)
        data = parse_manifest(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        return ""
    value = data.get("id") if isinstance(data, dict) else None
    if not isinstance(value, str):
        return ""
    value = tidy_field(value)  # as the pack is read: "valdoria-local\n" is valdoria-local
    return "" if id_problem(value) else value

"""A pack as files to edit: the manifest as plain TOML data plus the letter templates.

The pack editor works on this form (so it can hold a pack that does not validate yet) and
checks it by writing it to a temporary folder and loading it exactly as the app will.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import errno
import os
import shutil
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w
import tomlkit

from uawriter.atomic import (
    RefusedFile,
    read_regular_file,
    shortened_name,
    sync_folder,
    sync_tree,
)
from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Pack, Problem
from uawriter.engine import check_pack_folder, pack_state
from uawriter.packs import limits
from uawriter.packs.loader import BrokenPack
from uawriter.packs.manifest import id_problem
from uawriter.packs.recovery import (
    NEW_FOLDER_SUFFIX,
    SAVING_PREFIX,
    in_use,
    manifest_id,
    packs_changing,
    remove_abandoned_new_folders,
)
from uawriter.packs.toml_text import MAX_KEY_DOTS, KeyTooLong, parse_manifest


@dataclass
class PackFiles:
    """``data`` is the manifest as TOML data; ``templates`` maps language -> template text."""

    data: dict[str, Any]
    templates: dict[str, str] = field(default_factory=dict)
    #: The manifest's text as read: its comments are written again on saving.
    manifest_text: str | None = None

    def copy(self) -> PackFiles:
        return PackFiles(copy.deepcopy(self.data), dict(self.templates), self.manifest_text)


_LETTER = """{% if sender.name %}{{ sender.name }}
{% endif %}
{% for line in sender.address %}{{ line }}
{% endfor %}
{% if sender.email %}{{ sender.email }}
{% endif %}

{{ date }}

{% for line in addressee.postal_lines %}{{ line }}
{% endfor %}

{{ addressee.salutation }},

{% for point in talking_points %}{{ point }}

{% endfor %}
Yours sincerely,

{{ sender.name }}
"""


def new_pack(today: dt.date) -> PackFiles:
    """A blank pack with one addressee, one talking point and an English letter to start from."""
    return PackFiles(
        {
            "format_version": limits.FORMAT_VERSION,
            "id": "new-pack",
            "revision": 1,
            "source_language": "en",
            "contacts_checked": today,
            "action": {
                "ua_number": "",
                "update": 0,
                "issued": today,
                "write_in": ["en"],
                "write_in_own_language": True,
                "title": {"en": ""},
                "summary": {"en": ""},
            },
            "talking_points": [{"id": "point-1", "text": {"en": ""}}],
            "addressees": [
                {
                    "id": "addressee-1",
                    "role": "target",
                    "title": "",
                    "name": "",
                    "address": [],
                    "salutation": {"en": ""},
                }
            ],
        },
        {"en": _LETTER},
    )


def read_pack_files(folder: Path) -> PackFiles:
    """Read a pack folder for editing. Raises OSError or ValueError (bad TOML or text).
    Nothing is read through a link, as the loader, validate and import read nothing
    through one: a letter that was a link to a file outside the pack was read as the
    letter, saved into the pack and shared (probe 82b)."""
    try:
        raw = read_regular_file(
            folder / limits.MANIFEST_NAME, limits.MAX_MANIFEST_BYTES, follow_links=False
        )
        text = raw.decode("utf-8")
        data = parse_manifest(text)
    except KeyTooLong as exc:
        raise ValueError(
            f"{folder.name}/{limits.MANIFEST_NAME}: {exc}: a key or table name of more than "
            f"{MAX_KEY_DOTS} parts"
        ) from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{folder.name}/{limits.MANIFEST_NAME}: {exc}") from exc
    templates: dict[str, str] = {}
    letters = folder / limits.LETTERS_DIR
    if letters.is_symlink():
        raise RefusedFile(errno.ELOOP, "a link, not the pack's own folder", str(letters))
    if letters.is_dir():
        for path in sorted(letters.glob(f"*{limits.TEMPLATE_SUFFIX}")):
            raw = read_regular_file(path, limits.MAX_TEMPLATE_BYTES, follow_links=False)
            templates[path.stem] = raw.decode("utf-8")
    return PackFiles(data, templates, text)


def copy_of(files: PackFiles, taken_ids: set[str]) -> PackFiles:
    """A copy to edit under a new id (bundled packs are never changed in place)."""
    result = files.copy()
    base = str(result.data.get("id", "pack"))
    candidate, n = f"{base}-copy", 2
    while candidate in taken_ids:
        candidate, n = f"{base}-copy-{n}", n + 1
    result.data["id"] = candidate
    result.data["revision"] = 1
    return result


#: The longest manifest whose comments are kept on saving: tomlkit edits 43 kB (200
#: addressees) in 0.37 s, the seed's 6 kB in 0.06 s; a manifest of the 1 MiB allowed
#: would take seconds, and is written plain.
MAX_COMMENTED_CHARS = 64 * 1024


def manifest_text(files: PackFiles) -> str:
    """``files.data`` as pack.toml. Where the pack was read from a manifest, that text is
    kept and only what changed is written into it, so its comments stay (the sources of a
    pack's facts, "Everything in it is invented" at the top of a training pack); saving
    wrote them all away. If the result would not read back as exactly the data (a layout
    tomlkit cannot edit), the manifest is written plain, without comments."""
    plain = tomli_w.dumps(files.data)
    if not files.manifest_text or len(files.manifest_text) > MAX_COMMENTED_CHARS:
        return plain
    # any trouble keeping the comments (tomlkit's own errors, a depth it cannot take): the
    # manifest is written plain, as before
    with contextlib.suppress(Exception):
        document = tomlkit.parse(files.manifest_text)
        _update(document, files.data)
        kept = tomlkit.dumps(document)
        if tomllib.loads(kept) == tomllib.loads(plain):
            return kept
    return plain


def _update(table: Any, data: dict[str, Any]) -> None:
    """Make the tomlkit ``table`` hold ``data``, keeping what is unchanged as it is written."""
    for key in [key for key in table if key not in data]:
        del table[key]
    for key, value in data.items():
        old = table.get(key)
        if old is None:
            table[key] = value
        elif isinstance(value, dict) and isinstance(old, dict):
            _update(old, value)
        elif _tables_alike(old, value):  # [[addressees]]: each edited in place
            for each_old, each_new in zip(old, value, strict=True):
                _update(each_old, each_new)
        elif _plain(old) != value:
            table[key] = value


def _tables_alike(old: Any, new: Any) -> bool:
    """Two lists of as many tables each."""
    if not (isinstance(old, list) and isinstance(new, list) and len(old) == len(new)):
        return False
    return all(isinstance(o, dict) and isinstance(n, dict) for o, n in zip(old, new, strict=True))


def _plain(item: Any) -> Any:
    return item.unwrap() if hasattr(item, "unwrap") else item


def _write(folder: Path, files: PackFiles, keep_comments: bool = False) -> None:
    """The pack's files in ``folder``; with ``keep_comments`` (a save, not a check) the
    manifest keeps the comments of the text it was read from."""
    (folder / limits.LETTERS_DIR).mkdir(parents=True, exist_ok=True)
    text = manifest_text(files) if keep_comments else tomli_w.dumps(files.data)
    (folder / limits.MANIFEST_NAME).write_text(text, encoding="utf-8")
    for lang, text in files.templates.items():
        (folder / limits.LETTERS_DIR / f"{lang}{limits.TEMPLATE_SUFFIX}").write_text(
            text, encoding="utf-8"
        )


def refuse_unreadable(files: PackFiles) -> None:
    """Raise ValueError, naming the file and the limit, if a file of the pack is larger than
    a pack's file may be: saved, it could not be read again, not even by the pack editor
    (probe 75a: a letter of 300 KiB saved "with problems" left a pack only a text editor
    could put right)."""
    manifest = len(manifest_text(files).encode("utf-8"))
    if manifest > limits.MAX_MANIFEST_BYTES:
        raise ValueError(
            f"{limits.MANIFEST_NAME} would be {manifest:,} bytes, more than the "
            f"{limits.MAX_MANIFEST_BYTES:,} a pack may have, and could not be opened again; "
            "shorten the action's texts, then save"
        )
    for lang, text in files.templates.items():
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limits.MAX_TEMPLATE_BYTES:
            raise ValueError(
                f"{limits.LETTERS_DIR}/{lang}{limits.TEMPLATE_SUFFIX} would be {size:,} bytes, "
                f"more than the {limits.MAX_TEMPLATE_BYTES:,} a letter may have, and could not "
                "be opened again; shorten the letter, then save"
            )


def write_new_pack_folder(files: PackFiles, folder: Path) -> None:
    """Write the pack as a new folder: completely in a hidden folder beside it, then renamed,
    so ``folder`` is never half written. Raises FileExistsError if ``folder`` exists (nothing
    is replaced), OSError if it cannot be written."""
    if folder.exists() or folder.is_symlink():
        raise FileExistsError(str(folder))
    refuse_unreadable(files)
    parent = folder.parent
    parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned_new_folders(parent)  # what a killed write of a pack here left
    staging = Path(
        tempfile.mkdtemp(
            prefix=f".{shortened_name(folder.name)}.", suffix=NEW_FOLDER_SUFFIX, dir=parent
        )
    )
    try:
        with in_use(staging):  # a cleanup leaves it alone while this process lives
            _write(staging / "pack", files, keep_comments=True)
            sync_tree(staging / "pack")
            if folder.exists() or folder.is_symlink():
                raise FileExistsError(str(folder))
            os.rename(staging / "pack", folder)
            sync_folder(parent)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)


def check_pack_files(files: PackFiles) -> Pack | BrokenPack:
    """Load the files as the app would, from a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="uawriter-check-") as tmp:
        # the folder is named after the id only when the id is one: an id typed as a path
        # ("/home/…/x", "../x") made this check write over that folder's files unsaved
        pack_id = str(files.data.get("id") or "")
        folder = Path(tmp) / (pack_id if pack_id and not id_problem(pack_id) else "pack")
        try:
            _write(folder, files)
        except (TypeError, ValueError, OSError) as exc:
            return BrokenPack(folder, (Problem(limits.MANIFEST_NAME, "", str(exc)),))
        return check_pack_folder(folder)


def _editor_writes(rel: Path) -> bool:
    """Whether the editor writes ``rel`` (a path in a pack folder): the manifest and the
    letters. A letter it no longer holds (a language taken out) is not carried over."""
    parts = rel.parts
    if parts == (limits.MANIFEST_NAME,):
        return True
    return (
        len(parts) == 2
        and parts[0] == limits.LETTERS_DIR
        and parts[1].endswith(limits.TEMPLATE_SUFFIX)
    )


def _carry_over(old: Path, new: Path) -> None:
    """Copy into ``new`` every file of the pack's ``old`` folder the editor does not write:
    the README.md the pack was shared with, the organiser's notes, the Urgent Action's PDF
    kept beside it. Saving used to delete them all. Links are copied as links, and what is
    neither a file, a folder nor a link (a pipe) is left out: reading one would never end."""
    for folder, dirs, names in os.walk(old):
        here = Path(folder)
        rel_folder = here.relative_to(old)
        for name in [*dirs, *names]:
            path, rel = here / name, rel_folder / name
            target = new / rel
            if path.is_symlink():
                if not target.exists() and not target.is_symlink():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.symlink(os.readlink(path), target)
            elif path.is_dir():
                target.mkdir(parents=True, exist_ok=True)
            elif path.is_file() and not _editor_writes(rel):
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)


class PackChangedMeanwhile(Exception):
    """The pack being saved over was changed on disk after the editor read it."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"{folder} was changed since it was opened")
        self.folder = folder


def _refuse_an_id_in_use(pack_id: str, user_packs: Path, old_folder: Path | None) -> None:
    """Raise if another pack has ``pack_id``: one that comes with the app, or one in a
    folder of another name (copied in by hand, or put beside a copy as ``<id>-2``). Saved
    under its id, the pack in use was listed as broken, and the id named the saved one."""
    for folder in _pack_folders(bundled_packs_folder()):
        if manifest_id(folder) == pack_id:
            raise ValueError(
                f"{pack_id!r} is the id of a pack that comes with UA Writer, which cannot be "
                f'replaced; give this pack its own id (such as "{pack_id}-local")'
            )
    own = old_folder.resolve() if old_folder is not None else None
    for folder in _pack_folders(user_packs):
        if folder.resolve() != own and manifest_id(folder) == pack_id:
            raise FileExistsError(
                f"a pack with the id {pack_id!r} is already installed (in {folder}); give "
                "this one another id"
            )


def _pack_folders(parent: Path) -> list[Path]:
    try:
        return [
            folder
            for folder in parent.iterdir()
            if not folder.name.startswith(".") and folder.is_dir()
        ]
    except OSError:  # missing, or not readable: no pack there to clash with
        return []


def _move_in(staging: Path, target: Path, old_folder: Path | None, user_packs: Path) -> None:
    """Move the copy written in ``staging/pack`` in as ``target``: the copy there goes to
    ``staging/old`` first, and ``old_folder`` (saved under another id) to
    ``staging/replaced``; both go back if the new copy cannot go in. Killed in between, the
    next start gives them back while ``staging/pack`` is still there."""
    aside = target.exists()
    if aside:
        os.replace(target, staging / "old")
    # the id changed: the old folder goes whole into the staging folder before the
    # new copy is in (killed in between, both were listed at every start), and
    # back if the new copy is not (the next start gives it back if killed); so a
    # kill while it is deleted never leaves it half there either
    renamed = old_folder is not None and old_folder.resolve() != target.resolve()
    replaced = False
    if old_folder is not None and renamed:
        with contextlib.suppress(OSError):  # else deleted once the new one is in
            os.replace(old_folder, staging / "replaced")
            replaced = True
    try:
        os.replace(staging / "pack", target)
    except OSError:
        if aside:
            os.replace(staging / "old", target)
        if old_folder is not None and replaced:
            os.replace(staging / "replaced", old_folder)
        raise
    sync_folder(user_packs)
    if old_folder is not None and renamed and not replaced:
        shutil.rmtree(old_folder, ignore_errors=True)


def save_pack_files(
    files: PackFiles,
    user_packs: Path,
    old_folder: Path | None = None,
    opened_state: str | None = None,
) -> Path:
    """Write the pack into the user packs folder as ``<id>/``, replacing ``old_folder``.

    ``opened_state`` is ``pack_state(old_folder)`` when the editor read it: if the folder
    has changed since (a corrected revision imported meanwhile, another window's save),
    nothing is written and PackChangedMeanwhile is raised, so the editor's older copy
    never silently replaces a newer one; saved under another id, it goes beside the newer
    copy, which stays. None saves whatever is there.

    The new folder is written completely beside the old one, then swapped in, so a crash
    leaves either the old pack or the new one, never half of each. Raises OSError.
    """
    pack_id = str(files.data.get("id") or "")
    problem = id_problem(pack_id)
    if problem:  # never a path: "../x" or "/home" must not name a folder to replace
        raise ValueError(problem)
    refuse_unreadable(files)
    user_packs.mkdir(parents=True, exist_ok=True)
    target = user_packs / pack_id
    if (
        old_folder is not None
        and old_folder.parent.resolve() == user_packs.resolve()
        and manifest_id(old_folder) == pack_id
    ):
        # the id kept: saved where it is (a pack copied in by hand as "Valdoria" was moved
        # to valdoria-mine/, and a backup of it beside it became the pack in use)
        target = old_folder
    staging = Path(tempfile.mkdtemp(prefix=SAVING_PREFIX, dir=user_packs))
    try:
        # killed in here, the next start gives the old copy back; one save or import at a time
        with in_use(staging), packs_changing(user_packs):
            if (
                old_folder is not None
                and opened_state is not None
                and pack_state(old_folder) != opened_state
            ):
                if old_folder.resolve() == target.resolve():
                    raise PackChangedMeanwhile(old_folder)
                old_folder = None  # given another id: saved beside the newer copy, kept
            if target.exists() and (old_folder is None or old_folder.resolve() != target.resolve()):
                raise FileExistsError(
                    f"a pack with the id {pack_id!r} is already installed; give this one another id"
                )
            if old_folder is None or manifest_id(old_folder) != pack_id:
                # a new id (an id kept is the pack's own: a copy of its folder made by hand
                # as a backup, listed as broken, does not stop its saves)
                _refuse_an_id_in_use(pack_id, user_packs, old_folder)
            _write(staging / "pack", files, keep_comments=True)
            if old_folder is not None:
                _carry_over(old_folder, staging / "pack")
            sync_tree(staging / "pack")  # on disk before the old copy goes: a power cut
            _move_in(staging, target, old_folder, user_packs)
            with contextlib.suppress(OSError):
                shutil.rmtree(staging)
    finally:
        if not (staging / "old").exists():  # else the next start gives it back
            with contextlib.suppress(OSError):
                shutil.rmtree(staging)
    return target

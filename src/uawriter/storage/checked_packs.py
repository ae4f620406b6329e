"""Which of the volunteer's packs had their letters checked, in which state.

Checking a pack's letters composes every template for every addressee and language (under
the template budget): 70 ms for the seed pack, at every start and every ``uawriter export``
before this file. A pack's letters are now checked when it is imported, saved or changed,
and the state they passed in is kept here as a fingerprint of its files (names, sizes and
modification times); a pack whose files still match is not composed again. The packs that
come with the app are checked by its tests, not at run time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from uawriter import __version__
from uawriter.domain.model import Problem
from uawriter.storage.json_store import JsonStore

CHECKED_FORMAT = "uawriter-checked-packs"
CHECKED_VERSION = 1
#: Part of every fingerprint: raised when the pack rules grow stricter, so that a pack
#: checked under the old rules (a direction override in its title, "a,b@x" as an address)
#: is checked again at the next listing, not kept as sound.
RULES = b"rules 3\n"
#: More entries than this is not a record of packs on one laptop.
MAX_ENTRIES = 100_000


def fingerprint(folder: Path) -> str:
    """The state of a pack folder's files: their names, sizes and modification times.
    Any change to ``pack.toml`` or a letter changes it; "" when the folder cannot be read.
    (os.scandir, not pathlib: a thousand packs are fingerprinted at each listing.)"""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(RULES)
    pending = [(str(folder), "")]
    try:
        while pending:
            path, prefix = pending.pop()
            with os.scandir(path) as entries:
                for entry in sorted(entries, key=lambda e: e.name):
                    name = f"{prefix}{entry.name}"
                    if entry.is_dir(follow_symlinks=False):
                        pending.append((entry.path, f"{name}/"))
                        continue
                    stat = entry.stat(follow_symlinks=False)
                    # the name's bytes: a file name that is not UTF-8 (a Windows USB stick)
                    # is a string with surrogates, which .encode() would refuse
                    digest.update(os.fsencode(name))
                    digest.update(f"\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    except OSError:
        return ""
    return digest.hexdigest()


def folder_key(where: str) -> str:
    """A pack folder (its absolute path) as the listing's index keys it: with the bytes of
    a name that is not UTF-8 written as \\xNN (JSON files hold UTF-8 text only); the same
    text for a name in ASCII, the usual case, at no cost."""
    return where if where.isascii() else os.fsencode(where).decode("utf-8", "backslashreplace")


def check_key(folder: Path) -> str:
    """A user pack as a key of the checks' cache: its folder's name (every user pack is in
    the one packs folder), not its path: a data folder on a stick, E: on one laptop and F:
    on the next, had every pack's letters checked again at each start, 62 s for 300 packs,
    the list waiting (probe 104c). The fingerprint says whether the files are the ones
    checked, wherever they are."""
    return os.fsencode(folder.name).decode("utf-8", "backslashreplace")


def scrubbed(text: str) -> str:
    """``text`` without lone surrogates (from a forged or damaged file): each becomes "?"."""
    return text.encode("utf-8", "replace").decode("utf-8")


class CheckedPacks(JsonStore):
    MENDS = False  # a cache: set aside and built again

    def __init__(self, path: Path) -> None:
        super().__init__(path, CHECKED_FORMAT, CHECKED_VERSION)

    def load(self) -> dict[str, str]:
        packs = super().load().get("packs", {})
        if not isinstance(packs, dict):
            return {}
        return {
            scrubbed(str(folder)): scrubbed(state)
            for folder, state in list(packs.items())[:MAX_ENTRIES]
            if isinstance(state, str)
        }

    def load_failed(self) -> dict[str, Failed]:
        """The packs whose letters failed their check, each with the state it failed in
        and its problems: a pack that takes a minute to fail (loops within every bound)
        costs that minute once, not at every start."""
        failed = super().load().get("failed", {})
        if not isinstance(failed, dict):
            return {}
        kept: dict[str, Failed] = {}
        for folder, entry in list(failed.items())[:MAX_ENTRIES]:
            if not isinstance(entry, dict) or entry.get("by") != __version__:
                continue  # another version's check (stricter, or since put right): again
            state, problems = entry.get("state"), entry.get("problems")
            if not isinstance(state, str) or not isinstance(problems, list) or not problems:
                continue
            read = [_problem_of(p) for p in problems[:MAX_PROBLEMS]]
            if all(p is not None for p in read):
                kept[scrubbed(str(folder))] = (scrubbed(state), [p for p in read if p])
        return kept

    def save(self, packs: dict[str, str], failed: dict[str, Failed] | None = None) -> None:
        data: dict[str, object] = {"packs": dict(sorted(packs.items()))}
        if failed:
            data["failed"] = {
                folder: {
                    "by": __version__,
                    "state": state,
                    "problems": [[p.file, p.field, p.message] for p in problems[:MAX_PROBLEMS]],
                }
                for folder, (state, problems) in sorted(failed.items())
            }
        super().save(data)


#: A pack's letters that failed their check: the state they failed in, and why.
Failed = tuple[str, list[Problem]]
#: More problems than this for one pack are not kept (the check stops well before).
MAX_PROBLEMS = 200


def _problem_of(raw: object) -> Problem | None:
    if not isinstance(raw, list) or len(raw) != 3 or not all(isinstance(x, str) for x in raw):
        return None
    file, field, message = (scrubbed(str(x))[:4000] for x in raw)
    return Problem(file, field, message)

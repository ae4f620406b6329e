"""What ``uawriter packs`` lists of each pack, kept between runs (issue 12, item 21).

By the end of a season an organiser has hundreds of packs installed; reading and checking
every ``pack.toml`` at each listing cost about 2 ms a pack (the TOML parser most of it).
The listing needs only a few fields of each pack, so they are kept here with the state of
what they are read from (:func:`listing_state`); a pack whose state still matches is listed
from here, one that changed (or is new) is read again, and the index is rewritten.
"""

from __future__ import annotations

import datetime as dt
import os
import zlib
from pathlib import Path
from typing import NamedTuple

from uawriter.storage.checked_packs import scrubbed
from uawriter.storage.json_store import JsonStore

INDEX_FORMAT = "uawriter-pack-index"
INDEX_VERSION = 1
MAX_ENTRIES = 100_000


def listing_state(folder: str | Path) -> str:
    """The state of what the listing shows of a pack: its ``pack.toml`` (inode, size,
    time) and the pack folder's and its letters folder's times, which change whenever a
    file is added, removed or renamed in them. Three stats a pack, where reading every
    file's state (``checked_packs.fingerprint``) took twice as long for a season of packs.
    A letter edited in place is seen when the pack is read in full to be used (the window's
    selection, an export): its letters are checked there against every file's state. A
    pack listed as broken is listed again by every file's state (``engine``): a letter put
    right in place is listed usable at the next listing. "" when the folder cannot be read."""
    base = os.fspath(folder)
    parts = []
    for path in (base, f"{base}/pack.toml", f"{base}/letters"):
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            parts.append("-")
            continue
        except OSError:
            return ""
        parts.append(f"{info.st_ino}.{info.st_size}.{info.st_mtime_ns}")
    return "/".join(parts)


class PackRow(NamedTuple):
    """One pack as the listing shows it; ``problems`` non-empty for a broken pack. A named
    tuple, not a frozen dataclass: a season's thousand rows are made at every listing, and
    each is made in a third of the time."""

    folder: str
    state: str
    id: str
    ua_number: str = ""
    update: int = 0
    title: str = ""
    deadline: str = ""  # ISO date, "" for none
    problems: tuple[str, ...] = ()


def _row(folder: str, entry: dict[str, object]) -> PackRow | None:
    """A row as the file holds it; None for one that is not (a damaged or forged entry is
    read again from its pack). Lone surrogates, which no UTF-8 file can hold, become "?"."""
    try:
        problems = entry.get("problems", [])
        update = entry.get("update", 0)
        texts = [
            folder,
            str(entry["state"]),
            str(entry.get("id", "")),
            str(entry.get("ua_number", ""))[:200],
            str(entry.get("title", ""))[:2000],
            str(entry.get("deadline", "")),
            *(str(p) for p in (problems if isinstance(problems, list) else ())),
        ]
    except (KeyError, ValueError):
        return None
    if texts[5] and not _is_date(texts[5]):  # "2011-07-32": a bit flipped on a stick
        return None
    joined = "\x00".join([*texts, str(update)])
    try:  # a forged file is the only place a lone surrogate comes from
        data, lone = joined.encode("utf-8"), False
    except UnicodeEncodeError:
        data, lone = joined.encode("utf-8", "surrogatepass"), True
    if entry.get("check") != zlib.crc32(data):  # "ua-129-10-u2" for "…-u3": an export
        return None  # of the pack's real id said "no pack" at every run (see _check)
    if lone:
        texts = [scrubbed(text) for text in texts]
    return PackRow(
        folder=texts[0],
        state=texts[1],
        id=texts[2],
        ua_number=texts[3],
        update=update if isinstance(update, int) and 0 <= update < 10_000 else 0,
        title=texts[4],
        deadline=texts[5],
        problems=tuple(texts[6:]),
    )


def _check(texts: list[str], update: object) -> int:
    """A checksum of a row's fields as written: a row damaged on the disk (one bit of a
    stick) is read again from its pack rather than believed."""
    joined = "\x00".join([*texts, str(update)])
    return zlib.crc32(joined.encode("utf-8", "surrogatepass"))


def _is_date(text: str) -> bool:
    """Whether ``text`` is a date as the index writes one (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


class PackIndex(JsonStore):
    MENDS = False  # a cache: set aside and built again

    def __init__(self, path: Path) -> None:
        super().__init__(path, INDEX_FORMAT, INDEX_VERSION)

    def load(self) -> dict[str, PackRow]:
        packs = super().load().get("packs", {})
        rows: dict[str, PackRow] = {}
        for folder, entry in list(packs.items())[:MAX_ENTRIES] if isinstance(packs, dict) else []:
            row = _row(str(folder), entry) if isinstance(entry, dict) else None
            if row is not None:
                rows[row.folder] = row
        return rows

    def save(self, rows: dict[str, PackRow]) -> None:
        packs = {}
        for folder, row in sorted(rows.items()):
            entry = row._asdict()
            del entry["folder"]
            entry["problems"] = list(row.problems)
            texts = [folder, row.state, row.id, row.ua_number[:200], row.title[:2000]]
            entry["check"] = _check([*texts, row.deadline, *row.problems], row.update)
            packs[folder] = entry
        super().save({"packs": packs})

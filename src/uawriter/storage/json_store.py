"""The one JSON store under the volunteer's small files (settings, drafts, address book, event).

Each file is a JSON object that names what it is and which version of its format it holds::

    {"format": "uawriter-settings", "version": 1, ...the fields...}

Reading never fails and never loses anything:

- a missing or unreadable file gives the defaults;
- a damaged one (a crash at the wrong moment, a hand edit, a file that is not JSON, a JSON
  nested thousands deep, a number with thousands of digits, a file of another kind) is set
  aside as ``name.broken-YYYYMMDD-HHMMSS`` and the app starts with the defaults;
- half of a character (a lone surrogate, ``"\\ud83d"`` from a name cut mid-emoji) is not
  damage that costs the whole file: it is read as "\ufffd" and the rest is kept. The file
  names this app keeps as ``"\\udce9"`` (a folder named in Latin-1 on a stick) are kept as
  they are for :func:`path_text_of`, and read as "\ufffd" by :func:`text_of`. A cache
  (``MENDS = False``) is set aside instead, and built again;
- a file written before formats were named (no ``format`` key) is read as version 0, whose
  fields are those of version 1;
- a file from a newer UA Writer (a higher ``version``) is read for the fields this one knows,
  and is copied to ``name.newer-YYYYMMDD-HHMMSS`` before this version first writes over it,
  so going back to an older copy of the app on a shared laptop loses nothing.

Writing is atomic (a temporary file renamed over the old one), so a kill leaves the old file
or the new one, never half of either. The tally, which is appended to rather than rewritten,
keeps its own line format with a version in every record (:mod:`uawriter.storage.tally`): a
damaged line there is skipped with a note, and every other record kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from uawriter.atomic import RefusedFile, read_regular_file, write_text_atomic

#: A store larger than this is not one this app wrote.
MAX_STORE_BYTES = 8 * 1024 * 1024
FORMAT_KEY = "format"
VERSION_KEY = "version"


@dataclass(frozen=True)
class LoadedJson:
    data: dict[str, Any]
    #: Where a damaged file was set aside, if it was.
    set_aside: Path | None = None
    #: The version of the format the file was written in (0: before formats were named).
    version: int = 0


def _stamped(path: Path, label: str) -> Path:
    """``path`` named for when it was set aside, under a name not taken: two set aside in
    one second (two damaged stacks kept for the organiser) went to one name, and the
    second replaced the first (probe 116a)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    number = 1
    while target.exists() or target.is_symlink():
        number += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{number}")
    return target


def set_aside_damaged(path: Path) -> Path | None:
    """Move a damaged file out of the way (kept, never deleted); None if it could not be."""
    target = _stamped(path, "broken")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


def _parse(raw: bytes, mend: bool) -> Any:
    """The JSON in ``raw``, or None when it is not JSON this app could have written. Half
    characters are mended (:func:`_mended`), or give None when not ``mend``."""
    try:
        data = json.loads(raw.decode("utf-8"))
    # ValueError covers bad UTF-8, bad JSON and numbers past Python's digit limit
    except (ValueError, RecursionError):
        return None
    if not holds_half_characters(raw, data):
        return data
    if not mend:
        return None
    try:
        return _mended(data)
    except RecursionError:  # nested deeper than Python goes, which JSON may read: damaged
        return None


#: Half of a character that is not a file name's byte kept by Python (U+DC80–U+DCFF).
_HALF_NOT_A_NAME = re.compile("[\ud800-\udc7f\udd00-\udfff]")
#: Any half of a character.
_HALF = re.compile("[\ud800-\udfff]")


def _mended(data: Any, half: re.Pattern[str] = _HALF_NOT_A_NAME) -> Any:
    """``data`` with each half of a character that is not a file name's byte as "\ufffd"."""
    if isinstance(data, str):
        return half.sub("\ufffd", data)
    if isinstance(data, list):
        return [_mended(item, half) for item in data]
    if isinstance(data, dict):
        return {_mended(key, half): _mended(value, half) for key, value in data.items()}
    return data


def all_whole_characters(data: Any) -> Any:
    """``data`` (as read from JSON) with each half of a character in any of its texts as
    "\ufffd": for a store that holds no file names (the stack's letters), where a file
    name's byte kept would reach a PDF or a file name and fail there. None for data nested
    deeper than Python goes, which JSON may read (a stack file 1,400 deep stopped every
    start)."""
    try:
        return _mended(data, _HALF)
    except RecursionError:
        return None


#: An escape of a UTF-16 surrogate (``\ud800``): half of a character, which JSON allows.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def holds_half_characters(raw: bytes, data: Any) -> bool:
    """Whether the JSON ``data`` read from ``raw`` holds half of a character (a lone
    surrogate, ``"\\ud800"``): no file can hold it as UTF-8, so a CSV, a PDF or the
    screen it reaches fails. Pairs (an emoji written as two escapes) are whole characters."""
    if not _SURROGATE_ESCAPE.search(raw):  # the file has none: no need to look
        return False
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, RecursionError):
        return True
    return False


def load_json(
    path: Path, kind: str | None = None, mend: bool = True, *, look_only: bool = False
) -> LoadedJson:
    """Read a store; with ``kind``, a file naming another format is set aside as damaged;
    without ``mend``, so is one holding half a character. ``look_only``: a damaged file
    gives the defaults and is left where it is (see :func:`peek_json`)."""

    def damaged() -> LoadedJson:
        return LoadedJson({}, None if look_only else set_aside_damaged(path))

    try:
        raw = read_regular_file(path, MAX_STORE_BYTES)
    except RefusedFile:  # too big, or a pipe, a device or a folder in its place
        return damaged()
    except OSError:  # missing, unreadable: the defaults
        return LoadedJson({})
    data = _parse(raw, mend)
    if not isinstance(data, dict):
        return damaged()
    version = _version_of(data.get(VERSION_KEY))
    if kind is None or FORMAT_KEY not in data:
        return LoadedJson(data, version=version or 0)
    if data.get(FORMAT_KEY) != kind or version is None:
        return damaged()
    return LoadedJson(data, version=version)


def peek_json(path: Path, kind: str) -> dict[str, Any]:
    """A store's fields read as :func:`load_json` reads them, for a command that only looks
    (``uawriter tally --pdf`` reading the interface's language): a damaged file gives none
    and is left where it is, for the window to set aside and say so (probe 103b: the
    command set the organiser's settings aside without a word)."""
    return dict(load_json(path, kind, look_only=True).data)


def _version_of(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10_000:
        return value
    return None


def _stored_text(data: dict[str, Any]) -> tuple[str, int]:
    """``data`` as :func:`save_json` writes it, and its size in bytes."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        return text, len(text.encode("utf-8"))
    except UnicodeEncodeError:  # a file name that is not UTF-8 somewhere in the data:
        text = json.dumps(data, ensure_ascii=True, indent=2) + "\n"  # kept, as \uXXXX
        return text, len(text)


def stored_bytes(data: dict[str, Any]) -> int:
    """The size of ``data`` as :func:`save_json` writes it, indented (a list of short texts
    takes three times its bytes in a compact file): what is read must fit in
    :data:`MAX_STORE_BYTES` written again, or it is read once and never kept again."""
    return _stored_text(data)[1]


def save_json(path: Path, data: dict[str, Any]) -> None:
    """Raises OSError if the folder cannot be written, or if the file would be bigger than
    :data:`MAX_STORE_BYTES` (what is never read back is not written: an address book of
    12 MB was saved, then set aside as damaged at the next start); the old file then stays
    as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text, size = _stored_text(data)
    if size > MAX_STORE_BYTES:
        raise OSError(
            errno.EFBIG,
            f"more than {MAX_STORE_BYTES // (1024 * 1024)} MiB to keep, which would not be read "
            "back; remove some of it",
            str(path),
        )
    write_text_atomic(path, text)


class JsonStore:
    """One versioned JSON file: ``load()`` gives its fields (never raises), ``save(fields)``
    writes them with the format's name and version, ``clear()`` removes the file.

    ``set_aside`` remembers where a damaged file went, for the window's one warning.
    """

    #: Whether half a character is mended (a volunteer's file) rather than the file set
    #: aside (a cache, which is built again).
    MENDS = True

    def __init__(self, path: Path, kind: str, version: int) -> None:
        self.path = path
        self.kind = kind
        self.version = version
        self.set_aside: Path | None = None
        self._newer_seen = False

    def load(self) -> dict[str, Any]:
        loaded = load_json(self.path, self.kind, self.MENDS)
        self.set_aside = loaded.set_aside or self.set_aside
        self._newer_seen = loaded.version > self.version
        fields = dict(loaded.data)
        fields.pop(FORMAT_KEY, None)
        fields.pop(VERSION_KEY, None)
        return fields

    def save(self, fields: dict[str, Any]) -> None:
        """Raises OSError if the file cannot be written; the old file then stays as it was."""
        if self._newer_seen:
            self._keep_newer_copy()
        save_json(self.path, {FORMAT_KEY: self.kind, VERSION_KEY: self.version, **fields})

    def _keep_newer_copy(self) -> None:
        # gone already: nothing newer left to keep
        with contextlib.suppress(OSError):
            shutil.copy2(self.path, _stamped(self.path, "newer"))
        self._newer_seen = False

    def clear(self) -> None:
        """The file gone (none under a file standing where its folder should be)."""
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            self.path.unlink()


def whole_characters(text: str) -> str:
    """``text`` with each half of a character as "\ufffd": what a file, a PDF or the
    screen can take."""
    return _HALF.sub("\ufffd", text)


def path_text_of(data: dict[str, Any], key: str) -> str:
    """A file or folder name as kept: the bytes of a name that is not UTF-8 stay as Python
    reads them (``"\\udce9"``), so that the folder is found again."""
    value = data.get(key, "")
    return value if isinstance(value, str) else ""


def text_of(data: dict[str, Any], key: str, default: str = "") -> str:
    """A text as shown and printed: whole characters only."""
    value = data.get(key, default)
    return whole_characters(value) if isinstance(value, str) else default


def bool_of(data: dict[str, Any], key: str, default: bool) -> bool:
    value = data.get(key, default)
    return value if isinstance(value, bool) else default


def list_of_text(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list):
        return []
    return [whole_characters(v) for v in value if isinstance(v, str)]

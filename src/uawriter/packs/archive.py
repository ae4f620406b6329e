"""Pack archives: a pack folder as one ``.uapack`` file to pass around, and importing one
(checked and unpacked here, then moved in by :mod:`uawriter.packs.install`).

A ``.uapack`` is a zip file holding one folder named after the pack id (docs/pack-format.md,
section 16). Archives and folders to import come from USB sticks and strangers, so nothing
is installed until everything has been checked: every entry's path, type and size, the
number of entries, the bytes really unpacked, and the pack itself. The pack is unpacked into
a staging folder beside the user packs folder and moved into place with one rename, so the
packs folder only ever sees a finished pack, and a refused import leaves it as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import re
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from uawriter.atomic import folder_for, write_file
from uawriter.domain.model import Pack, Problem
from uawriter.packs import limits
from uawriter.packs.folder_checks import (
    not_portable,
    open_plain_file,
    pack_files,
    part_of_pack,
    text_problems,
    too_much,
    unseen,
    unseen_problem,
)
from uawriter.packs.install import ImportResult, install_checked, refused
from uawriter.packs.loader import BrokenPack, LoadResult, load_pack
from uawriter.packs.recovery import STAGING_PREFIX, in_use, recover_interrupted, remove_staging

#: Reads a pack folder and reports everything wrong with it (``engine.check_pack_folder``
#: also fills every template; the default, ``load_pack``, checks the files and the manifest).
PackFolderCheck = Callable[[Path], Pack | BrokenPack]

#: The time stamp of every entry of an exported archive: the same pack, the same bytes.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)

_CHUNK = 64 * 1024
_MIB = 1024 * 1024
#: The folder of resource forks the macOS Finder adds to every zip it makes.
_MACOS_FORKS = "__MACOSX"
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")
_READABLE_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
#: What reading a damaged or hostile zip raises, besides OSError.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
_FROM_UA_WRITER = "ask whoever sent it for a copy made with UA Writer (uawriter pack-export)"


class PackArchiveError(Exception):
    """A pack that cannot be exported (broken, holding a link, too big), with every problem."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems))


# -- export --------------------------------------------------------------------------------


def export_pack(folder: Path, target: Path, overwrite: bool = False) -> Path:
    """Write the pack in ``folder`` as a ``.uapack`` at ``target`` and return its path.

    The archive holds one folder named after the pack id, with every file of the pack folder
    (names starting with ``.`` left out), sorted, with fixed time stamps and permissions:
    the same pack always gives the same bytes. When ``target`` is an existing folder, the
    file goes in it as ``<id>.uapack``. Written atomically; an existing file is replaced only
    with ``overwrite`` (else FileExistsError, even for a file another export wrote a moment
    ago). Raises :class:`PackArchiveError` for a broken pack, a link or anything an import
    would refuse, and ``OSError``.
    """
    folder, target = Path(folder), Path(target)
    files, _skipped, problems = pack_files(folder, folder.name)
    if problems:
        raise PackArchiveError(problems)
    loaded = load_pack(folder)
    if isinstance(loaded, BrokenPack):
        raise PackArchiveError(loaded.problems)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for rel, path in files:
            info = zipfile.ZipInfo(f"{loaded.id}/{rel}", date_time=ZIP_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, on every system: the mode below means the same
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            with os.fdopen(open_plain_file(path), "rb") as handle:
                archive.writestr(info, handle.read(), compresslevel=9)
    data = buffer.getvalue()
    if len(data) > limits.MAX_ARCHIVE_BYTES:
        raise PackArchiveError(
            [Problem(folder.name, "", _too_big_archive(len(data)) + "; make the pack smaller")]
        )
    if target.is_dir():
        target = target / f"{loaded.id}{limits.ARCHIVE_SUFFIX}"
    folder_for(target)  # a file in the way, or a stick not plugged in: named
    return write_file(target, data, overwrite)


# -- import --------------------------------------------------------------------------------


#: The packs folder of the data folder is something else (a file, a link to a device).
PACKS_NOT_A_FOLDER = (
    "is not a folder; nothing can be installed there. Move it out of the way (UA Writer "
    "then makes the folder) and import again"
)


def import_pack(
    source: Path,
    user_packs: Path,
    *,
    installed: LoadResult,
    replace: bool = False,
    check: PackFolderCheck = load_pack,
) -> ImportResult:
    """Install the pack in ``source`` (a ``.uapack`` file or a pack folder) in ``user_packs``.

    Everything is checked before anything is installed: the archive or folder (paths,
    links, sizes, number of entries), then the pack unpacked in a staging folder beside
    ``user_packs`` (``check``), then its id against ``installed`` (every pack loaded, with
    the broken ones). An id of a bundled pack is refused; an id of an installed user pack
    needs confirmation (``replace=True``). The finished pack is moved into
    ``user_packs/<id>`` with one rename. Problems with the source are in the result;
    raises only ``OSError`` for what could not be written.
    """
    source, user_packs = Path(source), Path(user_packs)
    with contextlib.ExitStack() as stack:
        if source.is_dir():
            plan = _plan_folder(source)
        elif source.exists():
            plan = _plan_archive(source, stack)
        else:
            problem = Problem(
                str(source), "", "does not exist; give a .uapack file or a pack folder"
            )
            return refused(source, [problem])
        if plan.problems:
            return refused(source, plan.problems)
        if (user_packs.exists() or user_packs.is_symlink()) and not user_packs.is_dir():
            problem = Problem(str(user_packs), "", PACKS_NOT_A_FOLDER)
            return refused(source, [problem])

        user_packs.parent.mkdir(parents=True, exist_ok=True)
        recover_interrupted(user_packs)
        try:
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=user_packs.parent))
        except OSError as exc:  # named as the random folder it was making
            raise OSError(exc.errno, exc.strerror, str(user_packs.parent)) from exc
        stack.enter_context(_named_as(staging, user_packs.parent))
        try:
            stack.enter_context(in_use(staging))  # released last, after the folder is gone
        except OSError:  # its mark could not be written: the folder is not left behind
            remove_staging(staging)
            raise
        stack.callback(remove_staging, staging)
        staged = staging / "new" / plan.display
        staged.mkdir(parents=True)
        problems = plan.unpack(staged)
        if problems:
            return refused(source, problems)
        loaded = check(staged)
        problems = [
            *(loaded.problems if isinstance(loaded, BrokenPack) else ()),
            *text_problems(staged),
        ]
        if problems or isinstance(loaded, BrokenPack):
            pack_id = loaded.pack_id if isinstance(loaded, BrokenPack) else loaded.id
            return refused(source, problems, pack_id)
        result = install_checked(source, loaded, staging, user_packs, installed, replace)
        if plan.skipped and not result.refused:
            shown = ", ".join(_shown_name(rel) for rel in plan.skipped[:8])
            more = f" and {len(plan.skipped) - 8} more" if len(plan.skipped) > 8 else ""
            result = dataclasses.replace(
                result,
                message=f"{result.message}; not installed, as a pack does not use them: "
                f"{shown}{more}",
                skipped=tuple(plan.skipped),
            )
        return result
    raise AssertionError("unreachable")  # pragma: no cover (ExitStack swallows nothing)


@contextlib.contextmanager
def _named_as(staging: Path, folder: Path) -> Iterator[None]:
    """A write that failed in the staging folder is named as one in ``folder`` (the data
    folder): a full disk said "could not write …/.uawriter-import-xbpc1kl2/new/pack/
    letters/en.txt", a folder the organiser never made and cannot find."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None or not Path(exc.filename).is_relative_to(staging):
            raise
        raise OSError(exc.errno, exc.strerror, str(folder)) from exc


@dataclass
class _Plan:
    """A source checked without writing anything, and how to unpack it once it passed."""

    display: str  # the name the pack folder is staged under; problems start with it
    problems: list[Problem] = field(default_factory=list)
    unpack: Callable[[Path], list[Problem]] = lambda _into: []
    #: Files of the source that are not part of a pack: not installed, named to the user.
    skipped: list[str] = field(default_factory=list)


def _plan_folder(source: Path) -> _Plan:
    display = source.resolve().name or "pack"
    if not (source / limits.MANIFEST_NAME).is_file():
        message = (
            f"holds no {limits.MANIFEST_NAME}; give the pack folder itself (the one that "
            f"holds {limits.MANIFEST_NAME}), or a {limits.ARCHIVE_SUFFIX} file"
        )
        return _Plan(display, [Problem(str(source), "", message)])
    files, skipped, problems = pack_files(source, display)
    if problems:
        return _Plan(display, problems)

    def unpack(into: Path) -> list[Problem]:
        total = 0
        for rel, path in files:
            target = into.joinpath(*rel.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                handle = os.fdopen(open_plain_file(path), "rb")
            except OSError as exc:
                reason = exc.strerror or str(exc)
                return [Problem(f"{display}/{rel}", "", f"cannot be read ({reason})")]
            with handle, target.open("xb") as out:
                while True:
                    try:
                        chunk = handle.read(_CHUNK)
                    except OSError as exc:  # a USB stick pulled out: the source, not a write
                        reason = exc.strerror or str(exc)
                        return [Problem(f"{display}/{rel}", "", f"cannot be read ({reason})")]
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > limits.MAX_EXPANDED_BYTES:
                        return [Problem(display, "", too_much(total) + " (it grew while copied)")]
                    out.write(chunk)
        return []

    return _Plan(display, [], unpack, skipped)


def _plan_archive(source: Path, stack: contextlib.ExitStack) -> _Plan:
    name = source.name

    def refused(message: str) -> _Plan:
        return _Plan(name, [Problem(name, "", message)])

    try:
        info = source.stat()
        if not stat.S_ISREG(info.st_mode):
            return refused(f"is not a file; give a {limits.ARCHIVE_SUFFIX} file or a pack folder")
        if info.st_size > limits.MAX_ARCHIVE_BYTES:
            return refused(
                _too_big_archive(info.st_size) + ", and packs are far smaller; check that this "
                "is a pack archive"
            )
        handle = stack.enter_context(source.open("rb"))
        if not zipfile.is_zipfile(handle):
            return refused(
                "is not a pack archive: it is not a zip file, or it is cut short; give a "
                f"{limits.ARCHIVE_SUFFIX} file made with uawriter pack-export, or a pack folder"
            )
        archive = stack.enter_context(zipfile.ZipFile(handle))
        entries = archive.infolist()
    except OSError as exc:
        return refused(f"cannot be read ({exc.strerror or exc}); check the disk and try again")
    except _ZIP_ERRORS as exc:
        return refused(f"is damaged ({exc}); copy it again from where it came from")

    too_big = _size_problem(entries)
    if too_big:
        return refused(too_big)
    kept = [entry for entry in entries if not _left_out(entry.filename)]
    prefix, display = _pack_folder_in(source, kept)

    def unpacked(path: str) -> bool:
        """Whether the entry ``path`` is unpacked: every entry until the pack is found;
        then a file of the pack folder the pack uses (a folder's entry is never unpacked:
        folders are made for the files they hold, whose every name is checked)."""
        if prefix is None:
            return True
        return (
            not _left_out(path)
            and not path.endswith("/")
            and path.startswith(prefix)
            and part_of_pack(path.removeprefix(prefix))
        )

    problems = _entry_problems(name, entries, unpacked)
    if problems:
        return _Plan(name, problems)
    if prefix is None:
        return refused(_no_pack_here([entry.filename for entry in entries]))

    def unpack(into: Path) -> list[Problem]:
        total = 0
        for entry in kept:
            if not unpacked(entry.filename):
                continue  # folders are made for the files they hold; others left out
            rel = entry.filename.removeprefix(prefix)
            target = into.joinpath(*rel.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                member = archive.open(entry)
            except (OSError, *_ZIP_ERRORS) as exc:
                return [_damaged(name, entry.filename, exc)]
            with member, target.open("xb") as out:
                while True:
                    try:
                        chunk = member.read(_CHUNK)
                    except (OSError, *_ZIP_ERRORS) as exc:
                        return [_damaged(name, entry.filename, exc)]
                    if not chunk:
                        break
                    total += len(chunk)  # the real bytes, whatever the headers say
                    if total > limits.MAX_EXPANDED_BYTES:
                        return [Problem(name, "", too_much(total) + " (more than its headers say)")]
                    out.write(chunk)
        return []

    skipped = [
        entry.filename.removeprefix(prefix)
        for entry in kept
        if not entry.is_dir() and not unpacked(entry.filename)
    ]
    return _Plan(display, [], unpack, skipped)


def _pack_folder_in(source: Path, kept: Sequence[zipfile.ZipInfo]) -> tuple[str | None, str]:
    """Where the pack is in the archive ``source``: the prefix of its entries ("" at the
    top, "ua-129-10/" in a folder; None if no pack is found) and the name it is shown by."""
    names = {entry.filename for entry in kept}
    tops = {entry.filename.split("/")[0] for entry in kept}
    if limits.MANIFEST_NAME in names:
        # named after the archive, but never "." or ".." ("...uapack"): the folder it is
        # staged in would be the staging folder itself, or the one above
        return "", source.stem if source.stem.strip(" .") else "pack"
    if len(tops) == 1 and f"{next(iter(tops))}/{limits.MANIFEST_NAME}" in names:
        top = next(iter(tops))
        return f"{top}/", top
    return None, ""


def _size_problem(entries: Sequence[zipfile.ZipInfo]) -> str:
    """Why an archive is too big to be a pack, from what it says of itself; or ""."""
    held = max(len(entries), _files_and_folders(entries))
    if held > limits.MAX_ARCHIVE_ENTRIES:
        return (
            f"holds {held:,} files and folders; a pack archive may hold at most "
            f"{limits.MAX_ARCHIVE_ENTRIES}; check that this is a pack archive"
        )
    declared = sum(entry.file_size for entry in entries)
    return too_much(declared) if declared > limits.MAX_EXPANDED_BYTES else ""


def _files_and_folders(entries: Sequence[zipfile.ZipInfo]) -> int:
    """The files and folders ``entries`` make inside the pack's folder, those their paths
    imply included ("p/d1/x.md" makes the folder "p/d1" without an entry of its own): as
    the same pack is counted when it is a folder, so that an archive taken in can be shared
    on and imported as a folder."""
    # each folder or file is its parent's number and its own name: the paths themselves,
    # every prefix of a name 12,000 folders deep, took memory as the square of its length
    # (a 259 KB archive: 2.2 GB before it was refused; probe 102a)
    made: dict[tuple[int, str], int] = {}
    inside = 0  # those below the pack's own folder
    for entry in entries:
        parent = -1
        for depth, part in enumerate(part for part in entry.filename.split("/") if part):
            node = made.get((parent, part))
            if node is None:
                node = made[parent, part] = len(made)
                inside += depth >= 1
            parent = node
    return inside


def _entry_problems(
    name: str, entries: Sequence[zipfile.ZipInfo], unpacked: Callable[[str], bool]
) -> list[Problem]:
    """Every entry whose path or type the archive may not have, and, among the entries
    ``unpacked`` (the pack's own files), names no file can have everywhere and clashing
    names. A file the pack does not use is left out whatever its name, as from a folder
    (probe 82b: a zipped folder holding "Urgent Action: Kazakhstan.pdf" or the Finder's
    "Icon\r" was refused whole, its folder installed)."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    # every entry's path, as the zip holds it: a file and a folder of one name are
    # refused whatever is used (probe 83a: a file beside the pack folder named as it is)
    every = {
        unicodedata.normalize("NFC", entry.filename.removesuffix("/")).casefold(): entry.filename
        for entry in entries
    }
    for entry in entries:
        used = unpacked(entry.filename)
        message = _entry_problem(entry, used)
        if message:
            problems.append(Problem(name, _shown_entry(entry.filename), message))
            continue
        if not used:
            continue
        # one file on a Mac or Windows: "Café" and "café", and "é" as one letter or as "e"
        # and an accent
        key = unicodedata.normalize("NFC", entry.filename.removesuffix("/")).casefold()
        if key in seen:
            problems.append(
                Problem(
                    name,
                    _shown_entry(entry.filename),
                    "is in the archive twice (names that differ only in capitals, or in how "
                    f"an accent is written, count as the same); {_FROM_UA_WRITER}",
                )
            )
            continue
        seen[key] = entry.filename
    files = {key for key, original in every.items() if not original.endswith("/")}
    folders = {
        "/".join(key.split("/")[:depth]) for key in every for depth in range(1, key.count("/") + 1)
    }
    problems += [
        Problem(
            name,
            _shown_entry(every[key]),
            f"is both a file and a folder in the archive; {_FROM_UA_WRITER}",
        )
        for key in sorted(files & folders)
    ]
    return problems


def _entry_problem(entry: zipfile.ZipInfo, unpacked: bool = True) -> str:
    """What is wrong with one entry of an archive, or "" if nothing is: its path and type
    always; its name and form only if it is ``unpacked``."""
    path = entry.filename
    mode = entry.external_attr >> 16
    if stat.S_ISLNK(mode):
        return (
            "is a symbolic link; a pack holds only plain files, and a link could point "
            f"anywhere on this computer; {_FROM_UA_WRITER}"
        )
    if "\\" in path or _WINDOWS_DRIVE.match(path):
        return (
            "is a Windows path (a drive letter or backslashes); paths in a pack archive are "
            f"relative and use '/'; {_FROM_UA_WRITER}"
        )
    if path.startswith("/"):
        return (
            "is an absolute path; every path in a pack archive must stay inside the pack "
            f"folder; {_FROM_UA_WRITER}"
        )
    parts = path.removesuffix("/").split("/")
    if ".." in parts:
        return (
            "leads out of the pack folder ('..'); every path in a pack archive must stay "
            f"inside it; {_FROM_UA_WRITER}"
        )
    if any(part in {"", "."} for part in parts):
        return f"has an empty or '.' part in its path; {_FROM_UA_WRITER}"
    if len(path.encode("utf-8", "surrogatepass")) > limits.MAX_ENTRY_PATH_BYTES or any(
        len(part.encode("utf-8", "surrogatepass")) > limits.MAX_ENTRY_NAME_BYTES for part in parts
    ):
        return (
            f"has a name too long for a file (more than {limits.MAX_ENTRY_NAME_BYTES} bytes in "
            f"one part, or {limits.MAX_ENTRY_PATH_BYTES} in all); {_FROM_UA_WRITER}"
        )
    if stat.S_IFMT(mode) not in {0, stat.S_IFREG, stat.S_IFDIR}:
        return f"is not a plain file (a device or a pipe); {_FROM_UA_WRITER}"
    if not unpacked:
        return ""
    if any(not_portable(part) for part in parts):
        return (
            "has a name that files cannot have on every computer (a character such as "
            '< > : " | ? *, a name such as CON or NUL, or a space or dot at the end); '
            "rename it and make the archive again"
        )
    hidden = next((part for part in parts if unseen(part)), "")
    if hidden:
        return unseen_problem(hidden) + "rename it and make the archive again"
    if entry.flag_bits & 0x1:
        return "is encrypted; make the archive again without a password"
    if entry.compress_type not in _READABLE_COMPRESSION:
        return (
            "is compressed in a way UA Writer does not read; make the archive again with "
            "uawriter pack-export (or ordinary zip compression, deflate)"
        )
    return ""


def _no_pack_here(names: Sequence[str]) -> str:
    """Why an archive has no pack where one is looked for, naming what it does hold: an
    organiser who opens the zip and sees pack.toml files was told there was none."""
    manifest = limits.MANIFEST_NAME
    found = sorted(
        name.removesuffix(manifest) or "./"
        for name in names
        if name == manifest or name.endswith(f"/{manifest}")
    )
    hidden = [folder for folder in found if _left_out(folder + manifest)]
    shown = [folder for folder in found if folder not in hidden]
    make = "make one with uawriter pack-export"
    if len(shown) > 1:
        listed = ", ".join(_shown_name(folder) for folder in shown[:5])
        more = ", …" if len(shown) > 5 else ""
        return (
            f"holds {len(shown)} packs ({listed}{more}); a pack archive holds one pack: import "
            f"each pack folder on its own, or {make} for each"
        )
    if shown and shown[0].count("/") == 1:
        beside = sorted(
            {name.split("/")[0] for name in names if not _left_out(name)} - {shown[0][:-1]}
        )
        listed = ", ".join(_shown_name(name) for name in beside[:5])
        return (
            f"holds its pack folder {_shown_name(shown[0])} beside other things at its top "
            f"({listed}); a pack archive holds the pack folder alone: {make}"
        )
    if shown:
        return (
            f"holds its pack in {_shown_name(shown[0])}, too deep inside the archive (the "
            f"{manifest} must be at its top or in one folder at its top): zip the pack "
            f"folder itself, or {make}"
        )
    if hidden:
        return (
            f"holds its pack in {_shown_name(hidden[0])}, which is skipped: folders whose "
            "names start with '.' (and macOS's __MACOSX) are not read; rename the folder, "
            f"or {make}"
        )
    return (
        f"holds no {manifest}, neither at its top nor in one folder at its top; a pack "
        f"archive holds one pack folder: {make}"
    )


def _shown_entry(path: str) -> str:
    """An entry's path as a problem names it: its beginning and end, the middle of a long
    one left out (a 60,000-character name made a 60 KB line on the terminal and in the
    import's details; probe 102a)."""
    return path if len(path) <= 160 else f"{path[:110]}…{path[-49:]}"


def _shown_name(folder: str) -> str:
    """A folder inside an archive as a message names it: cut, and with no control
    character (the names are a stranger's)."""
    cut = folder if len(folder) <= 60 else folder[:59] + "…"
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in cut)


def _left_out(path: str) -> bool:
    """Hidden files (``.DS_Store``, ``.git/…``) and the macOS Finder's ``__MACOSX`` folder."""
    parts = [part for part in path.split("/") if part]
    return not parts or parts[0] == _MACOS_FORKS or any(part.startswith(".") for part in parts)


def _too_big_archive(size: int) -> str:
    return (
        f"is {size:,} bytes; a pack archive may be at most {limits.MAX_ARCHIVE_BYTES:,} bytes "
        f"({limits.MAX_ARCHIVE_BYTES // _MIB} MiB)"
    )


def _damaged(name: str, entry: str, exc: BaseException) -> Problem:
    return Problem(name, entry, f"is damaged ({exc}); copy the archive again from where it came")

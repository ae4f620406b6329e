"""Write files so that a crash, a full disk or a pulled USB stick never leaves half a file;
read files that may be anything (a pipe, a device, a folder, gigabytes) without waiting for
ever or filling the memory."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType


def _file_locks() -> ModuleType | None:
    """``fcntl``, where the system has it. Windows has not: there a temporary file or a
    staging folder is judged by its age alone."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover
        return None
    return fcntl


#: Locks on files that the system drops when their process ends, however it ends.
FILE_LOCKS = _file_locks()


def take_lock(fd: int, wait: bool = True) -> bool | None:
    """An exclusive lock on the open file ``fd``, held until it is closed; the system drops
    it when the process ends, however it ends. True: taken. False: another process holds
    it (only when not waiting). None: there are no such locks here (Windows, or a file
    system without them): the caller judges by age instead."""
    if FILE_LOCKS is None:  # pragma: no cover (Windows)
        return None
    try:
        FILE_LOCKS.flock(fd, FILE_LOCKS.LOCK_EX | (0 if wait else FILE_LOCKS.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


def lock_holder_gone(path: Path) -> bool | None:
    """Whether the process that locked the file ``path`` has ended (its lock is free):
    None where locks tell nothing (see :func:`take_lock`). Raises OSError if ``path``
    cannot be opened."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        return take_lock(fd, wait=False)
    finally:
        os.close(fd)


def write_bytes_atomic(
    path: Path,
    data: bytes,
    before_replace: Callable[[Path], None] | None = None,
    *,
    mark: str = "",
) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename.

    Raises :class:`OSError` (read-only folder, disk full, ...) with ``path`` untouched. A
    ``path`` that is there and is not a regular file (a device such as /dev/full or
    /dev/null, a pipe, a folder) is never replaced: renaming over it as root would swap a
    device node for a file.

    The temporary file is locked while it is written, so :func:`remove_stale_temporaries`
    knows at once when its writer has died. ``before_replace(temporary)`` is called once the
    bytes are safely on disk in the file ``temporary``, before they take the name: the tally
    counts a letter there, so that a kill at any moment leaves a letter either counted and
    complete (the next export into the folder finishes the rename) or neither. The rename
    itself is flushed to disk too: after a power cut the file has its new bytes, not its
    old ones or none. ``mark``: the writer's mark in the temporary file's name (see
    :data:`WRITER_MARK`), for a write whose letters a tally counts.
    """
    path = Path(path)
    refuse_non_regular(path)
    with _Staged(path, data, mark=mark) as staged:
        if before_replace is not None:
            before_replace(staged.tmp)
        staged.place(path)


class _Staged:
    """``data`` waiting in a locked temporary file beside ``path`` (see :func:`_staged`),
    as a context: :meth:`place` gives it its name; else, at the end, it is removed. An
    ``OSError`` that names no file names ``path``."""

    def __init__(self, path: Path, data: bytes, named: Path | None = None, mark: str = "") -> None:
        # what an error names: the file being written (a free name beside a taken one),
        # not an earlier letter that is there and whole
        self.path = named or path
        self.tail = _tail(mark)
        self.fd, self.tmp = _staged(path, data, self.path, self.tail)
        self.placed = False

    def __enter__(self) -> _Staged:
        return self

    def place(self, target: Path) -> None:
        os.replace(self.tmp, target)
        self.placed = True
        sync_folder(target.parent)

    def rename_for(self, target: Path) -> None:
        """The temporary file named for ``target``: ``.<target>.<random>.uawriter.tmp``
        (with the writer's mark before the suffix, if it has one)."""
        random_part = os.urandom(4).hex()
        name = shortened_name(target.name)
        renamed = self.tmp.with_name(f".{name}.{random_part}{self.tail}")
        os.rename(self.tmp, renamed)
        self.tmp = renamed

    def __exit__(self, kind: object, error: BaseException | None, _tb: object) -> None:
        os.close(self.fd)
        if not self.placed:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
        if isinstance(error, OSError) and error.filename is None:
            raise _naming(error, self.path) from error


def _staged(path: Path, data: bytes, named: Path | None = None, tail: str = "") -> tuple[int, Path]:
    """``data`` in a new temporary file beside ``path``, flushed to disk, and the open file,
    locked: the lock is held (until the caller closes it) from before anything is written,
    so a cleanup never takes a file being written for an abandoned one. ``tail`` ends its
    name (:func:`_tail`)."""
    mode = _mode_for(path)
    named = named or path
    for _attempt in range(8):
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{shortened_name(path.name)}.",
                suffix=tail or TEMPORARY_SUFFIX,
                # where the system finds the folder: mkstemp drops "link/.." as text, and the
                # file went beside the link, not where the folder is (probe 93b)
                dir=os.path.realpath(path.parent),
            )
        except OSError as exc:  # the hidden name means nothing to a volunteer: the real one
            raise OSError(exc.errno, exc.strerror, str(named)) from exc
        tmp = Path(name)
        take_lock(fd)
        if _still_named(fd, tmp):
            break
        # a cleanup in another process took it for abandoned in the moment before the lock
        # and removed it: take another
        os.close(fd)
    else:  # pragma: no cover - eight cleanups in a row
        raise OSError(errno.EBUSY, "its temporary files keep being removed", str(path))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        # the usual permissions, not mkstemp's 0600; a file system that keeps none (a FUSE
        # mount of a stick, a phone, a share) says ENOSYS: the letter matters, not its mode
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
    except BaseException as exc:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):  # the hidden name means nothing to a volunteer
            raise OSError(exc.errno, exc.strerror, str(named)) from exc
        raise
    return fd, tmp


def _still_named(fd: int, path: Path) -> bool:
    """Whether the open file ``fd`` is still the file named ``path``."""
    try:
        named, opened = os.lstat(path), os.fstat(fd)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _naming(exc: OSError, path: Path) -> OSError:
    """``exc`` naming ``path`` if it names no file (a write or fsync error)."""
    if exc.filename is None:
        return OSError(exc.errno, exc.strerror, str(path))
    return exc


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk (a rename, a new name), so that after a power cut
    the name is there. Where a folder cannot be opened (Windows) nothing is done."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sync_tree(folder: Path) -> None:
    """Flush every file and folder under ``folder`` to disk: before a folder written anew
    takes the place of an old one that is then removed, so a power cut leaves one whole."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                fd = os.open(os.path.join(root, name), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        sync_folder(Path(root))


#: How the temporary files of this app end: the folder a volunteer exports into is often
#: the Desktop, Documents or a shared stick, where other programs keep their own ``.tmp``
#: files, which are none of this app's business.
TEMPORARY_SUFFIX = ".uawriter.tmp"
#: A writer's mark: eight hex digits naming the data folder (the laptop) whose tally counts
#: the letters of a write. Two laptops share a folder on the organiser's stick; only the
#: tally of the laptop that wrote a temporary file can say whether its letters were
#: counted, so only that laptop finishes or removes it (probe 80b).
WRITER_MARK = re.compile(r"[0-9a-f]{8}")
#: ``.<name>.<random>.uawriter.tmp``, or ``.<name>.<random>-<mark>.uawriter.tmp`` for a
#: write with a writer's mark: the name a temporary file is for, mkstemp's part (letters,
#: digits and ``_``, never ``-``) and the mark.
_TEMPORARY_NAME = re.compile(
    r"\.(?P<name>.+)\.[a-z0-9_]{8}(?:-(?P<mark>[0-9a-f]{8}))?" + re.escape(TEMPORARY_SUFFIX)
)

#: The bytes of a file's name kept in its temporary file's name: with the dot, the random
#: part, a writer's mark and the suffix added, a name of 255 bytes (the most file systems
#: allow) still fits.
TEMPORARY_NAME_BYTES = 200
#: A name cut for its temporary file ends in ``~`` and these many hex digits of a hash of
#: the whole name, which tell it from every other name that begins the same way.
_NAME_HASH_DIGITS = 8
_CUT_NAME = re.compile(rf".*~[0-9a-f]{{{_NAME_HASH_DIGITS}}}", re.DOTALL)


def staged_file(path: Path) -> tuple[int, Path]:
    """A new, empty hidden temporary file beside ``path`` for another writer to fill (a
    printer writing a PDF by name), and its open file, locked as :func:`write_bytes_atomic`'s
    are: the caller gives it ``path``'s name with ``os.replace`` when it is whole, or
    removes it, then closes the file. Raises OSError naming ``path``."""
    return _staged(path, b"")


def _tail(mark: str) -> str:
    """How a temporary file's name ends: ``-<mark>.uawriter.tmp`` for a writer's ``mark``,
    else ``.uawriter.tmp``."""
    if not mark:
        return TEMPORARY_SUFFIX
    if not WRITER_MARK.fullmatch(mark):
        raise ValueError(f"not a writer's mark: {mark!r}")
    return f"-{mark}{TEMPORARY_SUFFIX}"


def shortened_name(name: str) -> str:
    """``name`` as the part of a hidden temporary name that says what it is for: whole if
    it has at most :data:`TEMPORARY_NAME_BYTES` bytes as the file system stores it, else
    its beginning and ``~`` and a hash of the whole name, in as many bytes. The hash lets
    a cleanup find the file a long name's temporary was for (:func:`claimed_by`): the
    beginning alone named no file, and the letters a killed export had counted there were
    deleted (probe 74c)."""
    raw = os.fsencode(name)
    if len(raw) <= TEMPORARY_NAME_BYTES:
        return name
    kept = TEMPORARY_NAME_BYTES - 1 - _NAME_HASH_DIGITS
    digest = hashlib.blake2s(raw, digest_size=_NAME_HASH_DIGITS // 2).hexdigest()
    beginning = raw[:kept].decode("utf-8", "ignore").encode("utf-8")
    return os.fsdecode(beginning) + "~" + digest


def tidy_before_writing(path: Path) -> list[Path]:
    """What a write of ``path`` killed before left beside it (the hidden file of a whole
    address book or postage table exported to a stick), removed before it is written again:
    it stayed there for good, and no start looks in that folder (probe 101c). Only the
    temporaries of that name, without a laptop's mark: no letter's."""
    return remove_stale_temporaries(path.parent, only_for=path.name)


def claimed_by(temporary: Path, name: str) -> Path:
    """The file beside ``temporary`` that it was written for, ``name`` being what its own
    name says (:func:`shortened_name`): the file of that name, or for a name cut short the
    file in the folder whose name it was cut from (if none is there, the name as cut)."""
    exact = temporary.with_name(name)
    if not _CUT_NAME.fullmatch(name) or os.path.lexists(exact):
        return exact
    with contextlib.suppress(OSError), os.scandir(temporary.parent) as entries:
        for entry in entries:
            if entry.name != name and shortened_name(entry.name) == name:
                return temporary.with_name(entry.name)
    return exact


#: A temporary file this old was left by a write that was killed (a write takes seconds).
STALE_TEMPORARY_SECONDS = 10 * 60


def remove_stale_temporaries(
    folder: Path,
    counted: Callable[[Path], Path | None] | None = None,
    mark: str = "",
    *,
    only_for: str = "",
) -> list[Path]:
    """Put right what a write killed in ``folder`` left (a pulled plug, a killed export):
    the hidden ``.<name>.<random>.uawriter.tmp`` file of :func:`write_bytes_atomic`, and
    the empty file :func:`write_new_file` claimed its name with. Nothing else is touched:
    not another program's ``.tmp`` files, not an empty file without a temporary of ours.

    A temporary file is left alone while its writer lives (it holds a lock on it; where
    there are no such locks, until it is old enough that no write can still own it). If
    ``counted(temporary)`` names the file its letters were counted as written to, the write
    had reached its last step, so it is finished now (that file is replaced: empty, or the
    file an export was told to replace); otherwise the temporary and an empty claim go.
    The file counted is taken from the tally, not rebuilt from the temporary's name, which
    holds only the beginning of a long one; it must be the file the temporary's name is
    for.

    A temporary whose name carries a writer's mark other than ``mark`` is left as it is,
    with its claim: another laptop wrote it into a folder they share, and only that
    laptop's tally says whether its letters were counted (its next start, export or
    ``tally`` puts it right). Recovery never deletes another's letter. A temporary without
    a mark (written before marks, or by a write no tally counts) is put right here.
    With ``only_for``, only the temporaries of the file of that name are. Returns what was
    removed or finished."""
    too_old = time.time() - STALE_TEMPORARY_SECONDS
    done: list[Path] = []
    with contextlib.suppress(OSError):
        for path in sorted(Path(folder).glob(f".*{TEMPORARY_SUFFIX}")):
            ours = _TEMPORARY_NAME.fullmatch(path.name)
            if ours is None or (ours["mark"] or mark) != mark:
                continue
            if only_for and ours["name"] != shortened_name(only_for):
                continue
            with contextlib.suppress(OSError):
                fd = _abandoned_temporary(path, too_old)
                if fd is None:
                    continue
                try:  # the lock is held until it is put right: no writer can take it meanwhile
                    done += _put_right(path, ours["name"], counted)
                finally:
                    os.close(fd)
    return done


def _put_right(
    temporary: Path, name: str, counted: Callable[[Path], Path | None] | None
) -> list[Path]:
    """Finish the write that left ``temporary`` (for the file ``name`` says) if its letters
    were counted, else remove it and its empty claim."""
    finished = counted(temporary) if counted is not None else None
    if finished is not None and shortened_name(finished.name) == name:
        try:
            info: os.stat_result | None = finished.lstat()
        except FileNotFoundError:
            info = None  # a file being replaced that did not exist yet
        if info is None or stat.S_ISREG(info.st_mode):
            os.replace(temporary, finished)
            sync_folder(finished.parent)
            return [finished]
    done: list[Path] = []
    claimed = claimed_by(temporary, name)
    with contextlib.suppress(FileNotFoundError):
        info = claimed.lstat()
        if stat.S_ISREG(info.st_mode) and info.st_size == 0:
            claimed.unlink()
            done.append(claimed)
    temporary.unlink()
    done.append(temporary)
    return done


def _abandoned_temporary(path: Path, too_old: float) -> int | None:
    """The temporary file ``path`` opened and locked if no live write owns it, else None
    (raises OSError)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode):
            gone = take_lock(fd, wait=False)
            if (info.st_mtime < too_old if gone is None else gone) and _still_named(fd, path):
                return fd
    except BaseException:
        os.close(fd)
        raise
    os.close(fd)
    return None


#: Why a file or folder is not written where the folder it goes into is missing: most
#: often a USB stick not plugged in, whose folder under /media is not there then.
NO_SUCH_FOLDER = "no such folder; is the USB stick plugged in? Nothing was written"


def _no_file_in_the_way(folder: Path) -> None:
    """A file standing where a folder should be (``folder`` or one above) is named."""
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "is a file, not a folder", str(part))


def folder_for(path: Path) -> None:
    """Check that the folder ``path`` (a file to write) goes into is there: none is made,
    so letters for a stick not plugged in do not go onto the laptop's own disk under its
    empty mount point, said to be saved. Raises NotADirectoryError naming a file where a
    folder should be, FileNotFoundError (:data:`NO_SUCH_FOLDER`) naming a missing folder."""
    _no_file_in_the_way(path.parent)
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, NO_SUCH_FOLDER, str(path.parent))


#: Where USB sticks are mounted: a folder missing right in one of these is a stick not
#: plugged in (the system removes its mount point), never a folder to make on the laptop.
_MOUNT_PLACES = ("/media", "/mnt", "/Volumes")
_MOUNT_PLACES_PER_USER = ("/media", "/run/media")


def _a_stick_place(folder: Path) -> bool:
    """Whether ``folder`` is where a stick is mounted (``/media/ann/STICK``, ``/Volumes/X``)."""
    parent = Path(os.path.realpath(folder.absolute().parent))  # a link to /media too
    return str(parent) in _MOUNT_PLACES or str(parent.parent) in _MOUNT_PLACES_PER_USER


def make_folder(folder: Path) -> None:
    """Make ``folder`` (to write files into) if it is not there; only it, never the folders
    above it, which must be there (see :func:`folder_for`), and never a stick's own mount
    point: a new folder beside others on a stick, but nothing on the laptop's disk where
    the stick is not plugged in."""
    _no_file_in_the_way(folder)
    if folder.is_dir():
        return
    if folder.is_symlink():  # a link to a folder not there: a stick not plugged in
        where = f"{folder} (a link to {os.readlink(folder)})"
        raise FileNotFoundError(errno.ENOENT, NO_SUCH_FOLDER, where)
    folder_for(folder)
    if _a_stick_place(folder):
        raise FileNotFoundError(errno.ENOENT, NO_SUCH_FOLDER, str(folder))
    folder.mkdir(exist_ok=True)


def refuse_non_regular(path: Path) -> None:
    """Raise :class:`OSError` naming ``path`` if it exists and is not a regular file."""
    try:
        info = path.stat()
    except OSError:
        return  # not there (or not reachable: the write itself will say why)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EPERM, "not a regular file; choose a file name", str(path))


class RefusedFile(OSError):
    """A file that is not read: not a regular file, or bigger than the caller allows."""


def read_regular_file(path: Path, max_bytes: int, *, follow_links: bool = True) -> bytes:
    """The bytes of ``path``, a regular file of at most ``max_bytes``.

    Raises :class:`RefusedFile` for anything else put in its place (a pipe, which would
    wait for a writer for ever; /dev/zero, which never ends; a folder; without
    ``follow_links``, a link) or a file too big, and OSError if it cannot be opened. The
    file is opened first and then looked at, so what is looked at is what is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        if Path(path).is_symlink():
            raise RefusedFile(errno.ELOOP, "a link, not a plain file", str(path))
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFile(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > max_bytes:
            raise RefusedFile(errno.EFBIG, f"larger than {max_bytes:,} bytes", str(path))
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:  # it grew since it was looked at
                raise RefusedFile(errno.EFBIG, f"larger than {max_bytes:,} bytes", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (not mkstemp's
    0600). Only a plain file's, never followed through a link: a folder's 0777 beside a
    letter made its "(2)" executable and writable by all (probe 70a)."""
    try:
        found = path.lstat()
    except OSError:
        found = None
    if found is not None and stat.S_ISREG(found.st_mode):
        return found.st_mode & 0o666
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_new_file(
    path: Path,
    data: bytes,
    max_tries: int = 999,
    before_replace: Callable[[Path, Path], None] | None = None,
    *,
    mark: str = "",
) -> Path:
    """Write ``data`` under ``path``'s name, or ``name (2).ext``, ``(3)``… if that name is
    taken: an existing file is never replaced. Returns the path actually written.

    The bytes are written to a temporary file first; then the name is claimed with
    ``O_CREAT | O_EXCL`` (so two writers never pick the same one, even on different laptops
    sharing a folder), and the finished bytes are renamed over the empty claimed file. That
    works on FAT-formatted USB sticks too, which have no hard links. If writing fails, the
    claimed empty file is removed again; a kill leaves the claim beside its temporary file,
    where :func:`remove_stale_temporaries` finds both.
    ``before_replace(name, temporary)``: as for :func:`write_bytes_atomic`, with the name
    claimed; ``mark`` too.
    """
    path = Path(path)
    with _Staged(path, data, free_name(path) if max_tries > 1 else path, mark) as staged:
        for number in range(1, max_tries + 1):
            candidate = path if number == 1 else _numbered(path, number)
            if number > 1:  # the temporary file names the file it is for
                staged.rename_for(candidate)
            try:
                claim = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
            except FileExistsError:
                continue
            os.close(claim)
            try:
                if before_replace is not None:
                    before_replace(candidate, staged.tmp)
                staged.place(candidate)
            finally:
                if not staged.placed:
                    with contextlib.suppress(OSError):
                        if candidate.stat().st_size == 0:
                            candidate.unlink()
            return candidate
    if max_tries > 1:
        raise FileExistsError(17, f"{max_tries} files of this name already exist", str(path))
    if path.is_symlink() and not path.exists():
        raise FileExistsError(17, "a link to a file that does not exist has this name", str(path))
    raise FileExistsError(17, "a file of this name already exists", str(path))


def write_file(
    path: Path,
    data: bytes,
    overwrite: bool = False,
    before_replace: Callable[[Path, Path], None] | None = None,
    *,
    mark: str = "",
) -> Path:
    """``data`` written to ``path`` atomically; an existing file is replaced only with
    ``overwrite`` (after the volunteer said yes), else FileExistsError names it.
    ``before_replace(path, temporary)`` and ``mark``: see :func:`write_bytes_atomic`.
    What an earlier write of ``path`` killed left beside it goes first
    (:func:`tidy_before_writing`)."""
    tidy_before_writing(path)
    if overwrite:
        write_bytes_atomic(path, data, _with_name(before_replace, path), mark=mark)
        return path
    if path.exists():
        raise FileExistsError(17, "a file of this name exists already", str(path))
    return write_new_file(path, data, max_tries=1, before_replace=before_replace, mark=mark)


def _with_name(
    call: Callable[[Path, Path], None] | None, path: Path
) -> Callable[[Path], None] | None:
    return None if call is None else lambda temporary: call(path, temporary)


def free_name(path: Path, ours: Callable[[Path], bool] | None = None) -> Path:
    """``path`` if no file has that name yet, else the first of ``name (2).pdf``,
    ``name (3).pdf`` … that is free, or that ``ours`` says may be replaced."""
    number = 1
    candidate = path
    while candidate.exists() or candidate.is_symlink():
        if ours is not None and ours(candidate):
            return candidate
        number += 1
        candidate = _numbered(path, number)
    return candidate


def _numbered(path: Path, number: int) -> Path:
    """``letter.pdf`` → ``letter (2).pdf``."""
    return path.with_name(f"{path.stem} ({number}){path.suffix}")

"""The tally: every letter written at an event, counted for the organiser's report.

A record says which letter went out (a random id, the time, the event, the action, the
addressee, the channel, the language and the number of pages) and never who wrote it:
there is no field for a volunteer's name. Records are kept in a JSON Lines file
(``tally.jsonl`` in the data folder), one record per line, only ever appended to, with an
``fsync`` after each batch. A crash can at worst cut the last line short; the reader skips
such a line (and any other damaged one) with a note and keeps every other record.

Several laptops at one event each keep their own file; ``merging.merge_into`` adds the
records of another laptop's file that are not there yet (by record id), so merging the same
file twice counts it once. The format is described in ``docs/tally-format.md``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from uawriter.atomic import (
    WRITER_MARK,
    free_name,
    read_regular_file,
    write_bytes_atomic,
    write_new_file,
)
from uawriter.storage.tally_reading import (
    _MARK_STARTS,
    _MIB,
    MAX_FIELD_CHARS,
    MOVE_IT_AWAY,
    SAVE_AS_UTF8,
    TALLY_WANTED,
    TOO_LARGE,
    TallyRefused,
    _Reader,
    _saved_as_utf16,
    not_counted_in,
    read_tally_file,
    refusal,
)
from uawriter.storage.tally_records import (
    MAX_LINE_BYTES,
    MAX_NOTES,
    MAX_TALLY_BYTES,
    TALLY_VERSION,
    Channel,
    Entry,
    EventInfo,
    ExtraCount,
    ExtraKind,
    LetterRecord,
    MergeReport,
    TallyContents,
    Withdrawal,
    _encode,
    content_digest,
    count_taken_back,
    extra_count,
    new_id,
    now_text,
)

#: What other modules take from here: the book, and the records and reader it is made of.
__all__ = [
    "MAX_FIELD_CHARS",
    "MAX_LINE_BYTES",
    "MAX_NOTES",
    "MAX_TALLY_BYTES",
    "MOVE_IT_AWAY",
    "SAVE_AS_UTF8",
    "TALLY_VERSION",
    "TALLY_WANTED",
    "TOO_LARGE",
    "Channel",
    "Entry",
    "EventInfo",
    "ExtraCount",
    "ExtraKind",
    "LetterRecord",
    "MergeReport",
    "TallyBook",
    "TallyContents",
    "TallyRefused",
    "Withdrawal",
    "content_digest",
    "count_taken_back",
    "extra_count",
    "letters_sent",
    "new_id",
    "not_counted_in",
    "now_text",
    "read_tally_file",
    "refusal",
    "without_file",
]


#: Beside the tally in the data folder: this laptop's writer's mark (see
#: :meth:`TallyBook.writer_mark`), eight hex digits and a newline.
WRITER_MARK_FILE = "laptop-id.txt"
#: The folders the last exports wrote in, kept beside the tally (see
#: :meth:`TallyBook.note_export_folder`), and how many.
EXPORT_FOLDERS_FILE = "export-folders.txt"
MAX_EXPORT_FOLDERS = 20


def letters_sent(letters: Sequence[LetterRecord]) -> list[LetterRecord]:
    """The letters the totals count, and the envelope table prints: each letter once,
    though its volunteer wrote it again in the same turn (to the same official, by the same
    way: a second copy of the file, a typo put right and exported again), which left a
    record for each file. The last one written stands for it (the typo put right), in the
    order they were written."""
    seen: set[tuple[str, str, str, str]] = set()
    sent = []
    for record in reversed(letters):
        if record.turn:
            key = (record.turn, record.pack_id, record.addressee_id, record.channel.value)
            if key in seen:
                continue
            seen.add(key)
        sent.append(record)
    sent.reverse()
    return sent


class TallyBook:
    """One laptop's tally file: appended to as letters go out, read for the totals."""

    def __init__(self, path: Path, turn: str = "") -> None:
        self.path = Path(path)
        #: Given to each letter recorded here that has none (see ``LetterRecord.turn``).
        self.turn = turn

    def in_turn(self, turn: str) -> TallyBook:
        """The same tally, recording letters as written in the volunteer's turn ``turn``
        (taken when an export starts: one that ends after Next volunteer is still the
        last volunteer's)."""
        return TallyBook(self.path, turn)

    def note_export_folder(self, folder: Path) -> None:
        """``folder`` kept, before an export writes in it, among the last folders written
        in: an export killed before its first letter was counted left a claimed empty
        file and a hidden copy there that no record named, and the next start, not knowing
        the folder, left them for good (probe 110c). Raises nothing: an export is not held
        up by a data folder this cannot be written to."""
        name = os.path.abspath(folder)  # "--out letters" is found from anywhere (probe 111a)
        folders = self.export_folders()
        if (folders and folders[-1] == name) or "\n" in name or "\r" in name:
            return
        kept = [*(f for f in folders if f != name), name][-MAX_EXPORT_FOLDERS:]
        text = "".join(f"{f}\n" for f in kept).encode("utf-8", "surrogateescape")
        with contextlib.suppress(OSError):
            write_bytes_atomic(self.path.with_name(EXPORT_FOLDERS_FILE), text)

    def export_folders(self) -> list[str]:
        """The folders :meth:`note_export_folder` kept, the last one last."""
        try:
            data = read_regular_file(self.path.with_name(EXPORT_FOLDERS_FILE), 256 * 1024)
        except OSError:
            return []
        lines = data.decode("utf-8", "surrogateescape").splitlines()
        return [line for line in lines if line.strip()][-MAX_EXPORT_FOLDERS:]

    def writer_mark(self, make: bool = True) -> str:
        """The mark the hidden files of letters counted here carry in their names
        (:data:`uawriter.atomic.WRITER_MARK`), kept beside the tally (``laptop-id.txt``),
        made at the first export (with ``make``). Another laptop exporting into a folder on
        a stick both use leaves such a file for this one to finish or remove: its tally
        cannot tell a letter counted here from one never counted. "" where none can be
        kept (a read-only data folder): the hidden files are then put right by any laptop,
        as before marks were kept."""
        kept = self.path.with_name(WRITER_MARK_FILE)
        for _attempt in range(2):
            try:
                text: str | None = read_regular_file(kept, 64).decode("ascii").strip()
            except FileNotFoundError:
                text = None
            except (OSError, UnicodeDecodeError):
                text = ""
            if text is not None and WRITER_MARK.fullmatch(text):
                return text
            if not make:
                return ""
            mark = (os.urandom(4).hex() + "\n").encode("ascii")
            try:
                if text is None:  # two processes making it at once: one of them does
                    write_new_file(kept, mark, max_tries=1)
                else:  # damaged (emptied by a kill, edited): a new one
                    write_bytes_atomic(kept, mark)
            except FileExistsError:
                continue
            except OSError:
                return ""
        return ""

    def record(self, entries: Sequence[Entry]) -> None:
        """Append ``entries`` and flush them to disk. Raises OSError (the records are then
        not counted; the caller says so)."""
        if not entries:
            return
        if self.turn:
            entries = [
                replace(entry, turn=self.turn)
                if isinstance(entry, LetterRecord) and not entry.turn
                else entry
                for entry in entries
            ]
        data = _encode(entries)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # a pipe or /dev/null: never counted
                raise OSError(errno.EPERM, "not a regular file", str(self.path))
            self._refuse_if_unread(info.st_size, len(data), lambda: os.pread(fd, 4, 0), fd)
            try:
                self._end_torn_line(fd)
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
            except OSError:
                # a full disk: take back the part written, which would read as a torn
                # line, "the app stopped while writing it"
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, info.st_size)
                raise
        finally:
            os.close(fd)

    def check_writable(self) -> None:
        """Raises OSError, naming the file, if records cannot be added (a read-only data
        folder, a write-protected stick): before letters are written, not after."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not (self.path.exists() or self.path.is_symlink()):
            if not os.access(self.path.parent, os.W_OK | os.X_OK):
                raise OSError(errno.EACCES, "its folder cannot be written to", str(self.path))
            return
        info = os.stat(self.path)
        if not stat.S_ISREG(info.st_mode):  # not opened: a pipe would wait
            raise OSError(errno.EPERM, "not a regular file", str(self.path))
        self._refuse_if_unread(info.st_size, 1, self._head, None)
        if not os.access(self.path, os.W_OK):
            raise OSError(errno.EACCES, "it cannot be written to", str(self.path))

    def _head(self) -> bytes:
        with contextlib.suppress(OSError), self.path.open("rb") as handle:
            return handle.read(4)
        return b""

    def _refuse_if_unread(
        self, size: int, adding: int, head: Callable[[], bytes], fd: int | None
    ) -> None:
        """Raises :class:`TallyRefused` if records added to this tally (``size`` bytes
        long, ``adding`` more) would not be read: it is over the size bound, or would be,
        or it was saved again as UTF-16 text, which lines of UTF-8 would spoil."""
        if size + adding > MAX_TALLY_BYTES:
            why = TOO_LARGE if size > MAX_TALLY_BYTES else f"would be larger than {_MIB} MiB"
            if size <= MAX_TALLY_BYTES:
                why += " with these letters, more than UA Writer reads"
            raise refusal(self.path, why, own=True)
        if not head().startswith(_MARK_STARTS):
            return
        try:
            raw = os.pread(fd, size, 0) if fd is not None else self.path.read_bytes()
        except OSError:
            return  # what cannot be read is said when it is written to
        encoding = _saved_as_utf16(raw)
        if encoding:
            why = f'was saved again as {encoding} text (Notepad\'s "Unicode")'
            raise refusal(self.path, why, own=True, remedy=SAVE_AS_UTF8)

    def wrote_in_turn(self, path: Path, pack_id: str | None = None) -> bool:
        """Whether a letter of this book's turn was written to ``path`` (as the last
        records say), from the pack ``pack_id`` if given: a file the volunteer at the
        window may replace (a typo put right), where another volunteer's letter of the same
        name is not theirs to replace, nor her letter for another update of the UA (its
        file is named alike, and was lost)."""
        if not self.turn:
            return False
        recent = self._recent(256 * 1024).letters
        return any(
            r.turn == self.turn
            and r.file
            and _same_file(r.file, path)
            and (pack_id is None or r.pack_id == pack_id)
            for r in recent
        )

    def counts_file(self, path: Path) -> bool:
        """Whether the tally counts a letter written to ``path`` (in any turn): a file
        nothing but that letter may be (envelopes saved over a volunteer's exported
        letter took it away, and the tally named envelopes as her letter: probe 90b)."""
        linked = _other_names(path)
        return any(r.file and _same_file(r.file, path, linked) for r in self.read().letters)

    def beside_letters(self, path: Path) -> Path:
        """``path``, or a free name beside it when a letter the tally counts is there: what
        the app saves or prints for the organiser never replaces a counted letter, whatever
        a "replace it?" was answered (envelopes, reports, prints: probes 90b, 91a, 93c)."""
        return free_name(path) if self.counts_file(path) else path

    def holds_others(self, path: Path) -> bool:
        """Whether the tally file ``path`` holds records this tally does not: another
        laptop's exported tally (the same name suggested on each), which an export of this
        one must not replace. A file that is not a tally at all holds none."""
        theirs = read_tally_file(path)
        if theirs.refused:
            return False
        if theirs.newer:  # a newer UA Writer's records, not read here: not ours (probe 91b)
            return True
        ours = {r.id for r in self.read().every()}
        return any(r.id not in ours for r in theirs.every())

    def recent_files(self, max_bytes: int = 64 * 1024) -> set[str]:
        """The files the last records name (those in the last ``max_bytes`` of the tally):
        where an export killed just before its rename may have left a letter to finish."""
        return {record.file for record in self._recent(max_bytes).letters if record.file}

    def counted_writes(self) -> Callable[[Path], Path | None]:
        """What names the file the tally counts letters as written to from the hidden file
        ``staged`` (the export that wrote it was killed after counting them, before the
        rename), or None. The file is the one the records name, beside ``staged``, whole:
        the hidden file's own name holds only the beginning of a long one (probe 74c). The
        folder the records name need not be ``staged``'s by its path: a stick back under
        another name (E: then F:, STICK then STICK1) holds the same folder, whose letter
        was deleted (probe 80b). The hidden file's name is random for each write, so a
        record naming it is this write's wherever the folder is now. The
        whole tally is read, once however many hidden files are asked about, and only when
        one is: a combined export of 200 letters appends one batch of 750 kB, and a power
        cut's damage early in it makes the whole batch uncounted."""
        waiting: dict[str, list[str]] | None = None

        def counts(staged: Path) -> Path | None:
            nonlocal waiting
            if waiting is None:
                waiting = {}
                with contextlib.suppress(OSError):
                    for record in self.read().letters:
                        if record.file and record.staged:
                            waiting.setdefault(record.staged, []).append(record.file)
            for file in waiting.get(staged.name, ()):
                return staged.with_name(Path(file).name)
            return None

        return counts

    def _recent(self, max_bytes: int) -> _Reader:
        """The records in the last ``max_bytes`` of the tally, withdrawn ones included."""
        reader = _Reader(self.path.name, whole=False)
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return reader
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return reader
            start = max(0, info.st_size - max_bytes)
            raw = os.pread(fd, info.st_size - start, start)
        except OSError:
            return reader
        finally:
            os.close(fd)
        if start:
            raw = raw.partition(b"\n")[2]  # the first line is cut: skipped
        reader.whole = not start  # the whole file: every batch is read from its first line
        reader.read(raw)
        return reader

    def withdrawals_for(self, path: Path) -> list[Withdrawal]:
        """What takes back the letters counted as written to ``path``, which an export is
        about to replace (empty if the tally cannot be read): those whose records name it
        and whose file had the bytes ``path`` holds (``digest``, where recorded): another
        stick's file of that name keeps them. A file on a stick back under another name
        (E: then F:) is not known by its bytes: a copy of it elsewhere has them too, and
        took back letters still on the stick (probes 81a, 83b); it keeps its letters."""
        path = Path(path)
        try:
            letters = self.read().letters
        except OSError:
            return []
        named = [r for r in letters if r.file and _same_file(r.file, path)]
        if any(r.digest for r in named):
            # a file of that name this laptop did not write (another stick given the same
            # drive letter): its records' letters are on their own stick (probe 83b)
            digest = _file_digest(path)
            if digest:
                named = [r for r in named if not r.digest or r.digest == digest]
        return [count_taken_back(r) for r in named]

    @staticmethod
    def _end_torn_line(fd: int) -> None:
        """A crash may have left a last line without its newline: end it, so the new
        records start on a line of their own (the torn one is then skipped alone)."""
        size = os.fstat(fd).st_size
        if size == 0:
            return
        if os.pread(fd, 1, size - 1) != b"\n":
            os.write(fd, b"\n")

    def read(self) -> TallyContents:
        return read_tally_file(self.path)

    def read_whole(self) -> TallyContents:
        """The tally, as :meth:`read`; raises :class:`TallyRefused` if it was not read at
        all (not a tally, too large): for what must not go on as if it were empty."""
        contents = self.read()
        if contents.refused:
            raise refusal(self.path, contents.refused, own=True)
        return contents

    def export_to(self, target: Path, overwrite: bool = False) -> int:
        """Write every good record to ``target`` (for another laptop to merge). Returns how
        many records were written. Raises FileExistsError if ``target`` exists (unless
        ``overwrite``), :class:`TallyRefused` if this tally cannot be read at all, OSError
        if it cannot be written."""
        contents = self.read_whole()
        # the letters taken back go too, with what takes them back: a merge takes back only
        # a letter the same file holds
        letters = map(without_file, [*contents.letters, *contents.taken_back])
        extras = [*contents.extras, *contents.extras_taken_back]
        data = _encode([*letters, *extras, *contents.withdrawals])
        target = Path(target)
        if overwrite:
            write_bytes_atomic(target, data)
        else:
            if target.exists():
                raise FileExistsError(17, "a file of this name exists already", str(target))
            write_new_file(target, data, max_tries=1)
        return len(contents.letters) + len(contents.extras)


def _other_names(path: Path) -> bool:
    """Whether the file at ``path`` may be known by another name: a symbolic link, or a
    file with more than one hard link (a print "to a PDF file" through either wrote over
    the counted letter it leads to: probe 95c)."""
    try:
        return path.is_symlink() or os.stat(path).st_nlink > 1
    except (OSError, ValueError):
        return False


def _same_file(recorded: str, path: Path, linked: bool = False) -> bool:
    """Whether a record's ``file`` is ``path``, however either is spelt ("sub/../x.pdf", a
    link to the Desktop, "X.PDF" on a stick that ignores case): the same file on disk.
    ``linked``: ``path`` may be a link to a file of another name (:func:`_other_names`)."""
    alike = Path(recorded).name.casefold() == path.name.casefold()
    if not (alike or linked):
        return False  # most records: no look at the disk
    try:
        return os.path.samefile(recorded, path) or (
            alike and _one_name_in_folder(Path(recorded), path)
        )
    except FileNotFoundError:  # not there yet (a write killed before its rename): by name
        return os.path.realpath(recorded) == os.path.realpath(path)
    except (OSError, ValueError):
        return False


def _file_digest(path: Path) -> str:
    """What the bytes of the regular file ``path`` hash to (see
    :func:`~uawriter.storage.tally_records.content_digest`), or "" if it cannot be read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return ""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return ""
        digest = hashlib.blake2b(digest_size=16)
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return ""
    finally:
        os.close(fd)


def _one_name_in_folder(one: Path, other: Path) -> bool:
    """Whether two spellings of a name in one folder ("all.pdf", "ALL.pdf") are one file on
    a stick that ignores case but gives each spelling its own inode number (a FAT stick
    mounted through FUSE): the folder lists only one of them. Raises OSError."""
    if one.name == other.name or not os.path.samefile(one.parent, other.parent):
        return False
    names = os.listdir(other.parent)
    return not (one.name in names and other.name in names)


def without_file(record: LetterRecord) -> LetterRecord:
    """A record as it leaves this laptop (or arrives from another): where the letter was
    written means nothing elsewhere, and a folder name can name a person."""
    return replace(record, file="", first_page=0, staged="", digest="") if record.file else record

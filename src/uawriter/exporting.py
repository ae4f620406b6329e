"""Letters written to disk: one file per letter (a PDF, a fax TIFF or an e-mail draft) or
all of them in one PDF, each under a name no other file has, each counted in the tally as
soon as it is on disk.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from uawriter.atomic import (
    TEMPORARY_SUFFIX,
    folder_for,
    make_folder,
    remove_stale_temporaries,
    write_file,
    write_new_file,
)
from uawriter.domain.contact_rules import is_email
from uawriter.domain.model import Sender
from uawriter.engine import Letter, render_letters
from uawriter.rendering import Paper
from uawriter.rendering.document import LetterTooLong
from uawriter.storage.address_book import counted_as
from uawriter.storage.tally import (
    Channel,
    Entry,
    EventInfo,
    LetterRecord,
    TallyBook,
    content_digest,
    count_taken_back,
    new_id,
    now_text,
)

if TYPE_CHECKING:
    from uawriter.channels.email import EmailDraft


def channel_of(letter: Letter) -> Channel:
    """How an exported letter goes out: by fax when it has a cover sheet, else by post."""
    return Channel.FAX if letter.as_fax and letter.can_fax else Channel.POST


def letter_record(
    letter: Letter,
    channel: Channel,
    pages: int,
    event: EventInfo | None,
    now: dt.datetime | None = None,
    *,
    file: Path | None = None,
    first_page: int = 0,
) -> LetterRecord:
    """The tally's record of one letter sent (written to ``file`` from its page
    ``first_page`` on, if it was exported). It names no volunteer."""
    return LetterRecord(
        id=new_id(),
        time=now_text(now),
        event_id=event.id if event else "",
        event=event.name if event else "",
        ua=letter.pack.action.ua_number,
        update=letter.pack.action.update,
        pack_id=letter.pack.id,
        addressee_id=letter.addressee.id,
        addressee=counted_as(letter.addressee),
        channel=channel,
        language=letter.lang,
        pages=pages,
        file=str(file.absolute()) if file is not None else "",
        first_page=first_page,
    )


def envelope_table_order(records: Iterable[LetterRecord]) -> list[LetterRecord]:
    """The exported letters among ``records`` in the order the envelope table wants them:
    by addressee, then by action, then by time, so every letter for one official lies
    together. Only letters exported for paper (by post, or a fax's pages): printed letters
    are already on paper, and e-mails go from the outbox (an .eml is no PDF to print, and
    its official would have it twice)."""
    exported = [r for r in records if r.file and r.channel in (Channel.POST, Channel.FAX)]
    return sorted(
        exported,
        key=lambda r: (r.addressee.casefold(), r.addressee_id, r.ua, r.update, r.time, r.id),
    )


# control characters (C0 and C1), line and paragraph separators, bidi controls, and what
# Windows or a path would read as syntax
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069/\\:*?"<>|]+')
#: Characters that show as nothing (a soft hyphen, zero-width spaces and joiners, direction
#: marks, a byte-order mark): in a file name they make two names that look the same.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]")


def _name_part(text: str) -> str:
    return _UNSAFE.sub("-", _INVISIBLE.sub("", text))


#: File names are kept well under the 255 bytes most file systems allow.
MAX_NAME_BYTES = 180


def within_bytes(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` bytes of UTF-8, never inside a character."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")


def file_name_for(
    letter: Letter, number: int, prefix: str = "", kind: str = "", suffix: str = ".pdf"
) -> str:
    """ "UA 129-10 - 01 President of Kazakhstan, Nursultan Nazarbaev - kk fax.pdf";
    with ``prefix`` "V03 " (a volunteer's number at an event) "V03 UA 129-10 - …".
    ``kind`` and ``suffix`` name other channels' files ("email", ".eml")."""
    kind = kind or ("fax" if letter.as_fax and letter.can_fax else "post")
    tag = _name_part(prefix).strip(" .-")
    tag = within_bytes(tag, 24) + " " if tag else ""
    ua = within_bytes(_name_part(letter.pack.action.ua_number), 40)
    start = f"{tag}UA {ua} - {number:02d} "
    end = f" - {letter.lang} {kind}{suffix}"
    room = MAX_NAME_BYTES - len((start + end).encode("utf-8"))
    who = within_bytes(_name_part(letter.addressee.display_name).strip(" .-"), room)
    return re.sub(" {2,}", " ", f"{start}{who.strip(' .-')}{end}")  # no name: no gap


def export_separately(
    letters: Sequence[Letter],
    folder: Path,
    sender: Sender,
    date: dt.date,
    paper: Paper = Paper.A4,
    invariant: bool = False,
    *,
    name_prefix: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    tally: TallyBook | None = None,
    event: EventInfo | None = None,
    as_tiff: bool = False,
) -> list[Path]:
    """One PDF per letter in ``folder``, each written atomically under a name no other file
    has: an existing file is never replaced ("… (2).pdf" is written instead). With
    ``as_tiff``, one TIFF Class F file per fax instead (``.tif``: what fax-modem software
    such as HylaFAX's sendfax or efax sends as it is); letters without a fax are left out.

    ``progress(done, total)`` is called after each letter; ``cancelled()`` is asked before
    each one. With a ``tally``, each letter is counted as soon as its file is on disk, so a
    crash in the middle counts exactly what was written. Raises OSError (what was written
    before stays, and is counted), or :class:`LetterTooLong` at a letter of too many pages
    (its ``written``: the files before it, written and counted); a tally that cannot be
    written raises :class:`TallyNotWritten` after all the letters are written.
    """
    make_folder(folder)
    tidy_folder(folder, tally)  # what an export killed here left
    written: list[Path] = []
    counting = _Counting(tally)
    for number, letter in enumerate(letters, start=1):
        if cancelled is not None and cancelled():
            break
        if as_tiff and not letter.can_fax:
            continue
        pages: list[int] = []
        try:
            data = render_letters([letter], sender, date, paper, invariant, pages_out=pages)
        except LetterTooLong as exc:  # the letters before it stay written and counted
            exc.written = list(written)
            raise
        name = file_name_for(letter, number, name_prefix)
        if as_tiff:
            from uawriter.rendering.fax_tiff import fax_tiff  # pdfium and Pillow: when needed

            data = fax_tiff(data)
            name = file_name_for(letter, number, name_prefix, kind="fax", suffix=".tif")
        count = counting.of(partial(_one, letter, channel_of(letter), sum(pages), event), data)
        try:
            written.append(
                write_new_file(folder / name, data, before_replace=count, mark=counting.mark)
            )
        except OSError as exc:
            if written:  # a full stick, a folder gone: what went before is saved and counted
                raise WrittenInPart(written, exc) from exc
            raise
        if progress is not None:
            progress(number, len(letters))
    counting.raise_if_failed(written)
    return written


def export_combined(
    letters: Sequence[Letter],
    path: Path,
    sender: Sender,
    date: dt.date,
    paper: Paper = Paper.A4,
    invariant: bool = False,
    *,
    overwrite: bool = False,
    tally: TallyBook | None = None,
    event: EventInfo | None = None,
) -> Path:
    """All the letters in one PDF at ``path``. An existing file is replaced only with
    ``overwrite`` (after the volunteer said yes); otherwise FileExistsError names it."""
    folder_for(path)  # a stick not plugged in: said before the letters are drawn
    pages: list[int] = []
    pdf = render_letters(letters, sender, date, paper, invariant, pages_out=pages)
    starts = [sum(pages[:index]) for index in range(len(pages))]

    def entries(path: Path) -> list[Entry]:
        # the letters of the file replaced are counted no more: they went with it
        replaced = tally.withdrawals_for(path) if tally and overwrite and path.exists() else []
        return [
            *replaced,
            *(
                letter_record(letter, channel_of(letter), n, event, file=path, first_page=start)
                for letter, n, start in zip(letters, pages, starts, strict=False)
            ),
        ]

    if path.parent.is_dir():
        tidy_folder(path.parent, tally)
    counting = _Counting(tally)
    # never over a folder, a device or a pipe
    write_document(path, pdf, overwrite, counting.of(entries, pdf), mark=counting.mark)
    counting.raise_if_failed([path])
    return path


def email_draft(letter: Letter, sender: Sender, cc: Sequence[str] = ()) -> EmailDraft:
    """The letter as an e-mail to every address its addressee has (``cc``: the embassy),
    with the action's title in the letter's language as the subject."""
    from uawriter.channels.email import EmailDraft, letter_body  # the email package: when needed

    signer = letter.pack.signer(sender)
    addressee = letter.addressee
    return EmailDraft(
        to=addressee.emails,
        subject=letter.pack.action.title.get(letter.lang),
        body=letter_body(letter.text, addressee.salutation.get(letter.lang), signer.contact_lines),
        sender_name=signer.name,
        sender_email=signer.email,
        cc=tuple(address for address in cc if address not in addressee.emails),
        to_name=addressee.name or addressee.title,
    )


def export_emails(
    letters: Sequence[Letter],
    folder: Path,
    sender: Sender,
    when: dt.datetime,
    *,
    cc: Sequence[str] = (),
    name_prefix: str = "",
    tally: TallyBook | None = None,
    event: EventInfo | None = None,
    sent_by_hand: Mapping[tuple[str, str], str] | None = None,
) -> list[Path]:
    """One ``.eml`` draft per letter whose addressee has an e-mail address, in ``folder``
    (the outbox), each under a name no other file has, each counted as an e-mail as soon as
    it is written. Letters to addressees without an address are left out (the caller says
    so: :func:`without_email`). Stopped part-way, raises :class:`WrittenInPart`.
    ``sent_by_hand``: the e-mails already counted without a draft (sent from webmail), the
    id of each one's record by (action id, addressee id); a draft of one takes that record
    back as it is counted, so the e-mail stays counted once."""
    from uawriter.channels.email import eml_bytes

    # every draft made (and read back) before any is written: one that is not safe to send
    # (UnsafeDraft) stops the export before it has written and counted the others
    drafts = [
        (number, letter, eml_bytes(email_draft(letter, sender, cc), when))
        for number, letter in enumerate(letters, start=1)
        if letter.addressee.emails
    ]
    make_folder(folder)
    tidy_folder(folder, tally)
    written: list[Path] = []
    counting = _Counting(tally)
    for number, letter, data in drafts:
        name = file_name_for(letter, number, name_prefix, kind="email", suffix=".eml")
        earlier = (sent_by_hand or {}).get((letter.pack.id, letter.addressee.id), "")
        count = counting.of(
            partial(_one, letter, Channel.EMAIL, 0, event, instead_of=earlier), data
        )
        try:
            written.append(
                write_new_file(folder / name, data, before_replace=count, mark=counting.mark)
            )
        except OSError as exc:
            if written:  # as for PDFs: what went before is saved and counted
                raise WrittenInPart(written, exc) from exc
            raise
    counting.raise_if_failed(written)
    return written


def without_email(letters: Sequence[Letter]) -> list[Letter]:
    """The letters whose addressee has no e-mail address mail can use: they go by fax or
    post. (A pack installed before the address rule was this strict can hold "a,b@x".)"""
    return [letter for letter in letters if not any(map(is_email, letter.addressee.emails))]


def write_document(
    path: Path,
    data: bytes,
    overwrite: bool = False,
    before_replace: Callable[[Path, Path], None] | None = None,
    *,
    mark: str = "",
) -> Path:
    """``data`` written to ``path`` atomically; an existing file is replaced only with
    ``overwrite``, else FileExistsError names it; the folder it goes into must be there
    (:func:`~uawriter.atomic.folder_for`). ``before_replace`` and ``mark``: see
    :func:`uawriter.atomic.write_bytes_atomic`."""
    folder_for(path)
    return write_file(path, data, overwrite, before_replace, mark=mark)


def finish_interrupted_exports(tally: TallyBook) -> list[Path]:
    """At a start: finish the letters an export killed just before their rename left, in
    whatever folder they were going to (the tally's last records name them), or remove
    what a killed write left there. Returns what was finished or removed."""
    done: list[Path] = []
    folders = {Path(name).parent for name in tally.recent_files()}
    # and where the last exports wrote: one killed before it counted a letter (probe 110c)
    folders.update(Path(name) for name in tally.export_folders())
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                left = any(entry.name.endswith(TEMPORARY_SUFFIX) for entry in entries)
        except (OSError, ValueError):
            continue
        if left:
            done += tidy_folder(folder, tally)
    return done


def tidy_folder(folder: Path, tally: TallyBook | None) -> list[Path]:
    """Put right what a write killed in ``folder`` left, before another is written there:
    letters counted are finished, anything else of this app's removed (see
    :func:`~uawriter.atomic.remove_stale_temporaries`), except what another laptop's
    write left (its hidden file carries that laptop's mark): that laptop finishes it."""
    mark = tally.writer_mark(make=False) if tally is not None else ""
    if tally is not None:
        tally.note_export_folder(folder)
    return remove_stale_temporaries(folder, _counted_in(tally), mark)


def _counted_in(tally: TallyBook | None) -> Callable[[Path], Path | None] | None:
    """The file the tally counts the letters of a write killed before its rename as written
    to, which is then finished: one of its last records names the file and the hidden file
    the letters waited in (an older record naming only the file counted the letters this
    one was replacing), and the letters waiting are whole."""
    if tally is None:
        return None

    counts = tally.counted_writes()

    def counted(temporary: Path) -> Path | None:
        claimed = counts(temporary)
        if claimed is None or (claimed.suffix.lower() == ".pdf" and not _whole_pdf(temporary)):
            return None
        return claimed

    return counted


def _whole_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - 32))
        return b"%%EOF" in handle.read()


def _one(
    letter: Letter,
    channel: Channel,
    pages: int,
    event: EventInfo | None,
    path: Path,
    *,
    instead_of: str = "",
) -> list[Entry]:
    """The tally's record of one letter written to ``path``; with ``instead_of``, first
    what takes back that record (the same letter, counted before without its file)."""
    record = letter_record(letter, channel, pages, event, file=path)
    if not instead_of:
        return [record]
    # the same letter, in the same event and action: its earlier record taken back
    taken_back = replace(count_taken_back(record), withdraws=instead_of)
    return [taken_back, record]


def _staged_in(entry: Entry, staged: Path, digest: str) -> Entry:
    if isinstance(entry, LetterRecord):
        return replace(entry, staged=staged.name, digest=digest)
    return entry


class _Counting:
    """Counts letters in the tally as each file is written, just before it takes its name.
    The first failure stops the counting, not the writing; it is raised at the end."""

    def __init__(self, tally: TallyBook | None) -> None:
        self.tally = tally
        #: in the hidden files' names: the letters waiting in them are this laptop's
        self.mark = tally.writer_mark() if tally is not None else ""
        self.error: OSError | None = None
        #: the files whose letters are in the tally: those before the first failure
        self.counted: list[Path] = []

    def of(
        self, entries: Callable[[Path], Sequence[Entry]], data: bytes
    ) -> Callable[[Path, Path], None]:
        """What to call with a file's name and the hidden file its bytes (``data``) wait
        in, before it takes the name: records ``entries(name)``, each letter naming the
        hidden file and what the bytes hash to."""
        digest = content_digest(data) if self.tally is not None else ""

        def count(path: Path, staged: Path) -> None:
            if self.tally is None or self.error is not None:
                return
            try:
                self.tally.record([_staged_in(entry, staged, digest) for entry in entries(path)])
            except OSError as exc:
                self.error = exc
            else:
                self.counted.append(path)

        return count

    def raise_if_failed(self, written: list[Path]) -> None:
        if self.error is not None:
            raise TallyNotWritten(written, self.error, self.counted)


class _WrittenBefore(OSError):
    """An export that stopped short of done: ``written`` are on disk; ``error`` says why,
    and its number, words and file are this error's too."""

    def __init__(self, written: list[Path], error: OSError) -> None:
        super().__init__(error.errno, error.strerror or str(error), error.filename)
        self.written = written
        self.error = error


class WrittenInPart(_WrittenBefore):
    """Writing stopped part-way (a full stick, a folder removed): ``written`` are saved and
    counted, the rest are not."""


class TallyNotWritten(_WrittenBefore):
    """The letters were written, but the tally could not count them all: ``counted`` are
    the files counted before it failed (a disk that filled part-way), ``uncounted`` the
    others, the only ones to count by hand."""

    def __init__(self, written: list[Path], error: OSError, counted: Sequence[Path] = ()) -> None:
        super().__init__(written, error)
        self.counted = [path for path in written if path in set(counted)]

    @property
    def uncounted(self) -> list[Path]:
        counted = set(self.counted)
        return [path for path in self.written if path not in counted]

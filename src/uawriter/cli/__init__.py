"""``uawriter`` on the command line. With no arguments it opens the window."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast

from uawriter import __version__
from uawriter.channels import UnsafeDraft
from uawriter.cli.channels import add_channel_commands, cmd_contacts, cmd_post
from uawriter.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    ClosedStream,
    OutputFailed,
    TerminalSafe,
    Usage,
    pack_for,
    refuse_folders_as_files,
    refuse_own_folder,
    running_event,
    safe_field,
    safe_text,
    send_nowhere,
    shortened,
    shown_problem,
    warn_unprintable,
    written_file,
    written_path,
)
from uawriter.domain.contact_rules import is_email
from uawriter.domain.model import CLOSING_SOON_DAYS, DeadlineStatus, Pack, Sender
from uawriter.engine import Letter, check_pack_folder, compose, list_packs
from uawriter.exporting import (
    TallyNotWritten,
    WrittenInPart,
    export_combined,
    export_emails,
    export_separately,
    finish_interrupted_exports,
)
from uawriter.letters import TemplateProblem, one_budget
from uawriter.packs.loader import BrokenPack
from uawriter.paths import DATA_DIR_VARIABLE, AppPaths, InDataFolder
from uawriter.rendering import Paper
from uawriter.rendering.document import LetterTooLong, TooManyPages
from uawriter.rendering.font_cache import keep_fonts_in
from uawriter.storage.tally import TallyBook, TallyRefused

#: How ``export`` sends the letters (``--channel``).
CHANNELS = ("fax", "post", "email", "fax-tiff")


def _letter_date(text: str) -> dt.date:
    """``--date``: a date written YYYY-MM-DD, or a message saying so ("invalid
    fromisoformat value" was Python's)."""
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        date = None
    if date is None or len(text) != 10:  # fromisoformat also reads "20261204"
        raise argparse.ArgumentTypeError(
            f"{safe_field(text)!s} is not a date on the calendar written YYYY-MM-DD, "
            "such as 2026-12-04"
        )
    return date


class _TerminalSafeParser(argparse.ArgumentParser):
    """argparse's own messages ("unrecognized arguments: …", "ambiguous option", "invalid
    choice") quote what was typed, such as ``uawriter import *.uapack`` on a stick holding
    a file named with an escape sequence: shown escaped, as every other message is."""

    def _print_message(self, message: str, file: Any = None) -> None:
        # argparse lets a failed write go: "--help > help.txt" on a full disk wrote
        # nothing, said nothing and succeeded (probe 113b)
        if not message:
            return
        stream = file or sys.stderr
        try:
            stream.write(safe_text(message))
            stream.flush()
        except OSError as exc:
            if stream is not sys.stderr:  # a message nobody can be shown is let go
                raise OutputFailed(exc, stream) from exc

    def error(self, message: str) -> NoReturn:
        # one line, whatever was typed: a value with a line break forged a line of its own
        super().error(shortened(safe_field(message)))  # a pasted page: probe 114a


def _parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _TerminalSafeParser(
        prog="uawriter",
        description="Write Urgent Action appeal letters and export them as fax or postal PDFs. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"UA Writer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("packs", help="list the action packs and their deadlines")

    validate = sub.add_parser("validate", help="check a pack folder and list every problem")
    validate.add_argument("path", type=Path, help="the pack folder (holding pack.toml)")

    export = sub.add_parser("export", help="write the letters of a pack as PDFs")
    export.add_argument("--pack", required=True, help="pack id (see: uawriter packs)")
    export.add_argument("--lang", required=True, help="letter language, such as kk, ru, en")
    export.add_argument(
        "--to", default="all", help="'all' or addressee ids separated by commas (default: all)"
    )
    export.add_argument(
        "--channel",
        choices=CHANNELS,
        default=None,
        help="fax: PDF with a cover sheet (the default); post: PDF without one; email: an "
        ".eml draft per addressee with an e-mail address, to send later; fax-tiff: a TIFF "
        "Class F file per fax, for fax-modem software",
    )
    export.add_argument("--postal", action="store_true", help="the same as --channel post")
    export.add_argument("--paper", choices=[p.value for p in Paper], default=Paper.A4.value)
    export.add_argument("--sender-name", default="", metavar="NAME")
    export.add_argument(
        "--sender-address", default="", metavar="TEXT", help="lines separated by ';'"
    )
    export.add_argument("--sender-email", default="", metavar="ADDR")
    export.add_argument(
        "--sender-phone", default="", metavar="NUMBER", help="a phone or fax for replies"
    )
    export.add_argument("--date", type=_letter_date, default=None, help="letter date, YYYY-MM-DD")
    export.add_argument(
        "--invariant",
        action="store_true",
        help="reproducible output: the same input always gives the same bytes",
    )
    export.add_argument(
        "--overwrite",
        action="store_true",
        help="with --combined: replace FILE if it exists (letters in --out are never replaced)",
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--out",
        type=written_path,
        metavar="DIR",
        help="one file per addressee here (the outbox for email)",
    )
    target.add_argument(
        "--combined", type=written_file, metavar="FILE", help="all letters in one PDF"
    )

    add_channel_commands(sub)

    imports = sub.add_parser("import", help="install a .uapack file or a pack folder")
    imports.add_argument("file", type=Path, metavar="FILE", help="a .uapack file or pack folder")
    imports.add_argument(
        "--replace", action="store_true", help="replace an installed pack with the same id"
    )
    pack_export = sub.add_parser("pack-export", help="write a pack as a .uapack file to share")
    pack_export.add_argument("id", metavar="ID", help="pack id (see: uawriter packs)")
    pack_export.add_argument(
        "file", type=written_path, metavar="FILE", help="the .uapack file to write"
    )
    pack_export.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    tally = sub.add_parser(
        "tally",
        help="letters written, counted: totals, CSV/PDF report, export and merge",
        description="Without an action: the totals on screen. 'export FILE' writes this "
        "laptop's tally for another laptop to merge; 'merge FILE...' adds other laptops' "
        "tallies (a letter already counted is not counted again).",
    )
    tally.add_argument(
        "action", nargs="?", choices=["show", "export", "merge"], default="show", metavar="ACTION"
    )
    tally.add_argument("files", nargs="*", metavar="FILE")
    tally.add_argument(
        "--event",
        metavar="NAME",
        help="only this evening: every laptop's event of this name (or id) on its date",
    )
    tally.add_argument(
        "--date",
        type=_letter_date,
        metavar="YYYY-MM-DD",
        help="only the evening of this date (an event name held on several dates needs it)",
    )
    tally.add_argument(
        "--csv", type=written_file, metavar="FILE", help="one row per letter, as CSV"
    )
    tally.add_argument("--pdf", type=written_file, metavar="FILE", help="a one-page report as PDF")
    tally.add_argument(
        "--report-language",
        metavar="CODE",
        help="the language of the --pdf report's words: en, de, es, fr, ru, kk or ar "
        "(default: the window's interface language)",
    )
    draft = sub.add_parser(
        "draft-pack", help="draft a pack from an Urgent Action's text (.txt or .pdf) to review"
    )
    draft.add_argument("file", metavar="FILE", help="the Urgent Action: .txt or .pdf; - for stdin")
    draft.add_argument("--json", action="store_true", help="print the draft as JSON")
    draft.add_argument(
        "--out",
        type=written_path,
        metavar="FOLDER",
        help="also write the draft as a pack folder (pack.toml and its letter) to edit and check",
    )
    draft.add_argument(
        "--id", metavar="ID", help="the pack id for --out (default from the UA number)"
    )
    return parser


def _status_word(deadline: dt.date | None, today: dt.date) -> str:
    if deadline is None:
        return "no deadline"
    status = DeadlineStatus.OPEN
    if today > deadline:
        status = DeadlineStatus.PASSED
    elif (deadline - today).days <= CLOSING_SOON_DAYS:
        status = DeadlineStatus.CLOSING_SOON
    return f"{status.value} (deadline {deadline.isoformat()})"


def _cmd_packs(paths: AppPaths, out: TextIO, err: TextIO, today: dt.date) -> int:
    """From the index of packs kept between runs (``engine.list_packs``): a season's
    hundreds of packs are listed without reading each again."""
    rows = list_packs(paths)
    good = [row for row in rows if not row.problems]
    lines = []
    for row in good:
        ua = f"UA {row.ua_number}" + (f" update {row.update}" if row.update else "")
        deadline = dt.date.fromisoformat(row.deadline) if row.deadline else None
        fields = (row.id, ua, row.title, _status_word(deadline, today))
        # one line a pack, one tab between fields, whatever the texts hold (``out`` shows
        # their control characters: see TerminalSafe)
        lines.append("\t".join(" ".join(field.split()) for field in fields) + "\n")
    out.write("".join(lines))
    for row in rows:
        if row.problems:
            err.write(f"broken pack in {safe_field(row.folder)}:\n")
            for problem in row.problems:  # one line each, whatever a folder's name holds
                err.write(f"  {safe_field(problem)}\n")
    user_packs = paths.user_packs
    if (user_packs.exists() or user_packs.is_symlink()) and not user_packs.is_dir():
        err.write(
            f"note: {safe_field(str(user_packs))} is not a folder: no installed pack is read\n"
        )
    if not good:
        err.write("no packs found\n")
    return EXIT_OK


def _cmd_validate(path: Path, out: TextIO, err: TextIO) -> int:
    where = safe_field(str(path))
    if not path.is_dir():
        err.write(f"{where}: is not a folder; give the folder that holds pack.toml\n")
        return EXIT_PROBLEMS
    from uawriter.packs.folder_checks import folder_problems

    refused = folder_problems(path)  # what import refuses before it reads the pack
    if refused:
        for problem in refused:
            out.write(f"{shown_problem(problem)}\n")
        err.write(f"{where}: {len(refused):,} problem{'s' if len(refused) != 1 else ''}\n")
        return EXIT_PROBLEMS
    result = check_pack_folder(path)
    if isinstance(result, BrokenPack):
        for problem in result.problems:
            out.write(f"{shown_problem(problem)}\n")
        count = result.count
        err.write(f"{where}: {count:,} problem{'s' if count != 1 else ''}\n")
        return EXIT_PROBLEMS
    out.write(
        f"{where}: OK: pack {safe_text(result.id)}, {len(result.addressees)} "
        f"addressee{'s' if len(result.addressees) != 1 else ''}, "
        f"letters in {', '.join(result.letter_languages)}\n"
    )
    for note in result.notes:
        out.write(f"note: {safe_field(str(note))}\n")
    return EXIT_OK


def _choose(pack: Pack, to: str) -> list[str]:
    valid = [a.id for a in pack.addressees]
    if to.strip() == "all":
        return valid
    wanted = [part.strip() for part in to.split(",") if part.strip()]
    unknown = [w for w in wanted if w not in valid]
    if unknown or not wanted:
        raise Usage(
            f"no addressee {', '.join(unknown) or repr(to)} in pack {pack.id}; "
            f"choose 'all' or from: {', '.join(valid)}"
        )
    return wanted


def _channel(args: argparse.Namespace) -> str:
    if args.postal and args.channel not in (None, "post"):
        raise Usage(f"--postal is --channel post; it cannot go with --channel {args.channel}")
    channel = "post" if args.postal else (args.channel or "fax")
    if channel == "email" and args.combined:
        raise Usage("e-mails are one draft per addressee: use --out DIR (the outbox folder)")
    if channel == "fax-tiff" and args.combined:
        raise Usage("a fax modem sends one file per fax: use --out DIR")
    return str(channel)


def _cmd_export(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    channel = _channel(args)
    pack = pack_for(paths, args.pack, err)
    if pack is None:
        return EXIT_PROBLEMS
    if args.lang not in pack.templates:
        raise Usage(
            f"pack {pack.id} has no letter in {args.lang!r}; "
            f"choose from: {', '.join(pack.letter_languages)}"
        )
    chosen = _choose(pack, args.to)
    if args.sender_email and not is_email(args.sender_email.strip()):
        raise Usage(
            f"--sender-email '{safe_field(args.sender_email)}' is not an e-mail address; "
            "type it as name@example.org (the letter gives it as where to reply)"
        )
    sender = Sender.from_text(
        args.sender_name, args.sender_address, args.sender_email, phone=args.sender_phone
    )
    if sender.problem():
        raise Usage(f"the sender given: {sender.problem()}; shorten it")
    date = args.date or dt.date.today()
    as_fax = channel in ("fax", "fax-tiff")
    letters: list[Letter] = []
    with one_budget(len(chosen)):  # as the pack's check: a template slow only on the day
        for addressee_id in chosen:
            addressee = pack.addressee(addressee_id)
            text = compose(pack, addressee_id, args.lang, sender, date)
            letters.append(Letter(pack, addressee, args.lang, text, as_fax=as_fax))
    for letter in letters:
        err.write(_channel_note(letter, channel))
    if channel == "fax-tiff":
        letters = [letter for letter in letters if letter.can_fax]
    if channel == "email":
        letters = [letter for letter in letters if letter.addressee.emails]
    if not letters:
        err.write(f"uawriter: none of the chosen addressees can be reached by {channel}\n")
        return EXIT_PROBLEMS
    if channel != "email":
        warn_unprintable("".join(letter.text for letter in letters), err)
    if not _tally_takes_letters(paths, err):
        return EXIT_PROBLEMS
    try:
        written = _write(args, channel, letters, sender, date, paths, err)
    except TooManyPages as exc:
        return _too_many_pages(exc, out, err)
    except UnsafeDraft as exc:
        err.write(f"uawriter: no e-mail was written: {safe_field(str(exc))}\n")
        return EXIT_PROBLEMS
    except FileExistsError as exc:
        err.write(
            f"uawriter: {exc.filename} exists already; nothing was written. Choose another "
            "file name, or add --overwrite to replace it\n"
        )
        return EXIT_PROBLEMS
    except (TallyNotWritten, WrittenInPart) as exc:
        return _written_before(exc, letters, channel, paths, out, err)
    if written:  # said if the list of them cannot be: exported again, they counted twice
        WRITTEN_BEFORE_OUTPUT.set(
            f"{_files_text(len(written))} in {safe_field(str(written[0].parent))}: their "
            "letters were written and counted; only the list of them was lost: do not "
            "export them again"
        )
    for path in written:
        out.write(f"{safe_field(str(path))}\n")
    return EXIT_OK


def _files_text(count: int) -> str:
    return "1 file" if count == 1 else f"{count:,} files"


def _tally_takes_letters(paths: AppPaths, err: TextIO) -> bool:
    """Whether letters written now can be counted: said why not, before any is written."""
    finish_interrupted_exports(TallyBook(paths.tally_file))  # what a killed export left
    try:
        TallyBook(paths.tally_file).check_writable()
    except TallyRefused as exc:  # too large, or saved as UTF-16: its sentence says what to do
        err.write(f"uawriter: no letter was written: {safe_field(exc.strerror or str(exc))}\n")
        return False
    except OSError as exc:
        err.write(
            f"uawriter: the tally {safe_field(str(paths.tally_file))} cannot be written "
            f"({exc.strerror or exc}), so no letter was written: none would be counted. Make "
            "the data folder writable, or give another one in UAWRITER_DATA_DIR\n"
        )
        return False
    return True


def _too_many_pages(exc: TooManyPages, out: TextIO, err: TextIO) -> int:
    """A letter past the page bound (or a fax TIFF of too many pages): what was written
    before it is listed, as it is counted."""
    before = exc.written if isinstance(exc, LetterTooLong) else []
    for path in before:
        out.write(f"{safe_field(str(path))}\n")
    err.write(f"uawriter: {safe_field(str(exc))}\n")
    if before:
        which = (
            "letter before it was" if len(before) == 1 else f"{len(before)} letters before it were"
        )
        err.write(f"uawriter: the {which} written and counted; it and those after it were not\n")
    return EXIT_PROBLEMS


def _written_before(
    exc: TallyNotWritten | WrittenInPart,
    letters: Sequence[Letter],
    channel: str,
    paths: AppPaths,
    out: TextIO,
    err: TextIO,
) -> int:
    """An export that stopped after writing some files: which, and what to do."""
    for path in exc.written:
        out.write(f"{safe_field(str(path))}\n")
    reason = exc.error.strerror or exc.error
    if isinstance(exc, TallyNotWritten) and exc.counted:
        # a disk that filled part-way: the first were counted, and a hand count of all
        # of them would count those twice
        uncounted = exc.uncounted
        err.write(
            f"uawriter: the letters were written; {len(exc.counted)} of {len(exc.written)} "
            f"files were counted in {safe_field(str(paths.tally_file))}, then counting "
            f"failed: {reason}. Count only these {len(uncounted)} by hand in the window "
            "(Event, Add counts):\n"
        )
        for path in uncounted:
            err.write(f"  {safe_text(path.name)}\n")
    elif isinstance(exc, TallyNotWritten) and isinstance(exc.error, TallyRefused):
        err.write(
            "uawriter: the letters were written (above), but none of them could be counted: "
            f"{safe_field(exc.error.strerror or str(exc.error))}. Count them by hand in the "
            "window (Event, Add counts)\n"
        )
    elif isinstance(exc, TallyNotWritten):
        err.write(
            f"uawriter: the letters were written, but none of them could be counted in "
            f"{safe_field(str(paths.tally_file))}: {reason}; count them by hand in the "
            "window (Event, Add counts)\n"
        )
    else:
        # the letters are written in order, skipping those the channel cannot carry
        going = [x for x in letters if _goes_by(x, channel)]
        left = ",".join(x.addressee.id for x in going[len(exc.written) :])
        err.write(
            f"uawriter: {len(exc.written)} of {len(going)} letters were written and "
            f"counted (above); then {safe_field(str(exc.error.filename or ''))} could not "
            f"be written: {reason}. Write the others, and only those, with --to "
            f"{safe_text(left)} (and --out elsewhere)\n"
        )
    return EXIT_PROBLEMS


def _goes_by(letter: Letter, channel: str) -> bool:
    """Whether ``channel`` writes a file for ``letter`` (an e-mail needs an address, a
    fax image a fax number)."""
    if channel == "email":
        return bool(letter.addressee.emails)
    return letter.can_fax if channel == "fax-tiff" else True


def _channel_note(letter: Letter, channel: str) -> str:
    """What the volunteer should know about one letter on this channel, or ""."""
    addressee = letter.addressee
    who = safe_text(addressee.display_name)
    if channel == "email" and not addressee.emails:
        how = f"; fax: {addressee.fax}" if addressee.fax else ""
        return f"note: {who} has no e-mail address, so no draft is written (send by post{how})\n"
    if channel == "fax-tiff" and not letter.can_fax:
        return f"note: {who} has no fax number, so no fax is written (send by post)\n"
    if channel == "fax" and not letter.can_fax:
        how = f"; e-mail: {', '.join(addressee.emails)}" if addressee.emails else ""
        return (
            f"note: {who} has no fax number, so the letter is laid "
            f"out for post, without a cover sheet{safe_text(how)}\n"
        )
    return ""


def _write(
    args: argparse.Namespace,
    channel: str,
    letters: Sequence[Letter],
    sender: Sender,
    date: dt.date,
    paths: AppPaths,
    err: TextIO,
) -> list[Path]:
    paper = Paper(args.paper)
    book = TallyBook(paths.tally_file)
    event = running_event(paths, err)
    if channel == "email":
        when = dt.datetime.now().astimezone()
        if args.date:
            when = dt.datetime.combine(args.date, when.timetz())
        return export_emails(letters, args.out, sender, when, tally=book, event=event)
    if args.combined:
        return [
            export_combined(
                letters,
                args.combined,
                sender,
                date,
                paper,
                args.invariant,
                overwrite=args.overwrite,
                tally=book,
                event=event,
            )
        ]
    return export_separately(
        letters,
        args.out,
        sender,
        date,
        paper,
        args.invariant,
        tally=book,
        event=event,
        as_tiff=channel == "fax-tiff",
    )


#: Options that are text a letter carries, never a file name (a file name on Linux may be any
#: bytes; these must be text).
_TEXT_OPTIONS = (
    "sender_name",
    "sender_address",
    "sender_email",
    "sender_phone",
    "pack",
    "lang",
    "to",
    "event",
)


def _undecodable_text(args: argparse.Namespace) -> str:
    """A message if a text option holds bytes that are not UTF-8 (Python keeps them as lone
    surrogates, which no PDF can hold); "" if all is well."""
    for name in _TEXT_OPTIONS:
        value = getattr(args, name, None)
        if not isinstance(value, str):
            continue
        bad = next((i for i, c in enumerate(value) if "\udc80" <= c <= "\udcff"), None)
        if bad is not None:
            byte = ord(value[bad]) - 0xDC00
            option = "--" + name.replace("_", "-")
            return (
                f"{option} is not UTF-8 text (byte 0x{byte:02X} at character {bad + 1}); "
                "set the terminal to UTF-8 and type it again"
            )
    return ""


def _command(
    args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO, today: dt.date | None
) -> int | None:
    """The chosen command run; None when none was chosen."""
    if args.command is not None:
        refuse_own_folder(args, paths)
        refuse_folders_as_files(args)
    if args.command == "packs":
        return _cmd_packs(paths, out, err, today or dt.date.today())
    if args.command == "validate":
        return _cmd_validate(args.path, out, err)
    if args.command == "export":
        return _cmd_export(args, paths, out, err)
    if args.command in ("envelopes", "labels"):
        return cmd_post(args, paths, out, err)
    if args.command == "contacts":
        return cmd_contacts(args, paths, out, err)
    if args.command in ("import", "pack-export", "draft-pack"):
        from uawriter.cli import pack_files

        return pack_files.run(args, paths, out, err)
    if args.command == "tally":
        from uawriter.cli.tally import cmd_tally

        return cmd_tally(args, paths, out, err)
    return None


#: What a command wrote and counted before listing it on its output: said when the list
#: cannot be written (a full disk under "export … > list.txt" read as a failed export, and
#: run again, counted its letters twice: probe 113b).
WRITTEN_BEFORE_OUTPUT: ContextVar[str] = ContextVar("written_before_output", default="")


def _data_folder_problem(folder: Path) -> str:
    """Why ``folder`` cannot be the data folder ("" if it can): it, or a folder it would be
    made in, is a file or a device. Each command named the tally it could not write "(Not
    a directory)", or "(File exists)", and neither the setting nor what to do (probe
    113b)."""
    for place in (folder, *folder.parents):
        try:
            if place.is_dir():
                return ""
            there = place.exists()  # a link to a folder not made yet, or a loop: no file
        except OSError:  # a name too long: the command names it where it writes
            return ""
        if there:
            return (
                f"the data folder {folder} cannot be used: {place} is a file, not a folder. "
                f"Set {DATA_DIR_VARIABLE} to a folder (or unset it to use the usual one)"
            )
    return ""


def _output_failed(failure: OutputFailed, err: TextIO) -> int:
    """What a command does when its output cannot be written. Whatever it wrote to the
    data folder or an export folder is whole and counted; a reader that stopped early
    (``| head``) is told nothing, a full disk is named."""
    send_nowhere(failure.stream)
    if not isinstance(failure.error, BrokenPipeError):
        reason = failure.error.strerror or failure
        err.write(f"uawriter: could not write the output: {reason}\n")
        done = WRITTEN_BEFORE_OUTPUT.get()
        if done:  # a full disk under the list: the letters are written and counted
            err.write(f"uawriter: {done}\n")
    return EXIT_PROBLEMS


def run(
    argv: Sequence[str],
    paths: AppPaths | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    today: dt.date | None = None,
) -> int:
    """The command line as a function: tests call this with their own folders and streams."""
    closed_out = cast(TextIO, ClosedStream("standard output"))
    closed_err = cast(TextIO, ClosedStream("standard error"))
    out = cast(TextIO, TerminalSafe(out or sys.stdout or closed_out))
    err = cast(TextIO, TerminalSafe(err or sys.stderr or closed_err, messages=True))
    written = WRITTEN_BEFORE_OUTPUT.set("")
    try:
        return _run(argv, paths, out, err, today)
    except OutputFailed as exc:
        return _output_failed(exc, err)
    finally:
        WRITTEN_BEFORE_OUTPUT.reset(written)


def _run(
    argv: Sequence[str], paths: AppPaths | None, out: TextIO, err: TextIO, today: dt.date | None
) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv))
    paths = paths or AppPaths.default()
    unusable = _data_folder_problem(paths.data_dir)
    if unusable:
        err.write(f"uawriter: {safe_field(unusable)}\n")
        return EXIT_PROBLEMS
    keep_fonts_in(paths.font_cache)
    problem = _undecodable_text(args)
    if problem:
        err.write(f"uawriter: {problem}\n")
        return EXIT_USAGE
    try:
        code = _command(args, paths, out, err, today)
        if code is not None:
            out.flush()  # here, where a full disk or a closed pipe can still be named
            err.flush()
            return code
    except Usage as exc:  # one line, whatever was typed or a stick's file is named
        err.write(f"uawriter: {shortened(safe_field(str(exc)))}\n")
        return EXIT_USAGE
    except TemplateProblem as exc:
        err.write(f"uawriter: the letter could not be written: {shown_problem(exc.problem)}\n")
        return EXIT_PROBLEMS
    except InDataFolder as exc:
        err.write(f"uawriter: {safe_field(str(exc))}\n")
        return EXIT_PROBLEMS
    except OSError as exc:
        # a write that names no file (a full disk under an import): the data folder's
        where = safe_field(str(exc.filename or f"in the data folder {paths.data_dir}"))
        err.write(f"uawriter: could not write {where}: {safe_field(str(exc.strerror or exc))}\n")
        return EXIT_PROBLEMS
    parser.print_help(out)
    return EXIT_OK

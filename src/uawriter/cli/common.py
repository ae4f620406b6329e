"""What every ``uawriter`` command shares: exit codes, text made safe for a terminal, the
usage error, and finding an installed pack by its id."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from uawriter.domain.model import Pack, Problem
from uawriter.engine import installed_pack, list_packs
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths, refuse_data_folder

if TYPE_CHECKING:
    from uawriter.storage.tally import EventInfo

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_CONFIRM = 3  # import: a pack with that id is installed; run again with --replace


_CONTROL = re.compile(
    # controls, line and paragraph separators, the direction marks, embeddings, overrides
    # and isolates (a mark reordered a stranger's address on the terminal: probe 93b)
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
    r"\u2066-\u2069\ud800-\udfff]"
)


def _shown(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """Text from packs, file names and tallies made safe for a terminal: control characters
    (escape sequences that would rewrite the screen, bidi overrides, line separators) and
    the bytes of a file name that is not UTF-8 are shown as \\xNN or \\uNNNN."""
    return _CONTROL.sub(lambda m: _shown(m.group()), text)


def safe_field(text: str) -> str:
    """One field of a pack on one line: :func:`safe_text`, and its line breaks and tabs
    shown too, so a title cannot print a line of its own (a forged fax number)."""
    return safe_text(text).replace("\n", "\\x0a").replace("\t", "\\x09")


#: The characters of a message about what was typed at most: a page pasted for a word
#: (``--pack "$(cat ua.txt)"``) was said back whole, 100 KB and more, and the line saying
#: what to do was lost at its end (probe 113b).
MAX_MESSAGE_CHARS = 1_500


def shortened(message: str) -> str:
    """``message`` (one line) as a terminal shows it: its beginning and its end (where the
    fix is) when it is longer than :data:`MAX_MESSAGE_CHARS`."""
    if len(message) <= MAX_MESSAGE_CHARS:
        return message
    half = MAX_MESSAGE_CHARS // 2
    end = "\n" if message.endswith("\n") else ""
    body = message.removesuffix("\n")
    left_out = len(body) - 2 * half
    cut = f"{body[:half]} … ({left_out:,} characters left out) … {body[-half:]}{end}"
    return cut if len(cut) < len(message) else message  # never longer (probe 116a)


def shown_problem(problem: Problem) -> str:
    """A pack's problem on one line: the file and field it names (a stranger's file name,
    which may hold a line break) and its message (which may quote the pack: Python's
    "Invalid format specifier" quotes a template's text, line breaks and all, probe 97a)
    shown as :func:`safe_field` shows them."""
    return str(
        Problem(safe_field(problem.file), safe_field(problem.field), safe_field(problem.message))
    )


class ClosedStream:
    """What a command writes to when it was started with that stream closed (a launcher or
    a scheduled job; Python then gives None): each write fails as on a closed file, so the
    output is said to be lost, and a message is let go (probe 103a: a traceback)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"the {self.name} is closed")

    def flush(self) -> None:
        return None


class TerminalSafe:
    """A stream for a command's output and messages: whatever a message was built from
    (a pack's field, a typed option, a file name), no control character reaches the
    terminal; the command's own line breaks and tabs do. Fields are also passed through
    :func:`safe_field`, which shows their line breaks, so none can forge a line.

    The output that cannot be written raises :class:`OutputFailed`. Messages
    (``messages=True``, the error stream) that cannot be written are let go, and the
    work goes on: letters matter more than a note about them nobody can be shown."""

    def __init__(self, stream: TextIO, *, messages: bool = False) -> None:
        self.stream = stream
        self.messages = messages
        self.failed: OSError | None = None

    def write(self, text: str) -> int:
        if not text or self.failed is not None:
            return 0  # an empty write fails on a full disk as a full one does
        if self.messages:  # a message quoting a pasted page: its beginning and end
            text = "".join(shortened(line) for line in text.splitlines(keepends=True))
        try:
            return self.stream.write(safe_text(text))
        except OSError as exc:
            self._failed(exc)
            return 0

    def flush(self) -> None:
        if self.failed is not None:
            return
        try:
            self.stream.flush()
        except OSError as exc:
            self._failed(exc)

    def _failed(self, exc: OSError) -> None:
        if not self.messages:
            raise OutputFailed(exc, self.stream) from exc
        self.failed = exc
        send_nowhere(self.stream)


def send_nowhere(stream: TextIO) -> None:
    """Point the standard stream ``stream`` at /dev/null once it cannot be written (a
    closed pipe, a full disk), so that Python's last flush of it at exit does not fail
    again, as Python's own documentation of SIGPIPE advises. Other streams are left."""
    standard = (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__)
    if any(stream is each for each in standard):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


class OutputFailed(Exception):
    """A command's own output could not be written: the reader of a pipe stopped
    (``uawriter packs | head -1``), or the disk it goes to is full. Not the data folder's
    fault, which the message of any other failed write names."""

    def __init__(self, error: OSError, stream: TextIO) -> None:
        super().__init__(str(error))
        self.error = error
        self.stream = stream


def written_path(text: str) -> Path:
    """An option naming a file or folder to write: ``-`` (which commands elsewhere take
    for the terminal) and an empty name are refused, not written as a file called "-" in
    the current folder or as the folder itself."""
    if text.strip() in ("", "-"):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a name to write to: UA Writer writes files, not to the "
            "terminal; name a file or a folder"
        )
    return Path(text)


def written_file(text: str) -> Path:
    """An option naming one file to write: as :func:`written_path`, and a name ending
    with a slash (``newdir/``), a folder's, is refused: it was written as a file called
    ``newdir``."""
    path = written_path(text)
    if text.endswith(tuple(sep for sep in (os.sep, os.altsep) if sep)):
        raise argparse.ArgumentTypeError(
            f"{text!r} ends with {text[-1]}, as a folder's name does: name the file to "
            "write (in that folder, if you meant one)"
        )
    return path


def written_targets(args: argparse.Namespace) -> list[Path]:
    """Every file or folder the command ``args`` asks to write for the volunteer."""
    names = ["out", "combined", "csv", "pdf"]
    if args.command == "pack-export":
        names.append("file")
    targets = [getattr(args, name, None) for name in names]
    if args.command == "tally" and args.action == "export":
        targets += args.files[:1]
    return [Path(target) for target in targets if target is not None]


def refuse_own_folder(args: argparse.Namespace, paths: AppPaths) -> None:
    """Raise :class:`~uawriter.paths.InDataFolder` before anything is made if the command
    would write a file or folder inside the data folder (a PDF over the tally, letters
    among a pack's files)."""
    for target in written_targets(args):
        refuse_data_folder(target, paths)


#: The options that name one file to write (not a folder), and a name to suggest in one.
_FILE_OPTIONS = {"combined": "letters.pdf", "csv": "tally.csv", "pdf": "report.pdf"}


def refuse_folders_as_files(args: argparse.Namespace) -> None:
    """Raise :class:`Usage` if an option that writes one file names a folder that exists
    (``--combined letters/``): said first, not "exists already, add --overwrite", which
    could not replace a folder either."""
    wanted = {name: getattr(args, name, None) for name in _FILE_OPTIONS}
    option = {name: f"--{name}" for name in wanted}
    if args.command in ("envelopes", "labels"):
        wanted["out"] = args.out
        option["out"] = "--out"
    if args.command == "tally" and args.action == "export" and args.files:
        wanted["export"] = args.files[0]
        option["export"] = "tally export FILE"
    suggested = {**_FILE_OPTIONS, "out": f"{args.command}.pdf", "export": "tally.jsonl"}
    for name, target in wanted.items():
        if target is not None and Path(target).is_dir():
            raise Usage(
                f"{target} is a folder, and {option[name]} writes one file: name a file in "
                f"it ({Path(target) / suggested[name]}). Nothing was written"
            )


class Usage(Exception):
    """A choice on the command line that does not exist: exit 2 with the valid ones."""


def pack_for(paths: AppPaths, pack_id: str, err: TextIO) -> Pack | None:
    """The installed pack ``pack_id``; None after saying why a broken one cannot be used;
    a usage error naming the packs there are when there is none of that id."""
    found = installed_pack(paths, pack_id)
    if isinstance(found, BrokenPack):
        err.write(f"pack {safe_text(pack_id)} cannot be used:\n")
        for problem in found.problems:
            err.write(f"  {shown_problem(problem)}\n")
        return None
    if found is None:
        usable = [row.id for row in list_packs(paths) if not row.problems]
        raise Usage(f"no pack {pack_id!r}; choose from: {', '.join(usable) or '(none)'}")
    return found


def home(args: argparse.Namespace) -> str:
    """``--from-country``, or the system locale's country ("" when it names none)."""
    from uawriter.domain.phone_numbers import home_country, is_known_region

    code = (args.from_country or home_country()).strip().upper()
    if code and not is_known_region(code):
        raise Usage(f"--from-country {code!r} is not a country code such as DE, US or KZ")
    return code


def running_event(paths: AppPaths, err: TextIO | None = None) -> EventInfo | None:
    """The event running on this laptop; without an event file, None without reading the
    event module (3 ms of every export). A damaged event file is set aside, and ``err``
    is told: the letters are then counted without the event."""
    if not (paths.event_file.exists() or paths.event_file.is_symlink()):
        return None
    from uawriter.storage.event import load

    loaded = load(paths.event_file)
    if loaded.set_aside is not None and err is not None:
        err.write(
            f"uawriter: warning: the event file {safe_text(str(paths.event_file))} was damaged "
            f"and is set aside as {safe_text(str(loaded.set_aside))}; letters are counted "
            "without an event until the organiser starts the event again in the window\n"
        )
    return loaded.event.info if loaded.event is not None else None


def warn_unprintable(text: str, err: TextIO) -> None:
    """Tell ``err`` which characters of ``text`` no bundled font can draw: on paper they
    come out blank or as boxes."""
    from uawriter.rendering.fonts import missing_characters

    missing = missing_characters(text)
    if missing:
        err.write(
            "warning: no bundled font has these characters, so they come out blank or as "
            "boxes on paper: " + " ".join(f"{c} (U+{ord(c):04X})" for c in missing) + "\n"
        )


def language_of_environment(known: Sequence[str]) -> str:
    """The system's language as the window's Qt reads it (``LANGUAGE``'s list if it is
    set, else the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is) if ``known``, else
    English: the window follows the system's language until one is chosen, and so does
    the report a command writes (probe 103b)."""

    def code(given: str) -> str:
        return (
            given.split(".", maxsplit=1)[0]
            .split("@", maxsplit=1)[0]
            .replace("_", "-")
            .split("-")[0]
            .lower()
        )

    listed = [given for given in os.environ.get("LANGUAGE", "").split(":") if given]
    if listed:  # Qt then reads no other (probe 104b)
        return next((code(given) for given in listed if code(given) in known), "en")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        given = os.environ.get(name, "")
        if given:
            return code(given) if code(given) in known else "en"
    return "en"

"""The checks a pack folder passes before it is shared or installed, the same for
``validate``, ``import`` and ``pack-export``: which files are part of a pack, the names an
archive may hold on every computer (no reserved device names, no characters that do not
show as themselves), no links or devices, sizes within the limits, text files in UTF-8.
:mod:`uawriter.packs.archive` applies the name rules to an archive's entries too.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from uawriter.domain.model import Problem
from uawriter.packs import limits
from uawriter.packs.loader import meant_as_letter

_MIB = 1024 * 1024

#: Files other than pack.toml and the letters that must still be UTF-8 (a README.md, …).
_TEXT_SUFFIXES = frozenset({".txt", ".toml", ".md"})

#: Characters no file's name may hold on every computer: Windows's (a backslash is a
#: folder there: "Read\me.md" passed validate and pack-export, and every import refused the
#: archive, probe 82b), and the control characters.
_NOT_PORTABLE = re.compile(r'[<>:"|?*\\\x00-\x1f\x7f]')
#: Characters that do not show as themselves in a file's name, besides the control
#: characters: fillers that show as nothing (Hangul's), and the combining grapheme joiner.
_SHOWS_AS_NOTHING = frozenset("\u034f\u115f\u1160\u2800\u3164\uffa0")
#: The joiners a script or an emoji needs between two of its characters (Persian writes
#: "نامه‌ها" with U+200C; "👩‍⚖️" is joined by U+200D): shown as the joined whole.
_JOINERS = frozenset("\u200c\u200d")


def unseen(name: str) -> str:
    """The first character of ``name`` that a file manager does not show as itself: a
    direction mark, embedding, override or isolate (U+202E before "txt.exe.md" shows it as
    "dm.exe.txt"), another invisible format character (a zero-width space, a soft hyphen),
    a line or paragraph separator, a filler; "" if none."""
    for index, char in enumerate(name):
        before = name[index - 1] if index else ""
        after = name[index + 1] if index + 1 < len(name) else ""
        if char in _JOINERS and _joinable(before) and _joinable(after):
            continue  # between two letters of a script or two emoji, not beside a dot
        if unicodedata.category(char) in {"Cf", "Zl", "Zp"} or char in _SHOWS_AS_NOTHING:
            return char
        if _variation_selector(char) and unicodedata.category(before or " ") not in _VARIED:
            return char  # alone, or after a letter: nothing to vary (emoji and digits are)
    return ""


#: What a variation selector may follow in a name: a symbol (an emoji, "⚖️") or a digit.
_VARIED = frozenset({"So", "Sm", "Nd"})


def _joinable(char: str) -> bool:
    """Whether a joiner may stand beside ``char``: a letter or symbol of a script or an
    emoji beyond ASCII (not a dot, not another joiner)."""
    return bool(char) and not char.isascii() and unicodedata.category(char)[0] in "LMS"


def _variation_selector(char: str) -> bool:
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def unseen_problem(name: str) -> str:
    char = unseen(name)
    return (
        f"has a name holding U+{ord(char):04X}, a direction mark or a character that does "
        'not show, which makes a file manager show it otherwise ("txt.exe.md" after U+202E '
        'shows as "dm.exe.txt"); '
    )


def not_portable(part: str) -> bool:
    """Whether ``part`` (one name of a path) cannot be a file's name on every computer."""
    return bool(
        _NOT_PORTABLE.search(part) or limits.WINDOWS_DEVICE.match(part) or part.endswith((" ", "."))
    )


def part_of_pack(rel: str) -> bool:
    """Whether ``rel`` (a path inside a pack folder, ``a/b.txt``) is a file a pack holds:
    its manifest, its letters and, at its top, a text file for people (README.md,
    LICENSE.txt). Anything else (autorun.inf, an .exe, a second pack in a folder) is not
    installed and not shared again: a pack from a USB stick placed executables in the
    data folder, and pack-export copied them onto the next stick."""
    parts = rel.split("/")
    if parts == [limits.MANIFEST_NAME]:
        return True
    if len(parts) == 2 and parts[0] == limits.LETTERS_DIR:  # en.TXT too: refused, saying why
        return meant_as_letter(parts[1])
    return len(parts) == 1 and Path(rel).suffix.lower() in _TEXT_SUFFIXES


def _utf8(name: str) -> bool:
    """Whether a file name from the disk is UTF-8 text (else it holds surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def folder_problems(folder: Path) -> list[Problem]:
    """What an import of the pack folder ``folder`` would refuse before reading the pack:
    links, devices, too many files or bytes, names an archive may not hold, text that is
    not UTF-8. ``validate`` says the same as ``import``."""
    return pack_files(folder, folder.name)[2]


def _walk_folder(folder: Path, display: str) -> tuple[list[tuple[str, Path]], list[Problem]]:
    """Every plain file of a pack folder as (``a/b.txt``, path), sorted; names starting with
    ``.`` are left out. Links, devices, too many entries or bytes are problems."""
    files: list[tuple[str, Path]] = []
    problems: list[Problem] = []
    count = total = 0
    pending: list[tuple[Path, str]] = [(folder, "")]
    while pending:
        current, prefix = pending.pop()
        try:
            with os.scandir(current) as scan:
                children = sorted(scan, key=lambda child: child.name)
        except OSError as exc:
            where = f"{display}/{prefix}".removesuffix("/")
            problems.append(Problem(where, "", f"cannot be read ({exc.strerror or exc})"))
            continue
        for child in children:
            if child.name.startswith("."):
                continue
            count += 1
            if count > limits.MAX_ARCHIVE_ENTRIES:
                problems.append(
                    Problem(
                        display,
                        "",
                        f"holds more than {limits.MAX_ARCHIVE_ENTRIES} files and folders; a "
                        "pack needs far fewer: check that this is the pack's own folder, "
                        "and take out what is not part of the pack",
                    )
                )
                return files, problems
            rel = f"{prefix}{child.name}"
            where = f"{display}/{rel}"
            if not _utf8(child.name):
                shown = os.fsencode(child.name).decode("utf-8", "backslashreplace")
                problems.append(
                    Problem(
                        f"{display}/{prefix}{shown}",
                        "",
                        "has a name that is not UTF-8 text (written on another system); "
                        "rename the file, or remove it if the pack does not need it",
                    )
                )
            elif unseen(child.name):
                problems.append(Problem(where, "", unseen_problem(child.name) + "rename it"))
            elif child.is_symlink() or child.is_junction():
                problems.append(
                    Problem(
                        where,
                        "",
                        "is a symbolic link; a pack holds only plain files: put the file "
                        "itself in its place",
                    )
                )
            elif child.is_dir(follow_symlinks=False):
                pending.append((Path(child.path), f"{rel}/"))
            elif child.is_file(follow_symlinks=False):
                try:
                    total += child.stat(follow_symlinks=False).st_size
                except OSError as exc:
                    problems.append(Problem(where, "", f"cannot be read ({exc.strerror or exc})"))
                    continue
                files.append((rel, Path(child.path)))
            else:
                problems.append(
                    Problem(
                        where,
                        "",
                        "is not a plain file (a device or a pipe); take it out of the pack folder",
                    )
                )
    if total > limits.MAX_EXPANDED_BYTES:
        problems.append(Problem(display, "", too_much(total)))
    return sorted(files), problems


def open_plain_file(path: Path) -> int:
    """Open a file for reading without following a link or waiting on a pipe put there
    since the folder was looked at."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(0, "not a plain file", str(path))
    return fd


def text_problems(staged: Path) -> list[Problem]:
    """Text files the loader does not read (a README.md, notes.txt) must be UTF-8 too."""
    files = [
        (path.relative_to(staged).as_posix(), path)
        for path in sorted(staged.rglob("*"))
        if path.is_file()
    ]
    return _text_problems_in(staged.name, files)


def _text_problems_in(display: str, files: Sequence[tuple[str, Path]]) -> list[Problem]:
    """:func:`text_problems` of the files ``files`` (``a/b.txt``, path) of ``display``."""
    problems: list[Problem] = []
    for rel, path in files:
        if (
            Path(rel).suffix.lower() not in _TEXT_SUFFIXES
            or rel == limits.MANIFEST_NAME
            or rel.rsplit("/", 1)[0] == limits.LETTERS_DIR
        ):
            continue
        try:
            with os.fdopen(open_plain_file(path), "rb") as handle:
                raw = handle.read(limits.MAX_EXPANDED_BYTES + 1)
        except OSError as exc:
            problems.append(Problem(f"{display}/{rel}", "", f"cannot be read ({exc.strerror})"))
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            problems.append(
                Problem(
                    f"{display}/{rel}",
                    f"line {line}",
                    "is not UTF-8 text; save the file as UTF-8 in your editor",
                )
            )
    return problems


def _name_problems(display: str, files: Sequence[tuple[str, Path]]) -> list[Problem]:
    """The names in a pack folder an archive of it may not hold (so an import would refuse
    what pack-export shares): names no file can have on every computer, and two names
    that differ only in capitals or in how an accent is written (one file on Windows or a
    Mac)."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for rel, _path in files:
        parts = rel.split("/")
        if any(not_portable(part) for part in parts):
            problems.append(
                Problem(
                    f"{display}/{rel}",
                    "",
                    "has a name that files cannot have on every computer (a character such as "
                    '< > : " | ? * or a tab, a name such as CON or NUL, or a space or dot at '
                    "the end); rename it",
                )
            )
            continue
        key = unicodedata.normalize("NFC", rel).casefold()
        if key in seen:
            problems.append(
                Problem(
                    f"{display}/{rel}",
                    "",
                    f"and {seen[key]} are one file on Windows and on a Mac (their names differ "
                    "only in capitals, or in how an accent is written); rename or remove one",
                )
            )
            continue
        seen[key] = rel
    return problems


def pack_files(
    folder: Path, display: str
) -> tuple[list[tuple[str, Path]], list[str], list[Problem]]:
    """The files of the pack folder ``folder`` a pack holds (``a/b.txt``, path), those it
    does not (left out), and what an import refuses before it reads the pack: links,
    devices, sizes, names an archive may not hold, text that is not UTF-8. ``validate``,
    ``import`` and ``pack-export`` check the same."""
    files, problems = _walk_folder(folder, display)
    if problems:
        return files, [], problems
    skipped = [rel for rel, _path in files if not part_of_pack(rel)]
    files = [(rel, path) for rel, path in files if part_of_pack(rel)]
    problems = _name_problems(display, files) or _text_problems_in(display, files)
    return files, skipped, problems


def too_much(size: int) -> str:
    return (
        f"unpacks to {size:,} bytes; a pack may hold at most {limits.MAX_EXPANDED_BYTES:,} "
        f"bytes ({limits.MAX_EXPANDED_BYTES // _MIB} MiB) of files: this is not a pack, or it "
        "is built to fill the disk (a zip bomb); do not use it"
    )

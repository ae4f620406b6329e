"""Find pack folders, read them defensively and report what is wrong with each.

Packs arrive on USB sticks, so every file is untrusted: sizes are checked before reading,
text must be UTF-8, and one broken pack never stops the others from loading.
"""

from __future__ import annotations

import errno
import os
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from uawriter.atomic import RefusedFile, read_regular_file
from uawriter.domain.controls import CONTROL_CHARACTERS, direction_problem
from uawriter.domain.countries import AMBIGUOUS, country_code_of, fold_name
from uawriter.domain.languages import canonical_language, is_known_language
from uawriter.domain.model import Addressee, Pack, Problem
from uawriter.domain.phone_numbers import numbers_of
from uawriter.packs import limits
from uawriter.packs.manifest import ManifestReader
from uawriter.packs.toml_text import MAX_KEY_DOTS, KeyTooLong, parse_manifest

#: A further check run on a structurally sound pack (the letters layer checks templates).
PackCheck = Callable[[Pack], Sequence[Problem]]


@dataclass(frozen=True)
class PackSource:
    """A folder holding pack folders."""

    folder: Path
    bundled: bool = False


@dataclass(frozen=True)
class BrokenPack:
    """A pack that could not be used, with everything that is wrong with it."""

    path: Path
    problems: tuple[Problem, ...]
    pack_id: str = ""
    title: str = ""
    bundled: bool = False
    #: how many problems the pack has in all: more than ``problems`` lists past
    #: :data:`MAX_PROBLEMS_SHOWN` (0: as many as it lists)
    total: int = 0

    @property
    def count(self) -> int:
        return self.total or len(self.problems)

    def answers_to(self, pack_id: str) -> bool:
        """Whether this is the pack an organiser means by ``pack_id``: its id, or its
        folder's name when its pack.toml could not be read for one (she was told "no pack"
        of one the listing named as broken: probe 108b)."""
        return self.pack_id == pack_id if self.pack_id else self.path.name == pack_id


@dataclass
class LoadResult:
    packs: list[Pack] = field(default_factory=list)
    broken: list[BrokenPack] = field(default_factory=list)
    #: the state of each user pack's folder (pack id -> ``engine.pack_state``) taken
    #: before it was read: a pack replaced while the window uses it is noticed
    states: dict[str, str] = field(default_factory=dict)


class _Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


#: A pack file that is something else: a link, a pipe, a device, a folder.
NOT_A_PLAIN_FILE = (
    "is not a plain file (a link, a pipe, a device or a folder); put the text file itself there"
)


def _read_text(path: Path, display: str, max_bytes: int) -> str:
    """Read a small UTF-8 text file, or refuse with a message a person can act on."""
    try:
        raw = read_regular_file(path, max_bytes)
    except RefusedFile as exc:
        if exc.errno == errno.EFBIG:
            size = _size_of(path)
            raise _Refused(
                Problem(
                    display,
                    "",
                    f"is {size:,} bytes; a pack file may be at most {max_bytes:,} bytes",
                )
            ) from exc
        raise _Refused(
            Problem(
                display,
                "",
                NOT_A_PLAIN_FILE,
            )
        ) from exc
    except OSError as exc:
        raise _Refused(Problem(display, "", f"cannot be read ({exc.strerror})")) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _Refused(
            Problem(
                display,
                f"line {line}",
                "is not UTF-8 text; save the file as UTF-8 in your editor",
            )
        ) from exc
    return text.removeprefix("\ufeff")


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


#: The problems a broken pack lists: a manifest of 79,000 unknown keys listed them all, and
#: pushed every other pack off the screen.
MAX_PROBLEMS_SHOWN = 100


def _no_manifest(folder: Path, manifest_path: Path) -> str:
    """Why a pack folder has no ``pack.toml`` that can be read."""
    if folder.is_symlink() and not folder.exists():  # a link to nothing, or a loop
        return (
            "cannot be read: the pack folder is a link that leads nowhere (or to itself); "
            "remove the link, or copy the pack folder itself here"
        )
    if manifest_path.exists() or manifest_path.is_symlink():
        return NOT_A_PLAIN_FILE
    return "is missing; every pack folder needs a pack.toml"


def load_pack(
    folder: Path, bundled: bool = False, checks: Sequence[PackCheck] = ()
) -> Pack | BrokenPack:
    """Read one pack folder. Never raises for anything wrong with the pack itself."""
    manifest_path = folder / limits.MANIFEST_NAME
    manifest_name = f"{folder.name}/{limits.MANIFEST_NAME}"
    if not manifest_path.is_file():
        why = _no_manifest(folder, manifest_path)
        return BrokenPack(folder, (Problem(manifest_name, "", why),), bundled=bundled)
    try:
        text = _read_text(manifest_path, manifest_name, limits.MAX_MANIFEST_BYTES)
        data = parse_manifest(text)
    except _Refused as refused:
        return BrokenPack(folder, (refused.problem,), bundled=bundled)
    except KeyTooLong as exc:
        problem = Problem(
            manifest_name,
            f"line {exc.line}",
            f"has more than {MAX_KEY_DOTS} dots outside its texts (a key or a table name of "
            "that many parts, a.b.c…); a pack's keys have at most three parts",
        )
        return BrokenPack(folder, (problem,), bundled=bundled)
    except tomllib.TOMLDecodeError as exc:
        return BrokenPack(
            folder,
            (Problem(manifest_name, "", f"is not valid TOML: {exc}"),),
            bundled=bundled,
        )
    except RecursionError:  # tables or lists nested thousands deep
        return BrokenPack(
            folder,
            (Problem(manifest_name, "", "is nested too deeply to be a pack; write it again"),),
            bundled=bundled,
        )
    except ValueError:  # a number with thousands of digits (Python's limit)
        return BrokenPack(
            folder,
            (
                Problem(
                    manifest_name, "", "holds a number thousands of digits long; no pack needs one"
                ),
            ),
            bundled=bundled,
        )

    reader = ManifestReader(manifest_name, data)
    pack_id, version, revision, source, checked = reader.read_header()
    action = reader.read_action(source)
    points = reader.read_talking_points(source)
    addressees = reader.read_addressees(source)
    templates, files, left_out = _read_templates(folder, reader)
    problems = reader.problems
    notes = _left_out_notes(folder, left_out)

    if action is not None:
        ordered = [lang for lang in action.write_in if lang in templates]
        ordered += sorted(lang for lang in templates if lang not in ordered)
        templates = {lang: templates[lang] for lang in ordered}
        for i, code in enumerate(action.write_in):
            if code not in templates and is_known_language(code):
                letter = f"{limits.LETTERS_DIR}/{code}{limits.TEMPLATE_SUFFIX}"
                if action.write_in_own_language and templates:
                    # The UA also takes letters in the volunteer's own language: the pack is
                    # usable tonight, and the organiser is told what would complete it.
                    notes.append(
                        Problem(
                            manifest_name,
                            f"action.write_in[{i}]",
                            f"the action asks for letters in {code!r} and the pack has no "
                            f"{letter} yet; volunteers can write in their own language, "
                            f"add {letter} to offer {code}",
                        )
                    )
                    continue
                problems.append(
                    Problem(
                        manifest_name,
                        f"action.write_in[{i}]",
                        f"asks for letters in {code!r} but there is no {letter}",
                    )
                )
    if not bundled:  # the packs that come with the app have their numbers checked by tests
        notes += country_notes(manifest_name, reader.addressee_paths, addressees)
        notes += number_notes(manifest_name, reader.addressee_paths, addressees)
    # every letter language needs every salutation and every talking point
    texts_needed = [
        *(
            (f"{path}.salutation", a.salutation)
            for path, a in zip(reader.addressee_paths, addressees, strict=True)
        ),
        *((f"{path}.text", p.text) for path, p in zip(reader.point_paths, points, strict=True)),
    ]
    problems += [
        Problem(
            manifest_name,
            f"{field}.{lang}",
            f'is missing: the pack has a letter in {lang}; add {lang} = "…"',
        )
        for lang in templates
        for field, text in texts_needed
        if not text.has(lang)
    ]

    problems = list(dict.fromkeys(problems))  # the same problem found by two checks, once
    total = len(problems)
    if len(problems) > MAX_PROBLEMS_SHOWN:
        more = len(problems) - MAX_PROBLEMS_SHOWN
        problems = [
            *problems[:MAX_PROBLEMS_SHOWN],
            Problem(manifest_name, "", f"and {more:,} more problems: fix those above first"),
        ]
    title = action.title.get(source) if action else ""
    if problems or action is None or checked is None:
        if not problems:  # never a broken pack without a reason (found by tests/test_fuzz.py)
            problems = [
                Problem(manifest_name, "", "could not be read as a pack; see pack-format.md")
            ]
        return BrokenPack(folder, tuple(problems), pack_id, title, bundled, total)

    pack = Pack(
        id=pack_id,
        format_version=version,
        revision=revision,
        source_language=source,
        contacts_checked=checked,
        action=action,
        talking_points=points,
        addressees=addressees,
        templates=MappingProxyType(templates),
        path=folder,
        bundled=bundled,
        template_files=MappingProxyType(files),
        notes=tuple(notes),
    )
    later = [problem for check in checks for problem in check(pack)]
    if later:
        return BrokenPack(folder, tuple(later), pack_id, title, bundled)
    return pack


def _short(text: str, limit: int = 60) -> str:
    """A value quoted in a message, cut so a 50,000-character number does not fill it."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def country_notes(
    manifest_name: str, paths: Sequence[str], addressees: Sequence[Addressee]
) -> list[Problem]:
    """A country that is no name UA Writer can read ("Korea", "Georgia, USA"), as a note
    naming its addressee: the envelope prints it as written and no guess is made, so the
    organiser is told what would let the post and the dialling know the country."""
    notes: list[Problem] = []
    for path, addressee in zip(paths, addressees, strict=True):
        written = addressee.country.strip()
        if not written or country_code_of(written):
            continue
        who = addressee.display_name or addressee.organisation
        instead = AMBIGUOUS.get(fold_name(written))
        fix = (
            f"it may be {instead}: write which"
            if instead
            else "write the country alone, by its English name or its two-letter ISO code "
            "(such as 'Kazakhstan' or 'KZ')"
        )
        notes.append(
            Problem(
                manifest_name,
                f"{path}.country",
                f"{_short(written)!r} of {_short(who)} is not a country UA Writer can read, "
                "so envelopes print it as written and numbers without +<country code> cannot "
                f"be dialled; {fix}",
            )
        )
    return notes


def number_notes(
    manifest_name: str, paths: Sequence[str], addressees: Sequence[Addressee]
) -> list[Problem]:
    """A fax or phone number that cannot be dialled, as a note naming its addressee: the
    pack still loads (a volunteer can post or e-mail), the organiser is told what to check."""
    notes: list[Problem] = []
    for path, addressee in zip(paths, addressees, strict=True):
        who = addressee.display_name or addressee.organisation
        for field_name, number in numbers_of(addressee):
            if number.valid:
                continue
            notes.append(
                Problem(
                    manifest_name,
                    f"{path}.{field_name}",
                    f"{_short(number.written)!r} of {_short(who)} is not "
                    "a number that can be dialled (a digit missing or too many, or no country "
                    "code); check it against the Urgent Action and write it as +<country "
                    "code> <number>",
                )
            )
    return notes


#: At most so many files a pack does not use are named one by one (validate's notes).
_LEFT_OUT_SHOWN = 8


def _left_out_notes(folder: Path, left_out: list[str]) -> list[Problem]:
    """What validate says of the files in ``letters/`` a pack does not use (import leaves
    them out)."""
    notes = [
        Problem(
            name,
            "",
            "is not installed or shared, as a pack does not use it (letters are "
            f"named <language>{limits.TEMPLATE_SUFFIX}, such as en{limits.TEMPLATE_SUFFIX})",
        )
        for name in left_out[:_LEFT_OUT_SHOWN]
    ]
    if len(left_out) > _LEFT_OUT_SHOWN:
        notes.append(
            Problem(
                f"{folder.name}/{limits.LETTERS_DIR}",
                "",
                f"and {len(left_out) - _LEFT_OUT_SHOWN:,} more files in it are not installed "
                "or shared, as a pack does not use them",
            )
        )
    return notes


#: What a letter saved from a word processor or text editor is named after its language
#: (``en.docx``): read as meant for a letter, and refused saying how to name it. A backup
#: (``es.txt~``, ``es.bak``, ``es.txt.orig``) is not: left out, as import leaves it out.
_DOCUMENT_SUFFIXES = frozenset(
    {".doc", ".docx", ".odt", ".rtf", ".pages", ".text", ".md", ".htm", ".html", ".wps"}
)


def meant_as_letter(name: str) -> bool:
    """Whether a file named ``name`` in a pack's letters folder is meant as a letter: named
    ``*.txt`` (in any case), or after a language as a document (``en.docx``). Those are
    read, or refused saying how to name them; anything else (``notes.md``, ``es.txt~``) is
    left out, by import and validate alike."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        return False
    if f".{suffix.lower()}" == limits.TEMPLATE_SUFFIX:
        return True
    return f".{suffix.lower()}" in _DOCUMENT_SUFFIXES and (
        is_known_language(stem) or bool(canonical_language(stem))
    )


def _read_templates(
    folder: Path, reader: ManifestReader
) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """The letters of the pack in ``folder`` by language, their paths, and the files beside
    them a pack does not use (``letters/notes.md``: import leaves them out, and so validate
    notes them rather than refusing the pack)."""
    letters = folder / limits.LETTERS_DIR
    templates: dict[str, str] = {}
    files: dict[str, str] = {}
    left_out: list[str] = []
    if letters.is_symlink():  # links are not read: "letters -> .." listed the other packs
        reader.problems.append(
            Problem(
                f"{folder.name}/{limits.LETTERS_DIR}",
                "",
                "is a link to another folder, and links are not read; put the letters in a "
                "folder of their own here",
            )
        )
        return templates, files, left_out
    if not letters.is_dir():
        there = letters.exists()
        reader.problems.append(
            Problem(
                f"{folder.name}/{limits.LETTERS_DIR}",
                "",
                f"is {'not a folder' if there else 'missing'}; make this folder and put the "
                f"letter in it as <language>{limits.TEMPLATE_SUFFIX} (for example "
                f"en{limits.TEMPLATE_SUFFIX})",
            )
        )
        return templates, files, left_out
    candidates = []
    for path in sorted(p for p in letters.iterdir() if not p.name.startswith(".")):
        if meant_as_letter(path.name):
            candidates.append(path)
        else:  # notes.md, a folder of old letters: left out, as import leaves them out
            left_out.append(f"{folder.name}/{limits.LETTERS_DIR}/{path.name}")
    if len(candidates) > limits.MAX_TEMPLATES:
        reader.problem(limits.LETTERS_DIR, f"has more than {limits.MAX_TEMPLATES} letters")
        return templates, files, left_out
    for path in candidates:
        display = f"{folder.name}/{limits.LETTERS_DIR}/{path.name}"
        lang = path.stem
        if path.suffix != limits.TEMPLATE_SUFFIX:  # en.TXT, en.docx: named wrongly
            name = f"{canonical_language(lang) or lang}{limits.TEMPLATE_SUFFIX}"
            fix = (
                f"{name} is the letter in this language: remove this copy (or, if it is the "
                f"newer one, put its text in {name})"
                if (letters / name).exists()
                else f"save it as {name}"
            )
            reader.problems.append(
                Problem(
                    display,
                    "",
                    f"is not a letter template; templates are plain text named <language>"
                    f"{limits.TEMPLATE_SUFFIX}, in small letters: {fix}",
                )
            )
            continue
        if not is_known_language(lang):
            canonical = canonical_language(lang)
            hint = (
                f"rename it {canonical}{limits.TEMPLATE_SUFFIX}"
                if canonical
                else f"name the file after a language code, such as en{limits.TEMPLATE_SUFFIX}"
            )
            reader.problems.append(
                Problem(display, "", f"{lang!r} is not a language code UA Writer knows; {hint}")
            )
            continue
        if path.is_symlink() or not path.is_file():
            reader.problems.append(Problem(display, "", NOT_A_PLAIN_FILE))
            continue
        try:
            text = _read_text(path, display, limits.MAX_TEMPLATE_BYTES)
        except _Refused as refused:
            reader.problems.append(refused.problem)
            continue
        found = CONTROL_CHARACTERS.search(text)
        if found:  # a zero-filled file is what a power cut while copying leaves
            reader.problems.append(
                Problem(
                    display,
                    f"line {text.count(chr(10), 0, found.start()) + 1}",
                    f"holds a control character (U+{ord(found.group()):04X}) that no letter "
                    "can show: the file may be damaged; copy it again, or remove the character",
                )
            )
            continue
        direction = direction_problem(text)
        if direction:
            reader.problems.append(Problem(display, "", direction))
            continue
        # Windows' line ends are line ends: a pack saved on Windows is the same pack (it was
        # "other contents" on import, and held back every letter stacked from it: probe 95c)
        templates[lang] = text.replace("\r\n", "\n").replace("\r", "\n")
        files[lang] = display
    if not templates and not reader.problems:
        reader.problem(limits.LETTERS_DIR, "holds no letter templates")
    return templates, files, left_out


def pack_folder_names(source: PackSource) -> list[str]:
    """The names of a source's pack folders, sorted; hidden ones (staging, set aside) left
    out."""
    try:
        with os.scandir(source.folder) as entries:  # the kind of each entry comes with it
            return sorted(e.name for e in entries if not e.name.startswith(".") and _folder(e))
    except OSError:  # no such folder (no user packs yet), or it cannot be read
        return []


def _folder(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a folder; one whose kind cannot be read (a loop of links, a link
    into a folder this account may not read) is listed too, so that it is named as a broken
    pack: its error ended the whole listing, and every installed pack vanished unnamed."""
    try:
        return entry.is_dir()
    except OSError:
        return True


def pack_folders(source: PackSource) -> list[Path]:
    """The pack folders of a source, by name; hidden ones (staging, set aside) left out."""
    return [source.folder / name for name in pack_folder_names(source)]


def already_used(folder: Path, pack_id: str, owner: Path) -> Problem:
    """The problem of a second pack with an id another pack has."""
    return Problem(
        f"{folder.name}/{limits.MANIFEST_NAME}",
        "id",
        f"{pack_id!r} is already used by the pack in {owner}; give this pack its own id",
    )


def load_packs(sources: Iterable[PackSource], checks: Sequence[PackCheck] = ()) -> LoadResult:
    """Every pack in every source; duplicates of an id already loaded are reported broken."""
    result = LoadResult()
    owners: dict[str, Path] = {}
    for source in sources:
        for folder in pack_folders(source):
            loaded = load_pack(folder, source.bundled, checks)
            if isinstance(loaded, BrokenPack):
                result.broken.append(loaded)
                continue
            if loaded.id in owners:
                result.broken.append(
                    BrokenPack(
                        folder,
                        (already_used(folder, loaded.id, owners[loaded.id]),),
                        loaded.id,
                        loaded.action.title.get(loaded.source_language),
                        source.bundled,
                    )
                )
                continue
            owners[loaded.id] = folder
            result.packs.append(loaded)
    return result

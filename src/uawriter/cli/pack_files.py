"""The commands that read or write pack files: ``import`` (a .uapack or a folder into the
packs folder), ``pack-export`` (an installed pack as a .uapack) and ``draft-pack`` (an Urgent
Action's text or PDF as a draft pack)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from uawriter.cli.common import (
    EXIT_CONFIRM,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Usage,
    safe_field,
    safe_text,
    shortened,
    shown_problem,
)
from uawriter.engine import check_pack_folder, export_pack_file, import_pack_file, load_catalog
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths

if TYPE_CHECKING:
    from uawriter.drafting import DraftPack


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    """``import``, ``pack-export`` or ``draft-pack``, as ``args.command`` says."""
    if args.command == "import":
        return cmd_import(args, paths, out, err)
    if args.command == "pack-export":
        return cmd_pack_export(args, paths, out, err)
    return cmd_draft_pack(args, out, err)


def cmd_import(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    result = import_pack_file(paths, args.file, replace=args.replace)
    if result.installed:
        out.write(f"{safe_field(result.message)}\n")
        return EXIT_OK
    if result.needs_confirmation:
        err.write(
            f"uawriter: {safe_field(result.message)}\nnothing was installed; to replace the "
            "installed copy, run the same command again with --replace\n"
        )
        return EXIT_CONFIRM
    err.write(f"uawriter: {safe_field(result.message)}:\n")
    for problem in result.problems:
        err.write(f"  {shown_problem(problem)}\n")
    return EXIT_PROBLEMS


def cmd_pack_export(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    catalog = load_catalog(paths)
    packs = {p.id: p for p in catalog.packs}
    pack = packs.get(args.id)
    problems = next((b.problems for b in catalog.broken if b.answers_to(args.id)), ())
    if pack is None and not problems:
        raise Usage(f"no pack {args.id!r}; choose from: {', '.join(packs) or '(none)'}")
    target = Path(args.file)
    if target.suffix.casefold() != ".uapack" and not target.is_dir():
        raise Usage(f"{safe_field(str(target))}: a shared pack is a .uapack file; name it so")
    if pack is not None:
        final = target / f"{pack.id}.uapack" if target.is_dir() else target
        if not args.overwrite and (final.exists() or final.is_symlink()):
            err.write(
                f"uawriter: {safe_field(str(final))} exists already; nothing was written. "
                "Choose another file name, or add --overwrite to replace it\n"
            )
            return EXIT_PROBLEMS
        from uawriter.packs.archive import PackArchiveError

        try:
            written = export_pack_file(pack, target, overwrite=args.overwrite)
            out.write(f"{safe_field(str(written))}\n")
            return EXIT_OK
        except PackArchiveError as exc:
            problems = exc.problems
    err.write(f"uawriter: pack {safe_text(args.id)} cannot be exported:\n")
    for problem in problems:
        err.write(f"  {shown_problem(problem)}\n")
    return EXIT_PROBLEMS


def cmd_draft_pack(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Prints what an Urgent Action's text gives for each pack field, and what it does not."""
    import json

    from uawriter.drafting import (
        MAX_INPUT_BYTES,
        DraftInputError,
        describe,
        draft_from_bytes,
        draft_from_file,
    )

    try:
        if args.file == "-":
            # the same bound as a file's: /dev/zero piped in is refused, not read until
            # the memory is gone
            data = _standard_input(MAX_INPUT_BYTES + 1)
            if len(data) > MAX_INPUT_BYTES:
                raise DraftInputError(
                    f"the standard input is longer than an Urgent Action (more than "
                    f"{MAX_INPUT_BYTES:,} bytes); give the .txt or .pdf file"
                )
            draft = draft_from_bytes(data, "the standard input")
        else:
            draft = draft_from_file(Path(args.file))
    except DraftInputError as exc:  # it names the file: one line, whatever its name holds
        err.write(f"uawriter: {safe_field(str(exc))}\n")
        return EXIT_PROBLEMS
    if args.json:
        out.write(json.dumps(draft.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        source = safe_field(str(args.file))
        out.write(f"Draft pack from {source}: line numbers are those of the tidied text\n")
        out.write(describe(draft))
    if args.out is not None:
        return _write_draft_folder(draft, args.out, args.id, out, err)
    return EXIT_OK


def _write_draft_folder(
    draft: DraftPack, folder: Path, pack_id: str | None, out: TextIO, err: TextIO
) -> int:
    """``draft-pack --out``: the draft as a pack folder, then what is left to fill in."""
    import tomllib

    from uawriter.atomic import folder_for
    from uawriter.drafting import suggested_id, to_manifest_toml
    from uawriter.drafting.letter import letter_templates
    from uawriter.pack_files import PackFiles, write_new_pack_folder
    from uawriter.packs.recovery import NEW_FOLDER_SUFFIX

    pack_id = pack_id or suggested_id(draft)
    try:
        data = tomllib.loads(to_manifest_toml(draft, pack_id))
    except ValueError as exc:  # an id to_manifest_toml refuses
        err.write(f"uawriter: {shortened(safe_field(f'--id {pack_id!r}: {exc}'))}\n")
        return EXIT_USAGE
    try:
        folder_for(folder)  # a file where a folder should be, a stick not plugged in
        write_new_pack_folder(PackFiles(data, letter_templates(draft)), folder)
    except FileExistsError:
        err.write(
            f"uawriter: {safe_field(str(folder))} already exists; choose a new folder for the "
            "draft\n"
        )
        return EXIT_PROBLEMS
    except OSError as exc:
        # named as the folder asked for, not the hidden one it is made in first
        failed = str(exc.filename or "")
        where = safe_field(failed if failed and NEW_FOLDER_SUFFIX not in failed else str(folder))
        err.write(f"uawriter: could not write {where}: {exc.strerror or exc}\n")
        return EXIT_PROBLEMS
    out.write(f"Wrote the draft pack to {folder}\n")
    result = check_pack_folder(folder)
    if isinstance(result, BrokenPack):
        out.write("Left to fill in before it loads (uawriter validate shows these again):\n")
        for problem in result.problems:
            out.write(f"  {problem}\n")
        return EXIT_PROBLEMS
    for note in result.notes:
        out.write(f"note: {note}\n")
    out.write("It validates: check each value against the Urgent Action, then import it.\n")
    return EXIT_OK


def _standard_input(most: int) -> bytes:
    """At most ``most`` bytes of the standard input; DraftInputError, saying so, when it is
    closed or cannot be read (it blamed the data folder, or ended in a traceback: probe
    103a)."""
    from uawriter.drafting import DraftInputError

    if sys.stdin is None:
        raise DraftInputError("the standard input is closed; give the .txt or .pdf file")
    try:
        return sys.stdin.buffer.read(most)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DraftInputError(
            f"the standard input could not be read ({reason}); give the .txt or .pdf file"
        ) from exc

"""Probe 102a: .uapack archives from a USB stick, as an attacker makes them. Real zips in
tmp_path, read by the import the CLI and the window use; nothing mocked."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

from helpers import SEED_ID
from uawriter.bundled import bundled_packs_folder
from uawriter.cli import run
from uawriter.engine import import_pack_file
from uawriter.paths import AppPaths

MIB = 1024 * 1024


def _seed_zip(path: Path, extra: list[tuple[str, bytes]]) -> Path:
    """The seed pack, under the id ``mine``, in one folder ``mine/`` of a zip, plus ``extra``."""
    seed = bundled_packs_folder() / SEED_ID
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(seed.rglob("*")):
            if file.is_file():
                data = file.read_bytes()
                if file.name == "pack.toml":
                    data = data.replace(f'id = "{SEED_ID}"'.encode(), b'id = "mine"', 1)
                archive.writestr(f"mine/{file.relative_to(seed).as_posix()}", data)
        for name, data in extra:
            archive.writestr(name, data)
    return path


def test_f1_an_entry_nested_thousands_of_folders_deep_is_refused_without_eating_memory(
    tmp_path: Path,
) -> None:
    """An organiser imports a .uapack from a stranger's stick. One entry of it is named
    ``mine/d/a/a/a/…/x.md``, 12,000 folders deep (a 24 KB name; a zip allows 64 KB). The
    archive is 70 KB; before it is refused ("holds 12,000 files and folders"), the import
    builds every folder path the name implies (a/a, a/a/a, …: the name's length squared,
    144 million characters) only to count them. Measured: a 259 KB archive of two 64 KB
    names took 32 s and 2.2 GB of memory; the 20 MiB an archive may be holds ~160 such
    names, hundreds of GB: the laptop freezes or the app is killed mid-event, with no
    message. A count of folders (or the entry's name refused as too long, as it is after
    this count) needs no more memory than the names themselves."""
    deep = "mine/d/" + "a/" * 12_000 + "x.md"
    archive = _seed_zip(tmp_path / "deep.uapack", [(deep, b"notes")])
    assert archive.stat().st_size < 100 * 1024
    paths = AppPaths(tmp_path / "data")

    tracemalloc.start()
    try:
        result = import_pack_file(paths, archive)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert result.refused
    assert not (paths.user_packs / "mine").exists()
    assert peak < 40 * MIB, f"import of a 70 KB archive used {peak // MIB} MiB"


def test_f2_an_entry_with_a_60_000_character_name_is_not_printed_whole(tmp_path: Path) -> None:
    """An organiser runs ``uawriter import`` on a .uapack from a stick. It holds the pack
    and three files named ``mine/0aaaa…a.md``, 60,000 characters each (a zip allows 64 KB
    names). The import is rightly refused ("has a name too long for a file"), but each
    refusal prints the whole name: three lines of 60,000 characters, 180 KB on the
    terminal; the 20 MiB an archive may be holds ~150 such names, ~10 MB of "aaaa" that
    scroll the reason out of sight (the refused-import dialog's details hold the same).
    A stranger's names are cut when a message shows them (the pack folder's name is cut
    to 60 characters, a manifest's value to 80: "a 60,000-character line on the
    terminal"); an entry's name should be too."""
    names = [f"mine/{number}{'a' * 60_000}.md" for number in range(3)]
    archive = _seed_zip(tmp_path / "long.uapack", [(name, b"notes") for name in names])
    paths = AppPaths(tmp_path / "data")
    out, err = io.StringIO(), io.StringIO()

    code = run(["import", str(archive)], paths=paths, out=out, err=err)

    assert code != 0
    assert not (paths.user_packs / "mine").exists()
    shown = out.getvalue() + err.getvalue()
    assert "too long" in shown
    longest = max(len(line) for line in shown.splitlines())
    assert longest < 1_000, f"a line of {longest:,} characters; {len(shown):,} in all"

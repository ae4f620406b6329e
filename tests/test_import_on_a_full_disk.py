"""An import on a data folder's disk that fills up: the message names the data folder, not
the random staging folder the pack was being unpacked in, and nothing is left behind.

The disk is a real one: a small tmpfs with few inodes, mounted for the test (root only:
CI runs as root; elsewhere the test is skipped with the reason)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, run_uawriter


@pytest.fixture
def small_disk(tmp_path: Path) -> Path:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    point = tmp_path / "disk"
    point.mkdir()
    return point


def _mount(point: Path, inodes: int) -> bool:
    command = ["mount", "-t", "tmpfs", "-o", f"size=4m,nr_inodes={inodes}", "tmpfs", str(point)]
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def test_an_import_that_fills_the_disk_names_the_data_folder(
    small_disk: Path, tmp_path: Path
) -> None:
    pack = copy_bundled_pack(SEED_ID, tmp_path / "stick")
    edit_manifest(pack, f'id = "{SEED_ID}"', 'id = "local-copy"')
    files = sum(1 for _ in pack.rglob("*"))
    seen: set[str] = set()
    # each number of inodes runs out at another step: making the staging folder, its mark,
    # its folders, one file or another of the pack
    for inodes in range(3, files + 16):
        if not _mount(small_disk, inodes):
            pytest.skip("this machine does not let the test mount a small disk")
        try:
            data = small_disk / "data"
            data.mkdir()
            result = run_uawriter(data, "import", str(pack))
            left = sorted(p.name for p in data.iterdir())
        finally:
            subprocess.run(["umount", str(small_disk)], check=True)
        if result.returncode == 0:
            assert "installed pack local-copy" in result.stdout
            break
        assert "Traceback" not in result.stderr
        assert ".uawriter-import" not in result.stderr, result.stderr
        # the data folder, or what of its own could not be made (packs, .packs.lock)
        assert result.stderr.startswith(f"uawriter: could not write {data}"), result.stderr
        assert result.stderr.endswith(": No space left on device\n"), result.stderr
        written = result.stderr.removeprefix("uawriter: could not write ").split(": ")[0]
        assert written in {str(data), str(data / "packs"), str(data / ".packs.lock")}
        # no staging folder left (only the packs folder and its lock, once they were made)
        assert not [name for name in left if name.startswith(".uawriter-import")], left
        seen.add(result.stderr)
    else:
        pytest.fail("the pack never fitted")
    assert seen  # some imports ran out of room before the last one fitted

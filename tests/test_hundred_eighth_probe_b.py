"""What the hundred-and-eighth probe (b), run as an attacker with new inputs, found (issue 12).

P108b-F1  An installed pack whose pack.toml can no longer be read (a typing slip made by
hand, or a pipe or a link to /dev/zero in its place): ``uawriter packs`` lists it as broken
and names the file, but ``export --pack ID`` and ``pack-export ID`` say "no pack 'ID';
choose from: …", as if it were not installed at all, naming no file and no fix. A letters
file broken the same way is named (``pack ID cannot be used: ID/letters/es.txt: …``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest
from test_cli import assert_no_traceback, cli
from uawriter.paths import AppPaths

PACK_ID = "probe-x"


def _typing_slip(manifest: Path) -> None:
    edit_manifest(manifest.parent, "revision = 1", 'revision = "1')  # a quote not closed


def _pipe(manifest: Path) -> None:
    manifest.unlink()
    os.mkfifo(manifest)


def _zeros(manifest: Path) -> None:
    manifest.unlink()
    manifest.symlink_to("/dev/zero")


BREAKS = {"typing slip": _typing_slip, "pipe": _pipe, "link to /dev/zero": _zeros}


def _installed_then_broken(tmp_path: Path, kind: str) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, PACK_ID)
    edit_manifest(folder, f'id = "{TRAINING_ID}"', f'id = "{PACK_ID}"')
    assert cli(paths, "packs").code == 0  # listed and usable before
    BREAKS[kind](folder / "pack.toml")
    return paths


@pytest.mark.parametrize("kind", sorted(BREAKS))
@pytest.mark.parametrize("command", ["export", "pack-export"])
def test_f1_a_broken_installed_pack_is_named_not_called_missing(
    command: str, kind: str, tmp_path: Path
) -> None:
    """An organiser hand-corrects an installed pack's pack.toml and slips (or a stick left a
    pipe or a link in its place). ``uawriter packs`` says "broken pack in …/packs/probe-x:
    probe-x/pack.toml: …", but ``uawriter export --pack probe-x`` then says "no pack
    'probe-x'; choose from: training-valdoria, ua-129-10-u3": she is told the pack she can
    see in the packs folder does not exist, with no file, no problem and no fix, and may
    import it again on top or give up on the action for the evening. Expected: the same
    clear refusal a broken letters file gets, naming probe-x/pack.toml and what is wrong."""
    paths = _installed_then_broken(tmp_path, kind)
    listed = cli(paths, "packs")
    assert f"{PACK_ID}/pack.toml" in listed.err  # the listing names the file
    if command == "export":
        argv = ["export", "--pack", PACK_ID, "--lang", "es", "--out", str(tmp_path / "out")]
    else:
        argv = ["pack-export", PACK_ID, str(tmp_path / f"{PACK_ID}.uapack")]
    done = cli(paths, *argv)
    assert_no_traceback(done)
    assert done.code != 0
    assert "no pack" not in done.err, done.err
    assert f"{PACK_ID}/pack.toml" in done.err, done.err

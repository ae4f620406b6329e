"""What the eighth probe, run as an attacker would with new inputs, found (issue 12), each now
a test. Its templates are in test_pack_loading.py's HOSTILE_TEMPLATES; here: directional
isolates beside right-to-left text (python-bidi stops at them), and a pipe, a link to
/dev/zero or a folder in place of a file of the data folder or of a pack (a pipe waited for
ever; /dev/zero was read until the memory ran out)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, pdf_pages_text
from test_cli import assert_no_traceback, cli
from uawriter.atomic import RefusedFile, read_regular_file
from uawriter.engine import check_pack_folder
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths
from uawriter.rendering.bidi import visual
from uawriter.storage.json_store import load_json
from uawriter.storage.tally import read_tally_file

ROOT = Path(__file__).resolve().parent.parent
MARHABA = "\u0645\u0631\u062d\u0628\u0627"  # "hello" in Arabic
ISOLATED = {
    "right-to-left isolate": f"abc \u2067{MARHABA}\u2069 def",
    "left-to-right isolate": f"{MARHABA} \u2066Elena 12\u2069",
    "first strong isolate": f"\u2068{MARHABA}\u2069 and \u2068Elena\u2069",
    "a lone end of isolate": f"{MARHABA}\u2069",
}


@pytest.mark.parametrize("name", sorted(ISOLATED))
def test_isolates_beside_right_to_left_text_are_laid_out(name: str) -> None:
    """python-bidi's algorithm raised AssertionError ("RLI not allowed here"): an export
    with such a sender name ended in a traceback. The isolates become the embeddings it
    knows, and the Arabic word is still drawn whole."""
    for base in ("L", "R"):
        shown = visual(ISOLATED[name], base)
        assert not any("\u2066" <= char <= "\u2069" for char in shown)
        assert len([c for c in shown if "\ufe70" <= c <= "\ufeff"]) == len(MARHABA)


def test_a_sender_name_with_an_isolate_is_exported(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    out = tmp_path / "out"
    sender = ISOLATED["right-to-left isolate"]
    done = cli(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--channel", "post",
               "--sender-name", sender, "--out", str(out))  # fmt: skip
    assert_no_traceback(done)
    assert done.code == 0, done.err
    (written,) = out.glob("*.pdf")
    text = "\n".join(pdf_pages_text(written))
    assert "abc" in text
    assert "def" in text


#: What the probe put in place of a file: each is not a regular file.
def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _zeros(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    (path / "inside").mkdir(parents=True)


NOT_FILES: dict[str, Callable[[Path], None]] = {
    "pipe": _fifo,
    "link to /dev/zero": _zeros,
    "folder": _folder,
}


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
def test_read_regular_file_refuses_what_is_not_a_file(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    NOT_FILES[kind](path)
    with pytest.raises(RefusedFile, match="not a regular file"):
        read_regular_file(path, 1024)


def test_read_regular_file_refuses_a_file_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 2049)
    with pytest.raises(RefusedFile, match="larger than 2,048 bytes"):
        read_regular_file(path, 2048)
    assert read_regular_file(path, 2049) == b"x" * 2049


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
def test_a_store_that_is_not_a_file_is_set_aside(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    NOT_FILES[kind](path)
    loaded = load_json(path)
    assert loaded.data == {}
    assert loaded.set_aside is not None
    assert not path.exists()  # moved aside, not deleted
    assert not path.is_symlink()
    assert loaded.set_aside.exists() or loaded.set_aside.is_symlink()


def _uawriter(paths: AppPaths, *argv: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: a hang is a failure after a minute, not a
    suite that never ends."""
    env = {**os.environ, "UAWRITER_DATA_DIR": str(paths.data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "uawriter", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
@pytest.mark.parametrize("name", ["pack_index.json", "checked_packs.json", "event.json"])
def test_the_data_folder_with_a_pipe_or_a_device_in_place_of_a_file(
    name: str, kind: str, tmp_path: Path
) -> None:
    """A pipe for pack_index.json waited for ever (`packs` never returned); a link to
    /dev/zero for checked_packs.json took 3.7 GB and ended in MemoryError. Each is set
    aside like a damaged file, and the command works."""
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    NOT_FILES[kind](paths.data_dir / name)
    listed = _uawriter(paths, "packs")
    assert listed.returncode == 0, listed.stderr
    assert TRAINING_ID in listed.stdout
    out = tmp_path / "out"
    exported = _uawriter(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "Traceback" not in exported.stderr
    (written,) = out.glob("*.pdf")  # the training pack's one letter in Spanish
    assert "Sartori" in written.name


@pytest.mark.parametrize("kind", ["pipe", "link to /dev/zero"])
def test_a_tally_that_is_not_a_file_is_neither_read_nor_written(kind: str, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    NOT_FILES[kind](paths.tally_file)
    contents = read_tally_file(paths.tally_file)
    assert contents.letters == ()
    assert contents.notes == ("tally.jsonl: not a regular file; not read",)
    out = tmp_path / "out"
    done = cli(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(out))
    (written,) = out.glob("*.pdf")  # the letter is written ...
    assert "Sartori" in written.name
    assert "could not be counted" in done.err  # ... and the volunteer told they are not counted
    assert "not a regular file" in done.err


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
@pytest.mark.parametrize("name", ["letters/es.txt", "pack.toml"])
def test_a_pack_file_that_is_not_a_file_is_a_problem(name: str, kind: str, tmp_path: Path) -> None:
    """A pack folder on a USB stick whose letter or manifest is a link to /dev/zero, a pipe
    or a folder: a problem naming the file, found without reading it."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    (folder / name).unlink()
    NOT_FILES[kind](folder / name)
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    messages = [str(p) for p in result.problems if p.file.endswith(name)]
    assert messages, [str(p) for p in result.problems]
    assert "plain file" in messages[0] or "missing" in messages[0], messages

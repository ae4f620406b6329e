"""Work killed half way, found by the twelfth probe (issue 12, items 10 and 16).

- A pack replaced by an import or the pack editor and killed between its two moves came
  back only ten minutes later: for that part of the evening the action was gone.
- An export killed between writing a letter and counting it left a letter on disk that the
  tally never counted; killed just before the rename, it left an empty file under the
  letter's own name (a letter that will not open) beside the whole letter, hidden.

The processes here are real and are really killed at those moments.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from uawriter.engine import load_catalog
from uawriter.packs.archive import export_pack
from uawriter.packs.recovery import LOCK_NAME, STAGING_PREFIX
from uawriter.paths import AppPaths

ROOT = Path(__file__).resolve().parent.parent

#: Runs the rest of the script with ``os.<name>`` killing the process right after it moved
#: something into a folder called ``old``.
KILL_AFTER_MOVING_ASIDE = """
import os, signal, sys
from pathlib import Path
real = getattr(os, {name!r})
def moved(source, target, *args, **kwargs):
    real(source, target, *args, **kwargs)
    if "old" in Path(target).parts[-2:]:
        os.kill(os.getpid(), signal.SIGKILL)
setattr(os, {name!r}, moved)
"""


def _local_pack(user_packs: Path, title: str) -> Path:
    folder = copy_bundled_pack(TRAINING_ID, user_packs, "valdoria-local")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "valdoria-local"')
    edit_manifest(folder, "Training: teacher detained", f"{title}: teacher detained")
    return folder


def _run(paths: AppPaths, script: str) -> subprocess.CompletedProcess[str]:
    return run_uawriter(paths.data_dir, script=script)


def _title(paths: AppPaths) -> str:
    pack = next(p for p in load_catalog(paths).packs if p.id == "valdoria-local")
    assert pack.path == paths.user_packs / "valdoria-local"
    return pack.action.title.get("en")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    app_paths = AppPaths(tmp_path / "userdata")
    app_paths.user_packs.mkdir(parents=True)
    _local_pack(app_paths.user_packs, "Our edit")
    return app_paths


def import_killed(paths: AppPaths, tmp_path: Path, kill: str) -> subprocess.CompletedProcess[str]:
    """``uawriter import --replace`` of a corrected copy of the pack ("Corrected"), in a
    process the script ``kill`` ends with SIGKILL at its chosen moment."""
    newer = _local_pack(tmp_path / "stick", "Corrected")
    archive = tmp_path / "valdoria-local.uapack"
    export_pack(newer, archive)
    script = kill + textwrap.dedent(
        f"""
        from uawriter.app import main
        sys.argv = ["uawriter", "import", "--replace", {str(archive)!r}]
        main()
        """
    )
    return _run(paths, script)


def _leftovers(paths: AppPaths) -> list[str]:
    hidden = [*paths.data_dir.glob(f"{STAGING_PREFIX}*"), *paths.user_packs.glob(".*")]
    return sorted(p.name for p in hidden)


def test_an_import_killed_between_its_two_moves(paths: AppPaths, tmp_path: Path) -> None:
    killed = import_killed(paths, tmp_path, KILL_AFTER_MOVING_ASIDE.format(name="rename"))

    assert killed.returncode == -9, killed.stderr
    assert not (paths.user_packs / "valdoria-local").exists()  # killed at that very moment
    assert _title(paths).startswith("Our edit")  # the next start, seconds later
    assert _leftovers(paths) == []


def test_the_pack_editor_killed_between_its_two_moves(paths: AppPaths) -> None:
    folder = paths.user_packs / "valdoria-local"
    script = KILL_AFTER_MOVING_ASIDE.format(name="replace") + textwrap.dedent(
        f"""
        from uawriter.pack_files import read_pack_files, save_pack_files
        folder = Path({str(folder)!r})
        files = read_pack_files(folder)
        save_pack_files(files, folder.parent, old_folder=folder)
        """
    )

    killed = _run(paths, script)

    assert killed.returncode == -9, killed.stderr
    assert not folder.exists()
    assert _title(paths).startswith("Our edit")
    assert _leftovers(paths) == []


def test_a_replace_still_at_work_is_left_alone(paths: AppPaths) -> None:
    """Another process (a second import, the editor in the window) is between its two moves:
    its copy stays where it is until that process has ended, however it ends."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.data_dir))  # as an import
    (staging / "old").mkdir()
    os.rename(paths.user_packs / "valdoria-local", staging / "old" / "0")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from uawriter.packs.recovery import in_use\n"
            f"with in_use(Path({str(staging)!r})):\n"
            "    print('holding', flush=True)\n"
            "    time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "holding\n"
        assert (staging / LOCK_NAME).is_file()

        catalog = load_catalog(paths)

        assert "valdoria-local" not in {p.id for p in catalog.packs}
        assert (staging / "old" / "0").is_dir()
    finally:
        holder.kill()
        holder.wait(timeout=30)

    assert _title(paths).startswith("Our edit")
    assert not staging.exists()


def test_a_save_whose_second_move_fails_puts_the_old_copy_back(paths: AppPaths) -> None:
    """The move of the new copy into the packs folder fails (a full disk, a stick pulled):
    the old copy is back in its place at once, not left for the next start."""
    folder = paths.user_packs / "valdoria-local"
    script = textwrap.dedent(
        f"""
        import errno, os
        from pathlib import Path
        from uawriter.pack_files import read_pack_files, save_pack_files
        real = os.replace
        def replace(source, target):
            if Path(source).name == "pack":
                raise OSError(errno.ENOSPC, "No space left on device")
            real(source, target)
        os.replace = replace
        folder = Path({str(folder)!r})
        try:
            save_pack_files(read_pack_files(folder), folder.parent, old_folder=folder)
        except OSError as exc:
            print(exc)
        """
    )

    failed = _run(paths, script)

    assert failed.returncode == 0, failed.stderr
    assert "No space left on device" in failed.stdout
    assert "Our edit" in (folder / "pack.toml").read_text(encoding="utf-8")
    assert _leftovers(paths) == []


#: Exports with ``os.<name>`` killing the process at its ``{nth}``th call that ``{test}``.
KILLED_EXPORT = """
import os, signal, sys
real = os.{name}
calls = []
def {name}(*args, **kwargs):
    if {test}:
        calls.append(1)
        if len(calls) == {nth}:
            os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
os.{name} = {name}
from uawriter.app import main
sys.argv = ["uawriter", "export", *sys.argv[1:]]
main()
"""

#: Kill at the rename of a finished letter, after it was counted.
AT_THE_RENAME = {"name": "replace", "test": "str(args[1]).endswith('.pdf')"}
#: Kill while a letter's bytes are flushed to disk, before it was counted.
WHILE_WRITING = {
    "name": "fsync",
    "test": "'.pdf.' in os.readlink(f'/proc/self/fd/{args[0]}')",
}


def _export(paths: AppPaths, out: Path, script: str | None = None) -> int:
    argv = ["--pack", SEED_ID, "--lang", "ru", "--out", str(out), "--sender-name", "A. B."]
    done = run_uawriter(paths.data_dir, *([] if script else ["export"]), *argv, script=script)
    assert done.returncode in (0, -9), done.stderr
    return done.returncode


def _counted_files(paths: AppPaths) -> list[str]:
    from uawriter.storage.tally import TallyBook

    return sorted(r.file for r in TallyBook(paths.data_dir / "tally.jsonl").read().letters)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
@pytest.mark.parametrize("where", ["at the rename", "while writing"])
def test_an_export_killed_half_way_counts_exactly_what_is_on_disk(
    where: str, paths: AppPaths, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    kill = AT_THE_RENAME if where == "at the rename" else WHILE_WRITING
    out = tmp_path / "letters"
    paths.data_dir.mkdir(parents=True, exist_ok=True)

    assert _export(paths, out, KILLED_EXPORT.format(nth=2, **kill)) == -9
    # one letter, and (at the rename) the name the second claimed: while its bytes are
    # written, the second has claimed no name yet, so no empty file has a letter's name
    assert len(list(out.glob("*.pdf"))) == (2 if where == "at the rename" else 1)
    assert len(list(out.glob(".*.tmp"))) == 1

    assert _export(paths, out) == 0  # the next volunteer exports into the same folder

    letters = sorted(out.glob("*.pdf"))
    assert list(out.glob(".*")) == []
    for letter in letters:
        assert len(PdfReader(letter).pages) >= 1, letter.name  # none empty, none broken
    assert _counted_files(paths) == sorted(str(p) for p in letters)
    # the seed has three addressees: 1 + 3 letters, and the killed one finished
    assert len(letters) == (5 if where == "at the rename" else 4)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_letter_killed_at_its_rename_is_finished_by_the_next_export_anywhere(
    paths: AppPaths, tmp_path: Path
) -> None:
    """The next volunteer exports into another folder: the killed letter, counted, stayed an
    empty file until someone exported into its folder again."""
    from pypdf import PdfReader

    first, other = tmp_path / "letters", tmp_path / "other"
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    assert _export(paths, first, KILLED_EXPORT.format(nth=2, **AT_THE_RENAME)) == -9

    assert _export(paths, other) == 0

    assert list(first.glob(".*")) == []
    letters = sorted(first.glob("*.pdf"))
    assert len(letters) == 2
    for letter in letters:
        assert len(PdfReader(letter).pages) >= 1, letter.name
    assert len(_counted_files(paths)) == 2 + 3


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_combined_file_replace_killed_at_its_rename_is_finished(
    paths: AppPaths, tmp_path: Path
) -> None:
    """Killed after the new letters were counted (and the old ones taken back), before the
    rename: the next export deleted the new PDF, so the old file's letters counted 0 and the
    new letter counted 1, with no file."""
    from pypdf import PdfReader

    from uawriter.storage.tally import TallyBook

    combined = tmp_path / "out" / "x.pdf"
    combined.parent.mkdir()
    argv = ["--pack", SEED_ID, "--sender-name", "A. B.", "--combined", str(combined)]
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    first = run_uawriter(paths.data_dir, "export", "--lang", "ru", *argv)
    assert first.returncode == 0, first.stderr
    script = KILLED_EXPORT.format(nth=1, **AT_THE_RENAME)
    new = ["--lang", "kk", "--to", "president", "--overwrite"]
    assert run_uawriter(paths.data_dir, *argv, *new, script=script).returncode == -9
    assert len(PdfReader(combined).pages) > 3  # still the three Russian letters

    assert _export(paths, tmp_path / "elsewhere") == 0  # the next start finishes it

    letters = TallyBook(paths.data_dir / "tally.jsonl").read().letters
    in_file = [r for r in letters if r.file == str(combined)]
    assert [(r.language, r.addressee_id) for r in in_file] == [("kk", "president")]
    assert sum(r.pages for r in in_file) == len(PdfReader(combined).pages)
    assert list(combined.parent.glob(".*")) == []

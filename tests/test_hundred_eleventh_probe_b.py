"""Probe 111b: pack ids and the folders they name (issue 12, items 9, 10 and 14)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from uawriter.engine import load_catalog
from uawriter.packs.archive import export_pack
from uawriter.paths import AppPaths

#: Runs the rest of the script with ``os.rename`` killing the process right after it moved
#: something into a folder called ``old`` (as tests/test_killed_halfway.py does).
KILL_AFTER_MOVING_ASIDE = """
import os, signal, sys
from pathlib import Path
real = os.rename
def moved(source, target, *args, **kwargs):
    real(source, target, *args, **kwargs)
    if "old" in Path(target).parts[-2:]:
        os.kill(os.getpid(), signal.SIGKILL)
os.rename = moved
"""


def _local_pack(user_packs: Path, title: str, written_id: str) -> Path:
    folder = copy_bundled_pack(TRAINING_ID, user_packs, "valdoria-local")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', f'id = "{written_id}"')
    edit_manifest(folder, "Training: teacher detained", f"{title}: teacher detained")
    return folder


def test_f1_a_pack_given_back_after_a_killed_import_goes_back_under_its_own_folder_name(
    tmp_path: Path,
) -> None:
    """The organiser's own pack was written by hand with its id ending in a line break
    (``id = "valdoria-local\\n"``, a slip the app accepts: every listing reads it as
    "valdoria-local"). A corrected copy is imported and the import is killed between its
    two moves; the next start gives the organiser's copy back. It should come back as
    packs/valdoria-local, where it was. It comes back in a folder whose name ends in a
    line break: a name Windows cannot hold (the pack cannot be copied to the Windows laptop
    or a stick) and that no one can type, and the id check that was meant to refuse
    such names let it through (a regex ``$`` matches before a final newline)."""
    paths = AppPaths(tmp_path / "userdata")
    paths.user_packs.mkdir(parents=True)
    _local_pack(paths.user_packs, "Our edit", "valdoria-local\\n")
    newer = _local_pack(tmp_path / "stick", "Corrected", "valdoria-local")
    archive = tmp_path / "valdoria-local.uapack"
    export_pack(newer, archive)
    script = KILL_AFTER_MOVING_ASIDE + textwrap.dedent(
        f"""
        from uawriter.app import main
        sys.argv = ["uawriter", "import", "--replace", {str(archive)!r}]
        main()
        """
    )

    killed = run_uawriter(paths.data_dir, script=script)

    assert killed.returncode == -9, killed.stderr
    pack = next(p for p in load_catalog(paths).packs if p.id == "valdoria-local")
    assert pack.action.title.get("en").startswith("Our edit")
    assert sorted(p.name for p in paths.user_packs.iterdir()) == ["valdoria-local"]

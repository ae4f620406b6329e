"""Probe 54 (the issue's classes, fresh inputs).

F1  An empty language code ("") was taken as a language UA Writer knows: ``write_in = ["",
    "kk"]``, ``[action.title] "" = "…"`` and ``salutation."" = "…"`` passed ``validate`` and
    ``import`` without a word (``canonical_language("") == ""``, which ``language()`` read
    as "already canonical"). It is named now.
F2  A .uapack entry named with a direction override ("\u202etxt.exe.md", shown "dm.exe.txt"
    by a file manager) was installed and passed on by pack-export. It is refused now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, run_uawriter


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('write_in = ["kk", "ru"]', 'write_in = ["", "kk"]', "action.write_in"),
        ("[action.title]\n", '[action.title]\n"" = "Title"\n', "action.title"),
        ('en = "Dear President"', 'en = "Dear President"\n"" = "Hi"', "salutation"),
    ],
    ids=["write_in", "title", "salutation"],
)
def test_an_empty_language_code_is_named_not_taken(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    pack = copy_bundled_pack(SEED_ID, tmp_path)
    edit_manifest(pack, 'id = "ua-129-10-u3"', 'id = "p54-empty-lang"')
    edit_manifest(pack, old, new)
    result = run_uawriter(tmp_path / "data", "validate", str(pack))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert field in result.stdout + result.stderr


def test_a_file_name_with_a_direction_override_is_not_installed(tmp_path: Path) -> None:
    """F2: an archive's README-like file named "\\u202etxt.exe.md" (shown "dm.exe.txt" by
    a file manager) is installed into the data folder and shared on by pack-export, while a
    pack's own text may hold no direction override and names with control characters are
    refused."""
    import zipfile

    pack = copy_bundled_pack(SEED_ID, tmp_path / "src")
    edit_manifest(pack, 'id = "ua-129-10-u3"', 'id = "p54z"')
    archive = tmp_path / "p54z.uapack"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(pack.rglob("*")):
            if path.is_file():
                z.writestr(f"p54z/{path.relative_to(pack).as_posix()}", path.read_bytes())
        z.writestr("p54z/\u202etxt.exe.md", b"x")
    data = tmp_path / "data"
    result = run_uawriter(data, "import", str(archive))
    assert "Traceback" not in result.stderr
    installed = data / "packs" / "p54z"
    spoofed = [p.name for p in installed.glob("*")] if installed.exists() else []
    assert not any("\u202e" in name for name in spoofed), (result.stdout, spoofed)


def test_a_folder_with_a_direction_override_in_a_file_name_is_not_installed(
    tmp_path: Path,
) -> None:
    """The same name in a pack folder imported as it is (not zipped) was installed too."""
    pack = copy_bundled_pack(SEED_ID, tmp_path / "src")
    edit_manifest(pack, 'id = "ua-129-10-u3"', 'id = "p54f"')
    (pack / "\u202etxt.exe.md").write_bytes(b"x")
    result = run_uawriter(tmp_path / "data", "import", str(pack))
    assert result.returncode == 1, result.stdout
    assert "direction mark" in result.stdout + result.stderr
    assert not (tmp_path / "data" / "packs" / "p54f").exists()

"""Saving a pack in the editor keeps every file of its folder the editor does not write
(probe 27: the README.md a pack was shared with, the organiser's notes and the Urgent
Action's PDF kept beside it were deleted by the first save)."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import (
    SEED_ID,
    TRAINING_ID,
    copy_bundled_pack,
    edit_manifest,
    pdf_pages_text,
    run_uawriter,
)
from uawriter.engine import check_pack_folder, pack_state
from uawriter.pack_files import read_pack_files, save_pack_files
from uawriter.packs.loader import BrokenPack


def _installed(tmp_path: Path) -> tuple[Path, Path]:
    """The training pack installed as "e10", with what an organiser keeps beside it."""
    data = tmp_path / "data"
    stick = copy_bundled_pack(TRAINING_ID, tmp_path / "stick", "e10")
    edit_manifest(stick, f'id = "{TRAINING_ID}"', 'id = "e10"')
    (stick / "README.md").write_text("# Valdoria case\nPrint on A4.\n", encoding="utf-8")
    result = run_uawriter(data, "import", str(stick))
    assert result.returncode == 0, result.stderr
    folder = data / "packs" / "e10"
    assert (folder / "README.md").is_file()  # installed: a text for people is part of a pack
    # and by hand, after: notes, the UA's own PDF, a folder of photos, a link
    (folder / "notes.txt").write_text("Ask Maria for stamps.", encoding="utf-8")
    ua = run_uawriter(
        data, "export", "--pack", "e10", "--lang", "es", "--combined",
        str(tmp_path / "ua.pdf"), "--sender-name", "Ann",
    )  # fmt: skip
    assert ua.returncode == 0, ua.stderr
    (folder / "UA-000-26 original.pdf").write_bytes((tmp_path / "ua.pdf").read_bytes())
    (folder / "photos").mkdir()
    (folder / "photos" / "vigil.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo")
    os.symlink("notes.txt", folder / "notes-link.txt")
    os.mkfifo(folder / "pipe")
    return data, folder


def test_a_save_keeps_the_files_the_editor_does_not_write(tmp_path: Path) -> None:
    _data, folder = _installed(tmp_path)
    before = {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink() and p.name != "pack.toml"
    }
    files = read_pack_files(folder)
    files.data["revision"] = 2
    del files.templates["fr"]  # a language taken out in the editor
    assert save_pack_files(files, folder.parent, folder, pack_state(folder)) == folder

    after = {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink() and p.name != "pack.toml"
    }
    assert "letters/fr.txt" not in after  # what the editor took out stays out
    del before["letters/fr.txt"]
    assert after == before  # README.md, notes, the PDF, the photo: byte for byte
    assert os.readlink(folder / "notes-link.txt") == "notes.txt"
    assert not (folder / "pipe").exists()  # a pipe is no file to keep (reading it hangs)
    assert "Elena Sartori" in "".join(pdf_pages_text(folder / "UA-000-26 original.pdf"))
    loaded = check_pack_folder(folder)
    assert not isinstance(loaded, BrokenPack), loaded
    assert loaded.revision == 2


def test_a_save_under_a_new_id_takes_the_files_along(tmp_path: Path) -> None:
    data, folder = _installed(tmp_path)
    files = read_pack_files(folder)
    files.data["id"] = "e11"
    moved = save_pack_files(files, folder.parent, folder, pack_state(folder))
    assert moved == data / "packs" / "e11"
    assert not folder.exists()
    assert (moved / "README.md").read_text(encoding="utf-8").startswith("# Valdoria case")
    assert (moved / "notes.txt").read_text(encoding="utf-8") == "Ask Maria for stamps."
    assert (moved / "UA-000-26 original.pdf").read_bytes().startswith(b"%PDF")
    assert (moved / "photos" / "vigil.jpg").is_file()


def _comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def test_a_save_keeps_the_manifests_comments(tmp_path: Path) -> None:
    """The editor wrote pack.toml afresh, without a comment: the seed's sources ("the
    document (EUR 57/001/2011) is dated 10 June 2011") and the training pack's "Everything
    in it is invented" warning went with the first save."""
    import tomllib

    packs = tmp_path / "packs"
    folder = copy_bundled_pack(SEED_ID, packs, "seed-local")
    edit_manifest(folder, f'id = "{SEED_ID}"', 'id = "seed-local"')
    original = (folder / "pack.toml").read_text(encoding="utf-8")
    assert len(_comments(original)) >= 5

    files = read_pack_files(folder)
    files.data["revision"] = 7
    president = files.data["addressees"][0]
    president["fax"] = "+7 7172 74 56 31"
    files.data["action"]["title"]["en"] = "Ethnic Uzbeks still at risk"
    save_pack_files(files, packs, folder, pack_state(folder))
    saved = (folder / "pack.toml").read_text(encoding="utf-8")
    assert _comments(saved) == _comments(original)
    assert tomllib.loads(saved) == files.data  # exactly what the editor holds
    assert "+7 7172 74 56 31" in saved
    loaded = check_pack_folder(folder)
    assert not isinstance(loaded, BrokenPack), loaded
    assert loaded.revision == 7

    # an addressee taken out, and a new table: still exactly the data, comments kept where
    # their place is still there
    files = read_pack_files(folder)
    del files.data["addressees"][1]
    files.data["revision"] = 8
    save_pack_files(files, packs, folder, pack_state(folder))
    saved = (folder / "pack.toml").read_text(encoding="utf-8")
    assert tomllib.loads(saved) == files.data
    assert _comments(saved)[:2] == _comments(original)[:2]  # the header above the first key
    assert not isinstance(check_pack_folder(folder), BrokenPack)


def test_a_new_pack_and_a_copy_are_written_plain_or_with_their_source_comments(
    tmp_path: Path,
) -> None:
    import datetime as dt
    import tomllib

    from uawriter.pack_files import copy_of, manifest_text, new_pack

    fresh = new_pack(dt.date(2026, 12, 5))
    assert tomllib.loads(manifest_text(fresh)) == fresh.data
    training = read_pack_files(copy_bundled_pack(TRAINING_ID, tmp_path))
    copy = copy_of(training, {TRAINING_ID})
    text = manifest_text(copy)
    assert tomllib.loads(text) == copy.data
    assert "# A TRAINING pack. Everything in it is invented" in text  # still true of a copy

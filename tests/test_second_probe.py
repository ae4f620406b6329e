"""What a second probe, run as an attacker would with new inputs, found (issue 12), each
now a test: a file name that is not UTF-8, a forged index, escape sequences in the names
of keys and files, pack-export over another file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest
from test_cli import cli
from uawriter.paths import AppPaths


def user_pack(paths: AppPaths, name: str) -> Path:
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, name)
    edit_manifest(folder, f'id = "{TRAINING_ID}"', f'id = "{name}"')
    return folder


def test_a_file_name_that_is_not_utf8_stops_nothing(tmp_path: Path) -> None:
    """A Latin-1 name from a Windows USB stick ("café" as the byte E9) in a pack folder
    crashed packs, export, contacts and pack-export at every run."""
    paths = AppPaths(tmp_path / "data")
    folder = user_pack(paths, "with-odd-name")
    odd = os.fsdecode(os.fsencode(folder) + b"/notes-caf\xe9.txt")
    Path(odd).write_text("notes", encoding="utf-8")
    listing = cli(paths, "packs")
    assert listing.code == 0
    assert "with-odd-name\t" in listing.out
    assert cli(paths, "contacts", "--pack", "with-odd-name", "--from-country", "DE").code == 0
    shared = cli(paths, "pack-export", "with-odd-name", str(tmp_path / "x.uapack"))
    assert shared.code == 1
    assert "notes-caf\\xe9.txt: has a name that is not UTF-8 text" in shared.err
    again = cli(AppPaths(tmp_path / "other"), "import", str(folder))
    assert again.code == 1
    assert "not UTF-8 text" in again.err
    assert "Traceback" not in listing.err + shared.err + again.err


def test_a_forged_index_with_lone_surrogates_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    """Half of a character ("\\udce9") in a JSON file makes it one no app wrote: the index
    is set aside (kept) and the packs are read again, their own titles shown."""
    from uawriter.storage.pack_index import _check

    paths = AppPaths(tmp_path / "data")
    user_pack(paths, "indexed")
    assert cli(paths, "packs").code == 0
    data = json.loads(paths.pack_index_file.read_text(encoding="utf-8"))
    for folder, entry in data["packs"].items():
        entry["title"] = "T\udce9\n\x1b[2Jfake line"
        # a forger who writes the row's checksum too (a bit flipped fails it: read again)
        fields = [folder, entry["state"], entry["id"], entry["ua_number"], entry["title"]]
        entry["check"] = _check([*fields, entry["deadline"], *entry["problems"]], entry["update"])
    paths.pack_index_file.write_text(json.dumps(data), encoding="ascii")  # \udce9 escaped
    listing = cli(paths, "packs")
    assert listing.code == 0
    assert "fake line" not in listing.out
    assert "\x1b" not in listing.out
    assert len(listing.out.splitlines()) == 3  # no faked line
    assert "indexed\tUA 000/26\tTraining: teacher detained" in listing.out
    (kept,) = paths.pack_index_file.parent.glob(f"{paths.pack_index_file.name}.broken-*")
    assert "fake line" in kept.read_text("ascii")
    rebuilt = json.loads(paths.pack_index_file.read_text(encoding="utf-8"))
    assert "fake line" not in json.dumps(rebuilt)


def test_escape_sequences_in_key_and_file_names_are_shown_not_obeyed(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    folder = copy_bundled_pack(TRAINING_ID, tmp_path / "esc", "esc\x1b]0;T\x07")
    edit_manifest(folder, "[action]", '"\\u001b]0;KEY\\u0007\\u001b[2J" = 1\n[action]')
    (folder / "letters" / "e\x1b[31mvil\u009b.txt").write_text("x", encoding="utf-8")
    for argv in (("validate", str(folder)), ("import", str(folder))):
        outcome = cli(paths, *argv)
        assert outcome.code == 1
        shown = outcome.out + outcome.err
        assert "\x1b" not in shown
        assert "\x07" not in shown
        assert "\u009b" not in shown
        assert "\\x1b" in shown


def test_pack_export_never_replaces_a_file_unasked(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    victim = tmp_path / "victim.uapack"
    victim.write_text("the organiser's own file", encoding="utf-8")
    link = tmp_path / "link.uapack"
    link.symlink_to(tmp_path / "elsewhere.txt")
    for target in (victim, link):
        outcome = cli(paths, "pack-export", TRAINING_ID, str(target))
        assert outcome.code == 1
        assert "exists already; nothing was written" in outcome.err
    assert victim.read_text(encoding="utf-8") == "the organiser's own file"
    assert link.is_symlink()
    wrong = cli(paths, "pack-export", TRAINING_ID, str(tmp_path / "notes.txt"))
    assert wrong.code == 2
    assert "a shared pack is a .uapack file" in wrong.err
    replaced = cli(paths, "pack-export", TRAINING_ID, str(victim), "--overwrite")
    assert replaced.code == 0
    assert victim.read_bytes().startswith(b"PK")


def test_a_letter_of_hundreds_of_pages_is_not_faxed(tmp_path: Path) -> None:
    """A template printing 3,000 lines made a fax of 114 pages: 965 MB while the TIFF was
    made, and a MemoryError for longer ones. Such a letter is now refused before it is laid
    out (test_layout_bounds.py); a fax has at most 30 pages (test_fax_tiff.py)."""
    paths = AppPaths(tmp_path / "data")
    folder = user_pack(paths, "long-letter")
    edit_manifest(folder, "emails = [", 'fax = "+34 91 123 45 67"\nemails = [')
    (folder / "letters" / "es.txt").write_text(
        "Estimada:\n{% for i in range(3000) %}línea {{ i }}\n{% endfor %}", encoding="utf-8"
    )
    outcome = cli(
        paths,
        *("export", "--pack", "long-letter", "--lang", "es", "--channel", "fax-tiff"),
        *("--out", str(tmp_path / "faxes")),
    )
    assert outcome.code == 1
    assert "3,001 lines" in outcome.err
    assert "is not laid out" in outcome.err
    assert not list((tmp_path / "faxes").glob("*.tif"))

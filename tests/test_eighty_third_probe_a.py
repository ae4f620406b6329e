"""Probe 83a: regressions of the last commits. An archive's files the pack does not use
are left out whatever their names (probe 82b): what a hostile or odd archive does now."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, run_uawriter


def _pack_entries(tmp_path: Path, pack_id: str) -> dict[str, bytes]:
    """The training pack's files (``pack.toml``, ``letters/en.txt``, …) under ``pack_id``."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "source", pack_id)
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        text.replace(f'id = "{TRAINING_ID}"', f'id = "{pack_id}"', 1), encoding="utf-8"
    )
    return {
        path.relative_to(pack).as_posix(): path.read_bytes()
        for path in sorted(pack.rglob("*"))
        if path.is_file()
    }


def _archive(path: Path, top: str, files: dict[str, bytes], extra: list[str]) -> Path:
    """A zip of ``files`` in the folder ``top``, then the ``extra`` entries (a name ending
    in "/" is a folder entry, as a file manager's zip holds one for each folder)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel, data in files.items():
            archive.writestr(f"{top}/{rel}", data)
        for name in extra:
            archive.writestr(name, b"" if name.endswith("/") else b"A note.\n")
    return path


def _installed(data: Path) -> list[str]:
    packs = data / "packs"
    return (
        sorted(p.relative_to(packs).as_posix() for p in packs.rglob("*")) if packs.exists() else []
    )


def test_f1_a_file_named_as_the_pack_folder_beside_it_is_refused_naming_it(
    tmp_path: Path,
) -> None:
    """A stick holds ``notes.md.uapack``: its pack folder is ``notes.md/`` (a pack's notes
    file, ``notes.md``, inside it) and, beside the folder at the archive's top, a file of the
    same name ``notes.md``. An organiser importing it is told "could not write <her data
    folder>: File exists", which names neither the archive nor the entry and sends her to
    check her own data folder. Before probe 82b the archive was refused: "notes.md: is both a
    file and a folder in the archive". The entry beside the folder is now taken for one the
    pack does not use (so its name is not checked against the folder's), yet it is unpacked
    into the pack as its top file, where the pack's own ``notes.md`` is written too."""
    files = _pack_entries(tmp_path, "notes-pack")
    files["notes.md"] = b"Bring stamps.\n"
    archive = _archive(tmp_path / "notes.md.uapack", "notes.md", files, ["notes.md"])
    data = tmp_path / "data"

    result = run_uawriter(data, "import", str(archive))

    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "is both a file and a folder" in output, output
    assert str(data) not in output, output
    assert _installed(data) == [], _installed(data)


def test_f2_a_file_from_outside_the_pack_folder_is_not_installed_in_it(tmp_path: Path) -> None:
    """An archive holding the pack folder ``notes.md/`` and, outside it at the archive's
    top, a file ``notes.md`` (from whoever made the archive, not from the pack). The import
    says "installed" and the file from outside the pack folder is now inside the installed
    pack as its ``notes.md``, shared again by the next ``pack-export``: the entry is taken
    for one left out (its name and clash unchecked) but written all the same. Before probe
    82b the archive was refused ("is both a file and a folder"); a file outside the pack
    folder must never be installed as part of the pack."""
    files = _pack_entries(tmp_path, "outside-pack")
    archive = _archive(tmp_path / "notes.md.uapack", "notes.md", files, ["notes.md"])
    data = tmp_path / "data"

    result = run_uawriter(data, "import", str(archive))

    output = result.stdout + result.stderr
    assert "outside-pack/notes.md" not in _installed(data), (output, _installed(data))


def test_f3_a_zipped_pack_folder_with_a_notes_folder_imports_as_the_folder_does(
    tmp_path: Path,
) -> None:
    """An organiser keeps her research beside the pack in ``Sources: Amnesty/`` (a colon is
    an ordinary character on Linux) and zips the pack folder with her file manager, which
    writes an entry for every folder. Importing the folder installs the pack and leaves the
    folder out ("not installed, as a pack does not use them"); importing the zip refuses it
    whole: "ua/Sources: Amnesty/: has a name that files cannot have on every computer".
    Probe 82b made an archive's unused files left out whatever their names, as a folder's
    are, but an unused folder's own entry is still checked as if it were unpacked (nothing
    is made for it)."""
    files = _pack_entries(tmp_path, "zipped-notes")
    folder = tmp_path / "folder" / "zipped-notes"
    for rel, content in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(content)
    (folder / "Sources: Amnesty").mkdir()
    (folder / "Sources: Amnesty" / "report.pdf").write_bytes(b"%PDF-1.4\n")
    archive = _archive(
        tmp_path / "zipped-notes.uapack",
        "zipped-notes",
        files,
        [
            "zipped-notes/",
            "zipped-notes/Sources: Amnesty/",
            "zipped-notes/Sources: Amnesty/report.pdf",
        ],
    )

    from_folder = run_uawriter(tmp_path / "data-a", "import", str(folder))
    from_zip = run_uawriter(tmp_path / "data-b", "import", str(archive))

    assert from_folder.returncode == 0, from_folder.stdout + from_folder.stderr
    assert from_zip.returncode == 0, from_zip.stdout + from_zip.stderr
    assert _installed(tmp_path / "data-b") == _installed(tmp_path / "data-a")


@pytest.mark.parametrize(
    ("greeting", "language"),
    [
        ("Your Excellency,", "en"),
        ("Monsieur Asylov,", "fr"),
        ("Estimado Sr. Asylov:", "es"),
        ("Excelentísimo Señor:", "es"),
    ],
)
def test_f4_a_greeting_on_its_own_line_is_not_taken_for_the_officials_name(
    greeting: str, language: str
) -> None:
    """A UA gives the greeting on a line of its own after the fax, with no "Salutation:"
    label: "Your Excellency," (the most common greeting to a head of state), "Monsieur
    Asylov,", "Estimado Sr. Asylov:". Since a name line ending in a comma is read as the
    official's name (probe 81a F4), these greetings are read as a name too: draft-pack
    gives the official without a greeting, and a second addressee named "Your Excellency"
    (or with no name) with no fax, e-mail or address, which the organiser must find and
    delete, then type the greeting back. Before that change the block was one official
    with his greeting."""
    from test_eightieth_probe_c import HEAD, TAIL
    from uawriter.drafting import draft_pack

    block = [
        "Prosecutor General",
        "Mr Berik Asylov",
        "14 Mambetov Street",
        "Astana 010000",
        "KAZAKHSTAN",
        "Fax: +7 7172 71 27 06",
        greeting,
    ]
    draft = draft_pack(HEAD + "\n".join(block) + "\n" + TAIL)

    drafted = [a.to_json() for a in draft.addressees]
    assert len(draft.addressees) == 1, drafted
    official = draft.addressees[0]
    assert official.name == "Mr Berik Asylov", drafted
    assert official.salutation.get(language) == greeting.rstrip(",:"), drafted

"""What a pack's letters folder holds besides its letters: validate says what import does.

``letters/notes.md`` or a folder of old letters made ``validate`` refuse a pack that
``import`` installed (leaving them out, with a note); ``letters/en.TXT``, meant as the English
letter, was left out by import while validate refused it. Now a file meant as a letter (named
``*.txt`` in any case, or after a language: ``en.docx``) is refused by both, saying what to
name it, and anything else is left out by both, with a note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter


def _pack(tmp_path: Path) -> Path:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path, "valdoria-copy")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "valdoria-copy"')
    return folder


def test_files_a_pack_does_not_use_are_noted_by_validate_and_left_out_by_import(
    tmp_path: Path,
) -> None:
    folder = _pack(tmp_path)
    (folder / "letters" / "notes.md").write_text("Ask Ana about the fax.\n", encoding="utf-8")
    (folder / "letters" / "old").mkdir()
    (folder / "letters" / "old" / "en.txt").write_text("Dear Sir\n", encoding="utf-8")

    checked = run_uawriter(tmp_path / "data", "validate", str(folder))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK: pack valdoria-copy" in checked.stdout
    assert "note: valdoria-copy/letters/notes.md: is not installed or shared" in checked.stdout
    assert "note: valdoria-copy/letters/old: is not installed or shared" in checked.stdout

    installed = run_uawriter(tmp_path / "data", "import", str(folder))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert "letters/notes.md, letters/old/en.txt" in installed.stdout
    letters = tmp_path / "data" / "packs" / "valdoria-copy" / "letters"
    assert sorted(p.name for p in letters.iterdir()) == ["es.txt", "fr.txt"]


@pytest.mark.parametrize(("name", "rename"), [("en.TXT", "en.txt"), ("en.docx", "en.txt")])
def test_a_letter_named_wrongly_is_refused_by_validate_and_import_alike(
    tmp_path: Path, name: str, rename: str
) -> None:
    folder = _pack(tmp_path)
    (folder / "letters" / name).write_text("Dear {{ addressee.salutation }}\n", "utf-8")
    wanted = f"valdoria-copy/letters/{name}: is not a letter template"

    checked = run_uawriter(tmp_path / "data", "validate", str(folder))
    installed = run_uawriter(tmp_path / "data", "import", str(folder))

    for run in (checked, installed):
        assert run.returncode == 1, run.stdout + run.stderr
        shown = run.stdout + run.stderr
        assert wanted in shown
        assert f"save it as {rename}" in shown
    assert not (tmp_path / "data" / "packs" / "valdoria-copy").exists()


def test_a_misnamed_copy_beside_the_letter_is_never_advised_over_it(tmp_path: Path) -> None:
    """``es.docx`` beside ``es.txt``: the advice is to remove the copy, not to save it as
    es.txt (over the letter); a backup (``es.txt~``, ``es.bak``) is left out. (``es.TXT``
    beside it is refused as one file on Windows and a Mac, "rename or remove one".)"""
    folder = _pack(tmp_path)
    (folder / "letters" / "es.docx").write_text("an older letter\n", encoding="utf-8")
    checked = run_uawriter(tmp_path / "data", "validate", str(folder))
    shown = checked.stdout + checked.stderr
    assert checked.returncode == 1, shown
    assert "es.txt is the letter in this language: remove this copy" in shown
    assert "save it as es.txt" not in shown

    (folder / "letters" / "es.docx").rename(folder / "letters" / "es.bak")
    (folder / "letters" / "es.txt~").write_text("older still\n", encoding="utf-8")
    checked = run_uawriter(tmp_path / "data", "validate", str(folder))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "letters/es.bak: is not installed or shared" in checked.stdout

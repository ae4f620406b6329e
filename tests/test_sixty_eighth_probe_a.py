"""Probe 68a: three findings, each test failing on the current code; all three fixed.

P68a-F1  validate checks templates with ``LARGEST_SENDER`` (a 200-character ASCII name),
         but a filter can make a name longer than it is: ``|urlencode`` writes each
         Cyrillic letter as six characters. A template printing the urlencoded name passes
         validate and import, then every export by a volunteer with a 62-character Kazakh
         name is refused ("makes a letter of 42,608 characters").
P68a-F2  ``LARGEST_SENDER``'s name is one word, so a template whose line count grows with
         the words of the name (``sender.name.split()|join("\\n")``) passes validate and
         import, then is refused for "María del Carmen de la Cruz" (six words: 604 lines).
P68a-F3  An editor's backup beside a letter (``letters/es.txt~``, ``letters/es.bak``)
         refuses the whole pack in validate and import, with the advice "save it as
         es.txt", which would replace the real letter; ``es.txt.bak`` is left out, as the
         docs say backups are.

Fixed: templates are also checked with ``WORDIEST_SENDER`` (details of many one-letter
words in Cyrillic and emoji, which escaping grows most), so validate and import refuse
these two letters alike; a letter is named ``*.txt`` or, after a language, as a document
(``en.docx``): a backup is left out, and where ``es.txt`` is there the advice is to remove
the copy, never to save it over the letter.
"""

from __future__ import annotations

from pathlib import Path

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter


def _pack_with_letter_line(tmp_path: Path, pack_id: str, line: str) -> Path:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path, pack_id)
    edit_manifest(folder, f'id = "{TRAINING_ID}"', f'id = "{pack_id}"')
    letter = folder / "letters" / "es.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8").replace("Le agradezco", line + "\nLe agradezco", 1),
        encoding="utf-8",
    )
    return folder


def _validated_pack_exports_for(tmp_path: Path, folder: Path, pack_id: str, name: str) -> None:
    """validate and import agree, and what they let through is exported for this name: a
    pack they refuse, naming its letter, is never one that passes and fails on the night."""
    data = tmp_path / "data"
    checked = run_uawriter(data, "validate", str(folder))
    imported = run_uawriter(data, "import", str(folder))
    assert checked.returncode == imported.returncode, checked.stdout + imported.stderr
    if checked.returncode != 0:
        for run in (checked, imported):
            assert f"{pack_id}/letters/es.txt: makes a letter of" in run.stdout + run.stderr
        return
    exported = run_uawriter(
        data,
        "export", "--pack", pack_id, "--lang", "es", "--sender-name", name,
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    # a letter validate laid out with the largest details is laid out for this volunteer
    assert exported.returncode == 0, exported.stderr
    assert list((tmp_path / "out").glob("*.pdf"))


# ------------------ P68a-F1: a filter makes a real name longer than the largest one


def test_a_name_urlencoded_is_not_longer_at_export_than_at_validate(tmp_path: Path) -> None:
    folder = _pack_with_letter_line(
        tmp_path, "urlencoded", "{% for i in range(120) %}{{ sender.name|urlencode }}\n{% endfor %}"
    )
    name = "Айгерим-Гульнара Нурлановна Сейтказиева-Джумабаева Кожахметова"
    assert len(name) <= 200
    _validated_pack_exports_for(tmp_path, folder, "urlencoded", name)


# ------------------ P68a-F2: a name of many words makes more lines than one of one word


def test_a_name_of_several_words_makes_no_more_lines_than_validate_allowed(
    tmp_path: Path,
) -> None:
    folder = _pack_with_letter_line(
        tmp_path,
        "name-parts",
        '{% for i in range(100) %}{{ sender.name.split()|join("\\n") }}\n{% endfor %}',
    )
    _validated_pack_exports_for(tmp_path, folder, "name-parts", "María del Carmen de la Cruz")


# ------------------ P68a-F3: an editor's backup beside the letter refuses the pack


def test_an_editor_backup_of_a_letter_is_left_out_not_refused(tmp_path: Path) -> None:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path, "backup")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "backup"')
    letters = folder / "letters"
    (letters / "es.txt~").write_text("an older draft\n", encoding="utf-8")
    checked = run_uawriter(tmp_path / "data", "validate", str(folder))
    imported = run_uawriter(tmp_path / "data", "import", str(folder))
    for run in (checked, imported):
        out = run.stdout + run.stderr
        # never the advice to save the backup over the letter that is there
        assert "save it as es.txt" not in out, out
        # left out, as letters/es.txt.bak is (docs/pack-format.md section 2)
        assert run.returncode == 0, out
    assert (tmp_path / "data" / "packs" / "backup" / "letters" / "es.txt").is_file()

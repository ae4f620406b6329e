"""Probe 62.

P62-F1  A pack folder holding two files whose names differ only in capitals or in how an
        accent is written (README.md and readme.md; café.md as é and as e + U+0301) passes
        validate and import; pack-export then writes a .uapack that every import refuses
        ("is in the archive twice … ask whoever sent it for a copy made with UA Writer
        (uawriter pack-export)" - it was).
P62-F2  Likewise a pack folder holding a file named as files cannot be named on Windows
        ("what?.md", "a:b.txt", "CON.md", a tab in the name): validate and import take it,
        pack-export shares it, and the archive is refused by import.
P62-F3  A file name with a line break in it (an archive's entry, or a file in a pack folder
        from a stick) is printed with that line break: the name forges a line of the
        command's output ("uawriter: installed pack … in …") after a refusal; so do a
        pack folder's name in `uawriter packs` and a merged tally's name in `tally merge`.
P62-F4  validate of a template with brackets nested 90 deep or more prints a Python
        traceback ("Exception ignored in: <generator object Lexer.tokeniter …>").
P62-F5  A README.md (or notes.txt) that is not UTF-8: validate says OK, import refuses the
        same folder; pack-export of a pack copied in by hand shares what import refuses.
P62-F6  One merged tally of just under 64 MiB fills this laptop's tally: every letter
        after it is written but not counted.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter


def _shared_and_imported_elsewhere(tmp_path: Path, names: list[str]) -> tuple[str, str]:
    """A pack folder holding ``names`` (text files at its top): imported on this laptop,
    shared with pack-export, and the archive imported on another laptop. Returns (what
    this laptop said, what the other laptop said); "" for the other when nothing was
    shared."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "stick")
    edit_manifest(pack, 'id = "training-valdoria"', 'id = "p62-shared"')
    for i, name in enumerate(names):
        (pack / name).write_text(f"note {i}\n", encoding="utf-8")
    here = tmp_path / "here"
    imported = run_uawriter(here, "import", str(pack))
    said_here = imported.stdout + imported.stderr
    if imported.returncode != 0:
        return said_here, ""
    archive = tmp_path / "shared.uapack"
    shared = run_uawriter(here, "pack-export", "p62-shared", str(archive))
    said_here += shared.stdout + shared.stderr
    if shared.returncode != 0:
        return said_here, ""
    other = run_uawriter(tmp_path / "other", "import", str(archive))
    return said_here, f"rc={other.returncode}\n{other.stdout}{other.stderr}"


# ------------------ P62-F1: names that are one file on a Mac or Windows


@pytest.mark.parametrize(
    "names",
    [["README.md", "readme.md"], ["caf\u00e9.md", "cafe\u0301.md"], ["Notes.txt", "NOTES.txt"]],
    ids=["capitals", "NFC-NFD", "capitals-txt"],
)
def test_a_pack_shared_with_pack_export_can_be_imported(tmp_path: Path, names: list[str]) -> None:
    """Both names are installed from the folder (on Linux), then pack-export writes both
    into the archive, and import refuses that archive: 'is in the archive twice (names
    that differ only in capitals, or in how an accent is written, count as the same); ask
    whoever sent it for a copy made with UA Writer (uawriter pack-export)'. The organiser
    shares a pack no laptop can take (and on a Mac or Windows laptop the folder itself
    held one file for both names). Either the folder is refused as the archive is, or what
    pack-export writes is importable."""
    here, other = _shared_and_imported_elsewhere(tmp_path, names)
    assert not other.startswith("rc=1"), f"this laptop:\n{here}\nthe other:\n{other}"


# ------------------ P62-F2: names that files cannot have on every computer


@pytest.mark.parametrize(
    "name",
    ["what?.md", "a:b.txt", "CON.md", "x<y>.toml", "tab\tname.md"],
    ids=["question-mark", "colon", "CON", "angle-brackets", "tab"],
)
def test_a_name_the_archive_refuses_is_refused_in_a_folder_too(tmp_path: Path, name: str) -> None:
    """An archive entry 'what?.md' is refused ('has a name that files cannot have on every
    computer … rename it and make the archive again'); the same file in a pack folder is
    validated, installed and shared by pack-export, and the archive it makes is refused by
    the next import."""
    here, other = _shared_and_imported_elsewhere(tmp_path, [name])
    assert not other.startswith("rc=1"), f"this laptop:\n{here}\nthe other:\n{other}"


# ------------------ P62-F3: a line break in a file name forges a line of output

FORGED = "uawriter: installed pack ua-129-10-u3 (revision 9), all checked"


def _forged_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("uawriter: installed pack")]


def test_an_archive_entry_s_line_break_forges_no_line(tmp_path: Path) -> None:
    """A .uapack from a stick with an entry 'p/a\\n<FORGED>\\n.md': import refuses it, and
    prints the name with its line breaks, so the terminal shows a line 'uawriter:
    installed pack ua-129-10-u3 (revision 9) in …' of its own. Control characters are
    shown as \\x1b, fields' line breaks as \\x0a; a file name's are not."""
    archive = tmp_path / "stranger.uapack"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("p/pack.toml", "format_version = 1\n")
        zf.writestr(f"p/a\n{FORGED}\n.md", "x")
    result = run_uawriter(tmp_path / "data", "import", str(archive))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert _forged_lines(output) == [], output


@pytest.mark.parametrize("command", ["validate", "import"])
def test_a_pack_folder_file_name_s_line_break_forges_no_line(tmp_path: Path, command: str) -> None:
    """A pack folder from a stick holding a link named 'y\\n<FORGED>.md': validate and
    import refuse it ('is a symbolic link …') and print its name across two lines."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "stick")
    edit_manifest(pack, 'id = "training-valdoria"', 'id = "p62-forged"')
    (pack / f"y\n{FORGED}.md").symlink_to("/etc/hostname")
    result = run_uawriter(tmp_path / "data", command, str(pack))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert _forged_lines(output) == [], output


def test_a_pack_folder_name_s_line_break_forges_no_line_in_packs(tmp_path: Path) -> None:
    """A broken pack copied into the packs folder by hand, its folder named
    'evil\\n<FORGED>': `uawriter packs` prints its problems, each starting with the
    folder's name, across two lines."""
    data = tmp_path / "data"
    pack = copy_bundled_pack(TRAINING_ID, data / "packs", f"evil\n{FORGED}")
    edit_manifest(pack, "format_version = 1", "format_version = 2")
    result = run_uawriter(data, "packs")
    output = result.stdout + result.stderr
    assert "format_version" in output, output
    assert _forged_lines(output) == [], output


def test_a_merged_tally_s_file_name_forges_no_line(tmp_path: Path) -> None:
    """`uawriter tally merge /media/stick/*.jsonl`, a stick's tally named
    'laptop2\nLetters written: 5000 (9000 pages)\n.jsonl': the merge's report prints the
    name with its line breaks, so the terminal shows 'Letters written: 5000 (9000 pages)'
    as a line of its own (a file that is not a tally is named with \\x0a instead)."""
    here = tmp_path / "here"
    written = run_uawriter(
        here, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(tmp_path / "out")
    )
    assert written.returncode == 0, written.stderr
    stick = tmp_path / "stick"
    stick.mkdir()
    tally = stick / "laptop2\nLetters written: 5000 (9000 pages)\n.jsonl"
    exported = run_uawriter(here, "tally", "export", str(tally))
    assert exported.returncode == 0, exported.stderr
    merged = run_uawriter(tmp_path / "other", "tally", "merge", str(tally))
    output = merged.stdout + merged.stderr
    assert merged.returncode == 0, output
    assert not any(line.startswith("Letters written: 5000") for line in output.splitlines()), output


# ------------------ P62-F4: brackets nested 200 deep in a template: a traceback


def test_validate_of_a_template_with_deep_brackets_prints_no_traceback(tmp_path: Path) -> None:
    """'{{ ((((…1…)))) }}' with 200 brackets (from about 90): validate reports it rightly
    ('nests blocks, brackets or macros too deeply to be filled in'), but first prints
    'Exception ignored in: <generator object Lexer.tokeniter …> Traceback (most recent call last): …
    RecursionError: maximum recursion depth exceeded' on stderr (Jinja's lexer generator,
    closed while the stack is still full). import and export of the same pack print
    none."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "stick")
    edit_manifest(pack, 'id = "training-valdoria"', 'id = "p62-deep"')
    letter = pack / "letters" / "es.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8") + "{{ " + "(" * 200 + "1" + ")" * 200 + " }}\n",
        encoding="utf-8",
    )
    result = run_uawriter(tmp_path / "data", "validate", str(pack))
    assert "too deeply" in result.stdout + result.stderr, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "Exception ignored" not in result.stderr, result.stderr


# ------------------ P62-F5: a README.md that is not UTF-8: validate says OK, import refuses


def test_validate_refuses_what_import_refuses(tmp_path: Path) -> None:
    """A pack folder from a stick with a README.md saved in Latin-1 ('Café'): validate
    says 'OK: pack …' (exit 0), and import of the same folder refuses it ('README.md: line
    1: is not UTF-8 text'). folder_problems() promises 'validate says the same as
    import'; the organiser who checked the stick at home is refused at the event."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "stick")
    edit_manifest(pack, 'id = "training-valdoria"', 'id = "p62-latin"')
    (pack / "README.md").write_bytes("Caf\u00e9: the notes\n".encode("latin-1"))
    checked = run_uawriter(tmp_path / "data", "validate", str(pack))
    imported = run_uawriter(tmp_path / "data", "import", str(pack))
    said = f"validate:\n{checked.stdout}{checked.stderr}\nimport:\n{imported.stderr}"
    assert (checked.returncode == 0) == (imported.returncode == 0), said


def test_pack_export_of_a_pack_copied_in_by_hand_can_be_imported(tmp_path: Path) -> None:
    """The same pack folder copied into the packs folder by hand (docs/pack-format.md,
    section 3): listed, and pack-export shares it with its Latin-1 README.md; every import
    of that archive refuses it."""
    data = tmp_path / "data"
    pack = copy_bundled_pack(TRAINING_ID, data / "packs", "p62-latin")
    edit_manifest(pack, 'id = "training-valdoria"', 'id = "p62-latin"')
    (pack / "README.md").write_bytes("Caf\u00e9: the notes\n".encode("latin-1"))
    archive = tmp_path / "shared.uapack"
    shared = run_uawriter(data, "pack-export", "p62-latin", str(archive))
    if shared.returncode != 0:
        return  # refused to share: as import would refuse it
    other = run_uawriter(tmp_path / "other", "import", str(archive))
    assert other.returncode == 0, other.stdout + other.stderr


# ------------------ P62-F6: one merged tally fills this laptop's: no letter counted after


def test_a_merged_tally_leaves_room_for_tonight_s_letters(tmp_path: Path) -> None:
    """A stick's tally of just under 64 MiB (137,918 letters with long names, or 53,645
    with every field long: more than any evening writes) is merged whole ('137918
    added'); this laptop's tally.jsonl is then at the 64 MiB it may hold, and every letter
    exported after it is written but not counted: 'the letters were written (above), but
    none of them could be counted: …tally.jsonl would be larger than 64 MiB'. The merge
    should refuse a tally that leaves no room, not let it take the evening's count."""
    import json

    limit = 64 * 1024 * 1024 - 150  # less than one letter's record

    def record(i: int, long: str) -> str:
        return json.dumps({
            "type": "letter", "v": 1, "id": f"{i:032x}",
            "time": "2026-12-06T19:17:31+00:00", "event_id": f"e{i} {long}",
            "event": f"{i} {long}", "ua": f"{i}/26 {long}", "update": 0,
            "pack_id": TRAINING_ID, "addressee_id": f"a{i} {long}",
            "addressee": f"{i} {long}", "channel": "post", "language": "es", "pages": 1,
        }) + "\n"  # fmt: skip

    stick = tmp_path / "laptop2.jsonl"
    size = 0
    with stick.open("w", encoding="utf-8") as out:
        for i in range(1_000_000):
            # each text field near the 200 characters a record keeps of it: fewer lines
            line = record(i, "A" * 190)
            if size + len(line) > limit:  # the last letter's fields fill what is left
                line = record(i, "A" * ((limit - size - len(record(i, ""))) // 5))
                out.write(line)
                size += len(line)
                break
            out.write(line)
            size += len(line)
    assert limit - 5 <= size <= limit, size
    data = tmp_path / "data"
    merged = run_uawriter(data, "tally", "merge", str(stick))
    if merged.returncode != 0:  # refused: tonight's letters keep their room, and it says so
        assert "Traceback" not in merged.stderr, merged.stderr
        assert "laptop2.jsonl would fill this laptop's tally" in merged.stderr, merged.stderr
        return
    written = run_uawriter(
        data, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(tmp_path / "out")
    )
    assert "could be counted" not in written.stderr, merged.stdout + written.stderr

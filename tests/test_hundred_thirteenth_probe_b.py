"""Probe 113b: the command line and its environment (issue 12, items 4, 5, 10, 13 and 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT, SEED_ID, run_uawriter
from uawriter.paths import DATA_DIR_VARIABLE, AppPaths
from uawriter.storage.tally import TallyBook

#: What a mistaken paste types: a whole page where one word was wanted.
PAGE = "x" * 100_000


def _into_full_disk(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """``uawriter ARGV > FILE`` where FILE's disk is full (``/dev/full``)."""
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "uawriter", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, DATA_DIR_VARIABLE: str(data_dir)},
            cwd=ROOT,
            timeout=120,
            check=False,
        )


def test_f1_an_export_whose_list_of_files_finds_a_full_disk_says_its_letters_were_counted(
    tmp_path: Path,
) -> None:
    """``uawriter export ... --out /media/stick > ~/sent.txt`` on a laptop whose own disk
    is full: the three letters were written to the stick and counted, but all the organiser
    reads is "could not write the output: No space left on device", and the exit is a
    failure. She takes it that the export failed and runs it again: every letter is counted
    twice. The stick that fills up part way names what was written and counted; this
    should too."""
    out = tmp_path / "stick"
    done = _into_full_disk(tmp_path / "data", "export", "--pack", SEED_ID, "--lang", "en",
                           "--out", str(out))  # fmt: skip
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(list(out.glob("*.pdf"))) == 3
    assert len(TallyBook(AppPaths(tmp_path / "data").tally_file).read().letters) == 3
    assert "written and counted" in done.stderr, done.stderr


def test_f2_a_page_pasted_for_one_word_is_not_said_back_whole(tmp_path: Path) -> None:
    """A page pasted where a pack id, a language, an event or a country code was wanted (a
    shell's ``$(cat ua.txt)``) is said back whole in the refusal: 100 KB of ``x`` on the
    terminal, 200 KB for ``draft-pack --id`` (which quotes it twice), the line that says
    what to do lost at the end of it. The window and the archive import show such a value
    by its beginning and end (probes 102a, 103a); the sender options say "has 100,000
    characters; at most 200"."""
    story = tmp_path / "ua.txt"
    story.write_text("URGENT ACTION\nTeacher detained\n", encoding="utf-8")
    commands = [
        ("export", "--pack", PAGE, "--lang", "en", "--out", str(tmp_path / "a")),
        ("export", "--pack", SEED_ID, "--lang", PAGE, "--out", str(tmp_path / "b")),
        ("contacts", "--pack", SEED_ID, "--from-country", PAGE),
        ("tally", "--event", PAGE),
        ("draft-pack", str(story), "--id", PAGE, "--out", str(tmp_path / "draft")),
    ]
    for argv in commands:
        done = run_uawriter(tmp_path / "data", *argv)
        assert done.returncode == 2, (argv[:2], done.stderr[-300:])
        assert len(done.stderr) < 2_000, (argv[:2], len(done.stderr), done.stderr[-200:])


def test_f3_help_written_to_a_full_disk_is_not_a_success(tmp_path: Path) -> None:
    """``uawriter --help > help.txt`` (or ``--version``) on a full disk: nothing is written,
    nothing is said, and the exit is 0, so a script that keeps the help or checks the
    version goes on with an empty file. Every other command says "could not write the
    output: No space left on device" and fails."""
    for argv in (["--help"], ["--version"], ["export", "--help"]):
        done = _into_full_disk(tmp_path / "data", *argv)
        assert done.returncode != 0, argv
        assert "No space left on device" in done.stderr, (argv, done.stderr)


def test_f4_a_csv_report_in_the_way_of_another_says_what_to_do(tmp_path: Path) -> None:
    """``uawriter tally --csv evening.csv`` where last week's evening.csv is: "could not
    write evening.csv: a file of this name exists already", and nothing about what to do
    (there is no --overwrite). ``--pdf`` and ``tally export`` in the same case say "choose
    another file name"."""
    earlier = tmp_path / "evening.csv"
    earlier.write_text("last week\n", encoding="utf-8")
    done = run_uawriter(tmp_path / "data", "tally", "--csv", str(earlier))
    assert done.returncode != 0
    assert earlier.read_text(encoding="utf-8") == "last week\n"
    assert "choose another file name" in done.stderr, done.stderr


def test_f5_a_data_folder_that_is_a_file_is_named_as_the_setting_to_change(
    tmp_path: Path,
) -> None:
    """UAWRITER_DATA_DIR set to a file (a typo naming the tally export, say): ``uawriter
    tally`` answers "could not write …/tally.jsonl: Not a directory", naming neither the
    setting nor a fix, and ``uawriter export`` gives the reason "File exists", which is not
    what is wrong. Both should say the data folder is a file and name UAWRITER_DATA_DIR."""
    a_file = tmp_path / "tally-export.jsonl"
    a_file.write_text("", encoding="utf-8")
    told = run_uawriter(a_file, "tally")
    assert told.returncode != 0
    assert "Traceback" not in told.stderr
    assert DATA_DIR_VARIABLE in told.stderr, told.stderr
    exported = run_uawriter(a_file, "export", "--pack", SEED_ID, "--lang", "en",
                            "--out", str(tmp_path / "letters"))  # fmt: skip
    assert exported.returncode != 0
    assert "File exists" not in exported.stderr, exported.stderr
    assert not (tmp_path / "letters").exists() or not list((tmp_path / "letters").iterdir())

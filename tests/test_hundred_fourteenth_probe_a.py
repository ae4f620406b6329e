"""Probe 114a (issue 12, items 1, 6, 15 and 16): the regressions of probe 113b's data folder
check and its shortened messages on the command line."""

from __future__ import annotations

from pathlib import Path

from helpers import SEED_ID, run_uawriter

#: What a mistaken paste types: a whole page where one word was wanted.
PAGE = "x" * 100_000


def test_f1_a_data_folder_whose_name_is_too_long_is_a_traceback(tmp_path: Path) -> None:
    """UAWRITER_DATA_DIR set to a folder whose name is longer than the disk allows (a
    script that pasted a note into the setting): every command now ends in a Python
    traceback ("OSError: [Errno 36] File name too long") from the check that the data
    folder is not a file. Before that check, ``uawriter tally`` said "could not write
    …/tally.jsonl: File name too long", which names the folder and the reason."""
    too_long = tmp_path / ("a" * 300)
    for folder in (too_long, too_long / "data"):
        done = run_uawriter(folder, "tally")
        assert done.returncode != 0
        assert "Traceback" not in done.stderr, done.stderr[-400:]
        assert "File name too long" in done.stderr, done.stderr[-400:]


def test_f2_a_data_folder_linked_to_a_folder_not_made_yet_is_not_called_a_file(
    tmp_path: Path,
) -> None:
    """The organiser's data folder is a link to a folder on the event's stick that is not
    made yet (``~/uawriter -> /media/stick/uawriter``): ``uawriter tally`` showed the
    evening's totals (none yet) before probe 113b; now every command refuses, saying the
    link "is a file, not a folder" and to set UAWRITER_DATA_DIR to a folder. It is not a
    file, and the fix is to make the folder it links to, which the message does not say.
    A link that loops is called "a file" too, where it said "Too many levels of symbolic
    links"."""
    stick = tmp_path / "stick"
    stick.mkdir()
    link = tmp_path / "uawriter"
    link.symlink_to(stick / "uawriter")
    done = run_uawriter(link, "tally")
    assert "Traceback" not in done.stderr, done.stderr[-400:]
    assert "is a file" not in done.stderr, done.stderr
    assert done.returncode == 0 or str(stick / "uawriter") in done.stderr, done.stderr
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    looped = run_uawriter(loop, "tally")
    assert looped.returncode != 0
    assert "is a file" not in looped.stderr, looped.stderr


def test_f3_a_page_pasted_for_a_choice_or_a_file_is_still_said_back_whole(
    tmp_path: Path,
) -> None:
    """Probe 113b shortened what is said back of a page pasted for one word (``--pack``,
    ``--lang``, ``--event``, ``--id``) to its beginning and end. The same page pasted for a
    choice (``--channel "$(cat ua.txt)"``, or as the command itself) or where the UA's file
    is named (``draft-pack "$(cat ua.txt)"``, the text instead of its file name, and
    ``validate``) is still said back whole: 100 KB of it on the terminal, the line that
    says what to do lost at the end."""
    commands = [
        ("export", "--pack", SEED_ID, "--lang", "en", "--channel", PAGE,
         "--out", str(tmp_path / "a")),
        (PAGE,),
        ("draft-pack", PAGE),
        ("validate", PAGE),
    ]  # fmt: skip
    for argv in commands:
        done = run_uawriter(tmp_path / "data", *argv)
        assert done.returncode != 0, argv[:1]
        assert "Traceback" not in done.stderr
        assert len(done.stderr) < 2_000, ([a[:20] for a in argv], len(done.stderr))

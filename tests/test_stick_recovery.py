"""What a killed export left on a stick, put right by the laptop that left it (probe 80b):
another laptop sharing the folder leaves it alone, and a stick back under another name is
still known by what its files hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SEED_ID, run_uawriter
from test_killed_halfway import AT_THE_RENAME, KILLED_EXPORT, WHILE_WRITING
from uawriter.storage.tally import TallyBook, read_tally_file


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_each_laptop_puts_right_only_what_its_own_killed_export_left(tmp_path: Path) -> None:
    """Laptop A is killed at a letter's rename (counted), laptop B while a letter's bytes
    are written (not counted), both in one folder of a stick. B's next export removes its
    own leftover and leaves A's counted letter waiting; A's next ``tally`` finishes it."""
    from pypdf import PdfReader

    stick = tmp_path / "stick"
    stick.mkdir()
    laptop_a, laptop_b = tmp_path / "a", tmp_path / "b"
    laptop_a.mkdir()
    laptop_b.mkdir()
    argv = ["--pack", SEED_ID, "--out", str(stick), "--sender-name", "A. B."]
    at_rename = KILLED_EXPORT.format(nth=2, **AT_THE_RENAME)
    assert run_uawriter(laptop_a, *argv, "--lang", "ru", script=at_rename).returncode == -9
    writing = KILLED_EXPORT.format(nth=1, **WHILE_WRITING)
    assert run_uawriter(laptop_b, *argv, "--lang", "kk", script=writing).returncode == -9
    mark_a = TallyBook(laptop_a / "tally.jsonl").writer_mark(make=False)
    mark_b = TallyBook(laptop_b / "tally.jsonl").writer_mark(make=False)
    assert mark_a
    assert mark_b
    assert mark_a != mark_b
    hidden = sorted(p.name for p in stick.glob(".*.uawriter.tmp"))
    assert len(hidden) == 2
    assert {name.rsplit("-", 1)[1] for name in hidden} == {
        f"{m}.uawriter.tmp" for m in (mark_a, mark_b)
    }

    again = run_uawriter(laptop_b, "export", *argv, "--lang", "kk")
    assert again.returncode == 0, again.stderr
    left = [p.name for p in stick.glob(".*")]
    assert len(left) == 1, left
    assert left[0].endswith(f"-{mark_a}.uawriter.tmp"), left

    assert run_uawriter(laptop_a, "tally").stdout.startswith("Letters written: 2 ")
    assert list(stick.glob(".*")) == []
    for laptop in (laptop_a, laptop_b):
        for record in read_tally_file(laptop / "tally.jsonl").letters:
            assert len(PdfReader(record.file).pages) >= 1, record.file
    assert len(list(stick.glob("*.pdf"))) == 2 + 3


def test_a_file_of_the_same_name_with_other_bytes_keeps_the_gone_files_letters(
    tmp_path: Path,
) -> None:
    """Three letters exported as E/letters.pdf; the stick comes back as F, where
    letters.pdf now holds other bytes (another file of that name). Replacing it takes
    back none of the three: they were not written to the file replaced."""
    laptop = tmp_path / "data"
    laptop.mkdir()
    before, after = tmp_path / "E", tmp_path / "F"
    before.mkdir()
    argv = ["export", "--pack", SEED_ID, "--sender-name", "A. B."]
    first = run_uawriter(laptop, *argv, "--lang", "ru", "--combined", str(before / "letters.pdf"))
    assert first.returncode == 0, first.stderr
    before.rename(after)
    (after / "letters.pdf").write_bytes(b"%PDF-1.4\nanother file of the same name\n%%EOF\n")
    fixed = ["--lang", "kk", "--to", "president", "--combined", str(after / "letters.pdf")]
    again = run_uawriter(laptop, *argv, *fixed, "--overwrite")
    assert again.returncode == 0, again.stderr

    said = run_uawriter(laptop, "tally")
    assert said.stdout.startswith("Letters written: 4 "), said.stdout
    assert read_tally_file(laptop / "tally.jsonl").withdrawals == ()

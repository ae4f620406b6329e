"""What the twelfth probe found, each with the input that showed it (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# -- drafting: regular expressions with two runs of white space side by side -----------------


@pytest.mark.parametrize("blank", ["\n", " ", "\t"])
def test_a_number_label_followed_by_a_run_of_white_space_is_drafted(blank: str) -> None:
    """ "UA", then 40,000 line breaks and no number (47 s): "\\s*:?\\s*" tried every way of
    sharing the run between its two halves, inside one call the drafting budget cannot stop."""
    from uawriter.drafting import draft_from_text

    draft = draft_from_text("URGENT ACTION\nTitle here\nUA" + blank * 40_000 + "x\n")
    assert draft.lines


# -- the tally: two merges of one file at once ------------------------------------------------


def _laptop_tally(path: Path, letters: int) -> None:
    from uawriter.storage.tally import Channel, LetterRecord, TallyBook, new_id

    TallyBook(path).record(
        [
            LetterRecord(
                id=new_id(),
                time="2026-12-04T19:30:00+01:00",
                event_id="e1",
                event="Write for Rights",
                ua="129/10",
                update=3,
                pack_id="ua-129-10-u3",
                addressee_id=f"official-{n % 3}",
                addressee="The Prosecutor General",
                channel=Channel.FAX,
                language="ru",
                pages=2,
            )
            for n in range(letters)
        ]
    )


def test_a_record_written_twice_is_counted_once(tmp_path: Path) -> None:
    from uawriter.storage.tally import TallyBook

    book = TallyBook(tmp_path / "tally.jsonl")
    _laptop_tally(book.path, 3)
    lines = book.path.read_bytes().splitlines(keepends=True)
    book.path.write_bytes(b"".join([*lines, lines[1]]))

    assert len(book.read().letters) == 3


def test_two_merges_of_one_file_at_once_count_each_letter_once(tmp_path: Path) -> None:
    """Both merges read the tally before either wrote: both said "30000 added", and the
    organiser's report counted 60,000 letters."""
    from uawriter.storage.tally import TallyBook

    laptop_b = tmp_path / "laptop-b.jsonl"
    _laptop_tally(laptop_b, 5_000)
    data = tmp_path / "data"
    data.mkdir()
    env = {**os.environ, "UAWRITER_DATA_DIR": str(data)}
    for _round in range(2):
        merges = [
            subprocess.Popen(
                [sys.executable, "-m", "uawriter", "tally", "merge", str(laptop_b)],
                env=env,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        said = [merge.communicate(timeout=120) for merge in merges]
        assert [merge.returncode for merge in merges] == [0, 0], said
        tally = data / "tally.jsonl"
        assert len(tally.read_bytes().splitlines()) == 5_000, said  # not written twice
        assert len(TallyBook(tally).read().letters) == 5_000

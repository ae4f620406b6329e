"""A probe of the event tally: withdrawals carried by a merge, files that are not tallies at
all, and a tally over its size bound. Real files in tmp_path, the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import SEED_ID, run_uawriter
from uawriter.storage.tally import (
    Channel,
    EventInfo,
    LetterRecord,
    TallyBook,
    Withdrawal,
)

EVENT = EventInfo("ev-1", "Write for Rights evening")
EXPORT = ["export", "--pack", SEED_ID, "--lang", "kk", "--date", "2011-07-01", "--invariant"]


def _letter(name: str) -> LetterRecord:
    return LetterRecord(
        id=f"letter-{name}",
        time="2026-12-10T19:05:00+05:00",
        event_id=EVENT.id,
        event=EVENT.name,
        ua="129/10",
        update=3,
        pack_id=SEED_ID,
        addressee_id="president",
        addressee="President of Kazakhstan",
        channel=Channel.FAX,
        language="kk",
        pages=3,
    )


def _withdrawal(name: str, of: LetterRecord) -> Withdrawal:
    return Withdrawal(
        id=f"withdrawal-{name}",
        time="2026-12-10T20:00:00+05:00",
        event_id=of.event_id,
        event=of.event,
        ua=of.ua,
        update=of.update,
        pack_id=of.pack_id,
        withdraws=of.id,
    )


# -- F9: a withdrawal takes back only letters of its own file ---------------------------------


def test_a_withdrawal_cannot_take_back_a_letter_merged_from_another_laptop(
    tmp_path: Path,
) -> None:
    """Laptop A's letters merged on the organiser's laptop; then laptop B's file holding a
    letter of its own and a "withdrawn" record naming one of A's letters: A's letter was
    un-counted without a word (only letters written on the organiser's laptop were kept)."""
    a1, a2, b1 = _letter("a1"), _letter("a2"), _letter("b1")
    laptop_a = TallyBook(tmp_path / "a.jsonl")
    laptop_a.record([a1, a2])
    laptop_b = TallyBook(tmp_path / "b.jsonl")
    laptop_b.record([b1, _withdrawal("x", a1)])
    organiser = TallyBook(tmp_path / "organiser" / "tally.jsonl")

    organiser.merge_from(laptop_a.path)
    report = organiser.merge_from(laptop_b.path)

    assert sorted(r.id for r in organiser.read().letters) == [a1.id, a2.id, b1.id]
    assert (report.added, report.taken_back) == (1, 0)
    assert report.notes == (
        "b.jsonl: 1 record taking back letters this file does not hold were not merged; "
        "those letters stay counted. If that laptop replaced their files, export its tally "
        "again there and merge the new file",
    )


def test_a_withdrawal_from_a_merged_file_cannot_take_back_a_letter_merged_later(
    tmp_path: Path,
) -> None:
    """The order the files are merged in changes nothing: B first, then A."""
    a1, b1 = _letter("a1"), _letter("b1")
    TallyBook(tmp_path / "a.jsonl").record([a1])
    TallyBook(tmp_path / "b.jsonl").record([b1, _withdrawal("x", a1)])
    organiser = TallyBook(tmp_path / "organiser" / "tally.jsonl")

    organiser.merge_from(tmp_path / "b.jsonl")
    organiser.merge_from(tmp_path / "a.jsonl")

    assert sorted(r.id for r in organiser.read().letters) == [a1.id, b1.id]


def test_a_laptop_s_own_withdrawal_reaches_the_organiser_counted_apart(tmp_path: Path) -> None:
    """Laptop A wrote 3 letters into one file and the organiser merged its tally; then A
    put a typo right and wrote the file again with 1 letter (the 3 taken back). Its next
    export, merged, takes the 3 back on the organiser's laptop too, and the report says so
    apart: it said "4 added" (1 letter and 3 withdrawals folded into one figure)."""
    data_a, data_o = tmp_path / "laptop-a", tmp_path / "organiser"
    combined = tmp_path / "letters" / "all.pdf"
    first = run_uawriter(data_a, *EXPORT, "--combined", str(combined))
    assert first.returncode == 0, first.stderr
    early = tmp_path / "usb" / "a-early.jsonl"
    early.parent.mkdir()
    assert run_uawriter(data_a, "tally", "export", str(early)).returncode == 0
    merged = run_uawriter(data_o, "tally", "merge", str(early))
    assert merged.stdout == f"{early}: 3 added, 0 already counted\n", merged.stderr

    again = run_uawriter(
        data_a, *EXPORT, "--to", "president", "--combined", str(combined), "--overwrite"
    )
    assert again.returncode == 0, again.stderr
    late = tmp_path / "usb" / "a-late.jsonl"
    assert run_uawriter(data_a, "tally", "export", str(late)).returncode == 0
    outcome = run_uawriter(data_o, "tally", "merge", str(late))

    assert outcome.returncode == 0, outcome.stderr
    assert outcome.stderr == ""
    assert outcome.stdout == (
        f"{late}: 1 added, 3 already counted; 3 taken back "
        "(their files were replaced on that laptop)\n"
    )
    organiser = TallyBook(data_o / "tally.jsonl").read()
    assert [r.addressee_id for r in organiser.letters] == ["president"]
    assert len(organiser.taken_back) == 3
    # merged again: nothing changes, nothing is said to be taken back twice
    twice = run_uawriter(data_o, "tally", "merge", str(late))
    assert twice.stdout == f"{late}: 0 added, 7 already counted\n"


def test_a_tally_export_carries_the_letters_it_takes_back(tmp_path: Path) -> None:
    """What a merge needs to check a withdrawal: the letter it takes back, in the same file
    (an export held the withdrawal alone)."""
    a1, a2 = _letter("a1"), _letter("a2")
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record([a1, a2])
    book.record([_withdrawal("x", a1)])
    exported = tmp_path / "export.jsonl"

    assert book.export_to(exported) == 1  # the letters counted

    records = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert sorted((r["type"], r["id"]) for r in records) == [
        ("letter", a1.id),
        ("letter", a2.id),
        ("withdrawn", "withdrawal-x"),
    ]
    assert [r.id for r in TallyBook(exported).read().letters] == [a2.id]

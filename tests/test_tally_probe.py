"""A probe of the event tally: withdrawals carried by a merge, files that are not tallies at
all, and a tally over its size bound. Real files in tmp_path, the real command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helpers import SEED_ID, run_uawriter
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose
from uawriter.exporting import TallyNotWritten, export_separately
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import (
    MAX_TALLY_BYTES,
    Channel,
    EventInfo,
    LetterRecord,
    TallyBook,
    TallyRefused,
    Withdrawal,
    read_tally_file,
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

    merge_into(organiser, laptop_a.path)
    report = merge_into(organiser, laptop_b.path)

    assert sorted(r.id for r in organiser.read().letters) == [a1.id, a2.id, b1.id]
    assert (report.added, report.taken_back) == (1, 0)
    assert report.notes == (
        "b.jsonl: 1 record taking back letters or hand counts this file does not hold were "
        "not merged; they stay counted. If that laptop replaced their files or took a count "
        "back, export its tally again there and merge the new file; a count added by mistake "
        "can be taken back here too",
    )


def test_a_withdrawal_from_a_merged_file_cannot_take_back_a_letter_merged_later(
    tmp_path: Path,
) -> None:
    """The order the files are merged in changes nothing: B first, then A."""
    a1, b1 = _letter("a1"), _letter("b1")
    TallyBook(tmp_path / "a.jsonl").record([a1])
    TallyBook(tmp_path / "b.jsonl").record([b1, _withdrawal("x", a1)])
    organiser = TallyBook(tmp_path / "organiser" / "tally.jsonl")

    merge_into(organiser, tmp_path / "b.jsonl")
    merge_into(organiser, tmp_path / "a.jsonl")

    assert sorted(r.id for r in organiser.read().letters) == [a1.id, b1.id]


def test_a_laptop_s_own_withdrawal_reaches_the_organiser_counted_apart(tmp_path: Path) -> None:
    """Laptop A wrote 3 letters into one file and the organiser merged its tally; then A
    put a typo right and wrote the file again with 1 letter (the 3 taken back). Its next
    export, merged, takes the 3 back on the organiser's laptop too, and the report says so
    apart: it said "4 added" (1 letter and 3 withdrawals folded into one figure)."""
    data_a, data_o = tmp_path / "laptop-a", tmp_path / "organiser"
    combined = tmp_path / "letters" / "all.pdf"
    combined.parent.mkdir()
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
        f"{late}: 1 added, 0 already counted; 3 taken back "
        "(their files were replaced on that laptop)\n"
    )
    organiser = TallyBook(data_o / "tally.jsonl").read()
    assert [r.addressee_id for r in organiser.letters] == ["president"]
    assert len(organiser.taken_back) == 3
    # merged again: nothing changes, nothing is said to be taken back twice
    twice = run_uawriter(data_o, "tally", "merge", str(late))
    assert twice.stdout == f"{late}: 0 added, 1 already counted\n"


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


# -- F4: a file that is not a tally at all -------------------------------------------------------

TALLY_WANTED = (
    "give the tally file exported on the other laptop (uawriter tally export FILE, or Export "
    "this laptop's tally in the event window), or the tally.jsonl file in its data folder; "
    "nothing merged from it\n"
)
NOT_TALLIES = {
    "report.pdf": (b"%PDF-1.4\n" + bytes(range(256)) * 400 + b"\n%%EOF\n", "it is a PDF"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 400, "it is a picture"),
    "tally.csv": (
        "\ufeffevent,ua,addressee,channel\n" + "Evening,129/10,President,fax\n" * 300,
        "it is a CSV table, not JSON lines",
    ),
    "notes.txt": (
        ("Letters tonight\n" * 300).encode("utf-16"),
        "it is UTF-16 text, not JSON lines",
    ),
    "sheet.xlsx": (
        b"PK\x03\x04" + bytes(300),
        "it is a ZIP archive: a spreadsheet, a document or a pack",
    ),
    "random.bin": (bytes(range(1, 256)) * 300, "it is not UTF-8 text"),
    "other.jsonl": (b'{"name": "x"}\n' * 300, "it is text, not JSON lines"),
}


def _content(name: str) -> tuple[bytes, str]:
    data, what = NOT_TALLIES[name]
    return (data.encode("utf-8") if isinstance(data, str) else data), what


@pytest.mark.parametrize("name", sorted(NOT_TALLIES))
def test_merging_a_file_that_is_not_a_tally_says_so_once(name: str, tmp_path: Path) -> None:
    """A PDF, a photo, the CSV report, a text saved as "Unicode" in Notepad: each said "line
    N is damaged; skipped" twenty times and "280 more lines skipped", with "0 added"."""
    data, what = _content(name)
    given = tmp_path / "usb" / name
    given.parent.mkdir()
    given.write_bytes(data)
    organiser = tmp_path / "organiser"

    outcome = run_uawriter(organiser, "tally", "merge", str(given))

    assert outcome.returncode == 1
    assert outcome.stdout == ""
    assert outcome.stderr == f"uawriter: {name} is not a UA Writer tally ({what}): {TALLY_WANTED}"
    assert not (organiser / "tally.jsonl").exists() or not (organiser / "tally.jsonl").read_bytes()


def test_a_tally_saved_again_as_utf16_in_notepad_is_merged(tmp_path: Path) -> None:
    """Notepad's "Unicode": UTF-16 with its byte-order mark, and CR LF line ends. Nothing in
    it is lost, so it is read as it is: asking for it again costs a trip to the laptop."""
    data_a = tmp_path / "laptop-a"
    assert run_uawriter(data_a, *EXPORT, "--out", str(tmp_path / "letters")).returncode == 0
    exported = tmp_path / "a.jsonl"
    assert run_uawriter(data_a, "tally", "export", str(exported)).returncode == 0
    text = exported.read_text(encoding="utf-8")
    notepad = tmp_path / "usb" / "a.jsonl"
    notepad.parent.mkdir()
    notepad.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    assert notepad.read_bytes().startswith(b"\xff\xfe")

    outcome = run_uawriter(tmp_path / "organiser", "tally", "merge", str(notepad))

    assert (outcome.returncode, outcome.stderr) == (0, "")
    assert outcome.stdout == f"{notepad}: 3 added, 0 already counted\n"
    merged = TallyBook(tmp_path / "organiser" / "tally.jsonl").read().letters
    assert merged == TallyBook(exported).read().letters


def test_a_tally_cut_short_or_of_another_version_is_a_tally_with_notes(tmp_path: Path) -> None:
    """What is a tally, damaged, is still said line by line: not "not a tally"."""
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(b'{"type":"letter","v":1,"id":"ab')
    newer = tmp_path / "newer.jsonl"
    newer.write_bytes(b'{"type":"letter","v":2,"id":"ab"}\n' * 3)

    assert read_tally_file(cut).notes == (
        "cut.jsonl: line 1 was cut short (the app stopped while writing it)",
    )
    assert read_tally_file(newer).refused == ""
    assert read_tally_file(newer).notes == (
        "newer.jsonl: 3 records written by a newer UA Writer (tally format 2) not read: update "
        "UA Writer on this laptop to count them",
    )


def test_this_laptop_s_tally_that_is_not_a_tally_is_said_once(tmp_path: Path) -> None:
    """A PDF saved over tally.jsonl: `uawriter tally` said "line N damaged" for each line
    and showed 0 letters with status 0; `tally export` wrote an empty tally, status 0."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "tally.jsonl").write_bytes(_content("report.pdf")[0])
    said = (
        f"uawriter: {data / 'tally.jsonl'} is not a UA Writer tally (it is a PDF), so no "
        "letter can be counted in it: move it out of the data folder (keep it), and UA Writer "
        "starts a new tally there\n"
    )

    report = run_uawriter(data, "tally")
    export = run_uawriter(data, "tally", "export", str(tmp_path / "out.jsonl"))

    assert (report.returncode, report.stdout, report.stderr) == (1, "", said)
    assert (export.returncode, export.stdout, export.stderr) == (1, "", said)
    assert not (tmp_path / "out.jsonl").exists()


# -- F3: a tally over the size bound --------------------------------------------------------------

OVER = 65 * 2**20  # MAX_TALLY_BYTES is 64 MiB
TOO_LARGE_SAID = (
    "is larger than 64 MiB, more than UA Writer reads, so no letter can be counted in it: "
    "move it out of the data folder (keep it), and UA Writer starts a new tally there"
)


def _too_large_tally(data: Path) -> Path:
    """tally.jsonl of 65 MiB (sparse: nothing written), with a record at its end."""
    tally = data / "tally.jsonl"
    data.mkdir(parents=True, exist_ok=True)
    with tally.open("wb") as handle:
        handle.truncate(OVER)
    TallyBook(tally.parent / "one.jsonl").record([_letter("old")])
    with tally.open("ab") as handle:
        handle.write((tally.parent / "one.jsonl").read_bytes())
    (tally.parent / "one.jsonl").unlink()
    return tally


def test_an_export_refuses_to_count_in_a_tally_too_large_to_read(tmp_path: Path) -> None:
    """Letters were counted in a tally of 65 MiB, which is never read: exit status 0, and
    the letters counted nowhere."""
    data = tmp_path / "data"
    tally = _too_large_tally(data)
    size = tally.stat().st_size
    out = tmp_path / "letters"

    outcome = run_uawriter(data, *EXPORT, "--out", str(out))

    assert outcome.returncode == 1
    assert outcome.stdout == ""
    assert outcome.stderr.endswith(f"uawriter: no letter was written: {tally} {TOO_LARGE_SAID}\n")
    assert tally.stat().st_size == size  # nothing appended that would never be read
    assert not out.exists() or not any(out.iterdir())


def test_letters_written_before_the_tally_filled_are_kept_and_said_uncounted(
    tmp_path: Path, packs: dict[str, Pack]
) -> None:
    """A tally a few bytes under the bound when the export began: the letters are written and
    kept, and the message names the tally and what to do (counting them there would make the
    whole tally unread)."""
    tally = tmp_path / "data" / "tally.jsonl"
    tally.parent.mkdir()
    with tally.open("wb") as handle:
        handle.truncate(MAX_TALLY_BYTES - 100)
    book = TallyBook(tally)
    book.check_writable()  # room for a line: the export goes ahead
    pack, sender = packs[SEED_ID], Sender("A. B.")
    date = dt.date(2011, 7, 1)
    letters = [
        Letter(pack, a, "kk", compose(pack, a.id, "kk", sender, date), as_fax=True)
        for a in pack.addressees
    ]

    with pytest.raises(TallyNotWritten) as raised:
        export_separately(letters, tmp_path / "out", sender, date, tally=book)

    error = raised.value
    assert len(error.written) == 3
    assert all(path.exists() for path in error.written)
    assert error.counted == []
    assert isinstance(error.error, TallyRefused)
    assert str(tally) in (error.error.strerror or "")
    assert "would be larger than 64 MiB with these letters" in (error.error.strerror or "")
    assert tally.stat().st_size == MAX_TALLY_BYTES - 100


def test_tally_commands_on_a_tally_too_large_exit_1_and_say_why(tmp_path: Path) -> None:
    """`tally export` wrote an empty file and said "0 records written", status 0; `tally`
    showed 0 letters, status 0; `tally merge` added every record to a file never read."""
    data = tmp_path / "data"
    tally = _too_large_tally(data)
    size = tally.stat().st_size
    other = tmp_path / "other.jsonl"
    TallyBook(other).record([_letter("b1")])
    said = f"uawriter: {tally} {TOO_LARGE_SAID}\n"

    export = run_uawriter(data, "tally", "export", str(tmp_path / "out.jsonl"))
    report = run_uawriter(data, "tally")
    merge = run_uawriter(data, "tally", "merge", str(other))

    for outcome in (export, report, merge):
        assert (outcome.returncode, outcome.stdout, outcome.stderr) == (1, "", said)
    assert not (tmp_path / "out.jsonl").exists()
    assert tally.stat().st_size == size


def test_merging_a_file_too_large_says_so_once(tmp_path: Path) -> None:
    given = _too_large_tally(tmp_path / "usb")

    outcome = run_uawriter(tmp_path / "data", "tally", "merge", str(given))

    assert (outcome.returncode, outcome.stdout) == (1, "")
    assert outcome.stderr == (
        f"uawriter: tally.jsonl is larger than 64 MiB, more than UA Writer reads: {TALLY_WANTED}"
    )


def test_a_tally_saved_again_as_utf16_is_not_spoilt_by_new_letters(tmp_path: Path) -> None:
    """Lines of UTF-8 appended to a tally Notepad saved as "Unicode" would be read as neither:
    the letters counted before and after it were all lost."""
    data = tmp_path / "data"
    data.mkdir()
    tally = data / "tally.jsonl"
    TallyBook(tally).record([_letter("old")])
    tally.write_bytes(tally.read_text(encoding="utf-8").encode("utf-16"))
    before = tally.read_bytes()

    outcome = run_uawriter(data, *EXPORT, "--out", str(tmp_path / "letters"))

    assert outcome.returncode == 1
    assert outcome.stderr.endswith(
        f"uawriter: no letter was written: {tally} was saved again as UTF-16 text (Notepad's "
        '"Unicode"), so no letter can be counted in it: save it again as UTF-8 (in Notepad: '
        "Save as, Encoding UTF-8), or move it out of the data folder and merge it (uawriter "
        "tally merge FILE), which counts its letters in a new tally\n"
    )
    assert tally.read_bytes() == before
    assert [r.id for r in TallyBook(tally).read().letters] == ["letter-old"]

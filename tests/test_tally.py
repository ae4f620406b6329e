"""The tally: records written and read back from real files, damage of every kind (torn last
line, garbage, any bytes, a process killed while writing), merging laptops' files, totals and
the CSV a spreadsheet reads."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import SEED_ID, TRAINING_ID, pdf_pages_text
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose
from uawriter.exporting import export_combined, export_separately
from uawriter.paths import AppPaths
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import (
    Channel,
    EventInfo,
    ExtraCount,
    ExtraKind,
    LetterRecord,
    TallyBook,
    TallyContents,
    extra_count,
    read_tally_file,
)
from uawriter.storage.tally_totals import csv_text, totals, write_csv

DATE = dt.date(2026, 11, 27)
EVENT = EventInfo("ev-1", "Write for Rights evening", "Library", "2026-12-10")


def letter(
    number: int,
    *,
    ua: str = "129/10",
    update: int = 3,
    addressee: str = "President of Kazakhstan",
    channel: Channel = Channel.FAX,
    language: str = "kk",
    time: str = "2026-12-10T19:05:00+05:00",
    event: EventInfo = EVENT,
) -> LetterRecord:
    return LetterRecord(
        id=f"letter-{number}",
        time=time,
        event_id=event.id,
        event=event.name,
        ua=ua,
        update=update,
        pack_id="ua-129-10-u3",
        addressee_id=addressee.lower().replace(" ", "-"),
        addressee=addressee,
        channel=channel,
        language=language,
        pages=3,
    )


def extra(
    number: int, kind: ExtraKind, count: int, ua: str = "129/10", update: int = 3
) -> ExtraCount:
    return ExtraCount(
        id=f"extra-{number}",
        time="2026-12-10T21:00:00+05:00",
        event_id=EVENT.id,
        event=EVENT.name,
        ua=ua,
        update=update,
        pack_id="ua-129-10-u3",
        kind=kind,
        count=count,
    )


@pytest.fixture
def book(tmp_path: Path) -> TallyBook:
    return TallyBook(tmp_path / "data" / "tally.jsonl")


def seed_letters(pack: Pack, sender: Sender, lang: str) -> list[Letter]:
    return [
        Letter(pack, a, lang, compose(pack, a.id, lang, sender, DATE), as_fax=True)
        for a in pack.addressees
    ]


# -- the file ------------------------------------------------------------------------------


def test_records_come_back_as_written(book: TallyBook) -> None:
    records = [letter(1), letter(2, channel=Channel.POST, language="ru")]
    extras = [extra(1, ExtraKind.HANDWRITTEN, 5), extra(2, ExtraKind.SIGNATURES, 48)]

    book.record([*records, extras[0]])
    book.record([extras[1]])

    contents = book.read()
    assert contents.letters == tuple(records)
    assert contents.extras == tuple(extras)
    assert contents.notes == ()
    lines = book.path.read_bytes().splitlines()
    assert len(lines) == 4
    first = json.loads(lines[0])
    assert first["v"] == 1
    assert first["type"] == "letter"
    assert json.loads(lines[2])["type"] == "extra"


def test_a_missing_file_is_an_empty_tally(book: TallyBook) -> None:
    assert book.read() == TallyContents()


def test_recording_nothing_creates_no_file(book: TallyBook) -> None:
    book.record([])
    assert not book.path.exists()


def test_extra_count_names_the_pack_and_event(packs: dict[str, Pack], book: TallyBook) -> None:
    record = extra_count(packs[SEED_ID], ExtraKind.CARDS, 12, EVENT)
    book.record([record])
    (back,) = book.read().extras
    assert back == record
    assert (back.ua, back.update, back.count, back.event) == ("129/10", 3, 12, EVENT.name)


def test_the_senders_name_never_reaches_the_tally(packs: dict[str, Pack], tmp_path: Path) -> None:
    sender = Sender("Aigerim Sadykova", ("12 Abay Avenue", "Almaty"), "aigerim@example.org")
    book = TallyBook(tmp_path / "tally.jsonl")
    letters = seed_letters(packs[SEED_ID], sender, "kk")

    written = export_separately(letters, tmp_path / "out", sender, DATE, tally=book, event=EVENT)
    export_combined(letters, tmp_path / "all.pdf", sender, DATE, tally=book, event=EVENT)

    raw = book.path.read_bytes()
    assert raw.count(b"\n") == 6
    for secret in ("Aigerim", "Sadykova", "Abay", "aigerim@example.org"):
        assert secret.encode("utf-8") not in raw
    assert "Aigerim Sadykova" in " ".join(pdf_pages_text(written[0]))  # the letter has it


def test_a_torn_last_line_is_skipped_and_the_next_record_is_read(book: TallyBook) -> None:
    book.record([letter(1), letter(2), letter(3)])
    whole = json.dumps({"v": 1, "type": "letter", "id": "letter-4"}).encode()
    with book.path.open("ab") as handle:  # what a kill in the middle of a write leaves
        handle.write(whole[: len(whole) // 2])

    contents = book.read()
    assert [r.id for r in contents.letters] == ["letter-1", "letter-2", "letter-3"]
    assert contents.notes == (
        "tally.jsonl: line 4 was cut short (the app stopped while writing it)",
    )

    book.record([letter(5)])

    contents = book.read()
    assert [r.id for r in contents.letters] == ["letter-1", "letter-2", "letter-3", "letter-5"]
    assert contents.notes == ("tally.jsonl: line 4 is damaged; skipped",)


def test_a_garbage_line_in_the_middle_is_skipped_with_a_note(book: TallyBook) -> None:
    book.record([letter(1)])
    with book.path.open("ab") as handle:
        handle.write(b"\x00\xff not json at all\n")
        handle.write(b'{"v": 1, "type": "letter", "id": "x"}\n')  # fields missing
        handle.write(b'{"v": 2, "type": "letter"}\n')  # a newer app's record
    book.record([letter(2)])

    contents = book.read()
    assert [r.id for r in contents.letters] == ["letter-1", "letter-2"]
    assert contents.notes[0] == "tally.jsonl: line 2 is damaged; skipped"
    assert contents.notes[1].startswith("tally.jsonl: line 3: field ")
    assert contents.notes[2] == (  # not damage: one note for all, with what to do
        "tally.jsonl: 1 record written by a newer UA Writer (tally format 2) not read: update "
        "UA Writer on this laptop to count them"
    )


def test_many_damaged_lines_are_summed_up_in_one_note(book: TallyBook) -> None:
    book.path.parent.mkdir(parents=True)
    # a tally's lines, damaged (a file none of whose lines is one is not a tally at all:
    # one note says so, test_tally_probe.py)
    book.path.write_bytes(b'{"type": "letter", "v": 1, garbage\n' * 50)
    notes = book.read().notes
    assert len(notes) == 21
    assert notes[-1] == "tally.jsonl: 30 more lines skipped"


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.binary(max_size=2000))
def test_any_bytes_are_read_without_an_error(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "tally.jsonl"
    path.write_bytes(damage)
    book = TallyBook(path)

    book.read()  # never raises
    book.record([letter(99)])  # and what is written next is always read

    assert letter(99) in book.read().letters


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(
        st.one_of(
            st.sampled_from(["letter", "extra", "other"]).map(lambda t: {"v": 1, "type": t}),
            st.dictionaries(st.sampled_from(["v", "id", "type", "pages", "update", "count",
                                             "channel", "kind", "ua", "time"]),
                            st.one_of(st.none(), st.booleans(), st.integers(), st.text(),
                                      st.floats(allow_nan=True), st.lists(st.integers()))),
        ),
        max_size=20,
    )
)  # fmt: skip
def test_records_with_wrong_fields_are_skipped_not_raised(
    tmp_path: Path, lines: list[dict[str, object]]
) -> None:
    path = tmp_path / "tally.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    contents = read_tally_file(path)
    assert len(contents.letters) + len(contents.extras) + len(contents.notes) <= len(lines) + 1


WRITER = """
import sys
from pathlib import Path
from uawriter.storage.tally import Channel, LetterRecord, TallyBook, new_id, now_text

book = TallyBook(Path(sys.argv[1]))
while True:
    book.record([
        LetterRecord(new_id(), now_text(), "ev", "Evening", "129/10", 3, "ua-129-10-u3",
                     "president", "President of Kazakhstan " * 20, Channel.FAX, "kk", 3)
        for _ in range(25)
    ])
"""


def test_a_writer_killed_mid_record_loses_no_earlier_record(tmp_path: Path) -> None:
    path = tmp_path / "tally.jsonl"
    at_least = 500
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)])
    try:
        give_up = time.monotonic() + 300  # only so a broken child cannot hang the run
        while not path.exists() or path.read_bytes().count(b"\n") <= at_least:
            assert child.poll() is None, "the writer stopped by itself"
            assert time.monotonic() < give_up, "the writer wrote nothing"
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL

    contents = read_tally_file(path)  # never raises

    # the writer appends 25 records at a time, one batch: a kill can leave part of the last
    # batch's lines whole on disk, and those are not counted (none of a cut batch is)
    lines = path.read_bytes().count(b"\n")
    assert len(contents.letters) >= at_least
    assert len(contents.letters) == lines // 25 * 25  # every whole batch is counted
    assert len({r.id for r in contents.letters}) == len(contents.letters)
    assert all(r.pages == 3 and r.addressee.startswith("President") for r in contents.letters)
    # at most the line being written when it was killed, and the batch it belonged to
    assert len(contents.notes) <= 2


# -- several laptops -----------------------------------------------------------------------


def _laptop(
    tmp_path: Path, name: str, packs: dict[str, Pack], pack_id: str, lang: str
) -> TallyBook:
    """A laptop at the event: its own data folder, letters really exported."""
    paths = AppPaths(tmp_path / name / "data")
    book = TallyBook(paths.tally_file)
    sender = Sender("Volunteer")
    letters = seed_letters(packs[pack_id], sender, lang)
    (tmp_path / name).mkdir()
    export_separately(letters, tmp_path / name / "out", sender, DATE, tally=book, event=EVENT)
    return book


def test_merging_a_laptop_twice_counts_it_once(packs: dict[str, Pack], tmp_path: Path) -> None:
    a = _laptop(tmp_path, "a", packs, SEED_ID, "kk")
    b = _laptop(tmp_path, "b", packs, TRAINING_ID, "es")
    (tmp_path / "usb").mkdir()
    shared = tmp_path / "usb" / "laptop-b.jsonl"
    assert b.export_to(shared) == len(b.read().letters) > 0

    once = merge_into(a, shared)
    after_once = totals(a.read())
    twice = merge_into(a, shared)
    after_twice = totals(a.read())

    assert once.added == len(b.read().letters)
    assert once.already == 0
    assert (twice.added, twice.already) == (0, once.added)
    assert after_twice == after_once
    assert after_once.letters == 3 + once.added
    assert set(after_once.by_action) == {"UA 129/10 (update 3)", "UA 000/26"}


def test_merging_both_ways_gives_both_laptops_the_same_totals(
    packs: dict[str, Pack], tmp_path: Path
) -> None:
    a = _laptop(tmp_path, "a", packs, SEED_ID, "kk")
    b = _laptop(tmp_path, "b", packs, SEED_ID, "ru")
    a.export_to(tmp_path / "a.jsonl")
    b.export_to(tmp_path / "b.jsonl")

    merge_into(a, tmp_path / "b.jsonl")
    merge_into(b, tmp_path / "a.jsonl")
    merge_into(a, tmp_path / "b.jsonl")

    assert totals(a.read()) == totals(b.read())
    assert totals(a.read()).by_language == {"kk": 3, "ru": 3}


def test_a_damaged_file_is_merged_up_to_the_damage(book: TallyBook, tmp_path: Path) -> None:
    source = tmp_path / "other.jsonl"
    other = TallyBook(source)
    other.record([letter(1), letter(2)])
    with source.open("ab") as handle:
        handle.write(b'{"v": 1, "type": "let')  # the other laptop lost power here

    report = merge_into(book, source)

    assert (report.added, report.already) == (2, 0)
    assert report.notes == ("other.jsonl: line 3 was cut short (the app stopped while writing it)",)
    assert [r.id for r in book.read().letters] == ["letter-1", "letter-2"]
    assert book.read().notes == ()  # the damage is not copied


def test_merging_a_missing_file_says_so(book: TallyBook, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        merge_into(book, tmp_path / "nowhere.jsonl")
    assert not book.path.exists()


def test_export_to_refuses_an_existing_file(book: TallyBook, tmp_path: Path) -> None:
    book.record([letter(1)])
    target = tmp_path / "export.jsonl"
    target.write_text("someone else's file\n", encoding="utf-8")

    with pytest.raises(FileExistsError):
        book.export_to(target)
    assert target.read_text(encoding="utf-8") == "someone else's file\n"

    assert book.export_to(target, overwrite=True) == 1
    assert read_tally_file(target).letters == (letter(1),)


def test_export_to_leaves_out_damaged_lines(book: TallyBook, tmp_path: Path) -> None:
    book.record([letter(1)])
    with book.path.open("ab") as handle:
        handle.write(b"garbage\n")
    book.record([letter(2)])

    assert book.export_to(tmp_path / "clean.jsonl") == 2
    assert read_tally_file(tmp_path / "clean.jsonl").notes == ()


# -- totals --------------------------------------------------------------------------------


def known_set() -> TallyContents:
    return TallyContents(
        letters=(
            letter(1, time="2026-12-10T18:10:00+05:00"),
            letter(2, time="2026-12-10T18:50:00+05:00", language="ru"),
            letter(3, time="2026-12-10T19:05:00+05:00", channel=Channel.POST, language="ru"),
            letter(4, addressee="Prosecutor General", channel=Channel.EMAIL, language="en"),
            letter(
                5,
                ua="45/26",
                update=0,
                addressee="Minister",
                channel=Channel.PRINT,
                language="es",
                time="2026-12-10T20:30:00+05:00",
            ),
        ),
        extras=(
            extra(1, ExtraKind.HANDWRITTEN, 4),
            extra(2, ExtraKind.SIGNATURES, 40),
            extra(3, ExtraKind.CARDS, 7, ua="45/26", update=0),
            extra(4, ExtraKind.HANDWRITTEN, 1),
        ),
    )


def test_totals_of_a_known_set() -> None:
    sums = totals(known_set())

    assert sums.letters == 5
    assert sums.everything == 10  # five in the app, five by hand
    assert sums.pages == 15
    assert sums.by_action == {
        "UA 129/10 (update 3)": {
            "post": 1, "print": 0, "email": 1, "fax": 2, "phone": 0, "social": 0,
            "handwritten": 5, "signatures": 40, "cards": 0,
        },
        "UA 45/26": {
            "post": 0, "print": 1, "email": 0, "fax": 0, "phone": 0, "social": 0,
            "handwritten": 0, "signatures": 0, "cards": 7,
        },
    }  # fmt: skip
    assert sums.by_addressee == {
        "President of Kazakhstan": 3,
        "Prosecutor General": 1,
        "Minister": 1,
    }
    assert sums.by_language == {"ru": 2, "kk": 1, "en": 1, "es": 1}
    assert sums.by_channel == {"fax": 2, "post": 1, "email": 1, "print": 1}
    assert sums.by_hour == {"18:00": 2, "19:00": 2, "20:00": 1}
    assert sums.extras == {"handwritten": 5, "signatures": 40, "cards": 7}


def test_totals_of_one_event() -> None:
    other = EventInfo("ev-2", "Another evening")
    contents = TallyContents(letters=(letter(1), letter(2, event=other), letter(3, event=other)))

    assert contents.events() == [("ev-1", EVENT.name), ("ev-2", "Another evening")]
    assert totals(contents.for_event("ev-2")).letters == 2
    assert totals(contents.for_event(None)).letters == 3


# -- CSV -----------------------------------------------------------------------------------


def test_csv_has_one_row_per_letter_and_per_hand_count(tmp_path: Path) -> None:
    target = write_csv(known_set(), tmp_path / "tally.csv")

    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())  # so spreadsheets read accents
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "id", "time", "event", "ua", "update", "pack_id", "addressee_id", "addressee",
        "channel", "language", "pages", "count",
    ]  # fmt: skip
    assert len(rows) == 9
    assert rows[0] == {
        "id": "letter-1",
        "time": "2026-12-10T18:10:00+05:00",
        "event": "Write for Rights evening",
        "ua": "129/10",
        "update": "3",
        "pack_id": "ua-129-10-u3",
        "addressee_id": "president-of-kazakhstan",
        "addressee": "President of Kazakhstan",
        "channel": "fax",
        "language": "kk",
        "pages": "3",
        "count": "1",
    }
    hand = [row for row in rows if row["channel"] == "signatures"]
    assert [(row["ua"], row["count"], row["addressee"]) for row in hand] == [("129/10", "40", "")]


def test_csv_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "tally.csv"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_csv(known_set(), target)
    assert target.read_text(encoding="utf-8") == "keep me"
    write_csv(known_set(), target, overwrite=True)
    assert "letter-1" in target.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    "formula", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1+1"]
)
def test_a_formula_looking_name_is_made_text(formula: str) -> None:
    evil = EventInfo("ev-3", formula)
    contents = TallyContents(
        letters=(letter(1, addressee=formula, event=evil),),
        extras=(
            ExtraCount(
                "x1",
                "2026-12-10T21:00:00+05:00",
                evil.id,
                evil.name,
                "129/10",
                3,
                "p",
                ExtraKind.CARDS,
                2,
            ),
        ),
    )
    rows = list(csv.DictReader(io.StringIO(csv_text(contents))))
    for row in rows:
        assert row["event"] == "'" + formula
    assert rows[0]["addressee"] == "'" + formula


def test_calls_and_posts_are_counted_apart_from_the_letters() -> None:
    contents = TallyContents(
        letters=(
            *known_set().letters,
            letter(6, channel=Channel.PHONE),
            letter(7, channel=Channel.SOCIAL),
            letter(8, channel=Channel.PHONE),
        )
    )
    sums = totals(contents)
    assert sums.letters == 5  # the letters, e-mails and faxes of the known set
    assert sums.by_channel["phone"] == 2
    assert sums.by_channel["social"] == 1
    assert sums.by_action["UA 129/10 (update 3)"]["phone"] == 2

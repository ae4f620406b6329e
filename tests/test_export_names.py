"""Exports never replace a file: second exports to one folder get new names, a combined file
that exists is refused, names stay within what file systems allow. Real files in tmp_path."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import SEED_ID
from uawriter.cli import run
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose
from uawriter.exporting import (
    MAX_NAME_BYTES,
    TallyNotWritten,
    export_combined,
    export_separately,
    file_name_for,
)
from uawriter.paths import AppPaths
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import Channel, EventInfo, TallyBook

DATE = dt.date(2026, 11, 27)


def seed_letters(pack: Pack, sender: Sender, lang: str = "kk") -> list[Letter]:
    return [
        Letter(pack, a, lang, compose(pack, a.id, lang, sender, DATE), as_fax=True)
        for a in pack.addressees
    ]


@pytest.fixture
def letters(packs: dict[str, Pack], sender: Sender) -> list[Letter]:
    return seed_letters(packs[SEED_ID], sender)


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def test_a_second_export_to_the_same_folder_keeps_the_first(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    folder = tmp_path / "letters"
    first = export_separately(letters, folder, sender, DATE, invariant=True)
    before = {path: path.read_bytes() for path in first}

    second = export_separately(letters, folder, sender, DATE, invariant=True)

    assert len(list(folder.iterdir())) == 6
    assert {path: path.read_bytes() for path in first} == before
    assert set(first).isdisjoint(second)
    for old, new in zip(first, second, strict=True):
        assert new.name == f"{old.stem} (2).pdf"
        assert new.read_bytes() == old.read_bytes()  # same letter, its own file


def test_a_third_export_gets_the_next_number(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    for _ in range(3):
        written = export_separately(letters[:1], tmp_path, sender, DATE, invariant=True)
    assert written[0].name.endswith(" (3).pdf")
    assert len(list(tmp_path.iterdir())) == 3


def test_a_volunteer_prefix_starts_every_name(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    written = export_separately(letters, tmp_path, sender, DATE, name_prefix="V03")

    assert [p.name[:21] for p in written] == [
        "V03 UA 129-10 - 01 Pr",
        "V03 UA 129-10 - 02 Pr",
        "V03 UA 129-10 - 03 Mi",
    ]


def test_a_prefix_cannot_reach_another_folder(letters: list[Letter], tmp_path: Path) -> None:
    name = file_name_for(letters[0], 1, prefix="../../V/03")
    assert name.startswith("V-03 UA 129-10 - 01 ")
    assert "/" not in name


def test_progress_is_called_after_each_letter(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    calls: list[tuple[int, int]] = []

    export_separately(letters, tmp_path, sender, DATE, progress=lambda d, t: calls.append((d, t)))

    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_before_the_next_letter_and_counts_what_was_written(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    done: list[int] = []
    book = TallyBook(tmp_path / "tally.jsonl")

    written = export_separately(
        letters,
        tmp_path / "out",
        sender,
        DATE,
        progress=lambda d, _t: done.append(d),
        cancelled=lambda: len(done) >= 1,
        tally=book,
    )

    assert len(written) == 1
    assert list((tmp_path / "out").iterdir()) == written
    assert len(book.read().letters) == 1


def test_cancelled_from_the_start_writes_nothing(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    written = export_separately(letters, tmp_path / "out", sender, DATE, cancelled=lambda: True)
    assert written == []
    assert list((tmp_path / "out").iterdir()) == []


def test_each_letter_is_counted_with_its_pages(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    book = TallyBook(tmp_path / "tally.jsonl")
    event = EventInfo.new("Evening at the library")

    written = export_separately(letters, tmp_path / "out", sender, DATE, tally=book, event=event)

    records = book.read().letters
    assert [r.pages for r in records] == [_pages(p) for p in written]
    assert all(r.pages >= 2 for r in records)  # a cover sheet and the letter
    assert {r.channel for r in records} == {Channel.FAX}
    assert {r.event for r in records} == {"Evening at the library"}
    assert [r.addressee_id for r in records] == [a.addressee.id for a in letters]


def test_export_combined_refuses_an_existing_file(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    target = tmp_path / "all.pdf"
    target.write_bytes(b"the first volunteer's letters")
    book = TallyBook(tmp_path / "data" / "tally.jsonl")  # in the data folder, as in the app
    (tmp_path / "data").mkdir()

    with pytest.raises(FileExistsError) as caught:
        export_combined(letters, target, sender, DATE, tally=book)

    assert caught.value.filename == str(target)
    assert target.read_bytes() == b"the first volunteer's letters"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.pdf", "data"]  # no temporary
    assert book.read().letters == ()  # nothing written, nothing counted


def test_export_combined_replaces_only_when_asked(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    target = tmp_path / "all.pdf"
    target.write_bytes(b"old")
    book = TallyBook(tmp_path / "tally.jsonl")

    export_combined(letters, target, sender, DATE, overwrite=True, tally=book)

    assert target.read_bytes().startswith(b"%PDF")
    records = book.read().letters
    assert len(records) == 3
    assert sum(r.pages for r in records) == _pages(target)


def test_export_combined_overwrite_never_replaces_a_folder(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    target = tmp_path / "all.pdf"
    target.mkdir()
    with pytest.raises(OSError, match="not a regular file"):
        export_combined(letters, target, sender, DATE, overwrite=True)
    assert target.is_dir()


def _long_names(pack: Pack) -> tuple[Pack, Letter]:
    chinese = "中华人民共和国最高人民检察院检察长" * 5  # 85 characters
    chinese = chinese[:84]
    action = dataclasses.replace(pack.action, ua_number="1" * 130 + "/" + "2" * 129)
    long_pack = dataclasses.replace(pack, action=action)
    addressee = dataclasses.replace(pack.addressees[0], title="", name=chinese)
    return long_pack, Letter(long_pack, addressee, "en", "Dear Sir,\n", as_fax=False)


def test_very_long_names_give_a_file_name_a_file_system_takes(
    packs: dict[str, Pack], sender: Sender, tmp_path: Path
) -> None:
    pack, letter = _long_names(packs[SEED_ID])
    assert len(letter.addressee.display_name) == 84
    assert len(pack.action.ua_number) == 260

    name = file_name_for(letter, 1, prefix="V12")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES <= 255
    assert name.endswith(" - en post.pdf")
    assert "中华人民共和国" in name

    first = export_separately([letter], tmp_path, sender, DATE, name_prefix="V12")
    second = export_separately([letter], tmp_path, sender, DATE, name_prefix="V12")
    for path in (*first, *second):
        assert path.is_file()
        assert len(path.name.encode("utf-8")) <= 255
        assert path.read_bytes().startswith(b"%PDF")
    assert second[0].name.endswith(" (2).pdf")


def test_letters_are_written_even_when_the_tally_cannot_be(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    blocked = tmp_path / "tally.jsonl"
    blocked.mkdir()  # a folder where the tally file should be: it cannot be opened

    with pytest.raises(TallyNotWritten) as caught:
        export_separately(letters, tmp_path / "out", sender, DATE, tally=TallyBook(blocked))

    assert len(caught.value.written) == 3
    assert all(path.is_file() for path in caught.value.written)


def test_a_tally_that_fails_part_way_says_which_letters_were_counted(
    letters: list[Letter], sender: Sender, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The data folder fills up after the first letter was counted (probe 24A F2): the
    message said "count them by hand" of all three, and the organiser's hand count counted
    the first twice. Here the tally file becomes unwritable after the first letter."""
    tally_file = tmp_path / "tally.jsonl"

    def fill_up(done: int, total: int) -> None:
        if done == 1:  # from now on the tally cannot be opened for writing
            tally_file.rename(tmp_path / "tally-aside.jsonl")
            tally_file.mkdir()

    with pytest.raises(TallyNotWritten) as caught:
        export_separately(
            letters, tmp_path / "out", sender, DATE, tally=TallyBook(tally_file), progress=fill_up
        )
    failed = caught.value
    assert len(failed.written) == 3
    assert all(path.is_file() for path in failed.written)
    assert failed.counted == failed.written[:1]
    assert failed.uncounted == failed.written[1:]
    counted = TallyBook(tmp_path / "tally-aside.jsonl").read().letters
    assert [Path(r.file).name for r in counted] == [failed.written[0].name]

    # the command line names only the uncounted letters for a hand count
    from uawriter.cli import _written_before

    out, err = io.StringIO(), io.StringIO()
    _written_before(failed, letters, "fax", AppPaths(tmp_path / "data"), out, err)
    said = err.getvalue()
    assert "1 of 3 files were counted" in said
    assert "Count only these 2 by hand" in said
    assert failed.written[0].name not in said
    assert all(path.name in said for path in failed.uncounted)

    # and so does the window
    from uawriter.gui.output import not_counted_text

    shown = not_counted_text(failed)
    assert "Counted before that: 1 of 3 files" in shown
    assert failed.written[0].name not in shown
    assert all(path.name in shown for path in failed.uncounted)


def test_the_tally_says_where_each_letter_was_written_and_from_which_page(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    """What "print tonight's letters by addressee" reads: for a combined file, each letter's
    first page, checked against the PDF's own text (pypdf), not against the renderer."""
    tally = TallyBook(tmp_path / "tally.jsonl")
    separate = export_separately(letters, tmp_path / "one-each", sender, DATE, tally=tally)
    combined = export_combined(letters, tmp_path / "all.pdf", sender, DATE, tally=tally)
    records = tally.read().letters
    assert [r.file for r in records[:3]] == [str(p.absolute()) for p in separate]
    assert {r.first_page for r in records[:3]} == {0}
    assert {r.file for r in records[3:]} == {str(combined.absolute())}
    reader = PdfReader(combined)
    starts = [r.first_page for r in records[3:]]
    assert starts[0] == 0
    assert starts[1] == records[3].pages
    assert starts[2] == records[3].pages + records[4].pages
    assert starts[2] + records[5].pages == len(reader.pages)
    for record in records[3:]:
        first = reader.pages[record.first_page].extract_text()
        assert record.addressee.split(",")[-1].strip().split()[-1] in first


def test_where_a_letter_was_written_never_leaves_this_laptop(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    """A tally exported for another laptop, or merged from one, carries no file paths: they
    mean nothing there (printing by addressee would list them all as missing) and a folder
    name can name a person."""
    tally = TallyBook(tmp_path / "tally.jsonl")
    export_separately(letters, tmp_path / "one-each", sender, DATE, tally=tally)
    assert all(r.file for r in tally.read().letters)
    shared = tmp_path / "laptop-1.jsonl"
    tally.export_to(shared)
    assert str(tmp_path) not in shared.read_text(encoding="utf-8")
    # a file written by a version that kept them is cleaned on the way in
    older = tmp_path / "older.jsonl"
    older.write_bytes((tmp_path / "tally.jsonl").read_bytes())
    for number, source in enumerate((shared, older)):
        other = TallyBook(tmp_path / f"other-{number}.jsonl")
        merge_into(other, source)
        merged = other.read().letters
        assert len(merged) == len(letters)
        assert {(r.file, r.first_page) for r in merged} == {("", 0)}


def test_export_combined_never_renames_a_file_over_a_pipe_or_device(
    letters: list[Letter], sender: Sender, tmp_path: Path
) -> None:
    """Issue 12, item 13: as root, `export --combined /dev/full` renamed a regular file over
    the device node. A named pipe stands in for the device (the same kind of node; nothing
    on this machine is harmed if the fix is missing)."""
    pipe = tmp_path / "all.pdf"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file") as raised:
        export_combined(letters, pipe, sender, DATE, overwrite=True)
    assert raised.value.filename == str(pipe)
    assert stat.S_ISFIFO(pipe.stat().st_mode)  # still the pipe
    assert [p.name for p in tmp_path.iterdir()] == ["all.pdf"]  # no temporary file left


def test_the_cli_names_a_target_that_is_not_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "letters.pdf"
    os.mkfifo(pipe)
    paths = AppPaths(tmp_path / "data")
    err = io.StringIO()
    code = run(
        ["export", "--pack", SEED_ID, "--lang", "en", "--combined", str(pipe), "--overwrite"],
        paths=paths,
        out=io.StringIO(),
        err=err,
    )
    assert code != 0
    assert f"could not write {pipe}: not a regular file; choose a file name" in err.getvalue()
    assert stat.S_ISFIFO(pipe.stat().st_mode)

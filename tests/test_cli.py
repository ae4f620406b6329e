"""``uawriter`` on the command line: ``packs``, ``validate`` and ``export``, with real folders."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import (
    SEED_ID,
    TRAINING_ID,
    copy_bundled_pack,
    edit_manifest,
    normalise,
    pdf_pages_text,
    poppler_text,
    run_uawriter,
)
from uawriter.bundled import bundled_packs_folder
from uawriter.cli import run
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose
from uawriter.exporting import export_separately
from uawriter.paths import DATA_DIR_VARIABLE, AppPaths
from uawriter.storage.evenings import record_date
from uawriter.storage.tally import EventInfo, TallyBook

LETTER_DATE = dt.date(2011, 7, 1)
SEED_TITLE = "Ethnic Uzbeks at risk of torture if returned"
TRAINING_TITLE = "Training: teacher detained for a peaceful protest (fictional)"
PRESIDENT = "President of Kazakhstan, Nursultan Nazarbaev"
PROSECUTOR = "Prosecutor General of Kazakhstan, Mr Ashat Daulbayev"
MINISTER = "Minister of Foreign Affairs, Kanat Saudabaev"


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


def cli(paths: AppPaths, *argv: str, today: dt.date | None = None) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), paths=paths, out=out, err=err, today=today)
    return Outcome(code, out.getvalue(), err.getvalue())


def export_seed(paths: AppPaths, *argv: str) -> Outcome:
    """The seed pack exported with a fixed date, so the letters do not change from day to day."""
    return cli(paths, "export", "--pack", SEED_ID, "--date", "2011-07-01", "--invariant", *argv)


def assert_no_traceback(outcome: Outcome) -> None:
    for stream in (outcome.out, outcome.err):
        assert "Traceback" not in stream
        assert 'File "' not in stream


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "userdata")


# -- packs ---------------------------------------------------------------------------------


def _rows(out: str) -> dict[str, list[str]]:
    rows = [line.split("\t") for line in out.splitlines()]
    assert all(len(row) == 4 for row in rows), rows
    return {row[0]: row[1:] for row in rows}


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (dt.date(2011, 7, 1), "open"),
        (dt.date(2011, 7, 18), "closing soon"),
        (dt.date(2011, 7, 22), "closing soon"),
        (dt.date(2026, 11, 27), "passed"),
    ],
)
def test_packs_lists_each_pack_with_its_deadline_status(
    paths: AppPaths, today: dt.date, status: str
) -> None:
    outcome = cli(paths, "packs", today=today)

    assert outcome.code == 0
    assert outcome.err == ""
    rows = _rows(outcome.out)
    assert list(rows) == [TRAINING_ID, SEED_ID]
    assert rows[SEED_ID] == ["UA 129/10 update 3", SEED_TITLE, f"{status} (deadline 2011-07-22)"]
    assert rows[TRAINING_ID] == ["UA 000/26", TRAINING_TITLE, "no deadline"]


def test_packs_reports_a_broken_user_pack_and_still_lists_the_good_ones(paths: AppPaths) -> None:
    paths.user_packs.mkdir(parents=True)
    mine = copy_bundled_pack(TRAINING_ID, paths.user_packs, "my-pack")
    edit_manifest(mine, f'id = "{TRAINING_ID}"', 'id = "my-pack"')
    edit_manifest(mine, "update = 0", 'update = "zero"')

    outcome = cli(paths, "packs", today=dt.date(2011, 7, 1))

    assert outcome.code == 0
    assert list(_rows(outcome.out)) == [TRAINING_ID, SEED_ID]
    assert f"broken pack in {mine}:" in outcome.err
    assert "  my-pack/pack.toml: action.update: should be a whole number" in outcome.err
    assert_no_traceback(outcome)


def test_packs_lists_a_good_user_pack_after_the_bundled_ones(paths: AppPaths) -> None:
    paths.user_packs.mkdir(parents=True)
    mine = copy_bundled_pack(TRAINING_ID, paths.user_packs, "my-training")
    edit_manifest(mine, f'id = "{TRAINING_ID}"', 'id = "my-training"')

    outcome = cli(paths, "packs", today=dt.date(2011, 7, 1))

    assert outcome.code == 0
    assert outcome.err == ""
    assert list(_rows(outcome.out)) == [TRAINING_ID, SEED_ID, "my-training"]


def test_console_entry_lists_packs(tmp_path: Path) -> None:
    env = {
        **os.environ,
        DATA_DIR_VARIABLE: str(tmp_path / "userdata"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "uawriter", "packs"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    rows = _rows(done.stdout)
    assert list(rows) == [TRAINING_ID, SEED_ID]
    assert rows[SEED_ID][0] == "UA 129/10 update 3"


# -- validate ------------------------------------------------------------------------------


def test_validate_bundled_seed_pack_is_ok(paths: AppPaths) -> None:
    folder = bundled_packs_folder() / SEED_ID

    outcome = cli(paths, "validate", str(folder))

    assert outcome.code == 0
    assert outcome.out == (
        f"{folder}: OK: pack {SEED_ID}, 3 addressees, letters in kk, ru, ar, de, en, es, fr\n"
    )
    assert outcome.err == ""


def test_validate_broken_copy_prints_every_problem(paths: AppPaths, tmp_path: Path) -> None:
    pack = copy_bundled_pack(SEED_ID, tmp_path)
    edit_manifest(pack, "update = 3", 'update = "three"')
    edit_manifest(pack, "deadline = 2011-07-22", "deadlne = 2011-07-22")

    outcome = cli(paths, "validate", str(pack))

    assert outcome.code == 1
    assert sorted(outcome.out.splitlines()) == [
        f"{SEED_ID}/pack.toml: action.deadlne: is not a field of a pack; did you mean deadline?",
        f"{SEED_ID}/pack.toml: action.update: should be a whole number, not the text 'three'",
    ]
    assert outcome.err == f"{pack}: 2 problems\n"


def test_validate_reports_a_broken_template(paths: AppPaths, tmp_path: Path) -> None:
    pack = copy_bundled_pack(SEED_ID, tmp_path)
    (pack / "letters" / "ru.txt").write_text("{{ ''.__class__.__mro__ }}\n", encoding="utf-8")

    outcome = cli(paths, "validate", str(pack))

    assert outcome.code == 1
    assert outcome.out.startswith(f"{SEED_ID}/letters/ru.txt: line 1: uses something templates")
    assert "<class" not in outcome.out
    assert outcome.err == f"{pack}: 1 problem\n"


@pytest.mark.parametrize("kind", ["file", "missing"])
def test_validate_a_path_that_is_not_a_folder(paths: AppPaths, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "pack.toml"
    if kind == "file":
        target.write_text('id = "x"\n', encoding="utf-8")

    outcome = cli(paths, "validate", str(target))

    assert outcome.code == 1
    assert outcome.out == ""
    assert outcome.err == f"{target}: is not a folder; give the folder that holds pack.toml\n"


# -- export: wrong choices -----------------------------------------------------------------


def test_export_unknown_pack_lists_the_valid_ids(paths: AppPaths, tmp_path: Path) -> None:
    outcome = cli(paths, "export", "--pack", "nosuch", "--lang", "kk", "--out", str(tmp_path))

    assert outcome.code == 2
    assert outcome.err == (f"uawriter: no pack 'nosuch'; choose from: {TRAINING_ID}, {SEED_ID}\n")
    assert list(tmp_path.glob("*.pdf")) == []


def test_export_unknown_language_lists_the_pack_languages(paths: AppPaths, tmp_path: Path) -> None:
    outcome = export_seed(paths, "--lang", "uz", "--out", str(tmp_path))

    assert outcome.code == 2
    assert "has no letter in 'uz'" in outcome.err
    assert "choose from: kk, ru, ar, de, en, es, fr" in outcome.err


def test_export_unknown_addressee_lists_the_addressee_ids(paths: AppPaths, tmp_path: Path) -> None:
    outcome = export_seed(paths, "--lang", "kk", "--to", "president,nobody", "--out", str(tmp_path))

    assert outcome.code == 2
    assert "no addressee nobody in pack ua-129-10-u3" in outcome.err
    assert "choose 'all' or from: president, prosecutor-general, foreign-minister" in outcome.err
    assert list(tmp_path.glob("*.pdf")) == []


# -- export: letters written ---------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    pages = pdf_pages_text(path)
    assert pages, f"{path.name} has no pages"
    return normalise(" ".join(pages))


def test_export_seed_in_kazakh_writes_one_pdf_per_addressee(
    paths: AppPaths, tmp_path: Path
) -> None:
    folder = tmp_path / "letters"

    outcome = export_seed(paths, "--lang", "kk", "--out", str(folder))

    assert outcome.code == 0, outcome.err
    assert outcome.err == ""
    written = sorted(folder.glob("*.pdf"))
    assert [p.name for p in written] == [
        f"UA 129-10 - 01 {PRESIDENT} - kk fax.pdf",
        f"UA 129-10 - 02 {PROSECUTOR} - kk fax.pdf",
        f"UA 129-10 - 03 {MINISTER} - kk fax.pdf",
    ]
    assert outcome.out.splitlines() == [str(p) for p in written]
    president, prosecutor, _ = (_pdf_text(p) for p in written)
    assert "+7 7172 72 05 16" in president
    assert "Құрметті Президент мырза" in president
    assert "+7 7172 50 25 34" in prosecutor
    assert "+7 7172 72 05 16" not in prosecutor


def test_export_to_chosen_addressees(paths: AppPaths, tmp_path: Path) -> None:
    folder = tmp_path / "letters"

    outcome = export_seed(
        paths, "--lang", "ru", "--to", "president,foreign-minister", "--out", str(folder)
    )

    assert outcome.code == 0, outcome.err
    names = sorted(p.name for p in folder.glob("*.pdf"))
    assert len(names) == 2
    assert PRESIDENT in names[0]
    assert MINISTER in names[1]
    assert not any("Prosecutor" in name for name in names)


def test_export_combined_writes_one_file(paths: AppPaths, tmp_path: Path) -> None:
    target = tmp_path / "out" / "all letters.pdf"
    target.parent.mkdir()

    outcome = export_seed(paths, "--lang", "kk", "--combined", str(target))

    assert outcome.code == 0, outcome.err
    assert outcome.out == f"{target}\n"
    assert [p.name for p in target.parent.iterdir()] == ["all letters.pdf"]
    text = _pdf_text(target)
    for fax in ("+7 7172 72 05 16", "+7 7172 50 25 34"):
        assert fax in text
    for salutation in ("Құрметті Президент мырза", "Құрметті Бас прокурор мырза"):
        assert salutation in text
    assert len(pdf_pages_text(target)) >= 6  # a cover sheet and a letter for each of three


def test_export_without_fax_number_writes_a_postal_letter_and_says_so(
    paths: AppPaths, tmp_path: Path
) -> None:
    folder = tmp_path / "letters"

    outcome = cli(
        paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(folder),
        "--date", "2026-11-27",
    )  # fmt: skip

    assert outcome.code == 0, outcome.err
    (written,) = folder.glob("*.pdf")
    assert written.name == "UA 000-26 - 01 Minister of Justice, Ms Elena Sartori - es post.pdf"
    assert "Minister of Justice, Ms Elena Sartori has no fax number" in outcome.err
    assert "laid out for post" in outcome.err
    assert "ministra@justicia.valdoria.example" in outcome.err
    pages = [normalise(page) for page in pdf_pages_text(written)]
    assert not pages[0].startswith("FAX")  # no cover sheet
    assert "Estimada Señora Ministra" in pages[0]


def test_export_where_a_file_is_in_the_way_fails_cleanly(paths: AppPaths, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    target = blocker / "letters"

    outcome = export_seed(paths, "--lang", "kk", "--out", str(target))

    assert outcome.code == 1
    assert outcome.out == ""
    assert outcome.err == f"uawriter: could not write {blocker}: is a file, not a folder\n"
    assert_no_traceback(outcome)
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder\n"


# -- export never overwrites; the tally on the command line --------------------------------


def _tally_lines(paths: AppPaths) -> list[str]:
    outcome = cli(paths, "tally")
    assert outcome.code == 0, outcome.err
    return outcome.out.splitlines()


def test_a_second_export_to_one_folder_writes_new_names_and_both_are_counted(
    paths: AppPaths, tmp_path: Path
) -> None:
    folder = tmp_path / "letters"
    first = export_seed(paths, "--lang", "kk", "--out", str(folder))
    before = {p: p.read_bytes() for p in folder.iterdir()}

    second = export_seed(paths, "--lang", "kk", "--out", str(folder))

    assert (first.code, second.code) == (0, 0), first.err + second.err
    assert len(list(folder.iterdir())) == 6
    assert {p: p.read_bytes() for p in before} == before
    assert [Path(line).name for line in second.out.splitlines()] == [
        f"UA 129-10 - 01 {PRESIDENT} - kk fax (2).pdf",
        f"UA 129-10 - 02 {PROSECUTOR} - kk fax (2).pdf",
        f"UA 129-10 - 03 {MINISTER} - kk fax (2).pdf",
    ]
    lines = _tally_lines(paths)
    assert lines[0].startswith("Letters written: 6 (")
    assert "  UA 129/10 (update 3)\tfax 6" in lines


def test_export_combined_refuses_an_existing_file_unless_told(
    paths: AppPaths, tmp_path: Path
) -> None:
    target = tmp_path / "all letters.pdf"
    target.write_bytes(b"the first volunteer's letters")

    refused = export_seed(paths, "--lang", "kk", "--combined", str(target))

    assert refused.code == 1
    assert refused.out == ""
    assert str(target) in refused.err
    assert "exists already; nothing was written" in refused.err
    assert "--overwrite" in refused.err
    assert_no_traceback(refused)
    assert target.read_bytes() == b"the first volunteer's letters"
    assert not paths.tally_file.exists()

    replaced = export_seed(paths, "--lang", "kk", "--combined", str(target), "--overwrite")

    assert replaced.code == 0, replaced.err
    assert target.read_bytes().startswith(b"%PDF")
    assert _tally_lines(paths)[0].startswith("Letters written: 3 (")


def test_tally_export_then_merge_twice_counts_once(paths: AppPaths, tmp_path: Path) -> None:
    export_seed(paths, "--lang", "kk", "--out", str(tmp_path / "a"))
    shared = tmp_path / "laptop-a.jsonl"
    exported = cli(paths, "tally", "export", str(shared))
    assert exported.code == 0, exported.err
    assert exported.out == f"3 records written to {shared}\n"
    again = cli(paths, "tally", "export", str(shared))
    assert again.code == 1
    assert str(shared) in again.err

    other = AppPaths(tmp_path / "laptop-b")
    export_seed(other, "--lang", "ru", "--out", str(tmp_path / "b"))
    once = cli(other, "tally", "merge", str(shared))
    after_once = _tally_lines(other)
    twice = cli(other, "tally", "merge", str(shared))

    assert (once.code, twice.code) == (0, 0), once.err + twice.err
    assert once.out == f"{shared}: 3 added, 0 already counted\n"
    assert twice.out == f"{shared}: 0 added, 3 already counted\n"
    assert _tally_lines(other) == after_once
    assert after_once[0].startswith("Letters written: 6 (")
    assert "  kk\t3" in after_once
    assert "  ru\t3" in after_once


def test_tally_merge_of_a_damaged_file_merges_what_it_can_and_says_what_was_skipped(
    paths: AppPaths, tmp_path: Path
) -> None:
    source_paths = AppPaths(tmp_path / "laptop-b")
    export_seed(source_paths, "--lang", "kk", "--out", str(tmp_path / "b"))
    damaged = tmp_path / "damaged.jsonl"
    lines = source_paths.tally_file.read_bytes().splitlines(keepends=True)
    damaged.write_bytes(lines[0] + b"\x00\x01 not a record\n" + lines[1] + lines[2][:40])

    outcome = cli(paths, "tally", "merge", str(damaged))

    assert outcome.code == 1
    assert outcome.out == f"{damaged}: 2 added, 0 already counted\n"
    assert "  skipped: damaged.jsonl: line 2 is damaged; skipped\n" in outcome.err
    assert "  skipped: damaged.jsonl: line 4 was cut short" in outcome.err
    assert_no_traceback(outcome)
    assert _tally_lines(paths)[0].startswith("Letters written: 2 (")


def test_tally_merge_of_a_missing_file(paths: AppPaths, tmp_path: Path) -> None:
    outcome = cli(paths, "tally", "merge", str(tmp_path / "nowhere.jsonl"))
    assert outcome.code == 1
    assert "nowhere.jsonl: no such file; nothing merged from it" in outcome.err


def test_tally_csv_and_pdf(paths: AppPaths, tmp_path: Path) -> None:
    import csv

    export_seed(paths, "--lang", "kk", "--out", str(tmp_path / "a"))
    export_seed(paths, "--lang", "en", "--to", "president", "--out", str(tmp_path / "a"))
    table, report = tmp_path / "tally.csv", tmp_path / "report.pdf"

    outcome = cli(paths, "tally", "--csv", str(table), "--pdf", str(report))

    assert outcome.code == 0, outcome.err
    assert outcome.out == f"{table}\n{report}\n"
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4
    assert [row["language"] for row in rows] == ["kk", "kk", "kk", "en"]
    assert {row["ua"] for row in rows} == {"129/10"}
    assert rows[3]["addressee"] == PRESIDENT
    assert all(int(row["pages"]) >= 2 for row in rows)
    pages = pdf_pages_text(report)
    assert len(pages) == 1
    assert "4 letters written" in normalise(pages[0])
    layout = poppler_text(report, "-layout")
    (all_cases,) = [line.split() for line in layout.splitlines() if "All cases" in line]
    assert all_cases == ["All", "cases", "0", "0", "4", "0", "0", "4"]

    again = cli(paths, "tally", "--pdf", str(report))
    assert again.code == 1
    assert f"{report} exists already" in again.err
    again = cli(paths, "tally", "--csv", str(table))
    assert again.code == 1
    assert str(table) in again.err
    assert_no_traceback(again)
    link = tmp_path / "dangling.csv"  # a link to nothing is not "1 files of this name"
    link.symlink_to(tmp_path / "nowhere.csv")
    again = cli(paths, "tally", "--csv", str(link))
    assert again.code == 1
    assert f"{link}: a link to a file that does not exist has this name" in again.err
    assert not (tmp_path / "nowhere.csv").exists()


def test_tally_for_one_event(paths: AppPaths, packs: dict[str, Pack], tmp_path: Path) -> None:
    pack = packs[SEED_ID]
    book = TallyBook(paths.tally_file)
    sender = Sender("Volunteer")
    first, second = EventInfo.new("Library evening"), EventInfo.new("School evening")
    for event, lang, count in ((first, "kk", 3), (second, "ru", 1)):
        letters = [
            Letter(pack, a, lang, compose(pack, a.id, lang, sender, LETTER_DATE), True)
            for a in pack.addressees[:count]
        ]
        export_separately(letters, tmp_path / lang, sender, LETTER_DATE, tally=book, event=event)

    everything = _tally_lines(paths)
    library = cli(paths, "tally", "--event", "Library evening")
    school = cli(paths, "tally", "--event", second.id)

    assert everything[0].startswith("Letters written: 4 (")
    assert library.code == 0, library.err
    assert library.out.splitlines()[0].startswith("Letters written: 3 (")
    assert "  ru\t1" not in library.out
    assert school.out.splitlines()[0].startswith("Letters written: 1 (")
    assert "  ru\t1" in school.out.splitlines()

    unknown = cli(paths, "tally", "--event", "Evening at the park")
    assert unknown.code == 2
    # each evening is listed with its date: the evening the letter was written on (the
    # day before, written before 06:00)
    day = record_date(book.read().letters[0].time)
    assert unknown.err == (
        "uawriter: no event 'Evening at the park' in the tally; "
        f"choose from: Library evening ({day}): 3 letters, School evening ({day}): 1 letter\n"
    )


def test_tally_usage_mistakes(paths: AppPaths, tmp_path: Path) -> None:
    for argv, fragment in (
        (["tally", "export"], "tally export takes one FILE"),
        (["tally", "merge"], "tally merge takes one or more FILEs"),
        (["tally", "show", str(tmp_path / "x")], "did you mean: uawriter tally merge FILE?"),
    ):
        outcome = cli(paths, *argv)
        assert outcome.code == 2, argv
        assert fragment in outcome.err


def test_an_event_run_on_two_laptops_is_one_event_by_name(
    paths: AppPaths, packs: dict[str, Pack], tmp_path: Path
) -> None:
    """Each laptop starts its own event (its own id) under the same name: the report by name
    counts both, and takes the place and date from the event running here."""
    from uawriter.storage import event as event_store

    pack = packs[SEED_ID]
    sender = Sender("Volunteer")
    other = AppPaths(tmp_path / "laptop-b")
    for laptop, lang in ((paths, "kk"), (other, "ru")):
        info = EventInfo.new("Write for Rights evening", "Pushkin Library", "2026-12-10")
        event_store.start(laptop.event_file, info, "2468")
        letters = [
            Letter(pack, a, lang, compose(pack, a.id, lang, sender, LETTER_DATE), True)
            for a in pack.addressees
        ]
        export_separately(
            letters, tmp_path / lang, sender, LETTER_DATE,
            tally=TallyBook(laptop.tally_file), event=info,
        )  # fmt: skip
    assert cli(other, "tally", "export", str(tmp_path / "b.jsonl")).code == 0
    assert cli(paths, "tally", "merge", str(tmp_path / "b.jsonl")).code == 0

    shown = cli(paths, "tally", "--event", "Write for Rights evening")
    report = tmp_path / "report.pdf"
    made = cli(paths, "tally", "--event", "Write for Rights evening", "--pdf", str(report))

    assert shown.code == 0, shown.err
    assert shown.out.splitlines()[0].startswith("Letters written: 6 (")
    assert made.code == 0, made.err
    text = normalise(pdf_pages_text(report)[0])
    assert "6 letters written" in text
    assert "Pushkin Library" in text
    assert "2026-12-10" in text
    report_all = tmp_path / "everything.pdf"  # every record is of that event: it is named
    assert cli(paths, "tally", "--pdf", str(report_all)).code == 0
    text = normalise(pdf_pages_text(report_all)[0])
    assert "Write for Rights evening" in text
    assert "Pushkin Library" in text


def test_packs_never_sends_a_packs_escape_sequences_to_the_terminal(paths: AppPaths) -> None:
    """A title from a stranger's pack must not rewrite the volunteer's terminal."""
    paths.user_packs.mkdir(parents=True)
    mine = copy_bundled_pack(TRAINING_ID, paths.user_packs, "my-training")
    edit_manifest(mine, f'id = "{TRAINING_ID}"', 'id = "my-training"')
    edit_manifest(
        mine,
        'en = "Training: teacher detained for a peaceful protest (fictional)"',
        'en = "Training\\u001b[2J\\u001b]0;owned\\u0007 \\u202eevil"',
    )

    outcome = cli(paths, "packs", today=dt.date(2011, 7, 1))

    assert outcome.code == 0
    for stream in (outcome.out, outcome.err):
        assert "\x1b" not in stream
        assert "\x07" not in stream
        assert "\u202e" not in stream
    # a pack's text may hold no control character: the pack is refused, the character named
    assert "action.title.en: holds a control character (U+001B, character 9)" in outcome.err

    # a direction isolate is text right-to-left languages can need: shown escaped, not
    # obeyed (an override, which turns the text after it round, is a problem of its own)
    edit_manifest(mine, "\\u001b[2J\\u001b]0;owned\\u0007 \\u202eevil", "\\u2067evil\\u2069")
    outcome = cli(paths, "packs", today=dt.date(2011, 7, 1))
    assert "\u2067" not in outcome.out
    assert "Training\\u2067evil\\u2069" in outcome.out


@pytest.mark.parametrize(
    ("option", "raw"),
    [
        ("--sender-name", b"Ann\xff\xfe Berg"),  # Latin-1 bytes from a misset terminal
        ("--sender-address", b"Stra\xdfe 1;Berlin"),
        ("--sender-name", b"\xd0\x90\xd0"),  # Cyrillic cut in the middle of a character
        ("--sender-phone", b"+49 \xff\xfe 123"),  # the one option not checked (probe 18B)
    ],
)
def test_text_that_is_not_utf8_is_named_and_nothing_is_written(
    tmp_path: Path, option: str, raw: bytes
) -> None:
    """Issue 12, item 4: bytes that are not UTF-8 in a text option gave a UnicodeEncodeError
    traceback from reportlab; now the option is named and no file is written."""
    out = tmp_path / "letters"
    out.mkdir()
    env = {**os.environ, DATA_DIR_VARIABLE: str(tmp_path / "userdata")}
    argv = [sys.executable, "-m", "uawriter", "export", "--pack", SEED_ID, "--lang", "en"]
    done = subprocess.run(
        [*(a.encode() for a in argv), option.encode(), raw, b"--out", os.fsencode(out)],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    message = done.stderr.decode("utf-8")
    assert done.returncode == 2
    assert "Traceback" not in message
    assert f"{option} is not UTF-8 text" in message
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("typed", ["2023-02-30", "30.01.2026", "20261204"])
def test_a_date_not_written_as_the_letter_wants_is_explained(tmp_path: Path, typed: str) -> None:
    """`--date 2023-02-30` answered "invalid fromisoformat value", Python's words."""
    done = run_uawriter(tmp_path / "data", "export", "--pack", SEED_ID, "--lang", "en",
                        "--date", typed, "--out", str(tmp_path / "out"))  # fmt: skip
    assert done.returncode == 2
    assert f"{typed} is not a date on the calendar written YYYY-MM-DD" in done.stderr
    assert "fromisoformat" not in done.stderr


def test_a_stick_that_fills_up_part_way_names_what_was_written(
    tmp_path: Path, small_stick: Path
) -> None:
    """The stick filled up after the first letter: the command named only the file it
    could not write, not the letter already written and counted."""
    done = run_uawriter(tmp_path / "data", "export", "--pack", SEED_ID, "--lang", "ru",
                        "--out", str(small_stick))  # fmt: skip
    assert done.returncode == 1
    (written,) = done.stdout.splitlines()
    assert Path(written).parent == small_stick
    assert "1 of 3 letters were written and counted" in done.stderr
    assert "No space left on device" in done.stderr
    # the twenty-first probe: the same command again wrote and counted the first one twice;
    # the command now names the addressees left, and that command writes only them
    assert "--to prosecutor-general,foreign-minister" in done.stderr
    again = run_uawriter(tmp_path / "data", "export", "--pack", SEED_ID, "--lang", "ru",
                         "--to", "prosecutor-general,foreign-minister",
                         "--out", str(tmp_path / "documents"))  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert len(again.stdout.splitlines()) == 2
    tally = TallyBook(AppPaths(tmp_path / "data").tally_file).read()
    assert sorted(r.addressee_id for r in tally.letters) == sorted(
        ["president", "prosecutor-general", "foreign-minister"]
    )


def test_argparse_messages_show_typed_escape_sequences_escaped(tmp_path: Path) -> None:
    """``uawriter import *.uapack`` on a stick with a file named with an escape sequence:
    argparse's own "unrecognized arguments" quoted it raw (probe 24A F1)."""
    import subprocess
    import sys

    hostile = "a\x1b]0;PWNED\x07b\u202e.uapack"
    channel = ["export", "--pack", "p", "--lang", "en", "--channel", "fa\x9bx", "--out", "o"]
    for argv in (["import", "x.uapack", hostile], ["bogus\x1b[2J"], channel):
        done = subprocess.run(
            [sys.executable, "-m", "uawriter", *argv],
            capture_output=True,
            env={**os.environ, "UAWRITER_DATA_DIR": str(tmp_path / "data")},
            check=False,
        )
        assert done.returncode == 2
        said = done.stderr
        for raw in (b"\x1b", b"\x07", b"\xc2\x9b", "\u202e".encode()):
            assert raw not in said, (argv, said)
        assert b"error:" in said
        assert b"\\x1b" in said or b"\\x9b" in said

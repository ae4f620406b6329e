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
)
from uawriter.bundled import bundled_packs_folder
from uawriter.cli import run
from uawriter.paths import DATA_DIR_VARIABLE, AppPaths

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

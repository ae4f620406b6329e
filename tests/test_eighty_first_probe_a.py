"""Probe 81a: attacks on the laptop's writer mark, the tally's new ``digest`` field, the
drafting of officials that share an address, and a letter's kept ending."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import SEED_ID, run_uawriter
from test_killed_halfway import AT_THE_RENAME, KILLED_EXPORT
from uawriter.storage.tally import read_tally_file


@pytest.mark.xfail(
    strict=True,
    reason="a data folder copied whole carries its laptop-id.txt: the two laptops have one "
    "mark, and nothing a copy holds tells them apart (docs/tally-format.md: delete it in "
    "the copy); telling them apart would need the machine's identity",
)
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_f1_a_portable_data_folder_copied_to_a_second_stick_keeps_each_laptops_letter(
    tmp_path: Path,
) -> None:
    """The organiser prepares one portable data folder (``UAWRITER_DATA_DIR`` on a stick),
    tries an export, and copies the folder to a second stick for the second laptop: both
    now carry the same ``laptop-id.txt``. Laptop A is killed at a letter's rename into the
    shared letters folder (the letter is counted in A's tally, its bytes wait in A's
    hidden file). Laptop B's next export into that folder takes the hidden file for its
    own (same mark), finds it uncounted in B's tally and deletes it: a letter counted on A
    is gone from the stick, which the mark was made to prevent."""
    from pypdf import PdfReader

    stick = tmp_path / "stick"
    stick.mkdir()
    laptop_a, laptop_b = tmp_path / "a", tmp_path / "b"
    laptop_a.mkdir()
    argv = ["--pack", SEED_ID, "--out", str(stick), "--sender-name", "A. B."]
    trial = run_uawriter(laptop_a, "export", *argv, "--lang", "ru", "--to", "president")
    assert trial.returncode == 0, trial.stderr
    assert (laptop_a / "laptop-id.txt").is_file()
    shutil.copytree(laptop_a, laptop_b)  # the second stick, made from the first

    at_rename = KILLED_EXPORT.format(nth=1, **AT_THE_RENAME)
    assert run_uawriter(laptop_a, *argv, "--lang", "kk", script=at_rename).returncode == -9
    assert len(list(stick.glob(".*.uawriter.tmp"))) == 1

    again = run_uawriter(laptop_b, "export", *argv, "--lang", "ru")
    assert again.returncode == 0, again.stderr

    run_uawriter(laptop_a, "tally")
    for record in read_tally_file(laptop_a / "tally.jsonl").letters:
        assert Path(record.file).is_file(), f"a letter counted on A is gone: {record.file}"
        assert len(PdfReader(record.file).pages) >= 1, record.file


def test_f2_replacing_a_desktop_copy_of_a_letter_file_keeps_the_sticks_letters_counted(
    tmp_path: Path,
) -> None:
    """Three letters are exported to the stick as E/letters.pdf; the organiser copies the
    file to the Desktop to print it and pulls the stick out. A volunteer then exports one
    letter over Desktop/letters.pdf (``--overwrite``). The three letters are still on the
    stick, whole, and go in the post; yet the tally takes them back because the Desktop
    copy had their bytes and the stick's path is gone while it is out: tonight's count
    drops by three letters that were written."""
    laptop = tmp_path / "data"
    laptop.mkdir()
    stick, desktop = tmp_path / "E", tmp_path / "Desktop"
    stick.mkdir()
    desktop.mkdir()
    argv = ["export", "--pack", SEED_ID, "--sender-name", "A. B."]
    first = run_uawriter(laptop, *argv, "--lang", "ru", "--combined", str(stick / "letters.pdf"))
    assert first.returncode == 0, first.stderr
    shutil.copy2(stick / "letters.pdf", desktop / "letters.pdf")
    pulled_out = tmp_path / "drawer"
    stick.rename(pulled_out)
    fixed = ["--lang", "kk", "--to", "president", "--combined", str(desktop / "letters.pdf")]
    again = run_uawriter(laptop, *argv, *fixed, "--overwrite")
    assert again.returncode == 0, again.stderr
    pulled_out.rename(stick)  # the stick is back, its three letters whole

    assert (stick / "letters.pdf").is_file()
    said = run_uawriter(laptop, "tally")
    assert said.stdout.startswith("Letters written: 4 "), said.stdout
    assert read_tally_file(laptop / "tally.jsonl").withdrawals == ()


def test_f3_one_official_named_under_two_titles_is_not_split_into_two() -> None:
    """A bilingual UA gives the Prosecutor General's title in English and in French, each
    with his name, then his one address, fax and greeting. Drafting takes the block for
    two officials sharing an address and makes two addressees, "Prosecutor General /
    Berik Asylov" and "Procureur général / Berik Asylov": every volunteer's letters go
    twice to the same man at the same fax (the same with one man's two offices, "President
    of the Republic" and "Chairman of the Security Council"). Officials who share an
    address have different names."""
    from test_eightieth_probe_c import HEAD, TAIL
    from uawriter.drafting import draft_pack

    for titles in (
        ("Prosecutor General", "Procureur général"),
        ("President of the Republic", "Chairman of the Security Council"),
    ):
        block = [
            titles[0],
            "Berik Asylov",
            titles[1],
            "Berik Asylov",
            "14 Mambetov Street",
            "Astana 010000",
            "KAZAKHSTAN",
            "Fax: +7 7172 71 27 06",
            "Salutation: Dear Sir",
        ]
        draft = draft_pack(HEAD + "\n".join(block) + "\n" + TAIL)
        names = [a.name for a in draft.addressees]
        assert names.count("Berik Asylov") == 1, [a.to_json() for a in draft.addressees]


@pytest.mark.parametrize(
    ("block", "name", "greeting"),
    [
        (
            [
                "Presidente de la República",
                "Sr. Nicolás Maduro,",
                "Palacio de Miraflores",
                "Caracas",
                "Fax: +58 212 806 3698",
                "Saludo: Señor Presidente:",
            ],
            "Sr. Nicolás Maduro",
            "Señor Presidente",
        ),
        (
            [
                "Président de la République,",
                "Monsieur Emmanuel Macron,",
                "Palais de l'Élysée,",
                "75008 Paris",
                "Fax: +33 1 47 42 24 65",
                "Formule d'appel : Monsieur le Président,",
            ],
            "Monsieur Emmanuel Macron",
            "Monsieur le Président",
        ),
    ],
)
def test_f4_an_officials_name_line_ending_in_a_comma_is_not_taken_for_a_greeting(
    block: list[str], name: str, greeting: str
) -> None:
    """A Spanish or French UA writes the official's name with a comma at its end
    ("Sr. Nicolás Maduro,"), as an address written line by line often is. Since greetings
    on a line of their own are read as the block's salutation, the name is drafted as the
    greeting ("Sr. Nicolás Maduro"), and the block falls in two: an official with a title,
    no name and no fax ("no fax, e-mail or postal address found"), and an official with
    no title and no name who has the address, the fax and the real greeting. Before that
    change the same block was drafted as one official with his name (the Spanish one
    right); the organiser must now mend two addressees and delete one."""
    from test_eightieth_probe_c import HEAD, TAIL
    from uawriter.drafting import draft_pack

    draft = draft_pack(HEAD + "\n".join(block) + "\n" + TAIL)
    drafted = [a.to_json() for a in draft.addressees]
    assert len(draft.addressees) == 1, drafted
    official = draft.addressees[0]
    assert official.name == name, drafted
    assert official.fax, drafted
    assert greeting in official.salutation.values(), drafted

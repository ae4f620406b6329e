"""What the hundred-and-eleventh probe (a), run on the day's latest commits, found (issue 12).

P111a-F1  An export into a folder named relative to where ``uawriter`` was run (``--out
letters``, ``tally export report.csv``) is kept in export-folders.txt as that relative
name, while the tally's records name the absolute path: a start run from anywhere else
looks for the folder there, and what an export killed before its first letter was counted
left (an empty PDF under a letter's name, a hidden copy) stays for good.
P111a-F2  A number kept with its town where the country's format has no postcode ("Luanda
1234") is no longer the line the UA's town alone ("Luanda") repeats: the envelope names
the town twice ("Luanda" above "LUANDA 1234"); before today it was named once."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from helpers import SEED_ID, official, run_uawriter
from test_hundred_tenth_probe_c import killed_as_the_first_is_counted
from uawriter.channels.postal import envelope_address

#: ``uawriter export`` run in the folder ``cwd``, writing into "letters" there (the way
#: the README shows it: ``--out letters``); what goes before it kills the process.
EXPORT_INTO_RELATIVE_FOLDER = """
import os
os.chdir({cwd!r})
from uawriter.app import main
main(["export", "--pack", {pack!r}, "--lang", "en", "--sender-name", "Aigerim",
      "--out", "letters"])
"""


def test_f1_a_killed_export_into_a_relative_folder_is_never_tidied(tmp_path: Path) -> None:
    """The organiser exports the evening's faxes from a terminal opened in her "UA
    evening" folder: ``uawriter export --pack … --out letters``. The laptop dies as the
    first fax is about to be counted. In the morning she runs ``uawriter tally --pdf``
    from her home folder (or opens the window from the menu): the report says 0 letters,
    and "UA evening/letters" still holds "UA 129-10 - 01 President … fax.pdf", 0 bytes,
    with its hidden 37 kB copy, for good: export-folders.txt says "letters", which the
    start looks for beside wherever it was run. The same export with ``--out`` spelt out
    in full is tidied (probe 110c's own test)."""
    data = tmp_path / "data"
    evening = tmp_path / "UA evening"
    (evening / "letters").mkdir(parents=True)
    script = killed_as_the_first_is_counted() + EXPORT_INTO_RELATIVE_FOLDER.format(
        cwd=str(evening), pack=SEED_ID
    )
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    out = evening / "letters"
    assert [p for p in out.iterdir() if p.name.startswith(".")], "no hidden copy: not killed?"

    report = tmp_path / "report.pdf"
    morning = run_uawriter(data, "tally", "--pdf", str(report))  # run from elsewhere

    assert morning.returncode == 0, morning.stderr
    said = run_uawriter(data, "tally")
    assert said.stdout.startswith("Letters written: 0 "), said.stdout
    empty = [p.name for p in out.glob("*.pdf") if p.stat().st_size == 0]
    assert empty == [], f"empty PDFs under letters' names: {empty}"
    assert sorted(p.name for p in out.glob(".*")) == []


@pytest.mark.parametrize(
    ("address", "country", "town"),
    [
        (("Rua 17 de Setembro", "Luanda", "Luanda 1234"), "Angola", "luanda"),
        (("Amiri Diwan", "Doha 22222", "Doha"), "Qatar", "doha"),
        (("Ministry Building", "Kampala 12345", "Kampala"), "Uganda", "kampala"),
    ],
)
def test_f2_a_town_the_ua_gives_twice_is_printed_twice_with_its_number(
    address: tuple[str, ...], country: str, town: str
) -> None:
    """The UA gives the Angolan minister's address as "Rua 17 de Setembro", "Luanda",
    "Luanda 1234". Yesterday the envelope read "Rua 17 de Setembro / Luanda / ANGOLA".
    Today, the number kept with its town where Angola's format has no postcode, it reads
    "Luanda" and below it "LUANDA 1234": the repeated line is no longer the same line, and
    the town is printed twice (Qatar's "Doha", Uganda's "Kampala" too). Expected: the
    town once, with the number the UA gave."""
    lines = envelope_address(official(address, country, organisation="Ministry"), "DE").lines
    naming = [line for line in lines[:-1] if town in line.casefold()]
    assert len(naming) == 1, lines

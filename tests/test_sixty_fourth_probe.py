"""Probe 64: what still fails.

P64-F1  import's refusal header names the given .uapack file (or folder) with its line
        breaks kept: a stranger's 'a\\n<FORGED>\\n.uapack' on a stick prints a line
        'uawriter: installed pack …' of its own (P62-F3 fixed the entries' names and the
        problem lines, not the "<name> was not installed" line).
P64-F2  draft-pack prints the given file's name with its line breaks kept, in 'Draft pack
        from <path>:' and in its refusals ('<path>: is a zip file …').
P64-F3  (low) values typed on the command line are echoed with their line breaks kept:
        export/labels --to, tally --csv/--pdf/export paths, tally --date.

Each was so on a312ac6 and is fixed: a usage message, argparse's error, an import's
refusal line, draft-pack's refusal and a write's failure are each one line, their line
breaks shown as \\x0a.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers import TRAINING_ID, run_uawriter

FORGED = "uawriter: installed pack ua-129-10-u3 (revision 9), all checked"


def _forged_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(FORGED[:24])]


def _stranger_archive(path: Path) -> Path:
    """A .uapack that import refuses (its pack.toml is not a pack)."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("p/pack.toml", "format_version = 1\n")
    return path


# ------------------ P64-F1: the archive's own name in import's refusal header


@pytest.mark.parametrize("kind", ["archive", "folder"])
def test_f1_the_given_file_s_own_line_break_forges_no_line_in_import(
    tmp_path: Path, kind: str
) -> None:
    """`uawriter import /media/stick/*.uapack`; one file on the stick is named
    'a\\n<FORGED>\\n.uapack'. Import refuses it and prints
    'uawriter: a' / '<FORGED>' / '.uapack was not installed: 1 problem:' -- a line that
    says the seed pack was installed. The problem line below names the same file with \\x0a."""
    stick = tmp_path / "stick"
    stick.mkdir()
    if kind == "archive":
        given = _stranger_archive(stick / f"a\n{FORGED}\n.uapack")
    else:
        given = stick / f"d\n{FORGED}"
        given.mkdir()
    result = run_uawriter(tmp_path / "data", "import", str(given))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "was not installed" in output, output
    assert _forged_lines(output) == [], output


# ------------------ P64-F2: draft-pack's lines name the file with its line breaks


@pytest.mark.parametrize("kind", ["text", "zip"])
def test_f2_draft_pack_of_a_file_with_a_line_break_forges_no_line(
    tmp_path: Path, kind: str
) -> None:
    """`uawriter draft-pack /media/stick/<name>` of an Urgent Action a stranger saved as
    'ua\\n<FORGED>\\n.txt': 'Draft pack from /…/ua' / '<FORGED>' / '.txt: line numbers …'.
    A zip under that name: '/…/ua' / '<FORGED>' / '.txt: is a zip file …'."""
    stick = tmp_path / "stick"
    stick.mkdir()
    given = stick / f"ua\n{FORGED}\n.txt"
    if kind == "zip":
        _stranger_archive(given)
    else:
        given.write_text(
            "URGENT ACTION\nUA 12/26 Index: MDE 1/2026 Iran\nFREE THE TEACHER\n"
            "Send letters to: Head of Judiciary\nMr X\nEmail: info@x.example\nDear Sir\n",
            encoding="utf-8",
        )
    result = run_uawriter(tmp_path / "data", "draft-pack", str(given))
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert _forged_lines(output) == [], output


# ------------------ P64-F3 (low): typed values echoed with their line breaks


@pytest.mark.parametrize(
    "argv",
    [
        [
            "export",
            "--pack",
            TRAINING_ID,
            "--lang",
            "es",
            "--to",
            f"x\n{FORGED}",
            "--out",
            "OUT",
        ],
        [
            "labels",
            "--pack",
            TRAINING_ID,
            "--sheet",
            "l7160",
            "--to",
            f"x\n{FORGED}",
            "--out",
            "@LABELS@",
        ],
        ["tally", "--csv", f"NOWHERE/x\n{FORGED}/t.csv"],
        ["tally", "--pdf", f"NOWHERE/x\n{FORGED}/t.pdf"],
        ["tally", "export", f"NOWHERE/x\n{FORGED}/t.jsonl"],
        ["tally", "--date", f"x\n{FORGED}"],
    ],
    ids=[
        "export-to",
        "labels-to",
        "tally-csv",
        "tally-pdf",
        "tally-export",
        "tally-date",
    ],
)
def test_f3_a_typed_value_is_echoed_without_its_line_breaks(
    tmp_path: Path, argv: list[str]
) -> None:
    """The same values in other messages are shown with \\x0a (tally merge's 'no such file',
    validate's 'is not a folder', --sender-email's refusal); these keep the line break."""
    args = [
        a.replace("@LABELS@", str(tmp_path / "l.pdf"))
        .replace("OUT", str(tmp_path / "out"))
        .replace("NOWHERE", str(tmp_path / "nowhere"))
        for a in argv
    ]
    result = run_uawriter(tmp_path / "data", *args)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert _forged_lines(output) == [], output

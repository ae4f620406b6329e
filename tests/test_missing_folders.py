"""A file is written only into a folder that is there: with a USB stick not plugged in,
letters named for /media/STICK/... went onto the laptop's own disk under the empty mount
point, said to be saved. A folder named to hold letters may be new; the one above it not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import TRAINING_ID, run_uawriter
from uawriter.atomic import _a_stick_place, make_folder

LETTER = ["--pack", TRAINING_ID, "--lang", "es", "--sender-name", "Ann", "--channel", "post"]
ENVELOPES = ["envelopes", "--pack", TRAINING_ID, "--size", "dl"]
NO_FOLDER = "no such folder; is the USB stick plugged in? Nothing was written"


@pytest.mark.parametrize(
    ("argv", "missing"),
    [
        (["export", *LETTER, "--combined", "STICK/UA/letters.pdf"], "STICK/UA"),
        ([*ENVELOPES, "--out", "STICK/env.pdf"], "STICK"),
        (["labels", "--pack", TRAINING_ID, "--sheet", "l7160", "--out", "STICK/l.pdf"], "STICK"),
        (["export", *LETTER, "--out", "STICK/UA"], "STICK"),
        (["export", *LETTER, "--channel", "email", "--out", "STICK/outbox"], "STICK"),
        (["tally", "--csv", "STICK/t.csv"], "STICK"),
        (["tally", "export", "STICK/t.jsonl"], "STICK"),
        (["pack-export", TRAINING_ID, "STICK/UA/p.uapack"], "STICK/UA"),
    ],
)
def test_nothing_is_written_where_a_folder_is_missing(
    tmp_path: Path, argv: list[str], missing: str
) -> None:
    media = tmp_path / "media"
    media.mkdir()
    named = [part.replace("STICK", str(media / "STICK")) for part in argv]

    outcome = run_uawriter(tmp_path / "data", *named)

    assert outcome.returncode == 1, outcome.stderr
    assert outcome.stdout == ""
    where = missing.replace("STICK", str(media / "STICK"))
    assert outcome.stderr.endswith(f"uawriter: could not write {where}: {NO_FOLDER}\n")
    assert list(media.iterdir()) == []


def test_a_new_folder_beside_others_is_made_for_the_letters(tmp_path: Path) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()

    outcome = run_uawriter(tmp_path / "data", "export", *LETTER, "--out", str(stick / "UA"))

    assert outcome.returncode == 0, outcome.stderr
    (written,) = (stick / "UA").glob("*.pdf")
    assert outcome.stdout == f"{written}\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["pack-export", TRAINING_ID, "{afile}/x.uapack"],
        ["draft-pack", "--out", "{afile}/d", "{text}"],
        ["export", *LETTER, "--combined", "{afile}/x.pdf"],
        [*ENVELOPES, "--out", "{afile}/sub/e.pdf"],
    ],
)
def test_a_file_where_a_folder_should_be_is_named(tmp_path: Path, argv: list[str]) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a folder\n", encoding="utf-8")
    text = tmp_path / "ua.txt"
    text.write_text("UA 123/26\nIndex: MDE 01/2345/2026\nAn Urgent Action.\n", encoding="utf-8")

    names = {"afile": str(afile), "text": str(text)}
    outcome = run_uawriter(tmp_path / "data", *(part.format(**names) for part in argv))

    assert outcome.returncode == 1, outcome.stderr
    assert outcome.stderr.endswith(f"uawriter: could not write {afile}: is a file, not a folder\n")
    assert "Traceback" not in outcome.stderr
    assert afile.read_text(encoding="utf-8") == "not a folder\n"


def test_a_stick_not_plugged_in_is_not_made_at_its_mount_point() -> None:
    """``--out /media/ann/STICK`` with the stick out: /media/ann is there, STICK (its mount
    point, taken away by the system) is not, and is not made on the laptop's disk."""
    place = Path("/mnt")
    if not place.is_dir():
        pytest.skip("no /mnt on this system")
    absent = place / f"uawriter-absent-stick-{os.getpid()}"
    try:
        with pytest.raises(FileNotFoundError) as raised:
            make_folder(absent)
        assert raised.value.filename == str(absent)
        assert raised.value.strerror == NO_FOLDER
        assert not absent.exists()
    finally:
        if absent.is_dir():
            absent.rmdir()
    assert _a_stick_place(Path("/media/ann/STICK"))
    assert _a_stick_place(Path("/run/media/ann/STICK"))
    assert _a_stick_place(Path("/Volumes/STICK"))
    assert not _a_stick_place(Path("/media/ann/STICK/UA"))
    assert not _a_stick_place(Path("/home/ann/letters"))


def test_a_link_to_a_stick_not_plugged_in_is_said_so(tmp_path: Path) -> None:
    """A shortcut to the stick's folder, the stick out: export said the link "exists
    already … add --overwrite", and --overwrite said it again. A link to /media (a
    "usb" shortcut in the home folder) led to the stick's mount point made on the disk."""
    shortcut = tmp_path / "stick"
    shortcut.symlink_to(tmp_path / "media" / "ann" / "STICK")
    for extra in ([], ["--overwrite"]):
        outcome = run_uawriter(tmp_path / "data", "export", *LETTER, "--out", str(shortcut), *extra)
        assert outcome.returncode == 1, outcome.stderr
        assert outcome.stderr == (
            f"uawriter: could not write {shortcut} (a link to {tmp_path}/media/ann/STICK): "
            f"{NO_FOLDER}\n"
        )
    assert not (tmp_path / "media").exists()
    media = Path("/mnt")
    if media.is_dir():
        link = tmp_path / "usb"
        link.symlink_to(media)
        assert _a_stick_place(link / "STICK")


@pytest.mark.parametrize(
    ("argv", "option", "suggested"),
    [
        (["export", *LETTER, "--combined", "OUT"], "--combined", "letters.pdf"),
        (["export", *LETTER, "--combined", "OUT", "--overwrite"], "--combined", "letters.pdf"),
        ([*ENVELOPES, "--out", "OUT"], "--out", "envelopes.pdf"),
        (["tally", "--pdf", "OUT"], "--pdf", "report.pdf"),
        (["tally", "export", "OUT"], "tally export FILE", "tally.jsonl"),
    ],
)
def test_a_folder_named_for_one_file_is_said_first(
    tmp_path: Path, argv: list[str], option: str, suggested: str
) -> None:
    """`--combined letters/`: "exists already; add --overwrite", and --overwrite then
    said "not a regular file". The folder is said at once, with a file name to give."""
    out = tmp_path / "out"
    (out / "earlier").mkdir(parents=True)
    named = [part.replace("OUT", str(out)) for part in argv]

    outcome = run_uawriter(tmp_path / "data", *named)

    assert outcome.returncode == 2
    assert outcome.stderr == (
        f"uawriter: {out} is a folder, and {option} writes one file: name a file in it "
        f"({out / suggested}). Nothing was written\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["earlier"]


@pytest.mark.parametrize(
    "argv",
    [
        ["export", *LETTER, "--combined", "NEW/"],
        [*ENVELOPES, "--out", "NEW/"],
        ["tally", "--csv", "NEW/"],
        ["tally", "--pdf", "NEW/"],
        ["tally", "export", "NEW/"],
    ],
)
def test_a_new_folders_name_for_one_file_is_refused(tmp_path: Path, argv: list[str]) -> None:
    """`--combined newdir/` (a folder not made yet) was written as a file called
    "newdir", its letters counted (probe 32 F5)."""
    new = tmp_path / "newdir"
    named = [part.replace("NEW", str(new)) for part in argv]

    outcome = run_uawriter(tmp_path / "data", *named)

    assert outcome.returncode == 2
    assert f"'{new}/' ends with /, as a folder's name does: name the file to write" in (
        outcome.stderr
    )
    assert not new.exists()

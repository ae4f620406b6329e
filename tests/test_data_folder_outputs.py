"""No file the app writes for the volunteer (letters, envelopes, reports, shared packs,
drafts) goes into UA Writer's own data folder: a PDF there replaced the tally, every
letter of the evening uncounted, or broke an installed pack."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from uawriter.paths import AppPaths, InDataFolder, refuse_data_folder

LETTER = ["--pack", TRAINING_ID, "--lang", "es", "--sender-name", "Ann", "--channel", "post"]
ENVELOPES = ["envelopes", "--pack", TRAINING_ID, "--size", "dl"]


def _own_folder_refused(err: str, target: Path, data: Path) -> None:
    assert err.endswith(
        f"uawriter: {target}: this is inside UA Writer's own data folder {data}, which holds "
        "the tally and the packs; choose another folder. Nothing was written\n"
    ), err
    assert "Traceback" not in err


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_combined_export_over_the_tally_is_refused_and_the_tally_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = run_uawriter(data, "export", *LETTER, "--out", str(tmp_path / "letters"))
    assert first.returncode == 0, first.stderr
    tally = data / "tally.jsonl"
    counted = tally.read_bytes()
    assert counted

    for argv in (
        ["export", *LETTER, "--combined", str(tally), "--overwrite"],
        [*ENVELOPES, "--out", str(tally), "--overwrite"],
    ):
        outcome = run_uawriter(data, *argv)
        assert outcome.returncode == 1
        assert outcome.stdout == ""
        _own_folder_refused(outcome.stderr, tally, data)
        assert tally.read_bytes() == counted


@pytest.mark.parametrize(
    ("argv", "where"),
    [
        (["export", *LETTER, "--out", "{pack}/letters"], "{pack}/letters"),
        ([*ENVELOPES, "--out", "{pack}/pack.toml", "--overwrite"], "{pack}/pack.toml"),
        (["pack-export", TRAINING_ID, "{data}/shared.uapack"], "{data}/shared.uapack"),
        (["tally", "--csv", "{data}/t.csv"], "{data}/t.csv"),
        (["tally", "--pdf", "{data}/fonts/t.pdf"], "{data}/fonts/t.pdf"),
        (["tally", "export", "{data}/t.jsonl"], "{data}/t.jsonl"),
        (["draft-pack", "--out", "{data}/packs/draft", "{text}"], "{data}/packs/draft"),
        # through a link to the data folder, and by another way round
        (["export", *LETTER, "--out", "{link}/letters"], "{link}/letters"),
        (["export", *LETTER, "--combined", "{data}/../data"], "{data}/../data"),
    ],
)
def test_no_output_goes_into_the_data_folder(tmp_path: Path, argv: list[str], where: str) -> None:
    data = tmp_path / "data"
    pack = copy_bundled_pack(TRAINING_ID, data / "packs", "mine")
    edit_manifest(pack, f'id = "{TRAINING_ID}"', 'id = "mine"')
    text = tmp_path / "ua.txt"
    text.write_text("UA 123/26\nIndex: MDE 01/2345/2026\nAn Urgent Action.\n", encoding="utf-8")
    os.symlink(data, tmp_path / "link")
    names = {"pack": str(pack), "data": str(data), "link": str(tmp_path / "link")}
    names["text"] = str(text)
    before = _snapshot(data)

    outcome = run_uawriter(data, *(part.format(**names) for part in argv))

    assert outcome.returncode == 1, outcome.stderr
    assert outcome.stdout == ""
    _own_folder_refused(outcome.stderr, Path(where.format(**names)), data)
    assert _snapshot(data) == before
    listed = run_uawriter(data, "packs")
    assert listed.returncode == 0, listed.stderr
    assert "mine" in listed.stdout


def test_the_check_follows_links_and_passes_what_is_beside_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "UA Writer"
    data.mkdir()
    paths = AppPaths(data)
    os.symlink(data / "packs", tmp_path / "to-packs")
    for inside in (
        data,
        data / "tally.jsonl",
        data / "not" / "there" / "yet.pdf",
        tmp_path / "to-packs" / "x.pdf",  # a link into it, to a folder not there yet
        tmp_path / "elsewhere" / ".." / "UA Writer" / "t.csv",
    ):
        with pytest.raises(InDataFolder) as raised:
            refuse_data_folder(inside, paths)
        assert raised.value.filename == str(inside)
    for outside in (
        tmp_path / "UA Writer letters" / "a.pdf",  # a name that starts alike
        tmp_path / "letters.pdf",
        tmp_path,
    ):
        refuse_data_folder(outside, paths)

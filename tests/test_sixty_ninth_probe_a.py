"""Probe 69a: two findings, each test failing on the current code; both fixed.

P69a-F1  event.json's event id and name are read at any length (the window's dialog keeps
         them to 200 characters, the reader does not). With a damaged or hand-made
         event.json from a portable data folder (an event name of 20,000 characters), every
         export writes its letters and says so, but each letter's tally record is longer
         than a record may be (16 KiB): the next read skips it ("line 1 is too long to be a
         record") and the letters are not counted, on this laptop or after a merge.
P69a-F2  ``draft-pack --out FOLDER`` into a folder that cannot be written names a hidden
         temporary folder it made up (".d.674w69z4.uawriter-new"), not the folder typed.

Fixed: an event file whose id or texts are longer than the window writes is damaged, set
aside as any is; draft-pack's failure names the folder asked for.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import TRAINING_ID, run_uawriter


def _event_file(data: Path, **info: str) -> None:
    data.mkdir(parents=True, exist_ok=True)
    event = {"id": "ev-69a", "name": "Write for Rights", "place": "Hall", "date": "2026-12-06"}
    event.update(info)
    (data / "event.json").write_text(
        json.dumps(
            {
                "format": "uawriter-event",
                "version": 1,
                "event": event,
                "pin": {
                    "scheme": "pbkdf2-sha256",
                    "iterations": 120000,
                    "salt": "00" * 16,
                    "hash": "00" * 32,
                },
                "idle_minutes": 10,
                "volunteer": 1,
                "started": "2026-12-06T18:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )


# ------------------ P69a-F1: a long event name in event.json: letters written, not counted


@pytest.mark.parametrize("field", ["name", "id"])
def test_a_letter_exported_under_a_damaged_event_file_is_counted(
    tmp_path: Path, field: str
) -> None:
    data = tmp_path / "data"
    _event_file(data, **{field: "Write for Rights " * 1200})  # 20,400 characters
    exported = run_uawriter(
        data, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(tmp_path / "out")
    )
    assert exported.returncode == 0, exported.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1  # the letter went out
    shown = run_uawriter(data, "tally")
    # the letter written is counted (the event file set aside as damaged, or its name cut
    # as the window cuts it), never a record the tally cannot read back
    assert "too long to be a record" not in shown.stderr, shown.stderr
    assert "Letters written: 1 " in shown.stdout, shown.stdout + shown.stderr


# ------------------ P69a-F2: draft-pack --out names a hidden temporary folder


def test_draft_pack_into_a_folder_it_cannot_write_names_that_folder(tmp_path: Path) -> None:
    if not shutil.which("chattr"):
        pytest.skip("needs chattr (root) to make a folder that cannot be written")
    source = tmp_path / "ua.txt"
    source.write_text("URGENT ACTION\nUA 12/26\nFree Ali now\n", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    made = subprocess.run(["chattr", "+i", str(locked)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip("chattr +i refused here")
    try:
        run = run_uawriter(
            tmp_path / "data", "draft-pack", "--out", str(locked / "draft"), str(source)
        )
    finally:
        subprocess.run(["chattr", "-i", str(locked)], check=False)
    assert run.returncode != 0
    assert "could not write" in run.stderr, run.stderr
    # the folder she typed, not a hidden temporary one she never chose
    assert ".uawriter-new" not in run.stderr, run.stderr
    assert str(locked / "draft") in run.stderr, run.stderr

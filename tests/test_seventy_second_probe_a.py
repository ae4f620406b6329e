"""Probe 72a: one finding, its test failing on the current code; fixed.

P72a-F1  A tally line whose format version is ``true`` (or ``1.0``) is read as a record of
         version 1 and counted: ``data.get("v") != TALLY_VERSION`` lets ``True == 1`` and
         ``1.0 == 1`` through, where docs/tally-format.md says a version that is not a whole
         number is damage, skipped line by line (with a note), and every other whole-number
         field of the record (``update``, ``pages``, ``count``, ``of``) refuses a bool.
         ``tally export`` then writes the damaged line out again as a clean ``"v": 1``.

Fixed: the version must be a whole number (an int, not a bool or a float).
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import SEED_ID, run_uawriter


def _letter(record_id: str, version: object) -> str:
    return json.dumps(
        {
            "type": "letter",
            "v": version,
            "id": record_id,
            "time": "2026-12-10T20:00:00+05:00",
            "event_id": "",
            "event": "",
            "ua": "129/10",
            "update": 3,
            "pack_id": SEED_ID,
            "addressee_id": "president",
            "addressee": "President of Kazakhstan",
            "channel": "fax",
            "language": "ru",
            "pages": 3,
        }
    )


def test_a_tally_line_of_version_true_is_skipped_not_counted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    lines = [_letter("a" * 32, 1), _letter("b" * 32, True)]
    (data / "tally.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_uawriter(data, "tally")
    assert result.returncode == 0, result.stderr
    assert "Letters written: 1 " in result.stdout, result.stdout
    assert "line 2" in result.stderr, result.stderr

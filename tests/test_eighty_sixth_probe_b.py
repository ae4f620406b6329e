"""Probe 86b: the organiser's report the morning after, from tallies merged from three
laptops, with odd names and dates across midnight and time zones."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from helpers import normalise, pdf_pages_text, run_uawriter


def _letter(number: int, ua: str, time: str) -> dict[str, object]:
    return {
        "type": "letter", "v": 1, "id": f"l{number:04d}", "time": time, "event_id": "ev-1",
        "event": "Write for Rights", "ua": ua, "update": 0, "pack_id": f"ua-{number}",
        "addressee_id": "president", "addressee": "President", "channel": "post",
        "language": "en", "pages": 1,
    }  # fmt: skip


def test_f1_a_case_with_only_signatures_is_hidden_behind_cases_of_one_letter(
    tmp_path: Path,
) -> None:
    """A season's tally (every event merged from the laptops' sticks) holds 100 cases with
    one letter each, and UA 45/26, a petition, with 480 signatures and no letter. The
    organiser's one-page report sums up "the smallest cases" in one row: it lists 64 cases
    of one letter and hides UA 45/26 in "and 36 more cases", so the section office never
    reads how many signatures that case had. The cases are ranked by letters, e-mails and
    faxes only, and a case's signatures and cards count for nothing in the ranking."""
    data = tmp_path / "data"
    data.mkdir()
    records: list[dict[str, object]] = [
        _letter(n, f"{n}/25", "2026-12-10T23:30:00+01:00") for n in range(1, 101)
    ]
    petition = {
        "type": "extra", "v": 1, "id": "x1", "time": "2026-12-11T00:20:00+01:00",
        "event_id": "ev-1", "event": "Write for Rights", "ua": "45/26", "update": 0,
        "pack_id": "ua-45-26", "kind": "signatures", "count": 480,
    }  # fmt: skip
    records.append(petition)
    (data / "tally.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    report, table = tmp_path / "report.pdf", tmp_path / "report.csv"

    run = run_uawriter(data, "tally", "--pdf", str(report), "--csv", str(table))

    assert run.returncode == 0, run.stderr
    with table.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sum(int(r["count"]) for r in rows if r["channel"] == "post") == 100
    assert [r["ua"] for r in rows if r["channel"] == "signatures"] == ["45/26"]
    (page,) = pdf_pages_text(report)
    text = normalise(page)
    assert "100 letters written" in text
    assert "UA 45/26" in text, "the petition's 480 signatures are not shown against their case"

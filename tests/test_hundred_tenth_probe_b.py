"""Probe 110b: damaged state files and the postage table's CSV round trip (issue 12)."""

from __future__ import annotations

import pytest

from uawriter.storage.postage import Postage, csv_text, read_csv


@pytest.mark.parametrize(
    "note",
    [
        'Only by "EMS"',
        '"Prioritaire" only',
        'Suspended: see "Postal news"',
    ],
)
def test_f1_a_note_with_quotes_reads_back_as_written(note: str) -> None:
    """The organiser exports the postage table to CSV and imports it again, on this laptop
    or the next one. A note that starts or ends with a quoted word, such as Only by "EMS",
    came back with two more quotes at its end, and no message said so. Each further export
    and import added more, so the note shown beside "Send by" in the window filled up
    with them."""
    table = {
        code: Postage(code, "1.80", code == "RU", "") for code in ("BY", "CN", "EG", "KZ", "RU")
    }
    table["KZ"] = Postage("KZ", "1.80", False, note)

    assert read_csv(csv_text(table.values())) == table

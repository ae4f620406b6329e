"""Probe 50 (the issue's classes, fresh areas).

F1  The fax cover sheet, said to be one page, ran onto a second in Arabic and a third in
    Kazakh with every value at the bounds it cuts them to (its "Regarding" row and the note
    to the receiving office under the letter's "continued" header): the bounds are lower.
F2  An event named at more than 200 characters (the dialog took any length) could not be
    reported by its name: the tally reads names back cut at 200 characters. The dialog and
    a new event keep 200, and ``tally --event`` finds a longer name as the tally reads it.
"""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import normalise, run_uawriter
from uawriter.rendering.document import CoverSheet, OutgoingLetter, Paper
from uawriter.rendering.labels import labels_for
from uawriter.rendering.pdf import COVER_CONTACT_LINES, COVER_VALUE_CHARS, render_pdf
from uawriter.storage.tally import EventInfo

AR = "حرية التعبير حق أساسي للمعلمين والطلاب في كل مكان "
KK = "Қазақстан Республикасының Бас прокуратурасы азаматтардың құқықтарын қорғайды "


def _fill(text: str, n: int) -> str:
    return (text * (n // len(text) + 1))[:n]


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
@pytest.mark.parametrize(("lang", "words"), [("ar", AR), ("kk", KK)])
def test_the_cover_sheet_at_its_own_bounds_is_one_page(lang: str, words: str, paper: Paper) -> None:
    cover = CoverSheet(
        to=_fill(words, COVER_VALUE_CHARS["to"] + 50),
        fax="+7 7172 72 05 16",
        sender_name=_fill(words, COVER_VALUE_CHARS["sender"] + 50),
        sender_contact=tuple(
            _fill(words, COVER_VALUE_CHARS["contact"] + 50) for _ in range(COVER_CONTACT_LINES + 2)
        ),
        date_text="6 December 2026",
        regarding=_fill(words, COVER_VALUE_CHARS["regarding"] + 50),
    )
    letter = OutgoingLetter(lang, "Minister", "Dear Minister,\n\nPlease.\n\nYours,\n\nBob", cover)
    reader = PdfReader(io.BytesIO(render_pdf([letter], paper=paper)))
    assert len(reader.pages) == 2
    assert "Dear Minister" in reader.pages[1].extract_text()
    assert "Dear Minister" not in reader.pages[0].extract_text()
    if lang == "kk":  # pypdf gives Arabic glyphs in drawing order: Kazakh says it
        note = normalise(labels_for(lang)["note"])
        assert note[:30] in normalise(reader.pages[0].extract_text()).replace("\n", " ")


def _record(event_id: str, name: str, minute: int) -> str:
    return json.dumps(
        {
            "type": "letter", "v": 1, "id": uuid.uuid4().hex,
            "time": f"2026-12-10T19:{minute:02d}:00+05:00", "event_id": event_id,
            "event": name, "ua": "129/10", "update": 3, "pack_id": "ua-129-10-u3",
            "addressee_id": "president", "addressee": "President of Kazakhstan",
            "channel": "fax", "language": "kk", "pages": 2,
        },
        ensure_ascii=False,
    )  # fmt: skip


LONG_NAME = (
    "Write for Rights 2026 — Almaty, Astana, Shymkent, Karaganda, Aktobe, Taraz, Pavlodar, "
    "Ust-Kamenogorsk, Semey, Atyrau, Kostanay, Kyzylorda, Uralsk, Petropavl, Aktau, "
    "Temirtau, Turkestan, Kokshetau, Taldykorgan and Ekibastuz"
)


def test_an_event_named_at_length_is_reported_by_its_name(tmp_path: Path) -> None:
    """A tally written with a name of 248 characters (by a laptop before this change, or
    merged): ``tally --event`` with the name as typed finds it."""
    assert len(LONG_NAME) > 200
    data = tmp_path / "data"
    data.mkdir()
    event_id = uuid.uuid4().hex
    (data / "tally.jsonl").write_text(
        "".join(_record(event_id, LONG_NAME, m) + "\n" for m in (5, 10, 15)), encoding="utf-8"
    )
    done = run_uawriter(data, "tally", "--event", LONG_NAME)
    assert done.returncode == 0, done.stderr
    assert "3" in normalise(done.stdout)


def test_a_new_event_keeps_as_much_of_its_name_as_the_tally_reads_back() -> None:
    event = EventInfo.new(LONG_NAME, "Almaty " * 40, "2026-12-10")
    assert event.name == LONG_NAME[:200]
    assert len(event.place) <= 200

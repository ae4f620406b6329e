"""Probe 37: what it found, and what must hold instead."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import SEED_ID, run_uawriter
from qt_helpers import ModalAnswers
from test_event_window import (
    letter,
    tasks,  # noqa: F401 (a fixture)
)
from test_event_window import open_window as open_event_window
from test_tally_probe_window import _merge
from uawriter.domain.model import Pack
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.evenings import evenings, name_key
from uawriter.storage.tally import Channel, EventInfo, TallyBook

GENEVA = "Marathon des lettres – Genève"


def test_an_evening_named_with_a_composed_or_a_combining_accent_is_one_evening(
    tmp_path: Path, packs: dict[str, Pack]
) -> None:
    """Laptop A's organiser typed the name ("è", as keyboards give it); laptop B's pasted
    it from the invitation PDF ("e" and U+0300, as macOS and many PDFs give it). The two
    look the same everywhere, yet the merged evening was two, without a word, and
    `tally --event` reported 3 letters of 7."""
    ua = packs[SEED_ID]
    here = EventInfo("a", unicodedata.normalize("NFC", GENEVA), "Genève", "2026-12-10")
    there = EventInfo("b", unicodedata.normalize("NFD", GENEVA), "Genève", "2026-12-10")
    assert here.name != there.name
    data = tmp_path / "data"
    data.mkdir()
    mine = [
        letter(ua, n % 3, Channel.POST, "fr", f"2026-12-10T19:1{n}:00+01:00", here)
        for n in range(3)
    ]
    TallyBook(data / "tally.jsonl").record(mine)
    b = TallyBook(tmp_path / "b" / "tally.jsonl")
    b.record(
        [
            letter(ua, n % 3, Channel.FAX, "fr", f"2026-12-10T19:2{n}:00+01:00", there)
            for n in range(4)
        ]
    )
    b.export_to(tmp_path / "b.jsonl")

    merged = run_uawriter(data, "tally", "merge", str(tmp_path / "b.jsonl"))

    assert merged.returncode == 0, merged.stderr
    assert [e.letters for e in evenings(TallyBook(data / "tally.jsonl").read_whole())] == [7]
    for typed in (here.name, there.name, "marathon des LETTRES – genève"):
        report = run_uawriter(data, "tally", "--event", typed)
        assert "Letters written: 7" in report.stdout, report.stdout + report.stderr


def test_names_that_only_look_alike_stay_apart() -> None:
    """What the comparison folds: forms of one text, not another name's letters."""
    assert name_key("Ｗrite for Rights") == name_key("write for rights")  # full-width W
    assert name_key("Geneve") != name_key("Genève")
    assert name_key("Вечер писем") != name_key("Bечер писем")  # a Latin B is not Cyrillic


def _records(count: int, version: int, prefix: str) -> str:
    return "".join(
        json.dumps(
            {
                "v": version,
                "type": "letter",
                "id": f"{prefix}{i}",
                "time": "2026-12-10T19:00:00+01:00",
                "event_id": "evening-1",
                "event": "Write for Rights",
                "ua": "129/10",
                "update": 3,
                "pack_id": SEED_ID,
                "addressee_id": "president",
                "addressee": "President of Kazakhstan",
                "channel": "post",
                "language": "en",
                "pages": 1,
            }
        )
        + "\n"
        for i in range(count)
    )


def test_a_tally_of_a_newer_version_is_refused_as_such_not_called_damaged(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """Laptop B runs a newer UA Writer (tally format 2): its 40 letters were listed under
    "Skipped, because the file is damaged there", one line each, with no word of updating."""
    source = tmp_path / "laptop-b.jsonl"
    source.write_text(_records(40, 2, "b"), encoding="utf-8")
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    window = open_event_window(qtbot, book, tasks, packs)

    text = _merge(qtbot, window, answers, source, "warning")

    assert (
        "laptop-b.jsonl was written by a newer UA Writer (tally format 2): update UA Writer on "
        "this laptop, then merge it again. Nothing was added." in text
    )
    assert "damaged" not in text
    assert book.read().letters == ()
    done = run_uawriter(tmp_path / "data", "tally", "merge", str(source))
    assert done.returncode == 1
    assert done.stderr == (
        "uawriter: laptop-b.jsonl was written by a newer UA Writer (tally format 2): update UA "
        "Writer on this laptop, then merge it again; nothing merged from it\n"
    )


def test_a_tally_partly_of_a_newer_version_merges_what_it_can_and_says_what_was_not(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """A laptop updated in the middle of the season: its old letters are merged, and the
    new ones are told of once, with what to do."""
    source = tmp_path / "laptop-b.jsonl"
    source.write_text(_records(2, 1, "old") + _records(30, 2, "new"), encoding="utf-8")
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    window = open_event_window(qtbot, book, tasks, packs)

    text = _merge(qtbot, window, answers, source, "mergeReport")

    assert "\n2 new record" in text
    assert "Skipped" not in text
    assert (
        "• laptop-b.jsonl: 30 records written by a newer UA Writer (tally format 2) not read: "
        "update UA Writer on this laptop to count them" in text
    )
    assert len(book.read().letters) == 2


def test_the_merge_box_says_how_many_damaged_lines_were_skipped(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """A stick's file with 40 damaged lines, then 2 good letters: the box listed 10 notes
    and dropped the rest, "N more lines skipped" with them: the organiser read that 10
    lines were lost, not 40."""
    source = tmp_path / "laptop-b.jsonl"
    damaged = "".join(f'{{"v": 1, "type": "letter", "id": "x{i}", "ti\n' for i in range(40))
    source.write_text(damaged + _records(2, 1, "ok"), encoding="utf-8")
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    window = open_event_window(qtbot, book, tasks, packs)

    text = _merge(qtbot, window, answers, source, "mergeReport")

    assert "• laptop-b.jsonl: line 20 is damaged; skipped" in text
    assert "• laptop-b.jsonl: 20 more lines skipped" in text

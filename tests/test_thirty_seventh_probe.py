"""Probe 37: what it found, and what must hold instead."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from helpers import SEED_ID, run_uawriter
from test_event_window import letter
from uawriter.domain.model import Pack
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

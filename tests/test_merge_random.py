"""Random edits, then the letter composed again: a seeded driver of the real session over
the seed pack, kept in the suite (probes 58 and 60 drove hundreds of such sequences by hand
and found what the fixed cases missed). The rules checked are the volunteer's: a line she
typed stays, once, when a point is ticked or unticked or her details change, and when she
looks at another addressee's letter and comes back; a letter she did not touch is the
template's own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest

from helpers import SEED_ID, copy_bundled_pack
from uawriter.domain.model import Pack, Sender
from uawriter.packs.loader import load_pack
from uawriter.session import LetterSession

DATE = dt.date(2026, 12, 10)
SENDERS = (
    Sender(""),
    Sender("Anna Sadykova"),
    Sender("Anna Sadykova", address=("12 Main St", "Almaty"), town="Almaty"),
    Sender("Anna Sadykova", address=("12 Main St", "Almaty"), sign_with_initials=True),
)


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    loaded = load_pack(copy_bundled_pack(SEED_ID, Path(tmp_path_factory.mktemp("packs"))))
    assert isinstance(loaded, Pack)
    return loaded


def _typed(r: random.Random, session: LetterSession, marker: str) -> LetterSession:
    """One line of hers put where volunteers put them: under the greeting, between two
    paragraphs, at the top, under the closing, as a P.S., or over a paragraph."""
    lines = session.text.split("\n")
    where = r.choice(["greeting", "between", "top", "closing", "ps", "over"])
    if where == "greeting":
        at = next(i for i, line in enumerate(lines) if line.startswith("Dear "))
        lines[at + 1 : at + 1] = ["", marker] if r.random() < 0.5 else [marker]
    elif where == "between":
        blanks = [i for i, line in enumerate(lines[:-1]) if not line.strip()]
        at = r.choice(blanks)
        lines[at:at] = ["", marker]
    elif where == "top":
        lines.insert(0, marker)
    elif where == "closing":
        at = next(i for i, line in enumerate(lines) if line.startswith("Yours sincerely"))
        lines.insert(at + 1, marker)
    elif where == "ps":
        lines[-1:-1] = ["", f"P.S. {marker}"]
    else:
        long = [i for i, line in enumerate(lines) if len(line) > 60 and "MINE" not in line]
        lines[r.choice(long)] = marker
    return session.with_text("\n".join(lines))


def _composed_again(r: random.Random, session: LetterSession, pack: Pack) -> LetterSession:
    """A point ticked or unticked, or her name or details changed."""
    points = [p.id for p in pack.talking_points]
    if r.random() < 0.5:
        chosen = set(session.points) ^ {r.choice(points)}
        return session.with_points([p for p in points if p in chosen])
    sender = r.choice(SENDERS)
    if sender == session.sender:
        sender = dataclasses.replace(sender, name=sender.name + " Petrova")
    return session.with_sender(sender)


@pytest.mark.parametrize("block", range(4))
def test_her_lines_survive_the_letter_composed_again(pack: Pack, block: int) -> None:
    for seed in range(block * 75, block * 75 + 75):
        r = random.Random(seed)
        points = [p.id for p in pack.talking_points if r.random() < 0.8]
        session = LetterSession.start(
            pack, "en", r.choice(pack.addressees), r.choice(SENDERS), DATE, points
        )
        assert session.text == session.base  # untouched: the template's own
        mine: list[str] = []
        for step in range(r.randint(1, 3)):
            for n in range(r.randint(1, 3)):
                marker = f"MINE {seed}.{step}.{n} my own words"
                session = _typed(r, session, marker)
                mine.append(marker)
            session = _composed_again(r, session, pack)
            for marker in mine:  # the same letter: nothing of hers is left out, or doubled
                assert session.text.count(marker) == 1, (seed, marker, session.text)


def test_her_lines_come_back_with_the_letter_she_left(pack: Pack) -> None:
    """To another addressee and back: each line of hers is there once."""
    for seed in range(40):
        r = random.Random(seed)
        first, other = r.sample(list(pack.addressees), 2)
        session = LetterSession.start(pack, "en", first, r.choice(SENDERS), DATE)
        mine = [f"MINE {seed}.{n} my own words" for n in range(r.randint(1, 3))]
        for marker in mine:
            session = _typed(r, session, marker)
        away, _ = session.with_addressee(other)
        back, _ = away.with_addressee(first)
        for marker in mine:
            assert back.text.count(marker) == 1, (seed, marker, back.text)
        assert back.text == session.text

"""Letters composed from the bundled packs' templates."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from helpers import KAZAKH_LETTERS, SEED_ID, TRAINING_ID
from uawriter.domain.model import Pack, Sender
from uawriter.engine import compose
from uawriter.letters import LetterRequest, format_letter_date
from uawriter.letters.compose import template_context

DATE = dt.date(2011, 7, 15)


@pytest.mark.parametrize(
    ("lang", "salutation", "date_text"),
    [
        ("en", "Dear Prosecutor General,", "15 July 2011"),
        ("ru", "Уважаемый господин Генеральный прокурор!", "15 июля 2011\u202fг."),
        ("kk", "Құрметті Бас прокурор мырза!", "2011\u202fж. 15 шілде"),
    ],
)
def test_seed_letter_has_salutation_date_address_and_points(
    packs: dict[str, Pack], sender: Sender, lang: str, salutation: str, date_text: str
) -> None:
    pack = packs[SEED_ID]
    text = compose(pack, "prosecutor-general", lang, sender, DATE)
    lines = text.splitlines()
    assert salutation in lines
    assert date_text in lines
    for line in ("Mr Ashat Daulbayev", "8, Orynbor St., House of Ministries", "Astana 01000"):
        assert line in lines
    for point in pack.talking_points:
        assert point.text.get(lang) in lines
    assert lines[0] == "Aigerim N."
    assert "aigerim@example.org" in lines
    assert "\n\n\n" not in text


def test_dates_come_from_cldr_in_the_letter_language() -> None:
    day = dt.date(2026, 3, 8)
    assert format_letter_date(day, "kk") == "2026\u202fж. 8 наурыз"
    assert format_letter_date(day, "ru") == "8 марта 2026\u202fг."
    assert format_letter_date(day, "fr") == "8 mars 2026"
    assert format_letter_date(day, "es") == "8 de marzo de 2026"


def test_kazakh_letter_keeps_kazakh_letters(packs: dict[str, Pack], sender: Sender) -> None:
    text = compose(packs[SEED_ID], "president", "kk", sender, DATE)
    used = {c for c in text if c in KAZAKH_LETTERS}
    assert len(used) >= 10, used  # Ә Ғ Қ Ң Ө Ұ Ү І in real words, upper and lower case


def test_without_sender_details_no_empty_lines_pile_up(packs: dict[str, Pack]) -> None:
    text = compose(packs[SEED_ID], "president", "en", Sender(), DATE)
    assert text.startswith("15 July 2011\n\nNursultan Nazarbaev\n")
    assert "\n\n\n" not in text


def test_only_chosen_talking_points_are_written(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    first, second = pack.talking_points[0], pack.talking_points[1]
    text = compose(pack, "president", "en", Sender(), DATE, points=[second.id])
    assert second.text.get("en") in text
    assert first.text.get("en") not in text


def test_training_pack_letters_in_spanish_and_french(packs: dict[str, Pack]) -> None:
    pack = packs[TRAINING_ID]
    assert pack.letter_languages == ("es", "fr")
    es = compose(pack, "justice-minister", "es", Sender("Lucía"), DATE)
    fr = compose(pack, "justice-minister", "fr", Sender("Lucie"), DATE)
    assert "Estimada Señora Ministra:" in es
    assert "15 de julio de 2011" in es
    assert "Madame la Ministre," in fr
    assert "15 juillet 2011" in fr


def test_every_name_templates_get_is_documented(packs: dict[str, Pack], sender: Sender) -> None:
    """docs/pack-format.md lists the template context; the list and the code agree."""
    pack = packs[SEED_ID]
    context = template_context(LetterRequest(pack, pack.addressees[0], "en", sender, DATE))
    names = set()
    for key, value in context.items():
        if isinstance(value, SimpleNamespace):
            names.update(f"{key}.{field}" for field in vars(value))
        else:
            names.add(key)
    doc = (Path(__file__).parents[1] / "docs" / "pack-format.md").read_text(encoding="utf-8")
    section = doc.split("### What a template can use", 1)[1].split("\n### ", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_.]+)` \|", section, flags=re.MULTILINE))
    assert documented == names

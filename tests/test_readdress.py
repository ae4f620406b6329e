"""A copy on the stack made out again to an address book entry corrected since: the
address block and greeting the template wrote are changed, the volunteer's words kept, and
a block she changed by hand is left as it is (``letters.readdressed_text``)."""

from __future__ import annotations

import datetime as dt

from helpers import SEED_ID
from uawriter.domain.model import Pack, Sender
from uawriter.engine import compose
from uawriter.letters import readdressed_text
from uawriter.storage.address_book import Contact

SENTENCE = "Our group in Leeds has followed these families' case since 2011."


def _embassy(street: str, greeting: str = "Your Excellency") -> Contact:
    return Contact(
        "Ambassador of Kazakhstan",
        organisation="Embassy of the Republic of Kazakhstan",
        address=(street, "London W8 5DA"),
        country="United Kingdom",
        salutation=greeting,
        represents="KZ",
    )


def _letter_to(pack: Pack, contact: Contact) -> str:
    return (
        compose(pack, contact.as_addressee(0), "en", Sender("Ann Smith"), dt.date(2026, 12, 7))
        + SENTENCE
    )


def test_the_address_block_and_greeting_are_made_out_to_the_corrected_entry(
    packs: dict[str, Pack],
) -> None:
    pack = packs[SEED_ID]
    old, new = _embassy("1 Embassy Row"), _embassy("47 Kensington Court", "Dear Ambassador")
    text = _letter_to(pack, old)
    assert "1 Embassy Row" in text
    assert "Your Excellency," in text

    made = readdressed_text(text, "en", old.as_addressee(0), new.as_addressee(0))

    assert made is not None
    assert "47 Kensington Court" in made
    assert "1 Embassy Row" not in made
    assert "Dear Ambassador," in made
    assert "Your Excellency" not in made
    assert made.endswith(SENTENCE)  # her words kept
    assert (
        made.replace("47 Kensington Court", "1 Embassy Row").replace(
            "Dear Ambassador", "Your Excellency"
        )
        == text
    )


def test_an_address_changed_by_hand_is_not_made_out_unseen(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    old, new = _embassy("1 Embassy Row"), _embassy("47 Kensington Court")
    text = _letter_to(pack, old).replace("London W8 5DA", "London W8 5DA (by hand)")

    assert readdressed_text(text, "en", old.as_addressee(0), new.as_addressee(0)) is None


def test_a_letter_to_an_entry_that_did_not_change_is_as_it_was(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    old = _embassy("1 Embassy Row")
    text = _letter_to(pack, old)

    assert readdressed_text(text, "en", old.as_addressee(0), old.as_addressee(0)) == text

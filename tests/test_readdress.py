"""A copy on the stack made out again to an address book entry corrected since: the
address block and greeting the template wrote are changed, the volunteer's words kept, and
a block she changed by hand is left as it is (``letters.readdressed_text``)."""

from __future__ import annotations

import datetime as dt

from helpers import SEED_ID
from uawriter.domain.model import Pack, Sender
from uawriter.letters import LetterRequest, compose_letter, readdressed_text
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


def _request(pack: Pack, contact: Contact) -> LetterRequest:
    return LetterRequest(
        pack, contact.as_addressee(), "en", Sender("Ann Smith"), dt.date(2026, 12, 7)
    )


def _letter_to(pack: Pack, contact: Contact) -> str:
    return compose_letter(_request(pack, contact)) + SENTENCE


def test_the_address_block_and_greeting_are_made_out_to_the_corrected_entry(
    packs: dict[str, Pack],
) -> None:
    pack = packs[SEED_ID]
    old, new = _embassy("1 Embassy Row"), _embassy("47 Kensington Court", "Dear Ambassador")
    text = _letter_to(pack, old)
    assert "1 Embassy Row" in text
    assert "Your Excellency," in text

    made = readdressed_text(text, _request(pack, old), new.as_addressee())

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
    """The line the correction changes, changed by her too: which is right is not known."""
    pack = packs[SEED_ID]
    old, new = _embassy("1 Embassy Row"), _embassy("47 Kensington Court")
    text = _letter_to(pack, old).replace("1 Embassy Row", "1 Embassy Row, Flat 2")

    assert readdressed_text(text, _request(pack, old), new.as_addressee()) is None


def test_a_line_of_hers_beside_the_corrected_one_is_kept(packs: dict[str, Pack]) -> None:
    """She added to the line below the street ("FAO the consul"); the street is corrected,
    her line kept as she wrote it."""
    pack = packs[SEED_ID]
    old, new = _embassy("1 Embassy Row"), _embassy("47 Kensington Court")
    text = _letter_to(pack, old).replace("London W8 5DA", "London W8 5DA (FAO the consul)")

    made = readdressed_text(text, _request(pack, old), new.as_addressee())

    assert made is not None
    assert made == text.replace("1 Embassy Row", "47 Kensington Court")


def test_a_letter_to_an_entry_that_did_not_change_is_as_it_was(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    old = _embassy("1 Embassy Row")
    text = _letter_to(pack, old)

    assert readdressed_text(text, _request(pack, old), old.as_addressee()) == text

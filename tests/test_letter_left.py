"""A letter she left for another addressee's, with a line that could not go with her (one
she added to the President's inside address): going back to it, or sending it from the
other letter, gives that line back, with what she wrote in the other letter since."""

from __future__ import annotations

from test_fifty_eighth_probe import _session
from uawriter.session import LetterSession

MINE = "Akorda Residence"


def _with_address_line() -> tuple[object, LetterSession]:
    pack, session = _session()
    return pack, session.with_text(
        session.text.replace("Levoberezhe Street\n", f"Levoberezhe Street\n{MINE}\n")
    )


def test_back_to_the_president_gives_back_her_line_in_his_address() -> None:
    pack, session = _with_address_line()
    president, prosecutor = pack.addressees[0], pack.addressees[1]  # type: ignore[attr-defined]
    at_prosecutors, away = session.with_addressee(prosecutor)
    assert MINE in away.skipped  # said when she left
    assert MINE not in at_prosecutors.text.split("Dear ")[0]

    back, merged = at_prosecutors.with_addressee(president)
    assert back.text == session.text
    assert merged.skipped == ()
    assert not back.left  # nothing held any more: it is on screen


def test_what_she_wrote_in_the_other_letter_goes_back_with_her() -> None:
    pack, session = _with_address_line()
    president, prosecutor = pack.addressees[0], pack.addressees[1]  # type: ignore[attr-defined]
    at_prosecutors, _ = session.with_addressee(prosecutor)
    also = "I write from Almaty, where I was born."
    typed = at_prosecutors.with_text(at_prosecutors.text.rstrip("\n") + f"\n\n{also}\n")

    # sent from the Prosecutor's letter: the President's has both her lines, once each
    for letter in (typed.letter_for(president).text, typed.with_addressee(president)[0].text):
        assert letter.count(MINE) == 1, letter
        assert letter.count(also) == 1, letter
        assert letter.index(MINE) < letter.index("Dear ")


def test_the_letter_she_left_changes_as_the_one_shown_does() -> None:
    """Points unticked, or her name typed, in the other letter: the letter she left is
    written as the template writes it now, her line still in it (it was composed again
    without her line, which was lost)."""
    from uawriter.domain.model import Sender

    pack, session = _with_address_line()
    president, prosecutor = pack.addressees[0], pack.addressees[1]  # type: ignore[attr-defined]
    at_prosecutors, _ = session.with_addressee(prosecutor)
    points = [p.id for p in pack.talking_points]  # type: ignore[attr-defined]
    fewer = at_prosecutors.with_points(points[:2])
    signed = fewer.with_sender(Sender("Aigerim Nurlanovna", ("12 Abay Avenue", "Almaty")))
    also = "I write from Almaty, where I was born."
    head, closing, signature = signed.text.rpartition("Yours sincerely,\n")
    typed = signed.with_text(f"{head}{closing}\n{also}{signature}")
    for back in (typed.with_addressee(president)[0].text, typed.letter_for(president).text):
        assert pack.talking_points[3].text.get("en").strip() not in back  # type: ignore[attr-defined]
        assert back.count(MINE) == 1, back
        assert back.count("Aigerim Nurlanovna") == 2, back  # above the date, and signed
        assert back.count("12 Abay Avenue") == 1, back
        assert back.count(also) == 1, back
        assert back.index(MINE) < back.index("Dear ")


def test_next_volunteer_starts_with_nothing_held() -> None:
    pack, session = _with_address_line()
    at_prosecutors, _ = session.with_addressee(pack.addressees[1])  # type: ignore[attr-defined]
    assert at_prosecutors.left
    assert not at_prosecutors.reset().left
    assert not at_prosecutors.with_language("ru").left


def test_a_letter_left_that_could_not_follow_her_details_is_not_kept_in_a_draft() -> None:
    """A letter left that is composed for details she no longer has (one whose lines could
    not be replayed when they changed) is not given back, nor kept in a draft: at an event
    it would hold the details a draft never holds."""
    import dataclasses

    pack, session = _with_address_line()
    at_prosecutors, _ = session.with_addressee(pack.addressees[1])  # type: ignore[attr-defined]
    (left,) = at_prosecutors.left_as_composed_now()
    stale = dataclasses.replace(left, composed=left.composed.replace("Dear", "Hello"))
    held = dataclasses.replace(at_prosecutors, left=(stale,))
    assert held.left_as_composed_now() == ()
    assert MINE not in held.letter_for(pack.addressees[0]).text  # type: ignore[attr-defined]

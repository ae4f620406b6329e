"""Probe 44 (the last stop's fixes, above all 7aa3bce).

F1  A line after the first holding the postcode's text as a word held the town line, even
    with no town beside it: a post box numbered as the postcode ("P.O. Box 1000" in
    Skopje), a "-" typed for a country without postcodes, or a street line ending in the
    postcode ("2 Marsham Street, SW1P 4DF") left the letter with no town at all.
F2  After a No to "Did you write them?", every unsigned letter until Next volunteer went
    into the turn of the letters that were not his, however much later: a volunteer
    exporting without a name a quarter of an hour on was counted as her letters put right.
F3  A second No (his own letter exported between the two) put her letters into his turn.
F4  A quoted-printable note's line "EMAIL: …=0D=0A=" in capitals became the contact's
    e-mail, and the card's own EMAIL was not read.
F5  A phone number held left to right by a paired LRE…PDF in an Arabic letter lost the pair
    and was drawn "0000 7000 20 44+".
F6  A Tibetan paragraph, written without spaces, was broken with a space before a vowel
    sign (drawn on a dotted circle).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers import ROOT, SEED_ID, TRAINING_ID
from qt_helpers import ModalAnswers
from test_evening import _at_an_event, _export_all
from test_forty_second_probe import _export_stack
from test_gui import open_window
from test_stack import TRAINING, _stack, _write
from test_thirty_seventh_probe import _add_to_stack, _sign
from uawriter.domain.model import Pack
from uawriter.drafting.tidy import _normalise
from uawriter.engine import Letter
from uawriter.packs.loader import load_pack
from uawriter.rendering.bidi import visual
from uawriter.storage.contact_files import read_csv, read_vcards
from uawriter.storage.tally import read_tally_file
from uawriter.storage.tally_totals import totals
from uawriter.storage.turns import UNSIGNED_GAP_SECONDS, Turns

# ---------------------------------------------------------------- F1: the town line


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        (
            "name,address,postcode,city",
            'Mr X,"Embassy of Valdoria\nP.O. Box 1000",1000,Skopje',
            ("Embassy of Valdoria", "P.O. Box 1000", "1000 Skopje"),
        ),
        (
            "name,address,postcode,city",
            'Mr X,"Ministry of Justice\nPostfach 1000",1000,Wien',
            ("Ministry of Justice", "Postfach 1000", "1000 Wien"),
        ),
        (
            "name,address line 1,address line 2,postcode,city",
            "Mr X,Embassy of Valdoria,P.O. Box 2600,2600,Canberra",
            ("Embassy of Valdoria", "P.O. Box 2600", "2600 Canberra"),
        ),
        (  # no postcode there: the dash is not written either
            "name,address,postcode,city",
            'Mr X,"Embassy of Valdoria\nAl Wasl Road - Jumeirah",-,Dubai',
            ("Embassy of Valdoria", "Al Wasl Road - Jumeirah", "Dubai"),
        ),
        (
            "name,address,postcode,city",
            'Mr X,"Home Office\n2 Marsham Street, SW1P 4DF",SW1P 4DF,London',
            ("Home Office", "2 Marsham Street, SW1P 4DF", "SW1P 4DF London"),
        ),
        (
            "name,address,postcode,city",
            'Mr X,"High Commission\nPlot 1000, Kampala Road",1000,Kampala',
            ("High Commission", "Plot 1000, Kampala Road", "1000 Kampala"),
        ),
        (
            "name,address,postcode,city",
            'Mr X,"Embassy of Valdoria\nBox 2600 Kingston",2600,Canberra',
            ("Embassy of Valdoria", "Box 2600 Kingston", "2600 Canberra"),
        ),
        (
            "name,address,postcode,city",
            'Mr X,"Embajada de Valdoria\nApartado 1000",1000,San José',
            ("Embajada de Valdoria", "Apartado 1000", "1000 San José"),
        ),
    ],
    ids=["po-box", "postfach", "address-line-2", "dash", "uk-street", "plot", "box-town", "apdo"],
)
def test_a_later_line_holding_the_postcode_but_no_town_keeps_the_town_line(
    header: str, cells: str, expected: tuple[str, ...]
) -> None:
    (contact,) = read_csv(f"{header}\n{cells}\n")
    assert contact.address == expected


@pytest.mark.parametrize(
    ("line", "postcode", "city"),
    [
        ("60311 Frankfurt am Main", "60311", "Frankfurt"),
        ("Canberra ACT 2600", "2600", "Canberra"),
        ("1211 Genève 20", "1211", "Geneve"),
        ("1050 Bruxelles", "1050", "Brussels"),
        ("118 00 Praha 1", "118 00", "Prague"),
        ("75007 Paris Cedex 07", "75007", "Paris"),
        ("9000 St Gallen", "9000", "St. Gallen"),
    ],
)
def test_the_town_written_otherwise_beside_its_postcode_is_written_once(
    line: str, postcode: str, city: str
) -> None:
    """What probe 43 F1 asked still holds: the postcode beside the town as the post
    writes it (another language, a district, "Cedex") holds the town line."""
    (contact,) = read_csv(
        f'name,address,postcode,city\nMr X,"Embassy of Valdoria\n{line}",{postcode},{city}\n'
    )
    assert contact.address == ("Embassy of Valdoria", line)


@pytest.mark.parametrize(
    ("line", "postcode", "city"),
    [
        ("50667 Köln", "50667", "Cologne"),
        ("1010 Wien", "1010", "Vienna"),
        ("11000 Beograd", "11000", "Belgrade"),
    ],
)
def test_a_town_in_another_language_is_written_again_rather_than_lost(
    line: str, postcode: str, city: str
) -> None:
    """Nothing tells "1010 Wien" from "Postfach 1010" but the town's name: a town the
    address writes in another language than the City column gets its line again, where a
    post box of any language lost the town."""
    (contact,) = read_csv(
        f'name,address,postcode,city\nMr X,"Embassy of Valdoria\n{line}",{postcode},{city}\n'
    )
    assert contact.address == ("Embassy of Valdoria", line, f"{postcode} {city}")


# ---------------------------------------------------------------- F2, F3: turns after a No


def test_unsigned_letters_long_after_the_stack_went_out_are_a_turn_of_their_own() -> None:
    t = [0.0]
    turns = Turns(clock=lambda: t[0])
    anne = turns.id
    t[0] = 60
    turns.apart()  # Bob: "No"
    t[0] = 70
    assert turns.of("", on_stack=True) == anne  # as told: Export all (hers)
    turns.stack_emptied()
    t[0] = 80
    bob = turns.of("Bob Jones")
    t[0] = 80 + UNSIGNED_GAP_SECONDS + 720  # Carol, without a name
    carol = turns.of("")
    assert len({anne, bob, carol}) == 3
    t[0] += 60  # and Carol's next, from her stack
    assert turns.of("", on_stack=True) == carol


def test_a_second_no_keeps_her_letters_in_their_turn() -> None:
    turns = Turns(clock=lambda: 0.0)
    anne = turns.id
    turns.apart()  # Bob: Add to stack -> No
    bob = turns.of("Bob Jones")  # he exports that letter from the letter pane
    turns.apart()  # his next action: Add to stack -> asked again -> No
    assert turns.of("", on_stack=True) == anne  # as told now: Export all
    assert turns.of("Bob Jones") == bob


def _no(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.No).click()


@pytest.mark.parametrize("carol_uses", ["letter pane", "stack"])
def test_unsigned_letters_long_after_a_no_are_a_turn_of_their_own(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, carol_uses: str
) -> None:
    """Anne's unsigned letters on the stack; Bob: No, Export all, his own; 15 minutes
    later Carol takes Bob's name out and exports her letters to the same officials. They
    went into Anne's turn and replaced hers in the counts: 9 letters written, 6 counted."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    clock = [1000.0]
    window.turns._clock = lambda: clock[0]
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    _sign(window, "Bob Jones")
    _write(qtbot, window, SEED_ID)
    answers.expect("unsignedStackQuestion", _no)
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: "unsignedStackQuestion" in answers.seen)
    hers = _export_stack(qtbot, window, answers, tmp_path / "hers")
    _stack(qtbot, window, answers, SEED_ID)
    his = _export_stack(qtbot, window, answers, tmp_path / "his")
    clock[0] += 900
    _sign(window, "")
    _write(qtbot, window, SEED_ID)
    if carol_uses == "stack":
        _stack(qtbot, window, answers, SEED_ID)
        carols = _export_stack(qtbot, window, answers, tmp_path / "carol")
    else:
        (tmp_path / "carol").mkdir()
        carols = _export_all(qtbot, window, answers, tmp_path / "carol")
    contents = read_tally_file(window.services.paths.tally_file)
    window.unexported = False
    assert len(hers) + len(his) + len(carols) == 9
    assert len({record.turn for record in contents.letters}) == 3
    assert totals(contents).letters == 9


def test_a_second_no_after_his_own_export_keeps_her_letters_out_of_his_turn(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Anne stacks her letters unsigned. Bob adds his for the same action: No; he exports
    his from the letter pane. For his next action he adds to the stack, is asked again,
    says No again, and does as told: Export all. Her 3 letters went into his turn and
    counted as his put right: 6 written, 3 counted."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    _sign(window, "Bob Jones")
    _write(qtbot, window, SEED_ID)
    answers.expect("unsignedStackQuestion", _no)
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: answers.seen.count("unsignedStackQuestion") == 1)
    (tmp_path / "his").mkdir()
    his = _export_all(qtbot, window, answers, tmp_path / "his")
    _write(qtbot, window, TRAINING)
    answers.expect("unsignedStackQuestion", _no)
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: answers.seen.count("unsignedStackQuestion") == 2)
    hers = _export_stack(qtbot, window, answers, tmp_path / "hers")
    contents = read_tally_file(window.services.paths.tally_file)
    window.unexported = False
    assert len(hers) + len(his) == 6
    assert len({record.turn for record in contents.letters}) == 2
    assert totals(contents).letters == 6


# ---------------------------------------------------------------- F4: a note's line in capitals


def test_a_quoted_printable_note_with_a_line_in_capitals_stays_a_note() -> None:
    """A note as Outlook writes it (a soft break after each encoded line break) whose
    lines are "EMAIL: …" and "TEL: …" in capitals."""
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ivanov;Pavel;;;\r\nFN:Pavel Ivanov\r\n"
        "ORG:Embassy of Valdoria\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Consular section=0D=0A=\r\n"
        "EMAIL: consular@valdoria.example=0D=0A=\r\n"
        "TEL: +44 20 7000 0001\r\n"
        "EMAIL:embassy@valdoria.example\r\n"
        "TEL;WORK;FAX:+44 20 7000 0000\r\nEND:VCARD\r\n"
    )
    (contact,) = read_vcards(card)
    assert (contact.email, contact.fax) == ("embassy@valdoria.example", "+44 20 7000 0000")


# ---------------------------------------------------------------- F5: a paired embedding


@pytest.mark.parametrize(
    ("line", "drawn"),
    [
        ("للتواصل: \u202a+44 20 7000 0000\u202c شكرا", "+44 20 7000 0000"),
        ("رقم القضية \u202a2024-10 / 03\u202c", "2024-10 / 03"),
        ("الرقم \u202b\u202a0001\u202c\u202c", "0001"),  # nested
    ],
)
def test_a_paired_embedding_in_an_arabic_letter_keeps_its_number_in_order(
    line: str, drawn: str
) -> None:
    """Word's LRE…PDF around a number in an Arabic letter (or Qt's own "Insert Unicode
    control character"): the letter keeps it, as the isolate Unicode asks for, and the
    number is drawn as typed; an override is still left out."""
    pack = load_pack(ROOT / "resources" / "packs" / TRAINING_ID)
    assert isinstance(pack, Pack)
    letter = Letter(pack, pack.addressees[0], "ar", f"{line}\n\u202e0001\u202c", as_fax=False)
    first, second = letter.text.split("\n")
    assert drawn in visual(first, "R")
    assert not any("\u202a" <= char <= "\u202e" for char in letter.text)
    assert second == "0001"


# ---------------------------------------------------------------- F6: Tibetan


def test_a_tibetan_paragraph_is_kept_whole() -> None:
    """Tibetan separates syllables with a tsheg, not a space (as does Dzongkha)."""
    bo = "ང་ཚོས་དབང་འཛིན་ལ་ཁོ་མོ་ལམ་སེང་དང་ཆ་རྐྱེན་མེད་པར་གློད་གྲོལ་གཏོང་དགོས་པའི་རེ་བ་ཞུ་རྒྱུ་ཡིན།"
    doc = _normalise("Title\n\n" + (bo * 40)[:1500] + "\n")
    (line,) = [line for line in doc.lines if "ཚ" in line]
    assert " " not in line
    assert doc.notes == []


def test_a_long_run_is_never_broken_before_a_mark() -> None:
    """A run of Latin letters with an accent written as a mark at the break: the space
    goes after the mark's letter, never between them."""
    text = "a" * 999 + "e\u0301" + "b" * 1500
    doc = _normalise("Title\n\n" + text + "\n")
    (line,) = [line for line in doc.lines if line.startswith("aaa")]
    marks = [
        i for i, c in enumerate(line) if c == " " and unicodedata.category(line[i + 1])[0] == "M"
    ]
    assert not marks
    assert line.replace(" ", "") == text
    assert doc.notes  # it was broken, and said so

"""Probe 43: what it found in the fixes of probe 42, and what must hold instead."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from uawriter.drafting.drafter import draft_from_text
from uawriter.drafting.tidy import _normalise
from uawriter.storage.contact_files import read_csv
from uawriter.storage.turns import Turns, same_signer

# ------------------------------------------------------------ F1: town line written twice


@pytest.mark.parametrize(
    ("line", "postcode", "town"),
    [
        ("60311 Frankfurt am Main", "60311", "Frankfurt"),
        ("9000 St Gallen", "9000", "St. Gallen"),
        ("Canberra ACT 2600", "2600", "Canberra"),
        ("Sydney NSW 2000", "2000", "Sydney"),
        ("75007 Paris Cedex 07", "75007", "Paris"),
        ("1211 Genève 20", "1211", "Geneve"),
        ("1050 Bruxelles", "1050", "Brussels"),
        ("118 00 Praha 1", "118 00", "Prague"),
    ],
)
def test_an_address_holding_its_postcode_and_town_gets_no_second_town_line(
    line: str, postcode: str, town: str
) -> None:
    """The town written otherwise in the address than in the City column ("Frankfurt am
    Main", "Genève 20", "Bruxelles") gave a second town line: the postcode after the first
    line is again taken as the address's town line."""
    text = f'name,address,postcode,city\nEmbassy,"Embassy of Valdoria\n{line}",{postcode},{town}\n'
    address = read_csv(text)[0].address
    assert address == ("Embassy of Valdoria", line)


# ------------------------------------------- F2: Chinese / Thai paragraphs broken by spaces


ZH = (
    "我们呼吁当局立即无条件释放她，并确保她在获释前不受酷刑和其他虐待，能够获得家人和自己选择的律师的探视。"
    * 40
)[:1500]


def test_a_chinese_talking_point_is_not_broken_inside_a_word() -> None:
    """Chinese is written without spaces: a 1,500-character paragraph was broken inside a
    word ("虐 待") by the break of long runs meant for a font's 200,000 "A"s."""

    seed = (Path(__file__).parent / "data" / "drafting" / "ua-129-10-update3.txt").read_text(
        encoding="utf-8"
    )
    start = seed.index(" Urging the Kazakhstani authorities")
    pack = draft_from_text(seed[:start] + " Urging the authorities " + ZH + "\n" + seed[start:])
    field = next(str(v) for v in pack.fields().values() if "我们" in str(v))
    assert "虐待" in field
    assert "虐 待" not in field


def test_a_thai_paragraph_is_not_broken_before_a_tone_mark() -> None:
    """Thai is written without spaces: a space fell before a tone mark, which then showed
    on a dotted circle."""
    th = ("เราขอเรียกร้องให้ทางการปล่อยตัวเธอโดยทันทีและไม่มีเงื่อนไข" * 40)[2:1502]
    doc = _normalise("Title\n\n" + th + "\n")
    line = next(line for line in doc.lines if "เ" in line)
    marks = [
        i for i, c in enumerate(line) if c == " " and unicodedata.category(line[i + 1]) == "Mn"
    ]
    assert not marks


# ---------------------------------------------- F3: No, then his own export first


def test_no_then_his_own_export_first_keeps_the_unsigned_letters_out_of_his_turn() -> None:
    """Bob said No to "Did you write them?", exported his own letter first, then the
    stack: the unsigned letters went into his turn, as before his No."""
    turns = Turns(clock=lambda: 0.0)
    before = turns.id
    turns.apart()  # Bob: "No", the unsigned letters on the stack are not his
    bob = turns.of("Bob Smith")  # he exports his letter from the letter pane
    hers = turns.of("", on_stack=True)  # then Export all under My stack: her unsigned letters
    assert hers == before
    assert hers != bob


# ---------------------------------------- F4: a hyphen moved inside a name still matches


@pytest.mark.parametrize(
    ("first", "second"), [("Anne-Lise Berg", "Ann-Elise Berg"), ("Evan-Ash Lee", "Eva-Nash Lee")]
)
def test_two_hyphenated_names_of_the_same_letters_are_two_volunteers(
    first: str, second: str
) -> None:
    """ "Anne-Lise" and "Ann-Elise" joined across their hyphens alike: one volunteer."""
    assert not same_signer(first, second)
    turns = Turns(clock=lambda: 0.0)
    assert turns.of(first) != turns.of(second)


# ------------------------------------- F5: a note's line "Title: …" / "Email: …" becomes a property


def test_a_quoted_printable_note_whose_lines_begin_title_or_email_stays_a_note() -> None:
    """A note's continued lines "Title: …=" and "Email: …=" were read as the contact's
    title and e-mail once property names were matched in any case."""
    from uawriter.storage.contact_files import read_vcards

    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ivanov;Pavel;;;\r\nFN:Pavel Ivanov\r\n"
        "ORG:Embassy of Valdoria\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Former posts=0D=0A=\r\n"
        "Title: Ambassador to Ruritania (2019-2022)=0D=0A=\r\n"
        "Email: old.post@ruritania.example=0D=0A=\r\n"
        "Name: see the old list\r\n"
        "TEL;WORK;FAX:+44 20 7000 0000\r\nEND:VCARD\r\n"
    )
    (contact,) = read_vcards(card)
    assert (contact.title, contact.email) == ("", "")


# ------------------------- F6: the pack in a folder not named as its id, beside its backup


def test_a_save_beside_a_hand_made_backup_leaves_the_saved_pack_in_use(tmp_path: Path) -> None:
    """A pack copied in by hand as "Valdoria", with a backup "Valdoria backup" beside it:
    saved under its own id it moved to valdoria-mine/, its folder was deleted, and the
    backup (revision 1) became the pack in use. A pack keeps its folder when its id is
    kept."""
    import shutil

    from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest
    from uawriter.engine import load_catalog, pack_state
    from uawriter.pack_files import read_pack_files, save_pack_files
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "data")
    # copied in by hand as "Valdoria", then backed up by hand before editing
    mine = copy_bundled_pack(TRAINING_ID, paths.user_packs, "Valdoria")
    edit_manifest(mine, f'id = "{TRAINING_ID}"', 'id = "valdoria-mine"')
    shutil.copytree(mine, paths.user_packs / "Valdoria backup")
    catalog = load_catalog(paths)
    assert [p.path for p in catalog.packs if p.id == "valdoria-mine"] == [mine]
    files = read_pack_files(mine)
    files.data["revision"] = int(files.data["revision"]) + 1
    saved = save_pack_files(files, paths.user_packs, mine, pack_state(mine))
    catalog = load_catalog(paths)
    in_use = [p.path for p in catalog.packs if p.id == "valdoria-mine"]
    broken = [b.path for b in catalog.broken if b.pack_id == "valdoria-mine"]
    assert saved == mine
    assert in_use == [mine]
    assert broken == [paths.user_packs / "Valdoria backup"]

"""Probe 53 (the fixes of probe 52 and the heuristics before them).

F1  An embassy list in vCard 2.1 (Outlook, older phones) whose organisation holds a comma
    ("ORG:Embassy of the Republic of Kazakhstan, Consular Section") gave the contact the
    organisation "['Embassy of the Republic of Kazakhstan', ' Consular Section']" (a Python
    list printed on the letter and the envelope), and no country it represents.
F2  Bob signed and exported a letter before he was asked about the unsigned letters on the
    stack; he said No, and those letters went out in his turn: a letter of theirs to the
    same official as his was counted once. They get a turn of their own now.
F3  A name and address written by hand at the top of the letter (or a name and a line
    under it at the bottom), then the name typed in the Name box: she was named twice.
    Both letters' added lines are merged, each shared line once.
F4  A quoted-printable vCard value whose soft line break falls before a space (as Python's
    quopri and email modules write it, RFC 2045) lost the space and kept the "=".
F5  The pack editor's save under a new id, killed between moving the new copy in and the
    old one aside, left both, the action listed twice at every start. The old one goes
    aside first now.
F6  Lines deleted with a line of this letter's own among them (the greeting) were neither
    carried to the other letters nor reported. The others are carried, and it is reported.
F7  An embassy list (CSV) whose address held the town's line without a postcode (a
    city-state's country line: Singapore, Luxembourg; or "Berlin") lost the postcode
    column. The postcode goes in that line, before or after the town as the country's
    post writes it.
"""

from __future__ import annotations

import datetime as dt
import quopri
import textwrap
from pathlib import Path

import pytest

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from uawriter.domain.model import Pack, Sender
from uawriter.packs.loader import load_pack
from uawriter.session import LetterSession
from uawriter.storage.tally import letters_sent, new_id
from uawriter.storage.tally_records import Channel, LetterRecord
from uawriter.storage.turns import Turns

DATE = dt.date(2026, 12, 10)


def _seed(tmp_path: Path) -> Pack:
    pack = load_pack(copy_bundled_pack(SEED_ID, tmp_path))
    assert isinstance(pack, Pack), pack
    return pack


# ------------------------------------------------ F1: a vCard 2.1 organisation with a comma


def test_a_vcard_organisation_with_a_comma_is_read_as_written() -> None:
    from uawriter.storage.contact_files import read_vcards

    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Consul;;;;\r\nFN:Consul\r\n"
        "ORG:Embassy of the Republic of Kazakhstan, Consular Section\r\n"
        "TEL;WORK;FAX:+44 20 7584 5954\r\n"
        "ADR;WORK:;;125 Pall Mall;London;;SW1Y 5EA;United Kingdom\r\n"
        "END:VCARD\r\n"
    )
    (contact,) = read_vcards(card)
    assert contact.organisation == "Embassy of the Republic of Kazakhstan, Consular Section"
    assert contact.represents == "KZ"


# ----------------------------- F2: his signed export before his No: the stack in his turn


def printed_to_the_president(turn: str) -> LetterRecord:
    """A tally's record of a letter to the President printed in ``turn``."""
    return LetterRecord(
        new_id(), "2026-12-10T19:00:00+00:00", "ev", "Evening", "129/10", 0, SEED_ID,
        "president", "President", Channel.PRINT, "en", 1, turn=turn,
    )  # fmt: skip


def test_his_signed_export_before_his_no_keeps_her_stack_out_of_his_turn() -> None:
    t = [0.0]
    turns = Turns(clock=lambda: t[0])
    # Anne, without a name, put her letter to the President on the stack, and left
    t[0] = 600.0  # Bob sat down, signed, exported his letter to the President
    bob = turns.of("Bob Smith")
    t[0] = 900.0  # his next letter: Add to stack -> "Did you write them?" -> No
    turns.apart()
    t[0] = 960.0  # Export all under My stack: Anne's letter
    anne = turns.of("", on_stack=True)

    assert len(letters_sent([printed_to_the_president(bob), printed_to_the_president(anne)])) == 2


# --------------------------- F3: written by hand, then typed in the Name box: named twice


def test_a_letterhead_written_by_hand_then_the_name_typed_names_her_once(tmp_path: Path) -> None:
    pack = _seed(tmp_path)
    session = LetterSession.start(pack, "en", pack.addressees[0], Sender(""), DATE)
    letterhead = "Anna Petrova\n12 Abai Street\nAlmaty 050000\n\n"
    session = session.with_text(letterhead + session.text)
    session = session.with_sender(Sender("Anna Petrova"))
    top = session.text.split("10 December 2026")[0].split("\n")
    assert top.count("Anna Petrova") == 1, top


def signed_with_a_line_then_typed(tmp_path: Path) -> tuple[Pack, LetterSession]:
    """The seed pack: "Anna Petrova" and a line under it signed by hand under "Yours
    sincerely,", then "Anna Petrova" typed in the Name box."""
    pack = _seed(tmp_path)
    session = LetterSession.start(pack, "en", pack.addressees[0], Sender(""), DATE)
    session = session.with_text(
        session.text.rstrip("\n") + "\n\nAnna Petrova\nAmnesty International group 12\n"
    )
    return pack, session.with_sender(Sender("Anna Petrova"))


def test_a_signature_with_a_line_under_it_then_the_name_typed_signs_once(tmp_path: Path) -> None:
    pack, session = signed_with_a_line_then_typed(tmp_path)
    for text in (session.text, session.letter_for(pack.addressees[1]).text):
        signature = text.rstrip("\n").rsplit("Yours sincerely,", 1)[1].split("\n")
        assert signature.count("Anna Petrova") == 1, signature
        assert "Amnesty International group 12" in signature


# --------------------------- F4: a quoted-printable soft line break before a space


def test_a_quoted_printable_soft_break_before_a_space_keeps_the_space() -> None:
    from uawriter.storage.contact_files import read_vcards

    name = (
        "Consular section of the Embassy of the Republic of Kazakhstan to the United Kingdom "
        "of Great Britain and Northern Ireland"
    )
    # as RFC 2045 encoders write it (Python's quopri, email.quoprimime): "…the United=",
    # then " Kingdom of…", the space the first character of the continued line
    value = quopri.encodestring(name.encode()).decode()
    assert "United=\n Kingdom" in value, value  # test setup
    value = value.replace("\n", "\r\n").rstrip("\r\n")
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Consul\r\n"
        f"ORG;ENCODING=QUOTED-PRINTABLE:{value}\r\n"
        "TEL;WORK;FAX:+44 20 7584 5954\r\nEND:VCARD\r\n"
    )
    (contact,) = read_vcards(card)
    assert contact.organisation == name


# ---------- F5: a save under a new id killed between its two moves: the action listed twice

KILL_WHEN_THE_NEW_COPY_IS_IN = """
import os, signal
from pathlib import Path

import pytest
real = os.replace
def moved(source, target, *args, **kwargs):
    real(source, target, *args, **kwargs)
    if Path(source).name == "pack":  # the saved copy is in; the old one not yet aside
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = moved
"""


def test_a_save_under_a_new_id_killed_half_way_lists_the_action_once(tmp_path: Path) -> None:
    from uawriter.engine import list_packs
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "userdata")
    paths.user_packs.mkdir(parents=True)
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, "valdoria-local")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "valdoria-local"')
    script = KILL_WHEN_THE_NEW_COPY_IS_IN + textwrap.dedent(
        f"""
        from uawriter.pack_files import read_pack_files, save_pack_files
        folder = Path({str(folder)!r})
        files = read_pack_files(folder)
        files.data["id"] = "valdoria-2026"  # the organiser gives it this season's id
        save_pack_files(files, folder.parent, old_folder=folder)
        """
    )
    killed = run_uawriter(paths.data_dir, script=script)
    assert killed.returncode == -9, killed.stderr
    for _start in range(2):  # the next starts
        rows = [r for r in list_packs(paths) if r.id in ("valdoria-local", "valdoria-2026")]
        assert len(rows) == 1, [(r.id, r.folder) for r in rows]


# --------------- F6: a line of its own deleted: not carried, not reported either


def test_a_deleted_greeting_not_carried_is_reported(tmp_path: Path) -> None:
    pack = _seed(tmp_path)
    session = LetterSession.start(pack, "en", pack.addressees[0], Sender("Anna"), DATE)
    assert "Dear President,\n\n" in session.text
    session = session.with_text(session.text.replace("Dear President,\n\n", ""))
    merged = session.letter_for(pack.addressees[1])
    assert "Dear Prosecutor General," not in merged.text or merged.skipped, merged.skipped


# ----------- F7: a city-state's country line taken for its town: the postcode left out


def test_a_city_states_postcode_is_kept_when_the_address_ends_with_the_country() -> None:
    from uawriter.channels.postal import envelope_address
    from uawriter.storage.contact_files import read_csv

    rows = (
        "title,organisation,address,postcode,city,country\n"
        'Ambassador,Embassy of Kazakhstan,"17 Sanderson Road|Singapore",238824,Singapore,'
        "Singapore\n"
        'Ambassador,Embassy of Kazakhstan,"6 Rue Nicolas Adames|Luxembourg",L-1466,'
        "Luxembourg,Luxembourg\n"
    )
    singapore, luxembourg = read_csv(rows)
    assert any("238824" in line for line in singapore.address), singapore.address
    assert any("1466" in line for line in luxembourg.address), luxembourg.address
    envelope = envelope_address(singapore.as_addressee(), "GB")
    assert any("238824" in line for line in envelope.lines), envelope.lines


@pytest.mark.parametrize(
    ("address", "postcode", "town", "country", "expected"),
    [
        ("Unter den Linden 2|Berlin", "10117", "Berlin", "Germany", "10117 Berlin"),
        ("3 Dupont Circle|Washington, DC", "20008", "Washington", "USA", "Washington, DC 20008"),
        ("Whitehall|London", "SW1A 2AA", "London", "United Kingdom", "London SW1A 2AA"),
        ("Istiklol 5|Kuwait", "13001", "Kuwait", "Kuwait", "13001 Kuwait"),
        ("Abai 10|Almaty", "050000", "Almaty", "", "050000 Almaty"),
    ],
)
def test_a_town_line_without_its_postcode_gets_it_where_the_country_writes_it(
    address: str, postcode: str, town: str, country: str, expected: str
) -> None:
    """The postcode column was left out whenever the address held the town's line alone."""
    from uawriter.storage.contact_files import read_csv

    (contact,) = read_csv(
        "title,organisation,address,postcode,city,country\n"
        f'Ambassador,Embassy,"{address}",{postcode},{town},{country}\n'
    )
    assert contact.address == (address.split("|", maxsplit=1)[0], expected)


def test_a_postcode_on_a_line_of_its_own_is_not_written_twice() -> None:
    from uawriter.storage.contact_files import read_csv

    (contact,) = read_csv(
        "title,organisation,address,postcode,city,country\n"
        'Ambassador,Embassy,"Whitehall|London|SW1A 2AA",SW1A2AA,London,United Kingdom\n'
    )
    assert contact.address == ("Whitehall", "London", "SW1A 2AA")

"""Probe 63: regressions found in the day's changes (0729bfb..aaf3c68).

F1: a mission of the People's Republic of China was read as Taiwan's, one of the
    Democratic People's Republic of Korea as South Korea's ("People's" is split at its
    apostrophe by the new of-word reading); before today both were right.
F2: "Dr " typed before her name in the signature, then the Name box cleared (key by key,
    as the window does) and her name typed again: the letter is signed twice ("Dr A" and
    "Anna Sadykova"); before today it was signed once.
F3: a Portuguese mission's name with the place after "em" / "no" / "na" ("Embaixada da
    República Federativa do Brasil em Portugal") is read as the host's (Portugal).

F1 and F3 are fixed; F2 is a strict xfail with the reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from helpers import SEED_ID, copy_bundled_pack
from uawriter.domain.countries import country_named_in
from uawriter.domain.model import Sender
from uawriter.gui.address_book_dialog import _read_list
from uawriter.packs.loader import load_pack
from uawriter.session import LetterSession

# --- F1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Embassy of the People's Republic of China", "CN"),
        ("Embassy of the People's Republic of China in Ukraine", "CN"),
        ("Embassy of the People\u2019s Republic of China to Kazakhstan", "CN"),
        ("Consulate General of the People's Republic of China in Almaty", "CN"),
        ("Embassy of the Democratic People's Republic of Korea", "KP"),
        ("Embassy of the Democratic People's Republic of Korea in Moscow", "KP"),
    ],
)
def test_f1_peoples_republic_is_not_taiwan_or_south_korea(name: str, code: str) -> None:
    assert country_named_in(name) == code


def test_f1_embassy_list_row_of_china_is_offered_for_china(tmp_path: Path) -> None:
    path = tmp_path / "embassies.csv"
    path.write_text(
        "Title,Organisation,Address,Postcode,City,Country\n"
        '"Ambassador","Embassy of the People\'s Republic of China in the United Kingdom",'
        '"49-51 Portland Place",W1B 1JL,London,United Kingdom\n'
        '"Ambassador","Embassy of the Democratic People\'s Republic of Korea",'
        '"73 Gunnersbury Avenue",W5 4LP,London,United Kingdom\n',
        encoding="utf-8",
    )
    contacts = _read_list(path, False)[0]
    assert [c.represents for c in contacts] == ["CN", "KP"]


# --- F2 ---------------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="not fixed: with the Name box emptied the letter has no signature line, so her "
    "'Dr A' becomes a line of her own (kept, not lost); typed again, the name's line is "
    "the template's, beside hers",
)
def test_f2_dr_before_name_then_name_retyped_signs_once(tmp_path: Path) -> None:
    pack = load_pack(copy_bundled_pack(SEED_ID, tmp_path))
    me = Sender("Anna Sadykova", address=("12 Main St", "Almaty"), town="Almaty")
    session = LetterSession.start(pack, "en", pack.addressees[0], me, dt.date(2026, 12, 10))
    assert session.text.endswith("\nAnna Sadykova\n")
    session = session.with_text(session.text[: -len("Anna Sadykova\n")] + "Dr Anna Sadykova\n")
    name = me.name
    for keep in range(len(name) - 1, -1, -1):  # backspaced in the Name box
        session, _merged = session._recompose(sender=dataclasses.replace(me, name=name[:keep]))
    for keep in range(1, len(name) + 1):  # and typed again
        session, _merged = session._recompose(sender=dataclasses.replace(me, name=name[:keep]))
    closing = session.text[session.text.index("Yours sincerely,") :]
    signatures = [line for line in closing.splitlines()[1:] if line.strip()]
    assert signatures in (["Anna Sadykova"], ["Dr Anna Sadykova"]), signatures


def test_f2_dr_before_name_then_name_cleared_and_given_again_signs_once(tmp_path: Path) -> None:
    pack = load_pack(copy_bundled_pack(SEED_ID, tmp_path))
    me = Sender("Anna Sadykova", address=("12 Main St", "Almaty"), town="Almaty")
    session = LetterSession.start(pack, "en", pack.addressees[0], me, dt.date(2026, 12, 10))
    session = session.with_text(session.text[: -len("Anna Sadykova\n")] + "Dr Anna Sadykova\n")
    session, _merged = session._recompose(sender=dataclasses.replace(me, name=""))
    session, merged = session._recompose(sender=me)
    closing = session.text[session.text.index("Yours sincerely,") :]
    signatures = [line for line in closing.splitlines()[1:] if line.strip()]
    assert len(signatures) == 1 or merged.skipped, signatures


# --- F3 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Embaixada da República Federativa do Brasil em Portugal", "BR"),
        ("Embaixada da República Popular da China em Portugal", "CN"),
        ("Embaixada do Reino de Espanha em Portugal", "ES"),
        ("Embaixada da República da Guiné-Bissau em Portugal", "GW"),
        ("Embaixada da República de Moçambique em Angola", "MZ"),
    ],
)
def test_f3_portuguese_place_after_em_is_not_the_country(name: str, code: str) -> None:
    assert country_named_in(name) in (code, "")

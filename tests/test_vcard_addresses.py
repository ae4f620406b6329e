"""vCards read into the address book: the state on the town line as each country's post
writes it, a vCard 2.1 street with a comma on one line, the name from N when there is no
FN, the work address before a home one, and an address given only as LABEL."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_envelope_addresses import _envelope
from test_sixty_first_probe import _one


def _vcf_file(tmp_path: Path, *lines: str, version: str = "3.0") -> Path:
    path = tmp_path / "contacts.vcf"
    body = "\r\n".join(("BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD")) + "\r\n"
    path.write_bytes(body.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    ("adr", "line"),
    [
        (";;3350 M Street NW;Washington;DC;20007;USA", "Washington, DC 20007"),
        (";;4 Bunker Place;Canberra;ACT;2600;Australia", "Canberra ACT 2600"),
        (";;310 Somerset Street West;Ottawa;ON;K2P 0J9;Canada", "Ottawa ON K2P 0J9"),
    ],
    ids=["US", "AU", "CA"],
)
def test_a_vcard_state_goes_on_the_town_line_as_the_post_writes_it(
    tmp_path: Path, adr: str, line: str
) -> None:
    path = _vcf_file(
        tmp_path, "FN:Embassy of Ukraine", "ORG:Embassy of Ukraine", f"ADR;TYPE=WORK:{adr}"
    )
    contact = _one(path)
    envelope = [text.casefold() for text in _envelope(contact)]
    assert line.casefold() in envelope, envelope
    state = adr.split(";")[4]
    assert state not in contact.address, contact.address  # not a line of its own


def test_a_comma_in_a_vcard_2_1_street_keeps_the_street_on_one_line(tmp_path: Path) -> None:
    """vCard 2.1 has no escape for a comma (as ORG's reading says): Outlook writes
    "Leontievsky per., 18" as it is, and the house number became a line of its own."""
    path = _vcf_file(
        tmp_path,
        "FN:Embassy of Ukraine",
        "ORG:Embassy of Ukraine",
        "ADR;WORK:;;Leontievsky per., 18;Moscow;;125009;Russia",
        version="2.1",
    )
    assert _one(path).address[0] == "Leontievsky per., 18"


def test_a_vcard_with_n_but_no_fn_keeps_the_name(tmp_path: Path) -> None:
    path = _vcf_file(
        tmp_path,
        "N:Onzhanov;Nurlan;;Mr;",
        "TITLE:Ambassador",
        "ORG:Embassy of the Republic of Kazakhstan",
        version="2.1",
    )
    assert "Onzhanov" in _one(path).name


def test_a_vcard_work_address_is_taken_before_a_home_one(tmp_path: Path) -> None:
    path = _vcf_file(
        tmp_path,
        "FN:Embassy of Ukraine",
        "ORG:Embassy of Ukraine",
        "ADR;TYPE=HOME:;;Khreshchatyk 1;Kyiv;;01001;Ukraine",
        "ADR;TYPE=WORK,PREF:;;Albrechtstraße 26;Berlin;;10117;Germany",
    )
    contact = _one(path)
    assert contact.address[0] == "Albrechtstraße 26", contact.address


def test_a_vcard_address_given_as_label_only_is_kept(tmp_path: Path) -> None:
    path = _vcf_file(
        tmp_path,
        "FN:Embassy of Ukraine",
        "ORG:Embassy of Ukraine",
        "LABEL;TYPE=WORK:Albrechtstraße 26\\n10117 Berlin\\nGermany",
    )
    assert "10117 Berlin" in _one(path).address

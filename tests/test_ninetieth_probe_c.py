"""Probe 90c: an organiser who does not code turns today's Urgent Action into a pack with
``draft-pack`` or "New pack from an Urgent Action…". The officials' e-mail addresses in a
narrow column are wrapped over two lines, as PDFs and copied text break them. Each UA is made
up here, as text and as a two-column PDF written with reportlab, and read by the real
drafting code.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from uawriter.drafting import DraftPack, draft_from_file
from uawriter.drafting.fields.contacts import joined_email

HEAD = [
    "URGENT ACTION",
    "HUMAN RIGHTS DEFENDER AT RISK OF TORTURE",
    "UA: 77/27 Index: EUR 57/1234/2027 Kazakhstan Date: 2027-01-18",
    "",
    "Human rights defender Aliya Example Nurova was detained on 12 January 2027.",
    "She is held incommunicado and is at risk of torture.",
    "",
    "PLEASE WRITE IMMEDIATELY in English, Russian or your own language:",
    "- Calling on the authorities to release Aliya Example Nurova immediately;",
    "- Urging them to ensure she is not tortured or otherwise ill-treated.",
    "",
]


def officials(email_lines: Sequence[str]) -> list[str]:
    """The list of officials, the Prosecutor General's e-mail given as ``email_lines``."""
    return [
        "PLEASE SEND APPEALS BEFORE 1 MARCH 2027 TO:",
        "Prosecutor General",
        "Mr Berik Example Asylov",
        "14 Mambetov Street",
        "Astana 010000",
        "Kazakhstan",
        "Fax: + 7 (7172) 74-09-80",
        *email_lines,
        "Salutation: Dear Prosecutor General",
        "",
        "Minister of Internal Affairs",
        "Mr Erlan Example Turgumbayev",
        "1 Tauelsizdik Avenue",
        "Astana 010000",
        "Kazakhstan",
        "Fax: +7 7172 72 24 05",
        "Salutation: Dear Minister",
        "",
        "ADDITIONAL INFORMATION",
        "Torture remains widespread in Kazakhstan.",
    ]


def write_text(path: Path, email_lines: Sequence[str]) -> Path:
    path.write_text("\n".join([*HEAD, *officials(email_lines)]) + "\n", encoding="utf-8")
    return path


def write_two_column_pdf(path: Path, email_lines: Sequence[str]) -> Path:
    """The UA as a section prints it: the case on the left, the officials in a narrow
    right-hand column, a running header and a page number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(40, 815, "Amnesty International")
    y = 790.0
    for line in HEAD:
        pdf.drawString(40, y, line[:62] if line.startswith(("Human", "She")) else line)
        y -= 11
    y = 790.0
    for line in officials(email_lines):
        pdf.drawString(330, y, line)
        y -= 11
    pdf.drawString(280, 30, "Page 1 of 1")
    pdf.showPage()
    pdf.save()
    return path


def draft(tmp_path: Path, kind: str, email_lines: Sequence[str]) -> DraftPack:
    if kind == "text":
        return draft_from_file(write_text(tmp_path / "ua-77-27.txt", email_lines))
    return draft_from_file(write_two_column_pdf(tmp_path / "ua-77-27.pdf", email_lines))


def notes_of(pack: DraftPack) -> str:
    return "\n".join(note for notes in pack.notes.values() for note in notes)


KINDS = pytest.mark.parametrize("kind", ["text", "pdf"])


@KINDS
@pytest.mark.parametrize(
    ("email_lines", "whole"),
    [
        pytest.param(
            ["Email: prosecutor-", "general@prokuror.example.kz"],
            "prosecutor-general@prokuror.example.kz",
            id="at-its-hyphen",
        ),
        pytest.param(
            ["Email: prosecutor.general@prokuror.example.", "kz"],
            "prosecutor.general@prokuror.example.kz",
            id="before-the-last-dot",
        ),
    ],
)
def test_f1_an_email_wrapped_in_a_narrow_column_is_not_cut_to_another_mailbox(
    tmp_path: Path, kind: str, email_lines: list[str], whole: str
) -> None:
    """The Prosecutor General's address is wrapped in the narrow column: at its hyphen
    ("Email: prosecutor-" / "general@prokuror.example.kz") or before its last part
    ("…@prokuror.example." / "kz"). The draft gives him "general@prokuror.example.kz" (a
    different mailbox) or "prosecutor.general@prokuror.example" (a domain that is not his),
    with no note; the pack validates and every volunteer's e-mail goes there. The whole
    address should be kept, or the e-mail left out with a note asking to check it."""
    pack = draft(tmp_path, kind, email_lines)
    prosecutor = pack.addressees[0]
    assert prosecutor.title == "Prosecutor General"
    kept = prosecutor.emails == [whole]
    told = "e-mail" in notes_of(pack) and prosecutor.emails == []
    assert kept or told, (prosecutor.emails, pack.notes)


@KINDS
@pytest.mark.parametrize(
    "email_lines",
    [
        pytest.param(["Email: prosecutor.general@", "prokuror.example.kz"], id="after-the-at"),
        pytest.param(["Email: prosecutor.general", "@prokuror.example.kz"], id="before-the-at"),
        pytest.param(["Email: prosecutor.general@prokuror.", "example.kz"], id="after-a-dot"),
    ],
)
def test_f2_an_email_wrapped_over_two_lines_makes_no_extra_official(
    tmp_path: Path, kind: str, email_lines: list[str]
) -> None:
    """The same address wrapped after its "@" (or before it, or after a dot). The draft loses
    the e-mail and makes a third target official titled "prokuror.example.kz" (or
    "example.kz"), who takes the Prosecutor General's greeting "Dear Prosecutor General"; the
    Prosecutor General is left with no greeting. Once the organiser fills in the greeting
    the check asks for, the pack loads and volunteers are offered a letter "to
    prokuror.example.kz". There are two officials, and the greeting is the Prosecutor's."""
    pack = draft(tmp_path, kind, email_lines)
    titles = [each.title for each in pack.addressees]
    assert titles == ["Prosecutor General", "Minister of Internal Affairs"], titles
    assert pack.addressees[0].salutation == {"en": "Dear Prosecutor General"}


@pytest.mark.parametrize(
    ("line", "following"),
    [
        ("Email: info@gov.example.kz", "Minister of Justice"),  # a whole address, then a title
        ("Email: info@gov.example.kz.", "Kazakhstan"),  # a full stop, then the country
        ("Email: info@gov.example.kz", "@PresidentKZ"),  # then a handle
        ("Fax: +7 7172 74-09-", "80"),  # a number, not an address
        ("Mr Berik Asylov-", "Nurov"),  # a double name
        ("14 Mambetov Street", "info@gov.example.kz"),  # a street, then an address
    ],
)
def test_lines_that_are_not_one_broken_address_stay_apart(line: str, following: str) -> None:
    """Only the two halves of one e-mail address are read as one line: a whole address
    and the next line, a fax number's hyphen, a double name stay as they are."""
    assert joined_email(line, following) is None


def test_the_halves_of_an_address_are_read_as_one_line() -> None:
    assert joined_email("Email: prosecutor.general@", "prokuror.example.kz") == (
        "Email: prosecutor.general@prokuror.example.kz"
    )
    assert joined_email("prosecutor.general", "@prokuror.example.kz (office)") == (
        "prosecutor.general@prokuror.example.kz (office)"
    )


@KINDS
def test_an_address_broken_at_a_hyphen_is_read_whole_and_said(tmp_path: Path, kind: str) -> None:
    """A hyphen at a line's end may be the address's own or a word processor's
    hyphenation ("prosecutor-gen-" / "eral@…"): the hyphen is kept, and the note asks the
    organiser to check the address."""
    pack = draft(tmp_path, kind, ["Email: prosecutor-gen-", "eral@prokuror.example.kz"])
    assert pack.addressees[0].emails == ["prosecutor-gen-eral@prokuror.example.kz"]
    notes = pack.notes.get("addressees[0].emails", [])
    assert any("broken at a hyphen" in note for note in notes), pack.notes

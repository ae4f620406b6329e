"""Drafting from an Urgent Action's text as it reaches an organiser: a PDF whose text layer
gives ligatures ("ﬁ" for "fi"), a text saved from a forwarded e-mail with every line quoted.
Each input is written to a file here and read by the real drafting code and command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from uawriter.drafting import draft_from_file
from uawriter.engine import check_pack_folder
from uawriter.packs.loader import BrokenPack

LAYOUTS = Path(__file__).parent / "data" / "drafting" / "layouts"
#: An English Urgent Action laid out as amnesty.org writes them, with its expected draft.
GUATEMALA = LAYOUTS / "amnesty-org" / "lookalike-first-ua-guatemala.txt"
LIGATURES = {"ffi": "\ufb03", "ffl": "\ufb04", "ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02"}


def with_ligatures(text: str) -> str:
    """The text as a PDF's text layer gives it when the PDF set letters together."""
    for letters, ligature in LIGATURES.items():
        text = text.replace(letters, ligature)
    return text


def write_pdf(text: str, path: Path) -> None:
    """A PDF of ``text`` in a font that has the ligature characters, so that its text layer
    holds them as typed."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from uawriter.bundled import font_path

    font = "LigatureNotoSans"
    pdfmetrics.registerFont(TTFont(font, str(font_path("NotoSans-Regular.ttf"))))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    y = 800.0
    pdf.setFont(font, 9)
    for line in text.splitlines():
        if y < 50:
            pdf.showPage()
            pdf.setFont(font, 9)
            y = 800.0
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()


# -- ligatures from a PDF's text layer ----------------------------------------------------------


@pytest.mark.parametrize(
    ("email", "office"),
    [
        ("fiscal.general@mp.example.gt", "Amnesty office"),
        ("fl.inventada@mp.example.gt", "Amnesty office"),
        ("official.staff@mp.example.gt", "Amnesty staff office"),
    ],
)
def test_a_pdf_with_ligatures_gives_plain_letters(email: str, office: str, tmp_path: Path) -> None:
    """A PDF made with ligatures on gave "ﬁscal.general@…" as the official's e-mail: an
    address no mail server has, which looked right on paper."""
    text = GUATEMALA.read_text(encoding="utf-8")
    text = text.replace("fiscal.general@mp.example.gt", email).replace("Amnesty office", office)
    typeset = with_ligatures(text)
    assert with_ligatures(email) in typeset, "test setup: the address has a ligature"
    path = tmp_path / "ua-45-24.pdf"
    write_pdf(typeset, path)
    draft = draft_from_file(path)
    assert draft.addressees[0].emails == [email]
    assert not any(c in line for line in draft.lines for c in LIGATURES.values())
    assert office in " ".join(draft.lines)


def test_pasted_text_with_ligatures_and_other_scripts(tmp_path: Path) -> None:
    """Only the Latin and Armenian ligatures are folded ("ﬆ" too): a full-width digit, a
    superscript, an Arabic presentation form and a "Ǆ" stay as they are written."""
    text = with_ligatures(GUATEMALA.read_text(encoding="utf-8"))
    text = text.replace("(All names", "(Written in Zone ２, 10² copies, ﻻ, Ǆ) (All names").replace(
        "Twitter: @MPInventada", "Twitter: @MP\ufb06aff"
    )
    path = tmp_path / "ua.txt"
    path.write_text(text, encoding="utf-8")
    draft = draft_from_file(path)
    joined = "\n".join(draft.lines)
    assert "Zone ２, 10² copies, ﻻ, Ǆ" in joined
    assert draft.addressees[0].emails == ["fiscal.general@mp.example.gt"]
    assert draft.addressees[0].social == {"twitter": "@MPstaff"}


@pytest.mark.parametrize(
    "address",
    [
        "\ufb01scal.general@mp.example.gt",
        "\ufb02ores@mp.example.gt",
        "fiscal@mp.example.g\ufb06",
        "ｆiscal@mp.example.gt",
    ],
)
def test_the_pack_check_refuses_an_email_address_with_a_ligature(
    address: str, tmp_path: Path
) -> None:
    """ "ﬁscal.general@…" passed the pack check (a name before the "@" may be in any
    script), so every e-mail of the evening went to an address no one has."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(
        folder,
        'emails = ["ministra@justicia.valdoria.example"]',
        'emails = ["' + "".join(c if c.isascii() else f"\\u{ord(c):04x}" for c in address) + '"]',
    )
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack), f"{address!r} passed the pack check"
    (problem,) = [p for p in result.problems if p.field == "addressees[0].emails[0]"]
    odd = next(c for c in address if not c.isascii())
    assert f"U+{ord(odd):04X}" in problem.message
    assert "type it again in plain letters" in problem.message


def test_validate_names_the_email_with_a_ligature(tmp_path: Path) -> None:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(
        folder,
        'emails = ["ministra@justicia.valdoria.example"]',
        'emails = ["o\\ufb03ce@justicia.valdoria.example"]',
    )
    result = run_uawriter(tmp_path / "data", "validate", str(folder))
    assert result.returncode != 0
    assert "addressees[0].emails[0]" in result.stdout + result.stderr
    assert "U+FB03" in result.stdout + result.stderr

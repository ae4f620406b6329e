"""Drafting from PDFs laid out as real Urgent Actions are, found by a probe: officials in a
table whose first cell is a "To:" label, pages printed over and over, data typed into form
fields, text saved as UTF-16. Each PDF is written here with reportlab and read by the real
drafting code.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from uawriter.drafting import draft_from_file

LAYOUTS = Path(__file__).parent / "data" / "drafting" / "layouts"

#: A short English Urgent Action, up to the line that opens the list of officials.
ENGLISH_HEAD = [
    "URGENT ACTION",
    "UA: 77/26 Index: MDE 00/0000/2026 Valdoria Date: 3 March 2026",
    "TEACHER DETAINED FOR PEACEFUL PROTEST",
    "Marta Quiroga was detained.",
    "",
    "Please write immediately in English, Spanish or your own language:",
    "Calling on the authorities to release her immediately.",
    "PLEASE SEND APPEALS BEFORE 14 APRIL 2026 TO:",
]

Row = Sequence[str]


def write_ua_pdf(
    path: Path,
    head: Sequence[str],
    rows: Sequence[Row] = (),
    tail: Sequence[str] = (),
    pages: int = 1,
) -> None:
    """A PDF of ``pages`` identical pages: the ``head`` lines, then the ``rows`` of a table
    (each cell in a box of its own, as a word processor draws one), then the ``tail`` lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from uawriter.bundled import font_path

    font = "ProbeNotoSans"  # Cyrillic labels need a font that has them
    pdfmetrics.registerFont(TTFont(font, str(font_path("NotoSans-Regular.ttf"))))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    for _ in range(pages):
        pdf.setFont(font, 9)
        y = 800.0
        for line in head:
            pdf.drawString(40, y, line)
            y -= 12
        for row in rows:
            x = 40.0
            widths = {2: [300.0, 200.0], 3: [70.0, 230.0, 200.0]}[len(row)]
            for cell, width in zip(row, widths, strict=False):
                pdf.rect(x - 2, y - 4, width, 14)
                pdf.drawString(x, y, cell)
                x += width
            y -= 16
        for line in tail:
            pdf.drawString(40, y, line)
            y -= 12
        pdf.showPage()
    pdf.save()


def fixture_head(relative: str, last_line_starts: str) -> list[str]:
    """The lines of a fixture up to the one that opens its list of officials."""
    lines = (LAYOUTS / relative).read_text(encoding="utf-8").splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith(last_line_starts))
    return lines[: end + 1]


# -- F6: a "To:" label in front of each official ------------------------------------------------


@pytest.mark.parametrize(
    ("head", "rows", "titles"),
    [
        pytest.param(
            ENGLISH_HEAD,
            [
                ("To:", "Minister of Justice", "Fax: +99 21 555 1234"),
                ("To:", "Prosecutor General", "Fax: +99 21 555 9999"),
            ],
            ["Minister of Justice", "Prosecutor General"],
            id="en-label-cell",
        ),
        pytest.param(
            ENGLISH_HEAD,
            [
                ("To: Minister of Justice", "Fax: +99 21 555 1234"),
                ("To: Prosecutor General", "Email: fiscal@mp.valdoria.example"),
            ],
            ["Minister of Justice", "Prosecutor General"],
            id="en-label-in-the-cell",
        ),
        pytest.param(
            ENGLISH_HEAD,
            [
                ("Кому:", "Minister of Justice", "Fax: +99 21 555 1234"),
                ("Кому:", "Prosecutor General", "Fax: +99 21 555 9999"),
            ],
            ["Minister of Justice", "Prosecutor General"],
            id="ru-label",
        ),
        pytest.param(
            fixture_head("es-section/lookalike-au-45-24.txt", "ENVÍEN LLAMAMIENTOS"),
            [
                ("Para:", "Ministro de Gobernación", "Fax: +502 2555 0100"),
                ("Para:", "Fiscal General", "Correo-e: fiscal@mp.example.gt"),
            ],
            ["Ministro de Gobernación", "Fiscal General"],
            id="es-para",
        ),
        pytest.param(
            fixture_head("fr-section/lookalike-au-45-24.txt", "ENVOYEZ VOS APPELS"),
            [
                ("À :", "Ministre de la Justice", "Fax : +237 2 2555 0100"),
                ("À :", "Procureur général", "Courriel : procureur@example.cm"),
            ],
            ["Ministre de la Justice", "Procureur général"],
            id="fr-a",
        ),
        pytest.param(
            fixture_head("de-section/lookalike-ua-045-2024.txt", "SCHREIBEN SIE BITTE"),
            [
                ("An:", "Generalstaatsanwalt", "Fax: 00 7 7172 71 0100"),
                ("An:", "Justizminister", "E-Mail: minister@adilet.example.kz"),
            ],
            ["Generalstaatsanwalt", "Justizminister"],
            id="de-an",
        ),
    ],
)
def test_a_to_label_before_each_official_is_not_their_title(
    tmp_path: Path, head: list[str], rows: list[Row], titles: list[str]
) -> None:
    """A table of officials whose first cell says "To:" made "To:" the title of each, with
    the ids ``to`` and ``to-2`` (the twenty-fourth probe): the label is dropped."""
    path = tmp_path / "table.pdf"
    write_ua_pdf(path, head, rows)
    draft = draft_from_file(path)
    got = [a.title or a.organisation or a.name for a in draft.addressees]
    assert got == titles, draft.lines
    for addressee in draft.addressees:
        assert not addressee.id.startswith(("to", "para", "a-", "an-", "addressee")), addressee.id
        assert ":" not in addressee.title + addressee.name + addressee.organisation
    assert draft.addressees[0].fax


def test_the_to_label_of_the_probe_gives_the_office_as_id(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    write_ua_pdf(
        path,
        ENGLISH_HEAD,
        [
            ("To:", "Minister of Justice", "Fax: +99 21 555 1234"),
            ("To:", "Prosecutor General", "Fax: +99 21 555 9999"),
        ],
    )
    draft = draft_from_file(path)
    assert [(a.id, a.title, a.fax) for a in draft.addressees] == [
        ("minister-of-justice", "Minister of Justice", "+99 21 555 1234"),
        ("prosecutor-general", "Prosecutor General", "+99 21 555 9999"),
    ]

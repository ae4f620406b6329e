"""Drafting from PDFs laid out as real Urgent Actions are, found by a probe: officials in a
table whose first cell is a "To:" label, pages printed over and over, data typed into form
fields, text saved as UTF-16. Each PDF is written here with reportlab and read by the real
drafting code.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from uawriter.drafting import DraftInputError, DraftPack, draft_from_file

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


# -- F7: pages printed over and over, the same official twice, a shared fax ---------------------

#: The official of ENGLISH_HEAD, as lines.
MINISTER = [
    "Minister of Justice",
    "Elena Sartori",
    "Avenida Central 100",
    "Puerto Claro, Valdoria",
    "Fax: +99 21 555 1234",
    "Email: ministra@justicia.valdoria.example",
    "Salutation: Dear Minister",
]


def notes_of(draft: DraftPack) -> str:
    return "\n".join(
        f"{key}: {message}" for key, messages in draft.notes.items() for message in messages
    )


@pytest.mark.parametrize("pages", [2, 25, 2000])
def test_pages_printed_again_do_not_make_more_officials(tmp_path: Path, pages: int) -> None:
    """A one-page Urgent Action printed 2,000 times (only 20 pages are read) gave 19 more
    addressees named "Calling on the authorities to release her immediately." with the
    Minister's fax, and the draft validated (the twenty-fourth probe)."""
    path = tmp_path / "repeated.pdf"
    write_ua_pdf(path, ENGLISH_HEAD, tail=MINISTER, pages=pages)
    draft = draft_from_file(path)
    assert [(a.title, a.name, a.fax) for a in draft.addressees] == [
        ("Minister of Justice", "Elena Sartori", "+99 21 555 1234")
    ], notes_of(draft)
    assert draft.addressees[0].emails == ["ministra@justicia.valdoria.example"]
    assert draft.addressees[0].salutation == {"en": "Dear Minister"}
    assert "printed again" in notes_of(draft)


def test_pages_printed_again_keep_targets_and_copies_apart(tmp_path: Path) -> None:
    path = tmp_path / "repeated-copies.pdf"
    copies = ["", "And copies to:", "Embassy of Valdoria", "Email: embassy@valdoria.example"]
    write_ua_pdf(path, ENGLISH_HEAD, tail=[*MINISTER, *copies], pages=3)
    draft = draft_from_file(path)
    assert [(a.role, a.title or a.organisation) for a in draft.addressees] == [
        ("target", "Minister of Justice"),
        ("copy", "Embassy of Valdoria"),
    ], notes_of(draft)


def test_a_repeated_table_of_officials_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "repeated-table.pdf"
    rows = [
        ("To:", "Minister of Justice", "Fax: +99 21 555 1234"),
        ("To:", "Prosecutor General", "Email: fiscal@mp.valdoria.example"),
    ]
    write_ua_pdf(path, ENGLISH_HEAD, rows, pages=3)
    draft = draft_from_file(path)
    assert [a.title for a in draft.addressees] == ["Minister of Justice", "Prosecutor General"]


def test_a_recommended_action_is_never_an_official(tmp_path: Path) -> None:
    """The talking points printed again after the list of officials (a second page that
    repeats them, without repeating the rest) are not read as an official."""
    path = tmp_path / "points-again.pdf"
    tail = [
        *MINISTER,
        "",
        "Calling on the authorities to release her immediately.",
        "Fax: +99 21 555 1234",
    ]
    write_ua_pdf(path, ENGLISH_HEAD, tail=tail)
    draft = draft_from_file(path)
    points = {p.casefold() for p in draft.talking_points}
    assert points
    for a in draft.addressees:
        for value in (a.title, a.name, a.organisation, *a.address):
            assert value.casefold() not in points, a
    assert [a.title for a in draft.addressees] == ["Minister of Justice"]


def test_the_same_official_listed_twice_is_merged_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "twice.pdf"
    again = [
        "Minister of Justice",
        "Elena Sartori",
        "Fax: +99 (21) 555-1234",
        "Email: despacho@justicia.valdoria.example",
    ]
    write_ua_pdf(path, ENGLISH_HEAD, tail=[*MINISTER, "", *again])
    draft = draft_from_file(path)
    assert len(draft.addressees) == 1, [a.to_json() for a in draft.addressees]
    minister = draft.addressees[0]
    assert minister.emails == [
        "ministra@justicia.valdoria.example",
        "despacho@justicia.valdoria.example",
    ]
    assert minister.address == ["Avenida Central 100", "Puerto Claro, Valdoria"]
    assert "listed again" in notes_of(draft)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Fax: +7 7172 50 25 34", "Fax: +7-7172-502534"),
        ("Fax: +99 21 555 1234", "Fax: +99 21 555 1234"),
        ("Fax: 00 7 7172 50 25 34", "Fax: +7 (7172) 50 25 34"),
    ],
)
def test_two_officials_sharing_a_fax_number_are_flagged(
    tmp_path: Path, first: str, second: str
) -> None:
    """Different officials may share a fax line, or the fax may have been copied to the
    wrong official: the draft says so, so that the organiser checks both."""
    path = tmp_path / "shared-fax.pdf"
    tail = [
        "Minister of Justice",
        "Elena Sartori",
        first,
        "Salutation: Dear Minister",
        "",
        "Prosecutor General",
        "Tomás Inventado",
        second,
        "Salutation: Dear Prosecutor General",
    ]
    write_ua_pdf(path, ENGLISH_HEAD, tail=tail)
    draft = draft_from_file(path)
    assert [a.title for a in draft.addressees] == ["Minister of Justice", "Prosecutor General"]
    said = draft.notes.get("addressees[1].fax", [])
    assert any("same fax number" in m and "Minister of Justice" in m for m in said), notes_of(draft)


# -- F10: form fields, UTF-16 without a byte order mark ------------------------------------------


def write_form_pdf(
    path: Path, head: Sequence[str], fields: dict[str, str], labels: bool = True
) -> None:
    """A PDF whose text layer holds ``head`` and whose contact details are typed into form
    fields, as an organiser fills in a section's form."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), invariant=True)
    pdf.setFont("Helvetica", 9)
    y = 800.0
    for line in head:
        pdf.drawString(40, y, line)
        y -= 12
    for name, value in fields.items():
        y -= 24
        if labels:
            pdf.drawString(40, y + 6, f"{name.capitalize()}:")
        pdf.acroForm.textfield(name=name, value=value, x=120, y=y, width=300, height=20)
    pdf.save()


def test_values_typed_into_form_fields_are_mentioned(tmp_path: Path) -> None:
    """The fax and e-mail typed into a form's fields were silently not found (the
    twenty-fourth probe): the draft says there are form fields it did not read."""
    path = tmp_path / "form.pdf"
    write_form_pdf(
        path,
        [*ENGLISH_HEAD, "Minister of Justice"],
        {"fax": "+99 21 555 1234", "email": "ministra@justicia.valdoria.example"},
    )
    draft = draft_from_file(path)
    said = " ".join(draft.notes["input"])
    assert "2 form fields" in said, said
    assert "not read" in said


def test_a_pdf_with_text_only_in_form_fields(tmp_path: Path) -> None:
    path = tmp_path / "only-fields.pdf"
    fields = {"title": "Teacher detained", "fax": "+99 21 555 1234"}
    write_form_pdf(path, [], fields, labels=False)
    with pytest.raises(DraftInputError, match="form fields") as refused:
        draft_from_file(path)
    message = str(refused.value)
    assert str(path) in message
    assert "scanned" not in message
    assert "Error" not in message


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("ua-129-10-update3.txt", "utf-16-le"),
        ("third-ua-60-16.txt", "utf-16-be"),
        ("third-ua-60-16.txt", "utf-16-le"),
    ],
)
def test_utf16_text_without_a_byte_order_mark_is_read(
    tmp_path: Path, name: str, encoding: str
) -> None:
    """Text saved as UTF-16 without a byte order mark was refused as "does not look like
    a text file; give a .txt or .pdf", though it was a .txt (the twenty-fourth probe)."""
    text = (Path(__file__).parent / "data" / "drafting" / name).read_text(encoding="utf-8")
    path = tmp_path / "ua.txt"
    path.write_bytes(text.encode(encoding))
    draft = draft_from_file(path)
    assert draft.ua_number in {"129/10", "60/16"}
    assert "UTF-16" in " ".join(draft.notes["input"])
    if name == "third-ua-60-16.txt":
        assert draft.addressees[0].salutation["es"] == "Estimado Señor Ministro"


def test_damaged_utf16_text_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "ua.txt"
    data = "URGENT ACTION\nUA 77/26\n".encode("utf-16-le") * 20
    path.write_bytes(data[:-1] + "\udc00".encode("utf-16-le", "surrogatepass"))
    with pytest.raises(DraftInputError, match="save it as UTF-8") as refused:
        draft_from_file(path)
    assert str(path) in str(refused.value)


def test_a_few_bytes_with_a_zero_are_not_taken_for_utf16(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x01\x02binary\xff\xfe")
    with pytest.raises(DraftInputError, match=r"does not look like a text file.*UTF-8"):
        draft_from_file(path)

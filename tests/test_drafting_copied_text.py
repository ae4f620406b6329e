"""Drafting from an Urgent Action's text as it reaches an organiser: a PDF whose text layer
gives ligatures ("ﬁ" for "fi"), a text saved from a forwarded e-mail with every line quoted.
Each input is written to a file here and read by the real drafting code and command line.
"""

from __future__ import annotations

from collections.abc import Callable
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


# -- an Urgent Action saved from a forwarded e-mail --------------------------------------------


def quoted(text: str, mark: str = "> ") -> str:
    """Every line as an e-mail program quotes it (an empty line gets the bare mark)."""
    return "\n".join(mark + line if line else mark.rstrip() for line in text.splitlines())


def nested(text: str) -> str:
    """A forward of a forward: the later part of the text quoted twice."""
    lines = text.splitlines()
    half = len(lines) // 2
    return quoted("\n".join(lines[:half])) + "\n" + quoted(quoted("\n".join(lines[half:])))


def forwarded(marker: str, headers: list[str]) -> str:
    return "\n".join([marker, *headers, ""])


GMAIL = forwarded(
    "---------- Forwarded message ---------",
    [
        "From: UA Network <ua@example.org>",
        "Date: Mon, 4 Mar 2024 at 10:12",
        "Subject: UA 45/24 Journalist held",
        "To: <groups@example.org>",
    ],
)
OUTLOOK = forwarded(
    "-----Original Message-----",
    [
        "From: UA Coordinator",
        "Sent: 04 March 2024 10:12",
        "To: Local group",
        "Subject: FW: UA 45/24",
    ],
)
THUNDERBIRD_FR = forwarded(
    "-------- Message transféré --------",
    ["Sujet : AU 45/24", "Date : lun. 4 mars 2024", "De : Réseau AU <au@example.org>"],
)
GMAIL_DE = forwarded(
    "---------- Weitergeleitete Nachricht ---------",
    ["Von: UA-Netz <ua@example.org>", "Date: Mo., 4. März 2024", "Subject: UA 45/24"],
)
OUTER = "From: Local group <group@example.org>\nSubject: Fwd: UA 45/24\n\n"


@pytest.mark.parametrize(
    ("make", "quote_note"),
    [
        # as the probe saved it: the outer headers, a forward line, every line quoted "> "
        (lambda t: OUTER + "---------- Forwarded message ---------\n" + quoted(t), True),
        (lambda t: OUTER + quoted(GMAIL + t), True),
        (lambda t: quoted(t, ">"), True),
        (lambda t: OUTER + nested(OUTLOOK + t), True),
        (lambda t: GMAIL + t, False),  # forwarded inline, not quoted
        (lambda t: "\n" + THUNDERBIRD_FR + t, False),
        (lambda t: quoted(GMAIL_DE + t, ">> "), True),
    ],
    ids=["probe", "gmail-quoted", "no-space", "nested-outlook", "gmail-inline", "fr", "de"],
)
def test_an_urgent_action_saved_from_a_forwarded_email(
    make: Callable[[str], str], quote_note: bool, tmp_path: Path
) -> None:
    """The quote marks ("> ") landed in every field: the title, the talking points ("call on
    you to > drop all charges"), the address lines, the letter; the official's name was lost.
    The e-mail's header lines were read as part of the Urgent Action."""
    plain = GUATEMALA.read_text(encoding="utf-8")
    path = tmp_path / "ua-from-mail.txt"
    path.write_text(make(plain), encoding="utf-8")
    draft = draft_from_file(path)
    expected = draft_from_file(GUATEMALA)
    assert draft.to_json()["fields"] == expected.to_json()["fields"]
    assert draft.letter == expected.letter
    assert not any(line.startswith(">") for line in draft.lines)
    said = " ".join(draft.notes["input"])
    assert ("quoted from an e-mail" in said) is quote_note
    assert "e-mail" in said


def test_draft_pack_of_a_forwarded_email_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "Fwd UA 45-24.txt"
    path.write_text(OUTER + quoted(GMAIL + GUATEMALA.read_text(encoding="utf-8")), "utf-8")
    out = tmp_path / "draft"
    result = run_uawriter(tmp_path / "data", "draft-pack", str(path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "quoted from an e-mail" in result.stdout
    manifest = (out / "pack.toml").read_text(encoding="utf-8")
    assert "> " not in manifest
    assert 'name = "María Inventada Pérez"' in manifest
    assert "> " not in (out / "letters" / "en.txt").read_text(encoding="utf-8")


def test_a_few_lines_starting_with_a_mark_are_not_taken_for_quoting(tmp_path: Path) -> None:
    """An Urgent Action whose points are bulleted with ">" is not an e-mail."""
    plain = GUATEMALA.read_text(encoding="utf-8")
    marked = plain.splitlines()
    marked = [f"> {line}" if k % 4 == 0 and line else line for k, line in enumerate(marked)]
    path = tmp_path / "ua.txt"
    path.write_text("\n".join(marked), encoding="utf-8")
    draft = draft_from_file(path)
    assert not any("e-mail" in note for note in draft.notes.get("input", []))
    assert sum(line.startswith(">") for line in draft.lines) >= 5


# -- a text in a script no layout reads ---------------------------------------------------------

ARABIC = """تحرك عاجل
صحفي محتجز بسبب مقالاته
رقم التحرك العاجل: 45/24 رمز الوثيقة: MDE 12/7890/2024 مصر التاريخ: 4 مارس/آذار 2024

اعتُقل الصحفي أحمد المثال في 19 فبراير/شباط 2024 في القاهرة بعد نشره سلسلة مقالات.

يرجى إرسال المناشدات إلى:
النائب العام
فاكس: +20 2 2577 4716
البريد الإلكتروني: prosecutor@example.eg
"""

RUSSIAN = """СРОЧНАЯ АКЦИЯ
ЖУРНАЛИСТ ЗАДЕРЖАН ЗА СВОИ СТАТЬИ
UA: 45/24 Index: EUR 57/1234/2024 Казахстан Дата: 4 марта 2024 года

Журналист Ахмед Примеров задержан 19 февраля 2024 года в Алматы после публикации статей.

Генеральный прокурор
Факс: +7 7172 71 0100
"""


@pytest.mark.parametrize(("text", "script"), [(ARABIC, "Arabic"), (RUSSIAN, "Cyrillic")])
def test_a_text_in_a_script_no_layout_reads_is_said(text: str, script: str, tmp_path: Path) -> None:
    """An Urgent Action in Arabic was "Read as: appeals-before-2013 (written in en)", its
    heading kept as the English title, with no word."""
    path = tmp_path / "ua.txt"
    path.write_text(text, encoding="utf-8")
    draft = draft_from_file(path)
    (note,) = [n for n in draft.notes["input"] if "no layout reads" in n]
    assert note.startswith(f"most of the text is in {script} script, which no layout reads")
    assert "'en' text, which it is not" in note


@pytest.mark.parametrize(
    "name",
    ["amnesty-org/lookalike-second-ua-kazakhstan.txt", "de-section/lookalike-ua-045-2024.txt"],
)
def test_a_text_in_a_layouts_language_is_not_said_to_be_in_another_script(name: str) -> None:
    draft = draft_from_file(LAYOUTS / name)
    assert not any("no layout reads" in n for n in draft.notes.get("input", []))

"""Probe 82a: regressions in today's drafting changes (officials sharing an address, one
official under two titles, greetings on their own line, names ending in commas, a PDF's
two columns, bracketed or two-form greetings), each drafted as an organiser drafts a pack
from today's Urgent Action and compared with what the drafting did at 87e4a09.

P82a-F1  A PDF whose contact lines are laid out with a tab, label on the left and value in
         a column of its own ("Fax:" … "+7 7172 74 56 31"), is now read as two columns:
         the President's fax is lost and his greeting becomes "+7 7172 74 56 31 / Dear
         President". Before the two-column reading it was drafted right.
P82a-F2  Two officials listed under one address with one greeting in two languages, "Dear
         Minister / Уважаемый господин министр", are split into two officials, and the
         greeting with them: the first gets only the English, the second only the Russian.
P82a-F3  The key that tells whether two names under one address are one person drops the
         first letter of a name after its honorific ("Mr Berik Asylov" is "erik asylov"):
         one man written once with "Mr" and once without is drafted as two officials at
         one fax, and two ministers whose first names differ only in their first letter
         ("Mr Dan Sadenov", "Ms Jan Sadenov") are drafted as one, the second left out.
P82a-F4  An official given by title only, whose address is written a line at a time with a
         comma at each line's end ("Presidente de la República, / Casa de Nariño, /
         Carrera 8 No. 7-26, / Bogotá,"), is drafted with the building as the official's
         name ("Casa de Nariño") and the building gone from the address. Before a name
         line ending in a comma was read as a name, the building was the address's
         first line.
P82a-F5  A Spanish UA whose next official's title starts "Excmo. Sr." or "Excma. Sra."
         right after the last official's "Saludo:" line (as a PDF's text comes, without
         blank lines) loses that official's title: "Excmo." now opens a greeting, so the
         title is read as a second greeting of the official before and dropped; the
         Minister of the Interior is drafted with no title at all.
P82a-F6  Two ministers sharing one address, written as 81a's French and Spanish blocks
         are, each line ending in a comma ("Ministre de l'Intérieur, / Monsieur Erzhan
         Sadenov, / Ministre de la Justice, / Madame Azamat Eskarayev, / Government
         House, …"), are still drafted as one official: titles joined "Ministre de
         l'Intérieur,, Ministre de la Justice", the second minister's name the first line
         of the address, and nothing said.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from test_eightieth_probe_c import HEAD, TAIL, _drafted


def _tabbed_pdf(path: Path) -> None:
    """Today's UA as a word processor prints it: each contact line's label, then a tab to
    the column its value starts in."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    blocks = [
        [
            "Prosecutor General",
            "Mr Berik Asylov",
            "14 Mambetov Street",
            "Astana 010000",
            "KAZAKHSTAN",
            ("Fax:", "+7 7172 71 27 06"),
            ("Email:", "prosecutor@gp.example.kz"),
            ("Salutation:", "Dear Prosecutor General"),
        ],
        [
            "President of Kazakhstan",
            "Kassym-Jomart Tokayev",
            "Akorda, Astana 010000",
            "KAZAKHSTAN",
            ("Fax:", "+7 7172 74 56 31"),
            ("Salutation:", "Dear President"),
        ],
    ]
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setFont("Helvetica", 9)
    y = 800.0
    for line in HEAD.splitlines():
        pdf.drawString(40, y, line)
        y -= 12
    for block in blocks:
        for item in block:
            if isinstance(item, tuple):
                pdf.drawString(40, y, item[0])
                pdf.drawString(140, y, item[1])  # the tab stop
            else:
                pdf.drawString(40, y, item)
            y -= 12
        y -= 12
    for line in TAIL.splitlines():
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()


def test_f1_a_pdfs_tabbed_contact_lines_keep_their_labels_with_their_values(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser drafts today's UA from its PDF, where each "Fax:" and "Salutation:"
    is followed by a tab to its value, as Word lays it out. The President's block is taken
    for two columns side by side and read column after column: "Fax:", "Salutation:",
    then "+7 7172 74 56 31", "Dear President". The President is drafted with no fax and
    the greeting "+7 7172 74 56 31 / Dear President", so every volunteer's letter to him
    opens with his fax number, and his fax letters cannot be sent. Before the two-column
    reading came in (87e4a09) the same PDF was drafted right."""
    pdf = tmp_path / "ua-77-25.pdf"
    _tabbed_pdf(pdf)
    draft = _drafted(qtbot, pdf).draft
    assert draft is not None
    drafted = [a.to_json() for a in draft.addressees]
    assert [a.title for a in draft.addressees] == [
        "Prosecutor General",
        "President of Kazakhstan",
    ], drafted
    prosecutor, president = draft.addressees
    assert prosecutor.fax == "+7 7172 71 27 06", drafted
    assert prosecutor.salutation == {"en": "Dear Prosecutor General"}, drafted
    assert president.fax == "+7 7172 74 56 31", drafted
    assert president.salutation == {"en": "Dear President"}, drafted


def test_f2_a_greeting_in_two_languages_is_not_split_between_officials_sharing_an_address(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The UA lists the Minister of Internal Affairs and the Minister of Justice under one
    address and gives one greeting in English and Russian, "Dear Minister / Уважаемый
    господин министр", as bilingual UAs do. Drafting splits the block into the two
    ministers (right) but hands the greeting out as if it were one for each: the Minister
    of Internal Affairs gets only "Dear Minister", the Minister of Justice only the
    Russian. A volunteer writing in Russian to the first minister, or in English to the
    second, has no greeting from the UA; the note says only that the address was shared.
    Before (87e4a09) the one official drafted had both languages."""
    ua = tmp_path / "ua-77-25.txt"
    ua.write_text(
        HEAD
        + "\n".join(
            [
                "Minister of Internal Affairs",
                "Mr Erzhan Sadenov",
                "Minister of Justice",
                "Ms Azamat Eskarayev",
                "Government House, 1 Mangilik El Avenue",
                "Astana 010000, KAZAKHSTAN",
                "Fax: +7 7172 74 50 00",
                "Salutation: Dear Minister / Уважаемый господин министр",
            ]
        )
        + "\n"
        + TAIL,
        encoding="utf-8",
    )
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    drafted = [a.to_json() for a in draft.addressees]
    assert [a.name for a in draft.addressees] == [
        "Mr Erzhan Sadenov",
        "Ms Azamat Eskarayev",
    ], drafted
    for minister in draft.addressees:
        assert minister.salutation == {
            "en": "Dear Minister",
            "ru": "Уважаемый господин министр",
        }, drafted


@pytest.mark.parametrize(
    ("block", "names"),
    [
        (
            ["Prosecutor General", "Mr Berik Asylov", "Procureur général", "Berik Asylov"],
            ["Mr Berik Asylov"],
        ),
        (
            [
                "Minister of Internal Affairs",
                "Mr Dan Sadenov",
                "Minister of Justice",
                "Ms Jan Sadenov",
            ],
            ["Mr Dan Sadenov", "Ms Jan Sadenov"],
        ),
    ],
)
def test_f3_officials_under_one_address_are_told_apart_by_their_whole_names(
    qtbot: QtBot, tmp_path: Path, block: list[str], names: list[str]
) -> None:
    """A bilingual UA gives the Prosecutor General's title in English and French, his
    name once as "Mr Berik Asylov" and once as "Berik Asylov": drafting makes two
    officials, and every volunteer's letters go twice to the same man at the same fax
    (the same name written twice the same way is drafted once). Two ministers sharing one
    building, "Mr Dan Sadenov" and "Ms Jan Sadenov", are drafted as one, with a note that
    the Minister of Internal Affairs is "also listed as 'Minister of Justice' with the same
    name": the Minister of Justice gets no letter from anyone."""
    ua = tmp_path / "ua-77-25.txt"
    ua.write_text(
        HEAD
        + "\n".join(
            [
                *block,
                "Government House, 1 Mangilik El Avenue",
                "Astana 010000, KAZAKHSTAN",
                "Fax: +7 7172 74 50 00",
                "Salutation: Dear Minister",
            ]
        )
        + "\n"
        + TAIL,
        encoding="utf-8",
    )
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    drafted = [a.to_json() for a in draft.addressees]
    assert [a.name for a in draft.addressees] == names, drafted


@pytest.mark.parametrize(
    ("block", "building"),
    [
        (
            [
                "Presidente de la República,",
                "Casa de Nariño,",
                "Carrera 8 No. 7-26,",
                "Bogotá,",
                "Fax: +57 1 555 0000",
                "Saludo: Señor Presidente",
            ],
            "Casa de Nariño",
        ),
        (
            [
                "Ministre de l'Intérieur,",
                "Hôtel de Beauvau,",
                "Place Beauvau,",
                "75008 Paris,",
                "Fax : +33 1 40 07 00 00",
                "Formule d'appel : Monsieur le Ministre,",
            ],
            "Hôtel de Beauvau",
        ),
        (
            [
                "Director of the Prison,",
                "Evin Prison,",
                "Shahid Katchouyi Street,",
                "Tehran,",
                "Fax: +98 21 2222 0000",
                "Salutation: Dear Director",
            ],
            "Evin Prison",
        ),
    ],
)
def test_f4_an_address_line_ending_in_a_comma_is_not_taken_for_the_officials_name(
    qtbot: QtBot, tmp_path: Path, block: list[str], building: str
) -> None:
    """The UA names an official by title only (a post whose holder is not named, a prison
    director), then the address a line at a time, each line ending in a comma, as Spanish
    and French UAs often write it. The building's line is drafted as the official's name:
    the President of Colombia is "Casa de Nariño", the Minister of the Interior "Hôtel de
    Beauvau", and the building is gone from the address printed on every letter and
    envelope; nothing is said. Before names ending in a comma were read (87e4a09) the
    building was the address's first line and the name was left empty, as the UA gives
    none."""
    ua = tmp_path / "ua-77-25.txt"
    ua.write_text(HEAD + "\n".join(block) + "\n" + TAIL, encoding="utf-8")
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    drafted = [a.to_json() for a in draft.addressees]
    assert len(draft.addressees) == 1, drafted
    official = draft.addressees[0]
    assert official.name == "", drafted
    assert official.address[:1] == [building], drafted


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Excmo. Sr. Ministro del Interior", "D. Remigio Ejemplo"),
        ("Excma. Sra. Ministra de Justicia", "Dña. Ana Ejemplo"),
    ],
)
def test_f5_a_title_opening_excmo_after_a_greeting_stays_the_next_officials_title(
    qtbot: QtBot, tmp_path: Path, title: str, name: str
) -> None:
    """The Spanish UA lists the Prosecutor General, his "Saludo:", then the Minister of
    the Interior as Spanish addresses write the post, "Excmo. Sr. Ministro del
    Interior", with no blank line between (a PDF's text has none). Since "Excmo." and
    "Excma." open a greeting, the Minister's title is read as the Prosecutor's second
    greeting and dropped ("another form was given in the same language"): the Minister
    is drafted with no title and no organisation, and every letter to him is addressed to
    his name alone. At 87e4a09 the title was his."""
    ua = tmp_path / "au-77-25.txt"
    ua.write_text(
        HEAD
        + "\n".join(
            [
                "Fiscal General de la República",
                "Sr. Tarek William Saab",
                "Fax: +58 212 509 8000",
                "Saludo: Señor Fiscal General",
                title,
                name,
                "Avenida Urdaneta 12",
                "Caracas",
                "Fax: +58 212 506 1000",
                "Saludo: Señor Ministro",
            ]
        )
        + "\n"
        + TAIL,
        encoding="utf-8",
    )
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    drafted = [a.to_json() for a in draft.addressees]
    assert [a.name for a in draft.addressees] == ["Sr. Tarek William Saab", name], drafted
    prosecutor, minister = draft.addressees
    assert prosecutor.salutation == {"es": "Señor Fiscal General"}, drafted
    assert title in (minister.title, minister.organisation), drafted


@pytest.mark.parametrize(
    "block",
    [
        [
            "Minister of Internal Affairs,",
            "Erzhan Sadenov,",
            "Minister of Justice,",
            "Azamat Eskarayev,",
            "Government House, 1 Mangilik El Avenue,",
            "Astana 010000,",
            "Fax: +7 7172 74 50 00",
            "Salutation: Dear Minister",
        ],
        [
            "Ministre de l'Intérieur,",
            "Monsieur Erzhan Sadenov,",
            "Ministre de la Justice,",
            "Madame Azamat Eskarayev,",
            "Government House,",
            "1 avenue Mangilik El,",
            "Astana 010000,",
            "Fax : +7 7172 74 50 00",
            "Formule d'appel : Monsieur le Ministre, Madame la Ministre",
        ],
    ],
)
def test_f6_officials_sharing_an_address_written_with_commas_are_each_drafted(
    qtbot: QtBot, tmp_path: Path, block: list[str]
) -> None:
    """The UA lists two ministers under one building, each line ending in a comma as a
    French address is written line by line. The draft has one official, "Ministre de
    l'Intérieur,, Ministre de la Justice", named Erzhan Sadenov, whose address starts
    "Madame Azamat Eskarayev"; no note says a second official was found. Every letter
    goes to one minister with the other's name printed as his street, and the Minister
    of Justice gets none. Without the commas the two are drafted apart, each told."""
    ua = tmp_path / "au-77-25.txt"
    ua.write_text(HEAD + "\n".join(block) + "\n" + TAIL, encoding="utf-8")
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    drafted = [a.to_json() for a in draft.addressees]
    assert len(draft.addressees) == 2, drafted
    for minister in draft.addressees:
        assert not any("Eskarayev" in line or "Sadenov" in line for line in minister.address)
        assert "," not in minister.title, drafted

"""Drafting a pack from an Urgent Action's text: what is found, what is flagged, and that no
text, however mangled, makes it fail.

The texts are in tests/data/drafting/: the seed Urgent Action (UA 129/10, 3rd update) and
short invented Urgent Actions, one for each wording and layout the drafter must read.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import SEED_ID
from uawriter.bundled import bundled_packs_folder
from uawriter.cli import run
from uawriter.domain.model import Pack, Role
from uawriter.drafting import (
    DraftInputError,
    DraftPack,
    draft_from_file,
    draft_from_text,
    draft_pack,
    read_source,
    to_manifest_toml,
)
from uawriter.engine import check_pack_folder
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths

DATA = Path(__file__).parent / "data" / "drafting"
SEED = DATA / "ua-129-10-update3.txt"

#: A complete English letter template (docs/pack-format.md, section 11).
EN_TEMPLATE = """{{ date }}

{% for line in addressee.postal_lines %}
{{ line }}
{% endfor %}

Re: {{ action.reference }}, {{ action.title }}

{{ addressee.salutation }},

{% for point in talking_points %}
{{ point }}

{% endfor %}
Yours sincerely,

{{ sender.name }}
"""


def draft_of(name: str) -> DraftPack:
    return draft_pack((DATA / name).read_text(encoding="utf-8"), strict=True)


def flat(text: str) -> str:
    """White space folded, typographic quotes made plain: how two copies of a text compare."""
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return re.sub(r"\s+", " ", text).strip()


# -- 1. the seed Urgent Action -------------------------------------------------------------------

#: The recommended actions as the Urgent Action words them ("Urging…", "Reminding…").
SEED_POINTS = [
    "Urging the Kazakhstani authorities to respect their obligations under international law "
    "and ensure that none of the ethnic Uzbek men who remain in detention, and none of the "
    "family members of the 28 extradited men already extradited, are forcibly returned to "
    "Uzbekistan",
    "Reminding the authorities that forcibly returning these individuals to Uzbekistan would "
    "violate their obligations as a State party to the 1951 Refugee Convention not to forcibly "
    "return anyone to a country where they would be at risk of serious human rights "
    "violations, including torture",
    "Urging that they are all given full and unhindered access to international protection and "
    "that each case is determined on an individual basis, according to fair and efficient "
    "refugee status determination procedures.",
    "Reminding Kazakhstan of its obligation under Article 3 (1) of the Convention against "
    "Torture not to expel, return or extradite a person to another State where there are "
    "substantial grounds for believing that they would be in danger of being subjected to "
    "torture and to halt extraditions in cases where CAT has issued interim measures",
]


def test_the_seed_copy_is_the_shared_seed() -> None:
    shared = Path("/work/shared/seeds/ua-129-10-update3.txt")
    if shared.exists():
        assert SEED.read_bytes() == shared.read_bytes()


def test_the_seed_urgent_action_drafted() -> None:
    draft = draft_from_file(SEED)
    assert draft.ua_number == "129/10"
    assert draft.update == 3
    assert draft.deadline == dt.date(2011, 7, 22)
    assert draft.write_in == ["kk", "ru"]
    assert draft.write_in_own_language is True
    assert draft.title == "Ethnic Uzbeks at risk of torture if returned"
    assert draft.country == "KZ"
    assert draft.talking_points == SEED_POINTS
    seed_text = flat(SEED.read_text(encoding="utf-8"))
    for point in draft.talking_points:
        assert flat(point) in seed_text, "each point is the Urgent Action's own wording"
    assert draft.after_deadline == (
        "Please check with your section office if sending appeals after the above date."
    )
    assert draft.diplomatic_copies == (
        "Also send copies to diplomatic representatives accredited to your country."
    )
    assert draft.further_information == "http://amnesty.org/en/library/info/EUR57/001/2011/en"
    found = [(a.role, a.title, a.name, a.fax, a.emails, a.salutation) for a in draft.addressees]
    assert found == [
        (
            "target",
            "President of Kazakhstan",
            "Nursultan Nazarbaev",
            "+7 7172 72 05 16",
            [],
            {"en": "Dear President"},
        ),
        (
            "target",
            "Prosecutor General of Kazakhstan",
            "Mr Ashat Daulbayev",
            "+7 7172 50 25 34",
            ["procuror@nursat.kz", "Gp-rk@prokuror.kz"],
            {"en": "Dear Prosecutor General"},
        ),
        (
            "copy",
            "Minister of Foreign Affairs",
            "Kanat Saudabaev",
            "+7 7172 72 05 16",
            ["midrk@mid.kz"],
            {"en": "Dear Minister"},
        ),
    ]
    # The update's text prints no issue date (the pack takes it from the document's index).
    assert draft.not_found == ["action.issued"]


def test_the_seed_draft_agrees_with_the_bundled_pack(packs: dict[str, Pack]) -> None:
    """Field by field, where the Urgent Action and the hand-made pack should agree."""
    pack = packs[SEED_ID]
    action = pack.action
    draft = draft_from_file(SEED)
    assert draft.ua_number == action.ua_number
    assert draft.update == action.update
    assert draft.deadline == action.deadline
    assert draft.country == action.country
    assert draft.write_in == list(action.write_in)
    assert draft.write_in_own_language == action.write_in_own_language
    assert draft.further_information == action.further_information
    for key in ("title", "summary", "additional_information", "after_deadline"):
        ours = getattr(draft, key)
        theirs = getattr(action, key).get("en")
        assert flat(ours) == flat(theirs), key
        # Paragraphs too: the PDF's double-spaced lines are joined, its paragraphs kept.
        assert len(ours.split("\n\n")) == len(theirs.split("\n\n")), key
    assert action.diplomatic_copies is not None
    assert draft.diplomatic_copies == action.diplomatic_copies.get("en")
    assert len(draft.talking_points) == len(pack.talking_points)  # reworded in the pack
    assert len(draft.addressees) == len(pack.addressees)
    for ours, theirs in zip(draft.addressees, pack.addressees, strict=True):
        assert ours.role == theirs.role.value
        assert ours.title == theirs.title
        assert ours.name == theirs.name
        assert ours.organisation == theirs.organisation
        assert ours.address == list(theirs.address)
        assert ours.country == theirs.country
        assert ours.fax == theirs.fax
        assert ours.emails == list(theirs.emails)
        assert ours.salutation == {"en": theirs.salutation.get("en")}
    # Where they differ, on purpose: the pack's issue date comes from outside the text.
    assert draft.issued is None
    assert action.issued == dt.date(2011, 6, 10)


def test_each_field_knows_its_lines() -> None:
    draft = draft_from_file(SEED)
    assert "22 JULY 2011" in " ".join(draft.lines_of("action.deadline"))
    assert "Kazakh, Russian or your own language" in " ".join(draft.lines_of("action.write_in"))
    assert "3rd update of UA 129/10" in " ".join(draft.lines_of("action.update"))
    assert draft.lines_of("talking_points[1]")[0].strip().startswith("Reminding the authorities")
    assert draft.lines_of("addressees[1].emails") == [
        "Email: procuror@nursat.kz;",
        "",
        "Gp-rk@prokuror.kz",
    ]
    assert draft.lines_of("addressees[2].salutation") == ["Salutation: Dear Minister"]
    assert draft.lines_of("addressees[2]")[0] == "Minister of Foreign Affairs"
    assert draft.lines_of("action.additional_information")[0].startswith("A new law on refugees")
    for key, (first, last) in draft.sources.items():
        assert 1 <= first <= last <= len(draft.lines), key


# -- 2. variations: each wording and layout ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "ua_number", "update"),
    [
        ("ua-129-10-update3.txt", "129/10", 3),  # "This is the 3rd update of UA 129/10"
        ("third-ua-60-16.txt", "60/16", 2),  # "THIRD UA: 60/16": the third UA on the case
        ("second-ua-45-13.txt", "45/13", 1),  # "Second UA: 45/13"
        ("further-information-102-10.txt", "102/10", None),  # an update, number not given
        ("extra-36-02.txt", "EXTRA 36/02", 0),
        ("ua-137-00-june-6-2000.txt", "137/00", 0),
        ("all-lower-case.txt", "77/15", 2),  # "this is the second update of ua 77/15"
        ("flattened-one-line.txt", "20/14", 1),  # "This is the first update of UA 20/14"
    ],
)
def test_urgent_action_numbers_and_updates(name: str, ua_number: str, update: int | None) -> None:
    draft = draft_of(name)
    assert draft.ua_number == ua_number
    assert draft.update == update
    assert "action.ua_number" in draft.sources
    assert "action.update" in draft.sources


def test_an_update_whose_number_is_not_printed_is_flagged_not_invented() -> None:
    draft = draft_of("further-information-102-10.txt")
    assert draft.update is None
    assert "action.update" in draft.not_found
    assert "does not say which" in " ".join(draft.notes["action.update"])
    assert draft.lines_of("action.update") == [
        "FURTHER INFORMATION ON UA 102/10 Index: AMR 99/005/2010 Date: 2 June 2010"
    ]


def test_an_ordinal_ua_is_read_with_a_note() -> None:
    draft = draft_of("third-ua-60-16.txt")
    assert "THIRD UA: 60/16" in " ".join(draft.notes["action.update"])


@pytest.mark.parametrize(
    ("name", "deadline", "as_soon_as_possible"),
    [
        ("ua-129-10-update3.txt", dt.date(2011, 7, 22), False),  # BEFORE 22 JULY 2011
        ("second-ua-45-13.txt", dt.date(2013, 6, 5), False),  # before 05 June 2013
        ("ua-137-00-june-6-2000.txt", dt.date(2000, 6, 6), False),  # after June 6, 2000
        ("further-information-102-10.txt", None, True),  # as quickly as possible
        ("extra-36-02.txt", None, True),  # PLEASE SEND APPEALS IMMEDIATELY
        ("letter-spaced-heading.txt", dt.date(2012, 5, 10), False),  # B E F O R E  1 0  M A Y
    ],
)
def test_deadlines(name: str, deadline: dt.date | None, as_soon_as_possible: bool) -> None:
    draft = draft_of(name)
    assert draft.deadline == deadline
    assert draft.appeals_as_soon_as_possible is as_soon_as_possible
    assert "action.deadline" in draft.sources
    if as_soon_as_possible:
        assert "action.deadline" not in draft.not_found, "no deadline on purpose, not missing"
        assert "as soon as possible" in " ".join(draft.notes["action.deadline"])
        assert "action.deadline" not in draft.fields()


@pytest.mark.parametrize(
    ("name", "issued"),
    [
        ("third-ua-60-16.txt", dt.date(2016, 5, 12)),  # "Date: 12 May 2016"
        ("further-information-102-10.txt", dt.date(2010, 6, 2)),
        ("extra-36-02.txt", dt.date(2002, 3, 14)),  # the date on the EXTRA line
        ("ua-137-00-june-6-2000.txt", dt.date(2000, 4, 25)),  # "April 25, 2000"
        ("all-lower-case.txt", dt.date(2015, 7, 1)),
    ],
)
def test_issue_dates(name: str, issued: dt.date) -> None:
    assert draft_of(name).issued == issued


@pytest.mark.parametrize(
    ("name", "write_in", "own"),
    [
        ("ua-129-10-update3.txt", ["kk", "ru"], True),
        ("third-ua-60-16.txt", ["en", "es"], True),  # "in English, Spanish, or your own…"
        ("second-ua-45-13.txt", ["fr", "en"], True),
        ("extra-36-02.txt", ["en", "ru"], True),
        ("letter-spaced-heading.txt", ["ar", "en"], True),
        ("symbol-font-bullets.txt", ["en", "zh"], True),
        ("flattened-one-line.txt", ["en", "de"], True),
    ],
)
def test_languages_to_write_in(name: str, write_in: list[str], own: bool) -> None:
    draft = draft_of(name)
    assert draft.write_in == write_in
    assert draft.write_in_own_language is own


def test_a_list_of_languages_without_your_own_language() -> None:
    text = (SEED.read_text(encoding="utf-8")).replace(
        "in Kazakh, Russian or your own language", "in Kazakh or Russian"
    )
    draft = draft_pack(text, strict=True)
    assert draft.write_in == ["kk", "ru"]
    assert draft.write_in_own_language is False


BULLET_POINTS = [
    "Calling on the authorities to reinstate the four students and to drop all disciplinary "
    "proceedings against them",
    "Urging them to respect the right to peaceful assembly on university campuses",
    "Calling on them to investigate the use of force by campus guards.",
]


@pytest.mark.parametrize(
    "markers",
    [
        ("• ", "• ", "• "),
        ("- ", "- ", "- "),
        ("* ", "* ", "* "),
        ("\uf0b7 ", "\uf0b7 ", "\uf0b7 "),  # Symbol font's bullet, as a private-use character
        ("\uf0b7", "\uf0b7", "\uf0b7"),  # … with no space after it
        ("\uf0a7 ", "\uf0a7 ", "\uf0a7 "),  # Wingdings' square
        ("o ", "o ", "o "),  # Courier's bullet
        ("§ ", "§ ", "§ "),  # Wingdings' square, drawn as §
        ("▪ ", "▪ ", "▪ "),
        ("l ", "l ", "l "),  # Wingdings' round bullet, drawn as l
        ("n ", "n ", "n "),  # Wingdings' square bullet, drawn as n
        ("1. ", "2. ", "3. "),
        ("a) ", "b) ", "c) "),
        ("(a) ", "(b) ", "(c) "),
        ("", "", ""),  # bullets lost altogether: "Calling…"/"Urging…" after a ";" start points
    ],
    ids=repr,
)
def test_bullet_styles(markers: tuple[str, str, str]) -> None:
    template = (DATA / "bullets-template.txt").read_text(encoding="utf-8")
    for n, marker in enumerate(markers, start=1):
        template = template.replace("{" + str(n) + "}", marker)
    draft = draft_pack(template, strict=True)
    assert draft.talking_points == BULLET_POINTS
    assert draft.lines_of("talking_points[0]")[-1] == "proceedings against them;"
    if not markers[0]:
        assert "no bullets found" in " ".join(draft.notes["talking_points"])


def test_symbol_font_bullets_that_came_out_as_letters() -> None:
    draft = draft_of("symbol-font-bullets.txt")
    assert draft.talking_points == [
        "Urging the authorities to reveal where Mei Beispiel is held and to release her "
        "immediately and unconditionally",
        "Calling on them to ensure that she is not tortured or otherwise ill-treated",
        "Reminding them that lawyers must be able to work without fear of reprisals.",
    ]


def test_two_language_salutations_both_ways() -> None:
    """ "Dear Minister/Estimado Señor Ministro" and "(Monsieur le Ministre / Dear Minister)"."""
    spanish = draft_of("third-ua-60-16.txt")
    assert [a.salutation for a in spanish.addressees] == [
        {"en": "Dear Minister", "es": "Estimado Señor Ministro"},
        {"en": "Dear Ombudsperson", "es": "Estimada Señora Defensora"},
    ]
    assert [a.role for a in spanish.addressees] == ["target", "copy"]
    french = draft_of("second-ua-45-13.txt")
    assert [a.salutation for a in french.addressees] == [
        {"fr": "Monsieur le Ministre", "en": "Dear Minister"},
        {"fr": "Monsieur le Président", "en": "Dear President"},
    ]
    assert french.lines_of("addressees[0].salutation") == ["(Monsieur le Ministre / Dear Minister)"]


def test_a_salutation_of_unknown_language_is_kept_in_english_and_flagged() -> None:
    text = (SEED.read_text(encoding="utf-8")).replace(
        "Salutation: Dear Minister", "Salutation: Dear Minister / Hörmətli Nazir"
    )
    draft = draft_pack(text, strict=True)
    assert draft.addressees[2].salutation == {"en": "Dear Minister / Hörmətli Nazir"}
    assert "could not tell the language" in " ".join(draft.notes["addressees[2].salutation"])


def test_one_salutation_for_all_addressees() -> None:
    draft = draft_of("further-information-102-10.txt")
    assert [(a.title, a.name, a.salutation) for a in draft.addressees] == [
        ("Minister of the Interior", "Dr Carlos Supuesto", {"en": "Dear Minister"}),
        ("Minister of Justice", "Lic. Rosa Hipotética", {"en": "Dear Minister"}),
    ]
    assert draft.lines_of("addressees[1].salutation") == ["Salutation for all: Dear Minister"]
    assert "given for all" in " ".join(draft.notes["addressees[1].salutation"])
    assert draft.addressees[0].fax == "+99 31 444 0000"
    assert draft.addressees[0].emails == ["despacho@interior.example.org"]
    assert draft.addressees[1].emails == []
    assert draft.diplomatic_copies == (
        "COPIES TO: diplomatic representatives of Valdoria accredited to your country."
    )


def test_running_headers_and_page_numbers_inside_a_paragraph() -> None:
    draft = draft_of("further-information-102-10.txt")
    assert draft.title == "Fear of torture of detained student"
    assert draft.summary == (
        "Student leader Ana Ficticia, who was arrested on 20 May, is still held incommunicado "
        "at the Central Police Station in Valle Modelo. Her family fear that she is at real "
        "risk of torture, as other students held there have said they were beaten. (A "
        "fictional case, written for UA Writer's tests.)"
    )
    # The header and page number stay in the lines the reviewer sees.
    assert "Page 2 of 3" in draft.lines_of("action.summary")
    assert draft.talking_points[0].startswith("expressing concern for the safety of Ana Ficticia")


def test_an_old_format_extra_with_background_before_the_actions() -> None:
    draft = draft_of("extra-36-02.txt")
    assert draft.title == "RURITANIA Ivan Beispiel (m), aged 42, human rights defender"
    assert draft.additional_information.startswith("Human rights defenders in Ruritania")
    assert draft.summary.startswith("Human rights defender Ivan Beispiel has received")
    assert [a.name for a in draft.addressees] == ["His Excellency Boris Muster"]
    assert draft.addressees[0].fax == "+999 495 206 5173"  # printed "+ 999 495 …"
    assert len(draft.talking_points) == 3
    assert draft.after_deadline == ""
    assert "action.after_deadline" in draft.not_found


def test_an_american_style_action() -> None:
    draft = draft_of("ua-137-00-june-6-2000.txt")
    assert draft.after_deadline == (
        "Check with the Urgent Action Office if sending appeals after June 6, 2000."
    )
    governor = draft.addressees[0]
    assert (governor.title, governor.name, governor.organisation) == (
        "Governor",
        "Jane Placeholder",
        "Office of the Governor",
    )
    assert governor.address == ["State Capitol", "Springfield 00001"]
    assert governor.salutation == {"en": "Dear Governor"}  # printed "Dear Governor:"
    assert draft.talking_points[1] == (
        "Urging the Governor to grant clemency to John Placeholder and commute his death sentence."
    )


def test_text_flattened_to_one_line() -> None:
    draft = draft_of("flattened-one-line.txt")
    assert (DATA / "flattened-one-line.txt").read_text(encoding="utf-8").count("\n") == 0
    assert draft.title == "Prisoner of conscience on hunger strike"
    assert draft.deadline == dt.date(2014, 4, 30)
    assert draft.talking_points == [
        "Calling for the immediate and unconditional release of Anna Muster, a prisoner of "
        "conscience",
        "Urging the authorities to ensure she gets the medical care she needs",
        "Calling on them to allow her lawyer and family to visit her.",
    ]
    assert [(a.role, a.title, a.name, a.fax, a.emails, a.salutation) for a in draft.addressees] == [
        (
            "target",
            "Minister of Justice",
            "Mr Karl Beispiel",
            "+999 30 123 4567",
            ["minister@justice.example.org"],
            {"en": "Dear Minister"},
        ),
        (
            "target",
            "Prosecutor General",
            "Ms Eva Probe",
            "+999 30 765 4321",
            ["info@prosecutor.example.org", "press@prosecutor.example.org"],
            {"en": "Dear Prosecutor General"},
        ),
        ("copy", "Ambassador", "Hans Vorbild", "+999 30 111 2222", [], {"en": "Your Excellency"}),
    ]
    assert draft.diplomatic_copies.startswith("Also send copies to diplomatic representatives")
    assert draft.after_deadline.startswith("Please check with your section office")
    assert draft.further_information == "https://www.amnesty.org/en/documents/eur99/001/2014/en/"
    assert draft.additional_information.startswith("Anna Muster has written about corruption")
    assert "without its line breaks" in " ".join(draft.notes["input"])


def test_text_all_in_lower_case() -> None:
    draft = draft_of("all-lower-case.txt")
    assert draft.title == "fisherman's family harassed by police"
    assert draft.deadline == dt.date(2015, 8, 12)
    assert draft.write_in == ["en"]
    assert draft.talking_points == [
        "urging the authorities to protect the family of ali beispiel from threats and harassment",
        "calling on them to investigate the threats made by police officers.",
    ]
    chief = draft.addressees[0]
    assert (chief.title, chief.name, chief.fax, chief.emails, chief.salutation) == (
        "chief of police",
        "mr omar muster",
        "+999 40 555 6666",
        ["chief@police.example.org"],
        {"en": "dear chief of police"},
    )
    assert draft.after_deadline.startswith("please check with your section office")
    assert "lower case" in " ".join(draft.notes["input"])


def test_letter_spaced_headings() -> None:
    draft = draft_of("letter-spaced-heading.txt")
    assert draft.lines[0] == "URGENT ACTION"
    assert draft.title == "Poet faces trial"
    assert draft.talking_points == [
        "Calling for the charges against Samir Fiktiv to be dropped",
        "Urging the authorities to respect the right to freedom of expression.",
    ]
    assert draft.additional_information == (
        "Samir Fiktiv has been arrested twice before for his poems."
    )
    assert [(a.name, a.salutation) for a in draft.addressees] == [
        ("Mr Hamid Erfunden", {"en": "Your Excellency"})
    ]


def test_addresses_split_into_their_parts() -> None:
    minister, ombudsperson = draft_of("third-ua-60-16.txt").addressees
    assert minister.title == "Minister of the Interior"
    assert minister.name == "Mr Tomás Inventado"
    assert minister.organisation == "Ministerio del Interior"
    assert minister.address == ["Avenida Central 100", "Puerto Ficticio 10100, VALDORIA"]
    assert minister.country == ""  # Valdoria is not a country: nothing invented
    assert ombudsperson.emails == ["defensoria@example.org", "quejas@example.org"]
    assert ombudsperson.fax == ""


def test_fictional_countries_are_not_found_rather_than_guessed() -> None:
    draft = draft_of("third-ua-60-16.txt")
    assert draft.country == ""
    assert "action.country" in draft.not_found


def test_a_text_with_nothing_in_it_is_all_not_found() -> None:
    draft = draft_pack("Hello, this is not an Urgent Action.", strict=True)
    assert draft.fields() == {"action.title": {"en": "Hello, this is not an Urgent Action"}}
    assert "action.ua_number" in draft.not_found
    assert "talking_points" in draft.not_found
    assert "addressees" in draft.not_found


def test_json_has_the_fields_the_gaps_and_the_sources() -> None:
    result = draft_from_file(SEED).to_json()
    assert set(result) == {"fields", "not_found", "sources", "notes"}
    fields = result["fields"]
    assert fields["action.ua_number"] == "129/10"
    assert fields["action.deadline"] == "2011-07-22"
    assert fields["action.write_in"] == ["kk", "ru"]
    assert fields["action.title"] == {"en": "Ethnic Uzbeks at risk of torture if returned"}
    assert fields["talking_points"][0] == {"id": "point-1", "text": {"en": SEED_POINTS[0]}}
    assert fields["addressees"][1]["emails"] == ["procuror@nursat.kz", "Gp-rk@prokuror.kz"]
    assert result["not_found"] == ["action.issued"]
    assert result["sources"]["action.deadline"] == [37, 37]
    json.dumps(result)  # plain JSON values only


# -- input: files, encodings, PDFs, bad input ---------------------------------------------------


def test_a_windows_1252_file_is_read_with_a_note(tmp_path: Path) -> None:
    text = (DATA / "third-ua-60-16.txt").read_text(encoding="utf-8")
    path = tmp_path / "ua.txt"
    path.write_bytes(text.encode("cp1252"))
    draft = draft_from_file(path)
    assert "Windows-1252" in " ".join(draft.notes["input"])
    assert draft.addressees[0].salutation["es"] == "Estimado Señor Ministro"
    assert draft.addressees[0].name == "Mr Tomás Inventado"


def test_a_utf8_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "ua.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes())
    assert draft_from_file(path).ua_number == "129/10"


def write_pdf(text: str, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    y = 800.0
    pdf.setFont("Helvetica", 9)
    for line in text.splitlines():
        if y < 50:
            pdf.showPage()
            pdf.setFont("Helvetica", 9)
            y = 800.0
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()


def test_a_pdf_is_drafted_from_its_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "ua-60-16.pdf"
    write_pdf((DATA / "third-ua-60-16.txt").read_text(encoding="utf-8"), path)
    draft = draft_from_file(path)
    assert "PDF" in " ".join(draft.notes["input"])
    assert (draft.ua_number, draft.update) == ("60/16", 2)
    assert draft.issued == dt.date(2016, 5, 12)
    assert draft.deadline == dt.date(2016, 6, 23)
    assert draft.write_in == ["en", "es"]
    assert draft.title == "Teacher still held without charge"
    assert len(draft.talking_points) == 3
    assert draft.talking_points[2] == (
        "Calling on them to ensure she is not tortured or otherwise ill-treated."
    )
    assert [a.salutation for a in draft.addressees] == [
        {"en": "Dear Minister", "es": "Estimado Señor Ministro"},
        {"en": "Dear Ombudsperson", "es": "Estimada Señora Defensora"},
    ]
    assert draft.addressees[0].fax == "+99 21 555 0100"
    assert draft.further_information == "https://www.amnesty.org/en/documents/amr99/4000/2016/en/"


def test_a_huge_pdf_is_read_only_to_its_twentieth_page(tmp_path: Path) -> None:
    """An Urgent Action is a few pages: a PDF of thousands (one seen took six hours) is read
    no further than page 20, and the note says so."""
    path = tmp_path / "long.pdf"
    write_pdf("\n".join(f"Page {n} of the long document" for n in range(1, 61 * 62)), path)
    source = read_source(path)
    assert "Page 1 of the long document" in source.text
    assert any("only the first 20 were read" in note for note in source.notes), source.notes
    last = max(int(m) for m in re.findall(r"Page (\d+) of", source.text))
    assert last < 21 * 62  # nothing from page 21 on (62 lines a page)


@pytest.mark.parametrize("kind", ["device", "pipe"])
def test_a_device_or_a_pipe_is_refused_before_it_is_read(kind: str, tmp_path: Path) -> None:
    """/dev/zero reports a size of 0 and never ends; a pipe may never be written to. Both are
    refused by what they are, without opening them."""
    if kind == "device":
        path = Path("/dev/zero")
    else:
        path = tmp_path / "ua.txt"
        os.mkfifo(path)
    with pytest.raises(DraftInputError, match="is not a regular file"):
        read_source(path)


def test_an_encrypted_pdf_is_refused_clearly(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    write_pdf(SEED.read_text(encoding="utf-8"), plain)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    with pytest.raises(DraftInputError, match="password-protected"):
        draft_from_file(locked)


@pytest.mark.parametrize("name", ["restricted-aes128.pdf", "password-aes256.pdf"])
def test_an_aes_encrypted_pdf_is_not_called_damaged(name: str) -> None:
    """AES-encrypted Urgent Actions (the usual "copying restricted" PDF opens in any reader
    without a password) were "could not be read as a PDF (DependencyError); is it damaged?",
    which sent the organiser looking for another copy of a good file (the twentieth probe).
    The files were written by pypdf with the cryptography package, which the app leaves out."""
    with pytest.raises(DraftInputError, match=r"encrypted \(AES\).*copy the text") as refused:
        draft_from_file(Path(__file__).parent / "data" / "drafting" / name)
    assert "damaged" not in str(refused.value)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("notes.pdf", b"PLEASE SEND APPEALS BEFORE 22 JULY 2011", "is not a PDF"),
        ("empty.txt", b"", "holds no text"),
        ("blank.txt", b" \n\t\n  \r\n", "holds no text"),
        ("damaged.pdf", b"%PDF-1.4\n1 0 obj <<", "could not be read as a PDF"),
        ("ua.docx", b"PK\x03\x04" + b"\x00" * 30, "zip file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "does not look like a text file"),
    ],
)
def test_bad_input_gives_a_clear_error(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DraftInputError, match=message) as caught:
        draft_from_file(path)
    assert name in str(caught.value)


def test_a_folder_and_a_pdf_without_text(tmp_path: Path) -> None:
    with pytest.raises(DraftInputError, match="is a folder"):
        read_source(tmp_path)
    from reportlab.pdfgen import canvas

    scanned = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(scanned))
    pdf.rect(100, 100, 200, 200, fill=1)
    pdf.save()
    with pytest.raises(DraftInputError, match="no text to read"):
        read_source(scanned)


def test_pasted_text_must_hold_something() -> None:
    with pytest.raises(DraftInputError, match="no text"):
        draft_from_text("  \n ")
    assert draft_from_text(SEED.read_text(encoding="utf-8")).ua_number == "129/10"


# -- 3. any text at all ------------------------------------------------------------------------

REAL_LINES = [
    line
    for path in sorted(DATA.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
]
DOCUMENTS = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.txt"))]


@st.composite
def mangled_urgent_actions(draw: st.DrawFn) -> str:
    """Real Urgent Action lines, shuffled, dropped, joined, re-cased, letter-spaced and
    sprinkled with junk."""
    if draw(st.booleans()):
        lines = draw(st.permutations(draw(st.sampled_from(DOCUMENTS)).splitlines()))
    else:
        lines = draw(st.lists(st.sampled_from(REAL_LINES), max_size=60))
    text = "\n".join(lines)
    for operation in draw(st.lists(st.integers(0, 6), max_size=4)):
        if operation == 0:
            text = text.upper()
        elif operation == 1:
            text = text.lower()
        elif operation == 2:
            text = " ".join(text.split("\n"))
        elif operation == 3:
            text = "\n".join(
                " ".join(line) if len(line) < 60 else line for line in text.split("\n")
            )
        elif operation == 4:
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(max_size=30)) + text[at:]
        elif operation == 5:
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, min(len(text), start + 80)))
            text = text[:start] + text[end:]
        else:
            text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\n\n", "\f", "\n "])))
    return text


def assert_a_usable_draft(text: str) -> None:
    draft = draft_pack(text, strict=True)  # strict: an internal error fails the test
    assert isinstance(draft, DraftPack)
    json.dumps(draft.to_json(), ensure_ascii=False)
    tomllib.loads(to_manifest_toml(draft, "a-draft"))
    for key, (first, last) in draft.sources.items():
        assert 1 <= first <= last <= len(draft.lines), key
    assert set(draft.not_found).isdisjoint(k for k in draft.fields() if k != "addressees")


PROPERTY = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@PROPERTY
@given(st.text())
def test_any_text_gives_a_draft(text: str) -> None:
    assert_a_usable_draft(text)


@PROPERTY
@given(mangled_urgent_actions())
def test_mangled_urgent_actions_give_a_draft(text: str) -> None:
    assert_a_usable_draft(text)


# -- the draft as a pack ---------------------------------------------------------------------


def make_pack_folder(folder: Path, manifest: str, languages: dict[str, str]) -> Path:
    (folder / "letters").mkdir(parents=True)
    (folder / "pack.toml").write_text(manifest, encoding="utf-8")
    for lang, template in languages.items():
        (folder / "letters" / f"{lang}.txt").write_text(template, encoding="utf-8")
    return folder


def problems_of(result: Pack | BrokenPack) -> list[str]:
    assert isinstance(result, BrokenPack)
    return [f"{p.field}: {p.message}" for p in result.problems]


def test_the_seed_draft_as_a_pack_names_what_is_left_to_fill_in(tmp_path: Path) -> None:
    manifest = to_manifest_toml(draft_from_file(SEED), SEED_ID)
    folder = make_pack_folder(tmp_path / "draft", manifest, {"en": EN_TEMPLATE})
    assert problems_of(check_pack_folder(folder)) == [
        "contacts_checked: is missing; add contacts_checked = YYYY-MM-DD (a date, no quotes)",
    ]
    # With the date filled in it loads with its English letter (the UA takes letters "in
    # your own language"); what would complete it is a note.
    dated = manifest.replace(
        "# TODO contacts_checked = YYYY-MM-DD", "contacts_checked = 2011-06-10 #"
    )
    (folder / "pack.toml").write_text(dated, encoding="utf-8")
    pack = check_pack_folder(folder)
    assert isinstance(pack, Pack), problems_of(pack)
    assert pack.letter_languages == ("en",)
    assert [(n.field, "letters/kk.txt" in n.message) for n in pack.notes][:1] == [
        ("action.write_in[0]", True)
    ]
    assert [n.field for n in pack.notes] == ["action.write_in[0]", "action.write_in[1]"]
    # The volunteer fills in the date and adds the Kazakh and Russian letters: what is left
    # is exactly the translations of the points and the salutations.
    filled = manifest.replace(
        "# TODO contacts_checked = YYYY-MM-DD", "contacts_checked = 2011-06-10 #"
    )
    (folder / "pack.toml").write_text(filled, encoding="utf-8")
    for lang in ("kk", "ru"):
        shutil.copy(
            bundled_packs_folder() / SEED_ID / "letters" / f"{lang}.txt", folder / "letters"
        )
    left = problems_of(check_pack_folder(folder))
    expected = [
        f'{what}.{lang}: is missing: the pack has a letter in {lang}; add {lang} = "…"'
        for what in [f"talking_points[{i}].text" for i in range(4)]
        + [f"addressees[{i}].salutation" for i in range(3)]
        for lang in ("kk", "ru")
    ]
    assert sorted(left) == sorted(expected)


def test_a_letter_language_the_action_insists_on_is_still_required(tmp_path: Path) -> None:
    """Without "or your own language", a pack lacking a letter the UA asks for is refused:
    volunteers could only write in a language the action does not take."""
    manifest = to_manifest_toml(draft_from_file(SEED), SEED_ID).replace(
        "# TODO contacts_checked = YYYY-MM-DD", "contacts_checked = 2011-06-10 #"
    )
    manifest = manifest.replace("write_in_own_language = true", "write_in_own_language = false")
    folder = make_pack_folder(tmp_path / "draft", manifest, {"en": EN_TEMPLATE})
    assert problems_of(check_pack_folder(folder)) == [
        "action.write_in[0]: asks for letters in 'kk' but there is no letters/kk.txt",
        "action.write_in[1]: asks for letters in 'ru' but there is no letters/ru.txt",
    ]


def test_a_draft_with_nothing_missing_loads_as_a_pack(tmp_path: Path) -> None:
    draft = draft_of("ua-137-00-june-6-2000.txt")
    manifest = to_manifest_toml(draft, "ua-137-00")
    folder = make_pack_folder(tmp_path / "ua-137-00", manifest, {"en": EN_TEMPLATE})
    pack = check_pack_folder(folder)
    assert isinstance(pack, Pack), problems_of(pack)
    action = pack.action
    assert (action.ua_number, action.update, action.issued, action.deadline) == (
        "137/00",
        0,
        dt.date(2000, 4, 25),
        dt.date(2000, 6, 6),
    )
    assert pack.contacts_checked == dt.date(2000, 4, 25)
    assert [p.text.get("en") for p in pack.talking_points] == draft.talking_points
    governor = pack.addressees[0]
    assert (governor.role, governor.title, governor.name) == (
        Role.TARGET,
        "Governor",
        "Jane Placeholder",
    )
    assert governor.salutation.get("en") == "Dear Governor"
    assert action.after_deadline.get("en") == draft.after_deadline


def test_an_unknown_update_number_is_left_for_the_volunteer(tmp_path: Path) -> None:
    manifest = to_manifest_toml(draft_of("further-information-102-10.txt"), "ua-102-10")
    data: dict[str, Any] = tomllib.loads(manifest)
    assert "update" not in data["action"], "no number is made up"
    assert "# TODO update = N  (this is an update, but the text does not say which" in manifest
    assert "deadline" not in data["action"]
    assert "# no deadline: the action asks for appeals as soon as possible" in manifest
    # Every value has the type the loader (and the pack editor) expects.
    folder = make_pack_folder(tmp_path / "ua-102-10", manifest, {"en": EN_TEMPLATE})
    pack = check_pack_folder(folder)
    assert isinstance(pack, Pack), problems_of(pack)
    assert pack.action.deadline is None
    assert pack.addressees[1].salutation.get("en") == "Dear Minister"


def test_a_pack_id_must_be_usable() -> None:
    with pytest.raises(ValueError, match="not a usable pack id"):
        to_manifest_toml(draft_from_file(SEED), "UA 129/10")


# -- 5. the command line -----------------------------------------------------------------------


def cli(tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), paths=AppPaths(tmp_path / "userdata"), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_draft_pack_json_on_the_seed(tmp_path: Path) -> None:
    code, out, err = cli(tmp_path, "draft-pack", str(SEED), "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result == draft_from_file(SEED).to_json()
    assert result["fields"]["action.update"] == 3
    assert "Prosecutor General’s" in out, "not escaped to \\u2019 (ensure_ascii=False)"
    assert out.startswith("{\n  ")  # indented


def test_draft_pack_summary_for_people(tmp_path: Path) -> None:
    code, out, _ = cli(tmp_path, "draft-pack", str(DATA / "further-information-102-10.txt"))
    assert code == 0
    assert "action.ua_number = 102/10  [line 2]" in out
    assert "appeals as soon as possible" in out
    assert "Not found (check the Urgent Action and fill these in):\n  action.update\n" in out


@pytest.mark.parametrize("name", ["missing.txt", "fake.pdf"])
def test_draft_pack_on_unreadable_input(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name == "fake.pdf":
        path.write_text("not a pdf", encoding="utf-8")
    code, out, err = cli(tmp_path, "draft-pack", str(path), "--json")
    assert code == 1
    assert out == ""
    assert err.startswith(f"uawriter: {path}: ")
    assert "Traceback" not in err


def test_drafting_loads_neither_qt_nor_pypdf_nor_reportlab() -> None:
    code = (
        "import sys, uawriter.drafting\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pypdf', 'reportlab')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"

"""Probe 80c: an organiser who does not code turns today's Urgent Action into a pack in
the window (Packs > Draft a pack…, then the pack editor). Each test drafts a look-alike
Urgent Action through the draft dialog and fails on the current code.

P80c-F1  Two officials who share one address ("Minister of Internal Affairs / Mr …,
         Minister of Justice / Ms …, then one address") are drafted as one official: the
         titles joined, the second official's name made the first line of the address,
         and nothing said.
P80c-F2  A PDF whose officials stand in two columns side by side (as reportlab or a word
         processor lays them out) is read line by line across both columns: the
         President's address holds the Prosecutor General's name and street, and the
         Prosecutor's fax goes to an official with no name. The same page as text laid
         out (``pdftotext -layout``) is drafted right.
P80c-F3  A salutation giving an alternative in brackets, "Dear President (or Your
         Excellency)", is drafted as "Dear President (or Your Excellency": a bracket left
         open, printed in every letter's greeting, and nothing said.
P80c-F4  A salutation giving two forms in one language, "Dear Mr Asylov / Dear Prosecutor
         General", is drafted as one greeting, "Dear Mr Asylov/Dear Prosecutor General",
         and nothing said; every letter opens with both.
P80c-F5  A French (or Spanish) UA that ends each official's block with the greeting on a
         line of its own, "Monsieur le Président,", gives the President no greeting and
         makes it the next official's title ("Monsieur le Président,, Procureur
         général"); the last greeting becomes an official of its own. Only "Dear …" is
         known without a label.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from uawriter.drafting import DraftPack
from uawriter.gui.draft_dialog import DraftDialog
from uawriter.pack_files import check_pack_files
from uawriter.packs.loader import BrokenPack

HEAD = """URGENT ACTION
JOURNALIST DETAINED FOR REPORTING ON PROTESTS
UA: 77/25 Index: EUR 57/1234/2025 Kazakhstan Date: 3 March 2025

Journalist Aigul Example was detained in Astana on 1 March after reporting on protests.

PLEASE WRITE IMMEDIATELY in Kazakh, Russian or your own language:
- Calling on the authorities to release Aigul Example immediately and unconditionally;
- Urging them to ensure she is not tortured or otherwise ill-treated.

PLEASE SEND APPEALS BEFORE 14 APRIL 2025 TO:
"""

TAIL = """
Also send copies to diplomatic representatives accredited to your country.

ADDITIONAL INFORMATION
Kazakhstan has a history of restricting press freedom.
"""

PRESIDENT = [
    "President of Kazakhstan",
    "Kassym-Jomart Tokayev",
    "Akorda, Astana 010000",
    "KAZAKHSTAN",
    "Fax: +7 7172 74 56 31",
    "Salutation: Dear President",
]

PROSECUTOR = [
    "Prosecutor General",
    "Mr Berik Asylov",
    "14 Mambetov Street",
    "Astana 010000",
    "KAZAKHSTAN",
    "Fax: +7 7172 71 27 06",
    "Salutation: Dear Prosecutor General",
]


def _drafted(qtbot: QtBot, path: Path) -> DraftDialog:
    """The Urgent Action at ``path`` drafted in Packs > Draft a pack…, as the organiser
    opens it there."""
    dialog = DraftDialog()
    qtbot.addWidget(dialog)
    task = dialog.load_file(path)
    qtbot.waitUntil(lambda: task.finished, timeout=30_000)
    assert dialog.draft is not None
    return dialog


def _said_about(draft: DraftPack, index: int) -> str:
    """Every note and every "not found" the dialog shows for addressee ``index``."""
    prefix = f"addressees[{index}]"
    notes = [n for key, ns in draft.notes.items() if key.startswith(prefix) for n in ns]
    missing = [key for key in draft.not_found if key.startswith(prefix)]
    return " ".join(notes + missing)


def test_f1_two_officials_sharing_one_address_are_not_drafted_as_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The UA lists the Minister of Internal Affairs and the Minister of Justice, each with
    a name, under one address, fax and salutation, as UAs do for two ministers in one
    government building. The organiser sees one official, "Minister of Internal Affairs,
    Minister of Justice, Mr Erzhan Sadenov", whose address starts "Ms Azamat Eskarayev";
    no note says that a second name was found. The pack validates: every volunteer's
    letter goes to one minister with the other's name printed as his street, and the
    Minister of Justice gets no letter of her own."""
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
                "Salutation: Dear Minister",
            ]
        )
        + "\n"
        + TAIL,
        encoding="utf-8",
    )
    dialog = _drafted(qtbot, ua)
    draft = dialog.draft
    assert draft is not None
    files = dialog.pack_files()
    assert files is not None
    assert not isinstance(check_pack_files(files), BrokenPack)  # it validates as drafted

    names = [a.name for a in draft.addressees]
    if names == ["Mr Erzhan Sadenov", "Ms Azamat Eskarayev"]:
        for official in draft.addressees:
            assert "Government House, 1 Mangilik El Avenue" in official.address
            assert not any("Eskarayev" in line or "Sadenov" in line for line in official.address)
        return
    # drafted as one: then the dialog must say that a second official's name was found
    said = _said_about(draft, 0)
    assert "Eskarayev" in said, (
        f"one official drafted: {draft.addressees[0].to_json()}; the dialog says: {said!r}"
    )


def _two_column_pdf(path: Path) -> None:
    """A UA page as reportlab lays it out: the two officials side by side."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setFont("Helvetica", 9)
    y = 800.0
    for line in HEAD.splitlines():
        pdf.drawString(40, y, line)
        y -= 12
    for left, right in zip(PRESIDENT, PROSECUTOR[: len(PRESIDENT)], strict=True):
        pdf.drawString(40, y, left)
        pdf.drawString(300, y, right)
        y -= 12
    for right in PROSECUTOR[len(PRESIDENT) :]:
        pdf.drawString(300, y, right)
        y -= 12
    for line in TAIL.splitlines():
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()


def test_f2_officials_in_two_columns_of_a_pdf_keep_their_own_address_and_fax(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser drafts today's UA from its PDF, where the President and the
    Prosecutor General stand side by side. The PDF's text is read across both columns, so
    the President is drafted as "President of Kazakhstan, Prosecutor General" with the
    address "Mr Berik Asylov / Akorda / Astana 010000 / 14 Mambetov Street / KAZAKHSTAN /
    Astana 010000", and the Prosecutor's fax goes to an official with no name. The same
    page laid out as text is drafted right, so the UA is not at fault: the PDF reader
    is."""
    pdf = tmp_path / "ua-77-25.pdf"
    _two_column_pdf(pdf)
    draft = _drafted(qtbot, pdf).draft
    assert draft is not None

    by_fax = {a.fax: a for a in draft.addressees if a.fax}
    president = by_fax.get("+7 7172 74 56 31")
    prosecutor = by_fax.get("+7 7172 71 27 06")
    drafted = [a.to_json() for a in draft.addressees]
    assert president is not None, drafted
    assert prosecutor is not None, drafted
    assert (president.title, president.name) == (
        "President of Kazakhstan",
        "Kassym-Jomart Tokayev",
    ), president.to_json()
    assert president.address == ["Akorda", "Astana 010000"], president.to_json()
    assert (prosecutor.title, prosecutor.name) == (
        "Prosecutor General",
        "Mr Berik Asylov",
    ), prosecutor.to_json()
    assert prosecutor.address == ["14 Mambetov Street", "Astana 010000"], prosecutor.to_json()


def _ua_with_salutation(tmp_path: Path, president: str, prosecutor: str) -> Path:
    ua = tmp_path / "ua-77-25.txt"
    blocks = [
        [president if line.startswith("Salutation:") else line for line in PRESIDENT],
        [prosecutor if line.startswith("Salutation:") else line for line in PROSECUTOR],
    ]
    ua.write_text(HEAD + "\n\n".join("\n".join(b) for b in blocks) + "\n" + TAIL, encoding="utf-8")
    return ua


def test_f3_a_salutation_with_an_alternative_in_brackets_is_not_left_with_an_open_bracket(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The UA says "Salutation: Dear President (or Your Excellency)". The drafted greeting
    is "Dear President (or Your Excellency", with no note: the pack validates, and every
    letter to the President of the evening opens "Dear President (or Your Excellency,"."""
    ua = _ua_with_salutation(
        tmp_path,
        "Salutation: Dear President (or Your Excellency)",
        "Salutation: Dear Prosecutor General",
    )
    dialog = _drafted(qtbot, ua)
    draft = dialog.draft
    assert draft is not None
    files = dialog.pack_files()
    assert files is not None
    assert not isinstance(check_pack_files(files), BrokenPack)

    greeting = draft.addressees[0].salutation.get("en", "")
    said = _said_about(draft, 0)
    if not greeting:  # left out: then it is said so
        assert "salutation" in said, said
        return
    assert greeting.count("(") == greeting.count(")"), f"drafted as {greeting!r} ({said!r})"


def test_f4_two_salutations_in_one_language_are_not_drafted_as_one_greeting(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The UA gives the Prosecutor General two forms, "Dear Mr Asylov / Dear Prosecutor
    General". The draft keeps both as one greeting, "Dear Mr Asylov/Dear Prosecutor
    General", and says nothing; the pack validates, and every letter to him opens with
    both forms joined by a slash. (A "/" between two languages, "Señor Ministro / Dear
    Minister", is split into one greeting per language.)"""
    ua = _ua_with_salutation(
        tmp_path,
        "Salutation: Dear President",
        "Salutation: Dear Mr Asylov / Dear Prosecutor General",
    )
    dialog = _drafted(qtbot, ua)
    draft = dialog.draft
    assert draft is not None
    files = dialog.pack_files()
    assert files is not None
    assert not isinstance(check_pack_files(files), BrokenPack)

    greeting = draft.addressees[1].salutation.get("en", "")
    said = _said_about(draft, 1)
    assert greeting.count("Dear") <= 1 or "salutation" in said, (
        f"drafted as {greeting!r}, the dialog says {said!r}"
    )


FRENCH_UA = """ACTION URGENTE
UNE JOURNALISTE DÉTENUE POUR AVOIR COUVERT DES MANIFESTATIONS
AU 77/25, EUR 57/1234/2025, Kazakhstan, 3 mars 2025

La journaliste Aigul Example a été arrêtée à Astana le 1er mars.

Écrivez immédiatement en kazakh, en russe ou dans votre propre langue :
- appelez les autorités à libérer Aigul Example immédiatement et sans condition ;
- exhortez-les à veiller à ce qu'elle ne soit pas torturée.

ENVOYEZ VOS APPELS AVANT LE 14 AVRIL 2025 À :
Président du Kazakhstan
Kassym-Jomart Tokaïev
Akorda, Astana 010000
Kazakhstan
Fax : +7 7172 74 56 31
Courriel : press@akorda.kz
Monsieur le Président,

Procureur général
M. Berik Asylov
14, rue Mambetov
Astana 010000
Kazakhstan
Fax : +7 7172 71 27 06
Monsieur le Procureur général,

COMPLÉMENT D'INFORMATION
Le Kazakhstan restreint la liberté de la presse.
"""


def test_f5_a_french_greeting_without_a_label_ends_its_official_not_starts_the_next(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A French UA ends each official's block with the greeting on its own line,
    "Monsieur le Président,", as a letter would. The draft gives the President no greeting
    (listed as not found) and makes the greeting the next official's title: the Prosecutor
    General is drafted as "Monsieur le Président,, Procureur général", with no note, and
    every letter to him is addressed so; his own greeting becomes a third official,
    "Monsieur le Procureur général". "Dear President," on the same line of an English UA
    is read as the President's greeting."""
    ua = tmp_path / "au-77-25.txt"
    ua.write_text(FRENCH_UA, encoding="utf-8")
    draft = _drafted(qtbot, ua).draft
    assert draft is not None

    titles = [a.title for a in draft.addressees]
    assert titles == ["Président du Kazakhstan", "Procureur général"], (
        titles,
        _said_about(draft, 1),
    )
    assert draft.addressees[0].salutation == {"fr": "Monsieur le Président"}
    assert draft.addressees[1].salutation == {"fr": "Monsieur le Procureur général"}


def test_f1_each_official_sharing_an_address_is_said_and_gets_their_own_greeting(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Three ministers, each name then title, "All three at:" one building, and a French
    greeting for each in their order: three officials, each with the building as the first
    address line (the label left out), their own greeting, and a note naming the others."""
    ua = tmp_path / "au-77-25.txt"
    ua.write_text(
        FRENCH_UA.split("Procureur général\n", maxsplit=1)[0]
        + "\n".join(
            [
                "M. Erzhan Sadenov",
                "Ministre de l'Intérieur",
                "Mme Azamat Eskarayev",
                "Ministre de la Justice",
                "M. Bolat Exemple",
                "Ministre des Finances",
                "Tous les trois : Government House, 1 avenue Mangilik El",
                "Astana 010000, Kazakhstan",
                "Formule d'appel : Monsieur le Ministre, Madame la Ministre, Monsieur le Ministre",
                "",
                "COMPLÉMENT D'INFORMATION",
                "Le Kazakhstan restreint la liberté de la presse.",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    ministers = draft.addressees[1:]
    assert [(a.title, a.name) for a in ministers] == [
        ("Ministre de l'Intérieur", "M. Erzhan Sadenov"),
        ("Ministre de la Justice", "Mme Azamat Eskarayev"),
        ("Ministre des Finances", "M. Bolat Exemple"),
    ]
    assert [a.salutation for a in ministers] == [
        {"fr": "Monsieur le Ministre"},
        {"fr": "Madame la Ministre"},
        {"fr": "Monsieur le Ministre"},
    ]
    for official in ministers:
        assert official.address == ["Government House, 1 avenue Mangilik El", "Astana 010000"]
    assert draft.notes["addressees[2]"] == [
        "listed with 'M. Erzhan Sadenov' and 'M. Bolat Exemple' under one address: drafted "
        "as officials of their own, each with that address and the fax, e-mail and "
        "salutation given with it; check them"
    ]


def test_f3_f4_the_greeting_left_out_is_named_in_a_note(qtbot: QtBot, tmp_path: Path) -> None:
    """A letter opens with one greeting: the first is kept, and the note names the other
    (in brackets after "or", or a second whole greeting in the same language), so the
    organiser can choose it instead. A greeting in another language in brackets is kept
    as that language's."""
    ua = _ua_with_salutation(
        tmp_path,
        "Salutation: Sehr geehrter Herr Präsident (oder Exzellenz)",
        "Salutation: Dear Prosecutor General (Estimado Señor Fiscal General)",
    )
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    assert draft.addressees[0].salutation == {"de": "Sehr geehrter Herr Präsident"}
    assert draft.notes["addressees[0].salutation"] == [
        "another form was given in brackets, 'Exzellenz': the salutation was kept as "
        "'Sehr geehrter Herr Präsident'; check it"
    ]
    assert draft.addressees[1].salutation == {
        "en": "Dear Prosecutor General",
        "es": "Estimado Señor Fiscal General",
    }
    assert "addressees[1].salutation" not in draft.notes

    ua = _ua_with_salutation(
        tmp_path, "Salutation: Dear Sir/Madam", "Salutation: Dear Mr Asylov / Dear Prosecutor"
    )
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    assert draft.addressees[0].salutation == {"en": "Dear Sir/Madam"}  # one greeting, not two
    assert draft.addressees[1].salutation == {"en": "Dear Mr Asylov"}
    assert draft.notes["addressees[1].salutation"] == [
        "another form was given in the same language, 'Dear Prosecutor': the salutation was "
        "kept as 'Dear Mr Asylov'; check it"
    ]


def test_f5_a_german_or_spanish_greeting_without_a_label_ends_its_official(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """ "Sehr geehrter Herr Präsident," and "Excmo. Sr. Fiscal General:" on a line of their
    own end their official's block as "Monsieur le Président," does."""
    ua = tmp_path / "au-77-25.txt"
    ua.write_text(
        FRENCH_UA.replace("Monsieur le Président,", "Sehr geehrter Herr Präsident,").replace(
            "Monsieur le Procureur général,", "Excmo. Sr. Fiscal General:"
        ),
        encoding="utf-8",
    )
    draft = _drafted(qtbot, ua).draft
    assert draft is not None
    assert [a.title for a in draft.addressees] == ["Président du Kazakhstan", "Procureur général"]
    assert draft.addressees[0].salutation == {"de": "Sehr geehrter Herr Präsident"}
    assert draft.addressees[1].salutation == {"es": "Excmo. Sr. Fiscal General"}


def test_f2_a_one_column_pdf_with_the_date_on_the_right_is_drafted_as_before(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A page whose only second column is the date and index at the right of the heading is
    read laid out too (as ``pdftotext -layout`` text is): the officials are drafted as from
    a page without them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "ua-77-25.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setFont("Helvetica", 9)
    y = 800.0
    head = HEAD.splitlines()
    for line, right in zip(head, ["3 March 2025", "EUR 57/1234/2025"], strict=False):
        pdf.drawString(40, y, line)
        pdf.drawRightString(550, y, right)
        y -= 12
    for line in [*head[2:], *PRESIDENT, "", *PROSECUTOR, *TAIL.splitlines()]:
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()
    draft = _drafted(qtbot, path).draft
    assert draft is not None
    assert [(a.title, a.name, a.address, a.fax) for a in draft.addressees] == [
        (
            "President of Kazakhstan",
            "Kassym-Jomart Tokayev",
            ["Akorda", "Astana 010000"],
            PRESIDENT[4][5:],
        ),
        (
            "Prosecutor General",
            "Mr Berik Asylov",
            ["14 Mambetov Street", "Astana 010000"],
            PROSECUTOR[5][5:],
        ),
    ]
    assert draft.ua_number == "77/25"

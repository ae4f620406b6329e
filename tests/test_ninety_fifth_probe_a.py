"""Probe 95a: the address book's salutations in a language with a region or script (pt-BR,
sr-Latn, zh-Hant), a salutation line copied from a pack.toml, and an organisation holding a
semicolon, through the address book window, its vCard export and import, and the letter."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, type_path
from test_gui import find
from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Pack, Sender
from uawriter.engine import check_pack_folder, compose
from uawriter.storage.address_book import Contact, tidied
from uawriter.storage.contact_files import read_vcards, vcards

PORTUGUESE = "Excelentíssimo Senhor Embaixador"


def _pack_with_a_brazilian_letter(tmp_path: Path) -> Pack:
    """The seed pack with a letter in pt-BR, as a Brazilian section would add one (its
    words are the Spanish letter's: only the greeting is looked at)."""
    folder = tmp_path / "pack"
    shutil.copytree(bundled_packs_folder() / SEED_ID, folder)
    shutil.copy(folder / "letters" / "es.txt", folder / "letters" / "pt-BR.txt")
    manifest = folder / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    text = re.sub(r'^es = (".*")$', r'\g<0>\n"pt-BR" = \1', text, flags=re.MULTILINE)
    manifest.write_text(text, encoding="utf-8")
    pack = check_pack_folder(folder)
    assert isinstance(pack, Pack), pack
    assert "pt-BR" in pack.templates
    return pack


def _typed_contact(qtbot: QtBot, salutations: str, organisation: str = "") -> Contact:
    """An embassy typed into the address book window, with its salutation per language."""
    from uawriter.gui.address_book_dialog import AddressBookDialog

    dialog = AddressBookDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_button.click()
    find(dialog, QLineEdit, "contactTitle").setText("Ambassador of Kazakhstan")
    if organisation:
        find(dialog, QLineEdit, "contactOrganisation").setText(organisation)
    find(dialog, QPlainTextEdit, "contactSalutations").setPlainText(salutations)
    [contact] = dialog.contacts()
    return contact


def test_f1_a_salutation_typed_for_pt_br_greets_the_embassy_in_a_pt_br_letter(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser of a Brazilian section types the embassy's greeting for the letter
    language the pack names, "pt-BR = Excelentíssimo Senhor Embaixador", in the address
    book window, as its salutation box asks ("kk = …"). The volunteer's copy to the
    embassy in pt-BR still opens "Your Excellency:", in English: the window keeps the code
    as "pt-br" and the letter looks for "pt-BR". The same happens to sr-Latn, zh-Hant and
    every code with a region or script, and to salutations read from a CSV or vCard."""
    pack = _pack_with_a_brazilian_letter(tmp_path)
    contact = _typed_contact(qtbot, f"pt-BR = {PORTUGUESE}")
    copy = contact.as_addressee()
    letter = compose(pack, copy, "pt-BR", Sender("Ana Souza"), dt.date(2011, 7, 1))
    assert PORTUGUESE in letter
    assert "Your Excellency" not in letter


def test_f1_b_a_pt_br_salutation_survives_the_books_own_vcard_export(tmp_path: Path) -> None:
    """A book written by hand or by an earlier version with the key "pt-BR" (which the
    letter finds) loses it on the way through the app's own vCard export and import: the
    import gives "pt-br", and the section's second laptop greets the embassy in English."""
    pack = _pack_with_a_brazilian_letter(tmp_path)
    contact = tidied(Contact(title="Ambassador of Kazakhstan", salutations={"pt-BR": PORTUGUESE}))
    assert PORTUGUESE in compose(
        pack, contact.as_addressee(), "pt-BR", Sender("A"), dt.date(2011, 7, 1)
    )
    [again] = read_vcards(vcards([contact]))
    letter = compose(pack, again.as_addressee(), "pt-BR", Sender("A"), dt.date(2011, 7, 1))
    assert PORTUGUESE in letter


def test_f2_a_salutation_line_copied_from_a_pack_toml_does_not_stop_the_vcard_export(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """An organiser copies the embassy's greeting from a pack.toml, where a code with a
    hyphen is often quoted: '"pt-BR" = "Excelentíssimo Senhor Embaixador"'. The window
    takes it. Then Export… as vCard (the default) writes nothing: vobject raises
    "Double quotes aren't allowed in parameter values" out of the button, the volunteer
    gets the last-line-of-defence error box, and the book can no longer be exported as
    vCard at all, with no word of which contact or field is at fault."""
    from uawriter.gui.address_book_dialog import AddressBookDialog

    contact = _typed_contact(qtbot, f'"pt-BR" = "{PORTUGUESE}"')
    dialog = AddressBookDialog([contact])
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "embassies.vcf"
    answers.expect("exportContactsDialog", type_path(target))
    with qtbot.capture_exceptions() as raised:
        dialog.export_button.click()
        qtbot.waitUntil(lambda: answers.seen == ["exportContactsDialog"], timeout=30_000)
    assert [str(error[1]) for error in raised] == []
    assert target.exists()
    [again] = read_vcards(target.read_text(encoding="utf-8"))
    assert again.title == "Ambassador of Kazakhstan"


def test_f3_an_organisation_with_a_semicolon_survives_the_books_own_vcard_export(
    qtbot: QtBot,
) -> None:
    """An embassy's organisation typed as "Embassy of the Republic of Kazakhstan; Consular
    Section" is exported as vCard, escaped as the standard says ("\\;"), and imported on the
    section's other laptop as "Embassy of the Republic of Kazakhstan": the rest of the
    address block's line is gone, and the copy goes to the embassy without its section."""
    organisation = "Embassy of the Republic of Kazakhstan; Consular Section"
    contact = _typed_contact(qtbot, "", organisation=organisation)
    assert contact.organisation == organisation
    [again] = read_vcards(vcards([contact]))
    assert again.organisation == organisation

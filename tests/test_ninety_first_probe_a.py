"""Probe 91a: regressions of the stacked copies made out again to a corrected address book
entry (``resume.copies_current``, ``letters.readdressed_text``). Two embassies the address
book names alike (the same title and organisation, two cities): a copy to the second,
stacked, is made out to the first at export, though nobody corrected anything (f1). A
greeting corrected in the address book holds back every stacked copy written in Kazakh,
Russian, Spanish or Arabic as "changed by hand": their templates end the greeting with "!",
":" or "،", not "," (f2). Envelopes no longer replace a letter the tally counts, but the
event window's report, saved as PDF, still does (f3). A UA's e-mail line ending a sentence,
its website on the next line, is read as one address to a domain that does not exist (f4).
A volunteer who wrote a sentence of her own into each paragraph cannot send her letters to
a pack's many officials: the one budget of the output counts the carrying of her words
into each letter, and refuses them as a template too slow (f5). An address wrapped after its
"@", a second address after it on the line, is still read as two lines: an official of its
own, who takes the greeting (f6). An embassy entry corrected with its new ambassador's name
as well as its new street is not found again: the stacked copy goes to the old street (f7)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text
from letter_steps import choose, choose_embassy, export_stack, my_pack, stack_sent
from qt_helpers import ModalAnswers
from test_event_window import TONIGHT, find, pick_file
from test_event_window import open_window as open_event_window
from test_gui import find as find_in
from test_gui import open_window
from test_ninetieth_probe_c import draft
from test_stack import _stack
from test_tally import seed_letters
from uawriter.domain.model import Pack, Sender
from uawriter.engine import compose
from uawriter.exporting import export_combined
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.gui.tasks import TaskRunner
from uawriter.letters import LetterRequest, TemplateProblem, readdressed_text
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook, Contact
from uawriter.storage.tally import TallyBook

LONDON, DUBLIN = "1 Embassy Row", "Ailesbury Road"


def _embassy(street: str, town: str, greeting: str = "Your Excellency") -> Contact:
    return Contact(
        "Ambassador of Kazakhstan",
        organisation="Embassy of the Republic of Kazakhstan",
        address=(street, town),
        salutation=greeting,
        represents="KZ",
    )


def test_f1_a_copy_to_the_second_of_two_embassies_named_alike_goes_to_the_first(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The group writes to the Kazakh embassies in London and in Dublin; the address book
    has both, each "Ambassador of Kazakhstan, Embassy of the Republic of Kazakhstan" (the
    address book window adds a second entry so named without a word). A volunteer chooses
    the second, Dublin, as her copy, and puts her letters on the stack; nobody touches the
    address book. She exports her stack: she is told "The address book entry of Ambassador
    of Kazakhstan was corrected… the copies now go to the corrected address", nothing goes
    out, and her copy is now made out to the London embassy: exported again, the letter
    meant for Dublin goes to London, and Dublin gets none. The stacked copy is looked up by
    title, name and organisation, and the first entry so named taken for it."""
    data = tmp_path / "data"
    AddressBook(AppPaths(data).address_book_file).save(
        [_embassy(LONDON, "London W8 5DA"), _embassy(DUBLIN, "Dublin 4")]
    )
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    pane = window.addressees_pane
    choose_embassy(pane, 1)  # Dublin's
    pane.diplomat_check.setChecked(True)
    assert DUBLIN in window.letters()[-1].text
    _stack(qtbot, window, answers, SEED_ID)
    assert any(DUBLIN in x.text for x in window.stack_pane.letters())

    stacked, sent = stack_sent(qtbot, window, answers, tmp_path / "letters")
    assert not any(LONDON in text for text in stacked), "her copy to Dublin goes to London"
    assert "warning" not in answers.seen, "told an entry nobody touched was corrected"
    assert any(DUBLIN in text for text in sent)


def _letter(pack: Pack, contact: Contact, lang: str) -> str:
    when = dt.date(2026, 12, 7)
    return compose(pack, contact.as_addressee(), lang, Sender("Ann Smith"), when)


@pytest.mark.parametrize("lang", ["kk", "ru", "es", "ar"])
def test_f2_a_corrected_greeting_holds_back_a_letter_not_greeted_with_a_comma(
    packs: dict[str, Pack], lang: str
) -> None:
    """The organiser corrects the Kazakh embassy's greeting in the address book ("Your
    Excellency" to "Dear Ambassador"; or gives it in the letter's language, as the book
    allows: kk = "Құрметті Елші мырза"). Each stacked copy to the embassy written in
    English, French or German is made out to the new greeting; each one in Kazakh,
    Russian, Spanish or Arabic, from the bundled action's own templates, is held back as
    "its address or greeting was changed by hand … take that action's letters off the
    stack and write them again": she changed nothing, and her own words are lost with the
    letters she is told to remove. These templates greet with "!", ":" or "،" after the
    greeting; ``readdressed_text`` finds the greeting only before a comma or the line's
    end."""
    pack = packs[SEED_ID]
    old = _embassy(LONDON, "London W8 5DA")
    new = _embassy(LONDON, "London W8 5DA", "Dear Ambassador")
    text = _letter(pack, old, lang)
    assert "\nYour Excellency" in text  # the template's greeting line

    when = dt.date(2026, 12, 7)
    request = LetterRequest(pack, old.as_addressee(), lang, Sender("Ann Smith"), when)
    made = readdressed_text(text, request, new.as_addressee())

    assert made is not None, f"a {lang} letter held back as changed by hand"
    assert "Dear Ambassador" in made
    assert "Your Excellency" not in made


def saved_over_her_letters(
    qtbot: QtBot,
    tmp_path: Path,
    packs: dict[str, Pack],
    answers: ModalAnswers,
    dialog: str,
    button: str,
) -> bool:
    """A volunteer's letters exported as one PDF into the evening's folder, counted; the
    organiser presses ``button`` in the event window, picks that file in the save dialog
    ``dialog`` and says Yes to Qt's "replace it?". Whether her letters are still there."""
    book = TallyBook(tmp_path / "tally.jsonl")
    sender = Sender("Aigerim Sadykova")
    folder = tmp_path / "evening"
    folder.mkdir()
    hers = folder / "V01 letters.pdf"
    letters = seed_letters(packs[SEED_ID], sender, "kk")
    export_combined(letters, hers, sender, dt.date(2026, 12, 10), tally=book, event=TONIGHT)
    assert book.counts_file(hers)
    before = hers.read_bytes()

    def replace_it(box: QWidget) -> None:  # Qt's own "already exists. Replace it?"
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    tasks = TaskRunner()
    window = open_event_window(qtbot, book, tasks, packs)
    inner = ModalAnswers()  # the question opens inside the file dialog's accept()
    inner.expect("", replace_it)
    answers.expect(dialog, pick_file(hers))
    with qtbot.waitSignal(window.saved, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, button), Qt.MouseButton.LeftButton)
    inner.stop()
    tasks.wait_for_all()
    assert inner.seen == [""]
    return hers.read_bytes() == before


def test_f3_the_report_saved_as_pdf_replaces_a_counted_letter(
    qtbot: QtBot, tmp_path: Path, packs: dict[str, Pack], answers: ModalAnswers
) -> None:
    """A volunteer exports her letters into the evening's folder as one PDF; the tally
    counts them, and names the file. At the end of the evening the organiser opens the
    event window and saves the report as PDF into the same folder; the save dialog lists
    the folder's PDFs, a click on the volunteer's file puts its name in the box, Save,
    and Qt asks "already exists. Do you want to replace it?": Yes. Her letters are gone,
    the file holds the report, and the tally still names it as her letters (the organiser's
    print by addressee reads its pages). Envelopes saved over such a letter are now put
    beside it with a word (``TallyBook.counts_file``, probe 90b); the report, the CSV and
    the tally export write over it."""
    kept = saved_over_her_letters(
        qtbot, tmp_path, packs, answers, "saveTallyPdfDialog", "savePdfButton"
    )
    assert kept, "her counted letters were replaced by the report"


@pytest.mark.parametrize("kind", ["text", "pdf"])
def test_f4_an_email_with_a_full_stop_is_joined_to_the_website_on_the_next_line(
    tmp_path: Path, kind: str
) -> None:
    """The UA gives the Prosecutor General's e-mail, with a full stop after it, and his
    office's website on the line below ("Email: prosecutor@prokuror.example.kz." /
    "www.prokuror.example.kz"). The draft gives him the e-mail
    "prosecutor@prokuror.example.kz.www.prokuror.example.kz", with no note: the pack
    validates, and every volunteer's e-mail goes to a domain that does not exist. Before
    the lines of a broken address were joined (``joined_email``, probe 90c) the draft gave
    "prosecutor@prokuror.example.kz". A whole address ending in a full stop is joined to
    any next line that looks like the end of a domain."""
    pack = draft(
        tmp_path, kind, ["Email: prosecutor@prokuror.example.kz.", "www.prokuror.example.kz"]
    )
    prosecutor = pack.addressees[0]
    assert prosecutor.title == "Prosecutor General"
    assert prosecutor.emails == ["prosecutor@prokuror.example.kz"], prosecutor.emails


ENDINGS = [
    "2, are still at risk of forcible return.",
    "ed, are forcibly returned to Uzbekistan.",
    "an rights violations, including torture.",
    "refugee status determination procedures.",
    "nst Torture has issued interim measures.",
]
GREETINGS = (
    'en = "Dear Senator"\nru = "Уважаемый сенатор"\nkk = "Құрметті сенатор"\n'
    'es = "Señor Senador"\nfr = "Monsieur le Sénateur"\nde = "Sehr geehrter Herr Senator"\n'
    'ar = "سعادة السيناتور"\n'
)
OWN = " I have followed this case with our group for years."


def test_f5_her_own_sentences_make_the_letters_to_many_officials_refused_as_slow(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser's action writes to 150 officials (a pack may name 200). A volunteer
    adds a sentence of her own to each of the letter's five paragraphs, ticks them all and
    presses Export: she is told "filling in every letter of the pack takes more than 6 s of
    processor time … check the loops of its letters", and nothing goes out, however often
    she tries. The template is the bundled action's, a millisecond a letter; the time is
    the carrying of her sentences into each letter (``letters.merge.carry_edits``, about
    60 ms a letter), counted since this morning against the budget of one output
    (``letters.one_budget``: 5 s and 5 ms a letter) as if the template were slow. Before,
    her 150 letters went out."""
    data = tmp_path / "data"
    mine = my_pack(data)
    more = "".join(
        f'\n[[addressees]]\nid = "senator-{n}"\nrole = "target"\n'
        f'title = "Member of the Senate Committee on Human Rights"\nname = "Senator {n}"\n'
        f'address = ["Senate of the Parliament", "Astana 010000"]\ncountry = "KAZAKHSTAN"\n'
        f"[addressees.salutation]\n{GREETINGS}"
        for n in range(147)
    )
    manifest = mine / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + more, encoding="utf-8")
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    assert len(window.session.pack.addressees) == 150
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    for ending in ENDINGS:
        where = window.editor.document().find(ending)
        assert not where.isNull(), ending
        where.insertText(ending + OWN)  # as a paste: one edit
    qtbot.waitUntil(lambda: window.session.text.count(OWN) == len(ENDINGS))
    items = window.addressees_pane.addressee_list
    for row in range(items.count()):
        items.item(row).setCheckState(Qt.CheckState.Checked)
    assert len(window.selected_addressees()) == 150

    try:
        letters = window.letters()
    except TemplateProblem as refused:
        pytest.fail(f"her letters refused: {refused.problem}")
    finally:
        window.unexported = False
    assert all(x.text.count(OWN) == len(ENDINGS) for x in letters)


@pytest.mark.parametrize("kind", ["text", "pdf"])
@pytest.mark.parametrize(
    "email_lines",
    [
        pytest.param(
            ["Email: prosecutor.general@", "prokuror.example.kz, press@prokuror.example.kz"],
            id="after-the-at-then-a-comma",
        ),
        pytest.param(
            ["Email: prosecutor.general@prokuror.", "example.kz; press@prokuror.example.kz"],
            id="after-a-dot-then-a-semicolon",
        ),
    ],
)
def test_f6_a_wrapped_address_with_a_second_one_after_it_makes_an_official(
    tmp_path: Path, kind: str, email_lines: list[str]
) -> None:
    """The UA gives the Prosecutor General two e-mail addresses on one line, as the
    bundled UA 129/10 does ("procuror@nursat.kz, Gp-rk@prokuror.kz"); the narrow column
    wraps the first after its "@" (or after a dot). The draft gives the Prosecutor General
    no e-mail and no greeting, and makes a third official titled "prokuror.example.kz,
    press@prokuror.example.kz" who takes "Dear Prosecutor General": volunteers are offered
    a letter to him. The halves are joined only when the second half is alone on its line
    or followed by a space (``joined_email``: probe 90c's fix), not by the comma or
    semicolon that parts two addresses."""
    pack = draft(tmp_path, kind, email_lines)
    titles = [each.title for each in pack.addressees]
    assert titles == ["Prosecutor General", "Minister of Internal Affairs"], titles
    assert pack.addressees[0].salutation == {"en": "Dear Prosecutor General"}
    assert "prosecutor.general@prokuror.example.kz" in pack.addressees[0].emails


def test_f7_an_embassy_corrected_with_its_new_ambassador_s_name_gets_the_old_street(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A volunteer stacks her letters with a copy to the Kazakh embassy. The organiser
    learns that the embassy has moved and has a new ambassador: in the address book she
    types his name in the entry's Name box and the new street in its address, Save. The
    volunteer exports her stack: the embassy's copy goes out at once, to the old street,
    with no word. Corrected in the street alone, the copy is made out to the new street
    and she is told (probe 90b); with the name too, the entry is no longer found by title,
    name and organisation, and the copy is taken for one to a contact no longer in the
    book (``resume.copies_current``)."""
    data = tmp_path / "data"
    AddressBook(AppPaths(data).address_book_file).save([_embassy(LONDON, "London W8 5DA")])
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    window.addressees_pane.diplomat_check.setChecked(True)
    _stack(qtbot, window, answers, SEED_ID)
    assert any(LONDON in x.text for x in window.stack_pane.letters())

    window.addressees_pane.edit_address_book()
    dialog = window.findChild(AddressBookDialog)
    assert isinstance(dialog, AddressBookDialog)
    find_in(dialog, QLineEdit, "contactName").setText("Mr Yerlan Example Idrissov")
    address = find_in(dialog, QPlainTextEdit, "contactAddress")
    address.setPlainText("47 Kensington Court\nLondon W8 5DA")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert LONDON not in window.services.paths.address_book_file.read_text(encoding="utf-8")

    sent_files = export_stack(qtbot, window, answers, tmp_path / "letters")
    sent = {path.name: normalise(" ".join(pdf_pages_text(path))) for path in sent_files}
    window.stack_pane.clear()
    window.unexported = False
    to_old = [name for name, text in sent.items() if LONDON in text]
    assert not to_old, f"sent to the embassy's old street: {to_old}"

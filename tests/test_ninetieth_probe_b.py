"""Probe 90b: an event evening played through in the window, several volunteers in a row.
The preview pane keeps the last volunteer's letter after the reset for the next (f1). The
envelopes saved from "Call, post, envelopes…" replace a letter another volunteer exported
and the tally counts (f2). Letters on the stack with an embassy copy go to the address the
address book had when they were stacked, after the organiser corrected it (f3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text
from letter_steps import export_stack
from qt_helpers import ModalAnswers, type_path
from test_evening import _export_all, _type_sentence, type_text
from test_gui import find, open_window
from test_stack import _stack
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook, Contact
from uawriter.storage.tally import EventInfo, TallyBook

NAME = "Aigerim Sadykova"
SENTENCE = "I write from Almaty, where our group meets every month."


def _shown(pdf: bytes) -> str:
    return normalise(" ".join(pdf_pages_text(pdf))) if pdf else ""


def test_f1_the_preview_still_shows_the_last_volunteers_letter_after_the_reset(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Volunteer A types her name and a sentence of her own; the preview shows her letter.
    She walks away and the idle reset (or Next volunteer) clears the window for B: the
    name box, the letter and the draft are cleared, but the preview pane beside them still
    shows A's letter, her name and her words, until a new render of the template comes
    back. That is 0.4 s on a fast machine, and seconds when the one render thread is busy
    (3.6 s here while her 40 printed letters were rendered, as a print started before the
    reset goes on); and "What the fax machine will print…" opened then shows B A's letter,
    taken from the same pages. The reset clears every other widget at once; the preview's
    pages are hers too."""
    window = open_window(qtbot, tmp_path / "data")
    window.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    type_text(find(window, QLineEdit, "senderName"), NAME)
    window.sender_pane.flush()
    _type_sentence(qtbot, window.editor, SENTENCE)
    qtbot.waitUntil(lambda: normalise(SENTENCE) in _shown(window.preview.pdf), timeout=30_000)
    assert NAME in _shown(window.preview.pdf)

    window.event_controls.next_volunteer(ask_first=False)  # the reset: she has gone

    assert find(window, QLineEdit, "senderName").text() == ""
    assert NAME not in window.editor.toPlainText()
    shown = _shown(window.preview.pdf)
    assert NAME not in shown, "the next volunteer's preview shows the last one's name"
    assert normalise(SENTENCE) not in shown
    window.unexported = False


def test_f2_envelopes_saved_by_the_next_volunteer_replace_a_counted_letter(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Volunteer A exports her three letters into the evening's folder ("V01 … .pdf",
    counted) and presses Next volunteer. Volunteer B opens "Call, post, envelopes…", and
    saves the envelopes; the save dialog lists the folder's files, a click on A's letter
    to the President puts its name in the box, Save, and Qt asks "replace it?": Yes. A's
    counted letter is gone, replaced by a page of envelopes; the tally still names it, and
    the organiser's "print by addressee" prints the envelopes in its place. A letter
    export at an event keeps another volunteer's file whatever the dialog was told
    (``not_anothers``: "was there already, not written by you, and is kept"); the
    envelopes' save replaces it (``ChannelsDialog._save_envelopes``, overwrite=True)."""
    window = open_window(qtbot, tmp_path / "data")
    window.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    out = tmp_path / "letters"
    out.mkdir()
    type_text(find(window, QLineEdit, "senderName"), NAME)
    window.sender_pane.flush()
    _type_sentence(qtbot, window.editor, SENTENCE)
    written = _export_all(qtbot, window, answers, out)
    president = next(p for p in written if "President" in p.name)
    before = president.read_bytes()
    assert NAME in _shown(before)
    window.event_controls.next_volunteer(ask_first=False)
    qtbot.waitUntil(lambda: find(window, QLineEdit, "senderName").text() == "")

    type_text(find(window, QLineEdit, "senderName"), "Jean-Luc Martin")
    window.sender_pane.flush()

    def replace_it() -> None:  # Qt's own "already exists. Do you want to replace it?"
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.Yes):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(50, replace_it)

    def save_over_hers(dialog: QWidget) -> None:
        QTimer.singleShot(50, replace_it)
        answers.expect("warning", lambda box: box.accept())  # saved under another name
        type_path(president)(dialog)

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialog.tabs.setCurrentWidget(dialog.envelopes_tab)
        qtbot.waitUntil(lambda: dialog.envelopes_tab.document.pageCount() > 0, timeout=30_000)
        answers.expect("saveEnvelopesDialog", save_over_hers)

        def save_then_close() -> None:  # the answers' timer cannot answer from in here
            find(dialog, QPushButton, "saveEnvelopes").click()
            dialog.reject()

        QTimer.singleShot(0, save_then_close)

    answers.expect("channelsDialog", use)
    find(window, QPushButton, "moreChannelsButton").click()
    qtbot.waitUntil(lambda: "warning" in answers.seen, timeout=30_000)

    counted = TallyBook(window.services.paths.tally_file).read().letters
    assert any(Path(record.file).name == president.name for record in counted)
    assert president.read_bytes() == before, "A's counted letter was replaced by envelopes"
    beside = president.with_name(f"{president.stem} (2).pdf")
    assert "PAR AVION" in _shown(beside.read_bytes())  # the envelopes, kept beside it
    window.unexported = False


OLD_STREET, NEW_STREET = "1 Embassy Row", "47 Kensington Court"


def test_f3_stacked_letters_go_to_the_embassy_address_the_organiser_corrected(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A volunteer puts her letters on the stack with a copy to the Kazakh embassy, chosen
    from the address book. A volunteer back from the post office says the embassy has
    moved: the organiser opens the address book and corrects its street, Save. The
    volunteer then exports her stack: the embassy's copy still carries the old street,
    and goes to an address that is no longer the embassy's. The letter on screen takes the
    corrected address at once, and a stacked letter from an action whose pack was
    corrected is held back with a message (``resume.letters_current``); a corrected
    contact is checked nowhere."""
    data = tmp_path / "data"
    embassy = Contact(
        "Ambassador of Kazakhstan",
        organisation="Embassy of the Republic of Kazakhstan",
        address=(OLD_STREET, "London W8 5DA"),
        country="United Kingdom",
        represents="KZ",
    )
    AddressBook(AppPaths(data).address_book_file).save([embassy])
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    window.addressees_pane.diplomat_check.setChecked(True)
    assert window.selected_addressees()[-1].title == "Ambassador of Kazakhstan"
    _stack(qtbot, window, answers, SEED_ID)
    assert any(OLD_STREET in x.text for x in window.stack_pane.letters())

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, AddressBookDialog)
        find(dialog, QListWidget, "contactList").setCurrentRow(0)
        address = find(dialog, QPlainTextEdit, "contactAddress")
        address.setPlainText(f"{NEW_STREET}\nLondon W8 5DA")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    window.addressees_pane.edit_address_book()
    dialog = window.findChild(AddressBookDialog)
    assert dialog is not None
    correct(dialog)
    saved = window.services.paths.address_book_file.read_text(encoding="utf-8")
    assert NEW_STREET in saved
    assert OLD_STREET not in saved
    assert any(NEW_STREET in x.text for x in window.letters())  # the letter on screen

    out = tmp_path / "letters"
    sent_files = export_stack(qtbot, window, answers, out)
    sent = {path.name: _shown(path.read_bytes()) for path in sent_files}
    to_old = [name for name, text in sent.items() if OLD_STREET in text]
    assert not to_old, f"sent to the embassy's old street: {to_old}"

    # told, she exports her stack again: the copy goes to the corrected street, with her
    # letters to the action's officials
    assert "warning" in answers.seen
    assert any(NEW_STREET in x.text for x in window.stack_pane.letters())
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    window.stack_pane.export_requested.emit()
    qtbot.waitUntil(window.stack_pane.is_empty, timeout=30_000)
    sent = {path.name: _shown(path.read_bytes()) for path in out.glob("*.pdf")}
    assert len(sent) == 4
    assert [name for name, text in sent.items() if NEW_STREET in text] == [
        name for name in sent if "Ambassador" in name
    ]
    window.stack_pane.clear()
    window.unexported = False

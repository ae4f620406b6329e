"""One volunteer's turn at an event leaves nothing for the next (the twentieth probe): not
the folders they went through in a file dialog, not their unticked addressees, not their
"remember my details", not their words kept at a close, not their USB stick as everyone's
outbox, not their folder as the evening's after a restart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, type_path
from test_evening import _at_an_event, _export_all, type_text
from test_gui import choose, find, open_window
from uawriter.gui.main_window import MainWindow
from uawriter.storage.drafts import DraftStore
from uawriter.storage.tally import TallyBook

PIN = "2468"  # the one _at_an_event sets


def give_pin(dialog: QWidget) -> None:
    field = dialog.findChild(QLineEdit, "organiserPin")
    assert field is not None
    field.setText(PIN)
    dialog.accept()


def test_file_dialogs_keep_no_memory_of_a_volunteers_folders(
    qtbot: QtBot,
    event_evening: MainWindow,
    answers: ModalAnswers,
    tmp_path: Path,
    qt_user_settings: Path,
) -> None:
    """Qt's file dialog keeps the folders walked through ("Recent Places") and the places
    dragged to its left-hand list, on disk (QtProject.conf), and shows them in every later
    dialog: the next volunteer, and the next event, saw "Aigerim Sadykova private letters"."""
    window = event_evening
    private = tmp_path / "Aigerim Sadykova private letters"
    private.mkdir()

    def walk_in_and_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(private))  # what a double click on the folder does
        QApplication.processEvents()
        dialog.setSidebarUrls([*dialog.sidebarUrls(), QUrl.fromLocalFile(str(private))])  # a drag
        type_path(private)(dialog)

    seen = len(answers.seen)
    answers.expect("exportDialog", walk_in_and_pin)
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported):
        find(window, QPushButton, "exportButton").click()
    qtbot.waitUntil(lambda: len(answers.seen) == seen + 2)
    window.event_controls.next_volunteer(ask_first=False)

    shown: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        shown["history"] = dialog.history()
        shown["sidebar"] = [url.toString() for url in dialog.sidebarUrls()]
        look_in = dialog.findChild(QComboBox, "lookInCombo")
        assert look_in is not None
        model = look_in.model()
        shown["look in"] = [model.index(row, 0).data() for row in range(model.rowCount())]
        dialog.reject()

    answers.expect("exportDialog", look)
    find(window, QPushButton, "exportButton").click()
    qtbot.waitUntil(lambda: "look in" in shown)

    assert "Aigerim" not in str(shown)
    kept = (qt_user_settings / "QtProject.conf").read_text(encoding="utf-8")
    assert "FileDialog" in kept  # what Qt writes of a dialog is there, without her folders
    assert "Aigerim" not in kept


def test_e_mails_that_finish_after_next_volunteer_show_nothing_of_the_last(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The "E-mails ready to send" box, with "Open in mail program" for the last
    volunteer's e-mail, opened over the next volunteer's empty window."""
    window = event_evening
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    window.memory.change(outbox_folder=str(outbox))
    type_text(find(window, QLineEdit, "senderName"), "Alice Secret")
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    window.sender_pane.flush()

    window.outbox.write(window.letters(), window.output_context())
    window.event_controls.next_volunteer(ask_first=False)
    qtbot.waitUntil(lambda: not window.tasks.busy())
    qtbot.wait(200)

    assert "emailsSaved" not in answers.seen
    assert QApplication.activeModalWidget() is None
    assert len(list(outbox.glob("*.eml"))) == 2  # written and counted all the same
    assert len(TallyBook(window.services.paths.tally_file).read().letters) == 2


def test_the_next_volunteer_writes_to_every_addressee_again(event_evening: MainWindow) -> None:
    """The addressees one volunteer unticked stayed unticked: the next one's letter went to
    two officials instead of three, unnoticed."""
    window = event_evening
    pane = window.addressees_pane
    pane.tick_all(False)
    pane.addressee_list.setCurrentRow(2)
    pane.diplomat_check.setChecked(True)  # an embassy in copy, chosen from the address book
    assert pane.selected() == []

    window.event_controls.next_volunteer(ask_first=False)

    assert [a.id for a in pane.selected()] == [a.id for a in window.pack.addressees]
    assert not pane.diplomat_check.isChecked()
    assert pane.current() == window.pack.addressees[0]


def test_remember_my_details_is_off_again_for_the_next_volunteer(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers
) -> None:
    """Ticked by the organiser (for their own letter), "Remember my details" stayed ticked,
    and locked, for every later volunteer: their details were saved as they typed, and kept
    in settings.json after the app closed."""
    window = event_evening
    answers.expect("organiserPinDialog", give_pin)
    window.event_controls.unlock()
    remember = find(window, QCheckBox, "rememberSender")
    assert remember.isEnabled()
    remember.click()
    assert window.settings.remember_sender

    window.event_controls.next_volunteer(ask_first=False)
    type_text(find(window, QLineEdit, "senderName"), "Bob Private")
    window.sender_pane.flush()

    assert not remember.isChecked()
    assert not window.settings.remember_sender
    saved = json.loads(window.services.paths.settings_file.read_text(encoding="utf-8"))
    assert "Bob Private" not in json.dumps(saved)


def test_closing_at_an_event_keeps_no_letter_for_the_next_start(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Ctrl+Q at an event asked "Keep your letter?" with Save as the default, and the next
    start offered the volunteer's own words (Yes by default) to whoever sat down next."""
    window = event_evening
    window.editor.setFocus()
    type_text(window.editor, "I am Alice, I teach at school 5 in Secrettown. ")
    window.drafts.save()
    store = DraftStore(window.services.paths.drafts)
    assert store.load() is not None

    answers.expect("closeAtEventQuestion", lambda box: box.reject())  # No: stay
    assert not window.close()
    assert window.isVisible()
    answers.expect(
        "closeAtEventQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    assert window.close()

    assert store.load() is None
    again = open_window(qtbot, tmp_path / "data")  # the event is still running on disk
    qtbot.wait(500)
    assert "draftOffer" not in answers.seen
    assert "Secrettown" not in again.editor.toPlainText()


def test_only_the_organiser_chooses_the_outbox_at_an_event(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A volunteer chose their own stick as the outbox, and every later volunteer's e-mails,
    with their names and addresses, went onto it without a question."""
    window = event_evening
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    type_text(find(window, QLineEdit, "senderName"), "Alice")
    export = find(window, QPushButton, "exportButton")
    answers.expect("organiserPinDialog", lambda dialog: dialog.reject())  # no PIN
    export.click()
    qtbot.waitUntil(lambda: answers.seen[-1:] == ["organiserPinDialog"])
    qtbot.wait(200)
    assert "outboxDialog" not in answers.seen
    assert window.settings.outbox_folder == ""

    outbox = tmp_path / "organiser stick"
    outbox.mkdir()
    answers.expect("organiserPinDialog", give_pin)
    answers.expect("outboxDialog", type_path(outbox))
    answers.expect("emailsSaved", lambda box: box.reject())
    export.click()
    qtbot.waitUntil(lambda: answers.seen[-1:] == ["emailsSaved"])
    assert window.settings.outbox_folder == str(outbox)
    assert len(list(outbox.glob("*.eml"))) == 2


def test_a_restart_in_the_middle_of_an_event_keeps_the_evenings_folder(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The folder exports start in was taken again at each start from the last export: after
    a restart mid-event, every later volunteer's dialog opened in the folder named after the
    volunteer before the restart."""
    event_folder = tmp_path / "Letters tonight"
    event_folder.mkdir()
    window = open_window(qtbot, tmp_path / "data")
    window.memory.change(export_folder=str(event_folder))
    _at_an_event(qtbot, window)
    private = tmp_path / "Aigerim Sadykova private"
    private.mkdir()
    assert _export_all(qtbot, window, answers, private)
    window.close()

    again = open_window(qtbot, tmp_path / "data")
    assert again.event_controls.mode.running
    assert again.output.export_folder() == event_folder
    again.choose_pack(SEED_ID)
    again.event_controls.next_volunteer(ask_first=False)
    assert again.output.export_folder() == event_folder
    assert "Aigerim" not in again.settings.export_folder


def test_next_volunteer_forgets_what_any_file_dialog_kept(
    event_evening: MainWindow, qt_user_settings: Path
) -> None:
    """The print dialog's "Print to file" folder browser is Qt's own, not made by the app:
    what it keeps (on disk, for every later dialog) is forgotten at the next volunteer."""
    from PySide6.QtCore import QSettings

    kept = QSettings(QSettings.Scope.UserScope, "QtProject")
    kept.setValue("FileDialog/history", ["file:///home/Aigerim Sadykova private"])
    kept.setValue("FileDialog/lastVisited", "file:///home/Aigerim Sadykova private")
    kept.sync()
    assert "Aigerim" in (qt_user_settings / "QtProject.conf").read_text(encoding="utf-8")

    event_evening.event_controls.next_volunteer(ask_first=False)

    assert "Aigerim" not in (qt_user_settings / "QtProject.conf").read_text(encoding="utf-8")


def test_a_reset_while_the_print_dialogs_file_browser_is_open_keeps_no_folder(
    qtbot: QtBot,
    event_evening: MainWindow,
    answers: ModalAnswers,
    tmp_path: Path,
    qt_user_settings: Path,
) -> None:
    """The twenty-second probe: the idle reset came while the print dialog's own "Print to
    file" folder browser (Qt's, not the app's) was open in the volunteer's folder. The
    reset forgot what file dialogs kept, then the browser closed and wrote the folder."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QToolButton

    window = event_evening
    private = tmp_path / "Aigerim Sadykova private"
    private.mkdir()
    reset: list[bool] = []

    def in_the_browser() -> None:
        browser = QApplication.activeModalWidget()
        if not isinstance(browser, QFileDialog):
            QTimer.singleShot(50, in_the_browser)
            return
        browser.setDirectory(str(private))  # the volunteer walks in, then away
        QApplication.processEvents()
        window.event_controls.next_volunteer(ask_first=False)  # the idle reset
        reset.append(True)

    def print_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        browse = dialog.findChild(QToolButton, "fileBrowser")
        assert browse is not None
        QTimer.singleShot(100, in_the_browser)
        QTimer.singleShot(0, browse.click)

    answers.expect("printDialog", print_dialog)
    window.menus.print_action.trigger()
    qtbot.waitUntil(lambda: reset == [True])
    qtbot.wait(1000)  # the browser and the print dialog are gone, and wrote what they keep

    kept = qt_user_settings / "QtProject.conf"
    assert "Aigerim" not in (kept.read_text(encoding="utf-8") if kept.exists() else "")
    assert QApplication.activeModalWidget() is None


def test_after_a_crash_at_an_event_the_draft_is_offered_with_no_as_the_default(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The twenty-second probe: after a power cut at an event the next start offered the
    letter with Yes as the default, and whoever sat down next got the last volunteer's
    words with a stray Enter. Crash recovery stays (the same volunteer is often still
    there), but at an event the default is No, and the sender's details are never in it."""
    window = event_evening
    type_text(find(window, QLineEdit, "senderName"), "Aigerim Secretname")
    window.sender_pane.flush()
    window.editor.setFocus()
    type_text(window.editor, "I teach at school 5 in Secrettown. ")
    window.drafts.save()  # what the autosave does while she types; then the power goes

    defaults: list[str] = []

    def press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        defaults.append(box.defaultButton().text().replace("&", ""))
        box.defaultButton().click()  # what Enter does

    answers.expect("draftOffer", press_enter)
    again = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: defaults != [])
    again.unexported = False

    assert defaults == ["No"]
    assert "Secrettown" not in again.editor.toPlainText()
    assert "Secretname" not in find(again, QLineEdit, "senderName").text()


def test_a_draft_kept_at_an_event_is_offered_as_at_an_event_when_the_event_file_was_lost(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Probe 20A, F10: the power went while a volunteer typed, and the event's file was
    damaged with it. The next start set it aside, so no event ran, and offered her words
    with Yes as the default to whoever sat down. The draft now says it was kept at an
    event: No is the default, and No clears all of that volunteer's letters."""
    window = event_evening
    window.editor.setFocus()
    type_text(window.editor, "I teach at school 5 in Secrettown. ")
    window.unexported = True
    window.drafts.save()  # the autosave; then the power goes
    event_file = window.services.paths.event_file
    event_file.write_bytes(event_file.read_bytes()[:20])  # cut short by the power cut

    defaults: list[str] = []

    def press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        defaults.append(box.defaultButton().text().replace("&", ""))
        box.defaultButton().click()  # what Enter does

    answers.expect("warning", lambda box: box.accept())  # "set aside, started afresh"
    answers.expect("draftOffer", press_enter)
    again = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: defaults != [], timeout=30_000)
    again.unexported = False

    assert not again.event_controls.mode.running  # the event's file was lost
    assert defaults == ["No"]
    assert "Secrettown" not in again.editor.toPlainText()
    assert again.services.drafts.load() is None


def test_no_to_the_offer_after_a_crash_at_an_event_offers_none_of_that_volunteers_letters(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The twenty-third probe: "No" cleared only the current letter, and the last
    volunteer's other letter (set aside when they switched actions) was offered straight
    after, its Yes giving the next person their words."""
    from helpers import TRAINING_ID

    window = event_evening
    window.editor.setFocus()
    type_text(window.editor, "I teach at school 5 in Secrettown. ")
    window.unexported = True
    answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.choose_pack(TRAINING_ID)
    window.editor.setFocus()
    type_text(window.editor, "A second letter. ")
    window.unexported = True
    window.drafts.save()  # the autosave; then the power goes
    assert window.services.drafts.shelved_actions() == [SEED_ID]

    for _offer in range(2):  # a second offer, if one came, is answered too: No
        answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.No).click())
    again = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: answers.seen[-1:] == ["draftOffer"])
    again.choose_pack(SEED_ID)
    qtbot.wait(300)
    again.unexported = False

    assert answers.seen.count("draftOffer") == 1
    assert again.services.drafts.shelved_actions() == []
    assert "Secrettown" not in again.editor.toPlainText()


def test_a_restart_in_the_middle_of_an_event_forgets_what_file_dialogs_kept(
    qtbot: QtBot, event_evening: MainWindow, tmp_path: Path, qt_user_settings: Path
) -> None:
    """The twenty-third probe: Qt's file dialog memory was forgotten only at Next volunteer;
    after a crash mid-event the print dialog's browser's folder was still on disk."""
    from PySide6.QtCore import QSettings

    kept = QSettings(QSettings.Scope.UserScope, "QtProject")
    kept.setValue("FileDialog/history", ["file:///home/Aigerim Sadykova private letters"])
    kept.sync()

    again = open_window(qtbot, tmp_path / "data")  # the event is still running on disk
    again.unexported = False

    assert again.event_controls.mode.running
    assert "Aigerim" not in (qt_user_settings / "QtProject.conf").read_text(encoding="utf-8")


def test_a_full_outbox_makes_the_next_volunteer_choose_another(
    qtbot: QtBot, event_evening: MainWindow, answers: ModalAnswers, small_stick: Path
) -> None:
    """The twenty-first probe: the stick filled up while a volunteer's e-mails were being
    saved and Next volunteer was pressed meanwhile; the next volunteer's e-mails went to the
    same full stick without a question, since the failure was forgotten with the turn."""
    from test_sent_in_part import eml_size, leave_room

    window = event_evening
    window.memory.change(outbox_folder=str(small_stick))
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    type_text(find(window, QLineEdit, "senderName"), "Alice")
    window.sender_pane.flush()
    reachable = [x for x in window.letters() if x.addressee.emails]
    leave_room(small_stick, eml_size(reachable[0], window.current_sender()))

    window.outbox.write(window.letters(), window.output_context())
    window.event_controls.next_volunteer(ask_first=False)
    qtbot.waitUntil(lambda: not window.tasks.busy())
    qtbot.wait(200)
    assert window.outbox.ask_again  # the stick is full, whoever writes next

    answers.expect("organiserPinDialog", give_pin)
    answers.expect("outboxDialog", lambda dialog: dialog.reject())
    find(window, QPushButton, "exportButton").click()
    qtbot.waitUntil(lambda: answers.seen[-1:] == ["outboxDialog"])


def test_a_turn_is_one_signer_put_right_and_ends_with_another() -> None:
    """The rule on its own, without a window: a name put right or a letter first sent
    unsigned stays in the turn; another name, or Next volunteer, starts a new one."""
    from uawriter.storage.turns import Turns

    turns = Turns()
    first = turns.of("")
    assert turns.of("Ann Exmaple") == first  # unsigned, then signed: one volunteer
    assert turns.of("  ann   example ") == first  # put right, spaced and cased otherwise
    assert turns.of("") == first
    second = turns.of("Bob Second")
    assert second != first
    assert turns.of("Ann Example") not in (first, second)  # Ann again: after Bob, a new turn
    turns.next()
    assert turns.of("Ann Example") not in (first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Anna Schmidt", "Hans Schmidt"),
        ("Marie Dubois", "Marc Dubois"),
        ("Jan Kowalski", "Anna Kowalska"),
        ("Alexander Petrov", "Alexandra Petrova"),
        ("Tom", "Tim"),
        ("Aigerim", "Aigerim N."),  # in doubt: another volunteer, another turn
        # probe 34: one letter apart, at a word's end or start, or in a syllable script
        ("Paul Smith", "Paula Smith"),
        ("Jan Novak", "Jana Novak"),
        ("Maria", "Mario"),
        ("Anna", "Anne"),
        ("Ivan Petrov", "Ivana Petrov"),
        ("Ida", "Ada"),
        ("박민수", "박민주"),
        ("さとう", "さいとう"),
        ("ごとう", "ことう"),
        # probe 35: a letter changed or added inside a word, marks of other scripts
        ("Maria Rossi", "Marta Rossi"),
        ("Lena", "Lina"),
        ("حسن", "حسين"),
        ("محمد", "محمود"),
        ("मीना शर्मा", "मोना शर्मा"),
        ("सीता", "सुता"),
        ("🙂", "🌻"),
        ("???", "!!!"),
        ("Jon Smith", "John Smith"),  # in doubt: the letter put right is counted twice
    ],
)
def test_a_family_at_one_laptop_is_two_turns(first: str, second: str) -> None:
    """Probe 33 F1: names 0.8 alike by difflib were one volunteer put right, and families
    share a surname: Hans's letter replaced Anna's file and took it out of the tally."""
    from uawriter.storage.turns import Turns, same_signer

    assert not same_signer(first, second)
    turns = Turns()
    assert turns.of(first) != turns.of(second)


@pytest.mark.parametrize(
    ("typed", "put_right"),
    [
        ("Ann Exmaple", "Ann Example"),  # two letters swapped
        ("Aigerim Sadykvoa", "Aigerim Sadykova"),
        ("Tomas Novak", "Tomáš Novák"),  # accents added
        ("ann  example", "Ann Example."),
        ("मीना  शर्मा", "मीना शर्मा"),
        ("🙂", " 🙂 "),
    ],
)
def test_a_name_put_right_stays_in_the_turn(typed: str, put_right: str) -> None:
    from uawriter.storage.turns import Turns, same_signer

    assert same_signer(typed, put_right)
    turns = Turns()
    assert turns.of(typed) == turns.of(put_right)


def test_an_unsigned_letter_long_after_the_last_one_is_another_volunteers() -> None:
    """Probe 33 F1: two volunteers who both leave the name empty were one turn, for ever."""
    from uawriter.storage.turns import UNSIGNED_GAP_SECONDS, Turns

    now = [1000.0]
    turns = Turns(clock=lambda: now[0])
    first = turns.of("")
    now[0] += 60  # the same volunteer puts a typo right and exports again
    assert turns.of("") == first
    now[0] += UNSIGNED_GAP_SECONDS + 1  # the next one sat down and wrote for minutes
    second = turns.of("")
    assert second != first
    now[0] += 30
    assert turns.of("Ann Example") == second  # signed soon after: the same volunteer
    now[0] += UNSIGNED_GAP_SECONDS + 1
    assert turns.of("Ann Example") == second  # the same name: the same volunteer


def test_a_name_long_after_unsigned_letters_is_another_volunteers() -> None:
    """Probe 34 F3: a name after unsigned letters joined their turn however much later it
    came, and Bob's letter replaced the unsigned volunteer's file."""
    from uawriter.storage.turns import UNSIGNED_GAP_SECONDS, Turns

    now = [1000.0]
    turns = Turns(clock=lambda: now[0])
    unsigned = turns.of("")
    now[0] += UNSIGNED_GAP_SECONDS + 60
    bob = turns.of("Bob Jones")
    assert bob != unsigned
    now[0] += UNSIGNED_GAP_SECONDS + 60
    assert turns.of("Bob Jones") == bob

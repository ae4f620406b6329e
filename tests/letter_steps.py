"""Steps the probes' window tests share: a volunteer's answers to the window's questions,
her words typed where they go, the organiser's own pack, which files hold her words, and
envelopes printed to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, normalise, pdf_pages_text
from qt_helpers import ModalAnswers, type_path
from test_evening import _export_all, type_text
from test_gui import choose as choose_item
from test_gui import find
from uawriter.gui.address_book_dialog import AddressBookDialog
from uawriter.gui.addressees_pane import AddresseesPane
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.gui.main_window import MainWindow
from uawriter.storage.address_book import copy_id


def holding(folder: Path, words: str) -> list[str]:
    """The files under ``folder`` that hold ``words``."""
    return [
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and words in path.read_text(errors="replace")
    ]


def yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def yes_noting(said: list[str]) -> Callable[[QWidget], None]:
    """Yes to a question, its text noted in ``said`` (a stack offered back after a crash)."""

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    return answer


def no(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.No).click()


def accept(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.accept()


def cancel(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()


def details_for_replies(window: MainWindow, street: str, email: str) -> None:
    """Her address and e-mail typed for replies, over the last volunteer's; no name."""
    address = find(window, QPlainTextEdit, "senderAddress")
    address.clear()
    address.setFocus()
    type_text(address, street)
    mail = find(window, QLineEdit, "senderEmail")
    mail.clear()
    mail.setFocus()
    type_text(mail, email)
    window.sender_pane.flush()


def type_after(window: MainWindow, found: str, text: str) -> None:
    """``text`` typed right after the first ``found`` in the letter."""
    where = window.editor.document().find(found)
    assert not where.isNull(), found
    cursor = window.editor.textCursor()
    cursor.setPosition(where.selectionEnd())
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    type_text(window.editor, text)


def my_pack(data: Path) -> Path:
    """The seed as the organiser's own pack ``my-pack`` (revision 1) in ``data``."""
    packs = data / "packs"
    packs.mkdir(parents=True)
    mine = copy_bundled_pack(SEED_ID, packs, "my-pack")
    edit_manifest(mine, f'id = "{SEED_ID}"', 'id = "my-pack"')
    return mine


def choose(qtbot: QtBot, window: MainWindow, pack_id: str) -> None:
    window.choose_pack(pack_id)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == pack_id)


def letter_to(window: MainWindow, addressee_id: str = "president") -> str:
    """The one letter to ``addressee_id`` as Export or Print would send it now."""
    letters = [x for x in window.letters() if x.addressee.id == addressee_id]
    assert len(letters) == 1
    return letters[0].text


def print_envelopes(
    qtbot: QtBot,
    window: MainWindow,
    answers: ModalAnswers,
    printed: Path,
    pages: int,
    as_it_starts: Callable[[], None],
) -> None:
    """ "Call, post, envelopes…", Envelopes (``pages`` of them laid out), Print… to the PDF
    ``printed``, OK; ``as_it_starts`` is called as the click returns, then the dialog is
    closed (the envelopes go on printing in the background)."""
    started: list[bool] = []

    def to_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        dialog.done(QPrintDialog.DialogCode.Accepted)

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialog.tabs.setCurrentWidget(dialog.envelopes_tab)
        qtbot.waitUntil(lambda: dialog.envelopes_tab.document.pageCount() == pages, timeout=120_000)
        answers.expect("printDialog", to_file)

        def print_then_close() -> None:  # the answers' timer cannot answer from in here
            find(dialog, QPushButton, "printEnvelopes").click()
            as_it_starts()
            dialog.reject()
            started.append(True)

        QTimer.singleShot(0, print_then_close)

    answers.expect("channelsDialog", use)
    find(window, QPushButton, "moreChannelsButton").click()
    qtbot.waitUntil(lambda: bool(started), timeout=180_000)


def export_stack(qtbot: QtBot, window: MainWindow, answers: ModalAnswers, out: Path) -> list[Path]:
    """The stack's Export to the folder ``out`` (made here): its "done" closed, or a
    warning (copies held back) accepted. The PDFs in ``out`` then."""
    out.mkdir(exist_ok=True)
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    answers.expect("warning", lambda box: box.accept())
    window.stack_pane.export_requested.emit()
    qtbot.waitUntil(
        lambda: "exportDone" in answers.seen or "warning" in answers.seen, timeout=30_000
    )
    return sorted(out.glob("*.pdf"))


def save_emails(qtbot: QtBot, window: MainWindow, answers: ModalAnswers, outbox: Path) -> None:
    """The letter sent by e-mail: its drafts saved to the folder ``outbox`` (made here), the
    "saved" message closed."""
    choose_item(qtbot, find(window, QComboBox, "outputMode"), "email")
    outbox.mkdir(parents=True)
    answers.expect("outboxDialog", type_path(outbox))
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=60_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "emailsSaved" in answers.seen, timeout=30_000)
    window.unexported = False


def print_to_file_over(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, target: Path
) -> tuple[list[int], list[str]]:
    """Print…, "to a PDF file", its name typed as ``target`` (what a click on that file
    in the dialog's browser puts there), OK, and Yes to Qt's own "already exists.
    Overwrite it?"; a warning from UA Writer accepted. The pages printed (once printing
    ended, or nothing if it was refused) and the questions the print dialog asked."""

    def to_target(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        file_box = dialog.findChild(QLineEdit, "filename")
        assert file_box is not None
        file_box.setText(str(target))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        QTimer.singleShot(0, buttons.button(QDialogButtonBox.StandardButton.Ok).click)

    def overwrite(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    inner = ModalAnswers()  # the question opens inside the print dialog's OK
    inner.expect("", overwrite)
    answers.expect("printDialog", to_target)
    answers.expect("warning", lambda box: box.accept())
    printed: list[int] = []
    window.output.printed.connect(printed.append)
    window.menus.print_action.trigger()
    qtbot.waitUntil(lambda: bool(printed) or "warning" in answers.seen, timeout=60_000)
    inner.stop()
    return printed, inner.seen


def her_faxes_counted_then_bob(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, evening: Path
) -> list[Path]:
    """At an event: Aigerim signs and exports her faxes into ``evening`` (made here), and
    the tally counts them; Next volunteer, and Bob Jones signs. Her faxes."""
    evening.mkdir()
    name_box = find(window, QLineEdit, "senderName")
    name_box.setFocus()
    type_text(name_box, "Aigerim Sadykova")
    window.sender_pane.flush()
    hers = _export_all(qtbot, window, answers, evening)
    window.event_controls.next_volunteer(ask_first=False)
    name_box.setFocus()
    type_text(name_box, "Bob Jones")
    window.sender_pane.flush()
    return hers


def choose_embassy(pane: AddresseesPane, place: int) -> None:
    """The embassy at ``place`` in the address book chosen for the copy (not ticked)."""
    pane.diplomat_choice.setCurrentIndex(
        pane.diplomat_choice.findData(copy_id(pane.contacts[place]))
    )


def book_saved(
    qtbot: QtBot, window: MainWindow, row: int, change: Callable[[AddressBookDialog], None]
) -> None:
    """The organiser opens the address book from the window, picks the entry at ``row``,
    makes ``change`` to it (or takes it out) and saves; the window's dialog is gone."""
    window.addressees_pane.edit_address_book()
    dialog = window.findChild(AddressBookDialog)
    assert isinstance(dialog, AddressBookDialog)
    dialog.list.setCurrentRow(row)
    change(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(AddressBookDialog) is None)


def removed(dialog: AddressBookDialog) -> None:
    """The chosen entry taken out of the book."""
    dialog.remove_button.click()


def stack_sent(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, out: Path
) -> tuple[list[str], list[str]]:
    """The stack exported to ``out`` (:func:`export_stack`): the texts still stacked (held
    back) and those of the PDFs written, read back; then the stack is cleared."""
    sent_files = export_stack(qtbot, window, answers, out)
    stacked = [x.text for x in window.stack_pane.letters()]
    sent = [normalise(" ".join(pdf_pages_text(path))) for path in sent_files]
    window.stack_pane.clear()
    window.unexported = False
    return stacked, sent

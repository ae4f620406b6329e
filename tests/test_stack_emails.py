"""The stack sent as e-mails: "Send by: E-mail" and Export all… under My stack.

The e-mails are read back as a mail program reads them (Python's e-mail parser, the
message as a whole: headers, Cc, body)."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID
from qt_helpers import ModalAnswers
from test_gui import choose, find, open_window
from test_stack import _stack, _write
from uawriter.storage.tally import Channel, TallyBook

EMBASSY = "consular@kz-embassy.example"


def _read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_each_actions_embassy_copy_goes_in_cc_on_its_own_officials_e_mails_only(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Two actions on the stack, the first with a copy to Kazakhstan's embassy: the
    embassy is in Cc on the e-mails to Kazakhstan's officials, not on those of the other
    action (one write for the whole stack would have copied the embassy on letters about
    another country); every e-mail written is counted once as an e-mail, and the letters
    with no e-mail address stay on the stack to be posted."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    outbox = tmp_path / "stick" / "outbox"
    outbox.mkdir(parents=True)
    window.memory.change(outbox_folder=str(outbox))

    def add_embassy(dialog: QWidget) -> None:
        qtbot.mouseClick(find(dialog, QPushButton, "addContact"), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(find(dialog, QLineEdit, "contactTitle"), "Ambassador of Kazakhstan")
        address = find(dialog, QPlainTextEdit, "contactAddress")
        address.setFocus()
        qtbot.keyClicks(address, "1 Embassy Row")
        qtbot.keyClicks(find(dialog, QLineEdit, "contactEmail"), EMBASSY)
        qtbot.keyClicks(find(dialog, QLineEdit, "contactRepresents"), "kz")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answers.expect("addressBookDialog", add_embassy)
    qtbot.mouseClick(find(window, QPushButton, "addressBookButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "addressBookDialog" in answers.seen)

    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    _write(qtbot, window, SEED_ID)
    window.addressees_pane.diplomat_check.setChecked(True)
    assert window.selected_addressees()[-1].title == "Ambassador of Kazakhstan"
    _stack(qtbot, window, answers, SEED_ID)
    seed_letters = len(window.stack_pane.letters())
    _write(qtbot, window, TRAINING_ID)
    window.addressees_pane.diplomat_check.setChecked(False)
    _stack(qtbot, window, answers, TRAINING_ID)
    stacked = window.stack_pane.letters()
    reachable = [
        x for x in stacked if x.addressee.emails and x.addressee.title != "Ambassador of Kazakhstan"
    ]
    unreachable = [x for x in stacked if not x.addressee.emails]

    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "emailsSaved" in answers.seen, timeout=10_000)

    messages = [_read(path) for path in sorted(outbox.glob("*.eml"))]
    assert len(messages) == len(reachable)
    kazakh = [x.addressee.emails[0] for x in reachable if x.pack.id == SEED_ID]
    others = [x.addressee.emails[0] for x in reachable if x.pack.id == TRAINING_ID]
    assert kazakh
    assert others
    for message in messages:
        to = str(message["To"])
        cc = str(message.get("Cc", ""))
        if any(address in to for address in kazakh):
            assert EMBASSY in cc, (to, cc)
        else:
            assert any(address in to for address in others), to
            assert EMBASSY not in cc, (to, cc)
    records = TallyBook(window.services.paths.tally_file).read().letters
    assert sorted(r.channel for r in records) == [Channel.EMAIL] * len(reachable)
    # what went is off the stack (the copy with its letters); what could not go stays
    left = window.stack_pane.letters()
    assert {id(x) for x in left} == {id(x) for x in unreachable}
    assert seed_letters >= 2

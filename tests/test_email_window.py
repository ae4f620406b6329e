"""Sending by e-mail from the window: drafts collected in an outbox folder, read back by
Python's mail parser; the volunteer is told who has no e-mail address."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, type_path
from test_gui import choose, find, open_window
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook


def test_e_mails_go_to_the_outbox_as_drafts(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    window: MainWindow = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    choose(qtbot, find(window, QComboBox, "letterLanguage"), "kk")
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Sadykova")
    qtbot.keyClicks(find(window, QLineEdit, "senderEmail"), "aigerim@example.org")
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    export = find(window, QPushButton, "exportButton")
    assert export.text().replace("&", "") == "Save e-mail drafts"
    notice = find(window, QLabel, "faxNotice")
    assert notice.isVisibleTo(window)
    assert "No e-mail address for: President of Kazakhstan" in notice.text()

    outbox = tmp_path / "usb-stick" / "outbox"
    outbox.mkdir(parents=True)
    reports: list[str] = []
    answers.expect("outboxDialog", type_path(outbox))
    answers.expect("emailsSaved", lambda box: (reports.append(box.informativeText()), box.reject()))
    with qtbot.waitSignal(window.exported, timeout=30_000) as exported:
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["outboxDialog", "emailsSaved"], timeout=30_000)
    drafts = sorted(exported.args[0])
    assert sorted(outbox.glob("*.eml")) == drafts
    assert len(drafts) == 2
    assert "No e-mail address for: President of Kazakhstan, Nursultan Nazarbaev" in reports[0]
    messages = []
    for path in drafts:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        messages.append(message)
    assert messages[0]["X-Unsent"] == "1"
    assert messages[0]["From"].addresses[0].addr_spec == "aigerim@example.org"
    first_line = str(messages[0].get_content()).splitlines()[0]
    assert first_line == "Құрметті Бас прокурор мырза!"
    assert window.settings.outbox_folder == str(outbox)
    assert window.settings.email  # the choice is kept for the next letter
    counted = TallyBook(window.services.paths.tally_file).read().letters
    assert [r.channel.value for r in counted] == ["email", "email"]

    # the officials e-mailed are unticked (probe 77b: e-mailed and counted again by the
    # next click); the next volunteer writes to them all, into the same outbox, unasked
    assert [x.addressee.emails for x in window.letters()] == [()]
    qtbot.mouseClick(find(window, QPushButton, "selectAll"), Qt.MouseButton.LeftButton)
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers.seen) == 3, timeout=30_000)
    assert answers.seen[-1] == "emailsSaved"
    assert len(list(outbox.glob("*.eml"))) == 4  # nothing replaced

"""'Call, post, envelopes…' and 'What the fax machine will print…' in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers
from test_gui import choose, find, open_window
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.gui.fax_preview import FaxPreviewDialog
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import TallyBook


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = open_window(qtbot, tmp_path / "data")
    win.choose_pack(SEED_ID)
    choose(qtbot, find(win, QComboBox, "letterLanguage"), "kk")
    qtbot.keyClicks(find(win, QLineEdit, "senderName"), "Aigerim Sadykova")
    return win


def test_call_post_e_mail_text_and_envelopes(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers
) -> None:
    seen: dict[str, str | int] = {}

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        home = find(dialog, QComboBox, "homeCountry")
        home.setCurrentIndex(home.findData("DE"))
        seen["numbers"] = find(dialog, QPlainTextEdit, "dialledNumbers").toPlainText()
        seen["script"] = find(dialog, QPlainTextEdit, "callScript").toPlainText()
        qtbot.mouseClick(find(dialog, QPushButton, "countCall"), Qt.MouseButton.LeftButton)
        seen["post"] = find(dialog, QPlainTextEdit, "postText").toPlainText()
        qtbot.mouseClick(find(dialog, QPushButton, "countPost"), Qt.MouseButton.LeftButton)
        email_box = find(dialog, QComboBox, "emailAddressee")
        seen["email_choices"] = email_box.count()
        seen["email"] = find(dialog, QPlainTextEdit, "emailText").toPlainText()
        qtbot.mouseClick(find(dialog, QPushButton, "copyEmailText"), Qt.MouseButton.LeftButton)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["mail_link"] = int(find(dialog, QPushButton, "openMailLink").isEnabled())
        # the envelopes are laid out (in the background) once their tab is shown
        assert dialog.envelopes_tab.pdf == b""
        dialog.tabs.setCurrentWidget(dialog.envelopes_tab)
        formats = find(dialog, QComboBox, "envelopeFormat")
        formats.setCurrentIndex(formats.findData("c5"))
        qtbot.waitUntil(lambda: dialog.envelopes_tab.document.pageCount() > 0, timeout=30_000)
        seen["c5_pages"] = dialog.envelopes_tab.document.pageCount()
        formats.setCurrentIndex(formats.findData("l7160"))
        qtbot.waitUntil(lambda: dialog.envelopes_tab.document.pageCount() == 1, timeout=30_000)
        seen["label_pages"] = dialog.envelopes_tab.document.pageCount()
        dialog.reject()

    answers.expect("channelsDialog", use)
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["channelsDialog"], timeout=30_000)

    numbers = str(seen["numbers"])
    assert "President of Kazakhstan, Nursultan Nazarbaev" in numbers
    # dialled from Germany, kept left to right in any interface (LRI … PDI)
    assert "    Fax: \u206600 7 7172 72 05 16\u2069" in numbers.splitlines()
    script = str(seen["script"])
    assert script.startswith("Ask for: President of Kazakhstan, Nursultan Nazarbaev")
    assert "Сәлеметсіз бе. Менің атым Aigerim Sadykova." in script  # in the letter's language
    assert "If you reach voicemail:" in script
    assert len(str(seen["post"])) <= 280
    assert str(seen["post"]).startswith("Этникалық өзбектерге")
    assert seen["email_choices"] == 2  # the President has no e-mail address
    assert str(seen["email"]).startswith("To: procuror@nursat.kz, Gp-rk@prokuror.kz")
    assert str(seen["clipboard"]).startswith("Құрметті Бас прокурор мырза!")
    assert seen["mail_link"] == 0  # a whole Kazakh letter is too long for a mailto: link
    assert seen["c5_pages"] == 3
    assert seen["label_pages"] == 1
    assert window.settings.home_country == "DE"
    counted = TallyBook(window.services.paths.tally_file).read().letters
    assert [(r.channel.value, r.addressee_id) for r in counted] == [
        ("phone", "president"),
        ("social", "president"),
    ]


def test_what_the_fax_machine_will_print(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers
) -> None:
    with qtbot.waitSignal(window.preview_ready, timeout=30_000):
        window.preview.schedule()
    pages: list[int] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, FaxPreviewDialog)
        qtbot.waitUntil(lambda: len(dialog.page_labels) > 0, timeout=30_000)
        pages.append(len(dialog.page_labels))
        dialog.reject()

    answers.expect("faxPreviewDialog", look)
    window.menus.fax_view_action.trigger()
    qtbot.waitUntil(lambda: answers.seen == ["faxPreviewDialog"], timeout=30_000)
    assert pages == [window.preview.document.pageCount()]


def test_saved_envelopes_do_not_replace_the_ones_saved_before(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The save dialog suggested ``dl.pdf`` in the same folder every time, and Save, then
    Qt's "replace it?", replaced the envelopes a volunteer before had saved there."""
    stick = tmp_path / "stick"
    stick.mkdir()
    window.memory.change(export_folder=str(stick))
    suggested: list[str] = []

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        suggested.append(dialog.selectedFiles()[0])
        dialog.accept()

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialog.tabs.setCurrentWidget(dialog.envelopes_tab)
        qtbot.waitUntil(lambda: dialog.envelopes_tab.document.pageCount() > 0, timeout=30_000)
        answers.expect("saveEnvelopesDialog", save)

        def save_then_close() -> None:  # the answers' timer cannot answer from in here
            find(dialog, QPushButton, "saveEnvelopes").click()
            dialog.reject()

        QTimer.singleShot(0, save_then_close)

    for _turn in range(2):
        answers.expect("channelsDialog", use)
        find(window, QPushButton, "moreChannelsButton").click()
        qtbot.waitUntil(lambda: answers.seen[-1] == "saveEnvelopesDialog", timeout=30_000)

    assert [Path(name).name for name in suggested] == [
        f"{SEED_ID}-envelopes-dl.pdf",
        f"{SEED_ID}-envelopes-dl (2).pdf",
    ]
    saved = sorted(stick.iterdir())
    assert sorted(path.name for path in saved) == sorted(Path(name).name for name in suggested)
    for path in saved:
        assert PdfReader(path).pages[0].extract_text().count("Kazakhstan") >= 1

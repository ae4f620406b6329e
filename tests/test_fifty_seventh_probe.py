"""Probe 57 (the issue's classes, in the window).

F1  After a corrected revision was imported beside the window, "Call, post, envelopes…"
    gave the old revision's official and fax number. It checks the pack as Export does.
F2  An e-mail sent the documented way (its text copied into webmail) was never counted.
    "I sent this e-mail" counts it, once, as a call is.
F3  At an event, a letter for the UA's next update suggested, and on Yes replaced, her
    letter for the update before (named alike) and took it out of the tally.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import run_uawriter
from letter_steps import choose
from qt_helpers import ModalAnswers
from test_gui import find, open_window
from test_pack_replaced import NEW_FAX, _local_pack
from uawriter.gui.channels_dialog import ChannelsDialog


def test_call_numbers_come_from_the_revision_imported_beside_the_window(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """CLI `import --replace` of a corrected revision while the window is open: the
    'Call, post, envelopes…' dialog still shows the old President and old fax number."""
    data = tmp_path / "data"
    corrected = _local_pack(data, tmp_path)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    done = run_uawriter(data, "import", "--replace", str(corrected))
    assert done.returncode == 0, done.stderr

    seen: dict[str, str] = {}

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        seen["numbers"] = find(dialog, QPlainTextEdit, "dialledNumbers").toPlainText()
        seen["script"] = find(dialog, QPlainTextEdit, "callScript").toPlainText()
        dialog.reject()

    # first the notice that the action changed, as Export gives it; nothing is opened
    answers.expect("warning", lambda box: box.accept())
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "warning" in answers.seen, timeout=30_000)
    assert "channelsDialog" not in answers.seen
    # then the dialog, from the new revision
    answers.expect("channelsDialog", use)
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "channelsDialog" in answers.seen, timeout=30_000)
    numbers = seen["numbers"]
    assert "Nazarbaev" not in numbers + seen["script"]
    assert "Tokayev" in numbers  # the corrected revision's President, with his new fax
    assert NEW_FAX.replace(" ", "")[-6:] in numbers.replace(" ", "")


def test_an_e_mail_copied_into_webmail_can_be_counted(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """'E-mail text' is the documented way to send from webmail: copy, paste, send. Calls
    and posts have 'I made this call' / 'I posted it'; the e-mail has neither a button to
    count it nor a count on copy or on 'Open in mail program': it is never in the tally."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from helpers import SEED_ID
    from test_gui import choose
    from uawriter.storage.tally import TallyBook

    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    choose(qtbot, find(window, QComboBox, "letterLanguage"), "ru")
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Sadykova")
    buttons: list[str] = []

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialog.tabs.setCurrentIndex(2)
        qtbot.mouseClick(find(dialog, QPushButton, "copyEmailText"), Qt.MouseButton.LeftButton)
        count = find(dialog, QPushButton, "countEmail")  # pasted into webmail and sent
        buttons.append(count.text())
        qtbot.mouseClick(count, Qt.MouseButton.LeftButton)
        buttons.append(count.text())
        assert not count.isEnabled()  # counted once
        dialog.accept()

    answers.expect("channelsDialog", use)
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["channelsDialog"], timeout=30_000)
    records = TallyBook(window.services.paths.tally_file).read().letters
    assert buttons == ["I sent this e-mail", "E-mail counted"]
    assert [r.channel.value for r in records] == ["email"], records


def test_the_update_of_a_ua_does_not_replace_the_letter_for_the_ua_before(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """One volunteer writes to the President for UA 129/10 update 3 and, in the same turn,
    for its update 4 (another pack, another letter). Both one-letter exports suggest the
    same name (the file name holds the UA number, not the update), the second suggests
    her own update-3 file as the one 'a typo put right' replaces, and Yes to Qt's
    'replace it?' loses the update-3 letter and takes it out of the tally."""
    from helpers import SEED_ID, copy_bundled_pack, edit_manifest, pdf_pages_text
    from test_evening import _event_window
    from test_not_anothers_file import _one_letter_exported
    from uawriter.storage.tally import TallyBook, letters_sent

    packs = tmp_path / "data" / "packs"
    packs.mkdir(parents=True)
    later = copy_bundled_pack(SEED_ID, packs, "ua-129-10-u4")
    edit_manifest(later, f'id = "{SEED_ID}"', 'id = "ua-129-10-u4"')
    edit_manifest(later, "update = 3", "update = 4")
    edit_manifest(
        later,
        'en = "Ethnic Uzbeks at risk of torture if returned"',
        'en = "Ethnic Uzbeks still at risk: a new appeal"',
    )
    window = _event_window(qtbot, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    first_name, first = _one_letter_exported(qtbot, window, answers, "Alice Martin", stick)
    first_text = " ".join(pdf_pages_text(first))
    window.choose_pack("ua-129-10-u4")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.action.update == 4)
    second_name, _second = _one_letter_exported(qtbot, window, answers, "Alice Martin", stick)

    files = sorted(stick.glob("*.pdf"))
    texts = [" ".join(pdf_pages_text(f)) for f in files]
    tally = TallyBook(window.services.paths.tally_file).read()
    sent = letters_sent(tally.letters)
    assert (first_name, len(files), len(sent)) == (first_name, 2, 2), (
        first_name,
        second_name,
        [f.name for f in files],
        len(sent),
        len(tally.withdrawals),
    )
    assert first_text in texts
    window.unexported = False

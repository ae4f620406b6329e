"""Probe 92b (issue 12, items 8, 10, 11, 16): a window really killed (SIGKILL) at a moment
chosen in its own process, then started again on the same data folder."""

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from crash_steps import HER_LETTER_IN_A_WINDOW, killed, killed_after_the_first, taken_back
from helpers import SEED_ID, run_uawriter
from letter_steps import save_emails
from qt_helpers import ModalAnswers, type_path
from test_gui import find, open_window
from uawriter.storage.tally import TallyBook, letters_sent

#: A window in a process of its own: the volunteer signs, adds a sentence to the letter
#: for all three officials, presses Export (the folder chosen), and the process is killed
#: (see :func:`killed_after_the_first`) once the first letter is written and counted.
EXPORT_LETTER_THEN_KILL = (
    HER_LETTER_IN_A_WINDOW
    + """
out = Path({out!r})
print(len(window.addressees_pane.selected()), flush=True)
import uawriter.gui.output as output
output.choose_path = lambda *args, **kwargs: out  # the folder chosen in the dialog
window.sending.export_letters()
tally = data / "tally.jsonl"
wait(lambda: tally.exists() and tally.read_bytes().count(b'"type":"letter"') >= 1)
os.kill(os.getpid(), signal.SIGKILL)
"""
)


def test_f1_letters_counted_before_a_crash_are_not_ticked_again_in_the_draft(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She exported her letter to three officials and the laptop died after the first was
    written and counted. The next start offers her letter back with all three still
    ticked, and nothing says one went: she exports again, and the President's letter is
    counted twice (the stack's letters are offered back less those that went)."""
    data = tmp_path / "data"
    out = tmp_path / "letters"
    out.mkdir()
    script = killed_after_the_first(".pdf") + EXPORT_LETTER_THEN_KILL.format(
        data=str(data), out=str(out), pack=SEED_ID
    )
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    ticked = int(done.stdout.split()[0])
    counted = TallyBook(data / "tally.jsonl").read().letters
    assert len(counted) == 1 < ticked

    def take_back(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    answers.expect("draftOffer", take_back)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: answers.seen == ["draftOffer"], timeout=30_000)
    assert "MY OWN SENTENCE." in window.editor.toPlainText()

    # she exports the letter offered back, as it is
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=60_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exportDone" in answers.seen, timeout=30_000)
    window.unexported = False
    sent = letters_sent(TallyBook(data / "tally.jsonl").read().letters)
    officials = sorted(r.addressee_id for r in sent)
    assert officials == ["foreign-minister", "president", "prosecutor-general"]


#: A window in a process of its own: the volunteer signs, opens "Call, post, envelopes…",
#: pastes the e-mail's text into webmail, presses "I sent this e-mail", and the laptop dies.
COUNT_EMAIL_THEN_KILL = (
    HER_LETTER_IN_A_WINDOW
    + """
from PySide6.QtCore import QTimer
tally = data / "tally.jsonl"
def count_then_die():
    dialog = app.activeModalWidget()
    dialog.tabs.setCurrentIndex(2)
    dialog.count_email.click()
    print(dialog.email_box.currentText(), flush=True)
    wait(lambda: tally.exists() and tally.read_bytes().count(b'"type":"letter"') >= 1)
    os.kill(os.getpid(), signal.SIGKILL)
QTimer.singleShot(500, count_then_die)
window.channels.show_channels()
"""
)


def test_f2_an_e_mail_counted_by_hand_before_a_crash_is_counted_again_by_its_draft(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She sent the e-mail from webmail and pressed "I sent this e-mail"; the laptop died.
    Her letter is offered back and she saves its e-mail drafts to the outbox. In the same
    window the draft takes back the by-hand count (one e-mail); after the crash both stay:
    the Prosecutor General's e-mail is counted twice in the evening's totals."""

    data = tmp_path / "data"
    script = COUNT_EMAIL_THEN_KILL.format(data=str(data), pack=SEED_ID)
    (by_hand,) = killed(data, script)
    assert by_hand.channel.value == "email"

    window = taken_back(qtbot, answers, data)
    save_emails(qtbot, window, answers, tmp_path / "stick" / "outbox")
    tally = TallyBook(data / "tally.jsonl").read()
    emailed = [r.addressee_id for r in letters_sent(tally.letters) if r.channel.value == "email"]
    assert emailed.count(by_hand.addressee_id) == 1, emailed


#: As EXPORT_LETTER_THEN_KILL, sending by e-mail to the outbox chosen earlier: killed once
#: the first e-mail draft is saved under its name (and counted), the next not yet begun.
EMAIL_LETTER_THEN_KILL = killed_after_the_first(".eml") + EXPORT_LETTER_THEN_KILL.replace(
    "import uawriter.gui.output as output\n", "window.memory.change(outbox_folder=str(out))\n"
).replace(
    "output.choose_path = lambda *args, **kwargs: out  # the folder chosen in the dialog\n",
    "from PySide6.QtWidgets import QComboBox\n"
    "mode = window.findChild(QComboBox, 'outputMode')\n"
    "mode.setCurrentIndex(mode.findData('email'))\n",
)


def test_f1b_e_mails_saved_before_a_crash_are_saved_again_for_the_organiser_to_send(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The same at the e-mail outbox: the laptop died after the first e-mail draft was
    saved and counted. Her letter comes back with that official still ticked; saved again,
    the outbox holds two drafts to him, which the organiser sends (two e-mails to the
    Prosecutor General), and the tally counts both."""
    data = tmp_path / "data"
    outbox = tmp_path / "stick" / "outbox"
    outbox.mkdir(parents=True)
    script = EMAIL_LETTER_THEN_KILL.format(data=str(data), out=str(outbox), pack=SEED_ID)
    (first,) = killed(data, script)
    assert first.channel.value == "email"

    window = taken_back(qtbot, answers, data)
    assert window.sends_email()
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=60_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "emailsSaved" in answers.seen, timeout=30_000)
    window.unexported = False
    to_him = [p for p in outbox.glob("*.eml") if "Prosecutor General" in p.name]
    assert len(to_him) == 1, sorted(p.name for p in outbox.iterdir())

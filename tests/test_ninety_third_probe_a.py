"""Probe 93a (issue 12, items 8, 10): the letter marked as going out while it is exported
(probe 92b), looked at again where the volunteer does something else meanwhile."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crash_steps import HER_LETTER_IN_A_WINDOW, killed, taken_back
from helpers import SEED_ID, TRAINING_ID, run_uawriter
from letter_steps import book_saved, choose_embassy, save_emails, stack_sent
from qt_helpers import ModalAnswers
from test_gui import find, open_window
from test_ninetieth_probe_c import HEAD
from test_ninety_second_probe_a import LONDON, _embassy
from test_ninety_second_probe_b import COUNT_EMAIL_THEN_KILL
from test_stack import _stack
from uawriter.domain.model import Sender
from uawriter.drafting import draft_from_file
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook
from uawriter.storage.tally import TallyBook, letters_sent

#: A window in a process of its own: the volunteer signs, adds a sentence to the letter
#: for all three officials and saves its e-mails to the outbox chosen earlier; while they
#: are written in the background she starts a letter for another action (the first one
#: set aside), and the laptop dies once the first e-mail is saved and counted.
SET_ASIDE_MID_OUTBOX_THEN_KILL = (
    """
import os, signal, threading
real = os.replace
switched = threading.Event()
def replace(source, target, *args, **kwargs):
    if str(target).endswith(".eml"):
        switched.wait(60)
    real(source, target, *args, **kwargs)
    if str(target).endswith(".eml"):
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
"""
    + HER_LETTER_IN_A_WINDOW
    + """
from PySide6.QtWidgets import QComboBox
from uawriter.gui import questions
out = Path({out!r})
window.memory.change(outbox_folder=str(out))
mode = window.findChild(QComboBox, "outputMode")
mode.setCurrentIndex(mode.findData("email"))
window.sending.export_letters()
questions.switch_action = lambda parent: True  # "Start another letter?" Yes
window.choose_pack({other!r})
wait(lambda: window.session is not None and window.session.pack.id == {other!r})
print(sorted(window.drafts.store.shelved_actions()), flush=True)
switched.set()
wait(lambda: False)
"""
)


def test_f1_a_letter_set_aside_while_its_e_mails_are_saved_comes_back_all_ticked(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She saved her letter's e-mails to the outbox and, while they were being written,
    started a letter for another action. The laptop died after the first e-mail was saved
    and counted. When she chooses the first action again her letter comes back with all
    three officials ticked and nothing said: saved again, the outbox holds two e-mails to
    the first official, and the tally counts both (the letter on screen at the crash is
    given back less what went, probe 92b; the letter set aside is not)."""
    data = tmp_path / "data"
    outbox = tmp_path / "stick" / "outbox"
    outbox.mkdir(parents=True)
    script = SET_ASIDE_MID_OUTBOX_THEN_KILL.format(
        data=str(data), out=str(outbox), pack=SEED_ID, other=TRAINING_ID
    )
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert SEED_ID in done.stdout  # set aside for her first action
    (first,) = TallyBook(data / "tally.jsonl").read().letters
    assert first.channel.value == "email"

    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30_000)
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.pack.id == SEED_ID, timeout=30_000
    )
    assert "MY OWN SENTENCE." in window.editor.toPlainText()
    assert window.sends_email()
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=60_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "emailsSaved" in answers.seen, timeout=30_000)
    window.unexported = False
    emailed = [
        r.addressee_id
        for r in letters_sent(TallyBook(data / "tally.jsonl").read().letters)
        if r.channel.value == "email"
    ]
    assert emailed.count(first.addressee_id) == 1, emailed


#: As SET_ASIDE_MID_OUTBOX_THEN_KILL, but while the e-mails are written she exports the
#: same letter by post to a folder too (its PDFs not yet written when the laptop dies).
POSTED_MID_OUTBOX_THEN_KILL = SET_ASIDE_MID_OUTBOX_THEN_KILL.replace(
    'if str(target).endswith(".eml"):\n        switched.wait(60)\n',
    'if str(target).endswith(".eml"):\n        switched.wait(60)\n'
    '    if str(target).endswith(".pdf"):\n        threading.Event().wait(60)\n',
).replace(
    'questions.switch_action = lambda parent: True  # "Start another letter?" Yes\n'
    "window.choose_pack({other!r})\n"
    "wait(lambda: window.session is not None and window.session.pack.id == {other!r})\n"
    "print(sorted(window.drafts.store.shelved_actions()), flush=True)\n",
    "import uawriter.gui.output as output\n"
    "output.choose_path = lambda *args, **kwargs: Path({posted!r})\n"
    "mode.setCurrentIndex(mode.findData('post'))\n"
    "window.sending.export_letters()\n",
)


def test_f2_a_second_output_while_e_mails_are_saved_loses_the_mark_of_the_first(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She saved her letter's e-mails to the outbox and, while they were being written,
    exported it by post to a folder as well. The laptop died after the first e-mail was
    saved and counted. Her letter comes back with every official ticked: the export by
    post marked it as going out by post and fax only, over the e-mails' mark, and the
    e-mail that went is not looked for. Saved again, the first official gets two e-mails,
    both counted."""
    data = tmp_path / "data"
    outbox = tmp_path / "stick" / "outbox"
    outbox.mkdir(parents=True)
    posted = tmp_path / "letters"
    posted.mkdir()
    script = POSTED_MID_OUTBOX_THEN_KILL.format(
        data=str(data), out=str(outbox), pack=SEED_ID, posted=str(posted)
    )
    (first,) = killed(data, script)
    assert first.channel.value == "email"

    window = taken_back(qtbot, answers, data)
    assert "MY OWN SENTENCE." in window.editor.toPlainText()
    ticked = [a.id for a in window.addressees_pane.selected()]
    assert first.addressee_id not in ticked, ticked


def test_f3_a_correction_undone_sends_the_stacked_copy_to_the_street_put_right_back(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A volunteer stacks her letters with a copy to the Kazakh embassy in London. The
    organiser types a wrong street into its entry in the address book and saves; seeing
    the slip, she opens the address book again, puts the street back as it was and saves.
    The book is as it was when the copy was stacked, yet the volunteer's export stops to
    say the entry was corrected, and her copy is made out to the wrong street the
    organiser took back: exported again, it goes there. Each correction is followed in
    turn (``AddresseesPane.entry_now``), the one undone too: back to London's street, and
    on to the wrong one again, as far as the corrections' count allows."""
    data = tmp_path / "data"
    wrong = "1 Embassy Roe"
    AddressBook(AppPaths(data).address_book_file).save([_embassy(LONDON, "London W8 5DA")])
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    pane = window.addressees_pane
    choose_embassy(pane, 0)
    pane.diplomat_check.setChecked(True)
    assert LONDON in window.letters()[-1].text
    _stack(qtbot, window, answers, SEED_ID)

    for street in (wrong, LONDON):
        book_saved(
            qtbot, window, 0, lambda d, s=street: d.address.setPlainText(f"{s}\nLondon W8 5DA")
        )
    assert wrong not in window.services.paths.address_book_file.read_text(encoding="utf-8")

    stacked, sent = stack_sent(qtbot, window, answers, tmp_path / "letters")
    assert not any(wrong in text for text in stacked), "her copy goes to the street undone"
    assert "warning" not in answers.seen, "told an entry put back as it was was corrected"
    assert any(LONDON in text for text in sent)


PROSECUTOR = [
    "PLEASE SEND APPEALS BEFORE 1 MARCH 2027 TO:",
    "Prosecutor General",
    "Mr Berik Example Asylov",
    "14 Mambetov Street",
    "Astana 010000",
    "Kazakhstan",
    "Fax: +7 7172 74 09 80",
]


@pytest.mark.parametrize(
    ("greeting", "whole"),
    [
        pytest.param(
            ["Salutation: Уважаемый господин Генеральный", "прокурор!"],
            {"ru": "Уважаемый господин Генеральный прокурор"},
            id="ru",
        ),
        pytest.param(
            ["Salutation: Құрметті Бас", "прокурор!"], {"kk": "Құрметті Бас прокурор"}, id="kk"
        ),
    ],
)
def test_f5_a_russian_greeting_wrapped_in_a_table_cell_loses_its_last_word(
    tmp_path: Path, greeting: list[str], whole: dict[str, str]
) -> None:
    """The UA gives the Prosecutor General in English and the greeting in Russian (or
    Kazakh), as the authorities read it; a narrow table cell wraps the greeting before its
    last word ("Уважаемый господин Генеральный" / "прокурор!"). The draft greets him
    "Уважаемый господин Генеральный" (every Russian letter opens so, cut short) and lists
    "прокурор!" as an official of its own, with no address, whom the organiser must find
    and remove. Before probe 92a the greeting was read whole over its two lines; now the
    second line must be words of the official's title or of the greetings UA Writer knows
    (``_BlockReader._ends_greeting``), and the title is in English."""
    source = tmp_path / "ua-77-27.txt"
    lines = [*HEAD, *PROSECUTOR, *greeting, "", "ADDITIONAL INFORMATION", "Torture is widespread."]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pack = draft_from_file(source)
    assert [a.title for a in pack.addressees] == ["Prosecutor General"]
    assert pack.addressees[0].salutation == whole, pack.addressees[0].salutation


def test_f6_the_next_writer_s_e_mail_takes_back_the_e_mail_counted_by_hand_before_a_crash(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Aigerim sent her e-mail to the Prosecutor General from webmail and pressed "I sent
    this e-mail"; the laptop died. Her letter is offered back; she leaves, and Hans sits
    down, types his own name over hers (his turn: probe 83b) and saves the letter's
    e-mails to the outbox. His e-mail to the Prosecutor General takes back Aigerim's
    count: the evening's totals lose her e-mail, which went. In one window without the
    crash his e-mail is counted beside hers; the counts given back with the draft
    (``ChannelActions._given_back``) are kept whoever signs, until Next volunteer."""

    data = tmp_path / "data"
    script = COUNT_EMAIL_THEN_KILL.format(data=str(data), pack=SEED_ID)
    (by_hand,) = killed(data, script)
    assert by_hand.channel.value == "email"

    window = taken_back(qtbot, answers, data)
    window.sender_pane.set_sender(Sender(name="Hans Example"), False)
    window.sender_pane.flush()
    save_emails(qtbot, window, answers, tmp_path / "stick" / "outbox")
    tally = TallyBook(data / "tally.jsonl").read()
    assert by_hand.id in {r.id for r in tally.letters}, "Aigerim's e-mail is no longer counted"

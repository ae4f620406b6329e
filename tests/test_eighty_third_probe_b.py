"""Probe 83b: an event evening's counts and recovery: the digest that takes back the
letters of a replaced file, the laptop mark, the CSV and totals, the letter set aside
while its output ran."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, run_uawriter
from qt_helpers import ModalAnswers
from test_fifty_eighth_probe import press_i_sent_this_email, save_email_drafts
from test_gui import find, open_window
from uawriter.storage.tally import TallyBook, letters_sent, read_tally_file


def test_f1_replacing_a_desktop_copy_of_the_sticks_letters_folder_keeps_its_letters_counted(
    tmp_path: Path,
) -> None:
    """Three letters are exported to the stick as E/Letters/letters.pdf. To print them the
    organiser drags the stick's folder "Letters" to the Desktop (a file manager copies a
    folder under its own name) and pulls the stick out. A volunteer then exports one
    letter over Desktop/Letters/letters.pdf (``--overwrite``, or Yes to "replace it?").
    The three letters are still on the stick, whole, and go in the post; yet the tally
    takes them back, because the copy had their bytes and sits in a folder named as the
    stick's: tonight's count drops by three letters that were written. A copy elsewhere
    while the stick is out is to keep its letters (docs/tally-format.md, ``digest``)."""
    laptop = tmp_path / "data"
    laptop.mkdir()
    stick, desktop = tmp_path / "E", tmp_path / "Desktop"
    (stick / "Letters").mkdir(parents=True)
    desktop.mkdir()
    argv = ["export", "--pack", SEED_ID, "--sender-name", "A. B."]
    on_stick = str(stick / "Letters" / "letters.pdf")
    first = run_uawriter(laptop, *argv, "--lang", "ru", "--combined", on_stick)
    assert first.returncode == 0, first.stderr
    shutil.copytree(stick / "Letters", desktop / "Letters")  # dragged to the Desktop
    pulled_out = tmp_path / "drawer"
    stick.rename(pulled_out)
    copy = str(desktop / "Letters" / "letters.pdf")
    fixed = ["--lang", "kk", "--to", "president", "--combined", copy]
    again = run_uawriter(laptop, *argv, *fixed, "--overwrite")
    assert again.returncode == 0, again.stderr
    pulled_out.rename(stick)  # the stick is back, its three letters whole

    assert (stick / "Letters" / "letters.pdf").is_file()
    said = run_uawriter(laptop, "tally")
    assert said.stdout.startswith("Letters written: 4 "), said.stdout
    assert read_tally_file(laptop / "tally.jsonl").withdrawals == ()


def test_f2_replacing_another_sticks_file_at_the_same_drive_letter_keeps_the_first_counted(
    tmp_path: Path,
) -> None:
    """Volunteer 1 exports her three letters to her stick as E:\\letters.pdf and takes the
    stick home to post them. Volunteer 2 plugs in her own stick, which Windows also names
    E:, and which holds a letters.pdf of her own from home (another laptop wrote it: this
    tally never counted it). She exports her letter over it (Yes to "replace it?", or
    ``--overwrite``). The tally takes back volunteer 1's three letters, which are whole on
    the stick in her bag: their records name E:\\letters.pdf, though the file replaced has
    other bytes than their ``digest`` says theirs had. Tonight's count drops by three."""
    laptop, home = tmp_path / "data", tmp_path / "home"
    laptop.mkdir()
    home.mkdir()
    drive = tmp_path / "E"
    drive.mkdir()
    argv = ["export", "--pack", SEED_ID, "--sender-name", "A. B."]
    on_stick = str(drive / "letters.pdf")
    first = run_uawriter(laptop, *argv, "--lang", "ru", "--combined", on_stick)
    assert first.returncode == 0, first.stderr
    drive.rename(tmp_path / "bag")  # volunteer 1's stick goes home with her
    drive.mkdir()  # volunteer 2's stick, at the same drive letter
    own = ["--lang", "kk", "--to", "foreign-minister", "--combined", on_stick]
    at_home = run_uawriter(home, *argv, *own)
    assert at_home.returncode == 0, at_home.stderr
    tonight = ["--lang", "kk", "--to", "president", "--combined", on_stick]
    again = run_uawriter(laptop, *argv, *tonight, "--overwrite")
    assert again.returncode == 0, again.stderr

    assert (tmp_path / "bag" / "letters.pdf").is_file()  # volunteer 1's letters, whole
    said = run_uawriter(laptop, "tally")
    assert said.stdout.startswith("Letters written: 4 "), said.stdout


def test_f3_the_next_volunteers_e_mail_draft_does_not_take_back_the_last_ones_webmail(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """At a busy table Aigerim sends her UA 129/10 e-mail from her own webmail and presses
    "I sent this e-mail": one e-mail counted. She leaves without Next volunteer; Hans
    sits down and types his name over hers (another name: a turn of his own,
    storage/turns.py), and saves his e-mails as drafts in the outbox. His draft to the
    same official takes back Aigerim's count, as if it were the draft of her e-mail:
    three e-mails went out, the tally counts two, and her e-mail is in no total."""
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    name = find(window, QLineEdit, "senderName")
    qtbot.keyClicks(name, "Aigerim Sadykova")
    qtbot.keyClicks(find(window, QLineEdit, "senderEmail"), "aigerim@example.org")
    tally = TallyBook(window.services.paths.tally_file)
    assert press_i_sent_this_email(qtbot, window, answers) == [("I sent this e-mail", True)]
    (hers,) = tally.read().letters

    # the next volunteer, without Next volunteer: his own name over hers
    name.clear()
    qtbot.keyClicks(name, "Hans Becker")
    save_email_drafts(qtbot, window, answers, tmp_path / "outbox")
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 2

    contents = tally.read()
    his = [r for r in contents.letters if r.id != hers.id]
    assert len(his) == 2
    assert hers.id in {r.id for r in contents.letters}, "her webmail e-mail was taken back"
    assert len(letters_sent(contents.letters)) == 3


def test_f4_the_next_volunteer_can_count_his_own_webmail_e_mail(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """As in f3, Aigerim counts her webmail e-mail and leaves without Next volunteer; Hans
    types his name over hers and sends his own e-mail to the same official from his
    webmail. "Call, post, envelopes… ▸ E-mail text" says "E-mail counted" and its button
    cannot be pressed: his e-mail cannot be counted at all (the same for his call to the
    same official: "I made this call" is Aigerim's). His letters are a turn of his own
    everywhere else (storage/turns.py)."""
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    name = find(window, QLineEdit, "senderName")
    qtbot.keyClicks(name, "Aigerim Sadykova")
    qtbot.keyClicks(find(window, QLineEdit, "senderEmail"), "aigerim@example.org")
    assert press_i_sent_this_email(qtbot, window, answers) == [("I sent this e-mail", True)]
    name.clear()
    qtbot.keyClicks(name, "Hans Becker")
    answers.seen.clear()
    assert press_i_sent_this_email(qtbot, window, answers) == [("I sent this e-mail", True)]

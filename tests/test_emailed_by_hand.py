"""An e-mail counted by "I sent this e-mail" (sent from webmail), and then its draft saved
in the outbox: the draft takes the place of the first count, so the e-mail is counted once;
the other official's draft, never counted before, is counted as usual."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers
from test_fifty_eighth_probe import press_i_sent_this_email, save_email_drafts
from test_gui import find, open_window
from uawriter.storage.tally import TallyBook


def test_an_e_mail_counted_by_hand_then_saved_as_a_draft_is_counted_once(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Sadykova")
    qtbot.keyClicks(find(window, QLineEdit, "senderEmail"), "aigerim@example.org")
    tally = TallyBook(window.services.paths.tally_file)

    seen = press_i_sent_this_email(qtbot, window, answers)
    assert seen == [("I sent this e-mail", True)]
    by_hand = tally.read().letters
    assert [r.channel.value for r in by_hand] == ["email"]
    assert by_hand[0].file == ""

    outbox = tmp_path / "outbox"
    save_email_drafts(qtbot, window, answers, outbox)
    assert answers.seen[-1] == "emailsSaved"

    drafts = sorted(outbox.glob("*.eml"))
    records = tally.read().letters
    # one e-mail to each official with an address, each counted once, each with its draft
    assert len(drafts) == 2
    assert [r.channel.value for r in records] == ["email", "email"], records
    assert sorted(r.addressee_id for r in records) == sorted({r.addressee_id for r in records}), (
        records
    )
    assert sorted(Path(r.file).name for r in records) == [d.name for d in drafts]
    assert by_hand[0].id not in {r.id for r in records}

    # and neither count is made a third time: the officials e-mailed are unticked (the
    # President, with no address, is left to post), and the button cannot be pressed
    ((_text, enabled),) = press_i_sent_this_email(qtbot, window, answers)
    assert not enabled
    assert len(tally.read().letters) == 2

"""Probe 58 (the fixes of probes 56 and 57).

G1  E-mail drafts saved (counted), then "I sent this e-mail": counted a second time.
G2  "Consulate of Ukraine, Atlanta, Georgia, USA" represents Georgia (GE), not Ukraine.
G3  A Persian file name (ZWNJ) or an emoji with ZWJ is refused as "a character that does
    not show".
G4  A variation selector alone or the blank Braille pattern (shows as nothing) is let
    through.
G5  A line added to one addressee's inside address goes into the others', unreported.
G6  A line under an unticked point is kept but joined to the next point's paragraph.
G7  The fax view with no addressee ticked opens on the old revision (no pack check).

Each was so on 31b3f95 and is fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, type_path
from test_gui import choose, find, open_window
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.session import LetterSession
from uawriter.storage.tally import TallyBook

# ------------------ G1: an e-mail saved as a draft, then "I sent this e-mail"


def test_an_e_mail_saved_as_a_draft_is_not_counted_again_by_i_sent_this_e_mail(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """She saves the e-mail drafts (each counted as saved), opens the outbox and sends
    them, then opens 'Call, post, envelopes… ▸ E-mail text': 'I sent this e-mail' is
    offered and counts the Prosecutor General's e-mail a second time."""
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Sadykova")
    qtbot.keyClicks(find(window, QLineEdit, "senderEmail"), "aigerim@example.org")
    save_email_drafts(qtbot, window, answers, tmp_path / "outbox")
    assert answers.seen == ["outboxDialog", "emailsSaved"]
    tally = TallyBook(window.services.paths.tally_file)
    assert [r.channel.value for r in tally.read().letters] == ["email", "email"]

    seen = press_i_sent_this_email(qtbot, window, answers)
    records = tally.read().letters
    assert [r.channel.value for r in records] == ["email", "email"], (seen, records)


def save_email_drafts(qtbot: QtBot, window: QWidget, answers: ModalAnswers, outbox: Path) -> None:
    """ "Send by: E-mail" chosen and Export pressed: the drafts saved in ``outbox`` (made
    here), and the box that reports them (the second dialog) closed."""
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    outbox.mkdir()
    before = len(answers.seen)
    answers.expect("outboxDialog", type_path(outbox))
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers.seen) >= before + 2, timeout=30_000)


def press_i_sent_this_email(
    qtbot: QtBot, window: QWidget, answers: ModalAnswers
) -> list[tuple[str, bool]]:
    """ "Call, post, envelopes… ▸ E-mail text" opened and "I sent this e-mail" pressed if it
    can be: the button's text and whether it could be pressed."""
    seen: list[tuple[str, bool]] = []

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialog.tabs.setCurrentIndex(2)
        count = find(dialog, QPushButton, "countEmail")
        seen.append((count.text(), count.isEnabled()))
        if count.isEnabled():
            qtbot.mouseClick(count, Qt.MouseButton.LeftButton)
        dialog.accept()

    answers.expect("channelsDialog", use)
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "channelsDialog" in answers.seen, timeout=30_000)
    return seen


# ------------------ G2: "Consulate of X, town, Georgia, USA" represents Georgia


def test_a_consulate_in_the_state_of_georgia_represents_its_own_country() -> None:
    """114d0ca reads the name after 'of' with commas and all, longest first: 'Ukraine,
    Atlanta, Georgia' is read as 'place, country' and the consulate in Atlanta represents
    Georgia (GE). Before 114d0ca it represented Ukraine."""
    from uawriter.domain.countries import country_named_in

    assert country_named_in("Consulate of Ukraine, Atlanta, Georgia, USA") == "UA"
    assert country_named_in("Embassy of Ukraine, Atlanta, Georgia, United States") == "UA"
    assert country_named_in("Consulate of Mexico, Atlanta, Georgia, USA") == "MX"


# ------------------ G3, G4: pack file names with characters that are not hidden, or are


def _import_with(tmp_path: Path, name: str) -> tuple[bool, str]:
    from helpers import copy_bundled_pack, edit_manifest, run_uawriter

    pack = copy_bundled_pack(SEED_ID, tmp_path / "src")
    edit_manifest(pack, 'id = "ua-129-10-u3"', 'id = "p58g"')
    (pack / name).write_bytes(b"x")
    result = run_uawriter(tmp_path / "data", "import", str(pack))
    installed = tmp_path / "data" / "packs" / "p58g"
    return (installed / name).exists(), result.stdout + result.stderr


@pytest.mark.parametrize(
    "name",
    ["\u0646\u0627\u0645\u0647\u200c\u0647\u0627.md", "\U0001f469\u200d\u2696\ufe0f.md"],
    ids=["Persian-ZWNJ", "emoji-ZWJ"],
)
def test_a_file_name_written_as_its_script_needs_is_installed(tmp_path: Path, name: str) -> None:
    """ec69b83 refuses every format character (Cf): the zero-width non-joiner is how
    Persian writes 'نامه‌ها' (letters; the joiner is not hidden, it changes the letters'
    shapes), and the zero-width joiner makes one emoji of '👩‍⚖️'. A pack for an Iranian
    UA with a Persian file name is refused."""
    installed, output = _import_with(tmp_path, name)
    assert installed, output


@pytest.mark.parametrize(
    "name", ["notes\ufe0f.md", "notes\u2800.md", "notes\U000e0100.md"],
    ids=["VS16", "braille-blank", "VS17"],
)  # fmt: skip
def test_a_file_name_with_a_character_that_shows_as_nothing_is_refused(
    tmp_path: Path, name: str
) -> None:
    """A variation selector alone, or the blank Braille pattern, shows as nothing: the
    file lists show 'notes.md' beside the real notes.md, as the fillers refused in ec69b83
    do; these are installed."""
    installed, output = _import_with(tmp_path, name)
    assert not installed, output


# ------------------ G5, G6: LetterSession, as the volunteer drives it


def _session() -> tuple[object, LetterSession]:
    import datetime as dt
    import tempfile

    from helpers import copy_bundled_pack
    from uawriter.domain.model import Pack, Sender
    from uawriter.packs.loader import load_pack

    pack = load_pack(copy_bundled_pack(SEED_ID, Path(tempfile.mkdtemp())))
    assert isinstance(pack, Pack)
    start = LetterSession.start(
        pack, "en", pack.addressees[0], Sender("Anna"), dt.date(2026, 12, 10)
    )
    return pack, start


def test_a_line_added_to_the_presidents_address_is_not_put_in_the_prosecutors() -> None:
    """She adds a line to the President's inside address (under 'Levoberezhe Street',
    above 'Astana 01000', which the other addresses share): the letters to the Prosecutor
    General and the Minister get 'Akorda Residence' inside their own addresses, with no
    word (skipped is empty)."""
    pack, session = _session()
    mine = "Akorda Residence"
    session = session.with_text(
        session.text.replace("Levoberezhe Street\n", f"Levoberezhe Street\n{mine}\n")
    )
    for other in pack.addressees[1:]:  # type: ignore[attr-defined]
        merged = session.letter_for(other)
        address = merged.text.split("Dear ")[0]
        assert mine not in address, (merged.skipped, address)
        assert mine in merged.skipped, (merged.skipped, address)


def test_a_line_under_an_unticked_point_does_not_join_the_next_paragraph() -> None:
    """A sentence of hers on the line under a talking point; the point unticked: b3ed28e
    keeps the sentence, but as the first line of the next point's paragraph ('MY LINE' /
    'I urge you to ensure…', no empty line between), so that the printed letter runs her
    sentence into another point."""
    pack, session = _session()
    points = [p.id for p in pack.talking_points]  # type: ignore[attr-defined]
    paragraph = pack.talking_points[1].text.get("en").strip()  # type: ignore[attr-defined]
    mine = "My mother was a refugee too."
    session = session.with_text(session.text.replace(paragraph, f"{paragraph}\n{mine}"))
    fewer = session.with_points([points[0], points[2], points[3]])
    lines = fewer.text.split("\n")
    at = lines.index(mine)
    assert not lines[at + 1].strip(), lines[at - 1 : at + 2]


# ------------------ G7: the fax view, no addressee ticked, after a revision replaced


def test_the_fax_view_with_no_addressee_ticked_checks_the_pack_too(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """c5f3192 checks the pack before the fax view opens only for the ticked addressees'
    letters (`if letters and not current(letters)`); the preview shows the letter with
    none ticked, so with every box under 'Write to' unticked, a corrected revision imported
    beside the window, the fax view opens on the old revision's President."""
    from PySide6.QtWidgets import QListWidget

    from helpers import pdf_pages_text, run_uawriter
    from letter_steps import choose
    from test_pack_replaced import _local_pack

    data = tmp_path / "data"
    corrected = _local_pack(data, tmp_path)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    addressees = find(window, QListWidget, "addresseeList")
    for row in range(addressees.count()):
        addressees.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert window.letters() == []
    with qtbot.waitSignal(window.preview_ready, timeout=30_000):
        window.preview.schedule()
    done = run_uawriter(data, "import", "--replace", str(corrected))
    assert done.returncode == 0, done.stderr
    shown: list[str] = []

    def look(dialog: QWidget) -> None:
        shown.append(" ".join(pdf_pages_text(window.preview.pdf)))
        dialog.reject()

    answers.expect("faxPreviewDialog", look)
    answers.expect("warning", lambda box: box.accept())
    window.menus.fax_view_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.seen), timeout=30_000)
    assert "faxPreviewDialog" not in answers.seen, shown

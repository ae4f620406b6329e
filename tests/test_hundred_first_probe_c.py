"""Probe 101c: kills at an event (issue 12, classes 8, 10, 11, 16)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crash_steps import HER_WINDOW_SIGNED
from helpers import SEED_ID, TRAINING_ID, run_uawriter
from qt_helpers import ModalAnswers, type_path
from test_gui import open_window
from uawriter.storage.address_book import Contact
from uawriter.storage.postage import Postage

CONTACT = Contact(
    title="Ambassador of Kazakhstan",
    name="Mr Nurlan Onzhanov",
    organisation="Embassy of the Republic of Kazakhstan",
    address=("Nordendstraße 19", "13156 Berlin"),
    country="Germany",
)

#: Python run in a process of its own (argv: the file chosen, "book" or "postage"): the
#: organiser exports the address book (or the postage table) from its dialog, and the
#: laptop dies once the whole file is written beside its name, before it takes the name.
KILLED_EXPORT = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, "tests")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from qt_helpers import ModalAnswers, type_path
from test_hundred_first_probe_c import exporting_dialog
real = os.replace
def replace(source, target, *args, **kwargs):
    if str(target) == sys.argv[1]:
        os.kill(os.getpid(), signal.SIGKILL)
    real(source, target, *args, **kwargs)
os.replace = replace
dialog, name = exporting_dialog(sys.argv[2])
answers = ModalAnswers()
answers.expect(name, type_path(Path(sys.argv[1])))
dialog.export_button.click()
sys.exit("not killed")
"""


def exporting_dialog(which: str) -> tuple[QDialog, str]:
    """The address book dialog holding one embassy, or the postage dialog holding one
    country's rate, and the object name of the file dialog its Export asks in."""
    if which == "book":
        from uawriter.gui.address_book_dialog import AddressBookDialog

        return AddressBookDialog([CONTACT]), "exportContactsDialog"
    from uawriter.gui.postage_dialog import PostageDialog

    return PostageDialog({"DE": Postage("DE", "1.10")}), "exportPostageDialog"


@pytest.mark.parametrize(("which", "name"), [("book", "embassies.vcf"), ("postage", "postage.csv")])
def test_f1_an_export_killed_on_the_stick_leaves_a_hidden_copy_for_good(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, which: str, name: str
) -> None:
    """The laptop dies while the organiser exports the address book (every embassy's
    address, fax and e-mail) or the postage table to a stick for the next event. She
    exports it again into the same folder, under the same name: the new file is there,
    but the killed write's hidden ``.….uawriter.tmp`` (the whole book again) stays on the
    stick for good: that export does not put the folder right, as the tally's export does
    since probe 80b (and a start tidies only the folders letters were exported to)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / name
    killed = run_uawriter(tmp_path / "data", str(target), which, script=KILLED_EXPORT)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not target.exists()
    assert len(list(stick.glob(".*.uawriter.tmp"))) == 1  # the whole file, hidden

    dialog, asked = exporting_dialog(which)
    qtbot.addWidget(dialog)
    answers.expect(asked, type_path(target))
    dialog.export_button.click()
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert sorted(p.name for p in stick.iterdir()) == [name]


#: A window in a process of its own, at an event: Aigerim writes for the seed action, goes
#: on to the training action (her first letter set aside for later), then presses Next
#: volunteer; the laptop dies once her current letter's file is gone, before the rest of
#: her files are cleared and the next volunteer counted.
NEXT_VOLUNTEER_KILLED = (
    HER_WINDOW_SIGNED
    + """sys.path.insert(0, "tests")
import pathlib
from PySide6.QtWidgets import QMessageBox
from qt_helpers import ModalAnswers
from uawriter.storage.tally_records import EventInfo
window.event_controls.mode.start(EventInfo("ev-101c", "Write for Rights"), "2468", 10)
window.sender_pane.set_sender(Sender(name="Aigerim Sadykova"), False)
window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
window.editor.insertPlainText("\\nHER SET-ASIDE WORDS.")
window.drafts.save()
answers = ModalAnswers()
answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
window.choose_pack({other!r})
wait(lambda: window.session.pack.id == {other!r})
window.editor.insertPlainText("HER SECOND LETTER. ")
window.drafts.save()
print(sorted(p.name for p in (data / "drafts").rglob("*.json")), flush=True)
real = pathlib.Path.unlink
def unlink(self, *args, **kwargs):
    real(self, *args, **kwargs)
    if self.name == "current.json":
        os.kill(os.getpid(), signal.SIGKILL)
pathlib.Path.unlink = unlink
window.event_controls.next_volunteer(ask_first=False)
sys.exit("not killed")
"""
)


def test_f2_next_volunteer_cut_short_offers_her_set_aside_letter_to_the_next_one(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """At an event Aigerim writes for one action, goes on to another (the first letter is
    set aside for later), and presses Next volunteer; the laptop dies as her files are
    cleared: her current letter is gone, the one she set aside is not yet. At the next
    start the first action is chosen, and whoever sits down is asked "You were writing a
    letter for … Continue it?"; Yes gives the next volunteer her words. Her current
    letter going last (a kill then leaves it, and at an event No to its offer clears all
    of hers) would keep the next volunteer from ever being offered her words."""
    data = tmp_path / "data"
    script = NEXT_VOLUNTEER_KILLED.format(data=str(data), pack=SEED_ID, other=TRAINING_ID)
    done = run_uawriter(data, script=script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert f"{SEED_ID}.json" in done.stdout  # her first letter was set aside

    asked: list[str] = []

    def yes(box: QWidget) -> None:  # the next volunteer, sat down after the restart
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answers.expect("draftOffer", yes)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30_000)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    qtbot.wait(2000)
    assert "HER SET-ASIDE WORDS" not in window.editor.toPlainText()
    assert asked == []

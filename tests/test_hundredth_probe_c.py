"""Probe 100c: the organiser who does not code turns today's Urgent Actions into packs at
an evening: "Draft a pack from a UA" put away by the idle reset while it still drafts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_evening import _at_an_event
from test_gui import open_window
from uawriter.gui.draft_dialog import DraftDialog

PIN = "2468"  # the one _at_an_event sets


def _give_pin(dialog: QWidget) -> None:
    field = dialog.findChild(QLineEdit, "organiserPin")
    assert field is not None
    field.setText(PIN)
    dialog.accept()  # type: ignore[attr-defined]


def test_f1_the_organisers_unreadable_ua_is_not_announced_to_the_next_volunteer(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The organiser opened today's UA (a PDF the download cut short) in "Draft a pack from
    an Urgent Action" and was called to the door. The idle reset put the dialog away until
    the PIN, but the reading went on; when it ended, "The file cannot be read" with the
    organiser's file named popped up over the locked window, in front of the next volunteer,
    with the organiser's dialog hidden behind it. The organiser's message belongs with the
    organiser's dialog: said when it comes back with the PIN, not to whoever sits down."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    dialog = window.pack_menu.draft_pack()
    assert isinstance(dialog, DraftDialog)
    ua = tmp_path / "UA 129-10 Maria Lopez Inventada.pdf"
    ua.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)  # cut short: no objects, no end
    task = dialog.load_file(ua)

    window.event_controls.mode.next_volunteer_due.emit()  # nobody touched the laptop
    assert not dialog.isVisible()
    assert not window.event_controls.unlocked

    # the box, if it opens, is answered (and noted) so that the test goes on
    answers.expect("draftProblem", lambda box: box.reject())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: task.finished, timeout=20000)
    qtbot.wait(500)  # the box, if any, has had time to open
    shown_to_the_next = "draftProblem" in answers.seen
    assert not shown_to_the_next, (
        "the next volunteer was shown the organiser's 'The file cannot be read' box"
    )
    answers.pending.clear()  # no box: nothing more to answer

    told: list[str] = []
    answers.expect("organiserPinDialog", _give_pin)  # the organiser is back
    answers.expect("draftProblem", lambda box: (told.append(box.text()), box.accept()))  # type: ignore[attr-defined]
    window.event_controls.unlock()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)  # said to her, over her dialog
    assert ua.name in told[0]
    dialog.reject()
    window.unexported = False

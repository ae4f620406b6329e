"""Probe 73b: one finding on the current main, its test failing on it; fixed.

P73b-F1  At an event, the idle reset under "Change the letter's language?": the next
         volunteer's letter was started in the language the last one picked and never
         confirmed, while the box was set back to the old one (the letter went out in a
         language the screen did not show). The box now shows the new letter's language.

Guarded since for every question at once: the reset clears only after the code that
asked has returned (gui/modal.py, tests/test_modal_waits.py).
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_evening import _event_window, type_text
from test_gui import choose


def test_f1_idle_reset_under_the_language_question_leaves_the_box_naming_another_language(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    window = _event_window(qtbot, tmp_path, idle_ms=2_500)
    box = window.options_pane.language_box
    first = window.session.lang
    # Anne edits her letter, then picks another language: "Change the letter's language?"
    window.editor.setFocus()
    type_text(window.editor, " Anne's own words.")
    qtbot.waitUntil(lambda: "Anne's own" in window.session.text)
    other = next(
        box.itemData(i) for i in range(box.count()) if box.itemData(i) != window.session.lang
    )
    numbers: list[int] = []
    window.event_controls.volunteer_changed.connect(numbers.append)
    choose(qtbot, box, other)  # returns once the reset closed the question
    qtbot.waitUntil(lambda: bool(numbers), timeout=15_000)
    qtbot.wait(300)
    # the next volunteer sits down: the box says the language their letter is written in
    shown, written = box.currentData(), window.session.lang
    window.unexported = False
    window.drafts.clear_all()
    assert "Anne" not in window.editor.toPlainText()
    assert shown == written, (first, other, shown, written, answers.seen)

"""Probe 73a: a damaged draft's talking points, each kept as often as the file names it.

P73a-F1  drafts/current.json naming one talking point 340,000 times (7.5 MB, under the
         8 MiB a store may hold) is offered back and taken, and the session keeps all
         340,000 ticks: every autosave of her letter is then refused ("more than 8 MiB to
         keep"), so nothing she types after taking it back is kept against a crash.

Fixed: a draft's points are read, and taken back, each once.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers
from test_gui import open_window


def _yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_f1_a_draft_naming_one_point_many_times_still_autosaves(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    first = open_window(qtbot, data)
    qtbot.waitUntil(lambda: first.session is not None)
    session = first.session
    assert session is not None
    point = first.packs[SEED_ID].talking_points[0].id
    lang, addressee, base = session.lang, session.addressee.id, session.base
    first.close()
    draft = {
        "format": "uawriter-draft",
        "version": 1,
        "pack_id": SEED_ID,
        "lang": lang,
        "addressee_id": addressee,
        "selected": [addressee],
        "points": [point] * 340_000,
        "base": base,
        "text": base + "\nMy own words.",
    }
    current = data / "drafts" / "current.json"
    current.parent.mkdir(parents=True, exist_ok=True)
    current.write_text(json.dumps(draft), encoding="utf-8")
    assert current.stat().st_size < 8 * 1024 * 1024  # a store that size is read

    answers.expect("draftOffer", _yes)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: answers.seen == ["draftOffer"], timeout=20_000)
    qtbot.waitUntil(lambda: window.session is not None and bool(window.session.points))
    statuses: list[str] = []
    window.statusBar().messageChanged.connect(statuses.append)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " zebra")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    qtbot.wait(2_500)  # the autosave's moment
    window.unexported = False
    refused = [s for s in statuses if "could not be saved" in s]
    assert "zebra" in current.read_text(encoding="utf-8"), refused

"""Probe 84a: the organiser's postage table, put away at the idle reset, comes back in
the language it was opened in after the next volunteer chose another one for the window.

F1 (class 17, a label left in another language): ``PostageDialog`` has a
``retranslate_ui`` but nothing calls it when the interface's language changes, so its
title, column headings, hint and buttons stay in the old language.

F2 (class 17, mixed digits): in the Arabic interface the Add counts dialog's number boxes
show the count in Arabic-Indic digits ("٥٧") in the row of "UA 000/26", and the event
window then shows the same count as "57": the 74c F6 rule (Western digits throughout the
Arabic interface) was not carried to the boxes the counts are typed in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_evening import _event_window
from test_event_window import tasks  # noqa: F401 (a fixture)
from test_gui import find
from test_seventy_fourth_probe_c import _event_window_shown
from uawriter.domain.model import Pack
from uawriter.gui.language import LanguageManager
from uawriter.gui.tasks import TaskRunner

PIN = "1357"  # the PIN _event_window starts the evening with


def _give_pin(dialog: QWidget) -> None:
    field = dialog.findChild(QLineEdit, "organiserPin")
    assert field is not None
    field.setText(PIN)
    dialog.accept()


def test_f1_the_postage_table_put_away_comes_back_in_the_old_language(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The organiser opens File ▸ Postage… and is called away; the idle reset puts the
    table away. The next volunteer picks Deutsch for the window, and when the organiser
    types the PIN the table comes back, its title, headings and buttons still in English
    in a German window ("Postage", "Country", "Import CSV…"): the rest of the window and
    every other dialog put away (hand counts, the address book) follow the language."""
    window = _event_window(qtbot, tmp_path, idle_ms=1_500)
    try:
        answers.expect("organiserPinDialog", _give_pin)
        window.event_controls.unlock()
        opened: list[QWidget] = []
        answers.expect("postageDialog", opened.append)
        numbers: list[int] = []
        window.event_controls.volunteer_changed.connect(numbers.append)
        window.channels.edit_postage()
        qtbot.waitUntil(lambda: bool(numbers), timeout=15_000)
        # the next volunteer reads German better
        window.menus.language_actions["de"].trigger()
        assert window.services.languages.current == "de"
        answers.expect("organiserPinDialog", _give_pin)
        window.event_controls.unlock()
        qtbot.wait(300)
        shown = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.objectName() == "postageDialog" and widget.isVisible()
        ]
        assert shown, answers.seen
        dialog = shown[0]
        grid = find(dialog, QTableWidget, "postageTable")
        headings = [grid.horizontalHeaderItem(column).text() for column in range(4)]
        texts = (
            dialog.windowTitle(),
            headings[0],
            find(dialog, QPushButton, "importPostage").text(),
        )
        assert texts == ("Porto", "Land", "CSV &importieren…"), texts
    finally:
        window.services.languages.set_language("en")


def test_f2_the_counts_typed_in_arabic_are_in_the_digits_of_the_rest(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811 (a fixture)
    packs: dict[str, Pack],
) -> None:
    """In the Arabic interface the organiser types 57 signatures into Add counts: the box
    shows "٥٧" in the row that reads "UA 000/26", and once added the event window shows
    "57". Two sets of digits in one row is what probe 74c's F6 put right in the event
    window (a reader of either misreads half of it); the boxes the counts are typed and
    checked in were left with the Arabic-Indic ones."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = LanguageManager(app)
    manager.set_language("ar")
    try:
        window = _event_window_shown(qtbot, tmp_path, tasks, packs)
        dialog = window.add_counts()
        qtbot.waitExposed(dialog)
        spin = dialog.findChildren(QSpinBox)[0]
        spin.setValue(57)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        texts += [box.text() for box in dialog.findChildren(QSpinBox)]
        dialog.reject()
    finally:
        manager.set_language("en")
    shown = "".join(texts)
    western = sorted({c for c in shown if "0" <= c <= "9"})
    arabic_indic = sorted({c for c in shown if "\u0660" <= c <= "\u0669"})
    assert not (western and arabic_indic), (western, arabic_indic, texts)

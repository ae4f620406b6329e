"""Probe 45 (the issue's classes with new inputs): an evening named at length in Cyrillic
gave the event window's save dialogs a suggested file name over the 255 bytes a file name
may have. The tally export then wrote nothing and told the organiser to "choose another
folder", where every folder failed alike; the report's CSV and PDF were named the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID
from qt_helpers import ModalAnswers
from test_event_window import evening, find, tasks  # noqa: F401 (tasks: a fixture)
from uawriter.domain.model import Pack
from uawriter.gui import tally_files
from uawriter.gui.event_window import EventWindow
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import EventInfo, TallyBook, read_tally_file

#: An evening's name as an organiser in Almaty might type it (144 characters, 245 bytes).
LONG_NAME = (
    "Марафон писем Amnesty International «Пиши ради прав» — Алматы, "
    "Национальная библиотека Республики Казахстан, читальный зал № 2, вечер 10 декабря"
)


@pytest.mark.parametrize(
    ("dialog", "button", "suffix"),
    [
        ("exportTallyDialog", "exportTallyButton", ".jsonl"),
        ("saveTallyCsvDialog", "saveCsvButton", ".csv"),
        ("saveTallyPdfDialog", "savePdfButton", ".pdf"),
    ],
)
def test_a_long_evening_name_gives_a_file_name_that_can_be_saved(
    qtbot: QtBot,
    tmp_path: Path,
    answers: ModalAnswers,
    tasks: TaskRunner,  # noqa: F811 (a fixture)
    packs: dict[str, Pack],
    monkeypatch: pytest.MonkeyPatch,
    dialog: str,
    button: str,
    suffix: str,
) -> None:
    """The name suggested is saved as it is, in the folder the dialog shows, and begins
    with the evening's name as far as it fits."""
    # a Windows laptop's name, as Windows makes them (QSysInfo gives this machine's)
    monkeypatch.setattr(tally_files, "_laptop_name", lambda: "DESKTOP-7K3J9QF-SEKRETARIAT")
    event = EventInfo.new(LONG_NAME, "Алматы", "2026-12-10")
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record([replace(r, event_id=event.id, event=event.name) for r in evening(packs)[:3]])
    window = EventWindow(
        book,
        tasks,
        event=event,
        packs=[packs[SEED_ID], packs[TRAINING_ID]],
        now=lambda: dt.datetime(2026, 12, 10, 22, 0, tzinfo=dt.UTC),
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        window.show()
    out = tmp_path / "stick"
    out.mkdir()
    suggested: list[str] = []

    def save_as_suggested(box: QWidget) -> None:
        assert isinstance(box, QFileDialog)
        name = find(box, QLineEdit, "fileNameEdit").text()
        suggested.append(name)
        box.selectFile(str(out / name))
        box.accept()

    answers.expect(dialog, save_as_suggested)
    with qtbot.waitSignal(window.saved, timeout=60_000) as saved:
        qtbot.mouseClick(find(window, QPushButton, button), Qt.MouseButton.LeftButton)

    (name,) = suggested
    assert len(name.encode("utf-8")) <= 200, name
    assert name.startswith("Марафон писем Amnesty International _Пиши ради прав_")
    assert name.endswith(suffix)
    assert saved.args == [out / name]
    assert [p.name for p in out.iterdir()] == [name]
    if suffix == ".jsonl":
        assert len(read_tally_file(out / name).letters) == 3
    assert "Saved" in find(window, type(window.status), "tallyStatus").text()

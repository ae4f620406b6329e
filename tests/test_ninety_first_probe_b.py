"""Probe 91b: the morning after. Two laptops at one event each export their tally to the
organiser's stick; a laptop's export must never replace another laptop's tally there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_event_window import (  # noqa: F401 (tasks: a fixture)
    evening,
    find,
    open_window,
    tasks,
)
from uawriter.domain.model import Pack
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import TallyBook
from uawriter.storage.tally_records import TALLY_VERSION


def _replace(path: Path):  # type: ignore[no-untyped-def]
    """The organiser types ``path`` in the export dialog and says Yes to "replace it?"."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        find(dialog, QLineEdit, "fileNameEdit").setText(str(path))
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # Yes to "replace it?"
        dialog.accept()

    return answer


def test_f1_a_newer_laptops_tally_on_the_stick_is_not_replaced(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """Laptop B runs a newer UA Writer (its tally format is newer) and exports its three
    letters to the organiser's stick. This laptop, on the older UA Writer, suggests the same
    name (both laptops are called "laptop") and the organiser says Yes to "replace it?".
    Another laptop's tally on the stick is to be kept, never replaced, but records of a
    newer format are not read, so the file looked like holding nothing of another laptop's:
    it was replaced, and B's three letters are on no stick. The next morning the organiser,
    on the newer UA Writer, merges the stick and never counts them."""
    stick = tmp_path / "stick"
    stick.mkdir()
    laptop_b = TallyBook(tmp_path / "b" / "tally.jsonl")
    laptop_b.record(evening(packs)[:3])
    on_stick = stick / "Write for Rights 2026-12-10 laptop.jsonl"
    laptop_b.export_to(on_stick)
    newer = f'"v":{TALLY_VERSION + 1},'.encode()
    b_file = on_stick.read_bytes().replace(f'"v":{TALLY_VERSION},'.encode(), newer)
    on_stick.write_bytes(b_file)
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(evening(packs)[3:6])
    window = open_window(qtbot, book, tasks, packs)

    answers.expect("exportTallyDialog", _replace(on_stick))
    with qtbot.waitSignal(window.saved, timeout=30_000) as saved:
        qtbot.mouseClick(find(window, QPushButton, "exportTallyButton"), Qt.MouseButton.LeftButton)

    assert on_stick.read_bytes() == b_file, "laptop B's tally on the stick was replaced"
    assert Path(saved.args[0]) != on_stick
    assert "is another laptop's tally and is kept" in window.status.text()

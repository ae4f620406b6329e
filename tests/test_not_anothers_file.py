"""Probe 31: a save dialog's suggestion was a file already there, and "Yes, replace it"
replaced another volunteer's letter (and took it out of the tally), or another laptop's
tally on the organiser's stick. At an event, only a volunteer's own file is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import normalise, pdf_pages_text
from qt_helpers import ModalAnswers
from test_evening import _event_window, type_text
from test_event_window import (  # noqa: F401 (tasks: a fixture)
    evening,
    find,
    open_window,
    tasks,
)
from uawriter.domain.model import Pack
from uawriter.gui.main_window import MainWindow
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import EventInfo, TallyBook


def _one_letter_exported(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, name: str, folder: Path
) -> tuple[str, Path]:
    """``name`` signs a letter to the President alone and exports it into ``folder``,
    taking the name the dialog suggests: that name and the file written."""
    box = find(window, QLineEdit, "senderName")
    box.selectAll()
    type_text(box, name)
    window.sender_pane.flush()
    pane = window.addressees_pane
    pane.untick({a.id for a in pane.selected()[1:]})
    suggested: list[str] = []

    def take_suggestion(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        suggested.append(find(dialog, QLineEdit, "fileNameEdit").text())
        find(dialog, QLineEdit, "fileNameEdit").setText(str(folder / suggested[0]))
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # Yes to "replace it?"
        dialog.accept()

    window.output.remember_folder(folder)
    answers.expect("exportDialog", take_suggestion)
    with qtbot.waitSignal(window.exported, timeout=30_000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    (written,) = exported.args[0]
    return suggested[0], Path(written)


def _signed_by(path: Path) -> str:
    return normalise(" ".join(pdf_pages_text(path)))


def test_the_next_volunteers_letter_does_not_replace_the_last_ones(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Alice left without Next volunteer; Bob typed his name over hers and wrote to the
    same official: the dialog suggested Alice's file, and Yes replaced it, her letter
    taken out of the tally too."""
    window = _event_window(qtbot, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    first_name, alices = _one_letter_exported(qtbot, window, answers, "Alice Martin", stick)

    second_name, bobs = _one_letter_exported(qtbot, window, answers, "Bob Okafor", stick)

    assert second_name == first_name.replace(".pdf", " (2).pdf")
    assert "Alice Martin" in _signed_by(alices)
    assert "Bob Okafor" in _signed_by(bobs)
    letters = TallyBook(window.services.paths.tally_file).read().letters
    assert len(letters) == 2
    assert len({r.turn for r in letters}) == 2
    window.unexported = False


def test_yes_replace_it_keeps_another_volunteers_letter(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The event was started again (each event's first volunteer is V01): Bob chose the
    name of the first event's V01 letter and said Yes to Qt's "replace it?"."""
    window = _event_window(qtbot, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    _name, alices = _one_letter_exported(qtbot, window, answers, "Alice Martin", stick)
    window.event_controls.next_volunteer(ask_first=False)
    mode = window.event_controls.mode
    mode.end()
    mode.start(EventInfo.new("Evening"), "1357", 10)
    box = find(window, QLineEdit, "senderName")
    type_text(box, "Bob Okafor")
    window.sender_pane.flush()
    statuses: list[str] = []
    window.statusBar().messageChanged.connect(statuses.append)

    window.output.export_to_file(window.letters()[:1], alices, window.output_context())
    qtbot.waitUntil(lambda: len(list(stick.glob("*.pdf"))) == 2, timeout=30_000)

    assert "Alice Martin" in _signed_by(alices)
    (bobs,) = set(stick.glob("*.pdf")) - {alices}
    assert bobs.name == alices.name.replace(".pdf", " (2).pdf")
    assert "Bob Okafor" in _signed_by(bobs)
    qtbot.waitUntil(lambda: any("is kept" in s for s in statuses))
    assert TallyBook(window.services.paths.tally_file).read().withdrawals == ()
    window.unexported = False


def test_another_laptops_tally_on_the_stick_is_kept(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """Every laptop suggested "Write for Rights 2026-12-10.jsonl": the third laptop's
    export replaced the second's on the organiser's stick, and its letters were never
    merged. The name now has the laptop's, and another laptop's file is kept."""
    stick = tmp_path / "stick"
    stick.mkdir()
    laptop_b = TallyBook(tmp_path / "b" / "tally.jsonl")
    laptop_b.record(evening(packs)[:3])
    on_stick = stick / "Write for Rights 2026-12-10.jsonl"
    laptop_b.export_to(on_stick)
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(evening(packs)[3:6])
    window = open_window(qtbot, book, tasks, packs)
    suggested: list[str] = []

    def replace_b(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        suggested.append(find(dialog, QLineEdit, "fileNameEdit").text())
        find(dialog, QLineEdit, "fileNameEdit").setText(str(on_stick))
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # Yes to "replace it?"
        dialog.accept()

    answers.expect("exportTallyDialog", replace_b)
    with qtbot.waitSignal(window.saved, timeout=30_000) as saved:
        qtbot.mouseClick(find(window, QPushButton, "exportTallyButton"), Qt.MouseButton.LeftButton)

    assert suggested[0].startswith("Write for Rights 2026-12-10 ")
    assert suggested[0] != on_stick.name
    ours = Path(saved.args[0])
    assert ours == stick / "Write for Rights 2026-12-10 (2).jsonl"
    assert "is another laptop's tally and is kept" in window.status.text()
    organiser = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    assert merge_into(organiser, on_stick).added == 3
    assert merge_into(organiser, ours).added == 3
    # this laptop's own older export is its to replace
    answers.expect("exportTallyDialog", _typed(ours))
    with qtbot.waitSignal(window.saved, timeout=30_000) as again:
        qtbot.mouseClick(find(window, QPushButton, "exportTallyButton"), Qt.MouseButton.LeftButton)
    assert Path(again.args[0]) == ours
    assert sorted(p.name for p in stick.iterdir()) == sorted([on_stick.name, ours.name])


def _typed(path: Path):  # type: ignore[no-untyped-def]
    def answer(dialog: QWidget) -> None:
        find(dialog, QLineEdit, "fileNameEdit").setText(str(path))
        assert isinstance(dialog, QFileDialog)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # Yes to "replace it?"
        dialog.accept()

    return answer


def test_the_second_volunteer_puts_a_typo_right_in_their_own_file(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Bob's letter took "… (2).pdf" beside Alice's. Putting a typo right, the dialog
    suggested "… (3).pdf": the misspelt letter stayed on the stick and the evening counted
    three letters (probe 32 F4). It suggests his own file, which Yes replaces."""
    window = _event_window(qtbot, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    _one_letter_exported(qtbot, window, answers, "Alice Martin", stick)
    _name, bobs = _one_letter_exported(qtbot, window, answers, "Bob Okafor", stick)

    window.editor.setFocus()
    type_text(window.editor, " P.S. typo put right.")
    again_name, again = _one_letter_exported(qtbot, window, answers, "Bob Okafor", stick)

    assert again_name == bobs.name
    assert again == bobs
    assert "typo put right" in _signed_by(bobs)
    assert len(list(stick.glob("*.pdf"))) == 2
    tally = TallyBook(window.services.paths.tally_file).read()
    assert len(tally.letters) == 2  # Alice's and Bob's; his first file taken back
    window.unexported = False

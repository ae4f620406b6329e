"""The tally probe (test_tally_probe.py) as the windows show it: a merge that takes letters
back, a file that is not a tally, a tally too large to count letters in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from qt_helpers import ModalAnswers, type_path
from test_event_window import open_window as open_event_window
from test_event_window import tasks  # noqa: F401 (a fixture)
from test_gui import find, open_window
from test_tally_probe import _letter, _withdrawal
from uawriter.domain.model import Pack
from uawriter.gui.event_window import EventWindow
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import MergeReport, TallyBook


def _merge(
    qtbot: QtBot, window: EventWindow, answers: ModalAnswers, source: Path, box_name: str
) -> str:
    texts: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    answers.expect("mergeTallyDialog", type_path(source))
    answers.expect(box_name, read)
    find(window, QPushButton, "mergeTallyButton").click()
    qtbot.waitUntil(lambda: bool(texts), timeout=30_000)
    return texts[0]


def test_the_merge_window_says_apart_how_many_letters_were_taken_back(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    a1, a2, a3 = _letter("a1"), _letter("a2"), _letter("a3")
    laptop = TallyBook(tmp_path / "laptop" / "tally.jsonl")
    laptop.record([a1, a2])
    early, late = tmp_path / "early.jsonl", tmp_path / "late.jsonl"
    laptop.export_to(early)
    laptop.record([a3, _withdrawal("1", a1), _withdrawal("2", a2)])
    laptop.export_to(late)
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    merge_into(book, early)
    window = open_event_window(qtbot, book, tasks, packs)

    with qtbot.waitSignal(window.merged, timeout=30_000) as merged:
        text = _merge(qtbot, window, answers, late, "mergeReport")

    report = merged.args[0]
    assert isinstance(report, MergeReport)
    assert (report.added, report.taken_back) == (1, 2)
    assert "\n1 new record" in text
    assert "\n0 record" in text  # the letters taken back are not said to be counted
    assert "\n2 letter" in text
    assert "taken back: their files were replaced on that laptop." in text
    assert [r.id for r in book.read().letters] == [a3.id]


def test_merging_a_pdf_in_the_window_says_once_what_it_is(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    pdf = tmp_path / "laptop-b.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 100)
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    window = open_event_window(qtbot, book, tasks, packs)

    text = _merge(qtbot, window, answers, pdf, "warning")

    assert "laptop-b.pdf is not a UA Writer tally (it is a PDF): give the tally file" in text
    assert "Nothing was added." in text
    assert "line " not in text
    assert book.read().letters == ()


def _close_any_dialog() -> None:
    widget = QApplication.activeModalWidget()
    if widget is not None:
        widget.close()


def test_the_window_asks_before_counting_letters_in_a_tally_too_large(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A tally of 65 MiB: the letters were written and counted in a file never read."""
    data = tmp_path / "data"
    tally = data / "tally.jsonl"
    data.mkdir()
    with tally.open("wb") as handle:
        handle.truncate(65 * 2**20)
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    said: list[str] = []

    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answers.expect("tallyNotWritable", refuse)
    QTimer.singleShot(8000, _close_any_dialog)  # a save dialog instead would wait for ever
    find(window, QPushButton, "exportButton").click()
    qtbot.waitUntil(lambda: said != [], timeout=30_000)

    assert f"{tally} is larger than 64 MiB, more than UA Writer reads" in said[0]
    assert "move it out of the data folder" in said[0]
    assert tally.stat().st_size == 65 * 2**20


def test_the_event_window_says_why_a_tally_too_large_is_not_counted(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
) -> None:
    """It said "Some lines of the tally could not be read and are not counted: tally.jsonl:
    larger than 64 MiB; not read", beside totals of 0."""
    data = tmp_path / "data"
    data.mkdir()
    with (data / "tally.jsonl").open("wb") as handle:
        handle.truncate(65 * 2**20)
    window = open_event_window(qtbot, TallyBook(data / "tally.jsonl"), tasks, packs)

    said = find(window, QLabel, "tallyNotes").text()

    assert said.startswith("The tally ")
    assert said.endswith(
        " could not be read: it is larger than 64 MiB, more than UA Writer reads, so no "
        "letter can be counted in it: move it out of the data folder (keep it), and UA Writer "
        "starts a new tally there"
    )


def test_letters_not_counted_in_a_tally_too_large_are_said_in_one_sentence(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The refusal names its file in its own words: no blank where a file name was put."""
    from uawriter.gui.output import tally_failed_text
    from uawriter.storage.tally import TOO_LARGE, refusal

    said = tally_failed_text(refusal(tmp_path / "tally.jsonl", TOO_LARGE, own=True))

    assert said == (
        f"The letters went out, but could not be counted: {tmp_path / 'tally.jsonl'} is larger "
        "than 64 MiB, more than UA Writer reads, so no letter can be counted in it: move it out "
        "of the data folder (keep it), and UA Writer starts a new tally there"
    )

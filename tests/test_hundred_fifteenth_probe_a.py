"""Probe 115a: the regressions of probe 114's changes (the event window's evening list and
totals by action, the stack kept for the organiser, the messages shortened in the
terminal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_event_window import TONIGHT, find, open_window, refreshed, tasks  # noqa: F401
from test_gui import open_window as open_main_window
from uawriter.domain.model import Pack
from uawriter.gui.common import count_text
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.drafts import DraftStore
from uawriter.storage.tally import Channel, LetterRecord, TallyBook, new_id
from uawriter.storage.tally_records import EventInfo


def _evening_letters(first: int, count: int, per_evening: int = 1) -> list[LetterRecord]:
    """``per_evening`` letters of each of the evenings ``first`` .. ``first + count - 1``,
    held in the weeks before tonight."""
    return [
        LetterRecord(
            id=new_id(),
            time=f"2026-{1 + n // 28 % 11:02d}-{1 + n % 28:02d}T19:05:10+01:00",
            event_id=f"earlier-{n}",
            event=f"Evening {n}",
            ua="129/10",
            update=0,
            pack_id="ua-129-10",
            addressee_id="president",
            addressee="President",
            channel=Channel.POST,
            language="en",
            pages=1,
        )
        for n in range(first, first + count)
        for _ in range(per_evening)
    ]


def test_f1_the_evening_chosen_is_dropped_from_the_list_when_one_more_evening_is_recorded(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811 (the fixture)
    packs: dict[str, Pack],
) -> None:
    """The organiser's tally holds tonight and 199 earlier evenings: all are listed. She
    chooses the oldest one ("Evening 0", 3 letters) to read its figures. Another laptop's
    evening is then recorded (201 evenings): the list keeps the running one, the latest
    199 and, it says, the one chosen. But the one chosen is dropped: the slice that looks
    for it ends one evening too early, so the evening just before the latest 199 is never
    kept. The box now shows "This event: Write for Rights" while the figure beside it is
    still Evening 0's 3 letters: she reads or prints another evening's count as tonight's,
    and cannot pick Evening 0 again."""
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(_evening_letters(0, 1, per_evening=3) + _evening_letters(1, 198))
    window = open_window(qtbot, book, tasks, packs)
    scope = window.scope
    assert isinstance(scope, QComboBox)
    index = scope.findData("earlier-0")
    assert index >= 0, "all 200 evenings are listed"
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        scope.setCurrentIndex(index)
        scope.activated.emit(index)  # as her click does
    assert find(window, QLabel, "lettersTonight").text() == count_text(3)

    book.record(_evening_letters(199, 1))  # one more evening: 201 in the tally
    refreshed(qtbot, window)

    assert find(window, QLabel, "lettersTonight").text() == count_text(3)
    assert scope.currentData() == "earlier-0", (
        f"the box shows {scope.currentText()!r} over Evening 0's figure"
    )


def test_f2_a_damaged_kept_stack_hides_the_next_kept_stack_from_the_organiser(
    tmp_path: Path,
) -> None:
    """Two volunteers' stacks were still going out at Next volunteer on one evening: both
    are kept for the organiser (drafts/before-event/_stack.json and _stack~2.json). The
    first is damaged (a file of another format, bytes lost on a failing stick). When the
    event ends, the first is set aside, and nothing is offered: the second volunteer's
    good stack, with the stack empty, "waits" for the end of another event, which may be
    next year, and nobody is told there is a stack of letters not sent. The next kept
    stack should be brought back when the first could not be."""
    drafts = DraftStore(tmp_path / "drafts")
    kept = tmp_path / "drafts" / "before-event"
    kept.mkdir(parents=True)
    (kept / "_stack.json").write_text('{"format": "something else", "version": 1}')
    drafts.keep_stack_for_organiser({"entries": [], "at_event": False, "mark": "second"})
    assert (kept / "_stack~2.json").is_file()

    brought = drafts.bring_back_stack()  # the event ends, her stack empty

    assert brought.get("mark") == "second", (
        f"brought back: {brought}; left waiting: {sorted(p.name for p in kept.iterdir())}"
    )


def test_a_damaged_kept_stack_is_said_when_the_event_ends(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The stack kept for the organiser at Next volunteer was damaged on the stick: when
    the event ends it is set aside, and she is told so, naming the file, rather than
    nothing being offered and nothing said."""
    said: list[str] = []
    answers.expect("warning", lambda box: (said.append(box.text()), box.accept()))
    window = open_main_window(qtbot, tmp_path / "data")
    window.event_controls.mode.start(EventInfo.new("Evening"), "2468", 10)
    kept = tmp_path / "data" / "drafts" / "before-event"
    kept.mkdir(parents=True, exist_ok=True)
    (kept / "_stack.json").write_text('{"format": "something else", "version": 1}')
    window.event_controls.mode.end()
    qtbot.waitUntil(lambda: bool(said))
    assert "stack.json" in said[0], said
    assert window.stack_pane.is_empty()

"""Probe 114b: the organiser's event window over a hostile tally merged from another
laptop (the window's own merge, real widgets): a file of many evenings or many actions,
each record valid, held the window still for seconds at every refresh."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_event_window import (
    TONIGHT,
    find,
    merge,
    open_window,
    refreshed,
    tasks,  # noqa: F401 (a fixture)
)
from uawriter.domain.model import Pack
from uawriter.gui.common import count_text
from uawriter.gui.event_window import EventWindow
from uawriter.gui.tally_views import TotalsTable
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import Channel, LetterRecord, MergeReport, TallyBook, new_id

#: The longest the window may stand still (no repaint, no click taken) while it shows a
#: fresh read of the tally.
MOST_STILL_S = 3.0


def _another_laptops_file(tmp_path: Path, count: int, *, events: bool, actions: bool) -> Path:
    """A tally exported on another laptop: ``count`` letters of one evening each (``events``)
    or of an action each (``actions``), every record well formed."""
    other = TallyBook(tmp_path / "laptop-2" / "tally.jsonl")
    other.record(
        [
            LetterRecord(
                id=new_id(),
                time="2026-12-10T19:05:10+01:00",
                event_id=f"evening-{n}" if events else TONIGHT.id,
                event=f"Evening {n}" if events else TONIGHT.name,
                ua=f"{n}/26" if actions else "129/10",
                update=0,
                pack_id="ua-129-10",
                addressee_id="president",
                addressee="President",
                channel=Channel.POST,
                language="en",
                pages=1,
            )
            for n in range(count)
        ]
    )
    stick = tmp_path / "stick" / "laptop-2.jsonl"
    stick.parent.mkdir()
    other.export_to(stick)
    return stick


def _longest_still(qtbot: QtBot, window: EventWindow) -> float:
    """The longest the window's thread stood still, in seconds, while the window read the
    tally again and showed it (a timer that ticks every 20 ms, as a repaint would)."""
    ticks: list[float] = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    refreshed(qtbot, window)
    timer.stop()
    ticks.append(time.perf_counter())
    return max(b - a for a, b in itertools.pairwise(ticks))


def test_f1_a_merged_tally_of_many_evenings_freezes_the_event_window_at_each_refresh(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811 (the fixture)
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """The organiser merges a tally from another laptop whose 20,000 letters each name an
    evening of their own (a laptop used as a kiosk all season, or a forged file). Every
    record is valid and is counted. The event window then stood still for about ten
    seconds each time it showed the tally, and it reads the tally again every ten seconds:
    the window the organiser projects for the room never answers a click again, while the
    main window beside it waits on the same thread. The evening list is built on the
    window's thread with a count over every evening's name for each evening (20,000 x
    20,000), and a combo box of 20,000 entries."""
    book = TallyBook(tmp_path / "tally.jsonl")
    window = open_window(qtbot, book, tasks, packs)
    stick = _another_laptops_file(tmp_path, 20_000, events=True, actions=False)

    _text, report = merge(qtbot, window, answers, stick)
    assert isinstance(report, MergeReport)
    assert report.added == 20_000

    still = _longest_still(qtbot, window)
    assert still < MOST_STILL_S, f"the event window stood still for {still:.1f} s"


def test_f2_a_merged_tally_of_many_actions_freezes_the_event_window_at_each_refresh(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811 (the fixture)
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """The organiser merges a tally from another laptop whose 30,000 letters of tonight
    each name an action of their own. The lists by addressee, language and hour show a
    hundred rows and sum the rest; the totals by action have no such limit: a row of
    30,000 made on the window's thread stood the window still for seconds each time it
    showed the tally, every ten seconds, and the figure it projects is lost in a table no
    one can read. The totals still add up: the evening's figure is every letter."""
    book = TallyBook(tmp_path / "tally.jsonl")
    window = open_window(qtbot, book, tasks, packs)
    stick = _another_laptops_file(tmp_path, 30_000, events=False, actions=True)

    _text, report = merge(qtbot, window, answers, stick)
    assert isinstance(report, MergeReport)
    assert report.added == 30_000
    assert find(window, QLabel, "lettersTonight").text() == count_text(30_000)

    still = _longest_still(qtbot, window)
    assert still < MOST_STILL_S, f"the event window stood still for {still:.1f} s"
    rows = find(window, TotalsTable, "tallyView").row_texts()
    assert len(rows) <= 101, f"{len(rows)} rows of actions"
    assert rows[-1][:2] == ["Total", count_text(30_000)]

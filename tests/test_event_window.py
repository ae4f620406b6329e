"""The event window over a real tally file: the big figure, the totals per action and the
other views, hand counts, reports, and merging the tallies of other laptops."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text, run_uawriter
from qt_helpers import ModalAnswers
from uawriter.domain.model import Pack
from uawriter.gui.event_window import EventWindow
from uawriter.gui.tally_views import CountList, TotalsTable
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import (
    Channel,
    EventInfo,
    ExtraKind,
    LetterRecord,
    MergeReport,
    TallyBook,
    count_taken_back,
    extra_count,
    new_id,
)

TRAINING_ID = "training-valdoria"
TONIGHT = EventInfo("evening-1", "Write for Rights", "Central Library", "2026-12-10")
EARLIER = EventInfo("evening-0", "November evening", "Town Hall", "2026-11-12")


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_all()


def find[T: QWidget](parent: QWidget, kind: type[T], name: str) -> T:
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def letter(
    pack: Pack,
    addressee: int,
    channel: Channel,
    language: str,
    time: str,
    event: EventInfo | None = TONIGHT,
) -> LetterRecord:
    target = pack.addressees[addressee]
    return LetterRecord(
        id=new_id(),
        time=time,
        event_id=event.id if event else "",
        event=event.name if event else "",
        ua=pack.action.ua_number,
        update=pack.action.update,
        pack_id=pack.id,
        addressee_id=target.id,
        addressee=target.display_name,
        channel=channel,
        language=language,
        pages=2,
    )


def evening(packs: dict[str, Pack]) -> list[LetterRecord]:
    """Seven letters tonight (five for UA 129/10, two for the training action), one earlier."""
    ua, training = packs[SEED_ID], packs[TRAINING_ID]
    return [
        letter(ua, 0, Channel.FAX, "kk", "2026-12-10T19:05:10+01:00"),
        letter(ua, 1, Channel.FAX, "kk", "2026-12-10T19:20:00+01:00"),
        letter(ua, 2, Channel.POST, "ru", "2026-12-10T19:41:00+01:00"),
        letter(ua, 0, Channel.PRINT, "en", "2026-12-10T20:02:00+01:00"),
        letter(ua, 0, Channel.EMAIL, "kk", "2026-12-10T20:30:00+01:00"),
        letter(training, 0, Channel.POST, "es", "2026-12-10T20:35:00+01:00"),
        letter(training, 0, Channel.POST, "fr", "2026-12-10T21:10:00+01:00"),
        letter(ua, 0, Channel.FAX, "kk", "2026-11-12T18:00:00+01:00", EARLIER),
    ]


def open_window(
    qtbot: QtBot, book: TallyBook, tasks: TaskRunner, packs: dict[str, Pack]
) -> EventWindow:
    window = EventWindow(
        book,
        tasks,
        event=TONIGHT,
        packs=[packs[SEED_ID], packs[TRAINING_ID]],
        now=lambda: dt.datetime(2026, 12, 10, 22, 0, tzinfo=dt.UTC),
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        window.show()
    return window


def refreshed(qtbot: QtBot, window: EventWindow) -> None:
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        window.refresh()


def pick_file(path: Path):  # type: ignore[no-untyped-def]
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name_box = find(dialog, QLineEdit, "fileNameEdit")
        name_box.setText(str(path))
        dialog.accept()

    return answer


def test_the_window_shows_tonights_totals(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, packs: dict[str, Pack]
) -> None:
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(evening(packs))
    window = open_window(qtbot, book, tasks, packs)

    figure = find(window, QLabel, "lettersTonight")
    assert figure.text() == "7"
    assert figure.font().pixelSize() >= 72  # readable from the back of the room
    assert find(window, QLabel, "lettersTonightCaption").text() == "letters tonight"
    assert "Write for Rights" in find(window, QLabel, "eventHeading").text()
    table = find(window, TotalsTable, "tallyView")
    header = [table.headerItem().text(c) for c in range(table.columnCount())]
    assert header == [
        "Action",
        "All letters",
        "Post",
        "Printed",
        "E-mail",
        "Fax",
        "Calls",
        "Posts",
        "Handwritten",
        "Signatures",
        "Cards",
    ]
    assert table.row_texts() == [
        ["\u2066UA 000/26\u2069", "2", "2", "0", "0", "0", "0", "0", "0", "0", "0"],
        ["\u2066UA 129/10\u2069 (update 3)", "5", "1", "1", "1", "2", "0", "0", "0", "0", "0"],
        ["Total", "7", "3", "1", "1", "2", "0", "0", "0", "0", "0"],
    ]
    ua = packs[SEED_ID]
    addressees = find(window, CountList, "byAddresseeView").row_texts()
    assert addressees[0] == (ua.addressees[0].display_name, "3")
    assert sorted(addressees) == sorted(
        [
            (ua.addressees[0].display_name, "3"),
            (ua.addressees[1].display_name, "1"),
            (ua.addressees[2].display_name, "1"),
            (packs[TRAINING_ID].addressees[0].display_name, "2"),
        ]
    )
    languages = dict(find(window, CountList, "byLanguageView").row_texts())
    assert languages == {
        "Kazakh (kk)": "3",
        "Russian (ru)": "1",
        "English (en)": "1",
        "Spanish (es)": "1",
        "French (fr)": "1",
    }
    channels = dict(find(window, CountList, "byChannelView").row_texts())
    assert channels == {"Post": "3", "Fax": "2", "Printed": "1", "E-mail": "1"}
    assert find(window, CountList, "byHourView").row_texts() == [
        ("19:00", "3"),
        ("20:00", "3"),
        ("21:00", "1"),
    ]

    # a letter exported meanwhile shows at the next refresh
    book.record([letter(ua, 1, Channel.FAX, "ar", "2026-12-10T21:30:00+01:00")])
    refreshed(qtbot, window)
    assert figure.text() == "8"
    assert table.row_texts()[-1][:2] == ["Total", "8"]

    # every event recorded on this laptop, not only tonight's
    scope = find(window, QComboBox, "tallyScope")
    assert scope.currentText() == "This event: Write for Rights"
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        scope.setCurrentIndex(scope.findText("Everything recorded on this laptop"))
        scope.activated.emit(scope.currentIndex())
    assert figure.text() == "9"
    assert find(window, QLabel, "lettersTonightCaption").text() == "letters in all"


def test_hand_counts_are_added_per_action(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(evening(packs))
    window = open_window(qtbot, book, tasks, packs)

    def count(dialog: QWidget) -> None:
        find(dialog, QSpinBox, f"extraCount:{SEED_ID}:handwritten").setValue(4)
        find(dialog, QSpinBox, f"extraCount:{SEED_ID}:signatures").setValue(57)
        find(dialog, QSpinBox, f"extraCount:{TRAINING_ID}:cards").setValue(12)
        qtbot.mouseClick(
            find(dialog, QPushButton, "addExtraCountsButton"), Qt.MouseButton.LeftButton
        )

    answers.expect("extraCountsDialog", count)
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "addCountsButton"), Qt.MouseButton.LeftButton)
    assert answers.seen == ["extraCountsDialog"]
    extras = book.read().extras
    assert sorted((e.pack_id, e.kind, e.count, e.event_id) for e in extras) == [
        (TRAINING_ID, ExtraKind.CARDS, 12, TONIGHT.id),
        (SEED_ID, ExtraKind.HANDWRITTEN, 4, TONIGHT.id),
        (SEED_ID, ExtraKind.SIGNATURES, 57, TONIGHT.id),
    ]
    assert find(window, QLabel, "lettersTonight").text() == "11"  # 7 in the app + 4 by hand
    detail = find(window, QLabel, "tallyDetail").text()
    assert detail == "7 written in the app · 4 by hand · 57 signatures · 12 cards"
    assert find(window, TotalsTable, "tallyView").row_texts() == [
        ["\u2066UA 000/26\u2069", "2", "2", "0", "0", "0", "0", "0", "0", "0", "12"],
        ["\u2066UA 129/10\u2069 (update 3)", "9", "1", "1", "1", "2", "0", "0", "4", "57", "0"],
        ["Total", "11", "3", "1", "1", "2", "0", "0", "4", "57", "12"],
    ]


def test_a_hand_count_added_by_mistake_is_taken_back_here_and_where_merged(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """570 signatures typed for 57, and a pile of cards added twice: there was no way to
    take a hand count back, in the window or anywhere, so the big figure and every report
    carried it for good. Ticked in "Take back counts", it goes, here and on the laptop the
    tally is merged into; the others stay."""
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(evening(packs))
    seed, training = packs[SEED_ID], packs[TRAINING_ID]
    wrong = extra_count(seed, ExtraKind.SIGNATURES, 570, TONIGHT)
    right = extra_count(seed, ExtraKind.SIGNATURES, 57, TONIGHT)
    cards = extra_count(training, ExtraKind.CARDS, 12, TONIGHT)
    twice = extra_count(training, ExtraKind.CARDS, 12, TONIGHT)
    earlier = extra_count(seed, ExtraKind.HANDWRITTEN, 3, EARLIER)
    book.record([wrong, right, cards, twice, earlier])
    organiser = TallyBook(tmp_path / "organiser.jsonl")
    first = tmp_path / "first.jsonl"
    book.export_to(first)
    merge_into(organiser, first)
    window = open_window(qtbot, book, tasks, packs)
    assert find(window, QLabel, "tallyDetail").text() == (
        "7 written in the app · 0 by hand · 627 signatures · 24 cards"
    )
    listed: list[str] = []

    def take_back(dialog: QWidget) -> None:
        counts = find(dialog, QListWidget, "takeBackCountsList")
        listed.extend(counts.item(row).text() for row in range(counts.count()))
        cards_ticked = False
        for row in range(counts.count()):
            item = counts.item(row)
            is_cards = "Cards: 12" in item.text()
            if "Signatures: 570" in item.text() or (is_cards and not cards_ticked):
                item.setCheckState(Qt.CheckState.Checked)
                cards_ticked = cards_ticked or is_cards
        qtbot.mouseClick(find(dialog, QPushButton, "takeBackButton"), Qt.MouseButton.LeftButton)

    answers.expect("takeBackCountsDialog", take_back)
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        qtbot.mouseClick(
            find(window, QPushButton, "takeBackCountsButton"), Qt.MouseButton.LeftButton
        )
    assert answers.seen == ["takeBackCountsDialog"]
    assert len(listed) == 4  # tonight's; the November evening's count is not offered
    assert any("Signatures: 570" in text for text in listed)
    assert find(window, QLabel, "tallyDetail").text() == (
        "7 written in the app · 0 by hand · 57 signatures · 12 cards"
    )
    assert find(window, QLabel, "tallyStatus").text().startswith("2 count")
    left = sorted((e.kind, e.count) for e in book.read().extras)
    assert left == [(ExtraKind.CARDS, 12), (ExtraKind.HANDWRITTEN, 3), (ExtraKind.SIGNATURES, 57)]

    again = tmp_path / "again.jsonl"
    book.export_to(again)
    report = merge_into(organiser, again)
    assert (report.added, report.counts_taken_back) == (0, 2)
    said = run_uawriter(tmp_path / "third", "tally", "merge", str(first))
    assert said.returncode == 0, said.stderr
    one = tmp_path / "one.jsonl"
    TallyBook(tmp_path / "solo.jsonl").record([cards])
    solo = TallyBook(tmp_path / "solo.jsonl")
    solo.record([count_taken_back(cards)])
    solo.export_to(one)
    (tmp_path / "third").mkdir(exist_ok=True)
    merged = run_uawriter(tmp_path / "third", "tally", "merge", str(one))
    assert merged.stdout == f"{one}: 0 added, 0 already counted; 1 hand count taken back\n"
    assert sorted((e.kind, e.count) for e in organiser.read().extras) == left


def merge(
    qtbot: QtBot, window: EventWindow, answers: ModalAnswers, source: Path
) -> tuple[str, object]:
    texts: list[str] = []

    def read_report(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    answers.expect("mergeTallyDialog", pick_file(source))
    answers.expect("mergeReport", read_report)
    with qtbot.waitSignal(window.merged, timeout=30_000) as merged:
        qtbot.mouseClick(find(window, QPushButton, "mergeTallyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(texts))
    refreshed(qtbot, window)
    return texts[0], merged.args[0]


def test_a_tally_merged_twice_counts_once(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(evening(packs)[:3])
    # the second laptop at the same evening exports its tally to a USB stick
    other = TallyBook(tmp_path / "laptop-2" / "tally.jsonl")
    ua = packs[SEED_ID]
    other.record(
        [
            letter(ua, 0, Channel.FAX, "de", "2026-12-10T19:30:00+01:00"),
            letter(ua, 2, Channel.POST, "fr", "2026-12-10T20:10:00+01:00"),
            extra_count(ua, ExtraKind.SIGNATURES, 30, TONIGHT),
        ]
    )
    stick = tmp_path / "stick" / "laptop-2.jsonl"
    stick.parent.mkdir()
    assert other.export_to(stick) == 3
    window = open_window(qtbot, book, tasks, packs)
    figure = find(window, QLabel, "lettersTonight")
    assert figure.text() == "3"

    text, report = merge(qtbot, window, answers, stick)
    assert isinstance(report, MergeReport)
    assert (report.added, report.already) == (3, 0)
    assert "\n3 new record" in text
    assert "\n0 record" in text
    assert figure.text() == "5"
    first = find(window, TotalsTable, "tallyView").row_texts()

    text, report = merge(qtbot, window, answers, stick)
    assert isinstance(report, MergeReport)
    assert (report.added, report.already) == (0, 3)
    assert "\n0 new record" in text
    assert "\n3 record" in text
    assert "already counted, not added again" in text
    assert figure.text() == "5"
    assert find(window, TotalsTable, "tallyView").row_texts() == first
    assert len(book.read().letters) == 5

    # a file cut short (a stick pulled out while copying) is merged up to the damage
    damaged = tmp_path / "stick" / "laptop-3.jsonl"
    third = TallyBook(tmp_path / "laptop-3" / "tally.jsonl")
    third.record([letter(ua, 1, Channel.POST, "kk", "2026-12-10T21:00:00+01:00")])
    third.export_to(damaged)
    whole = damaged.read_bytes()
    damaged.write_bytes(whole + whole[: len(whole) // 2])
    text, report = merge(qtbot, window, answers, damaged)
    assert isinstance(report, MergeReport)
    assert (report.added, len(report.notes)) == (1, 1)
    assert "\n1 new record" in text
    assert "Skipped, because the file is damaged there:" in text
    assert "line 2" in text
    assert figure.text() == "6"


def test_reports_are_written_and_never_replace_a_file_silently(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    book = TallyBook(tmp_path / "tally.jsonl")
    book.record(evening(packs))
    book.record([extra_count(packs[SEED_ID], ExtraKind.SIGNATURES, 57, TONIGHT)])
    window = open_window(qtbot, book, tasks, packs)
    out = tmp_path / "reports"
    out.mkdir()

    csv_path = out / "tonight.csv"
    answers.expect("saveTallyCsvDialog", pick_file(csv_path))
    with qtbot.waitSignal(window.saved, timeout=30_000) as saved:
        qtbot.mouseClick(find(window, QPushButton, "saveCsvButton"), Qt.MouseButton.LeftButton)
    assert saved.args == [csv_path]
    rows = list(csv.DictReader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 8  # tonight's seven letters and one hand count, not November's
    assert {"id", "time", "event", "ua", "addressee", "channel", "language", "pages"} <= set(
        rows[0]
    )
    assert {r["event"] for r in rows} == {"Write for Rights"}
    assert sum(1 for r in rows if r["channel"] == "fax") == 2
    assert "Saved" in find(window, QLabel, "tallyStatus").text()

    # choosing the same name again: the save dialog asks; No leaves the file as it was
    before = csv_path.read_bytes()
    asked: list[str] = []

    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    # the question opens inside the file dialog's accept(), so a second timer answers it
    inner = ModalAnswers()
    inner.expect("", refuse)
    answers.expect("saveTallyCsvDialog", pick_file(csv_path))
    answers.expect("saveTallyCsvDialog", lambda dialog: dialog.reject())
    qtbot.mouseClick(find(window, QPushButton, "saveCsvButton"), Qt.MouseButton.LeftButton)
    inner.stop()
    assert inner.seen == [""]
    assert answers.seen[-2:] == ["saveTallyCsvDialog", "saveTallyCsvDialog"]
    assert "already exists" in asked[0]
    assert csv_path.read_bytes() == before

    pdf_path = out / "tonight.pdf"
    answers.expect("saveTallyPdfDialog", pick_file(pdf_path))
    with qtbot.waitSignal(window.saved, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    pages = pdf_pages_text(pdf_path)
    assert len(pages) == 1
    text = normalise(pages[0])
    assert "Write for Rights" in text
    assert "Central Library" in text
    assert "129/10" in text
    assert "57" in text

    tally_copy = out / "laptop-1.jsonl"
    answers.expect("exportTallyDialog", pick_file(tally_copy))
    with qtbot.waitSignal(window.saved, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportTallyButton"), Qt.MouseButton.LeftButton)
    copy = TallyBook(tally_copy).read()
    assert {r.id for r in copy.letters} == {r.id for r in book.read().letters}
    assert len(copy.extras) == 1


def test_a_damaged_tally_shows_what_was_skipped(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, packs: dict[str, Pack]
) -> None:
    path = tmp_path / "tally.jsonl"
    book = TallyBook(path)
    book.record(evening(packs)[:2])
    with path.open("ab") as tally:
        tally.write(b'{"v": 1, "id": "torn", "ty')  # a crash in the middle of a record
    window = open_window(qtbot, book, tasks, packs)
    assert find(window, QLabel, "lettersTonight").text() == "2"
    notes = find(window, QLabel, "tallyNotes")
    assert notes.isVisibleTo(window)
    assert str(path) in notes.text()
    assert "not counted" in notes.text()


def test_a_tally_of_hundreds_of_languages_lists_a_hundred(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, packs: dict[str, Pack]
) -> None:
    """A tally merged from another laptop named 4,000 languages: a bar each, made on the
    window's thread, held the window for most of a second. The hundred with the most
    letters are listed, the others summed in one row."""
    book = TallyBook(tmp_path / "tally.jsonl")
    ua = packs[SEED_ID]
    codes = [f"x{n:03d}" for n in range(300)]
    book.record(
        [letter(ua, 0, Channel.POST, code, "2026-12-10T19:05:10+01:00") for code in codes]
        + [letter(ua, 0, Channel.POST, "kk", "2026-12-10T19:06:00+01:00") for _ in range(3)]
    )
    window = open_window(qtbot, book, tasks, packs)
    rows = find(window, CountList, "byLanguageView").row_texts()
    assert len(rows) == 100
    assert rows[0][1] == "3"  # Kazakh, the most written, first
    assert rows[-1] == ("202 more", "202")
    assert find(window, QLabel, "lettersTonight").text() == "303"


def test_the_action_number_is_in_the_interface_language(qapp: object) -> None:
    """ "UA 129/10 (update 3)" in the hand counts, the take-back list and the totals table
    stayed English in every other language: looked up under each dialog's own name, not
    where its translation is filed."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from uawriter.gui.event_dialogs import action_title
    from uawriter.gui.language import translations_folder

    translator = QTranslator()
    assert translator.load(str(translations_folder() / "uawriter_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert action_title("129/10", 3) == "\u2066UA 129/10\u2069 (Aktualisierung 3)"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert action_title("129/10", 3) == "\u2066UA 129/10\u2069 (update 3)"

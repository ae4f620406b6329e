"""Probe 37: what it found, and what must hold instead."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from helpers import (
    SEED_ID,
    TRAINING_ID,
    copy_bundled_pack,
    edit_manifest,
    normalise,
    pdf_pages_text,
    run_uawriter,
)
from qt_helpers import ModalAnswers, type_path
from test_evening import _at_an_event, type_text
from test_event_same_evening import ON_LAPTOP_B
from test_event_window import (
    letter,
    tasks,  # noqa: F401 (a fixture)
)
from test_event_window import open_window as open_event_window
from test_gui import find, open_window
from test_stack import SENTENCES, TRAINING, _stack, _write
from test_tally_probe_window import _merge
from uawriter.domain.model import Pack
from uawriter.engine import Letter, load_catalog
from uawriter.gui.main_window import MainWindow
from uawriter.gui.tasks import TaskRunner
from uawriter.packs.loader import LoadResult
from uawriter.paths import AppPaths
from uawriter.storage.evenings import evenings, name_key
from uawriter.storage.merging import _days_between
from uawriter.storage.tally import Channel, EventInfo, TallyBook

GENEVA = "Marathon des lettres – Genève"


def test_an_evening_named_with_a_composed_or_a_combining_accent_is_one_evening(
    tmp_path: Path, packs: dict[str, Pack]
) -> None:
    """Laptop A's organiser typed the name ("è", as keyboards give it); laptop B's pasted
    it from the invitation PDF ("e" and U+0300, as macOS and many PDFs give it). The two
    look the same everywhere, yet the merged evening was two, without a word, and
    `tally --event` reported 3 letters of 7."""
    ua = packs[SEED_ID]
    here = EventInfo("a", unicodedata.normalize("NFC", GENEVA), "Genève", "2026-12-10")
    there = EventInfo("b", unicodedata.normalize("NFD", GENEVA), "Genève", "2026-12-10")
    assert here.name != there.name
    data = tmp_path / "data"
    data.mkdir()
    mine = [
        letter(ua, n % 3, Channel.POST, "fr", f"2026-12-10T19:1{n}:00+01:00", here)
        for n in range(3)
    ]
    TallyBook(data / "tally.jsonl").record(mine)
    b = TallyBook(tmp_path / "b" / "tally.jsonl")
    b.record(
        [
            letter(ua, n % 3, Channel.FAX, "fr", f"2026-12-10T19:2{n}:00+01:00", there)
            for n in range(4)
        ]
    )
    b.export_to(tmp_path / "b.jsonl")

    merged = run_uawriter(data, "tally", "merge", str(tmp_path / "b.jsonl"))

    assert merged.returncode == 0, merged.stderr
    assert [e.letters for e in evenings(TallyBook(data / "tally.jsonl").read_whole())] == [7]
    for typed in (here.name, there.name, "marathon des LETTRES – genève"):
        report = run_uawriter(data, "tally", "--event", typed)
        assert "Letters written: 7" in report.stdout, report.stdout + report.stderr


def test_names_that_only_look_alike_stay_apart() -> None:
    """What the comparison folds: forms of one text, not another name's letters."""
    assert name_key("Ｗrite for Rights") == name_key("write for rights")  # full-width W
    assert name_key("Geneve") != name_key("Genève")
    assert name_key("Вечер писем") != name_key("Bечер писем")  # a Latin B is not Cyrillic


def _records(count: int, version: int, prefix: str) -> str:
    return "".join(
        json.dumps(
            {
                "v": version,
                "type": "letter",
                "id": f"{prefix}{i}",
                "time": "2026-12-10T19:00:00+01:00",
                "event_id": "evening-1",
                "event": "Write for Rights",
                "ua": "129/10",
                "update": 3,
                "pack_id": SEED_ID,
                "addressee_id": "president",
                "addressee": "President of Kazakhstan",
                "channel": "post",
                "language": "en",
                "pages": 1,
            }
        )
        + "\n"
        for i in range(count)
    )


def test_a_tally_of_a_newer_version_is_refused_as_such_not_called_damaged(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """Laptop B runs a newer UA Writer (tally format 2): its 40 letters were listed under
    "Skipped, because the file is damaged there", one line each, with no word of updating."""
    source = tmp_path / "laptop-b.jsonl"
    source.write_text(_records(40, 2, "b"), encoding="utf-8")
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    window = open_event_window(qtbot, book, tasks, packs)

    text = _merge(qtbot, window, answers, source, "warning")

    assert (
        "laptop-b.jsonl was written by a newer UA Writer (tally format 2): update UA Writer on "
        "this laptop, then merge it again. Nothing was added." in text
    )
    assert "damaged" not in text
    assert book.read().letters == ()
    done = run_uawriter(tmp_path / "data", "tally", "merge", str(source))
    assert done.returncode == 1
    assert done.stderr == (
        "uawriter: laptop-b.jsonl was written by a newer UA Writer (tally format 2): update UA "
        "Writer on this laptop, then merge it again; nothing merged from it\n"
    )


def test_a_tally_partly_of_a_newer_version_merges_what_it_can_and_says_what_was_not(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """A laptop updated in the middle of the season: its old letters are merged, and the
    new ones are told of once, with what to do."""
    source = tmp_path / "laptop-b.jsonl"
    source.write_text(_records(2, 1, "old") + _records(30, 2, "new"), encoding="utf-8")
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    window = open_event_window(qtbot, book, tasks, packs)

    text = _merge(qtbot, window, answers, source, "mergeReport")

    assert "\n2 new record" in text
    assert "Skipped" not in text
    assert (
        "• laptop-b.jsonl: 30 records written by a newer UA Writer (tally format 2) not read: "
        "update UA Writer on this laptop to count them" in text
    )
    assert len(book.read().letters) == 2


def test_the_merge_box_says_how_many_damaged_lines_were_skipped(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """A stick's file with 40 damaged lines, then 2 good letters: the box listed 10 notes
    and dropped the rest, "N more lines skipped" with them: the organiser read that 10
    lines were lost, not 40."""
    source = tmp_path / "laptop-b.jsonl"
    damaged = "".join(f'{{"v": 1, "type": "letter", "id": "x{i}", "ti\n' for i in range(40))
    source.write_text(damaged + _records(2, 1, "ok"), encoding="utf-8")
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    window = open_event_window(qtbot, book, tasks, packs)

    text = _merge(qtbot, window, answers, source, "mergeReport")

    assert "• laptop-b.jsonl: line 20 is damaged; skipped" in text
    assert "• laptop-b.jsonl: 20 more lines skipped" in text


def _sign(window: MainWindow, name: str) -> None:
    box = find(window, QLineEdit, "senderName")
    box.setFocus()
    box.selectAll()
    if name:
        type_text(box, name)
    else:  # the name taken out, as a volunteer does
        QTest.keyClick(box, Qt.Key.Key_Delete)
    window.sender_pane.flush()


def _add_to_stack(qtbot: QtBot, window: MainWindow, answers: ModalAnswers) -> None:
    if window.pack is not None and window.pack.action.rules:
        answers.expect("packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(find(window, QPushButton, "addToStackButton"), Qt.MouseButton.LeftButton)


def _the_next_one_adds(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, name: str, action: str
) -> tuple[MainWindow, list[Letter], list[str]]:
    """Aigerim stacks her letters for the seed's action; the next volunteer, signing
    ``name`` (no Next volunteer), writes for ``action`` and adds to the stack: the window,
    her letters, and the warnings shown."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    _sign(window, "Aigerim Sadykova")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    hers = list(window.stack_pane.letters())
    _sign(window, name)
    _write(qtbot, window, action)
    warned: list[str] = []
    answers.expect("warning", lambda box: (warned.append(box.text()), box.accept()))
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: bool(warned))
    return window, hers, warned


@pytest.mark.parametrize("second_action", [SEED_ID, TRAINING], ids=["same-action", "another"])
def test_another_volunteers_letters_on_the_stack_go_out_before_the_next_ones_are_added(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, second_action: str
) -> None:
    """At a busy table Aigerim stacked her letters; Bob typed his name over hers (no Next
    volunteer) and stacked his. For the same action his replaced hers, never sent nor
    counted; for another, hers went out with "From: Bob Jones" on their cover sheets. The
    stack now refuses Bob's letters, names whose are on it, and keeps his letter in the
    editor; once hers went out, his go on."""
    window, hers, warned = _the_next_one_adds(qtbot, answers, tmp_path, "Bob Jones", second_action)
    assert "The stack holds letters signed by Aigerim Sadykova" in warned[0]
    assert window.stack_pane.letters() == hers
    assert SENTENCES[second_action] in window.editor.toPlainText()

    out = tmp_path / "letters"
    out.mkdir()
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    assert len(exported.args[0]) == len(hers)
    for path in exported.args[0]:
        text = normalise(" ".join(pdf_pages_text(Path(path))))
        assert "Aigerim Sadykova" in text
        assert "Bob Jones" not in text
    assert window.stack_pane.is_empty()

    _stack(qtbot, window, answers, second_action)
    assert window.stack_pane.signer().name == "Bob Jones"


def test_a_name_put_right_or_typed_late_adds_to_the_same_stack(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Only another volunteer's name stops the stack: a name put right ("aigerim
    sadykova"), or the first letters stacked before the name was typed (once she says they
    are hers), go on."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)  # unsigned
    _sign(window, "aigerim sadykova")
    _write(qtbot, window, TRAINING)
    answers.expect(
        "unsignedStackQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    _stack(qtbot, window, answers, TRAINING)
    assert answers.seen.count("unsignedStackQuestion") == 1
    _sign(window, "Aigerim Sadykova")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    assert "warning" not in answers.seen
    assert {e.pack_id for e in window.stack_pane.entries} == {SEED_ID, TRAINING}


@pytest.mark.parametrize("ours", ["2036-12-10", "2000-01-01"], ids=["ahead", "flat-battery"])
def test_this_laptops_own_wrong_date_is_told_of_at_merge(
    tmp_path: Path, packs: dict[str, Pack], ours: str
) -> None:
    """The organiser's laptop, the one merged into, had its date ten years ahead, or back at
    2000-01-01 after a flat battery; laptop B's letters of the same evening were dated right.
    One evening made two, and the merge said nothing (only the file's laptop was looked at)."""
    ua = packs[SEED_ID]
    data = tmp_path / "data"
    here = EventInfo("here", "Write for Rights", "Montreal", "")
    TallyBook(data / "tally.jsonl").record(
        [letter(ua, n, Channel.POST, "fr", f"{ours}T19:0{n}:00-05:00", here) for n in range(2)]
    )
    b = TallyBook(tmp_path / "laptop-b" / "tally.jsonl")
    b.record(
        [
            letter(ua, n, Channel.FAX, "en", f"2026-12-10T19:4{n}:00-05:00", ON_LAPTOP_B)
            for n in range(3)
        ]
    )
    b.export_to(tmp_path / "b.jsonl")

    merged = run_uawriter(data, "tally", "merge", str(tmp_path / "b.jsonl"))

    assert merged.returncode == 0
    days = f"{_days_between(ours, '2026-12-10'):,}"
    assert (
        f'b.jsonl: 3 letters of "write for  Rights " are dated 2026-12-10, {days} days from '
        f"this laptop's Write for Rights ({ours}): counted as an evening of their own. If "
        "written the same evening, this laptop's date was wrong" in merged.stderr
    )


@pytest.mark.parametrize("copy_works", [False, True], ids=["copy-fails", "copy-works"])
def test_the_pack_in_use_is_listed_while_a_copy_of_its_id_is_checked(
    tmp_path: Path, copy_works: bool
) -> None:
    """The organiser copied a second folder with the season's pack id into packs/ by hand.
    While its letters were checked, the early list showed the season's pack as broken,
    "already used by the pack in …/valdoria-a-copied", a pack it did not list, and it could
    not be chosen. It is listed until the check ends; then the folders decide as before."""
    paths = AppPaths(tmp_path / "data")
    in_use = copy_bundled_pack(TRAINING_ID, paths.user_packs, "valdoria-b-in-use")
    edit_manifest(in_use, f'id = "{TRAINING_ID}"', 'id = "valdoria-case"')
    load_catalog(paths)  # checked at an earlier start: in use all season
    copied = copy_bundled_pack(TRAINING_ID, paths.user_packs, "valdoria-a-copied")
    edit_manifest(copied, f'id = "{TRAINING_ID}"', 'id = "valdoria-case"')
    letter = copied / "letters" / "es.txt"
    times = "3" if copy_works else "999999999"  # past what a letter may run: fails its check
    loop = "{% for i in range(" + times + ") %}{% endfor %}"
    letter.write_text(loop + letter.read_text("utf-8"), encoding="utf-8")
    early: list[LoadResult] = []

    final = load_catalog(paths, early.append)

    (shown,) = early
    listed = {p.id: p.path.name for p in shown.packs if p.path is not None}
    assert listed["valdoria-case"] == "valdoria-b-in-use"
    assert shown.broken == []
    owner = {p.id: p.path.name for p in final.packs if p.path is not None}["valdoria-case"]
    # the folder first by name keeps the id, as at every start, once it is checked
    assert owner == ("valdoria-a-copied" if copy_works else "valdoria-b-in-use")
    assert [b.path.name for b in final.broken] == [
        "valdoria-b-in-use" if copy_works else "valdoria-a-copied"
    ]


def test_a_print_under_way_at_the_reset_leaves_the_next_volunteers_letter_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Seen by probe 37: a print of the last volunteer's letters still under way when the
    idle reset came went on, and when it ended, the window took the next volunteer's letter,
    begun meanwhile, as printed: their draft was cleared, and Next volunteer would not ask
    before clearing it. As for an export of the last turn, nothing of it reaches theirs."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QProgressDialog

    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    letters = window.letters()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.output.print_to(printer, letters, window.output_context())
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "printProgress") is not None)

    window.event_controls.mode.next_volunteer_due.emit()  # nobody touched the laptop
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Bob's own words")

    qtbot.waitUntil(
        lambda: window.findChild(QProgressDialog, "printProgress") is None, timeout=60_000
    )
    counted = TallyBook(window.services.paths.tally_file).read().letters
    assert len(counted) == len(letters)  # all went to the printer, all counted
    assert window.has_unsent_letter()
    qtbot.waitUntil(lambda: window.drafts.current() is not None)
    draft = window.drafts.current()
    assert draft is not None
    assert "Bob's own words" in str(draft)
    window.unexported = False


@pytest.mark.parametrize("second_action", [SEED_ID, TRAINING], ids=["same-action", "another"])
def test_a_name_left_empty_does_not_add_to_another_volunteers_stack(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, second_action: str
) -> None:
    """Probe 39 F1: the next volunteer left the name empty, and their letters for the same
    action replaced the last one's (never sent nor counted); for another action, they
    made the stack look unsigned, and the next name was let in over the first one's."""
    window, hers, warned = _the_next_one_adds(qtbot, answers, tmp_path, "", second_action)
    assert "signed by Aigerim Sadykova" in warned[0]
    assert window.stack_pane.letters() == hers
    window.unexported = False


def test_a_date_after_this_laptops_clock_gone_back_is_not_called_impossible() -> None:
    """Probe 39 F3: with this laptop's clock still back at 2000 when the merge ran, the
    other laptop's right date (2026) was "ahead", and the note blamed that laptop."""
    import datetime as dt

    from uawriter.storage.merging import _no_tally_date

    flat_battery = dt.date(2000, 1, 2)
    assert not _no_tally_date("2026-12-10", today=flat_battery)
    assert _no_tally_date("2000-01-01", today=flat_battery)
    right = dt.date(2026, 12, 11)
    assert _no_tally_date("2036-12-10", today=right)
    assert _no_tally_date("2000-01-01", today=right)
    assert not _no_tally_date("2026-12-10", today=right)

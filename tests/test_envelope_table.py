"""The organiser's envelope table: every letter exported tonight, printed again in
addressee order (the real window, real exports into one folder, a real PDF printer whose
output pypdf and pdftotext read back)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, render_png
from qt_helpers import ModalAnswers
from test_evening import _export_all, type_text
from test_gui import find, open_window
from uawriter.exporting import envelope_table_order
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import Channel, EventInfo, LetterRecord, TallyBook

VOLUNTEERS = [
    ("Aigerim Sadykova", "Our reading group in Karaganda follows this case."),
    ("Jonas Berg", "We wrote to you last spring from Uppsala as well."),
]


def _record(addressee: str, ua: str, time: str, **changes: object) -> LetterRecord:
    base = LetterRecord(
        id=f"{addressee}-{ua}-{time}",
        time=time,
        event_id="e1",
        event="Evening",
        ua=ua,
        update=0,
        pack_id="p",
        addressee_id=addressee.casefold().replace(" ", "-"),
        addressee=addressee,
        channel=Channel.FAX,
        language="en",
        pages=2,
        file=f"/letters/{addressee} {ua}.pdf",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_the_envelope_table_order_is_by_addressee_then_action_then_time() -> None:
    records = [
        _record("Prosecutor General", "129/10", "2026-12-03T19:40:00+01:00"),
        _record("minister of justice", "12/26", "2026-12-03T19:05:00+01:00"),
        _record("Minister of Justice", "129/10", "2026-12-03T19:30:00+01:00"),
        _record("Minister of Justice", "129/10", "2026-12-03T19:10:00+01:00"),
        _record("Ambassador", "129/10", "2026-12-03T19:50:00+01:00", channel=Channel.PRINT),
        _record("Ambassador", "12/26", "2026-12-03T19:55:00+01:00", file=""),
        _record("Ambassador", "12/26", "2026-12-03T19:56:00+01:00", channel=Channel.POST),
        _record(
            "Ambassador",
            "12/26",
            "2026-12-03T19:58:00+01:00",
            channel=Channel.EMAIL,
            file="/outbox/V02 UA 12-26 - 01 Ambassador - en email.eml",
        ),
    ]
    order = envelope_table_order(records)
    assert [(r.addressee, r.ua, r.time[11:16]) for r in order] == [
        # posted; the printed one, the unwritten one and the e-mail in the outbox not
        ("Ambassador", "12/26", "19:56"),
        ("minister of justice", "12/26", "19:05"),
        ("Minister of Justice", "129/10", "19:10"),
        ("Minister of Justice", "129/10", "19:30"),
        ("Prosecutor General", "129/10", "19:40"),
    ]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "data")
    yield win
    win.services.languages.set_language("en")


def _write_and_export(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, out: Path, name: str, words: str
) -> list[Path]:
    name_box = find(window, QLineEdit, "senderName")
    name_box.setFocus()
    type_text(name_box, name)
    window.sender_pane.flush()
    editor = find(window, QPlainTextEdit, "letterEditor")
    qtbot.waitUntil(lambda: name in editor.toPlainText())
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.movePosition(cursor.MoveOperation.NextBlock)
    cursor.movePosition(cursor.MoveOperation.NextBlock)
    editor.setTextCursor(cursor)
    type_text(editor, words + " ")
    return _export_all(qtbot, window, answers, out)


def _looks(png: Path) -> Image.Image:
    """A page as a small grey picture, softened so anti-aliasing does not count."""
    with Image.open(png) as image:
        return image.convert("L").resize((210, 297)).filter(ImageFilter.GaussianBlur(1))


def _distance(a: Image.Image, b: Image.Image) -> float:
    """How different two pages look: the mean difference of their grey levels."""
    histogram = ImageChops.difference(a, b).histogram()
    return sum(level * count for level, count in enumerate(histogram)) / (210 * 297)


def test_tonights_letters_print_again_in_addressee_order_for_the_envelope_table(
    qtbot: QtBot, window: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    controls = window.event_controls
    controls.mode.start(EventInfo.new("Write for Rights", "Central Library"), "2468", 10)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    out = tmp_path / "letters"
    out.mkdir()
    written: list[Path] = []
    for name, words in VOLUNTEERS:
        written += _write_and_export(qtbot, window, answers, out, name, words)
        assert controls.next_volunteer(ask_first=False)
    assert len(written) == 6

    # a volunteer's turn: the organiser's menu item is locked
    action = window.findChild(QAction, "printByAddresseeAction")
    assert isinstance(action, QAction)
    assert not action.isEnabled()
    answers.expect(
        "organiserPinDialog",
        lambda dialog: (
            type_text(find(dialog, QLineEdit, "organiserPin"), "2468"),
            qtbot.keyClick(find(dialog, QLineEdit, "organiserPin"), Qt.Key.Key_Return),
        ),
    )
    controls.unlock()
    assert action.isEnabled()

    # someone tidied the folder: one letter is gone
    records = TallyBook(window.services.paths.tally_file).read().letters
    assert {Path(r.file) for r in records} == set(written)
    gone = next(r for r in records if r.addressee == records[0].addressee)
    Path(gone.file).unlink()
    kept = [r for r in records if r.id != gone.id]

    target = tmp_path / "envelope-table.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setFullPage(True)  # no printer margins: the page as the file has it
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    reports: list[str] = []

    def read_report(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        reports.append(box.text())
        box.accept()

    answers.expect("envelopeTableReport", read_report)
    run = controls.print_by_addressee(printer)
    assert run is not None
    qtbot.waitUntil(lambda: run.done and len(reports) == 1, timeout=60000)

    # every letter still there, each with all its pages, none twice
    assert len(PdfReader(target).pages) == sum(r.pages for r in kept) == run.pages
    assert [r.id for r in run.printed] == [r.id for r in envelope_table_order(kept)]
    # looked at as a person sees paper: each printed page is the page of its letter's file
    # (pdftoppm renders both; the nearest source page must be the right one, and near)
    sources: dict[tuple[str, int], Image.Image] = {}
    for number, path in enumerate(sorted({Path(r.file) for r in kept})):
        (tmp_path / f"src{number}").mkdir()
        for index, png in enumerate(render_png(path, tmp_path / f"src{number}" / "page")):
            sources[(str(path), index)] = _looks(png)
    printed = [_looks(p) for p in render_png(target, tmp_path / "printed")]
    expected = [(r.file, r.first_page + i) for r in run.printed for i in range(r.pages)]
    assert len(printed) == len(expected)
    for page, want in zip(printed, expected, strict=True):
        distances = {key: _distance(page, image) for key, image in sources.items()}
        assert min(distances, key=lambda key: distances[key]) == want
    names = [r.addressee for r in run.printed]
    assert names == sorted(names, key=str.casefold)
    assert len(set(names)) == 3  # each official's two letters lie together

    # the report says what was printed and names the missing file
    (text,) = reports
    assert "5 letters printed in addressee order" in text
    assert "not counted again" in text
    assert gone.addressee in text
    assert Path(gone.file).name in text
    assert "not found" in text
    # nothing was counted twice
    assert len(TallyBook(window.services.paths.tally_file).read().letters) == 6

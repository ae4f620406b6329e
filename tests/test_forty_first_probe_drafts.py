"""Probe 41 (F1, F5, F6): drafting a pack from an Urgent Action's file in the window."""

from __future__ import annotations

import io
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from helpers import ROOT
from qt_helpers import editor_discarded
from test_eighth_probe import _raw_pdf
from test_gui import open_window
from uawriter.drafting import (
    MAX_TEXT_CHARS,
    draft_from_file,
    draft_pack,
    read_source,
    source_from_bytes,
)
from uawriter.gui.draft_dialog import DraftDialog
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor

SEED_TXT = ROOT / "tests" / "data" / "drafting" / "ua-129-10-update3.txt"
#: The longest line a text box may be given to lay out at once: "a few thousand characters".
LONGEST_LINE = 5_000
ARABIC = "تحرك عاجل\n" + "يجب الإفراج عن المدافع عن حقوق الإنسان فوراً ودون قيد أو شرط.\n" * 20


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "data")
    yield win
    win.services.languages.set_language("en")


def expanding_font_pdf(expansion: int, codes: int) -> bytes:
    """A one-page PDF of under a kilobyte whose font's ToUnicode map turns code <01> into
    ``expansion`` letters "A", shown ``codes`` times: ``expansion * codes`` characters of
    text on one line."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /X def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfchar\n<01> <" + b"0041" * expansion + b">\nendbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )

    def stream(data: bytes) -> bytes:
        packed = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%b\nendstream" % (
            len(packed),
            packed,
        )

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>",
        stream(cmap),
        stream(b"BT /F1 12 Tf 72 700 Td <" + b"01" * codes + b"> Tj ET"),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
    ]
    return _raw_pdf(objects)


def seed_ua_pdf(extra_pages: int = 0, fax_field: bool = False) -> bytes:
    """The seed UA's text as a PDF (reportlab); ``extra_pages`` pages of annex after it;
    with ``fax_field``, the prison director's fax typed into a form field."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in SEED_TXT.read_text(encoding="utf-8").splitlines():
        if y < 60:
            pdf.showPage()
            y = 800
        pdf.drawString(40, y, line[:110])
        y -= 13
    if fax_field:
        pdf.drawString(40, y - 20, "Fax of the prison director:")
        pdf.acroForm.textfield(
            name="fax", value="+7 7172 50 25 34", x=220, y=y - 30, width=200, height=18
        )
    for number in range(extra_pages):
        pdf.showPage()
        pdf.drawString(40, 800, f"Annex page {number + 1}: background")
    pdf.save()
    return buffer.getvalue()


def _drafted_in_the_window(qtbot: QtBot, window: MainWindow, path: Path) -> DraftDialog:
    dialog = window.pack_menu.draft_pack()
    qtbot.addWidget(dialog)
    task = dialog.load_file(path)
    qtbot.waitUntil(lambda: task.finished, timeout=60_000)
    return dialog


def _open_the_editor(qtbot: QtBot, window: MainWindow, dialog: DraftDialog) -> PackEditor:
    with qtbot.waitSignal(dialog.accepted_files, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    editor = window.findChildren(PackEditor)[-1]
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    return editor


# ---------------------------------------------------------------- F6: the window froze


def test_a_small_pdf_with_a_long_page_leaves_the_window_live(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A 900-byte PDF whose font maps one code to 100 letters holds 200,000 characters on
    one line: the whole line went into the draft dialog's text box on the window's thread,
    which froze for 12 s (600,000 characters: 60 s; 100 M: gigabytes, never ending), and
    the pack editor's view of the UA froze it 14 s more. Now the box gets at most what
    drafting reads, in lines of at most a few thousand characters (and says so), the
    editor shows such a line cut, and the event loop never stops for long."""
    pdf = tmp_path / "slow.pdf"
    pdf.write_bytes(expanding_font_pdf(100, 2_000))
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            box.accept()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    try:
        dialog = _drafted_in_the_window(qtbot, window, pdf)
        qtbot.wait(200)
        assert dialog.draft is not None
        shown = dialog.source.toPlainText()
        notes = dialog.findChild(QLabel, "draftNotes")
        noted = notes.text() if notes is not None and notes.isVisible() else ""
        editor = _open_the_editor(qtbot, window, dialog)
        qtbot.waitUntil(lambda: not editor.checking, timeout=30_000)
        qtbot.wait(200)
    finally:
        timer.stop()
    print(f"longest pause of the window's event loop: {max(gaps):.2f} s")
    assert max(gaps) < 3.0, f"the window stopped for {max(gaps):.1f} s"
    assert len(shown) <= MAX_TEXT_CHARS + MAX_TEXT_CHARS // 1_000  # and its line breaks
    assert shown.replace("\n", "") == "A" * 200_000
    assert max(len(line) for line in shown.splitlines()) <= LONGEST_LINE
    assert "shown broken" in noted
    assert editor.source_pane is not None
    lines = editor.source_pane.text.toPlainText().splitlines()
    assert max(len(line) for line in lines) <= LONGEST_LINE


def test_reading_a_pdf_stops_at_what_drafting_reads_within_a_page() -> None:
    """Reading a PDF took its pages' text whole and looked at the length only between
    pages, so one page could give any amount (100 M characters from 1,872 bytes). Now
    the text stops at the drafting's limit inside the page too, and a note says so."""
    source = source_from_bytes(expanding_font_pdf(100, 4_000), "long.pdf")
    assert len(source.text) == MAX_TEXT_CHARS
    assert any("page 1 was cut" in note for note in source.notes), source.notes


# ---------------------------------------------------------------- F1: notes dropped


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("pages", "the PDF has 33 pages: only the first 20 were read"),
        ("form-field", "1 form field with text typed in, which were not read"),
        ("arabic", "most of the text is in Arabic script, which no layout reads"),
    ],
)
def test_the_windows_draft_tells_what_draft_pack_tells(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, case: str, said: str
) -> None:
    """The window's draft from a file dropped every note reading it made (pages not read,
    a fax typed into a form field, damage, an encoding guessed), and showed none of the
    drafting's own ("most of the text is in Arabic script …"): only `draft-pack` printed
    them. Now the dialog lists the same notes as `draft-pack` above the fields, before
    OK, and the pack editor shows them above the UA's lines."""
    if case == "arabic":
        path = tmp_path / "ua-ar.txt"
        path.write_text(ARABIC, encoding="utf-8")
    else:
        path = tmp_path / "ua.pdf"
        path.write_bytes(
            seed_ua_pdf(extra_pages=30 if case == "pages" else 0, fax_field=case == "form-field")
        )
    told = draft_from_file(path).notes["input"]  # what draft-pack prints
    assert any(said in note for note in told), told

    dialog = _drafted_in_the_window(qtbot, window, path)
    assert dialog.draft is not None
    assert dialog.draft.notes["input"] == told
    notes = dialog.findChild(QLabel, "draftNotes")
    assert notes.isVisible()
    for note in told:
        assert note in notes.text()
    editor = _open_the_editor(qtbot, window, dialog)
    assert editor.source_pane is not None
    shown = editor.source_pane.findChild(QLabel, "sourceNotes")
    assert shown.isVisible()
    assert said in shown.text()


def test_arabic_text_is_not_said_to_be_in_lower_case() -> None:
    """A text in Arabic, a script without capitals, was noted "the text is all in lower
    case: check the capitals of names and titles". Now only a text whose letters are
    mostly of a script with capitals is, and it still is."""
    arabic = draft_pack(ARABIC + "info@amnesty.example\n").notes.get("input", [])
    assert not any("lower case" in note for note in arabic), arabic
    latin = draft_pack(SEED_TXT.read_text(encoding="utf-8").lower()).notes["input"]
    assert any("all in lower case" in note for note in latin), latin


# ---------------------------------------------------------------- F5: bytes before %PDF-


@pytest.mark.parametrize(
    "prefix",
    [b"\xef\xbb\xbf", b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n"],
    ids=["byte-order-mark", "http-header"],
)
def test_a_pdf_with_bytes_before_its_header_is_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, prefix: bytes
) -> None:
    """A PDF with a UTF-8 byte order mark or a download tool's HTTP header before
    "%PDF-", which pdftotext, pypdf and PDF readers open, was refused: "is not a PDF (it
    does not start with %PDF-)". Now the header is looked for in the first 1,024 bytes,
    as PDF readers do, and the file is drafted, in the window too."""
    path = tmp_path / "ua.pdf"
    path.write_bytes(prefix + seed_ua_pdf())
    assert "read from the text layer of a PDF" in read_source(path).notes
    assert draft_from_file(path).ua_number == "129/10"
    dialog = _drafted_in_the_window(qtbot, window, path)
    assert dialog.draft is not None
    assert "URGENT ACTION" in dialog.source.toPlainText()


def test_a_text_quoting_the_pdf_header_stays_text() -> None:
    """Looking further for the header does not make a PDF of a text that quotes it near
    its start (from the standard input, no ".pdf" name); a ".pdf" without it is still
    refused, now with a way forward."""
    text = "URGENT ACTION\nThe file began with %PDF-1.4 and was sent by fax.\n"
    assert source_from_bytes(text.encode(), "-").text == text
    with pytest.raises(Exception, match="print it to a new PDF"):
        source_from_bytes(b"x" * 1100 + seed_ua_pdf(), "ua.pdf")

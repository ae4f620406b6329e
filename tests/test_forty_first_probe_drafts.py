"""Probe 41 (F1, F5, F6): drafting a pack from an Urgent Action's file in the window."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import ROOT
from test_gui import open_window
from uawriter.drafting import (
    draft_from_file,
    read_source,
    source_from_bytes,
)
from uawriter.gui.draft_dialog import DraftDialog
from uawriter.gui.main_window import MainWindow

SEED_TXT = ROOT / "tests" / "data" / "drafting" / "ua-129-10-update3.txt"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "data")
    yield win
    win.services.languages.set_language("en")


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

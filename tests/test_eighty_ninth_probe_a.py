"""Probe 89a: the regressions of probes 88a and 88b. A country under a UA's headline is
now a running header only beside another line of the heading (probe 88b): a two-page UA
whose second page repeats just the country's name at its top has that line read into
what the page break cut in two (f1, f2). Closing the window while letters print now asks
first (probe 88a); Yes sends what was painted to the printer, uncounted (f3)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from letter_steps import choose, my_pack
from qt_helpers import ModalAnswers
from test_eighty_seventh_probe_b import _many_officials
from test_gui import open_window
from uawriter.drafting import draft_from_file
from uawriter.gui.printing import PagePrint
from uawriter.storage.tally import TallyBook

# An English UA laid out as some sections print them (fictional names): the country under
# the headline, and at the top of page 2 again as the page's running header.
PAGE_ONE = """URGENT ACTION
JOURNALIST DETAINED FOR REPORTING
RUSSIAN FEDERATION
UA 71/25 Index: EUR 46/9123/2025 Date: 12 May 2025

RAUF EXAMPLOV
Journalist Rauf Examplov was arrested on 2 May 2025 in Moscow. He is charged with
"smuggling" and faces up to twelve years in prison. He was detained by
{break_in_paragraph}Security Service officers at his home and taken to a detention centre.
(All names in this Urgent Action are invented.)

TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USING THIS MODEL LETTER

Prosecutor General
Ivan Examplovich
ul. Bolshaya Dmitrovka 15a
{break_in_address}Moscow 125993
Russian Federation
Email: info@genproc.example.ru

Dear Prosecutor General,
I urge you to release Rauf Examplov immediately and unconditionally.
Yours sincerely,

ADDITIONAL INFORMATION
Since 2023 more than 20 journalists have been detained in the country.
"""

#: The end of page 1 and the top of page 2.
BREAK = "\nPage 1 of 2\nRUSSIAN FEDERATION\n"


def _ua(tmp_path: Path, *, in_paragraph: bool) -> Path:
    text = PAGE_ONE.format(
        break_in_paragraph=BREAK if in_paragraph else "",
        break_in_address="" if in_paragraph else BREAK,
    )
    path = tmp_path / "ua-071-2025.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_f1_a_country_heading_page_two_is_read_into_the_officials_address(
    tmp_path: Path,
) -> None:
    """The organiser drafts a pack from a two-page UA (``uawriter draft-pack``, or Packs ▸
    New pack from an Urgent Action…). Page 2 starts in the middle of the Prosecutor
    General's address, under its running header: just the country, "RUSSIAN FEDERATION",
    as under the headline. Until probe 88b it was left out as the header it is; now it is
    read as a line of his address, between his street and his city: every letter's inside
    address and envelope says "ul. Bolshaya Dmitrovka 15a / RUSSIAN FEDERATION / Moscow
    125993", and nothing in the review table says a header was read in."""
    draft = draft_from_file(_ua(tmp_path, in_paragraph=False))

    prosecutor = draft.addressees[0]
    assert prosecutor.name == "Ivan Examplovich"
    assert prosecutor.address == ["ul. Bolshaya Dmitrovka 15a", "Moscow 125993"]


def test_f2_a_country_heading_page_two_is_read_into_the_paragraph_it_cuts(
    tmp_path: Path,
) -> None:
    """As f1, but page 2 starts in the middle of the case's paragraph, between "He was
    detained by" and "Security Service officers": the running header "RUSSIAN FEDERATION"
    (left out until probe 88b) is now read into the sentence. The pack's summary, shown to
    every volunteer, says "He was detained by RUSSIAN FEDERATION Security Service
    officers"."""
    draft = draft_from_file(_ua(tmp_path, in_paragraph=True))

    assert "detained by Security Service officers" in draft.summary, draft.summary


def test_f3_letters_that_printed_before_the_window_closed_are_not_counted(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A volunteer prints her letters to all 40 officials of a pack; they go to the
    printer a few pages at a time. The evening ends and the organiser closes the window:
    "Close while printing?", Yes. The pages painted so far go to the printer (whole
    letters among them, on paper to be posted), but none of those letters is counted in
    the tally: the evening's total is short by them. A print that failed part-way, or that
    she cancelled, counts the whole letters that went (PagePrint._fail, _next); closing
    counts nothing."""
    data = tmp_path / "data"
    mine = my_pack(data)
    _many_officials(mine, 37)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    letters = window.letters()
    assert len(letters) == 40
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    window.output.print_to(printer, letters, window.output_context())
    qtbot.waitUntil(
        lambda: any(run.painted >= 8 for run in window.findChildren(PagePrint)),
        timeout=120_000,
    )

    answers.expect(
        "printingQuestion",
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
    )
    window.unexported = False  # the letters left to send are not asked about here
    assert window.close()

    assert "printingQuestion" in answers.seen
    pages = len(PdfReader(printed).pages)  # a whole PDF: what was painted
    assert pages >= 8
    counted = TallyBook(window.services.paths.tally_file).read().letters
    assert len(counted) > 0, f"{pages} pages went to the printer, no letter counted"

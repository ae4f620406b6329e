"""The section office report: one page whatever the tally, read back with pypdf and
pdftotext, and looked at as pixels."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from helpers import normalise, pdf_words, poppler_text, render_png
from uawriter.rendering.report import case_rows, render_report
from uawriter.rendering.report_words import ENGLISH as LABELS
from uawriter.storage.tally import (
    Channel,
    EventInfo,
    ExtraCount,
    ExtraKind,
    LetterRecord,
    TallyContents,
)
from uawriter.storage.tally_totals import Totals, totals

MADE = dt.datetime(2026, 12, 10, 21, 42, tzinfo=dt.timezone(dt.timedelta(hours=5)))
EVENT = EventInfo("ev-1", "Write for Rights evening", "Pushkin Library, Almaty", "2026-12-10")


def record(number: int, ua: str, update: int, channel: Channel, language: str) -> LetterRecord:
    return LetterRecord(
        f"l{number}", "2026-12-10T19:00:00+05:00", EVENT.id, EVENT.name, ua, update, "p",
        "president", "President", channel, language, 3,
    )  # fmt: skip


def hand(number: int, ua: str, update: int, kind: ExtraKind, count: int) -> ExtraCount:
    return ExtraCount(
        f"x{number}", "2026-12-10T21:00:00+05:00", EVENT.id, EVENT.name, ua, update, "p",
        kind, count,
    )  # fmt: skip


def evening() -> Totals:
    letters = [
        *(record(n, "129/10", 3, Channel.FAX, "kk") for n in range(11)),
        *(record(20 + n, "129/10", 3, Channel.POST, "ru") for n in range(7)),
        *(record(40 + n, "129/10", 3, Channel.EMAIL, "en") for n in range(2)),
        *(record(60 + n, "45/26", 0, Channel.PRINT, "es") for n in range(4)),
    ]
    extras = [
        hand(1, "129/10", 3, ExtraKind.HANDWRITTEN, 5),
        hand(2, "129/10", 3, ExtraKind.SIGNATURES, 48),
        hand(3, "45/26", 0, ExtraKind.CARDS, 12),
    ]
    return totals(TallyContents(tuple(letters), tuple(extras)))


def many_cases(count: int) -> Totals:
    letters = [record(n, f"{n + 1}/26", n % 3, Channel.POST, "kk") for n in range(count)]
    extras = [hand(n, f"{n + 1}/26", n % 3, ExtraKind.SIGNATURES, n) for n in range(count)]
    return totals(TallyContents(tuple(letters), tuple(extras)))


def page_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), normalise(reader.pages[0].extract_text() or "")


def test_the_report_is_one_page_with_the_event_and_the_totals(tmp_path: Path) -> None:
    sums = evening()
    assert sums.everything == 29  # 24 in the app and 5 by hand

    pdf = render_report(sums, EVENT, MADE)

    pages, text = page_text(pdf)
    assert pages == 1
    for expected in (
        LABELS["title"],
        "Write for Rights evening",
        "Pushkin Library, Almaty",
        "2026-12-10",
        "2026-12-10 21:42 (UTC+05:00)",
        "29 letters written",
        "24 written in UA Writer, 5 written by hand",
        LABELS["footnote"],
    ):
        assert expected in text
    layout = poppler_text(pdf, "-layout")
    rows = {re.split(r"\s{2,}", line.strip())[0]: line.split() for line in layout.splitlines()}
    # Letters (post + print + handwritten), E-mails, Faxes, Signatures, Cards, Total
    assert rows["UA 129/10 (update 3)"][-6:] == ["12", "2", "11", "48", "–", "25"]
    assert rows["UA 45/26"][-6:] == ["4", "–", "–", "–", "12", "4"]
    assert rows["All cases"][-6:] == ["16", "2", "11", "48", "12", "29"]
    assert "Kazakh 11 · Russian 7 · Spanish 4 · English 2" in normalise(layout)
    assert "fax 11 · post 7 · printed 4 · e-mail 2" in normalise(layout)
    assert "72 pages" in layout


def test_the_same_tally_gives_the_same_bytes() -> None:
    assert render_report(evening(), EVENT, MADE) == render_report(evening(), EVENT, MADE)


def test_the_report_is_dated_when_it_was_made() -> None:
    info = PdfReader(io.BytesIO(render_report(evening(), EVENT, MADE))).metadata
    assert info is not None
    assert info["/CreationDate"] == "D:20261210214200+05'00'"
    assert info.title == f"{LABELS['title']}: Write for Rights evening"


def test_cases_are_in_the_order_of_their_numbers() -> None:
    labels = [row.label for row in case_rows(many_cases(12))]
    assert labels[:3] == ["UA 1/26", "UA 2/26 (update 1)", "UA 3/26 (update 2)"]
    assert labels[-1] == "UA 12/26 (update 2)"


@pytest.mark.parametrize("count", [60, 120])
def test_many_cases_still_fit_one_page(count: int, tmp_path: Path) -> None:
    sums = many_cases(count)

    pdf = render_report(sums, EVENT, MADE)

    pages, text = page_text(pdf)
    assert pages == 1
    layout = poppler_text(pdf, "-layout")
    assert f"{count} letters written" in text
    (all_cases,) = [line.split() for line in layout.splitlines() if "All cases" in line]
    assert all_cases == [
        "All",
        "cases",
        str(count),
        "0",
        "0",
        str(sum(range(count))),
        "0",
        str(count),
    ]
    if count == 60:  # two columns: every case is shown
        for number in (1, 30, 31, 60):
            assert f"UA {number}/26" in text
        assert "more cases" not in text
    else:  # the cases with least written are summed up in one row
        assert "more cases" in text


def test_a_cyrillic_event_name_is_in_the_text(tmp_path: Path) -> None:
    event = EventInfo("ev-kk", "Хат жазу кеші — Алматы", "Ұлттық кітапхана", "2026-12-10")

    pdf = render_report(evening(), event, MADE)

    _, text = page_text(pdf)
    assert "Хат жазу кеші — Алматы" in text
    assert "Ұлттық кітапхана" in text
    assert "Хат жазу кеші — Алматы" in poppler_text(pdf, "-layout")


def test_an_arabic_event_name_reads_back_in_order() -> None:
    event = EventInfo("ev-ar", "أمسية كتابة الرسائل", "عمّان", "2026-12-10")

    pdf = render_report(evening(), event, MADE)

    _, text = page_text(pdf)  # pypdf follows the /ActualText: the words in reading order
    assert "أمسية كتابة الرسائل" in text
    assert "عمّان" in text


@pytest.mark.parametrize("language", ["ar", "ar-EG", "en"])
def test_an_arabic_report_is_laid_out_from_the_right(language: str) -> None:
    """The report saved from the Arabic event window had its words in Arabic on a page laid
    out from the left: the title, the labels and the cases' names ragged on the right, the
    evening's figure on the left. A reader of Arabic starts at the right: there the page
    now starts, the table's case names at its right and the totals at its left."""
    pdf = render_report(evening(), EventInfo("ev", "Church Hall", "Leeds", "2026-12-10"), MADE)
    if language != "en":
        pdf = render_report(
            evening(), EventInfo("ev", "Church Hall", "Leeds", "2026-12-10"), MADE, language
        )
    page_width = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)
    words = pdf_words(pdf)
    figure = next(word for word in words if word.text == "29")  # the evening's total
    case = next(word for word in words if word.text == "45/26")  # the first case's name
    leeds = next(word for word in words if word.text == "Leeds")
    right_to_left = language != "en"
    assert (figure.left > page_width / 2) is right_to_left, (figure, page_width)
    assert (case.left > page_width / 2) is right_to_left, (case, page_width)
    # the values after the labels: against the labels, on the labels' far side
    assert (leeds.right > page_width / 2) is right_to_left, (leeds, page_width)
    in_the_cases_row = [w for w in words if abs(w.top - case.top) < 2 and w.text.isdigit()]
    if right_to_left:
        assert all(word.right < case.left for word in in_the_cases_row), in_the_cases_row
    else:
        assert all(word.left > case.right for word in in_the_cases_row), in_the_cases_row
    assert len(in_the_cases_row) >= 2, in_the_cases_row


def test_an_empty_tally_and_no_event() -> None:
    pdf = render_report(totals(TallyContents()), None, MADE.replace(tzinfo=None))

    pages, text = page_text(pdf)
    assert pages == 1
    assert LABELS["no_event"] in text
    assert LABELS["no_cases"] in text
    assert "2026-12-10 21:42" in text


def test_long_and_strange_names_are_cut_to_fit() -> None:
    event = EventInfo("ev", "A" * 400 + "\n\x1b[2J", "P\tlace " * 80, "2026-12-10")
    letters = [record(1, "9" * 260, 0, Channel.POST, "zz")]
    pdf = render_report(totals(TallyContents(tuple(letters))), event, MADE)

    pages, text = page_text(pdf)
    assert pages == 1
    assert "AAAA…" in text
    assert "\x1b" not in text
    assert "UA 9999" in text


def test_the_page_has_ink_in_the_table_and_white_margins(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(render_report(many_cases(60), EVENT, MADE))

    (png,) = render_png(path, tmp_path / "page", dpi=40)

    image = Image.open(png).convert("L")
    width, height = image.size
    margin = int(15 / 25.4 * 40)  # nothing within 15 mm of an edge
    for box in (
        (0, 0, width, margin),
        (0, height - margin, width, height),
        (0, 0, margin, height),
        (width - margin, 0, width, height),
    ):
        assert image.crop(box).getextrema()[0] > 200, f"ink near the edge in {box}"
    middle = image.crop((margin, height // 2, width - margin, height // 2 + 40))
    assert middle.getextrema()[0] < 100  # the table's numbers are there


def test_a_tally_of_thousands_of_languages_and_cases_is_measured_a_few_times(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A tally merged from other laptops with 4,000 different languages and cases took 46 s
    (50,000: more than two minutes): the line of languages was measured again for each
    count from all of them down, and each case's figures at each type size tried. Now by
    halving, each figure once and the names once: a count of measurements, not a time."""
    from uawriter.rendering import report

    letters = [record(n, f"{n + 1}/26", 0, Channel.POST, f"x{n:04d}") for n in range(4_000)]
    sums = totals(TallyContents(tuple(letters), ()))
    measured: list[str] = []
    real = report._width

    def counted(text: str, size: float, bold: bool = False) -> float:
        measured.append(text)
        return real(text, size, bold)

    monkeypatch.setattr(report, "_width", counted)
    pdf = render_report(sums, EVENT, MADE)
    assert len(measured) < 12_000  # about two for each case; 6 million before
    pages, text = page_text(pdf)
    assert pages == 1
    assert "4000 letters written" in text or "4,000 letters written" in text
    assert "more" in poppler_text(pdf, "-layout")  # "… and 3,990 more" languages, more cases

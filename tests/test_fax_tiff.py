"""Faxes for a fax modem: the seed letters as TIFF Class F files, read back with Pillow, and
the "what the fax machine will print" dialog showing the same pages."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageSequence
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from helpers import SEED_ID
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose, render_letters
from uawriter.rendering import Paper
from uawriter.rendering.fax_tiff import (
    FAX_WIDTH,
    fax_pages,
    fax_tiff,
    tiff_from_pages,
    write_fax_tiff,
)

DATE = dt.date(2026, 11, 27)
#: Lines down a page at 196 lines per inch: A4 is 297 mm, US Letter 11 in (shrunk by
#: 1728/1734 to fit the scan line).
A4_LINES = round(297 / 25.4 * 196)
LETTER_LINES = round(11 * 196 * FAX_WIDTH / (8.5 * 204))


def _fax_pdf(pack: Pack, addressee_id: str, sender: Sender, paper: Paper = Paper.A4) -> bytes:
    addressee = pack.addressee(addressee_id)
    text = compose(pack, addressee, "kk", sender, DATE)
    return render_letters([Letter(pack, addressee, "kk", text, as_fax=True)], sender, DATE, paper)


@pytest.fixture(scope="module")
def kazakh_faxes(packs: dict[str, Pack]) -> dict[str, bytes]:
    """Each seed addressee's fax in Kazakh (cover sheet and letter), as the app makes it."""
    pack = packs[SEED_ID]
    sender = Sender("Aigerim N.", ("12 Abay Avenue", "Almaty 050000"), "aigerim@example.org")
    return {a.id: _fax_pdf(pack, a.id, sender) for a in pack.addressees}


def _black_share(page: Image.Image) -> float:
    histogram = page.convert("L").histogram()
    return histogram[0] / (page.width * page.height)


def test_every_seed_fax_is_one_tiff_f_file(kazakh_faxes: dict[str, bytes], tmp_path: Path) -> None:
    assert set(kazakh_faxes) == {"president", "prosecutor-general", "foreign-minister"}
    for addressee, pdf in kazakh_faxes.items():
        pdf_pages = len(PdfReader(io.BytesIO(pdf)).pages)
        assert pdf_pages >= 2  # the cover sheet and the letter
        path = write_fax_tiff(pdf, tmp_path / f"{addressee}.tif")
        assert path == tmp_path / f"{addressee}.tif"
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
        with Image.open(path) as tiff:
            assert tiff.n_frames == pdf_pages, addressee
            for number, frame in enumerate(ImageSequence.Iterator(tiff)):
                assert frame.mode == "1"
                assert frame.width == FAX_WIDTH
                assert abs(frame.height - A4_LINES) <= 1
                assert frame.info["compression"] == "group4"
                assert frame.info["dpi"] == pytest.approx((204, 196))
                tags = frame.tag_v2
                assert tags[262] == 0  # PhotometricInterpretation: white is zero
                assert tags[296] == 2  # ResolutionUnit: inch
                assert tags[297] == (number, pdf_pages)  # PageNumber
                assert tags[278] == frame.height  # one strip a page
                # text on every page, and mostly white paper
                assert 0.003 < _black_share(frame) < 0.15, (addressee, number)
                # the A4 page is centred on the scan line: white either side
                assert _black_share(frame.crop((0, 0, 20, frame.height))) == 0
                assert _black_share(frame.crop((FAX_WIDTH - 20, 0, FAX_WIDTH, 500))) == 0


def test_the_tiff_holds_the_very_pages_of_the_preview(kazakh_faxes: dict[str, bytes]) -> None:
    """Group 4 loses nothing: the file read back is dot for dot what the dialog shows."""
    pdf = kazakh_faxes["president"]
    pages = fax_pages(pdf)
    with Image.open(io.BytesIO(tiff_from_pages(pages))) as tiff:
        for page, frame in zip(pages, ImageSequence.Iterator(tiff), strict=True):
            difference = ImageChops.difference(page.convert("L"), frame.convert("L"))
            assert difference.getbbox() is None


def test_group_3_for_fax_software_that_asks_for_it(kazakh_faxes: dict[str, bytes]) -> None:
    pdf = kazakh_faxes["prosecutor-general"]
    with Image.open(io.BytesIO(fax_tiff(pdf, group=3))) as tiff:
        assert tiff.n_frames == len(PdfReader(io.BytesIO(pdf)).pages)
        assert tiff.info["compression"] == "group3"
        assert tiff.tag_v2[262] == 0
        assert tiff.width == FAX_WIDTH
    with pytest.raises(ValueError, match="group 3 or 4"):
        fax_tiff(pdf, group=5)


def test_us_letter_is_shrunk_to_the_scan_line(packs: dict[str, Pack], sender: Sender) -> None:
    pdf = _fax_pdf(packs[SEED_ID], "president", sender, Paper.LETTER)
    pages = fax_pages(pdf)
    assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    for page in pages:
        assert page.mode == "1"
        assert page.size[0] == FAX_WIDTH
        assert abs(page.size[1] - LETTER_LINES) <= 1
        assert 0.003 < _black_share(page) < 0.15


def test_text_keeps_its_size_on_the_fax(kazakh_faxes: dict[str, bytes]) -> None:
    """The cover sheet's text block spans the same share of the fax page as of the PDF
    page: nothing is cropped or stretched on the way to 204 × 196 dpi."""
    pdf = kazakh_faxes["president"]
    fax = fax_pages(pdf)[1]
    box = ImageChops.invert(fax.convert("L")).getbbox()
    assert box is not None
    left, top, right, bottom = box
    # the letter's left margin on A4 (about 20 mm or more) at 204 dpi, plus the centring
    assert left > (FAX_WIDTH - 1687) // 2 + 20 / 25.4 * 204 * 0.8
    assert right < FAX_WIDTH - left + 60  # margins roughly even
    assert top > 10 / 25.4 * 196
    assert bottom < A4_LINES - 5 / 25.4 * 196


@pytest.mark.skipif(shutil.which("tiffinfo") is None, reason="libtiff-tools not installed")
def test_libtiff_reads_it_as_fax_software_does(
    kazakh_faxes: dict[str, bytes], tmp_path: Path
) -> None:
    path = write_fax_tiff(kazakh_faxes["president"], tmp_path / "fax.tif")
    report = subprocess.run(
        ["tiffinfo", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "CCITT Group 4" in report
    assert "min-is-white" in report
    assert "Resolution: 204, 196 pixels/inch" in report
    assert "Image Width: 1728" in report


def test_a_page_read_back_as_png_has_lines_of_text(
    kazakh_faxes: dict[str, bytes], tmp_path: Path
) -> None:
    """The first letter page, dot for dot, as a PNG a person can look at: its top holds
    separate lines of text (rows with black dots between rows without)."""
    with Image.open(io.BytesIO(fax_tiff(kazakh_faxes["president"]))) as tiff:
        tiff.seek(1)
        tiff.convert("L").save(tmp_path / "fax-page-2.png")
    with Image.open(tmp_path / "fax-page-2.png") as png:
        top = png.crop((0, 0, png.width, png.height // 3))
        inked = [top.crop((0, y, top.width, y + 1)).getextrema()[0] == 0 for y in range(top.height)]
    starts = sum(1 for above, here in itertools.pairwise(inked) if here and not above)
    assert starts >= 8  # the sender's lines, the date, the address lines


# ------------------------------------------------------------------ the preview dialog


def test_preview_dialog_shows_every_page_with_square_dots(
    qtbot: QtBot, kazakh_faxes: dict[str, bytes], tmp_path: Path
) -> None:
    from uawriter.gui.fax_preview import ASPECT, FaxPreviewDialog

    pdf = kazakh_faxes["foreign-minister"]
    pages = fax_pages(pdf)
    dialog = FaxPreviewDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_pages(pages)
    assert dialog.objectName() == "faxPreviewDialog"
    assert len(dialog.page_labels) == len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert "204 × 196" in dialog.explanation.text()

    # fit to width: the page fills the view across, and is stretched down by 204/196
    assert dialog.fitting
    pixmap = dialog.page_labels[0].pixmap()
    assert pixmap.width() < FAX_WIDTH
    assert pixmap.width() > dialog.view.viewport().width() * 0.8
    expected = pages[0].height / pages[0].width * ASPECT
    assert pixmap.height() / pixmap.width() == pytest.approx(expected, abs=0.005)

    # 100 %: one fax dot to one screen pixel across
    dialog.actual.click()
    assert not dialog.fitting
    pixmap = dialog.page_labels[0].pixmap()
    assert pixmap.width() == FAX_WIDTH
    assert pixmap.height() == round(pages[0].height * ASPECT)
    # the pixels are the fax's: black text on white
    image = pixmap.toImage()
    assert image.pixelColor(5, 5).lightness() == 255
    qtbot.wait(50)  # the scroll range follows the new page size
    dialog.view.verticalScrollBar().setValue(300)
    dialog.grab().save(str(tmp_path / "preview-100.png"))
    dialog.fit.click()
    dialog.view.verticalScrollBar().setValue(0)
    qtbot.wait(100)
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_preview_dialog_rasterises_on_the_render_thread(
    qtbot: QtBot, kazakh_faxes: dict[str, bytes]
) -> None:
    from uawriter.gui.fax_preview import FaxPreviewDialog
    from uawriter.gui.tasks import TaskRunner

    tasks = TaskRunner()
    dialog = FaxPreviewDialog(tasks)
    qtbot.addWidget(dialog)
    pdf = kazakh_faxes["president"]
    dialog.render_pdf(pdf)
    assert dialog.page_labels == []  # not yet: the work is on a worker thread
    count = len(PdfReader(io.BytesIO(pdf)).pages)
    qtbot.waitUntil(lambda: len(dialog.page_labels) == count, timeout=30_000)
    # "3 pages" once the English translation (its plurals) is installed, else the source
    assert re.fullmatch(rf"{count} page(s|\(s\))", dialog.status.text())
    tasks.close()


def test_export_channel_fax_tiff_writes_one_file_per_fax_and_counts_it(tmp_path: Path) -> None:
    from test_cli import cli
    from uawriter.paths import AppPaths
    from uawriter.storage.tally import TallyBook

    paths = AppPaths(tmp_path / "data")
    outcome = cli(
        paths,
        *("export", "--pack", SEED_ID, "--lang", "ru", "--channel", "fax-tiff"),
        *("--out", str(tmp_path / "faxes"), "--sender-name", "Aigerim N."),
    )
    assert outcome.code == 0, outcome.err
    files = sorted((tmp_path / "faxes").iterdir())
    assert [f.suffix for f in files] == [".tif"] * 3
    assert all(f.name.endswith(" - ru fax.tif") for f in files)
    for file in files:
        with Image.open(file) as tiff:
            assert tiff.format == "TIFF"
            assert tiff.info["compression"] == "group4"
            assert tiff.n_frames >= 2
    counted = TallyBook(paths.tally_file).read().letters
    assert [r.channel.value for r in counted] == ["fax"] * 3
    refused = cli(
        paths,
        *("export", "--pack", SEED_ID, "--lang", "ru", "--channel", "fax-tiff"),
        *("--combined", str(tmp_path / "all.tif")),
    )
    assert refused.code == 2
    assert "one file per fax" in refused.err


def test_a_fax_of_more_than_30_pages_is_refused(tmp_path: Path) -> None:
    """A PDF of 40 pages is not turned into a fax of 40 pages (the pages were held in
    memory: 965 MB for 114 pages); nothing is written. (The app lays out no letter of more
    than 30 pages: this PDF holds two letters of 20.)"""
    from uawriter.rendering.document import OutgoingLetter
    from uawriter.rendering.fax_tiff import MAX_FAX_PAGES, FaxTooLong
    from uawriter.rendering.pdf import render_pdf

    letter = OutgoingLetter("en", "X", "A line of the letter.\n" * 800)
    pdf = render_pdf([letter, letter])
    assert len(PdfReader(io.BytesIO(pdf)).pages) > MAX_FAX_PAGES
    with pytest.raises(FaxTooLong, match="a fax is at most 30: shorten the letter"):
        write_fax_tiff(pdf, tmp_path / "long.tif")
    assert list(tmp_path.iterdir()) == []

"""A letter PDF as a fax machine receives it: 1-bit pages at T.4 fine resolution, and the
multi-page TIFF Class F file that fax modem software (HylaFAX ``sendfax``, ``efax``) sends.

A fax machine scans a page on a fixed grid: 1728 dots across the 215 mm scan line (the
ITU-T T.4 page width, about 204 dots per inch) and, in "fine" mode, 196 lines per inch down.
Every dot is black or white. Small print and grey lines that look fine on screen can break
up on that grid, so the volunteer can look at these pages before sending (the GUI's fax
preview) and the modem sends exactly them.

pypdfium2 and Pillow load when the first page is rasterised: importing this module is cheap.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

from uawriter.atomic import write_bytes_atomic
from uawriter.rendering.document import MAX_LETTER_PAGES, TooManyPages

if TYPE_CHECKING:
    from PIL import Image

#: Dots across a T.4 scan line: every page of a fax is exactly this wide.
FAX_WIDTH = 1728
#: T.4 "fine" resolution: dots per inch across, lines per inch down.
FAX_DPI_ACROSS = 204
FAX_DPI_DOWN = 196
#: A grey dot from the anti-aliased render prints black below this level (0 black, 255
#: white): a dot goes black once ink covers more than about 37 % of it. A little darker
#: than the midpoint, as a scanner errs towards black, so a thin stroke that falls between
#: two scan lines keeps one dot instead of vanishing.
BLACK_BELOW = 160

_PDF_POINTS_PER_INCH = 72
_PHOTOMETRIC = 262  # TIFF tag PhotometricInterpretation
_PAGE_NUMBER = 297  # TIFF tag PageNumber: this page (from 0) and the page count
_SHORT = 3  # TIFF field type
_MIN_IS_WHITE = 0


#: A fax longer than this is not sent as one (each page takes 4 MB while the file is made):
#: the bound on every letter's pages, so the app never lays out a fax longer than this.
MAX_FAX_PAGES = MAX_LETTER_PAGES


class FaxTooLong(TooManyPages):
    """A letter with more pages than a fax should have: the message says what to do."""

    def __init__(self, pages: int) -> None:
        super().__init__(
            f"this fax would have {pages} pages; a fax is at most {MAX_FAX_PAGES}: shorten "
            "the letter, or send it by post or e-mail"
        )
        self.pages = pages


def fax_pages(pdf: bytes) -> list[Image.Image]:
    """Every page of ``pdf`` as the fax machine at the other end prints it: mode "1" (1 bit,
    white 1, black 0), 1728 dots wide, 204 × 196 dots per inch, the page centred on white.

    An A4 page (1687 dots at 204 dpi) is centred on the 1728-dot line as a fax machine
    scans it; a wider one (US Letter: 1734 dots) is shrunk to fit, its shape kept.
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        if len(document) > MAX_FAX_PAGES:
            raise FaxTooLong(len(document))
        return [_fax_page(document[index]) for index in range(len(document))]
    finally:
        document.close()


def _fax_page(page: Any) -> Image.Image:
    """One page (a ``pypdfium2.PdfPage``, untyped) at 204 × 196 dpi, in black and white,
    centred on a 1728-dot line; the page is closed."""
    from PIL import Image

    try:
        width_pt, height_pt = page.get_size()
        across = min(FAX_DPI_ACROSS, FAX_WIDTH * _PDF_POINTS_PER_INCH / width_pt)
        down = across * FAX_DPI_DOWN / FAX_DPI_ACROSS
        # pdfium renders at one scale for both axes: render at the dots-across resolution,
        # then shrink the height to the lines-down resolution (by 196/204, a 4 % change,
        # which Lanczos does without blurring the strokes).
        bitmap = page.render(scale=across / _PDF_POINTS_PER_INCH, grayscale=True)
        try:
            grey = bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    finally:
        page.close()
    size = (
        min(FAX_WIDTH, round(width_pt * across / _PDF_POINTS_PER_INCH)),
        round(height_pt * down / _PDF_POINTS_PER_INCH),
    )
    grey = grey.resize(size, Image.Resampling.LANCZOS)
    sheet = Image.new("1", (FAX_WIDTH, size[1]), 255)
    sheet.paste(_threshold(grey), ((FAX_WIDTH - size[0]) // 2, 0))
    return sheet


def _threshold(grey: Image.Image) -> Image.Image:
    """Black and white by a plain threshold, not dithering: dithering scatters dots along
    every letter's edge (ragged text, and a G4 file twice the size) to render grey tones
    that a letter does not have, while a threshold keeps strokes solid and edges clean."""
    lookup = [0 if level < BLACK_BELOW else 255 for level in range(256)]
    return grey.point(lookup).convert("1", dither=None)


def fax_tiff(pdf: bytes, group: int = 4) -> bytes:
    """``pdf`` as one multi-page TIFF Class F file: CCITT Group 4 (``group=4``) or Group 3
    one-dimensional (``group=3``, for fax software that asks for it), 204 × 196 dpi, one
    strip per page, white is zero (PhotometricInterpretation 0), pages numbered."""
    return tiff_from_pages(fax_pages(pdf), group)


def tiff_from_pages(pages: list[Image.Image], group: int = 4) -> bytes:
    """Already rasterised fax pages (from :func:`fax_pages`) as a TIFF Class F file.

    Class F wants white as zero; Pillow writes 1-bit images black as zero and, asked for
    white as zero, inverts them a dot at a time in Python (seconds a page). So the pages
    are inverted here (in C) and written black-is-zero, and :func:`_mark_min_is_white`
    then relabels them: the same page, in the form fax software expects.
    """
    from PIL import ImageChops

    if group not in (3, 4):
        raise ValueError(f"fax compression is CCITT group 3 or 4, not {group}")
    if not pages:
        raise ValueError("no pages to fax")
    inverted = [ImageChops.invert(page.convert("1")) for page in pages]
    options_tag = 293 if group == 4 else 292  # T6Options / T4Options: 0, the plain coding
    tags = {
        254: 2,  # NewSubfileType: one page of a multi-page document
        266: 1,  # FillOrder: most significant bit first
        278: max(page.height for page in pages),  # RowsPerStrip: one strip a page
        _PAGE_NUMBER: (0, 0),  # set page by page by _mark_min_is_white
        options_tag: 0,
    }
    buffer = io.BytesIO()
    inverted[0].save(
        buffer,
        "TIFF",
        save_all=True,
        append_images=inverted[1:],
        compression=f"group{group}",
        dpi=(FAX_DPI_ACROSS, FAX_DPI_DOWN),
        tiffinfo=tags,
    )
    data = bytearray(buffer.getvalue())
    _mark_min_is_white(data)
    return bytes(data)


def write_fax_tiff(pdf: bytes, path: Path, group: int = 4) -> Path:
    """Write :func:`fax_tiff` of ``pdf`` to ``path`` whole or not at all; returns ``path``."""
    path = Path(path)
    write_bytes_atomic(path, fax_tiff(pdf, group))
    return path


def _mark_min_is_white(tiff: bytearray) -> None:
    """Set every page's PhotometricInterpretation to 0 (white is zero) and its PageNumber to
    (page, count), in place: both are short values inside the page's directory entry, so
    no offset in the file moves."""
    order = {b"II": "<", b"MM": ">"}.get(bytes(tiff[:2]))
    if order is None:
        raise ValueError("not a TIFF file")
    directories = _directory_offsets(tiff, order)
    for number, offset in enumerate(directories):
        (count,) = struct.unpack_from(order + "H", tiff, offset)
        marked = False
        for entry in range(offset + 2, offset + 2 + 12 * count, 12):
            tag, kind, values = struct.unpack_from(order + "HHI", tiff, entry)
            if tag == _PHOTOMETRIC and kind == _SHORT and values == 1:
                struct.pack_into(order + "H", tiff, entry + 8, _MIN_IS_WHITE)
                marked = True
            elif tag == _PAGE_NUMBER and kind == _SHORT and values == 2:
                struct.pack_into(order + "HH", tiff, entry + 8, number, len(directories))
        if not marked:
            raise ValueError(f"page {number + 1} of the TIFF has no PhotometricInterpretation")


def _directory_offsets(tiff: bytearray, order: str) -> list[int]:
    """Where each page's directory (IFD) starts, following the chain from the header."""
    offsets: list[int] = []
    (offset,) = struct.unpack_from(order + "I", tiff, 4)
    while offset:
        if offset in offsets or offset + 2 > len(tiff):
            raise ValueError("damaged TIFF directory chain")
        offsets.append(offset)
        (count,) = struct.unpack_from(order + "H", tiff, offset)
        (offset,) = struct.unpack_from(order + "I", tiff, offset + 2 + 12 * count)
    return offsets

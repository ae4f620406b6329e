"""Envelopes and sheets of address labels, as PDF, for letters that go by post.

An envelope page is the envelope itself, landscape, fed through the printer: the return
address small at the top left, the stamp's corner left empty, "PAR AVION / BY AIR MAIL"
under it for mail going abroad, and the address block in the lower right half, where
sorting machines and postal workers look for it (on a DL envelope that is also where a
window would be). Label sheets follow the two common layouts, Avery L7160 (A4) and 5160
(US Letter). Text shrinks to fit its space down to a size that still reads, and a line
too long even then is cut with "…", so nothing is printed outside the envelope or over
the edge of a label. Every line is drawn with the bundled fonts, so Cyrillic, Arabic or
Chinese addresses print as they are.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from uawriter.channels.postal import EnvelopeAddress
from uawriter.rendering.bidi import (
    FIRST_STRONG_ISOLATE,
    POP_ISOLATE,
    base_direction,
    block_directions,
    has_rtl,
    strong_direction,
    visual,
)
from uawriter.rendering.fonts import REGULAR, register_fonts, text_width
from uawriter.rendering.lines import draw_line

#: The airmail mark, in French (the Universal Postal Union's language) and English.
AIRMAIL = ("PAR AVION", "BY AIR MAIL")
ELLIPSIS = "…"
#: Line spacing as a multiple of the font size.
LEADING = 1.2
#: Where the font's letters reach above and below the baseline (Noto Sans: 1.069 and
#: 0.293 em), so a block is fitted by the space its ink takes, not only its baselines.
ASCENT = 1.07
DESCENT = 0.3
#: Font sizes are tried from the largest down in steps of this many points.
SIZE_STEP = 0.5


@dataclass(frozen=True)
class EnvelopeSize:
    """An envelope, landscape, and where its address block goes (all in points)."""

    name: str
    width: float
    height: float
    #: left edge of the address block, from the left
    address_left: float
    #: top of the address block, from the top
    address_top: float
    #: kept free at the bottom and the right, for the post's barcodes
    address_margin: float = 15 * mm
    #: the stamp's corner, top right
    stamp_width: float = 40 * mm
    stamp_height: float = 25 * mm
    #: nothing printed closer to an edge than this
    margin: float = 8 * mm


ENVELOPE_SIZES = {
    "dl": EnvelopeSize("DL", 220 * mm, 110 * mm, address_left=95 * mm, address_top=50 * mm),
    "c5": EnvelopeSize("C5", 229 * mm, 162 * mm, address_left=100 * mm, address_top=72 * mm),
    "us10": EnvelopeSize(
        "No. 10", 9.5 * inch, 4.125 * inch, address_left=4 * inch, address_top=49 * mm
    ),
}


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of labels: page size, grid and the label's own margins (points)."""

    name: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    top_margin: float
    side_margin: float
    pitch_x: float
    pitch_y: float
    padding_x: float
    padding_y: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_box(self, index: int) -> tuple[float, float, float, float]:
        """(left, bottom, width, height) of the label at ``index`` on its page, row by row."""
        row, column = divmod(index % self.per_page, self.columns)
        left = self.side_margin + column * self.pitch_x
        top = self.page_height - self.top_margin - row * self.pitch_y
        return left, top - self.label_height, self.label_width, self.label_height


LABEL_SHEETS = {
    "l7160": LabelSheet(
        "L7160",
        210 * mm,
        297 * mm,
        columns=3,
        rows=7,
        label_width=63.5 * mm,
        label_height=38.1 * mm,
        top_margin=15.15 * mm,
        side_margin=7.25 * mm,
        pitch_x=66.04 * mm,
        pitch_y=38.1 * mm,
        padding_x=4 * mm,
        padding_y=2.5 * mm,
    ),
    "5160": LabelSheet(
        "5160",
        8.5 * inch,
        11 * inch,
        columns=3,
        rows=10,
        label_width=2.625 * inch,
        label_height=1 * inch,
        top_margin=0.5 * inch,
        side_margin=0.1875 * inch,
        pitch_x=2.75 * inch,
        pitch_y=1 * inch,
        padding_x=0.14 * inch,
        padding_y=0.06 * inch,
    ),
}

#: Font sizes (points): the largest tried first, the smallest still read at arm's length.
ADDRESS_SIZES = (11.0, 7.0)
SENDER_SIZES = (8.0, 6.0)
LABEL_SIZES = (10.0, 5.5)
LABEL_SENDER_SIZE = 5.0
AIRMAIL_SIZES = (9.0, 7.0)


@dataclass(frozen=True)
class Block:
    """Lines fitted to a box: the size they are drawn at and the lines as drawn."""

    size: float
    lines: tuple[str, ...]
    #: Whether some of the text given is not drawn (cut with "…" to fit).
    cut: bool = False

    @property
    def leading(self) -> float:
        return self.size * LEADING

    @property
    def height(self) -> float:
        """From the top of the first line's letters to the bottom of the last line's."""
        if not self.lines:
            return 0.0
        return (ASCENT + DESCENT) * self.size + (len(self.lines) - 1) * self.leading

    @property
    def width(self) -> float:
        return max((line_width(line, self.size) for line in self.lines), default=0.0)


def line_width(line: str, size: float) -> float:
    """Width of a line as drawn: right-to-left lines are measured in their joined shapes."""
    shown = visual(line, base_direction(line)) if has_rtl(line) else line
    return text_width(shown, size)


def cut_to_width(line: str, width: float, size: float) -> str:
    """``line`` shortened with "…" so it is at most ``width`` wide (binary search, as
    an address line pasted by mistake can be a whole paragraph)."""
    if line_width(line, size) <= width:
        return line
    low, high = 0, len(line)  # line[:low] + "…" fits; line[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if line_width(line[:middle].rstrip() + ELLIPSIS, size) <= width:
            low = middle
        else:
            high = middle
    return line[:low].rstrip() + ELLIPSIS


def return_line(lines: Sequence[str], width: float, size: float) -> str:
    """A return address as one line at most ``width`` wide: whole if it fits, else its
    middle lines (the street) left out for "…" before its first (the name) or its last
    (postcode, town, country) are cut: a label cut at its end kept the street and lost
    the town, and a letter the post could not deliver could not come back (probe 79b)."""
    if len({strong_direction(line) for line in lines} - {None}) > 1:
        # each part read in its own direction: "12 شارع النيل" after a Latin name kept its
        # number by the name, the town and country between it and its street (probe 82c)
        lines = [f"{FIRST_STRONG_ISOLATE}{line}{POP_ISOLATE}" for line in lines]
    joined = ", ".join(lines)
    if len(lines) < 3 or line_width(joined, size) <= width:
        return cut_to_width(joined, width, size)
    first, rest = lines[0], list(lines[1:])
    while len(rest) > 1:  # the street, then each line after it, until the rest fits
        rest.pop(0)
        tail = ", ".join([ELLIPSIS, *rest])
        line = f"{first}, {tail}"
        if line_width(line, size) <= width:
            return line
    room = width - line_width(f", {tail}", size)
    if room > line_width(first[:3] + ELLIPSIS, size):
        return f"{cut_to_width(first, room, size)}, {tail}"
    return cut_to_width(joined, width, size)


def _merge_to(lines: list[str], count: int) -> list[str]:
    """At most ``count`` lines, joining the middle ones with ", " so the first lines (the
    name) and the last (town, country) stay whole and where the post looks for them."""
    merged = list(lines)
    while len(merged) > max(count, 1) and len(merged) > 2:
        middle = len(merged) // 2
        merged[middle - 1 : middle + 1] = [f"{merged[middle - 1]}, {merged[middle]}"]
    return merged[: max(count, 1)]


def wrap_line(line: str, width: float, size: float) -> list[str]:
    """``line`` broken between words into lines at most ``width`` wide (a single word wider
    than that stays whole, to be cut later). Each line's words are found by halving: adding
    one word at a time and measuring again (right-to-left text is reordered at each
    measure) took seconds for an address line of many short words."""
    words = line.split()
    lines: list[str] = []
    start = 0
    while start < len(words):
        if line_width(" ".join(words[start:]), size) <= width:
            lines.append(" ".join(words[start:]))
            break
        fits, too_many = start + 1, len(words)  # words[start:fits] fit (or are one word)
        while too_many - fits > 1:
            middle = (fits + too_many) // 2
            if line_width(" ".join(words[start:middle]), size) <= width:
                fits = middle
            else:
                too_many = middle
        lines.append(" ".join(words[start:fits]))
        start = fits
    return lines


def _fits(block: Block, width: float, height: float) -> bool:
    return block.width <= width and block.height <= height


def _sizes(largest: float, smallest: float) -> list[float]:
    count = round((largest - smallest) / SIZE_STEP)
    return [largest - step * SIZE_STEP for step in range(count + 1)]


#: Characters of a line, and lines, an address block shows: a postal address has up to
#: eight lines, and a line wider than an envelope at the smallest size is cut anyway. (Forty
#: lines of 400 characters of right-to-left words took 20 s an envelope to fit.)
ENVELOPE_LINE_CHARS = 160
ENVELOPE_LINES = 12


def fit_block(
    lines: Sequence[str], width: float, height: float, sizes: tuple[float, float]
) -> Block:
    """The lines at the largest size from ``sizes`` (largest, smallest) that fits the box.

    Lines are kept whole while the text stays within a fifth of its largest size; then a
    line too wide is broken between words, as a long ministry's name reads better on two
    lines than in tiny letters; at the smallest size, what is still too wide is cut with
    "…" and, if there are too many lines, middle lines are joined.
    """
    largest, smallest = sizes
    given = ", ".join(lines)
    # More than an envelope or a label can show at its smallest size is cut first: an
    # address line of 60,000 letters was wrapped and measured at every size (5 s a label).
    # The first lines (the name) and the last (town, country) are kept whole; the middle
    # ones are joined with ", " (none is left out unseen: a line too long is cut with "…").
    if len(lines) > ENVELOPE_LINES:
        lines = _merge_to(list(lines), ENVELOPE_LINES)
    lines = [
        line if len(line) <= ENVELOPE_LINE_CHARS else line[: ENVELOPE_LINE_CHARS - 1] + ELLIPSIS
        for line in lines
    ]
    shortened = ", ".join(lines) != given
    comfortable = max(smallest, largest * 0.8)
    for size in _sizes(largest, comfortable):
        if _fits(block := Block(size, tuple(lines), shortened), width, height):
            return block
    for size in _sizes(largest, smallest):
        wrapped = tuple(part for line in lines for part in wrap_line(line, width, size))
        if _fits(block := Block(size, wrapped, shortened), width, height):
            return block
    room = 1 + int((height - (ASCENT + DESCENT) * smallest) // (smallest * LEADING))
    drawn = tuple(cut_to_width(line, width, smallest) for line in _merge_to(list(lines), room))
    # middle lines joined with ", " lose nothing; a line cut with "…" or left out does
    return Block(smallest, drawn, cut=", ".join(drawn) != given)


def draw_block(canvas: Canvas, left: float, top: float, block: Block) -> None:
    """The block's lines from ``top`` down; a right-to-left line (or a postcode among
    right-to-left lines) ends at the block's right."""
    right = left + block.width
    baseline = top - ASCENT * block.size
    for line, direction in zip(block.lines, block_directions(block.lines), strict=True):
        if direction == "R":
            draw_line(canvas, right, baseline, line, block.size, align="right")
        else:
            draw_line(canvas, left, baseline, line, block.size)
        baseline -= block.leading


def _canvas(
    buffer: io.BytesIO, page: tuple[float, float], title: str, sender: Sequence[str]
) -> Canvas:
    canvas = Canvas(buffer, pagesize=page, invariant=1, initialFontName=REGULAR)
    canvas.setTitle(title)
    canvas.setAuthor(sender[0] if sender else "UA Writer")
    canvas.setCreator("UA Writer")
    canvas.setProducer("UA Writer")
    return canvas


def _check(addresses: Sequence[EnvelopeAddress], key: str, known: Sequence[str], what: str) -> None:
    if key not in known:
        raise ValueError(f"unknown {what} {key!r}; choose one of: {', '.join(known)}")
    if not addresses:
        raise ValueError("no addresses to print")


def _draw_airmail(canvas: Canvas, envelope: EnvelopeSize) -> None:
    """The airmail mark, two centred lines in a box, under the stamp's corner."""
    big, small = AIRMAIL_SIZES
    pad = 1.5 * mm
    gap = 0.2 * small
    widths = (text_width(AIRMAIL[0], big, bold=True), text_width(AIRMAIL[1], small))
    width = max(widths) + 2 * pad
    height = 2 * pad + (ASCENT + DESCENT) * (big + small) + gap
    right = envelope.width - envelope.margin
    top = envelope.height - envelope.margin - envelope.stamp_height - 1.5 * mm
    left = right - width
    canvas.setStrokeColor(black)
    canvas.setLineWidth(1)
    canvas.rect(left, top - height, width, height)
    centre = left + width / 2
    first = top - pad - ASCENT * big
    second = first - DESCENT * big - gap - ASCENT * small
    draw_line(canvas, centre - widths[0] / 2, first, AIRMAIL[0], big, bold=True)
    draw_line(canvas, centre - widths[1] / 2, second, AIRMAIL[1], small)


def _sender_block(envelope: EnvelopeSize, sender: Sequence[str]) -> Block | None:
    """The return address fitted to its corner of ``envelope``: once for every envelope
    (fitted again on each, a long right-to-left return address took 0.5 s an envelope,
    minutes for a pack's; probe 79a)."""
    if not sender:
        return None
    margin = envelope.margin
    width = min(90 * mm, envelope.address_left - 2 * margin)
    return fit_block(sender, width, envelope.address_top - 2 * margin, SENDER_SIZES)


def _draw_envelope(
    canvas: Canvas, envelope: EnvelopeSize, address: EnvelopeAddress, sender: Block | None
) -> bool:
    """One envelope; returns whether its address had to be cut to fit."""
    if sender is not None:
        draw_block(canvas, envelope.margin, envelope.height - envelope.margin, sender)
    if address.abroad:
        _draw_airmail(canvas, envelope)
    left = envelope.address_left
    top = envelope.height - envelope.address_top
    width = envelope.width - envelope.address_margin - left
    height = top - envelope.address_margin
    block = fit_block(address.lines, width, height, ADDRESS_SIZES)
    draw_block(canvas, left, top, block)
    return block.cut


def render_envelopes(
    addresses: Sequence[EnvelopeAddress],
    size: str,
    sender_lines: Sequence[str],
    cut: list[int] | None = None,
) -> bytes:
    """One envelope per page, landscape, in ``size`` ("dl", "c5" or "us10"). The index of
    each address that had to be cut to fit is added to ``cut``."""
    _check(addresses, size, list(ENVELOPE_SIZES), "envelope size")
    register_fonts()
    envelope = ENVELOPE_SIZES[size]
    buffer = io.BytesIO()
    sender = [line for line in sender_lines if line.strip()]
    canvas = _canvas(
        buffer, (envelope.width, envelope.height), f"Envelopes ({envelope.name})", sender
    )
    block = _sender_block(envelope, sender)
    for index, address in enumerate(addresses):
        if _draw_envelope(canvas, envelope, address, block) and cut is not None:
            cut.append(index)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_label(
    canvas: Canvas, sheet: LabelSheet, index: int, address: EnvelopeAddress, sender: str
) -> bool:
    """One label; returns whether its address had to be cut to fit. The return address
    is left off a label whose address would otherwise be cut: the post needs the address
    whole (a ten-line address lost its street on a 5160 label under a return address)."""
    left, bottom, width, height = sheet.label_box(index)
    left += sheet.padding_x
    top = bottom + height - sheet.padding_y
    width -= 2 * sheet.padding_x
    height -= 2 * sheet.padding_y
    used = (ASCENT + DESCENT) * LABEL_SENDER_SIZE + 1 * mm
    block = fit_block(address.lines, width, height - used, LABEL_SIZES) if sender else None
    if block is not None and not block.cut:
        draw_block(canvas, left, top, Block(LABEL_SENDER_SIZE, (sender,)))
        top -= used
        height -= used
    else:
        block = fit_block(address.lines, width, height, LABEL_SIZES)
    # centred in the space left, so short addresses do not hug the label's top edge
    draw_block(canvas, left, top - (height - block.height) / 2, block)
    return block.cut


def render_labels(
    addresses: Sequence[EnvelopeAddress],
    sheet: str,
    sender_lines: Sequence[str] = (),
    cut: list[int] | None = None,
) -> bytes:
    """Address labels on sheets of ``sheet`` ("l7160" or "5160"), row by row, as many pages
    as the addresses need; with ``sender_lines``, a small return address tops each label
    whose address it leaves room for. The index of each address that had to be cut to fit
    is added to ``cut``."""
    _check(addresses, sheet, list(LABEL_SHEETS), "label sheet")
    register_fonts()
    layout = LABEL_SHEETS[sheet]
    sender = [line.strip() for line in sender_lines if line.strip()]
    buffer = io.BytesIO()
    canvas = _canvas(
        buffer,
        (layout.page_width, layout.page_height),
        f"Address labels ({layout.name})",
        sender,
    )
    # the return address as one line, made once (every label of a sheet is as wide)
    line = return_line(sender, layout.label_width - 2 * layout.padding_x, LABEL_SENDER_SIZE)
    for index, address in enumerate(addresses):
        if index and index % layout.per_page == 0:
            canvas.showPage()
        if _draw_label(canvas, layout, index, address, line) and cut is not None:
            cut.append(index)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

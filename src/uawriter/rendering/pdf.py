"""Fax-ready and postal PDFs of letters.

Fax rules followed here: pure black on white, body text 12 pt, nothing printed within
20 mm of any edge (so the top 12 mm stay empty for the sending machine's header line, and
nothing is lost at the edges of a receiving machine), and "Page n of N" on every page.
Several letters can go in one file; each is numbered on its own, as each is sent as its
own fax.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from uawriter.domain.languages import is_right_to_left
from uawriter.rendering.document import (
    MAX_LETTER_PAGES,
    CoverSheet,
    LetterTooLong,
    OutgoingLetter,
    Paper,
)
from uawriter.rendering.fonts import (
    BOLD,
    REGULAR,
    register_fonts,
    text_width,
)
from uawriter.rendering.labels import Labels, labels_for
from uawriter.rendering.letter_body import (
    BODY_LEADING,
    BODY_SIZE,
    LETTER_SIDE_MARGIN,
    letter_flowables,
)
from uawriter.rendering.lines import draw_line, text_flowable
from uawriter.rendering.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    LayoutError,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)

#: Nothing is printed closer than this to any edge of the paper (which also keeps the top
#: 12 mm free for the sending fax machine's own header line).
MIN_MARGIN = 20 * mm
MARGIN_SIDE = LETTER_SIDE_MARGIN
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 30 * mm
HEADER_BASELINE = 24 * mm  # from the top: the continuation header, below the fax band
FOOTER_BASELINE = 22 * mm  # from the bottom: "Page n of N"
SMALL_SIZE = 10


@dataclass(eq=False)
class _Group:
    labels: Labels
    header_name: str
    rtl: bool = False
    fax: bool = False  # with a cover sheet
    pages: int = 0  # laid out so far


@dataclass
class _PageRecord:
    state: dict[str, Any]
    group: int
    kind: str  # "cover", "letter" (first letter page) or "more"
    deferred: list[Callable[[Canvas, int], None]] = field(default_factory=list)


class _NumberingCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, so each can say "Page n of N" and the cover its total.

    Flowables mark where a letter's group starts (:class:`_Mark`) and leave drawing to do
    once totals are known (:meth:`defer`).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._records: list[_PageRecord] = []
        self._groups: list[_Group] = []
        self._page_group = -1
        self._page_kind = "more"
        self._page_deferred: list[Callable[[Canvas, int], None]] = []
        #: After save(): how many pages each letter (cover sheet included) took, in order.
        self.pages_per_group: list[int] = []

    def start_group(self, group: _Group, kind: str) -> None:
        if group not in self._groups:
            self._groups.append(group)
        self._page_group = self._groups.index(group)
        self._page_kind = kind

    def defer(self, draw: Callable[[Canvas, int], None]) -> None:
        """``draw(canvas, group_total)`` runs on this page once the group's size is known."""
        self._page_deferred.append(draw)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        # A letter past the bound stops the layout here, at its first page too many: the
        # rest of it is never laid out (145 pages of wide characters took 2.5 s).
        if self._page_group >= 0:
            group = self._groups[self._page_group]
            group.pages += 1
            if group.pages > MAX_LETTER_PAGES:
                raise LetterTooLong(group.header_name, group.fax)
        self._records.append(
            _PageRecord(dict(self.__dict__), self._page_group, self._page_kind, self._page_deferred)
        )
        self._page_kind = "more"
        self._page_deferred = []
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for record in self._records:
            totals[record.group] = totals.get(record.group, 0) + 1
        pages_per_group = [totals.get(index, 0) for index in range(len(self._groups))]
        numbers: dict[int, int] = {}
        for record in self._records:
            self.__dict__.update(record.state)
            numbers[record.group] = numbers.get(record.group, 0) + 1
            total = totals[record.group]
            group = self._groups[record.group] if record.group >= 0 else None
            self._draw_furniture(group, record.kind, numbers[record.group], total)
            for draw in record.deferred:
                draw(self, total)
            Canvas.showPage(self)
        # set after the pages: restoring each page's state above puts back the empty list
        self.pages_per_group = pages_per_group
        Canvas.save(self)

    def _draw_furniture(self, group: _Group | None, kind: str, page: int, total: int) -> None:
        if group is None:
            return
        width, height = self._pagesize
        footer = group.labels["page_of"].format(page=page, total=total)
        draw_line(self, width - MARGIN_SIDE, FOOTER_BASELINE, footer, SMALL_SIZE, align="right")
        if kind == "more" and group.header_name:
            header = _fit(group.labels["continued"].format(name=group.header_name), width)
            if group.rtl:
                draw_line(
                    self,
                    width - MARGIN_SIDE,
                    height - HEADER_BASELINE,
                    header,
                    SMALL_SIZE,
                    align="right",
                    base="R",
                )
            else:  # a left-to-right letter's, whatever script the official is named in
                # (an Arabic name first made the line right to left: "(continued)" came
                # before the name, probe 92c)
                draw_line(self, MARGIN_SIDE, height - HEADER_BASELINE, header, SMALL_SIZE, base="L")


def _fit(text: str, page_width: float) -> str:
    """Shorten a one-line text with "…" so it stays within the side margins."""
    return _within(text, page_width - 2 * MARGIN_SIDE, SMALL_SIZE)


def _within(text: str, room: float, size: float) -> str:
    """``text`` shortened with "…" so it is at most ``room`` wide at ``size``."""
    # No character is narrower than a tenth of the type size: a line of the page never
    # holds more than this many, whatever the pack's name is (a name of 6,000 letters was
    # measured again after each letter cut: 34 s an export).
    most = int(room / (size * 0.1)) + 1
    if len(text) <= most and text_width(text, size) <= room:
        return text
    text = text[:most]
    low, high = 0, len(text) + 1  # the longest start that fits with "…": in [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if text_width(text[:middle].rstrip() + "…", size) <= room:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


class _Mark(Flowable):  # type: ignore[misc]
    """Zero-size flowable: "a new cover sheet / letter for this group starts on this page"."""

    def __init__(self, group: _Group, kind: str) -> None:
        super().__init__()
        self.group = group
        self.kind = kind
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.start_group(self.group, self.kind)


class _PageTotal(Flowable):  # type: ignore[misc]
    """The cover sheet's page count: a line of text drawn once the total is known."""

    def __init__(self, template: str, style: ParagraphStyle, align: str = "left") -> None:
        super().__init__()
        self.template = template
        self.style = style
        self.align = align

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.style.leading

    def draw(self) -> None:
        right = self.align == "right"
        x, y = self.canv.absolutePosition(
            self.width if right else 0, self.style.leading - self.style.fontSize
        )
        template, size, align = self.template, self.style.fontSize, self.align

        def draw_total(canvas: Canvas, total: int) -> None:
            draw_line(canvas, x, y, template.format(total=total), size, align=align)

        self.canv.defer(draw_total)


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    heading: ParagraphStyle

    @staticmethod
    def make() -> _Styles:
        body = ParagraphStyle(
            "body",
            fontName=REGULAR,
            fontSize=BODY_SIZE,
            leading=BODY_LEADING,
            textColor=black,
            alignment=TA_LEFT,
            splitLongWords=True,
            allowWidows=0,
            allowOrphans=0,
        )
        return _Styles(
            body=body,
            label=ParagraphStyle("label", parent=body, fontName=BOLD),
            value=ParagraphStyle("value", parent=body),
            heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=28, leading=34),
        )


#: How much of each value a cover sheet shows (the room of so many Latin letters, see
#: ``_bounded``; lines of the sender's contact). The cover sheet is one page that names the
#: fax, on A4 and US Letter, in any script; the letter after it carries every word.
#: Without a bound, a 6,400-character title made a row taller than the page, and reportlab
#: gave up (LayoutError) on every fax of the pack.
COVER_VALUE_CHARS = {"to": 180, "sender": 90, "contact": 70, "regarding": 240}
COVER_CONTACT_LINES = 5


def _bounded(text: str, limit: int) -> str:
    """``text`` cut to the room of ``limit`` Latin letters ("n" wide, at the value's size),
    "…" at its end: a Chinese name of 200 characters took twice that room, a row of "W"s
    or of "﷽" (one glyph for a phrase) many times, and the cover sheet a second page."""
    return _within(text, limit * text_width("n", BODY_SIZE), BODY_SIZE)


def _cover_flowables(
    cover: CoverSheet, labels: Labels, styles: _Styles, rtl: bool, share: float = 1.0
) -> list[Flowable]:
    """The cover sheet's rows, each value cut to ``share`` of its bound."""

    def value(text: str, limit: int = COVER_VALUE_CHARS["to"]) -> Flowable:
        return text_flowable(_bounded(text, max(10, int(limit * share))), styles.value, rtl=rtl)

    def label(key: str) -> Flowable:
        return text_flowable(labels[key], styles.label, rtl=rtl, bold=True)  # type: ignore[literal-required]

    contact = list(cover.sender_contact[:COVER_CONTACT_LINES])
    if len(cover.sender_contact) > COVER_CONTACT_LINES:
        contact[-1] = "…"
    rows: list[list[Any]] = [
        [label("to"), value(cover.to)],
        [label("fax_number"), value(cover.fax)],
        [label("sender"), value(cover.sender_name, COVER_VALUE_CHARS["sender"])],
    ]
    if contact:
        rows.append(
            [label("contact"), [value(line, COVER_VALUE_CHARS["contact"]) for line in contact]]
        )
    rows += [
        [label("date"), value(cover.date_text)],
        [
            label("pages"),
            _PageTotal(labels["pages_value"], styles.value, "right" if rtl else "left"),
        ],
        [label("regarding"), value(cover.regarding, COVER_VALUE_CHARS["regarding"])],
    ]
    widths: list[float | None] = [38 * mm, None]
    if rtl:  # labels on the right, as a right-to-left reader starts there
        rows = [list(reversed(row)) for row in rows]
        widths = [None, 38 * mm]
    table = Table(rows, colWidths=widths, hAlign="RIGHT" if rtl else "LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # a table's own default font is Helvetica, which the PDF would not carry
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    rule = HRFlowable(width="100%", thickness=1.5, color=black, spaceBefore=6, spaceAfter=14)
    return [
        text_flowable(labels["fax"], styles.heading, rtl=rtl, bold=True),
        rule,
        table,
        HRFlowable(width="100%", thickness=1.5, color=black, spaceBefore=8, spaceAfter=14),
        text_flowable(labels["note"], styles.body, rtl=rtl),
    ]


def render_pdf(
    letters: Sequence[OutgoingLetter],
    paper: Paper = Paper.A4,
    *,
    title: str = "",
    author: str = "",
    invariant: bool = False,
    pages_out: list[int] | None = None,
) -> bytes:
    """Lay out the letters (each with its cover sheet, if any) as one PDF. A letter that
    would take more than :data:`MAX_LETTER_PAGES` pages raises :class:`LetterTooLong` as
    soon as its layout gets there.

    With ``invariant`` the bytes depend only on the input (no time stamps, fixed ids),
    so identical letters give identical files. ``pages_out``, if given, receives the
    number of pages of each letter (its cover sheet included), in order.
    """
    register_fonts()
    styles = _Styles.make()
    buffer = io.BytesIO()
    width, height = paper.size
    doc = BaseDocTemplate(
        buffer,
        pagesize=paper.size,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="UA Writer",
        producer="UA Writer",
        invariant=1 if invariant else 0,
        # Otherwise every page names Helvetica, a font the PDF does not carry.
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN_SIDE,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_SIDE,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvases: list[_NumberingCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberingCanvas:
        canvas = _NumberingCanvas(*args, **kwargs)
        canvases.append(canvas)
        return canvas

    # a cover sheet's row taller than the page (values of glyphs wider than any bound
    # foresees) is laid out again with its values cut shorter, not a fax that never prints
    for share in (1.0, 0.5, 0.25):
        story = _story(letters, styles, share)
        try:
            doc.build(story, canvasmaker=make_canvas)
            break
        except LayoutError:
            if share == 0.25 or not any(letter.cover for letter in letters):
                raise
            buffer.seek(0)
            buffer.truncate()
            canvases.clear()
    if pages_out is not None and canvases:
        pages_out[:] = canvases[-1].pages_per_group
    return buffer.getvalue()


def _story(letters: Sequence[OutgoingLetter], styles: _Styles, share: float) -> list[Flowable]:
    story: list[Flowable] = []
    for letter in letters:
        if story:
            story.append(PageBreak())
        labels = labels_for(letter.lang)
        rtl = is_right_to_left(letter.lang)
        group = _Group(labels, letter.addressee_name, rtl, fax=letter.cover is not None)
        if letter.cover is not None:
            story.append(_Mark(group, "cover"))
            story += _cover_flowables(letter.cover, labels, styles, rtl, share)
            story.append(PageBreak())
        story.append(_Mark(group, "letter"))
        story += letter_flowables(letter.text, styles.body, rtl)
    if not story:
        raise ValueError("no letters to lay out")
    return story

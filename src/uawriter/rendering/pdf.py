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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from uawriter.rendering.document import CoverSheet, OutgoingLetter, Paper
from uawriter.rendering.fonts import BOLD, REGULAR, paragraph_markup, register_fonts
from uawriter.rendering.labels import Labels, labels_for

#: The band at the top of each page that a fax machine prints its own header line into.
FAX_HEADER_BAND = 12 * mm
#: Nothing is printed closer than this to any edge of the paper.
MIN_MARGIN = 20 * mm
MARGIN_SIDE = 25 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 30 * mm
HEADER_BASELINE = 24 * mm  # from the top: the continuation header, below the fax band
FOOTER_BASELINE = 22 * mm  # from the bottom: "Page n of N"
BODY_SIZE = 12
BODY_LEADING = 16.5
SMALL_SIZE = 10


@dataclass(eq=False)
class _Group:
    labels: Labels
    header_name: str


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

    def start_group(self, group: _Group, kind: str) -> None:
        if group not in self._groups:
            self._groups.append(group)
        self._page_group = self._groups.index(group)
        self._page_kind = kind

    def defer(self, draw: Callable[[Canvas, int], None]) -> None:
        """``draw(canvas, group_total)`` runs on this page once the group's size is known."""
        self._page_deferred.append(draw)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
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
        Canvas.save(self)

    def _draw_furniture(self, group: _Group | None, kind: str, page: int, total: int) -> None:
        if group is None:
            return
        width, height = self._pagesize
        self.setFillColor(black)
        self.setFont(REGULAR, SMALL_SIZE)
        footer = group.labels["page_of"].format(page=page, total=total)
        self.drawRightString(width - MARGIN_SIDE, FOOTER_BASELINE, footer)
        if kind == "more" and group.header_name:
            header = group.labels["continued"].format(name=group.header_name)
            self.drawString(MARGIN_SIDE, height - HEADER_BASELINE, _fit(header, width))


def _fit(text: str, page_width: float) -> str:
    """Shorten a one-line text with "…" so it stays within the side margins."""
    room = page_width - 2 * MARGIN_SIDE
    if stringWidth(text, REGULAR, SMALL_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", REGULAR, SMALL_SIZE) > room:
        text = text[:-1]
    return text + "…"


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

    def __init__(self, template: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.template = template
        self.style = style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.style.leading

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, self.style.leading - self.style.fontSize)
        template, font, size = self.template, self.style.fontName, self.style.fontSize

        def draw_total(canvas: Canvas, total: int) -> None:
            canvas.setFillColor(black)
            canvas.setFont(font, size)
            canvas.drawString(x, y, template.format(total=total))

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


def _letter_flowables(text: str, styles: _Styles) -> list[Flowable]:
    """Each line its own paragraph, each empty line a line of space: the text as typed."""
    flowables: list[Flowable] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n"):
        if line.strip():
            flowables.append(Paragraph(paragraph_markup(line), styles.body))
        else:
            flowables.append(Spacer(1, BODY_LEADING))
    return flowables


def _cover_flowables(cover: CoverSheet, labels: Labels, styles: _Styles) -> list[Flowable]:
    def value(text: str) -> Paragraph:
        return Paragraph(paragraph_markup(text), styles.value)

    contact = "\n".join(cover.sender_contact)
    rows: list[list[Any]] = [
        [Paragraph(paragraph_markup(labels["to"]), styles.label), value(cover.to)],
        [Paragraph(paragraph_markup(labels["fax_number"]), styles.label), value(cover.fax)],
        [Paragraph(paragraph_markup(labels["sender"]), styles.label), value(cover.sender_name)],
    ]
    if contact:
        rows.append(
            [
                Paragraph(paragraph_markup(labels["contact"]), styles.label),
                [Paragraph(paragraph_markup(line), styles.value) for line in cover.sender_contact],
            ]
        )
    rows += [
        [Paragraph(paragraph_markup(labels["date"]), styles.label), value(cover.date_text)],
        [
            Paragraph(paragraph_markup(labels["pages"]), styles.label),
            _PageTotal(labels["pages_value"], styles.value),
        ],
        [Paragraph(paragraph_markup(labels["regarding"]), styles.label), value(cover.regarding)],
    ]
    table = Table(rows, colWidths=[38 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # a table's own default font is Helvetica, which the PDF would not carry
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    rule = HRFlowable(width="100%", thickness=1.5, color=black, spaceBefore=6, spaceAfter=14)
    return [
        Paragraph(paragraph_markup(labels["fax"]), styles.heading),
        rule,
        table,
        HRFlowable(width="100%", thickness=1.5, color=black, spaceBefore=8, spaceAfter=14),
        Paragraph(paragraph_markup(labels["note"]), styles.body),
    ]


def render_pdf(
    letters: Sequence[OutgoingLetter],
    paper: Paper = Paper.A4,
    *,
    title: str = "",
    author: str = "",
    invariant: bool = False,
) -> bytes:
    """Lay out the letters (each with its cover sheet, if any) as one PDF.

    With ``invariant`` the bytes depend only on the input (no time stamps, fixed ids),
    so identical letters give identical files.
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
    story: list[Flowable] = []
    for letter in letters:
        if story:
            story.append(PageBreak())
        labels = labels_for(letter.lang)
        group = _Group(labels, letter.addressee_name)
        if letter.cover is not None:
            story.append(_Mark(group, "cover"))
            story += _cover_flowables(letter.cover, labels, styles)
            story.append(PageBreak())
        story.append(_Mark(group, "letter"))
        story += _letter_flowables(letter.text, styles)
    if not story:
        raise ValueError("no letters to lay out")
    doc.build(story, canvasmaker=_NumberingCanvas)
    return buffer.getvalue()

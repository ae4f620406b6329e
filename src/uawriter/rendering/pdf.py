"""Fax-ready and postal PDFs of letters.

Fax rules followed here: pure black on white, body text 12 pt, nothing printed within
20 mm of any edge (so the top 12 mm stay empty for the sending machine's header line, and
nothing is lost at the edges of a receiving machine), and "Page n of N" on every page.
Several letters can go in one file; each is numbered on its own, as each is sent as its
own fax.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from uawriter.domain.controls import plain_line_ends
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
from uawriter.rendering.lines import draw_line, text_flowable
from uawriter.rendering.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    LayoutError,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

#: Nothing is printed closer than this to any edge of the paper (which also keeps the top
#: 12 mm free for the sending fax machine's own header line).
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
            else:
                draw_line(self, MARGIN_SIDE, height - HEADER_BASELINE, header, SMALL_SIZE)


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


#: Paragraphs at the end of a letter that stay on one page: the last paragraph of the
#: letter, the closing and the signature, so a signature never stands alone on a page.
KEPT_TOGETHER_AT_END = 3

#: Lines at the end of a letter that stay on one page whatever its paragraphs: a letter
#: typed without empty lines between paragraphs (or a template written so) is one
#: paragraph, and its closing and signature stood alone on the last page.
LINES_KEPT_AT_END = 4


#: The longest paragraph handed to reportlab in one piece. Its line breaking grows faster
#: than the text (a paragraph of 20,000 characters switching between Latin and Chinese
#: took 3.5 s, 10,000 took 1 s); a longer one is laid out in pieces, each starting a line.
#: A letter's paragraphs are a few hundred characters.
PARAGRAPH_PIECE_CHARS = 2_000


#: The most words one line is laid out with. Line breaking (reportlab's, and the one for
#: right-to-left lines) takes time growing with the square of the words a line holds, and
#: words that draw almost nothing (a Hebrew point between hair spaces) put a thousand words
#: on one line: one letter of them took 24 s (probe 65). A line of a letter holds 10 to 20;
#: where this many would still fit on one, they are laid out a line at a time.
WORDS_ON_A_LINE = 60

#: The narrowest a letter's lines are (A4, between its side margins), in points.
NARROWEST_LINE = A4[0] - 2 * MARGIN_SIDE

_WORD = re.compile(r"\S+\s*")


def _pieces(line: str) -> list[str]:
    """``line`` in pieces of at most :data:`PARAGRAPH_PIECE_CHARS`, cut after a space
    where there is one in the second half of a piece, and of at most
    :data:`WORDS_ON_A_LINE` words where that many would fit on one line."""
    pieces: list[str] = []
    while len(line) > PARAGRAPH_PIECE_CHARS:
        cut = line.rfind(" ", PARAGRAPH_PIECE_CHARS // 2, PARAGRAPH_PIECE_CHARS) + 1
        cut = cut or PARAGRAPH_PIECE_CHARS
        pieces.append(line[:cut])
        line = line[cut:]
    return [part for piece in [*pieces, line] for part in _lines_of_narrow_words(piece)]


#: Each character's width in the letter's type, as measured so far (a letter has a few
#: dozen); at most so many are kept.
_CHAR_WIDTHS: dict[str, float] = {}
_CHAR_WIDTHS_KEPT = 20_000


def _advance(text: str) -> float:
    """How far ``text`` moves the pen in the letter's type: its characters' widths summed
    (how reportlab measures a run; a tenth of the time of measuring each word)."""
    total = 0.0
    for char in text:
        width = _CHAR_WIDTHS.get(char)
        if width is None:
            width = text_width(char, BODY_SIZE)
            if len(_CHAR_WIDTHS) < _CHAR_WIDTHS_KEPT:
                _CHAR_WIDTHS[char] = width
        total += width
    return total


def _lines_of_narrow_words(piece: str) -> list[str]:
    """``piece`` as it is, or, where more than :data:`WORDS_ON_A_LINE` of its words would
    fit on one line, cut before the word that would be one too many. The lines are found
    as they would be broken, word by word (a few wide characters beside a thousand words of
    no width made the average word wide enough to pass: 72 s for one letter, probe 66a)."""
    words = _WORD.findall(piece)
    if len(words) <= WORDS_ON_A_LINE:
        return [piece]
    lead = piece[: len(piece) - len(piece.lstrip())]
    parts: list[str] = []
    start = 0  # the first word of the part being made
    on_line, width = 0, _advance(lead)
    for i, word in enumerate(words):
        advance = _advance(word)
        if on_line and width + _advance(word.rstrip()) > NARROWEST_LINE:
            on_line, width = 0, 0.0  # the word starts the next line
        if on_line == WORDS_ON_A_LINE:  # one too many on this line: the part ends here
            parts.append("".join(words[start:i]))
            start, on_line, width = i, 0, 0.0
        on_line += 1
        width += advance
    parts.append("".join(words[start:]))
    parts[0] = lead + parts[0]
    return parts


def _letter_flowables(text: str, styles: _Styles, rtl: bool) -> list[Flowable]:
    """Each line its own paragraph, each empty line a line of space: the text as typed. The
    last paragraphs (see :data:`KEPT_TOGETHER_AT_END`) are kept on one page."""
    flowables: list[Flowable] = []
    starts: list[int] = []  # where each paragraph (lines between empty lines) starts
    previous_blank = True
    for line in plain_line_ends(text).rstrip("\n").split("\n"):
        if line.strip():
            if previous_blank:
                starts.append(len(flowables))
            flowables += [text_flowable(part, styles.body, rtl=rtl) for part in _pieces(line)]
            previous_blank = False
        else:
            flowables.append(Spacer(1, BODY_LEADING))
            previous_blank = True
    lines = [i for i, f in enumerate(flowables) if not isinstance(f, Spacer)]
    first = lines[-LINES_KEPT_AT_END] if len(lines) > LINES_KEPT_AT_END else None
    if len(starts) > KEPT_TOGETHER_AT_END:
        first = min(starts[-KEPT_TOGETHER_AT_END], first if first is not None else len(flowables))
    if first:  # never the whole letter: that would only move it all to a page of its own
        flowables[first:] = [_KeptAtEnd(flowables[first:])]
    return flowables


#: The most of a page the letter's last paragraphs take to be moved to the next page
#: whole, to stay together: taller, a page was left empty but for the greeting.
KEPT_WHOLE_SHARE = 0.5
#: The most of a page the end of a letter kept with its signature takes, when its last
#: paragraphs are taller than that: the closing, the signature and the lines before them
#: that fit in it (at least :data:`LAST_LINES_KEPT` printed lines of the letter).
KEPT_END_SHARE = 0.25
LAST_LINES_KEPT = 2


class _KeptAtEnd(KeepTogether):  # type: ignore[misc]
    """The letter's last paragraphs, kept on one page. Taller than half a page, they
    flow, and only the end is kept together: the closing and the signature with the
    printed lines before them, a quarter of a page at most, a paragraph split between its
    lines to give them. reportlab's own keeping gives up on a group taller than a page: it
    moved the group to the next page, leaving the first empty below the greeting, then
    let it run on, and the signature stood alone on the last page (probes 79c, 80a)."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        page, height = max(avail_height, self._page_height()), self._H
        if height <= avail_height or height <= page * KEPT_WHOLE_SHARE:
            return list(super().split(avail_width, avail_height))
        ending = _kept_ending(list(self._content), avail_width, page * KEPT_END_SHARE)
        # a first piece that takes no room: reportlab places the first piece of a split
        # where it stands, and a paragraph taller than the room left failed the letter
        return [self.NullActionFlowable(), *ending]

    def _page_height(self) -> float:
        """The height of a whole frame of the pages that follow (0 if not known)."""
        peek = self._doctemplateAttr("_peekNextFrame")
        frame = peek() if peek else getattr(self, "_frame", None)
        if frame is None:
            return 0.0
        return float(frame._height - frame._topPadding - frame._bottomPadding)


def _kept_ending(flowables: list[Flowable], width: float, most: float) -> list[Flowable]:
    """``flowables`` with their end kept together: as many whole ones as fit in ``most``
    points, and the printed lines of the one before that fit too (at least
    :data:`LAST_LINES_KEPT`), the rest of it left to flow."""
    heights = [float(f.wrap(width, 0x7FFFFFFF)[1]) for f in flowables]
    start, total = len(flowables), 0.0
    while start > 0 and total + heights[start - 1] <= most:
        start -= 1
        total += heights[start]
    if start == 0:
        return [KeepTogether(flowables)]
    part = flowables[start - 1]
    leading = float(getattr(getattr(part, "style", None), "leading", 0) or 0)
    if leading > 0:
        printed = round(heights[start - 1] / leading)
        # as many of its last lines as fit, else more: reportlab leaves no line alone at
        # a page's foot (a split one line in gave nothing, and the closing and signature
        # stood alone on the last page, probe 82c)
        for kept_lines in range(max(LAST_LINES_KEPT, int((most - total) // leading)), printed):
            before = heights[start - 1] - kept_lines * leading
            pieces = part.split(width, before + leading / 2) if before >= leading else []
            if len(pieces) == 2:
                kept = KeepTogether([pieces[1], *flowables[start:]])
                return [*flowables[: start - 1], pieces[0], kept]
        return [*flowables[: start - 1], KeepTogether(flowables[start - 1 :])]
    return [*flowables[:start], KeepTogether(flowables[start:])]


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
        story += _letter_flowables(letter.text, styles, rtl)
    if not story:
        raise ValueError("no letters to lay out")
    return story

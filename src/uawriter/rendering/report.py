"""The organiser's one-page report for the section office: what an event wrote, per case.

Sections count letters, e-mails, faxes, petition signatures and solidarity cards for each
Urgent Action, so that is what the table shows. The page is drawn directly on a canvas (no
flowing layout), so however many cases there are it stays one page and can never fail to
lay out: the table's type shrinks, then splits into two columns, then the smallest cases
are summed up in one "and N more cases" row.

Names from the tally (events, places, cases) may be in any script: every line goes through
the PDF writer's :func:`~uawriter.rendering.lines.draw_line`, which draws right-to-left text in
reading order and falls back to the bundled fonts for other scripts.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from uawriter.domain.languages import language_name
from uawriter.rendering.bidi import base_direction, has_rtl, visual
from uawriter.rendering.document import Paper
from uawriter.rendering.fonts import REGULAR, register_fonts, text_width
from uawriter.rendering.lines import draw_line
from uawriter.rendering.report_words import ENGLISH, report_reads_right_to_left, report_words
from uawriter.storage.tally import Channel, EventInfo, ExtraKind
from uawriter.storage.tally_totals import Totals

#: The words of the report being drawn (:func:`render_report` sets them, in its language).
_WORDS: ContextVar[Mapping[str, str]] = ContextVar("report_words", default=ENGLISH)


#: Whether the page being drawn is mirrored (:func:`_x`): its words are a right-to-left
#: language's.
_MIRRORED: ContextVar[bool] = ContextVar("report_mirrored", default=False)


def _word(key: str) -> str:
    return _WORDS.get()[key]


MARGIN: float = 20 * mm
PAGE_WIDTH = Paper.A4.size[0]
WIDTH = PAGE_WIDTH - 2 * MARGIN
GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.6, 0.6, 0.6)
SHADE = Color(0.93, 0.93, 0.93)

#: The table's type sizes, tried from the largest down until the cases fit.
ONE_COLUMN_SIZES = (10.0, 9.0, 8.0, 7.5, 7.0)
TWO_COLUMN_SIZES = (8.0, 7.5, 7.0, 6.5)
#: A case label is not squeezed below this width to make room for more columns.
MIN_LABEL_WIDTH = 62.0
COLUMN_GAP: float = 8 * mm
CELL_PAD = 5.0

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


@dataclass(frozen=True)
class CaseRow:
    label: str
    letters: int
    emails: int
    faxes: int
    signatures: int
    cards: int

    @property
    def total(self) -> int:
        """What was written for the case: letters, e-mails and faxes."""
        return self.letters + self.emails + self.faxes

    def cells(self) -> tuple[int, ...]:
        return (self.letters, self.emails, self.faxes, self.signatures, self.cards, self.total)


NUMBER_COLUMNS = ("letters", "emails", "faxes", "signatures", "cards", "total")


def _natural(label: str) -> list[tuple[int, str]]:
    """Sort key: "UA 45/26" before "UA 102/26" (numbers compared as numbers)."""
    return [
        (int(part), "") if part.isascii() and part.isdigit() else (-1, part.casefold())
        for part in re.split(r"([0-9]+)", label)
    ]


def case_rows(totals: Totals) -> list[CaseRow]:
    """One row per case, in the categories sections report, in the order of their numbers."""
    rows = []
    for label, counts in sorted(totals.by_action.items(), key=lambda item: _natural(item[0])):
        rows.append(
            CaseRow(
                label=_case_label(label, totals.actions.get(label)),
                letters=counts.get(Channel.POST.value, 0)
                + counts.get(Channel.PRINT.value, 0)
                + counts.get(ExtraKind.HANDWRITTEN.value, 0),
                emails=counts.get(Channel.EMAIL.value, 0),
                faxes=counts.get(Channel.FAX.value, 0),
                signatures=counts.get(ExtraKind.SIGNATURES.value, 0),
                cards=counts.get(ExtraKind.CARDS.value, 0),
            )
        )
    return rows


def _case_label(label: str, action: tuple[str, int] | None) -> str:
    """A case as the report's language writes it: "UA 129/10 (mise à jour 3)" (it was
    "(update 3)" in every language; probe 108a); "UA 45/26" for a first Urgent Action."""
    if action is None or not action[1]:
        return label
    ua, update = action
    return _word("case_update").format(ua=ua, update=update)


def _sum_rows(label: str, rows: list[CaseRow]) -> CaseRow:
    return CaseRow(
        label,
        sum(r.letters for r in rows),
        sum(r.emails for r in rows),
        sum(r.faxes for r in rows),
        sum(r.signatures for r in rows),
        sum(r.cards for r in rows),
    )


# ---------------------------------------------------------------------------- text


def _clean(text: str) -> str:
    """One line of text from the tally: control characters and line breaks become spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _width(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` as drawn (right-to-left text shaped first)."""
    if has_rtl(text):
        return text_width(visual(text, base_direction(text)), size, bold)
    return text_width(text, size, bold)


def _fit(text: str, size: float, room: float, bold: bool = False) -> str:
    """``text``, shortened with "…" so it is at most ``room`` wide."""
    if _width(text, size, bold) <= room:
        return text
    low, high = 0, len(text)  # the longest prefix that fits, by bisection
    while low < high:
        middle = (low + high + 1) // 2
        if _width(text[:middle].rstrip() + "…", size, bold) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _fitting_size(figure: str, size: float, room: float) -> float:
    """The type size, ``size`` or less, at which a bold ``figure`` is at most ``room``
    wide (a figure is never cut)."""
    width = _width(figure, size, True)
    return size if width <= room else size * room / width


def _wrap(text: str, size: float, room: float) -> list[str]:
    """``text`` broken into lines at most ``room`` wide, between words."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and _width(candidate, size) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return [_fit(line, size, room) for line in lines]


def _count_list(items: list[tuple[str, int]], size: float, room: float) -> str:
    """ "Kazakh 12 · Russian 10 · and 3 more", as many items as fit on one line."""
    parts = [f"{name} {count}" for name, count in items]

    def line(shown: int) -> str:
        rest = len(parts) - shown
        text = " · ".join(parts[:shown])
        return text + (" · " + _word("more").format(count=rest) if rest else "")

    # the most items that fit, by halving: trying each count from all of them down measured
    # the whole line again each time (4,000 languages in a tally: 46 s for the report)
    low, high = 0, len(parts) + 1  # low fits (or is 0), high does not
    while high - low > 1:
        middle = (low + high) // 2
        if _width(line(middle), size) <= room:
            low = middle
        else:
            high = middle
    return line(low) if low else _fit(" · ".join(parts[:64]), size, room)


def _date_text(moment: dt.datetime) -> str:
    text = moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f" (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
    return text


def _pdf_date(moment: dt.datetime) -> str:
    """``moment`` as a PDF date string, for the document's creation date."""
    text = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


# ---------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class _Plan:
    """How the case table is laid out: type size, columns, rows shown, cell widths. With
    ``upright`` headers (two columns of cases) the column names stand on end, so a column is
    only as wide as its numbers."""

    size: float
    columns: int
    rows: list[CaseRow]
    number_width: tuple[float, ...]
    label_width: float
    upright: bool = False
    #: How many cases are summed up in the last row ("and N more cases"); 0 if none.
    hidden: int = 0

    @property
    def row_height(self) -> float:
        return round(self.size * 1.5, 2)

    @property
    def column_width(self) -> float:
        return self.label_width + sum(self.number_width)

    @property
    def header_height(self) -> float:
        if not self.upright:
            return self.row_height
        names = [_width(_word(key), self.size, True) for key in NUMBER_COLUMNS]
        return round(max(names) + 2 * CELL_PAD, 2)

    def height(self) -> float:
        """From the top of the header to the bottom of the "All cases" row."""
        per_column = math.ceil(len(self.rows) / self.columns) if self.rows else 0
        return self.header_height + (per_column + 1) * self.row_height


def _number_widths(
    rows: list[CaseRow], everything: CaseRow, size: float, upright: bool
) -> tuple[float, ...]:
    widths = []
    for index, key in enumerate(NUMBER_COLUMNS):
        # each figure once: 50,000 cases hold a few hundred different numbers
        figures = {str(row.cells()[index]) for row in [*rows, everything]}
        widest = max(_width(figure, size, True) for figure in figures)
        # a column name standing on end is one line high
        name = size * 1.2 if upright else _width(_word(key), size, True)
        widest = max(widest, name)
        widths.append(widest + 2 * CELL_PAD)
    return tuple(widths)


def _plan_table(rows: list[CaseRow], everything: CaseRow, width: float, height: float) -> _Plan:
    """The largest type at which every case fits (one column, then two); failing that, the
    cases with the most done (written, signed, cards) and one row summing up the others."""
    attempts = [(1, size) for size in ONE_COLUMN_SIZES] + [(2, s) for s in TWO_COLUMN_SIZES]
    last: _Plan | None = None
    # a text's width grows with the type size: the widest case name is measured once
    widest_at_one = max(_width(r.label, 1.0) for r in rows)
    for columns, size in attempts:
        upright = columns > 1
        column_width = (width - (columns - 1) * COLUMN_GAP) / columns
        numbers = _number_widths(rows, everything, size, upright)
        label_width = column_width - sum(numbers)
        widest_label = widest_at_one * size + 2 * CELL_PAD
        if label_width < min(widest_label, MIN_LABEL_WIDTH):
            continue
        plan = _Plan(size, columns, rows, numbers, label_width, upright)
        if plan.height() <= height:
            return plan
        last = plan
    if last is None:  # numbers too wide for any layout: one column, case labels cut short
        size = ONE_COLUMN_SIZES[-1]
        numbers = _number_widths(rows, everything, size, False)
        last = _Plan(size, 1, rows, numbers, max(width - sum(numbers), 2 * CELL_PAD))
    fit = int((height - last.header_height) // last.row_height) - 1  # less "All cases"
    room = max(fit, 1) * last.columns
    if len(rows) <= room:
        return last
    # ranked by all that was done for a case: a petition's 480 signatures and no letter
    # were summed up behind cases of one letter each (probe 86b)
    done = [row.total + row.signatures + row.cards for row in rows]
    keep = set(sorted(range(len(rows)), key=lambda i: (-done[i], i))[: room - 1])
    kept = [row for index, row in enumerate(rows) if index in keep]
    hidden = [row for index, row in enumerate(rows) if index not in keep]
    more = _sum_rows(_word("more_cases").format(count=len(hidden)), hidden)
    return replace(last, rows=[*kept, more], hidden=len(hidden))


def _x(x: float, width: float = 0.0) -> float:
    """Where on the page a thing ``width`` wide placed at ``x`` from the left starts: the
    page of a report in a right-to-left language is drawn mirrored, from the right edge
    (the Arabic report was laid out from the left, its words right-aligned nowhere)."""
    return PAGE_WIDTH - x - width if _MIRRORED.get() else x


def _text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    colour: Color = black,
) -> None:
    """One line of the report at ``x`` from the left, its ``align`` end there; on a
    mirrored page ``x`` is from the right and the line's other end is there."""
    if _MIRRORED.get():
        x, align = PAGE_WIDTH - x, "left" if align == "right" else "right"
    draw_line(canvas, x, y, text, size, bold=bold, align=align, colour=colour)


def _in_cell(
    canvas: Canvas,
    left: float,
    right: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    colour: Color = black,
) -> None:
    """A figure or a column's name against the right of its cell, mirrored or not: the
    figures of a column keep their units under each other."""
    x = PAGE_WIDTH - left if _MIRRORED.get() else right
    draw_line(canvas, x - CELL_PAD, y, text, size, bold=bold, align="right", colour=colour)


def _draw_plain(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """A short text in grey, in any script (the report's words in Arabic were drawn with the
    Latin font only: blank; probe 102c)."""
    _text(canvas, x, y, text, size, colour=GREY)
    canvas.setFillColor(black)


def _draw_row(
    canvas: Canvas, plan: _Plan, x: float, y: float, row: CaseRow, *, bold: bool = False
) -> None:
    """One row of the table whose bottom edge is at ``y``."""
    size = plan.size
    baseline = y + (plan.row_height - size) / 2 + size * 0.22  # text in the row's middle
    label = _fit(row.label, size, plan.label_width - 2 * CELL_PAD, bold)
    _text(canvas, x + CELL_PAD, baseline, label, size, bold=bold)
    right = x + plan.label_width
    for value, cell in zip(row.cells(), plan.number_width, strict=True):
        right += cell
        if value == 0 and not bold:  # a dash, in grey: the numbers stand out
            _in_cell(canvas, right - cell, right, baseline, "–", size, colour=GREY)
            canvas.setFillColor(black)
        else:
            _in_cell(canvas, right - cell, right, baseline, str(value), size, bold=bold)


def _draw_header(canvas: Canvas, plan: _Plan, x: float, top: float) -> None:
    size, height = plan.size, plan.header_height
    canvas.setFillColor(SHADE)
    canvas.rect(_x(x, plan.column_width), top - height, plan.column_width, height, stroke=0, fill=1)
    bottom = top - height
    baseline = bottom + (plan.row_height - size) / 2 + size * 0.22
    _text(canvas, x + CELL_PAD, baseline, _word("case"), size, bold=True)
    right = x + plan.label_width
    for key, cell in zip(NUMBER_COLUMNS, plan.number_width, strict=True):
        right += cell
        if plan.upright:  # read from the bottom up, at the foot of the header
            canvas.saveState()
            canvas.translate(_x(right - cell / 2) + size * 0.35, bottom + CELL_PAD)
            canvas.rotate(90)
            draw_line(canvas, 0, 0, _word(key), size, bold=True)
            canvas.restoreState()
        else:
            _in_cell(canvas, right - cell, right, baseline, _word(key), size, bold=True)
    _rule(canvas, x, bottom, plan.column_width, black, 0.8)


def _rule(canvas: Canvas, x: float, y: float, width: float, colour: Color, line: float) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(line)
    canvas.line(_x(x, width), y, _x(x, width) + width, y)


def _draw_column(
    canvas: Canvas, plan: _Plan, x: float, top: float, rows: list[CaseRow], last: CaseRow | None
) -> None:
    """A header, ``rows`` shaded every other line and, if given, ``last`` in bold under a
    rule (the "All cases" row)."""
    _draw_header(canvas, plan, x, top)
    y = top - plan.header_height
    for index, row in enumerate(rows):
        y -= plan.row_height
        if index % 2 == 1:
            canvas.setFillColor(SHADE)
            canvas.rect(_x(x, plan.column_width), y, plan.column_width, plan.row_height,
                        stroke=0, fill=1)  # fmt: skip
        _draw_row(canvas, plan, x, y, row)
    if last is not None:
        y = top - plan.height()
        _rule(canvas, x, y + plan.row_height, plan.column_width, black, 0.8)
        _draw_row(canvas, plan, x, y, last, bold=True)
    # a thin rule before the total: the column the section office reads first
    total_x = x + plan.column_width - plan.number_width[-1]
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(_x(total_x), top, _x(total_x), y)


def _draw_table(canvas: Canvas, plan: _Plan, x: float, top: float, everything: CaseRow) -> None:
    if plan.columns == 1:
        _draw_column(canvas, plan, x, top, plan.rows, everything)
        return
    half = math.ceil(len(plan.rows) / 2)
    _draw_column(canvas, plan, x, top, plan.rows[:half], None)
    right_x = x + plan.column_width + COLUMN_GAP
    _draw_column(canvas, plan, right_x, top, plan.rows[half:], everything)


# ---------------------------------------------------------------------------- the page


def _label_room() -> float:
    """Where the values start, right of the widest of the grey labels before them."""
    keys = ("event", "date", "place", "generated", "by_language", "by_channel", "pages")
    return max(_width(_word(key), 10) for key in keys) + 12


def _draw_heading(
    canvas: Canvas, event: EventInfo | None, generated: dt.datetime, y: float
) -> float:
    """Title, event, date, place and when the report was made; returns the y below."""
    # a longer title is set smaller before it is cut ("Bericht über das Briefeschreiben zu
    # Urgent Ac…" in German, Russian, Spanish and French at 20 points: probe 103b)
    size = 20.0
    while size > 14 and _width(_word("title"), size, True) > WIDTH:
        size -= 1
    _text(canvas, MARGIN, y - 20, _fit(_word("title"), size, WIDTH, True), size, bold=True)
    y -= 32
    _rule(canvas, MARGIN, y, WIDTH, black, 1.2)
    name = _clean(event.name) if event else ""
    details = [
        ("event", name or _word("no_event"), 13.0, bool(name)),
        ("date", _clean(event.date) if event else "", 11.0, False),
        ("place", _clean(event.place) if event else "", 11.0, False),
        ("generated", _date_text(generated), 11.0, False),
    ]
    y -= 8
    for key, value, size, bold in details:
        y -= size + 7
        canvas.setFillColor(GREY)
        _draw_plain(canvas, MARGIN, y, _word(key), 10)
        canvas.setFillColor(black)
        shown = _fit(value or _word("not_given"), size, WIDTH - _label_room(), bold)
        _text(canvas, MARGIN + _label_room(), y, shown, size, bold=bold)
    return y


HEADLINE_HEIGHT = 22 + 74.0
STATS_HEIGHT = 10 + 44.0


def _draw_headline(
    canvas: Canvas, totals: Totals, everything: CaseRow, y: float, stats: bool
) -> float:
    """The evening's figure in a box and, with ``stats``, the five categories under it."""
    y -= 22
    box = HEADLINE_HEIGHT - 22
    canvas.setStrokeColor(black)
    canvas.setLineWidth(1.2)
    canvas.rect(_x(MARGIN, WIDTH), y - box, WIDTH, box, stroke=1, fill=0)
    figure = str(totals.everything)
    size = _fitting_size(figure, 46.0, WIDTH / 2)
    _text(canvas, MARGIN + 14, y - 52, figure, size, bold=True)
    text_x = MARGIN + 14 + _width(figure, size, True) + 14
    _text(canvas, text_x, y - 32, _word("headline"), 18, bold=True)
    hand = totals.extras.get(ExtraKind.HANDWRITTEN.value, 0)
    detail = _word("headline_detail").format(app=totals.letters, hand=hand)
    _text(canvas, text_x, y - 52, _fit(detail, 10, MARGIN + WIDTH - text_x - 10), 10)
    y -= box
    if not stats:
        return y
    y -= STATS_HEIGHT - 44
    gap = 8
    stat_width = (WIDTH - 4 * gap) / 5
    keys = ("letters", "emails", "faxes", "signatures", "cards")
    for index, (key, value) in enumerate(zip(keys, everything.cells(), strict=False)):
        x = MARGIN + index * (stat_width + gap)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(_x(x, stat_width), y - 44, stat_width, 44, stroke=1, fill=0)
        number = str(value)
        middle = x + stat_width / 2
        # a merged season's 109,999,989 signatures were wider than their box (probe 109a)
        figure_size = _fitting_size(number, 18.0, stat_width - 8)
        left = middle - _width(number, figure_size, True) / 2
        _text(canvas, left, y - 24, number, figure_size, bold=True)
        label = _fit(_word(key), 9, stat_width - 8)
        canvas.setFillColor(GREY)
        _draw_plain(canvas, middle - _width(label, 9) / 2, y - 37, label, 9)
        canvas.setFillColor(black)
    return y - 44


def _draw_footnote(canvas: Canvas) -> float:
    """The notes at the foot of the page; returns the y above them."""
    notes = _wrap(_word("total_note"), 8, WIDTH) + _wrap(_word("footnote"), 8, WIDTH)
    top = MARGIN + len(notes) * 11
    canvas.setFillColor(GREY)
    for index, line in enumerate(notes):
        _draw_plain(canvas, MARGIN, top - (index + 1) * 11 + 3, line, 8)
    canvas.setFillColor(black)
    _rule(canvas, MARGIN, top + 4, WIDTH, RULE, 0.4)
    return top + 8


def _summaries(totals: Totals, language: str) -> list[tuple[str, str]]:
    """Short lines: letters per language and per channel, and the pages."""
    room = WIDTH - _label_room()
    languages = [
        (language_name(code, language) or code or "?", n) for code, n in totals.by_language.items()
    ]
    words = _WORDS.get()
    channels = [(words.get(f"channel_{name}", name), n) for name, n in totals.by_channel.items()]
    return [
        ("by_language", _count_list(languages, SUMMARY_SIZE, room) if languages else "–"),
        ("by_channel", _count_list(channels, SUMMARY_SIZE, room) if channels else "–"),
        ("pages", _fit(_word("pages_line").format(pages=totals.pages), SUMMARY_SIZE, room)),
    ]


SUMMARY_SIZE = 10.0
SUMMARY_STEP = 15.0
CASES_HEADING = 24 + 8.0
NO_CASES_HEIGHT = 16.0


def render_report(
    totals: Totals, event: EventInfo | None, generated: dt.datetime, language: str = "en"
) -> bytes:
    """The report as a one-page A4 PDF, in ``language`` (the interface's; English where a
    word has no translation). The same totals, event, time and language give the same
    bytes."""
    words = _WORDS.set(report_words(language))
    mirrored = _MIRRORED.set(report_reads_right_to_left(language))
    try:
        return _rendered(totals, event, generated, language)
    finally:
        _MIRRORED.reset(mirrored)
        _WORDS.reset(words)


def _rendered(
    totals: Totals, event: EventInfo | None, generated: dt.datetime, language: str
) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=Paper.A4.size, invariant=1, initialFontName=REGULAR)
    name = _clean(event.name) if event else ""
    canvas.setTitle(f"{_word('title')}: {name}" if name else _word("title"))
    canvas.setAuthor(_word("creator"))
    canvas.setSubject(f"{totals.everything} {_word('headline')}")
    canvas.setCreator(_word("creator"))
    canvas.setProducer(_word("creator"))
    canvas.setDateFormatter(lambda *_: _pdf_date(generated))

    y = _draw_heading(canvas, event, generated, Paper.A4.size[1] - MARGIN)
    foot = _draw_footnote(canvas)
    summaries = _summaries(totals, language)
    summaries_height = 18 + len(summaries) * SUMMARY_STEP
    rows = case_rows(totals)
    everything = _sum_rows(_word("all_cases"), rows)
    # the table gets the room the rest leaves; many cases: the five figures above it go
    # (the "All cases" row gives them too), so that more cases fit
    room = y - HEADLINE_HEIGHT - STATS_HEIGHT - CASES_HEADING - summaries_height - foot
    plan = _plan_table(rows, everything, WIDTH, room) if rows else None
    stats = True
    if plan is not None and plan.hidden:
        plan = _plan_table(rows, everything, WIDTH, room + STATS_HEIGHT)
        stats = False
    y = _draw_headline(canvas, totals, everything, y, stats)
    y -= CASES_HEADING - 8
    _text(canvas, MARGIN, y, _word("cases"), 13, bold=True)
    y -= 8
    if plan is not None:
        _draw_table(canvas, plan, MARGIN, y, everything)
        y -= plan.height()
    else:
        y -= NO_CASES_HEIGHT
        _text(canvas, MARGIN, y, _word("no_cases"), 10)
    y -= 18
    for key, text in summaries:
        y -= SUMMARY_STEP
        canvas.setFillColor(GREY)
        _draw_plain(canvas, MARGIN, y, _word(key), 10)
        canvas.setFillColor(black)
        _text(canvas, MARGIN + _label_room(), y, text, SUMMARY_SIZE)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

"""A letter's text as reportlab flowables: each line a paragraph, laid out in bounded
pieces, and its end kept with the closing and the signature.

The text is a stranger's (a template, a volunteer's typing): a paragraph of 20,000
characters or a thousand words of no width on one line is cut into pieces reportlab
breaks in time, and the last paragraphs are kept on the signature's page without leaving
a page empty below the greeting when they are taller than a page.
"""

from __future__ import annotations

import itertools
import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from uawriter.domain.controls import plain_line_ends
from uawriter.rendering.fonts import text_width
from uawriter.rendering.lines import text_flowable
from uawriter.rendering.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

BODY_SIZE = 12
BODY_LEADING = 16.5
#: The page's side margins, between which a letter's lines run.
LETTER_SIDE_MARGIN = 25 * mm

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
NARROWEST_LINE = A4[0] - 2 * LETTER_SIDE_MARGIN

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


def letter_flowables(text: str, style: ParagraphStyle, rtl: bool) -> list[Flowable]:
    """Each line its own paragraph, each empty line a line of space: the text as typed. The
    last paragraphs (see :data:`KEPT_TOGETHER_AT_END`) are kept on one page."""
    flowables: list[Flowable] = []
    starts: list[int] = []  # where each paragraph (lines between empty lines) starts
    previous_blank = True
    for line in plain_line_ends(text).rstrip("\n").split("\n"):
        if line.strip():
            if previous_blank:
                starts.append(len(flowables))
            flowables += [text_flowable(part, style, rtl=rtl) for part in _pieces(line)]
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
    return _one_liners_kept_with_next(flowables, starts, first or len(flowables))


#: The lines a paragraph of one line (a greeting, a heading) needs below it on a page: it,
#: a line of space and three lines of what follows (reportlab leaves a paragraph whole
#: rather than one line of it at a page's foot); else it begins the next page.
LINES_WITH_ONE_LINER = 5


def _one_liners_kept_with_next(
    flowables: list[Flowable], starts: list[int], end: int
) -> list[Flowable]:
    """``flowables`` with each paragraph of one line before ``end`` (the greeting) moved
    to the next page when the first lines of the paragraph after it would not follow it
    there: the greeting stood alone at the foot of a page below a long address block, the
    letter's text all on the next (probe 116b)."""
    one_liners = {
        start
        for start, after in itertools.pairwise(starts)
        if 0 < start < end and sum(not isinstance(f, Spacer) for f in flowables[start:after]) == 1
    }
    if not one_liners:
        return flowables
    kept: list[Flowable] = []
    for index, flowable in enumerate(flowables):
        if index in one_liners:
            kept.append(CondPageBreak(LINES_WITH_ONE_LINER * BODY_LEADING))
        kept.append(flowable)
    return kept


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

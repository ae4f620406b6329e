"""One line or one paragraph of text in any script, for the letters, envelopes and reports.

Right-to-left text is broken into lines in reading order, then each line is reordered and
shaped for drawing, with the text as read attached for copying (reportlab's own Paragraph
would reverse the words). Chinese and Japanese break between characters.
"""

from __future__ import annotations

import re

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from uawriter.rendering.bidi import Direction, base_direction, classed, has_rtl, shape, visual
from uawriter.rendering.fonts import paragraph_markup, runs, text_width
from uawriter.rendering.platypus import Flowable, Paragraph


def _actual_text(text: str) -> str:
    """A PDF string of ``text`` in UTF-16, for /ActualText."""
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    base: Direction | None = None,
    colour: Color = black,
) -> float:
    """Draw one line of any script at baseline ``y``, in ``colour``; ``x`` is its left or
    right end.

    Right-to-left text is shaped and reordered for drawing; the logical text is attached as
    /ActualText, so a reader that copies from the PDF can get it in reading order.
    """
    if not has_rtl(text):
        left = x - text_width(text, size, bold) if align == "right" else x
        return _draw_runs(canvas, left, y, text, size, bold, colour)
    direction = base or base_direction(text)
    shown = visual(text, direction)
    width = text_width(shown, size, bold)
    left = x - width if align == "right" else x
    canvas.addLiteral(f"/Span <</ActualText {_actual_text(text)}>> BDC")
    for piece_x, piece in _reading_order(shown, left, size, bold, direction):
        _draw_runs(canvas, piece_x, y, piece, size, bold, colour)
    canvas.addLiteral("EMC")
    return width


def _draw_runs(
    canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool, colour: Color = black
) -> float:
    start = x
    canvas.setFillColor(colour)
    for font, piece in runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, font, size)
    return x - start


def _reading_order(
    shown: str, left: float, size: float, bold: bool, direction: Direction
) -> list[tuple[float, str]]:
    """The pieces of a reordered line, placed where they are seen but listed in the order
    they are read, so text copied from the PDF comes out in reading order: right-to-left
    words from right to left, and a Latin name or number inside them left to right."""
    tokens = re.findall(r"\S+\s*|\s+", shown)
    placed: list[tuple[float, str, bool]] = []
    x = left
    for token in tokens:
        placed.append((x, token, has_rtl(token)))
        x += text_width(token, size, bold)
    chunks: list[list[tuple[float, str, bool]]] = []
    for item in placed:
        if chunks and chunks[-1][-1][2] == item[2]:
            chunks[-1].append(item)
        else:
            chunks.append([item])
    if direction == "R":
        chunks.reverse()
    ordered: list[tuple[float, str]] = []
    for chunk in chunks:
        if chunk[0][2]:  # right-to-left words: read from the right
            ordered += [(px, token) for px, token, _ in reversed(chunk)]
        else:  # left-to-right words stay one piece, in their order
            ordered.append((chunk[0][0], "".join(token for _, token, _ in chunk)))
    return ordered


#: How near the line's end (points) a line broken a word at a time is measured whole.
_CLOSE_TO_THE_EDGE = 2.0


class _BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph with right-to-left script in it, broken into lines in logical order,
    each line then reordered for drawing (reportlab's Paragraph would reverse the words)."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        align: str,
        base: Direction,
        bold: bool = False,
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        # measured as drawn: a character this Python's tables do not know (an emoji newer
        # than them) is drawn as U+FFFD, wider than the missing glyph it was measured as,
        # and 25 of them put a Hebrew line past the paper's edge (probe 66a)
        self.text = classed(text)
        self.style = style
        self.align = align
        self.base = base
        self.bold = bold
        self.lines = lines
        self._width = 0.0

    def _break(self, width: float) -> list[str]:
        size = self.style.fontSize

        def measured(text: str) -> float:
            return text_width(shape(text), size, self.bold)

        lines: list[str] = []
        current = ""
        # the width of ``current`` as shaped, summed a word at a time: letters join within a
        # word, never across a space, so the sum is the width; measuring the whole line again
        # at each word grew with the square of the words on it (a line of 120 narrow words
        # took a letter to 6 s, probe 65). Near the edge the line is measured whole.
        drawn = 0.0
        for word in re.split(r"(?<=\s)(?=\S)", self.text):  # words keep their trailing space
            candidate = current + word
            ink = measured(word.rstrip())
            fits = drawn + ink <= width
            if abs(drawn + ink - width) <= _CLOSE_TO_THE_EDGE:
                fits = measured(candidate.rstrip()) <= width
            if not current or fits:
                current = candidate
                drawn += measured(word) if word != word.rstrip() else ink
                continue
            lines.append(current.rstrip())
            current = word
            drawn = measured(word)
        if current.strip() or not lines:
            lines.append(current.rstrip())
        return self._split_long(lines, width)

    def _split_long(self, lines: list[str], width: float) -> list[str]:
        """A word wider than the line (a long web address) is cut where it must be."""
        size = self.style.fontSize

        def fits(text: str) -> bool:
            return text_width(shape(text), size, self.bold) <= width

        # no drawn character is narrower than a tenth of the type size: a line holds at most
        # this many (characters of no width aside, below)
        most = max(2, int(width / (size * 0.1)) + 1)
        result: list[str] = []
        for line in lines:
            rest = line
            while len(rest) > 1:
                if len(rest) <= most and fits(rest):
                    break
                if fits(rest[:most]):  # many characters of no width
                    cut = most
                else:
                    # the longest start that fits, by halving (cutting one character at a
                    # time and measuring again took 44 s for a word of 2,000 Hebrew letters)
                    cut, high = 1, most  # cut is 1 or fits; high does not fit
                    while high - cut > 1:
                        middle = (cut + high) // 2
                        if fits(rest[:middle]):
                            cut = middle
                        else:
                            high = middle
                result.append(rest[:cut])
                rest = rest[cut:]
            result.append(rest)
        return result

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.lines is None or avail_width != self._width:
            self.lines = self._break(avail_width) if self.lines is None else self.lines
        self._width = avail_width
        self.width = avail_width
        self.height = len(self.lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self.lines is not None
        fit = int(avail_height // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self.lines):
            return [self]
        first, rest = self.lines[:fit], self.lines[fit:]
        return [
            _BidiParagraph(
                self.text, self.style, align=self.align, base=self.base, bold=self.bold, lines=first
            ),
            _BidiParagraph(
                self.text, self.style, align=self.align, base=self.base, bold=self.bold, lines=rest
            ),
        ]

    def draw(self) -> None:
        assert self.lines is not None
        style = self.style
        for index, line in enumerate(self.lines):
            y = self.height - index * style.leading - style.fontSize
            x = self.width if self.align == "right" else 0
            draw_line(
                self.canv,
                x,
                y,
                line,
                style.fontSize,
                bold=self.bold,
                align=self.align,
                base=self.base,
            )


#: Chinese, Japanese and Korean: lines break between any two characters.
_CJK_CHARACTERS = (
    r"[\u2e80-\u2fff\u3000-\u30ff\u3100-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_cjk: re.Pattern[str] | None = None


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese, Japanese or Korean character. The pattern is
    compiled only for text that can hold one (3 ms of every export otherwise)."""
    global _cjk  # noqa: PLW0603 - compiled once, when first needed
    if not text or max(text) < "\u2e80":
        return False
    if _cjk is None:
        _cjk = re.compile(_CJK_CHARACTERS)
    return _cjk.search(text) is not None


#: A word this long is cut where the line ends anyway; its soft hyphens (U+00AD) are
#: dropped, since reportlab tries each one in turn, measuring the word again each time
#: (28,500 letters with one every two: 4 s a letter, against 0.4 s without them).
LONGEST_HYPHENATED_WORD = 60
_LONG_WORD = re.compile(rf"\S{{{LONGEST_HYPHENATED_WORD + 1},}}")


def _without_long_soft_hyphens(text: str) -> str:
    if "\xad" not in text:
        return text
    return _LONG_WORD.sub(lambda word: word.group().replace("\xad", ""), text)


def text_flowable(text: str, style: ParagraphStyle, *, rtl: bool, bold: bool = False) -> Flowable:
    """One paragraph of any script: right-to-left text reordered for drawing, Chinese and
    Japanese broken between characters, everything shown literally."""
    align = "right" if rtl else "left"
    if has_rtl(text):
        # a right-to-left letter reads every line from the right, whatever it starts with
        base: Direction = "R" if rtl else base_direction(text)
        return _BidiParagraph(text, style, align=align, base=base, bold=bold)
    cjk = has_cjk(text)
    if rtl or cjk:
        style = ParagraphStyle(
            f"{style.name}-{align}",
            parent=style,
            alignment=TA_RIGHT if rtl else style.alignment,
            wordWrap="CJK" if cjk else None,
        )
    # reportlab's CJK wrapping draws a soft hyphen as "-" wherever it stands: there it is
    # no place to break but a mark mid-line ("dere-chos en 中国", probe 77a), so it goes
    text = text.replace("\xad", "") if cjk else _without_long_soft_hyphens(text)
    return Paragraph(paragraph_markup(text, bold), style)

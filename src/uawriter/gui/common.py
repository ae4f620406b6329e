"""Small things the window's panes share: the item data role, left-to-right isolation, and
what keeps a window on a small screen (a size that fits it, a row of buttons that wraps, a
label a long word cannot widen).

The panes are parts of the main window, so their texts keep the translation context
``"MainWindow"`` (``QCoreApplication.translate("MainWindow", ...)``): moving a string into a
pane must not lose its translations.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMimeData,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from uawriter.domain.runs import broken_runs
from uawriter.gui import modal

ROLE_ID = Qt.ItemDataRole.UserRole

# Unicode bidirectional isolates: LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE.
LRI = "\u2066"
PDI = "\u2069"


def ltr(text: str) -> str:
    """Left-to-right data (a fax number, an e-mail address, a path, a URL) kept in its own
    order inside right-to-left text: in the Arabic interface "+7 7172 72 05 16" must not
    be shown as "16 05 72 7172 7+" (a volunteer dials from the screen)."""
    return f"{LRI}{text}{PDI}" if text else text


def with_ua_number(text: str, number: str) -> str:
    """``text`` ("UA %1, update %2" as translated) with the UA number for %1, kept left to
    right with the "UA" before it: the number alone in an isolate took the right-to-left
    direction beside an Arabic comma, and "UA 129/10" read "129/10 UA" (probe 69b)."""
    return text.replace("UA %1", ltr(f"UA {number}")).replace("%1", ltr(number))


LRM = "\u200e"
RLM = "\u200f"


def _first_strong(line: str) -> str:
    """ "L" or "R" for the line's first letter with a direction, "" if it has none."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return ""


def own_direction(text: str) -> str:
    """A pack's text (a talking point, a title, a name) shown in its own direction inside
    the right-to-left interface: "… to Uzbekistan." keeps its full stop at its end (on the
    right) instead of having it moved to the left. Each line is framed by the mark of its
    own direction (left-to-right or right-to-left mark), so the punctuation at its ends
    belongs to its words. Qt's text layout does not apply the Unicode isolates (FSI … PDI)
    to this, measured: the marks it does. In a left-to-right interface the text is left
    as it is."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    lines = []
    for line in text.split("\n"):
        mark = {"L": LRM, "R": RLM}.get(_first_strong(line), "")
        lines.append(f"{mark}{line}{mark}" if mark else line)
    return "\n".join(lines)


def joined_in_order(parts: Sequence[str], separator: str = " · ") -> str:
    """Texts typed by people (an event's name, place and date) on one line, in the order
    of the interface's direction, each read in its own: the line starts with the
    interface's direction mark, each part is framed by its own. Joined as they were, the
    line took the direction of its first letter: "أمسية Write for Rights" at "Central
    Library" in the English interface read "Write for Rights · Central Library · … أمسية"
    (probe 97c)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    framed = []
    for part in parts:
        mark = {"L": LRM, "R": RLM}.get(_first_strong(part), "")
        framed.append(f"{mark}{part}{mark}")
    return (RLM if rtl else LRM) + separator.join(framed)


def plain_labels(widget: QWidget) -> None:
    """Every label of ``widget`` shows its text as written. Qt shows a label's text as
    HTML when it looks like HTML: a pack's official titled "<img src=x.png>President"
    was shown as an image read from this computer, and "&" in the label above the letter
    as a literal (probe 76a). No label of the window is meant to be HTML; one that is
    says so (``Qt.TextFormat.RichText``) and keeps it."""
    for label in widget.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tip(text: str) -> str:
    """``text`` as a tooltip shows it as written (Qt reads a tooltip that looks like HTML
    as HTML: a talking point beginning "<img …>" was an image; probe 76a)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)


def os_error_text(exc: OSError) -> str:
    """Why a file could not be written, naming it: "…/drafts: File exists", not "File
    exists" all evening with nothing to say which file stood in the way (probe 74c)."""
    reason = exc.strerror or str(exc)
    return f"{ltr(str(exc.filename))}: {reason}" if exc.filename else reason


def plain_text(edit: QPlainTextEdit) -> str:
    """The text of ``edit`` as typed or set: its lines joined by "\n", and its no-break
    spaces kept. Qt's ``toPlainText()`` turns each U+00A0 into a space: a pack's address
    written with one ("Levoberezhe\u00a0Street", as pasted from a web page) then differed
    from the letter composed at the first word typed, and every export asked "Your
    changes are not in every letter" (probe 75a); the pack editor changed the pack's
    texts at their first edit."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning the volunteer acknowledges (objectName ``warning``)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("warning")
    modal.run(box)


# ---------------------------------------------------------------------- small screens

#: Room a window's frame and title bar take, and a task bar's, around its contents: a
#: window sized to the screen's available geometry less these is wholly on screen.
FRAME_WIDTH = 24
FRAME_HEIGHT = 40


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or less on a smaller screen: a dialog
    opened at 1100 × 680 on a netbook's 800 × 600 had its Save button off the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_WIDTH)
        height = min(height, room.height() - FRAME_HEIGHT)
    window.resize(width, height)


#: Arabic-Indic digits (and Persian ones) and the Arabic separators, and their Western forms.
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")


def in_western_digits(text: str) -> str:
    """``text`` as the interface language writes it, in Western digits. The Arabic interface
    writes its numbers in Western digits (the hours, the UA numbers and their updates, the
    pack editor, the volunteer's number): counts in Arabic-Indic ones beside them, "19:00"
    beside "٣" in one row, were misread by readers of either."""
    return text.translate(_WESTERN)


def count_text(number: int) -> str:
    """``number`` grouped as the interface language groups it ("1,234", "1 234"), in
    Western digits (see :func:`in_western_digits`)."""
    return in_western_digits(QLocale().toString(number))


def list_separator() -> str:
    """What the interface language puts between the items of a list (", "; "، " in
    Arabic, where a Latin comma stood between Arabic words: probe 106b)."""
    return QCoreApplication.translate("common", ", ", "between the items of a list")


def joined_list(items: Iterable[str]) -> str:
    return list_separator().join(items)


def aligned_as_interface(edit: QPlainTextEdit) -> None:
    """``edit``'s lines aligned to the interface's side: in Arabic its right-to-left lines
    were drawn at the left, their indent between the label and the middle of the box
    (the numbers to dial, the call script: probe 106b)."""
    if QGuiApplication.isRightToLeft():
        option = edit.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        edit.document().setDefaultTextOption(option)


class PlainTextEdit(QPlainTextEdit):
    """A plain text box whose pastes and drops hold no run of characters without a space
    longer than any word (:func:`~uawriter.domain.runs.broken_runs`): a 200,000-letter word
    pasted into the letter froze the window for 10 s, then 5 s at every key, as Qt lays such
    a line out (probe 104a). ``runs_broken`` gives how many spaces went in."""

    runs_broken = Signal(int)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        text, spaces = broken_runs(source.text()) if source.hasText() else ("", 0)
        if not spaces:
            super().insertFromMimeData(source)
            return
        self.insertPlainText(text)
        self.runs_broken.emit(spaces)


class NarrowComboBox(QComboBox):
    """A combo box as wide as ``chars`` characters at least, not as its longest item: an
    official's title and name of 135 characters opened a dialog 968 pixels wide on an
    800-pixel screen (probe 92c). The list it opens shows each item whole; the box shows
    the chosen one shortened with "…" where it does not fit (Qt cut it mid-word, and in the
    Arabic interface showed a Latin name's end without its start: probe 102c), whole in
    its tooltip."""

    def __init__(self, chars: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        self.currentTextChanged.connect(self._tell_whole)

    def initStyleOption(self, option: QtWidgets.QStyleOptionComboBox) -> None:  # noqa: N802
        super().initStyleOption(option)
        option.currentText = self._shown(option)

    def _shown(self, option: QtWidgets.QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, max(field.width(), 0)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._tell_whole()

    def _tell_whole(self, *_: object) -> None:
        """The whole choice in the tooltip while the box shows it shortened (the box
        narrowed after the choice too: probe 103b)."""
        option = QtWidgets.QStyleOptionComboBox()
        super().initStyleOption(option)
        self.setToolTip(self.currentText() if self._shown(option) != self.currentText() else "")


def form_page(
    page: QWidget,
    rows: Sequence[tuple[QWidget, QWidget]],
    body: Sequence[tuple[QWidget, int]],
    buttons: Sequence[QWidget],
    left: QWidget | None = None,
) -> QWidget:
    """``page`` laid out as a dialog's tab: labelled fields, then the widgets of ``body``
    (with their stretch), then a row of buttons on the right (``left`` on its left)."""
    form = QFormLayout()
    for label, field in rows:
        if isinstance(label, QLabel):
            label.setBuddy(field)
        form.addRow(label, field)
    row = QHBoxLayout()
    if left is not None:
        row.addWidget(left)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    for widget, stretch in body:
        layout.addWidget(widget, stretch)
    layout.addLayout(row)
    return page


#: An unbroken run of more characters than this may be broken (see :func:`breakable`).
BREAKABLE_RUN = 20
_ZWSP = "\u200b"  # ZERO WIDTH SPACE: a place a line may break, drawn as nothing


def _joins(char: str) -> bool:
    """A character that belongs to the one before it (a combining mark, a variation
    selector, a joiner): no break goes before it."""
    return (
        unicodedata.combining(char) != 0
        or unicodedata.category(char) in {"Mn", "Mc", "Me"}
        or char in "\u200c\u200d"
    )


#: A pack's name or title in a label is cut after this many characters (the letter shows all).
LABEL_NAME_CHARS = 120


def shortened(text: str, chars: int = LABEL_NAME_CHARS) -> str:
    """``text`` of at most about ``chars`` characters: its beginning and its end with "…"
    between (a title and a name: both ends say whose letter it is), never cut between a
    letter and its mark. A name and title of 350 characters took ten lines of the letter's
    label and pushed its last line under the letter."""
    if len(text) <= chars:
        return text
    head, tail = chars // 2, len(text) - (chars - chars // 2 - 1)
    while head > 0 and _joins(text[head]):
        head -= 1
    while tail < len(text) and _joins(text[tail]):
        tail += 1
    return text[:head] + "…" + text[tail:]


def breakable(text: str, run: int = BREAKABLE_RUN) -> str:
    """A pack's text (a name, a title) for a word-wrapped label: a word longer than
    ``run`` characters gets invisible break points, so a label can wrap it instead of
    growing as wide as the word (a name of 200 letters made the window 2,175 pixels wide)."""
    out: list[str] = []
    length = 0
    previous = ""
    for char in text:
        if char.isspace() or char == _ZWSP:
            length = 0
        elif length >= run and not _joins(char) and previous != "\u200d":
            out.append(_ZWSP)
            length = 0
        if not char.isspace():
            length += 1
        out.append(char)
        previous = char
    return "".join(out)


def shrinkable(label: QLabel) -> QLabel:
    """A word-wrapped label whose text never sets the width of its window: its width is
    what the layout gives it (the other widgets decide), and it grows taller instead."""
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class FlowRow(QWidget):
    """Buttons in a row that wraps onto more rows when the window is narrow: five buttons
    in French needed 1,039 pixels in one row. The row is as narrow as its widest button.

    Buttons from ``trailing_from`` on go to the row's far end (right, or left in a
    right-to-left interface), as a stretch before them in a row would put them.

    A widget that places its buttons itself, not a Python ``QLayout``: Qt calls a layout's
    ``itemAt`` while it takes a window apart, and a Python layout answering from its own
    list of items crashed the event window's tests there (a segmentation fault in
    ``itemAt``)."""

    def __init__(
        self, buttons: list[QWidget], trailing_from: int | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.buttons = list(buttons)
        self.trailing_from = trailing_from
        for button in self.buttons:
            button.setParent(self)
            button.installEventFilter(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # what the window's layout asks
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(width, apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All in one row."""
        sizes = [self._size(button) for button in self._shown()]
        width = sum(size.width() for size in sizes) + self._gap() * max(len(sizes) - 1, 0)
        height = max((size.height() for size in sizes), default=0)
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """One button a row."""
        size = QSize(0, 0)
        for button in self._shown():
            size = size.expandedTo(self._size(button))
        return size

    # keeping the buttons in place
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(self.width(), apply=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # a button shown, hidden or given a longer text (another language) moves the rest
        if event.type() in _RELAYOUT_EVENTS:
            self._changed()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button's size hint changed
            self._changed()
        return super().event(event)

    def _changed(self) -> None:
        self.updateGeometry()
        self._arrange(self.width(), apply=True)

    # the rows
    def _shown(self) -> list[QWidget]:
        return [button for button in self.buttons if not button.isHidden()]

    @staticmethod
    def _size(button: QWidget) -> QSize:
        return button.sizeHint().expandedTo(button.minimumSizeHint())

    def _gap(self) -> int:
        metric = QStyle.PixelMetric.PM_LayoutHorizontalSpacing
        return max(self.style().pixelMetric(metric, None, self), 6)

    def _arrange(self, width: int, apply: bool) -> int:
        """Lay the buttons out in rows ``width`` wide (when ``apply``); the height they take."""
        gap = self._gap()
        rows: list[list[tuple[int, QWidget, QSize]]] = [[]]
        used = 0
        for index, button in enumerate(self.buttons):
            if button.isHidden():
                continue
            size = self._size(button)
            size.setWidth(min(size.width(), width))
            if rows[-1] and used + gap + size.width() > width:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + size.width()
            rows[-1].append((index, button, size))
        area = QRect(0, 0, width, 0)
        top = 0
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _, _, size in row)
            if apply:
                taken = sum(size.width() for _, _, size in row) + gap * (len(row) - 1)
                spare = max(width - taken, 0)
                x = 0
                for index, button, size in row:
                    if self.trailing_from is not None and index >= self.trailing_from:
                        x += spare  # the trailing buttons' stretch, once a row
                        spare = 0
                    place = QRect(QPoint(x, top + (height - size.height()) // 2), size)
                    button.setGeometry(QStyle.visualRect(self.layoutDirection(), area, place))
                    x += size.width() + gap
            top += height + gap
        return max(top - gap, 0)


_RELAYOUT_EVENTS = (
    QEvent.Type.ShowToParent,
    QEvent.Type.HideToParent,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
)


#: A dialog's property: the organiser's work (a pack being made), which the reset for the
#: next volunteer puts away until the organiser's PIN is typed again, not throws away.
ORGANISERS_WORK = "organisersWork"


#: The longest line a text box is given: Qt lays out a line (a paragraph) whole, in a time
#: that grows faster than its length (200,000 characters on one line: 12 s of a frozen
#: window). A few thousand characters lay out in milliseconds.
LONGEST_SHOWN_LINE = 2_000


def broken_lines(text: str, longest: int = LONGEST_SHOWN_LINE) -> tuple[str, bool]:
    """``text`` with every line longer than ``longest`` broken into lines no longer, at
    the last space in the second half of each piece (anywhere when there is none); and
    whether a line was broken."""
    lines = text.split("\n")
    if all(len(line) <= longest for line in lines):
        return text, False
    out: list[str] = []
    for line in lines:
        rest = line
        while len(rest) > longest:
            space = rest.rfind(" ", longest // 2, longest + 1)
            cut = space if space > 0 else longest
            out.append(rest[:cut])
            rest = rest[cut + 1 :] if space > 0 else rest[cut:]
        out.append(rest)
    return "\n".join(out), True


def shortened_line(line: str, longest: int = LONGEST_SHOWN_LINE) -> str:
    """``line`` cut to ``longest`` characters and an ellipsis, where the lines must keep
    their numbers (a line cut is still one line)."""
    return line if len(line) <= longest else line[:longest] + " …"

"""Small things the window's panes share: the item data role, left-to-right isolation, and
what keeps a window on a small screen (a size that fits it, a row of buttons that wraps, a
label a long word cannot widen).

The panes are parts of the main window, so their texts keep the translation context
``"MainWindow"`` (``QCoreApplication.translate("MainWindow", ...)``): moving a string into a
pane must not lose its translations.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QWidget,
)

ROLE_ID = Qt.ItemDataRole.UserRole

# Unicode bidirectional isolates: LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE.
LRI = "\u2066"
PDI = "\u2069"


def ltr(text: str) -> str:
    """Left-to-right data (a fax number, an e-mail address, a path, a URL) kept in its own
    order inside right-to-left text: in the Arabic interface "+7 7172 72 05 16" must not
    be shown as "16 05 72 7172 7+" (a volunteer dials from the screen)."""
    return f"{LRI}{text}{PDI}" if text else text


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


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning the volunteer acknowledges (objectName ``warning``)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("warning")
    box.exec()


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


class FlowLayout(QLayout):
    """Buttons in a row that wraps onto more rows when the window is narrow: five buttons
    in French needed 1,039 pixels in one row. The layout is as wide as its widest button.

    Items from ``trailing_from`` on go to the row's far end (right, or left in a
    right-to-left interface), as a stretch before them in a row would put them."""

    def __init__(self, parent: QWidget | None = None, trailing_from: int | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.trailing_from = trailing_from

    # QLayout's interface
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All in one row."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap(Qt.Orientation.Horizontal) * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """One item a row."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    # the rows
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return size.grownBy(margins)

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        return max(style.pixelMetric(metric, None, parent), 0)

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in rows inside ``rect`` (when ``apply``); the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        across, down = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        rows: list[list[tuple[int, QLayoutItem, QSize]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), area.width()))
            if rows[-1] and used + across + size.width() > area.width():
                rows.append([])
                used = 0
            used += (across if rows[-1] else 0) + size.width()
            rows[-1].append((index, item, size))
        top = area.top()
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else QGuiApplication.layoutDirection()
        )
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _, _, size in row)
            if apply:
                width = sum(size.width() for _, _, size in row) + across * (len(row) - 1)
                spare = max(area.width() - width, 0)
                x = area.left()
                for index, item, size in row:
                    if self.trailing_from is not None and index >= self.trailing_from:
                        x += spare  # the trailing items' stretch, once a row
                        spare = 0
                    place = QRect(QPoint(x, top + (height - size.height()) // 2), size)
                    item.setGeometry(QStyle.visualRect(direction, area, place))
                    x += size.width() + across
            top += height + down
        margins = self.contentsMargins()
        if top == area.top():  # nothing shown
            return margins.top() + margins.bottom()
        return top - down - area.top() + margins.top() + margins.bottom()

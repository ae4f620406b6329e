"""The tables of the event window: totals per action in the columns sections report, and
simple counted lists (per addressee, language, channel, hour) with a bar for each line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QProgressBar, QTreeWidget, QTreeWidgetItem

from uawriter.gui.common import count_text, plain_tip
from uawriter.storage.tally import Channel, ExtraKind
from uawriter.storage.tally_totals import ACTION_COLUMNS

#: The per-action columns: action, all letters, then each channel and hand count.
TOTAL_COLUMN = 1
FIRST_KIND_COLUMN = 2
_APP_CHANNELS = tuple(c.value for c in Channel)


class TotalsTable(QTreeWidget):
    """One row per action: all letters, post, print, e-mail, fax, handwritten, signatures,
    cards; and a total row."""

    def __init__(self) -> None:
        super().__init__()
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        _readable(self)
        self.setColumnCount(FIRST_KIND_COLUMN + len(ACTION_COLUMNS))
        header = self.header()
        header.setStretchLastSection(False)
        # the Action column is given its width by _fit_action_column
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate_ui()

    def kind_name(self, kind: str) -> str:
        names = {
            Channel.POST.value: self.tr("Post"),
            Channel.PRINT.value: self.tr("Printed"),
            Channel.EMAIL.value: self.tr("E-mail"),
            Channel.FAX.value: self.tr("Fax"),
            Channel.PHONE.value: self.tr("Calls"),
            Channel.SOCIAL.value: self.tr("Posts"),
            ExtraKind.HANDWRITTEN.value: self.tr("Handwritten"),
            ExtraKind.SIGNATURES.value: self.tr("Signatures"),
            ExtraKind.CARDS.value: self.tr("Cards"),
        }
        return names.get(kind, kind)

    def retranslate_ui(self) -> None:
        labels = [self.tr("Action"), self.tr("All letters")]
        labels += [self.kind_name(kind) for kind in ACTION_COLUMNS]
        self.setHeaderLabels(labels)
        self.setAccessibleName(self.tr("Totals per action"))
        self._fit_action_column()

    def _fit_action_column(self) -> None:
        """The Action column takes the room the counts leave, and never less than its
        longest action: on a screen 800 pixels wide the ten count columns left it about
        60 pixels, and every action read "UA 0…", so no row said which action it counts.
        When the room is too little, the table scrolls sideways instead."""
        header = self.header()
        counts = sum(
            max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(1, self.columnCount())
        )
        needed = max(self.sizeHintForColumn(0), header.sectionSizeHint(0))
        # a UA number of thousands of characters (a merged tally's) is cut at the table's
        # width, so that each row's counts are still there to scroll to
        needed = min(needed, max(self.viewport().width(), 1))
        width = max(needed, self.viewport().width() - counts)
        if header.sectionSize(0) != width:
            header.resizeSection(0, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_action_column()

    def show_rows(self, rows: Sequence[tuple[str, str, Mapping[str, int]]]) -> None:
        """``rows``: (action title, its tooltip, counts per ACTION_COLUMNS key)."""
        self.clear()
        sums = dict.fromkeys(ACTION_COLUMNS, 0)
        for title, tooltip, counts in rows:
            item = QTreeWidgetItem([title])
            item.setToolTip(0, plain_tip(tooltip))  # a pack's title, as written
            self._fill(item, counts)
            for kind in ACTION_COLUMNS:
                sums[kind] += counts.get(kind, 0)
            self.addTopLevelItem(item)
        if rows:
            total = QTreeWidgetItem([self.tr("Total")])
            self._fill(total, sums)
            font = QFont(self.font())
            font.setBold(True)
            for column in range(self.columnCount()):
                total.setFont(column, font)
            self.addTopLevelItem(total)
        self._fit_action_column()

    def _fill(self, item: QTreeWidgetItem, counts: Mapping[str, int]) -> None:
        letters = sum(counts.get(k, 0) for k in (*_APP_CHANNELS, ExtraKind.HANDWRITTEN.value))
        item.setText(TOTAL_COLUMN, count_text(letters))
        for column, kind in enumerate(ACTION_COLUMNS, start=FIRST_KIND_COLUMN):
            item.setText(column, count_text(counts.get(kind, 0)))
        for column in range(TOTAL_COLUMN, self.columnCount()):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and assistive checks)."""
        return [[item.text(c) for c in range(self.columnCount())] for item in _items(self)]


#: Rows a count list shows; the rest are summed in one "… more" row.
MAX_LISTED = 100


class CountList(QTreeWidget):
    """Name, number of letters, and a bar in proportion to the largest."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        _readable(self)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setColumnCount(3)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setHeaderLabels(["", "", ""])
        self.header().hide()

    def show_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        self.clear()
        largest = max((n for _, n in counts), default=0)
        if len(counts) > MAX_LISTED:
            # the most written first; the others summed in one row (a tally merged with
            # 4,000 languages made 4,000 bars here and held the window for most of a second)
            ranked = sorted(counts, key=lambda pair: -pair[1])
            rest = ranked[MAX_LISTED - 1 :]
            more = self.tr("%n more", "", len(rest))
            counts = [*ranked[: MAX_LISTED - 1], (more, sum(n for _, n in rest))]
        for name, number in counts:
            item = QTreeWidgetItem([name, count_text(number), ""])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(item)
            bar = QProgressBar()
            bar.setRange(0, max(largest, 1))
            bar.setValue(number)
            bar.setTextVisible(False)
            bar.setMaximumHeight(14)
            self.setItemWidget(item, 2, bar)

    def row_texts(self) -> list[tuple[str, str]]:
        return [(item.text(0), item.text(1)) for item in _items(self)]


def _readable(tree: QTreeWidget) -> None:
    """A size larger than the usual lists: the window may be shown on a projector."""
    font = QFont(tree.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    tree.setFont(font)


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    every = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    return [item for item in every if item is not None]

"""The live preview: the exact PDF that will be printed or exported, shown with QtPdf.

A change to the letter calls :meth:`PreviewPane.schedule`; after a short pause the pane asks
its ``source`` for what to render and renders it with the window's
:class:`~uawriter.gui.tasks.TaskRunner` (key ``"preview"``): the newest render wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from uawriter.domain.model import Sender
from uawriter.engine import Letter, render_letters
from uawriter.gui.tasks import TaskContext, TaskRunner
from uawriter.rendering import Paper

# The pause after the last keystroke before the preview is rendered again. A letter
# renders in about 35 ms, so 120 ms of waiting keeps typing → new preview under 200 ms
# (it was 300 ms) while a burst of typing still makes one render, not one a key.
PREVIEW_DELAY_MS = 120


@dataclass(frozen=True)
class PreviewRequest:
    """What to show: immutable, handed to the render thread as it is."""

    letters: Sequence[Letter]
    sender: Sender
    date: dt.date
    paper: Paper


class PreviewPane(QWidget):
    """Shows PDF bytes; keeps them, so print and export use the very same pages."""

    shown = Signal(int)  # page count, once a new PDF is on screen
    ready = Signal(int)  # page count, once the PDF for the latest change is on screen
    failed = Signal(str)  # the render failed: why

    def __init__(
        self,
        tasks: TaskRunner | None = None,
        source: Callable[[], PreviewRequest | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.source = source
        self.timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self._shown_generation = -1
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # Fit to width is worked out here, not by QPdfView: its FitToWidth reported a zoom of
        # 1.0 (so "−" after it zoomed in and "+" jumped to 125 %), and it measured the width
        # left beside its own scroll bar, which a layout could show and hide for ever.
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setPageSpacing(12)
        self.view.installEventFilter(self)
        self.fitting = True
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        #: Why the latest render failed ("" when it did not): shown in place of the pages.
        self.problem = ""
        self.notice = QLabel(self)
        self.notice.setObjectName("previewProblem")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()

        self.title = QLabel(self)
        self.zoom_out = QToolButton(self)
        self.zoom_out.setObjectName("zoomOut")
        self.zoom_in = QToolButton(self)
        self.zoom_in.setObjectName("zoomIn")
        self.fit = QToolButton(self)
        self.fit.setObjectName("zoomFit")
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / 1.25))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.fit.clicked.connect(self._fit_width)

        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        for button in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notice, 1)
        layout.addWidget(self.view, 1)
        self.document.statusChanged.connect(self._status_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("PreviewPane", "Preview"))
        self.zoom_out.setText(translate("PreviewPane", "−"))
        self.zoom_out.setToolTip(translate("PreviewPane", "Zoom out"))
        self.zoom_out.setAccessibleName(translate("PreviewPane", "Zoom out"))
        self.zoom_in.setText(translate("PreviewPane", "+"))
        self.zoom_in.setToolTip(translate("PreviewPane", "Zoom in"))
        self.zoom_in.setAccessibleName(translate("PreviewPane", "Zoom in"))
        self.fit.setText(translate("PreviewPane", "Fit width"))
        self.fit.setAccessibleName(translate("PreviewPane", "Fit to width"))
        self.view.setAccessibleName(translate("PreviewPane", "Preview of the letter as it prints"))
        self._show_problem()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_pdf(self, data: bytes) -> None:
        self.problem = ""
        self._show_problem()
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.pdf = data
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def clear(self) -> None:
        self.document.close()
        self.pdf = b""
        self.problem = ""
        self._show_problem()

    def clear_for_next_volunteer(self) -> None:
        """Her pages gone, and the zoom she chose with them: the next volunteer's letter is
        shown fitted to the width from its top, not at her zoom (probe 99c)."""
        self.clear()
        self.fitting = True
        self.view.verticalScrollBar().setValue(0)
        self.view.horizontalScrollBar().setValue(0)

    # ------------------------------------------------------------------ rendering

    def schedule(self) -> None:
        """Something changed: a render under way is stale; render afresh after the pause."""
        if self.tasks is not None:
            self.tasks.supersede("preview")
        self.timer.start()

    def is_current(self) -> bool:
        """The PDF on screen is that of the latest change."""
        return self.tasks is not None and self._shown_generation == self.tasks.generation("preview")

    def refresh(self) -> None:
        """Render what ``source`` gives in the background; the newest render wins."""
        request = self.source() if self.source is not None else None
        if request is None or self.tasks is None:
            return

        def work(_context: TaskContext) -> bytes:
            return render_letters(request.letters, request.sender, request.date, request.paper)

        task = self.tasks.run(work, key="preview", on_failed=self._failed)
        task.on_done = lambda pdf: self._rendered(task.generation, pdf)

    def _failed(self, message: str) -> None:
        """The latest render failed (a letter of too many pages): the reason is shown in
        place of the pages, and the pages of an earlier version are not kept, so no one
        prints or faxes them thinking they are this letter's."""
        self.document.close()
        self.pdf = b""
        self.problem = message
        self._show_problem()
        self.failed.emit(message)

    def _show_problem(self) -> None:
        if self.problem:
            self.notice.setText(
                # the window's words for it in the status bar (MainWindow), said here too
                QCoreApplication.translate("MainWindow", "The preview failed: %1").replace(
                    "%1", self.problem
                )
            )
        self.notice.setVisible(bool(self.problem))
        self.view.setVisible(not self.problem)

    def _rendered(self, generation: int, pdf: object) -> None:
        if isinstance(pdf, bytes):
            self._shown_generation = generation
            self.show_pdf(pdf)

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            if self.fitting:
                self._apply_fit()
            pages = self.document.pageCount()
            self.shown.emit(pages)
            if self.is_current():
                self.ready.emit(pages)

    def _zoom(self, factor: float) -> None:
        self.fitting = False
        self.view.setZoomFactor(max(0.1, min(5.0, self.view.zoomFactor() * factor)))

    def _fit_width(self) -> None:
        self.fitting = True
        self._apply_fit()

    def fit_factor(self) -> float:
        """The zoom at which the page fills the view's width, measured as if the vertical
        scroll bar were always there: showing or hiding it never changes the zoom."""
        if self.document.pageCount() < 1:
            return 1.0
        page_points = self.document.pagePointSize(0).width()
        if page_points <= 0:
            return 1.0
        margins = self.view.documentMargins()
        room = (
            self.view.width()
            - 2 * self.view.frameWidth()
            - self.view.verticalScrollBar().sizeHint().width()
            - margins.left()
            - margins.right()
        )
        page_pixels = page_points * self.view.logicalDpiX() / 72
        return max(0.1, min(5.0, room / page_pixels))

    def _apply_fit(self) -> None:
        factor = self.fit_factor()
        if abs(factor - self.view.zoomFactor()) > 0.001:
            self.view.setZoomFactor(factor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view and event.type() == QEvent.Type.Resize and self.fitting:
            self._apply_fit()
        return super().eventFilter(watched, event)

"""What the fax machine will print: the fax pages as the other end receives them.

A fax machine prints 1728 black-or-white dots across a page, 204 per inch, and 196 lines
per inch down. The letter's PDF preview hides what that grid does to small print; this
dialog shows the very pages :mod:`uawriter.rendering.fax_tiff` sends, dot for dot at 100 %,
each page stretched down by 204/196 so its dots are square on screen again and letters look
as they will on paper, not squashed.

Rasterising takes a few tenths of a second a page, so :meth:`FaxPreviewDialog.render_pdf`
does it on the window's :class:`~uawriter.gui.tasks.TaskRunner`; :meth:`show_pages` takes
pages already rasterised.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QImage, QPalette, QPixmap, QResizeEvent, qRgb
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from uawriter.gui.common import fit_to_screen, plain_labels
from uawriter.gui.tasks import TaskContext, TaskRunner
from uawriter.rendering.fax_tiff import FAX_DPI_ACROSS, FAX_DPI_DOWN, fax_pages

if TYPE_CHECKING:
    from PIL import Image

#: Stretch down so a fax dot (1/204 inch across, 1/196 inch down) is square on screen.
ASPECT = FAX_DPI_ACROSS / FAX_DPI_DOWN
TASK_KEY = "faxPreview"
RESIZE_DELAY_MS = 60


def qimage_from_fax_page(page: Image.Image) -> QImage:
    """A 1-bit PIL page as a 1-bit QImage, black 0 and white 1 as in the fax.

    Both pack eight dots a byte, the leftmost in the high bit, and start each row on a new
    byte; the copy makes the QImage own its pixels (the bytes object goes away).
    """
    page = page.convert("1")
    data = page.tobytes()
    image = QImage(data, page.width, page.height, (page.width + 7) // 8, QImage.Format.Format_Mono)
    image.setColorTable([qRgb(0, 0, 0), qRgb(255, 255, 255)])
    return image.copy()


class FaxPreviewDialog(QDialog):
    """The fax pages one under the other, to scroll through; fit to width or 100 %."""

    def __init__(self, tasks: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faxPreviewDialog")
        self.tasks = tasks
        self.images: list[QImage] = []
        self.page_labels: list[QLabel] = []
        self.fitting = True
        self.resize_timer = QTimer(self, singleShot=True, interval=RESIZE_DELAY_MS)
        self.resize_timer.timeout.connect(self._rescale)

        self.explanation = QLabel(self)
        self.explanation.setObjectName("faxPreviewExplanation")
        self.explanation.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("faxPreviewStatus")
        self.fit = QToolButton(self)
        self.fit.setObjectName("faxZoomFit")
        self.actual = QToolButton(self)
        self.actual.setObjectName("faxZoomActual")
        for button in (self.fit, self.actual):
            button.setCheckable(True)
        self.fit.setChecked(True)
        zoom = QButtonGroup(self)
        zoom.setExclusive(True)
        zoom.addButton(self.fit)
        zoom.addButton(self.actual)
        self.fit.clicked.connect(lambda: self.set_fitting(True))
        self.actual.clicked.connect(lambda: self.set_fitting(False))

        self.pages = QWidget()
        self.pages.setObjectName("faxPages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.view = QScrollArea(self)
        self.view.setObjectName("faxPreviewScroll")
        self.view.setWidget(self.pages)
        self.view.setWidgetResizable(True)
        self.view.setBackgroundRole(QPalette.ColorRole.Dark)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.fit)
        bar.addWidget(self.actual)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 760)
        self.retranslate_ui()
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("What the fax machine will print"))
        self.explanation.setText(
            self.tr(
                "This is the page as a fax machine prints it: 204 × 196 dots per inch, "
                "black and white. If small print is hard to read here, it will be on "
                "paper too."
            )
        )
        self.fit.setText(self.tr("Fit width"))
        self.fit.setAccessibleName(self.tr("Fit the pages to the width"))
        self.actual.setText(self.tr("100 %"))
        self.actual.setAccessibleName(self.tr("One fax dot to one screen dot"))
        self.view.setAccessibleName(self.tr("The fax pages as they will print"))
        self._show_count()
        for number, label in enumerate(self.page_labels, start=1):
            label.setAccessibleName(self._page_text(number))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ pages

    def render_pdf(self, pdf: bytes) -> None:
        """Rasterise ``pdf`` as the fax machine will, on the render thread, then show it.
        Without a task runner (a test, a script) it is done here and now."""
        if self.tasks is None:
            self.show_pages(fax_pages(pdf))
            return
        self.status.setText(self.tr("Preparing the fax pages…"))

        def work(_context: TaskContext) -> list[Image.Image]:
            return fax_pages(pdf)

        self.tasks.run(work, key=TASK_KEY, on_done=self.show_pages, on_failed=self._failed)

    def show_pages(self, pages: Sequence[Image.Image]) -> None:
        """Show already rasterised fax pages (mode "1", from :func:`fax_pages`)."""
        self.images = [qimage_from_fax_page(page) for page in pages]
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        for number in range(1, len(self.images) + 1):
            label = QLabel(self.pages)
            label.setObjectName(f"faxPage{number}")
            label.setAccessibleName(self._page_text(number))
            label.setToolTip(self._page_text(number))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self._show_count()
        self._rescale()

    def set_fitting(self, fitting: bool) -> None:
        """Fit the pages to the width of the window, or show them dot for dot (100 %)."""
        self.fitting = fitting
        self.fit.setChecked(fitting)
        self.actual.setChecked(not fitting)
        self._rescale()

    def zoom(self) -> float:
        """Screen pixels per fax dot across (1.0 at 100 %)."""
        if not self.fitting or not self.images:
            return 1.0
        margins = self.pages_layout.contentsMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        scroll_bar = self.view.verticalScrollBar().sizeHint().width()
        widest = max(image.width() for image in self.images)
        return max(0.1, (room - scroll_bar) / widest)

    def page_pixmap_size(self, number: int) -> tuple[int, int]:
        """Width and height on screen of page ``number`` (from 1) at the current zoom."""
        image = self.images[number - 1]
        zoom = self.zoom()
        return round(image.width() * zoom), round(image.height() * zoom * ASPECT)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._forget_render()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._forget_render()
        super().done(result)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.fitting:
            self.resize_timer.start()

    # ------------------------------------------------------------------ inside

    def _rescale(self) -> None:
        """Scale every page to the zoom: smoothly when shrinking (dots would drop out
        unevenly otherwise), dot for dot at 100 %, so what is lost on the fax shows."""
        smooth = self.zoom() < 1.0
        mode = (
            Qt.TransformationMode.SmoothTransformation
            if smooth
            else Qt.TransformationMode.FastTransformation
        )
        for number, (image, label) in enumerate(
            zip(self.images, self.page_labels, strict=True), start=1
        ):
            width, height = self.page_pixmap_size(number)
            source = image.convertToFormat(QImage.Format.Format_Grayscale8) if smooth else image
            scaled = source.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio, mode)
            label.setPixmap(QPixmap.fromImage(scaled))
            label.setFixedSize(width, height)

    def _page_text(self, number: int) -> str:
        text = self.tr("Page %1 of %2")
        return text.replace("%1", str(number)).replace("%2", str(len(self.images)))

    def _show_count(self) -> None:
        count = len(self.images)
        text = self.tr("%n page(s)", "", count) if count else ""
        self.status.setText(text.replace("%n", str(count)))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The fax pages could not be made: %1").replace("%1", message))

    def _forget_render(self) -> None:
        """A render still under way reports to no one: this dialog may be gone by then."""
        if self.tasks is not None:
            self.tasks.supersede(TASK_KEY)

"""The live preview: the exact PDF that will be printed or exported, shown with QtPdf."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


class PreviewPane(QWidget):
    """Shows PDF bytes; keeps them, so print and export use the very same pages."""

    shown = Signal(int)  # page count, once a new PDF is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_pdf(self, data: bytes) -> None:
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

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.shown.emit(self.document.pageCount())

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

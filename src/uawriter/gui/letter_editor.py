"""A letter edited as plain text with fields shown as chips, never as ``{{ … }}``.

:class:`LetterEditor` shows a simple template (:mod:`uawriter.letters.simple`) as text in
which each field ("Salutation", "Their address", "Talking points" …) is one rounded chip:
an image in the document, so the cursor steps over it, one Backspace removes it whole and
nobody can type inside it. Fields are added from the *Insert field* menu. ``template()``
gives the template text back; text typed or pasted is always text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from uawriter.domain.runs import broken_runs
from uawriter.letters.simple import BLOCKS, FIELDS, Field, pieces, template

translate = QCoreApplication.translate

_OBJECT = "\ufffc"  # the character Qt puts where an image stands
_SCHEME = "field:"
_MIME = "application/x-uawriter-letter"


def field_label(key: str) -> str:
    """The chip's words, in the interface language."""
    labels = {
        "sender_block": translate("LetterEditor", "Your name and address"),
        "date": translate("LetterEditor", "Date"),
        "address_block": translate("LetterEditor", "Their address"),
        "salutation": translate("LetterEditor", "Salutation"),
        "talking_points": translate("LetterEditor", "Talking points"),
        "sender_name": translate("LetterEditor", "Your name"),
        "sender_email": translate("LetterEditor", "Your e-mail"),
        "sender_town": translate("LetterEditor", "Your town"),
        "addressee_name": translate("LetterEditor", "Their name"),
        "addressee_title": translate("LetterEditor", "Their title"),
        "title": translate("LetterEditor", "Action title"),
        "reference": translate("LetterEditor", "UA number"),
        "deadline": translate("LetterEditor", "Deadline"),
        "country": translate("LetterEditor", "Country"),
    }
    return labels[key]


def document_template(document: QTextDocument) -> str:
    """A document of text and chips as template text."""
    parts: list[str | Field] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(_SCHEME):
                key = fmt.toImageFormat().name().removeprefix(_SCHEME)
                parts += [Field(key)] * fragment.text().count(_OBJECT)
            else:
                parts.append(fragment.text().replace(_OBJECT, ""))
            it += 1
        block = block.next()
        if block.isValid():
            parts.append("\n")
    return template(parts)


class LetterEditor(QTextEdit):
    """Plain text and field chips. ``edited`` is emitted for each change a person makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._loading = False
        self.textChanged.connect(self._changed)

    # -- in and out

    def set_template(self, text: str) -> bool:
        """Show ``text``; False (and nothing shown) if it is not a simple template."""
        parts = pieces(text)
        self._loading = True
        try:
            self.clear()
            if parts is None:
                return False
            cursor = QTextCursor(self.document())
            for part in parts:
                if isinstance(part, Field):
                    self._insert_chip(cursor, part.key)
                else:
                    cursor.insertText(part, QTextCharFormat())
            self.moveCursor(QTextCursor.MoveOperation.Start)
            return True
        finally:
            self._loading = False

    def template(self) -> str:
        """The letter as template text."""
        return document_template(self.document())

    def fields(self) -> list[str]:
        """The keys of the chips, in order (for tests and for the status line)."""
        found = pieces(self.template()) or []
        return [p.key for p in found if isinstance(p, Field)]

    # -- inserting

    def insert_field(self, key: str) -> None:
        """A chip at the cursor; a block field on a line of its own."""
        cursor = self.textCursor()
        if key in BLOCKS and cursor.positionInBlock() > 0:
            cursor.insertText("\n", QTextCharFormat())
        self._insert_chip(cursor, key)
        if key in BLOCKS:
            cursor.insertText("\n", QTextCharFormat())
        self.setTextCursor(cursor)
        self.setFocus()

    def field_menu(self, parent: QWidget | None = None) -> QMenu:
        """The *Insert field* menu: one entry per field."""
        menu = QMenu(parent or self)
        menu.setObjectName("insertFieldMenu")
        for key in FIELDS:
            action = menu.addAction(field_label(key))
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: self.insert_field(k))
        return menu

    def _insert_chip(self, cursor: QTextCursor, key: str) -> None:
        name = f"{_SCHEME}{key}"
        self.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), self._chip_image(key)
        )
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setToolTip(field_label(key))
        cursor.insertImage(fmt)
        cursor.setCharFormat(QTextCharFormat())

    def _chip_image(self, key: str) -> QImage:
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        label = field_label(key)
        ratio = max(1.0, self.devicePixelRatioF())
        size = QSize(metrics.horizontalAdvance(label) + 14, metrics.height() + 4)
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(40)
        painter.setPen(highlight)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.setFont(font)
        painter.drawText(
            QRectF(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, label
        )
        painter.end()
        return image

    # -- typing and pasting stay text; chips copied here paste back as chips

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        cursor = self.textCursor()
        own = bytes(source.data(_MIME).data()).decode("utf-8", "replace")
        parts = pieces(own) if own else None
        if parts is None:  # no word so long that the box freezes (see PlainTextEdit)
            cursor.insertText(broken_runs(source.text())[0], QTextCharFormat())
            return
        for part in parts:
            if isinstance(part, Field):
                self._insert_chip(cursor, part.key)
            else:
                cursor.insertText(part, QTextCharFormat())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt's name)
        return source.hasText() or source.hasFormat(_MIME)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        """The selection as text for other programs (fields left out) and, for pasting
        back here, as template text with its fields."""
        # Qt's own mime data (the clipboard deletes it; one made here crashed at exit)
        data = super().createMimeDataFromSelection()
        fragment = self.textCursor().selection()
        probe = QTextDocument()
        QTextCursor(probe).insertFragment(fragment)
        data.setText(fragment.toPlainText().replace(_OBJECT, ""))
        data.setData(_MIME, document_template(probe).encode("utf-8"))
        return data

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

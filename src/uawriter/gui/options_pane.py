"""The letter's options: its language, fax or post, and the paper size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from uawriter.domain.languages import language_name
from uawriter.domain.model import Pack
from uawriter.rendering import Paper

translate = QCoreApplication.translate


def fill_combo(box: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace a drop-down's entries, keeping the current one when it is still offered."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for data, text in items:
        box.addItem(text, data)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    box.blockSignals(False)


def letter_languages(pack: Pack, ui_lang: str) -> list[tuple[str, str]]:
    """(code, name) of every language the pack has a letter in: those the action asks for
    first (marked so), then the others by name."""
    asked = [c for c in pack.letter_languages if c in pack.action.write_in]
    others = sorted(
        (c for c in pack.letter_languages if c not in asked),
        key=lambda c: language_name(c, ui_lang).casefold(),
    )
    items = []
    for code in asked + others:
        name = language_name(code, ui_lang)
        name = name[:1].upper() + name[1:]
        if code in asked:
            name = translate("MainWindow", "%1 (asked for)").replace("%1", name)
        items.append((code, name))
    return items


class OptionsPane(QWidget):
    """Emits :attr:`language_chosen` when the volunteer picks a letter language, and
    :attr:`output_changed` for fax/post or the paper size."""

    language_chosen = Signal(str)
    output_changed = Signal()

    def __init__(self, ui_lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_lang = ui_lang
        self.pack: Pack | None = None
        self.language_box = QComboBox()
        self.language_box.setObjectName("letterLanguage")
        self.output_box = QComboBox()
        self.output_box.setObjectName("outputMode")
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("paperSize")
        for box in (self.language_box, self.output_box, self.paper_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_box)
        self.output_label = QLabel()
        self.output_label.setBuddy(self.output_box)
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper_box)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.language_label, self.language_box)
        form.addRow(self.output_label, self.output_box)
        # the other channels: calls, posts, an e-mail's text, envelopes (ChannelsDialog)
        self.channels_button = QPushButton()
        self.channels_button.setObjectName("moreChannelsButton")
        form.addRow(self.channels_button)
        self.postage_note = QLabel()
        self.postage_note.setObjectName("postageNote")
        self.postage_note.setWordWrap(True)
        self.postage_note.hide()
        form.addRow(self.postage_note)
        form.addRow(self.paper_label, self.paper_box)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.output_box.currentIndexChanged.connect(lambda _i: self.output_changed.emit())
        self.paper_box.currentIndexChanged.connect(lambda _i: self.output_changed.emit())
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.language_label.setText(translate("MainWindow", "Letter lan&guage:"))
        self.output_label.setText(translate("MainWindow", "&Send by:"))
        self.paper_label.setText(translate("MainWindow", "Pape&r:"))
        self.language_box.setAccessibleName(translate("MainWindow", "Letter language"))
        self.output_box.setAccessibleName(translate("MainWindow", "Send by fax, post or e-mail"))
        self.paper_box.setAccessibleName(translate("MainWindow", "Paper size"))
        self.channels_button.setText(translate("MainWindow", "Call, post, envelopes…"))
        self.channels_button.setToolTip(
            translate(
                "MainWindow",
                "Numbers to dial and what to say on the phone, a post for social media, the "
                "e-mail's text to copy, and envelopes or labels to print",
            )
        )
        fill_combo(
            self.output_box,
            [
                ("fax", translate("MainWindow", "Fax (with cover sheet)")),
                ("post", translate("MainWindow", "Post (no cover sheet)")),
                ("email", translate("MainWindow", "E-mail (send later)")),
            ],
        )
        fill_combo(
            self.paper_box,
            [
                ("a4", translate("MainWindow", "A4")),
                ("letter", translate("MainWindow", "US Letter")),
            ],
        )
        self.set_languages(self.pack, self.language())

    def set_languages(self, pack: Pack | None, current: str | None) -> None:
        """Offer ``pack``'s letter languages with ``current`` chosen (else the first)."""
        self.pack = pack
        items = letter_languages(pack, self.ui_lang()) if pack is not None else []
        fill_combo(self.language_box, items)
        self.select_language(current)

    def select_language(self, code: str | None) -> None:
        """Show ``code`` as the letter's language without emitting :attr:`language_chosen`."""
        index = self.language_box.findData(code)
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(index, 0))
        self.language_box.blockSignals(False)

    def language(self) -> str | None:
        code = self.language_box.currentData()
        return str(code) if code is not None else None

    def default_language(self) -> str | None:
        """The first language offered: the first one the action asks for."""
        code = self.language_box.itemData(0)
        return str(code) if code is not None else None

    def _language_chosen(self, _index: int) -> None:
        code = self.language()
        if code is not None:
            self.language_chosen.emit(code)

    def show_postage(self, text: str, warning: bool) -> None:
        """The rate for a letter to the action's country, or that post there is suspended."""
        self.postage_note.setText(text)
        self.postage_note.setStyleSheet("color: #b00020;" if warning else "")
        self.postage_note.setVisible(bool(text))

    def as_fax(self) -> bool:
        return bool(self.output_box.currentData() not in ("post", "email"))

    def as_email(self) -> bool:
        return bool(self.output_box.currentData() == "email")

    def paper(self) -> Paper:
        return Paper(self.paper_box.currentData() or "a4")

    def set_output(self, as_fax: bool, paper: str, email: bool = False) -> None:
        """The saved choices, shown without emitting :attr:`output_changed`."""
        channel = "email" if email else "fax" if as_fax else "post"
        for box, data in ((self.output_box, channel), (self.paper_box, paper)):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(data), 0))
            box.blockSignals(False)

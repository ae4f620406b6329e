"""The section's postage table, edited by the organiser: per destination country the rate
for a one-sheet letter, whether post is suspended, and a note; imported from and exported
to CSV so a section fills it in once and shares it on a USB stick."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uawriter.atomic import read_regular_file, tidy_before_writing, write_bytes_atomic
from uawriter.domain.countries import country_code_of
from uawriter.gui.common import ltr, plain_labels, warn
from uawriter.gui.dialogs import choose_path
from uawriter.storage.file_text import file_text
from uawriter.storage.postage import Postage, PostageProblem, csv_text, read_csv

translate = QCoreApplication.translate

#: A CSV bigger than this is not a postage table.
MAX_CSV_BYTES = 256 * 1024
COUNTRY, RATE, SUSPENDED, NOTE = range(4)


def postage_note(
    table: Mapping[str, Postage], country: str, country_name: str, pack_suspended: bool
) -> tuple[str, bool]:
    """What the window says beside "Send by" for letters to ``country`` (ISO code), and
    whether it is a warning: post suspended (by the pack or the table), else the rate."""
    entry = table.get(country.upper())
    if pack_suspended or (entry is not None and entry.suspended):
        text = translate(
            "MainWindow", "Post to %1 is suspended: send by e-mail or fax, or through the embassy."
        ).replace("%1", country_name)
        return (text + (f" {entry.note}" if entry is not None and entry.note else "")), True
    if entry is not None and entry.rate:
        text = translate("MainWindow", "Post to %1: %2 for a letter of one sheet.")
        text = text.replace("%1", country_name).replace("%2", entry.rate)
        return (text + (f" {entry.note}" if entry.note else "")), False
    return "", False


class PostageDialog(QDialog):
    def __init__(self, table: Mapping[str, Postage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postageDialog")
        self.grid = QTableWidget(0, 4)
        self.grid.setObjectName("postageTable")
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPostage")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removePostage")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importPostage")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPostage")
        self.problem = QLabel()
        self.problem.setObjectName("postageProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.import_button, self.export_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(Postage("")))
        self.remove_button.clicked.connect(self._remove)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        self.show_table(table)
        self.table: dict[str, Postage] = dict(table)
        self.retranslate_ui()
        self.resize(640, 420)
        plain_labels(self)  # pack and file texts shown as written, not as HTML

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # put away at the idle reset and shown again after the window's language changed:
        # in that language, not the one it was opened in (probe 84a)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Postage"))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Country"), self.tr("Letter (one sheet)"), self.tr("Post suspended"),
             self.tr("Note")]
        )  # fmt: skip
        self.hint.setText(
            self.tr(
                "Your section's postage for a letter of one sheet, per country (a code such "
                "as KZ, or its name). Where post is suspended, volunteers are told to send by "
                "e-mail or fax, or through the embassy."
            )
        )
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.import_button.setText(self.tr("&Import CSV…"))
        self.export_button.setText(self.tr("&Export CSV…"))

    def add_row(self, entry: Postage) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        self.grid.setItem(row, COUNTRY, QTableWidgetItem(entry.country))
        self.grid.setItem(row, RATE, QTableWidgetItem(entry.rate))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if entry.suspended else Qt.CheckState.Unchecked)
        self.grid.setItem(row, SUSPENDED, check)
        self.grid.setItem(row, NOTE, QTableWidgetItem(entry.note))

    def show_table(self, table: Mapping[str, Postage]) -> None:
        self.grid.setRowCount(0)
        for entry in sorted(table.values(), key=lambda p: p.country):
            self.add_row(entry)

    def entries(self) -> dict[str, Postage]:
        """The rows as typed; raises PostageProblem naming a country it cannot read."""
        table: dict[str, Postage] = {}
        for row in range(self.grid.rowCount()):
            cells = [self.grid.item(row, column) for column in range(4)]
            texts = [cell.text().strip() if cell is not None else "" for cell in cells]
            if not any(texts[c] for c in (COUNTRY, RATE, NOTE)):
                continue
            code = country_code_of(texts[COUNTRY])
            if not code:
                raise PostageProblem(
                    self.tr("Row %1: “%2” is not a country; type its code, such as KZ.")
                    .replace("%1", str(row + 1))
                    .replace("%2", texts[COUNTRY])
                )
            check = cells[SUSPENDED]
            suspended = check is not None and check.checkState() == Qt.CheckState.Checked
            table[code] = Postage(code, texts[RATE][:60], suspended, texts[NOTE][:200])
        return table

    def _accept(self) -> None:
        try:
            self.table = self.entries()
        except PostageProblem as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        self.accept()

    def _remove(self) -> None:
        rows = sorted({index.row() for index in self.grid.selectedIndexes()}, reverse=True)
        for row in rows:
            self.grid.removeRow(row)

    def _import(self) -> None:
        path = choose_path(
            self,
            self.tr("Import a postage table"),
            "importPostageDialog",
            "open",
            name_filter=self.tr("CSV files (*.csv)"),
            directory=Path.home(),
        )
        if path is None:
            return
        try:
            if path.stat().st_size > MAX_CSV_BYTES:
                raise PostageProblem(self.tr("the file is too big to be a postage table"))
            table = read_csv(file_text(read_regular_file(path, MAX_CSV_BYTES)))
        except UnicodeDecodeError:
            how = self.tr(
                "the file is not in UTF-8; open it in the spreadsheet and save it as "
                "“CSV UTF-8” (or “Unicode Text”)"
            )
            warn(self, self.tr("The postage table was not imported"), f"{ltr(str(path))}: {how}")
            return
        except (OSError, PostageProblem) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            warn(self, self.tr("The postage table was not imported"), f"{ltr(str(path))}: {reason}")
            return
        self.show_table(table)

    def _export(self) -> None:
        try:
            table = self.entries()
        except PostageProblem as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        path = choose_path(
            self,
            self.tr("Export the postage table"),
            "exportPostageDialog",
            "save",
            name_filter=self.tr("CSV files (*.csv)"),
            default_suffix="csv",
            directory=Path.home(),
            suggested="postage.csv",
        )
        if path is None:
            return
        try:
            tidy_before_writing(path)
            write_bytes_atomic(path, csv_text(table.values()).encode("utf-8"))
        except OSError as exc:
            warn(
                self,
                self.tr("The postage table was not saved"),
                f"{ltr(str(exc.filename or path))}: {exc.strerror or exc}",
            )

"""The event window's files: the report saved as CSV or PDF, this laptop's tally exported
to a stick, and another laptop's tally merged into this one's. Each is written or read in
the background (a long tally never stops the window); a save dialog asks before any
existing file is replaced, and a file of the same name holding another laptop's tally is
kept, never replaced.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSysInfo
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from uawriter.atomic import free_name, write_bytes_atomic
from uawriter.exporting import tidy_folder, within_bytes
from uawriter.gui import modal
from uawriter.gui.common import ltr, warn
from uawriter.gui.dialogs import choose_path
from uawriter.gui.tasks import TaskContext, TaskRunner
from uawriter.rendering.report import render_report
from uawriter.storage.evenings import in_scope
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import EventInfo, MergeReport, TallyBook
from uawriter.storage.tally_totals import totals, write_csv

translate = QCoreApplication.translate

#: The bytes of the evening's name in a suggested file name.
STEM_NAME_BYTES = 120

#: Marks that belong to the letter before them: accents, vowel signs, viramas.
_MARKS = {"Mn", "Mc"}


def _safe_in_file_name(name: str) -> str:
    """``name`` with each character a file name may not hold made "_". A combining mark
    after a letter is part of that letter, and is kept: "Café" pasted on a Mac (an e and
    a combining accent) was offered as "Cafe_", and every vowel sign and virama of an
    evening named in Hindi was a "_". The name is composed first (NFC), so an accent
    that has a letter of its own is that letter."""
    kept: list[str] = []
    joins = False  # the character before was kept as a letter or a mark of one
    for char in unicodedata.normalize("NFC", name):
        if char.isalnum() or char in " -_":
            kept.append(char)
            joins = char.isalnum()
        elif joins and unicodedata.category(char) in _MARKS:
            kept.append(char)
        else:
            kept.append("_")
            joins = False
    return "".join(kept)


class TallyFiles(QObject):
    """The buttons Save as CSV, Save as PDF, Export tally and Merge of ``window``: what is
    written is the tally of the scope the window shows (``scope``, ``scope_event``)."""

    def __init__(
        self,
        window: QWidget,
        book: TallyBook,
        tasks: TaskRunner,
        *,
        scope: Callable[[], str],
        scope_event: Callable[[], EventInfo | None],
        running: Callable[[], EventInfo | None],
        now: Callable[[], dt.datetime],
        status: QLabel,
        saved: Callable[[Path], None],
        merged: Callable[[MergeReport], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.book = book
        self.tasks = tasks
        self.scope = scope
        self.scope_event = scope_event
        self.running = running
        self.now = now
        self.status = status
        self.saved = saved
        self.merged = merged

    def _file_stem(self) -> str:
        event = self.scope_event()
        name = (event.name if event is not None else "") or translate("EventWindow", "tally")
        day = (event.date if event is not None else "") or self.now().date().isoformat()
        safe = _safe_in_file_name(name)
        # with the date, the laptop's name and the suffix, well within the 255 bytes a file
        # name may have: an evening named at length in Cyrillic or Arabic was not saved
        safe = within_bytes(safe, STEM_NAME_BYTES).strip()
        return f"{safe or 'tally'} {within_bytes(day, 20)}"

    def save_csv(self) -> None:
        path = choose_path(
            self.window,
            translate("EventWindow", "Save the report as CSV"),
            "saveTallyCsvDialog",
            "save",
            name_filter=translate("EventWindow", "CSV files (*.csv)"),
            default_suffix="csv",
            suggested=f"{self._file_stem()}.csv",
        )
        if path is None:
            return
        book, scope, running = self.book, self.scope(), self.running()
        letters: list[Path] = []

        def work(_context: TaskContext) -> Path:
            contents = in_scope(book.read(), scope, running)[0]
            tidy_folder(path.parent, book)  # what a save killed there left (probe 80b)
            # the save dialog has asked already whether to replace an existing file
            return write_csv(contents, _not_a_letter(path, book, letters), overwrite=True)

        self._write(work, path, letters=letters)

    def save_pdf(self) -> None:
        path = choose_path(
            self.window,
            translate("EventWindow", "Save the report as PDF"),
            "saveTallyPdfDialog",
            "save",
            name_filter=translate("EventWindow", "PDF files (*.pdf)"),
            default_suffix="pdf",
            suggested=f"{self._file_stem()}.pdf",
        )
        if path is None:
            return
        book, scope, event, moment = self.book, self.scope(), self.scope_event(), self.now()
        running = self.running()
        letters: list[Path] = []
        language = QLocale().bcp47Name()  # the report in the window's words (probe 102c)

        def work(_context: TaskContext) -> Path:
            contents = in_scope(book.read(), scope, running)[0]
            tidy_folder(path.parent, book)
            target = _not_a_letter(path, book, letters)
            report = render_report(totals(contents), event, moment, language)
            write_bytes_atomic(target, report)
            return target

        self._write(work, path, renders=True, letters=letters)

    def export_tally(self) -> None:
        path = choose_path(
            self.window,
            translate("EventWindow", "Export this laptop's tally"),
            "exportTallyDialog",
            "save",
            name_filter=translate("EventWindow", "Tally files (*.jsonl)"),
            default_suffix="jsonl",
            suggested=f"{self._file_stem()} {_laptop_name()}.jsonl",
        )
        if path is None:
            return
        book = self.book
        kept: list[Path] = []
        letters: list[Path] = []

        def work(_context: TaskContext) -> Path:
            # a tally export killed on the stick left a hidden copy of the whole tally: put
            # right as the command line's does, not left there for good (probe 80b)
            tidy_folder(path.parent, book)
            # another laptop's tally of the same name on the stick, or a volunteer's
            # letters the tally counts (probe 92a): kept, never replaced
            target = _not_a_letter(path, book, letters)
            if target == path and path.exists() and book.holds_others(path):
                kept.append(path)
                target = free_name(path)
            if target != path:
                book.export_to(target)
                return target
            book.export_to(path, overwrite=True)
            return path

        self._write(work, path, kept=kept, letters=letters)

    def _write(
        self,
        work: Callable[[TaskContext], Path],
        path: Path,
        renders: bool = False,
        kept: Sequence[Path] = (),
        letters: Sequence[Path] = (),
    ) -> None:
        def done(result: object) -> None:
            assert isinstance(result, Path)
            text = translate("EventWindow", "Saved %1").replace("%1", ltr(str(result)))
            if kept:  # read once the work is done: it says whether it kept one
                text += " " + translate(
                    "EventWindow", "(%1 is another laptop's tally and is kept: merge both.)"
                ).replace("%1", ltr(kept[0].name))
            if letters:
                text += " " + translate(
                    "EventWindow", "(%1 holds letters that were exported and counted, and is kept.)"
                ).replace("%1", ltr(letters[0].name))
            self.status.setText(text)
            self.saved(result)

        def failed(message: str) -> None:
            warn(
                self.window,
                translate("EventWindow", "Not saved"),
                translate(
                    "EventWindow",
                    "%1 could not be written: %2. Choose another folder and try again.",
                )
                .replace("%1", ltr(str(path)))
                .replace("%2", message),
            )

        self.tasks.run(work, on_done=done, on_failed=failed, renders=renders)

    def merge_tally(self) -> None:
        path = choose_path(
            self.window,
            translate("EventWindow", "Merge a tally from another laptop"),
            "mergeTallyDialog",
            "open",
            name_filter=translate("EventWindow", "Tally files (*.jsonl);;All files (*)"),
        )
        if path is None:
            return
        book = self.book
        if path.resolve() == book.path.resolve():
            warn(
                self.window,
                translate("EventWindow", "Not merged"),
                translate(
                    "EventWindow",
                    "%1 is this laptop's own tally: choose a file from another laptop.",
                ).replace("%1", ltr(str(path))),
            )
            return

        def work(_context: TaskContext) -> MergeReport:
            return merge_into(book, path)

        def done(result: object) -> None:
            assert isinstance(result, MergeReport)
            self._report_merge(path, result)
            self.merged(result)

        def failed(message: str) -> None:
            warn(
                self.window,
                translate("EventWindow", "Not merged"),
                translate("EventWindow", "%1 could not be merged: %2. Nothing was added.")
                .replace("%1", ltr(str(path)))
                .replace("%2", message),
            )

        self.tasks.run(work, on_done=done, on_failed=failed, renders=False)

    def _report_merge(self, path: Path, report: MergeReport) -> None:
        lines = [
            translate("EventWindow", "Merged %1.").replace("%1", ltr(str(path))),
            translate("EventWindow", "%n new record(s) added.", "", report.added),
            translate(
                "EventWindow", "%n record(s) already counted, not added again.", "", report.already
            ),
        ]
        if report.taken_back:
            lines.append(
                translate(
                    "EventWindow",
                    "%n letter(s) taken back: their files were replaced on that laptop.",
                    "",
                    report.taken_back,
                )
            )
        if report.counts_taken_back:
            lines.append(
                translate(
                    "EventWindow", "%n hand count(s) taken back.", "", report.counts_taken_back
                )
            )
        if report.notes:
            lines.append(translate("EventWindow", "Skipped, because the file is damaged there:"))
            # all of them: the reader keeps 20, then says how many more (cut at 10 here,
            # the organiser read of 10 lines lost where 40 were)
            lines += [f"• {note}" for note in report.notes]
        if report.told:
            lines.append(translate("EventWindow", "Worth knowing:"))
            lines += [f"• {note}" for note in report.told]
        box = QMessageBox(
            QMessageBox.Icon.Warning if report.notes else QMessageBox.Icon.Information,
            translate("EventWindow", "Tally merged"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("mergeReport")
        modal.run(box)


def _laptop_name() -> str:
    """This computer's name as a file name may hold it ("church-laptop-2"): the tally
    exported here is told from the other laptops' on one stick."""
    name = QSysInfo.machineHostName().split(".")[0]
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name).strip("_")
    return within_bytes(safe, 40).strip("_") or "laptop"


def _not_a_letter(path: Path, book: TallyBook, kept: list[Path]) -> Path:
    """``path``, or a free name beside it when the tally counts a letter written there:
    the save dialog asked "replace it?", but a report saved over a volunteer's exported
    letters took them away, and the tally named the report as her letters (probe 91a).
    ``kept`` is told of the file kept."""
    target = book.beside_letters(path)
    if target != path:
        kept.append(path)
    return target

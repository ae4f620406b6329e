"""Printing and exporting the letters: the dialogs on the UI thread, the work in the
:class:`~uawriter.gui.tasks.TaskRunner`.

Export goes through the engine's own export (``export_separately`` / ``export_combined``),
the same code the command line runs: file names, never overwriting, atomic writes.
Printing renders the PDF on a worker thread; its pages are then put on the printer a few
at a time (:mod:`uawriter.gui.printing`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from uawriter.atomic import free_name
from uawriter.domain.model import Sender
from uawriter.engine import Letter, render_letters, unprintable_characters
from uawriter.exporting import (
    TallyNotWritten,
    WrittenInPart,
    export_combined,
    export_separately,
    file_name_for,
    letter_record,
)
from uawriter.gui import modal
from uawriter.gui.common import ltr, warn
from uawriter.gui.dialogs import ask, choose_path
from uawriter.gui.printing import PagePrint, print_dialog, print_file_allowed
from uawriter.gui.tasks import TaskContext, TaskRunner, failure_text
from uawriter.rendering import Paper
from uawriter.rendering.document import LetterTooLong
from uawriter.storage.tally import Channel, EventInfo, TallyBook

translate = QCoreApplication.translate


@dataclass(frozen=True)
class OutputContext:
    """What every output needs besides the letters, taken from the window at the moment."""

    sender: Sender
    date: dt.date
    paper: Paper
    #: Where each letter that goes out is counted (None: not counted).
    tally: TallyBook | None = None
    #: The event running on this laptop, for the tally.
    event: EventInfo | None = None
    #: Put before each file name ("V03 ", the volunteer's number at an event).
    name_prefix: str = ""
    #: The e-mails counted by "I sent this e-mail" in this turn: their records' ids, by
    #: (action, addressee), taken back when their drafts are saved and counted.
    emailed_by_hand: Mapping[tuple[str, str], str] = field(default_factory=dict)

    def count(self, letters: Sequence[Letter], channel: Channel, pages: Sequence[int]) -> str:
        """Count printed letters in the tally; a message if that failed, else ""."""
        if self.tally is None:
            return ""
        try:
            self.tally.record(
                [
                    letter_record(letter, channel, count, self.event)
                    for letter, count in zip(letters, pages, strict=False)
                ]
            )
        except OSError as exc:
            return tally_failed_text(exc)
        return ""


def not_anothers(path: Path, tally: TallyBook | None, pack_id: str | None = None) -> Path:
    """``path``, or a free name beside it (``… (2).pdf``) when a file there was not
    written in this volunteer's turn (from the pack ``pack_id``, if given): the letter of a
    volunteer who left without Next volunteer, or of an event's V01 before, is not the
    next one's to replace, nor her letter for the UA's update before."""
    if (
        tally is None
        or not (path.exists() or path.is_symlink())
        or tally.wrote_in_turn(path, pack_id)
    ):
        return path
    return free_name(path)


def suggested_for(path: Path, tally: TallyBook | None, pack_id: str | None = None) -> Path:
    """The name a one-letter export's dialog suggests: ``path`` if free; else the file
    of that name (``… (2).pdf``) this volunteer's turn wrote from the pack ``pack_id``,
    which a typo put right replaces; else the first free name beside them."""
    if tally is None:
        return free_name(path)
    return free_name(path, lambda taken: tally.wrote_in_turn(taken, pack_id))


def tally_failed_text(exc: OSError) -> str:
    return (
        translate("MainWindow", "The letters went out, but could not be counted: %1")
        .replace("%1", (ltr(str(exc.filename or "")) + " " + (exc.strerror or str(exc))).strip())
        .strip()
    )


def not_counted_text(exc: TallyNotWritten) -> str:
    """What to say when counting failed part-way through an export (a data folder that
    filled up): which were counted, so that a hand count does not count them twice."""
    text = tally_failed_text(exc.error)
    if not exc.counted:
        return text
    return (
        text
        + " "
        + translate(
            "MainWindow",
            "Counted before that: %1 of %2 files. Count only the others by hand "
            "(Event, Add counts): %3",
        )
        .replace("%1", str(len(exc.counted)))
        .replace("%2", str(len(exc.written)))
        .replace("%3", ", ".join(ltr(path.name) for path in exc.uncounted))
    )


#: Told the letters of one print or export once they went out (an export cancelled part-way:
#: those written). The stack passes one, so that its letters leave it when they, not another
#: output that ends meanwhile, went out.
Sent = Callable[[Sequence[Letter]], None]


def ending_with[T](
    done: Callable[[T], None], ended: Callable[[], None] | None
) -> Callable[[T], None]:
    """``done``, then ``ended()`` however ``done`` ends: an output's last word, whether it
    went out, failed or was cancelled."""
    if ended is None:
        return done

    def both(value: T) -> None:
        try:
            done(value)
        finally:
            ended()

    return both


def countable(window: QWidget, context: OutputContext) -> bool:
    """Whether letters sent now can be counted, or the volunteer chose to send them
    uncounted: asked before anything is written (a read-only data folder, a write-protected
    stick), not said after the letters went out."""
    if context.tally is None:
        return True
    try:
        context.tally.check_writable()
    except OSError as exc:
        reason = ltr(str(exc.filename or "")) + " " + (exc.strerror or str(exc))
        return ask(
            window,
            "tallyNotWritable",
            translate("MainWindow", "These letters would not be counted"),
            translate(
                "MainWindow",
                "UA Writer cannot add to its count of letters: %1\n\nPlease tell the "
                "organiser. Send the letters anyway, without counting them?",
            ).replace("%1", reason.strip()),
        )
    return True


class Output(QObject):
    """Print and export. The window gives it its parent widget, the task runner, and small
    callables for what it does not own (the export folder, a status message, a note)."""

    exported = Signal(list)  # the files written
    printed = Signal(int)  # pages printed
    output_done = Signal()  # a letter went out (printed or exported)

    def __init__(
        self,
        window: QWidget,
        tasks: TaskRunner,
        *,
        last_folder: Callable[[], str],
        remember_folder: Callable[[Path], None],
        status: Callable[[str, int], None],
        deadline_note: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.last_folder = last_folder
        self.remember_folder = remember_folder
        self.status = status
        self.deadline_note = deadline_note
        # Which volunteer's turn it is (at an event): an export that ends after Next
        # volunteer shows nothing of the last one (their folder, "Saved …") and remembers
        # nothing for the next.
        self.turn = 0

    def next_turn(self) -> None:
        self.turn += 1

    def check_ready(self, letters: Sequence[Letter]) -> bool:
        """At least one letter, and every character printable (or the volunteer goes on)."""
        if not letters:
            warn(
                self.window,
                translate("MainWindow", "No addressee chosen"),
                translate("MainWindow", "Tick at least one addressee under “Write to”."),
            )
            return False
        missing = unprintable_characters(letters)
        return not missing or ask(
            self.window,
            "missingCharacters",
            translate("MainWindow", "Some characters cannot be printed"),
            translate(
                "MainWindow",
                "UA Writer has no font for these characters, so they would print as empty "
                "boxes: %1\n\nChange them in the letter, or go on anyway?",
            ).replace("%1", "  ".join(missing)),
        )

    # ------------------------------------------------------------------ print

    def print_letters(
        self,
        letters: Sequence[Letter],
        context: OutputContext,
        sent: Sent | None = None,
        starting: Callable[[], None] | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """Ask for the printer and print. ``sent(letters)`` is told the letters once they
        went out (see :data:`Sent`); ``starting()`` once the printer is chosen, before the
        letters start to go out (not if the dialog was closed), and ``ended()`` once the
        printing is over, however it ended (printed, failed, cancelled)."""
        if not countable(self.window, context):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = print_dialog(printer, self.window)
        if modal.run(dialog) != QPrintDialog.DialogCode.Accepted:
            return
        if not print_file_allowed(self.window, printer, context.tally):
            return
        if starting is not None:
            starting()
        self.print_to(printer, letters, context, sent, ended)

    def print_to(
        self,
        printer: QPrinter,
        letters: Sequence[Letter],
        context: OutputContext,
        sent: Sent | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """Render in the background, then put the pages on ``printer`` a few at a time."""
        pages: list[int] = []
        turn = self.turn

        def work(_context: TaskContext) -> bytes:
            return render_letters(
                letters, context.sender, context.date, context.paper, pages_out=pages
            )

        def printed(count: int) -> None:
            # the letters whose pages all went to the printer (a Cancel stops between letters)
            whole = sum(1 for end in itertools.accumulate(pages) if end <= count)
            if not whole:
                return  # the printer could not be started, or cancelled before a letter
            problem = context.count(letters[:whole], Channel.PRINT, pages[:whole])
            if turn != self.turn:
                # printed and counted; the next volunteer is at the laptop now: as for an
                # export, nothing of it is shown, and their ticks stay as they are (a print
                # stopped by the reset unticked the last one's addressees in their list)
                return
            self.printed.emit(count)
            self.output_done.emit()
            if whole < len(letters):
                self.status(
                    translate(
                        "MainWindow", "Printing stopped: %1 of %2 letters went to the printer."
                    )
                    .replace("%1", str(whole))
                    .replace("%2", str(len(letters))),
                    15000,
                )
            if problem:
                self.status(problem, 15000)
            if sent is not None:
                sent(letters[:whole])

        def failed(message: str) -> None:
            warn(self.window, translate("MainWindow", "Printing failed"), message)

        def rendered(pdf: bytes) -> None:
            PagePrint(
                self.window, self.tasks, printer, pdf, pages, ending_with(printed, ended), failed
            ).start()

        self.tasks.run(work, on_done=rendered, on_failed=ending_with(failed, ended))

    # ------------------------------------------------------------------ export

    def export_folder(self) -> Path:
        """The folder used last, else Documents, else the home folder."""
        last = Path(self.last_folder()) if self.last_folder() else None
        # os.path.isdir: a remembered folder whose name is too long, or under one this user
        # cannot enter, is no folder (Path.is_dir raised, and Export stopped: probe 103a)
        if last is not None and os.path.isdir(last):
            return _nameable(last)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and os.path.isdir(documents) else Path.home()

    def export_letters(
        self,
        letters: Sequence[Letter],
        context: OutputContext,
        sent: Sent | None = None,
        starting: Callable[[], None] | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """Ask where (one file for one letter, a folder for several) and export there.
        ``sent(letters)`` is told the letters written (see :data:`Sent`); ``starting()``
        once the place is chosen, before the letters start to go out, and ``ended()`` once
        the export is over, however it ended."""
        if not countable(self.window, context):
            return
        if len(letters) == 1:
            path = choose_path(
                self.window,
                translate("MainWindow", "Export the letter as PDF"),
                "exportDialog",
                "save",
                name_filter=translate("MainWindow", "PDF files (*.pdf)"),
                default_suffix="pdf",
                directory=self.export_folder(),
                suggested=suggested_for(
                    self.export_folder() / file_name_for(letters[0], 1, context.name_prefix),
                    context.tally,
                    letters[0].pack.id,
                ).name,
            )
            if path is not None:
                if starting is not None:
                    starting()
                self.export_to_file(letters, path, context, sent, ended)
            return
        folder = choose_path(
            self.window,
            translate("MainWindow", "Choose a folder for the %n letter(s)", "", len(letters)),
            "exportDialog",
            "folder",
            directory=self.export_folder(),
            accept_label=translate("MainWindow", "Save the letters here"),
        )
        if folder is not None:
            if starting is not None:
                starting()
            self.export_to_folder(letters, folder, context, sent, ended)

    def export_to_file(
        self,
        letters: Sequence[Letter],
        path: Path,
        context: OutputContext,
        sent: Sent | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """All the letters in one PDF, in the background. The save dialog has already asked
        whether to replace an existing file, so this one replaces it; but at an event only
        a file of this volunteer's turn: another's letter of the same name is kept, and
        this one takes a free name beside it."""

        problems: list[str] = []
        too_long: list[str] = []
        kept: list[Path] = []

        def work(_context: TaskContext) -> Path:
            packs = {letter.pack.id for letter in letters}
            pack_id = next(iter(packs)) if len(packs) == 1 else None
            target = path if context.event is None else not_anothers(path, context.tally, pack_id)
            if target != path:
                kept.append(path)
            try:
                return export_combined(
                    letters,
                    target,
                    context.sender,
                    context.date,
                    context.paper,
                    overwrite=target == path,
                    tally=context.tally,
                    event=context.event,
                )
            except TallyNotWritten as exc:
                problems.append(not_counted_text(exc))
                return path
            except LetterTooLong as exc:  # nothing was written
                too_long.append(str(exc))
                raise

        turn = self.turn

        def finished(written: object) -> None:
            assert isinstance(written, Path)
            if turn != self.turn:
                return  # written and counted; the next volunteer is at the laptop now
            self.remember_folder(written.parent)
            saved = translate("MainWindow", "Saved %1").replace("%1", ltr(str(written)))
            if kept:
                saved += " " + translate(
                    "MainWindow", "(%1 was there already, not written by you, and is kept.)"
                ).replace("%1", ltr(kept[0].name))
            parts = (saved, *problems, self.deadline_note())
            self.status(" ".join(part for part in parts if part), 15000)
            self.output_done.emit()
            self.exported.emit([written])
            if sent is not None:
                sent(letters)

        def failed(message: str) -> None:
            if turn != self.turn:
                return
            if too_long:
                self.letter_too_long(too_long[0])
            else:
                self.export_failed(path.parent, message)

        self.tasks.run(
            work,
            on_done=ending_with(finished, ended),
            on_failed=ending_with(failed, ended),
        )

    def export_to_folder(
        self,
        letters: Sequence[Letter],
        folder: Path,
        context: OutputContext,
        sent: Sent | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """One PDF per letter, in the background, with progress and Cancel. Existing files
        are kept: the engine gives a new letter a new name."""
        progress = QProgressDialog(
            translate("MainWindow", "Exporting %n letter(s)…", "", len(letters)),
            translate("MainWindow", "Cancel"),
            0,
            len(letters),
            self.window,
        )
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)

        problems: list[str] = []
        stopped: list[str] = []  # why writing stopped part-way
        too_long: list[str] = []  # the letter of too many pages that stopped the export

        def work(task: TaskContext) -> list[Path]:
            try:
                return export_separately(
                    letters,
                    folder,
                    context.sender,
                    context.date,
                    context.paper,
                    name_prefix=context.name_prefix,
                    progress=task.progress,
                    cancelled=task.cancelled,
                    tally=context.tally,
                    event=context.event,
                )
            except TallyNotWritten as exc:
                problems.append(not_counted_text(exc))
                return exc.written
            except WrittenInPart as exc:
                stopped.append(failure_text(exc.error))
                return exc.written
            except LetterTooLong as exc:  # the letters before it are written and counted
                too_long.append(str(exc))
                if not exc.written:
                    raise  # nothing went out: the letters are not done with
                return exc.written

        def close_progress() -> None:
            progress.reset()
            progress.deleteLater()

        turn = self.turn

        def finished(result: object) -> None:
            close_progress()
            if turn != self.turn:
                return  # written and counted; the next volunteer is at the laptop now
            written = list(result) if isinstance(result, list) else []
            self.output_done.emit()
            self.exported.emit(written)
            if sent is not None:  # in order, up to a Cancel: the first ones
                sent(letters[: len(written)])
            if stopped:
                self.export_stopped(folder, len(written), len(letters), stopped[0])
                return
            if too_long:
                self.letter_too_long(too_long[0], folder, len(written), len(letters))
                return
            if task.cancelled:
                self.status(
                    translate("MainWindow", "Export cancelled: %1 of %2 letters saved.")
                    .replace("%1", str(len(written)))
                    .replace("%2", str(len(letters))),
                    10000,
                )
                return
            self.remember_folder(folder)
            for problem in problems:
                self.status(problem, 15000)
            self.offer_folder(folder, len(written))

        def failed(message: str) -> None:
            close_progress()
            if turn != self.turn:
                return
            if too_long:
                self.letter_too_long(too_long[0])
            else:
                self.export_failed(folder, message)

        task = self.tasks.run(
            work,
            on_done=ending_with(finished, ended),
            on_failed=ending_with(failed, ended),
            on_progress=lambda done, _total: progress.setValue(done),
        )
        progress.canceled.connect(task.cancel)

    def offer_folder(self, folder: Path, count: int) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("exportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("MainWindow", "Letters exported"))
        box.setText(
            translate("MainWindow", "%n letter(s) saved in %1.", "", count).replace(
                "%1", ltr(str(folder))
            )
        )
        box.setInformativeText(self.deadline_note())
        open_button = box.addButton(
            translate("MainWindow", "Open folder"), QMessageBox.ButtonRole.AcceptRole
        )
        close_button = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close_button)
        modal.run(box)
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def export_stopped(self, folder: Path, saved: int, letters: int, reason: str) -> None:
        """Writing stopped part-way: say what was saved (and counted), not only that it
        stopped, so that nothing is exported and counted twice."""
        warn(
            self.window,
            translate("MainWindow", "Not all the letters could be saved"),
            translate(
                "MainWindow",
                "%1 of %2 letters were saved in %3 and counted; then UA Writer could not "
                "write there:\n%4\n\nThe other letters were not saved; they are still here "
                "(their addressees stay ticked, or they stay on your stack). Export them to "
                "another folder, for example on a USB stick or in Documents.",
            )
            .replace("%1", str(saved))
            .replace("%2", str(letters))
            .replace("%3", ltr(str(folder)))
            .replace("%4", reason),
        )

    def letter_too_long(
        self, reason: str, folder: Path | None = None, saved: int = 0, letters: int = 0
    ) -> None:
        """A letter of more pages than any letter may have stopped the export: which, and
        what to do; and what was saved (and counted) before it, if anything."""
        if not saved:
            warn(self.window, translate("MainWindow", "The letters could not be saved"), reason)
            return
        done = translate("MainWindow", "%n letter(s) saved in %1.", "", saved).replace(
            "%1", ltr(str(folder))
        )
        title = translate("MainWindow", "Not all the letters could be saved")
        warn(self.window, title, f"{reason}\n\n{done}")

    def export_failed(self, folder: Path, reason: str) -> None:
        warn(
            self.window,
            translate("MainWindow", "The letters could not be saved"),
            translate(
                "MainWindow",
                "UA Writer could not write to %1:\n%2\n\nYour letter is still here. Choose "
                "another folder, for example on a USB stick or in Documents.",
            )
            .replace("%1", ltr(str(folder)))
            .replace("%2", reason),
        )


def _nameable(folder: Path) -> Path:
    """``folder``, or the nearest folder above it that Qt can name: a folder named in
    Latin-1 on a stick ("Lettres \\xe9t\\xe9") has no name in Qt's UTF-8, and the file
    dialog opened in the working folder instead (probe 34 F11)."""
    while True:
        try:
            str(folder).encode("utf-8")
        except UnicodeEncodeError:
            if folder.parent == folder:
                return folder
            folder = folder.parent
            continue
        return folder

"""Probe 96b: an attacker's inputs that earlier probes had not used (issue 12).

A pack comes from a stranger's USB stick or an e-mail, so every text in it is untrusted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, copy_bundled_pack, edit_manifest
from qt_helpers import ModalAnswers, editor_discarded
from test_event_window import tasks  # noqa: F401 (a fixture)
from test_seventy_sixth_probe_a import _label_shown
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose
from uawriter.exporting import export_separately
from uawriter.gui.envelope_table import print_by_addressee
from uawriter.gui.pack_editor import PackEditor
from uawriter.gui.tasks import TaskRunner
from uawriter.pack_files import read_pack_files
from uawriter.storage.tally import TallyBook

#: An official's title as a hostile pack can hold it: validate and import accept it.
HOSTILE = "<img src=embassies.png>President"


def test_f1_printing_by_addressee_shows_a_hostile_officials_name_as_written(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """The organiser prints tonight's letters by addressee for the envelope table. The
    progress dialog says "Letter 1 of 2: <official>", and the official's title comes from
    the pack, which came from a stranger's stick. Qt reads that label as HTML when it
    looks like HTML, so "<img src=embassies.png>President" shows an image read from this
    laptop in place of the name, and the organiser cannot tell whose letter is printing.
    Every other label, box and tooltip of the window shows such text as written (probe
    76a); this progress dialog, made after the window, was missed."""
    seed = packs[SEED_ID]
    hostile = dataclasses.replace(seed.addressees[0], title=HOSTILE)
    pack = dataclasses.replace(seed, addressees=(hostile, *seed.addressees[1:]))
    book = TallyBook(tmp_path / "tally.jsonl")
    sender = Sender("Volunteer")
    today = dt.date.today()
    letters = [
        Letter(pack, a, "en", compose(pack, a.id, "en", sender, today), True)
        for a in pack.addressees[:2]
    ]
    export_separately(letters, tmp_path / "out", sender, today, tally=book)
    parent = QWidget()
    qtbot.addWidget(parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "table.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    shown: list[str] = []

    def read_report(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.accept()

    answers.expect("envelopeTableReport", read_report)
    run = print_by_addressee(parent, tasks, book, None, printer)
    assert run is not None
    progress = parent.findChild(QProgressDialog, "envelopeTableProgress")
    assert progress is not None
    label = progress.findChild(QLabel)
    assert label is not None

    def seen() -> bool:
        shown.append(_label_shown(label))
        return run.done

    qtbot.waitUntil(seen, timeout=60_000)
    # the first letter is the hostile official's (the table goes by addressee)
    assert shown, "the progress was never shown"
    assert HOSTILE in shown[0], shown[0]


def _tip_shown(tip: str) -> str:
    """The text a tooltip shows: Qt reads it as HTML where its first line looks like HTML."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_f2_the_pack_editor_names_a_hostile_fax_number_as_written_in_its_tooltips(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """An organiser opens a stranger's pack in the pack editor to put it right. Its first
    official's fax is "<img src=x.png>". The editor marks the fax box and the official in
    the list in red, and hovering over them says why: "'<img src=x.png>' is not a fax
    number; write it with digits…". Qt reads that tooltip as HTML (its first line holds a
    tag), so an image is looked for on this laptop and the wrong value is missing from
    the very message that should name it: the organiser is told a fax is wrong without
    being shown what it says. Pack text is shown as written in every other tooltip
    (probe 76a, ``gui.common.plain_tip``)."""
    folder = copy_bundled_pack(SEED_ID, tmp_path)
    edit_manifest(folder, 'fax = "+7 7172 72 05 16"', 'fax = "<img src=x.png>"')
    editor = PackEditor(read_pack_files(folder), tmp_path / "packs", folder)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    qtbot.waitUntil(lambda: not editor.checking)
    editor.addressee_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: bool(editor.addressee_edits["fax"].toolTip()))
    fax_tip = _tip_shown(editor.addressee_edits["fax"].toolTip())
    assert "'<img src=x.png>' is not a fax number" in fax_tip, fax_tip
    item_tip = _tip_shown(editor.addressee_list.item(0).toolTip())
    assert "'<img src=x.png>' is not a fax number" in item_tip, item_tip

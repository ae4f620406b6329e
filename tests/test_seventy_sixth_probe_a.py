"""Probe 76a: what a stranger's file on a stick reaches in the window's messages.

Fixed: every message box of the window shows its text as written unless it says it is
HTML (``gui/modal.py``, through which every box runs); every label of the window and its
dialogs likewise (``gui.common.plain_labels``); the tooltips of points, officials, actions
and the stack show their text as written (``gui.common.plain_tip``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers, type_path
from test_event_window import open_window as open_event_window
from test_event_window import tasks  # noqa: F401 (a fixture)
from test_gui import find, open_window
from test_tally_probe import _letter
from uawriter.domain.model import Pack
from uawriter.gui.tasks import TaskRunner
from uawriter.storage.tally import TallyBook

#: A file name a stranger's stick can hold: Linux, macOS and Windows all allow it.
HOSTILE = "<img src=embassies.png>embassies"


def _shown(box: QMessageBox) -> str:
    """The text a message box shows: Qt reads it as HTML where its first line looks like
    HTML (Qt.mightBeRichText) unless the box is told it is plain text."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )
    if not rich:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def _label_shown(label: QLabel) -> str:
    """The text a label shows (read as HTML where Qt takes it for HTML)."""
    text = label.text()
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _answer(shown: list[str]) -> Callable[[QWidget], None]:
    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(_shown(box))
        box.accept()

    return read


def test_f1_an_embassy_list_named_with_markup_is_named_in_the_warning(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """An organiser imports an embassy list from a stick whose file is named
    "<img src=embassies.png>embassies.vcf" (and cannot be read). The warning "The list
    was not imported" is shown as HTML: the name of the file is not shown (an image is
    looked for in the current folder in its place), so she cannot tell which file was
    refused. A stranger's file name must be shown as written, never run as markup."""
    from uawriter.gui.address_book_dialog import AddressBookDialog

    path = tmp_path / f"{HOSTILE}.vcf"
    path.write_bytes("BEGIN:VCARD\r\nFN:José\r\nEND:VCARD\r\n".encode("latin-1"))
    dialog = AddressBookDialog([])
    qtbot.addWidget(dialog)
    shown: list[str] = []
    answers.expect("importContactsDialog", type_path(path))
    answers.expect("warning", _answer(shown))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "the file is not in UTF-8" in shown[0]
    assert path.name in shown[0]


def test_f2_a_tally_named_with_markup_is_reported_as_written(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
    answers: ModalAnswers,
) -> None:
    """The organiser merges another laptop's tally, whose file on the stick is named
    "<img src=embassies.png>embassies.jsonl". The "Tally merged" report is read as HTML:
    the file's name is missing from "Merged …", and the report's lines ("1 new record
    added.", "0 records already counted…") run together into one line, so the counts she
    relies on are hard to read. The report must be shown as plain text."""
    laptop = TallyBook(tmp_path / "laptop" / "tally.jsonl")
    laptop.record([_letter("a1")])
    source = tmp_path / f"{HOSTILE}.jsonl"
    laptop.export_to(source)
    book = TallyBook(tmp_path / "organiser" / "tally.jsonl")
    window = open_event_window(qtbot, book, tasks, packs)
    shown: list[str] = []
    answers.expect("mergeTallyDialog", type_path(source))
    answers.expect("mergeReport", _answer(shown))
    find(window, QPushButton, "mergeTallyButton").click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert source.name in shown[0]
    assert "\n1 new record" in shown[0]


def test_f3_a_pack_named_with_markup_is_named_when_refused(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """An organiser imports a pack from a stick, "<img src=embassies.png>embassies.uapack",
    that cannot be installed. "The pack was not imported" is shown as HTML: the box reads
    ".uapack was not installed: 1 problem", naming no pack she can find on the stick."""
    import zipfile

    bad = tmp_path / f"{HOSTILE}.uapack"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../../evil.txt", "gotcha")
    window = open_window(qtbot, tmp_path / "data")
    shown: list[str] = []
    answers.expect("importRefused", _answer(shown))
    assert window.pack_menu.import_pack(bad).refused
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert f"{bad.name} was not installed" in shown[0]


def test_f4_a_packs_point_and_name_are_shown_as_written_in_their_tooltips(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A pack from a stranger gives a talking point and an official's name that begin
    with markup ("<img src=x.png>…"). Hovering over the point or the official shows the
    tooltip as HTML (Qt reads a tooltip as HTML when it looks like it): an image is
    looked for on this computer in place of the text, and the point's first words and
    the official's name are missing. Pack text is shown as written everywhere else in
    the window (the details pane escapes it)."""
    from helpers import SEED_ID, copy_bundled_pack, edit_manifest

    packs = tmp_path / "data" / "packs"
    packs.mkdir(parents=True)
    pack = copy_bundled_pack(SEED_ID, packs, "p76a")
    edit_manifest(pack, f'id = "{SEED_ID}"', 'id = "p76a"')
    edit_manifest(
        pack,
        'kk = "Қазақстан билігін',
        'kk = "<img src=x.png>Қазақстан билігін',
    )
    edit_manifest(pack, 'name = "Nursultan Nazarbaev"', 'name = "<img src=x.png>Nursultan"')
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack("p76a")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == "p76a")

    def shown(tip: str) -> str:
        if not QtGui.Qt.mightBeRichText(tip):
            return tip
        document = QTextDocument()
        document.setHtml(tip)
        return document.toPlainText()

    points = window.letter_pane.points_list
    tips = [shown(points.item(row).toolTip()) for row in range(points.count())]
    assert any(tip.startswith("<img src=x.png>Қазақстан билігін") for tip in tips), tips
    officials = window.addressees_pane.addressee_list
    names = [shown(officials.item(row).toolTip()) for row in range(officials.count())]
    assert any("<img src=x.png>Nursultan" in name for name in names), names


def test_f5_an_officials_title_is_named_as_written_under_the_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A stranger's pack gives the President's title as "<img src=x.png>President of
    Kazakhstan". The label above her letter reads "Le&tter to ￼President…" (read as HTML:
    the title's markup run, an image looked for on this computer, the shortcut's "&"
    shown), and when she chooses e-mail the notice under the officials reads "No e-mail
    address for: ￼President…" the same way."""
    from PySide6.QtWidgets import QComboBox

    from helpers import SEED_ID, copy_bundled_pack, edit_manifest
    from test_gui import choose

    packs = tmp_path / "data" / "packs"
    packs.mkdir(parents=True)
    pack = copy_bundled_pack(SEED_ID, packs, "p76a")
    edit_manifest(pack, f'id = "{SEED_ID}"', 'id = "p76a"')
    edit_manifest(
        pack,
        'title = "President of Kazakhstan"',
        'title = "<img src=x.png>President of Kazakhstan"',
    )
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack("p76a")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == "p76a")
    # the label above her letter: "Letter to , Nursultan Nazarbaev (your changes…)"
    above = window.letter_pane.editor_label
    assert "<img src=x.png>President" in _label_shown(above).replace("\u200b", "")
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    notice = find(window, QLabel, "faxNotice")
    assert notice.isVisibleTo(window)
    text = _label_shown(notice)
    # a long word gets invisible break points (common.breakable): not what is read
    text = text.replace("\u200b", "")
    assert "No e-mail address for: <img src=x.png>President of Kazakhstan" in text

"""A scripted evening on one shared laptop, through the real window.

The organiser starts an event; five volunteers in a row each type their name and a
sentence of their own, export all three UA 129/10 letters into the same folder, and press
Next volunteer. Nothing may be overwritten, no letter may carry another volunteer's name
or words, and every letter is counted. Then the laptop is left alone and the idle reset
clears it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, normalise, pdf_pages_text
from qt_helpers import ModalAnswers
from test_gui import TODAY, find, open_window
from uawriter.gui.main_window import MainWindow
from uawriter.storage.tally import Channel, EventInfo, TallyBook
from uawriter.storage.tally_totals import totals

VOLUNTEERS = [
    ("Aigerim Sadykova", "I write from Almaty, where our group meets every month."),
    ("Jean-Luc Martin", "Our library group in Lyon follows this case closely."),
    ("María José Pérez", "Escribo desde Sevilla con la esperanza de una respuesta."),
    ("Дмитрий Иванов", "Я пишу из Караганды и слежу за этим делом."),
    ("Fatima Al-Hassan", "We are a school group and we will keep writing."),
]


@pytest.fixture
def evening(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, tmp_path / "data")
    yield window
    window.services.languages.set_language("en")


def _export_all(qtbot: QtBot, window: MainWindow, answers: ModalAnswers, out: Path) -> list[Path]:
    def pick_folder(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None
        name_box.setText(str(out))
        dialog.accept()

    seen = len(answers.seen)
    answers.expect("exportDialog", pick_folder)
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers.seen) == seen + 2, timeout=30_000)
    return [Path(p) for p in exported.args[0]]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard in any layout sends it (QTest's keyClicks
    takes only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _type_sentence(qtbot: QtBot, editor: QPlainTextEdit, sentence: str) -> None:
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.movePosition(cursor.MoveOperation.NextBlock)
    cursor.movePosition(cursor.MoveOperation.NextBlock)
    editor.setTextCursor(cursor)
    type_text(editor, sentence + " ")


def test_five_volunteers_one_folder(
    qtbot: QtBot, evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    window = evening
    controls = window.event_controls
    controls.mode.start(
        EventInfo.new("Write for Rights", "Central Library", "2011-07-12"), "2468", 10
    )
    assert controls.mode.running
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    window.options_pane.select_language("en")
    window._letter_language_chosen("en")
    out = tmp_path / "letters"
    out.mkdir()
    name_box = find(window, QLineEdit, "senderName")
    editor = find(window, QPlainTextEdit, "letterEditor")
    next_button = find(window, QToolButton, "nextVolunteerButton")
    written: list[Path] = []
    before: dict[Path, bytes] = {}

    for number, (name, sentence) in enumerate(VOLUNTEERS, start=1):
        assert name_box.text() == ""  # nothing of the previous volunteer is left
        assert not any(other in editor.toPlainText() for _, other in VOLUNTEERS)
        name_box.setFocus()
        type_text(name_box, name)
        window.sender_pane.flush()
        qtbot.waitUntil(lambda name=name: name in editor.toPlainText())
        _type_sentence(qtbot, editor, sentence)
        files = _export_all(qtbot, window, answers, out)
        assert len(files) == 3
        assert all(f.name.startswith(f"V{number:02d} ") for f in files)
        for old, data in before.items():  # every earlier volunteer's file as it was
            assert old.read_bytes() == data
        for f in files:
            before[f] = f.read_bytes()
            text = normalise(" ".join(pdf_pages_text(f)))
            assert normalise(sentence) in text
            others = [v for v in VOLUNTEERS if v[0] != name]
            for other_name, other_sentence in others:
                assert other_name not in text
                assert normalise(other_sentence) not in text
        written += files
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # exported: no question
        qtbot.waitUntil(lambda: name_box.text() == "")

    assert sorted(out.glob("*.pdf")) == sorted(written)
    assert len(set(written)) == 15
    # the draft folder keeps nothing of anyone
    drafts = window.services.paths.drafts
    assert not drafts.exists() or not any(p.is_file() for p in drafts.iterdir())

    contents = TallyBook(window.services.paths.tally_file).read()
    sums = totals(contents.for_event(controls.mode.info.id if controls.mode.info else None))
    assert sums.letters == 15
    assert sums.by_language == {"en": 15}
    assert sorted(sums.by_addressee.values()) == [5, 5, 5]
    assert sums.by_channel == {Channel.FAX.value: 15}
    raw = window.services.paths.tally_file.read_bytes().decode("utf-8")
    for name, sentence in VOLUNTEERS:
        assert name not in raw
        assert sentence not in raw

    # the event window shows the evening's figure
    event_window = controls.show_event_window()
    qtbot.waitUntil(lambda: "15" in event_window.findChild(QWidget, "lettersTonight").text())


def test_idle_reset_clears_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from uawriter.app import build_main_window
    from uawriter.paths import AppPaths

    window = build_main_window(
        app, AppPaths(tmp_path / "data"), today=lambda: TODAY, idle_ms=200, countdown_ms=300
    )
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "unexported", False))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.actions_pane.loaded)
    window.event_controls.mode.start(EventInfo.new("Evening"), "1357", 10)
    window.choose_pack(SEED_ID)
    name_box = find(window, QLineEdit, "senderName")
    # no event loop runs from here to the reset below, so the short idle time cannot
    # pass before the volunteer has typed
    type_text(name_box, "Sam Writer")
    window.sender_pane.flush()
    assert "Sam Writer" in window.editor.toPlainText()
    with qtbot.waitSignal(window.event_controls.volunteer_changed, timeout=30_000):
        window.event_controls.mode.reset_idle()  # the volunteer walks away now
    assert name_box.text() == ""
    assert "Sam Writer" not in window.editor.toPlainText()
    assert window.event_controls.mode.current is not None
    assert window.event_controls.mode.current.volunteer == 2


def test_the_countdown_says_how_many_letters_it_will_clear(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A volunteer put the letters of one action on the stack, began another and stepped
    away: the countdown banner said only "Next volunteer in 30 s", and the stack went with
    the reset, unsaid. It now says how many letters, neither printed nor exported, it
    will clear; with nothing unsent it says nothing of letters."""
    window = _event_window(qtbot, tmp_path, idle_ms=600_000)
    banner_text: list[str] = []

    def shown(seconds: int) -> None:
        if seconds:
            label = find(window, QLabel, "idleCountdownText")
            banner_text.append(label.text())

    window.event_controls.mode.countdown.connect(shown)
    with qtbot.waitSignal(window.event_controls.volunteer_changed, timeout=30_000):
        window.event_controls.mode._start_countdown()  # nothing written yet
    assert banner_text
    assert "cleared" not in " ".join(banner_text)

    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Our group in Karaganda asks for this.")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    if window.pack is not None and window.pack.action.rules:
        answers.expect("packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(find(window, QPushButton, "addToStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.stack_pane.is_empty())
    stacked = len(window.stack_pane.letters())
    type_text(window.editor, " And a second letter.")
    qtbot.waitUntil(lambda: window.session is not None and window.session.edited)
    writing = len(window.selected_addressees())
    banner_text.clear()
    with qtbot.waitSignal(window.event_controls.volunteer_changed, timeout=30_000):
        window.event_controls.mode._start_countdown()
    assert banner_text
    assert (
        f"{stacked + writing} letters neither printed nor exported will be cleared"
        in (banner_text[0])
    )
    assert window.stack_pane.is_empty()


def test_the_window_title_keeps_the_event_name_in_every_language(
    qtbot: QtBot, evening: MainWindow
) -> None:
    """A projector shows the window: the event's name stays in its title when the
    interface language changes, and goes when the event ends."""
    window = evening
    window.event_controls.mode.start(EventInfo.new("Write for Rights 2026"), "1357", 10)
    assert window.windowTitle() == "UA Writer — Write for Rights 2026"
    for lang in ("ru", "ar", "en"):
        window.services.languages.set_language(lang)
        QApplication.processEvents()
        assert window.windowTitle().endswith(" — Write for Rights 2026"), lang
    window.event_controls.mode.end()
    assert window.windowTitle() == "UA Writer"


def _event_window(qtbot: QtBot, tmp_path: Path, idle_ms: int = 600_000) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from uawriter.app import build_main_window
    from uawriter.paths import AppPaths

    window = build_main_window(
        app, AppPaths(tmp_path / "data"), today=lambda: TODAY, idle_ms=idle_ms, countdown_ms=300
    )
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "unexported", False))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.actions_pane.loaded)
    window.event_controls.mode.start(EventInfo.new("Evening"), "1357", 10)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None)
    return window


def test_undo_after_the_next_volunteer_does_not_bring_back_the_last_letter(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """One Ctrl+Z in the cleared editor gave the next volunteer the last one's whole
    letter back (the template's text was put in as one undoable step)."""
    window = _event_window(qtbot, tmp_path)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Alice's private words, 12 Rose Lane")
    window.event_controls.next_volunteer(ask_first=False)
    assert "Alice" not in window.editor.toPlainText()
    assert not window.editor.document().isUndoAvailable()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Alice" not in window.editor.toPlainText()


def test_the_idle_reset_closes_a_dialog_left_open(qtbot: QtBot, tmp_path: Path) -> None:
    """A volunteer opened "Call, post, envelopes…" (their name in the call script) and
    walked away: the countdown cleared the window, but the dialog stayed open on top of it
    for the next volunteer."""
    window = _event_window(qtbot, tmp_path, idle_ms=400)
    type_text(find(window, QLineEdit, "senderName"), "Sam Writer")
    window.sender_pane.flush()
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not seen:
            seen.append(dialog.objectName())
            window.event_controls.mode.reset_idle()  # the volunteer walks away now

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    with qtbot.waitSignal(window.event_controls.volunteer_changed, timeout=30_000):
        window.channels.show_channels()  # modal: returns once the reset closed it
    timer.stop()
    assert seen  # the dialog was open
    assert QApplication.activeModalWidget() is None
    assert find(window, QLineEdit, "senderName").text() == ""


def test_what_a_volunteer_copied_is_gone_for_the_next(qtbot: QtBot, tmp_path: Path) -> None:
    """Volunteer A copied the call script (their name in it); after Next volunteer,
    volunteer B's Ctrl+V put it in B's letter."""
    window = _event_window(qtbot, tmp_path)
    clipboard = QApplication.clipboard()
    clipboard.setText("Менің атым Alice Example. 12 Rose Lane")
    assert clipboard.text().startswith("Менің атым Alice")
    window.event_controls.next_volunteer(ask_first=False)
    assert clipboard.text() == ""
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "Alice" not in window.editor.toPlainText()


def _at_an_event(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """``window`` with an event running and the seed pack chosen."""
    window.event_controls.mode.start(EventInfo.new("Write for Rights"), "2468", 10)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    return window


def test_the_next_volunteer_saves_where_the_event_started(
    qtbot: QtBot, evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The folder a volunteer saved in can carry their name: the next volunteer's save
    dialog opened in "Aigerim Sadykova private" (the thirteenth probe)."""
    window = _at_an_event(qtbot, evening)
    started_in = window.output.export_folder()
    private = tmp_path / "Aigerim Sadykova private"
    private.mkdir()

    assert _export_all(qtbot, window, answers, private)
    assert window.output.export_folder() == private  # the same volunteer: where she saved

    window.event_controls.next_volunteer(ask_first=False)

    assert window.output.export_folder() == started_in
    assert "Aigerim" not in window.settings.export_folder


@pytest.mark.parametrize("kind", ["folder", "file"])
def test_an_export_ending_after_next_volunteer_shows_nothing_of_the_last(
    kind: str, qtbot: QtBot, evening: MainWindow, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Next volunteer while an export still ran: when it ended, the next volunteer saw "3
    letters saved in …/Zed Qwertyson private" and their save dialog opened there (the
    fourteenth probe). The letters are still written and counted."""
    window = _at_an_event(qtbot, evening)
    started_in = window.output.export_folder()
    private = tmp_path / "Zed Qwertyson private"
    private.mkdir()
    letters = window.letters()
    context = window.output_context()
    if kind == "folder":
        window.output.export_to_folder(letters, private, context)
    else:
        window.output.export_to_file(letters, private / "Zed Qwertyson.pdf", context)

    window.event_controls.next_volunteer(ask_first=False)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=60_000)
    qtbot.wait(100)

    assert list(private.glob("*.pdf"))
    assert window.output.export_folder() == started_in
    assert "Zed" not in window.statusBar().currentMessage()
    assert [name for name in answers.seen if name == "exportDone"] == []
    book = TallyBook(window.services.paths.tally_file)
    assert len(book.read().letters) == len(letters)


def test_no_organiser_tool_is_open_to_a_volunteer_without_the_pin(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The menu's "Address book…" was locked at an event, but the button of the same name
    beside the addressees opened the same editor without the PIN: a volunteer's own name
    and e-mail saved there were shown to every later one, and the organiser's embassy
    contacts could be changed. The totals window's hand counts, merge and tally export
    change or carry the count: the organiser's too."""
    window = _event_window(qtbot, tmp_path)
    totals = window.event_controls.show_event_window()
    qtbot.addWidget(totals)
    tools = [
        window.addressees_pane.address_book_button,
        window.menus.address_book_action,
        totals.add_counts_button,
        totals.merge_button,
        totals.export_button,
    ]
    assert not any(tool.isEnabled() for tool in tools)
    window.event_controls.next_volunteer(ask_first=False)
    assert not any(tool.isEnabled() for tool in tools)

    window.event_controls.mode.end()

    assert all(tool.isEnabled() for tool in tools)


def test_a_pack_dropped_on_the_window_at_an_event_waits_for_the_pin(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The Packs menu was locked at an event, but a pack folder dropped on the window was
    imported, and replaced the organiser's pack of its id after one "Replace?" any
    volunteer could answer: its e-mail addresses then got every later volunteer's drafts."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest

    window = _event_window(qtbot, tmp_path)
    dropped = copy_bundled_pack(TRAINING_ID, tmp_path / "stick", "training-dropped")
    edit_manifest(dropped, f'id = "{TRAINING_ID}"', 'id = "training-dropped"')
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    point = QPointF(window.width() / 2, window.height() / 2)
    how = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(point, *how)
    QApplication.sendEvent(window, enter)
    QApplication.sendEvent(window, QDropEvent(point, *how))
    qtbot.wait(300)  # an import runs in the background

    assert not enter.isAccepted()
    assert "training-dropped" not in window.packs
    assert not (tmp_path / "data" / "packs" / "training-dropped").exists()

"""Probe 92c: display and layout with new inputs (long rules, an Arabic name, long names).

P92c-F1  A pack whose ``[action.rules]`` run to 1,800 characters (seventeen short rules,
         within the pack format's 20,000): the "Before you send this letter" question is
         a plain message box 404 pixels wide and 620 pixels tall (970 for 3,000
         characters). On an 800 × 600 screen its Yes and No buttons are below the
         screen's edge, in every interface language.
P92c-F2  An English (or Russian, Kazakh, Spanish, French, German) letter of two pages or
         more to an official whose name the pack gives in Arabic letters ("عبد الفتاح
         السيسي", no title): the running header on the next pages reads "(continued) عبد
         الفتاح السيسي" from the left margin, the label before the name, where an Arabic
         letter's header is laid out right to left on purpose and a Latin name's reads
         "Name (continued)".
P92c-F3  An official with a long title and name, with spaces ("Head of the Main Directorate
         for Countering Extremism of the Ministry of Internal Affairs, Major General
         Vladimir Alexandrovich Makarov", 135 characters): "Call, post, envelopes…" opens
         968 pixels wide on an 800-pixel screen. Its addressee lists (Phone, E-mail text)
         are as wide as the longest name; the main window shortens and breaks the same
         name.
P92c-F4  An event named in 126 characters ("Write for Rights 2026 – Almaty, Kazakh-German
         University, room 204, with the Amnesty group and the students of the law
         faculty"; the start dialog takes 200): the event tally window opens 952 pixels
         wide on an 800-pixel screen, as wide as its "This event: …" choice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest
from qt_helpers import ModalAnswers
from test_gui import find, open_window
from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, render_letters
from uawriter.gui.common import FRAME_HEIGHT, FRAME_WIDTH
from uawriter.gui.event_window import EventWindow
from uawriter.gui.main_window import MainWindow
from uawriter.paths import AppPaths
from uawriter.rendering.document import Paper
from uawriter.storage.tally_records import EventInfo

SCREEN_WIDTH, SCREEN_HEIGHT = 800, 600
ROOM_HEIGHT = SCREEN_HEIGHT - FRAME_HEIGHT
TRAINING_RULE = (
    "Do not put the Amnesty International name or logo on the letter or the envelope: "
    "write as a private person."
)
#: seventeen rules of a real action's kind, 1,800 characters: what sections ask of writers
RULES = " ".join(
    [
        "Do not put the Amnesty International name or logo on the letter or the envelope:",
        "write as a private person, from your own address, and sign with your own name.",
        "Do not mention the family by name, or that they asked for letters: the family has",
        "been questioned by the police twice since his arrest and fears more of it.",
        "Do not say that you know of the case from the news: it was never in the news,",
        "and the authorities would ask who told you about it.",
        "Do not send anything after 20 February, when the trial is due to end; after that",
        "date a new action will say what to ask for.",
        "Do not send photographs, drawings, books or gifts with the letter.",
        "Do not write to him in prison: letters to him are read by the guards and held",
        "against him, and he has asked that no one write to him directly.",
        "Do not put your political or religious views in the letter, and do not compare",
        "the country with any other country.",
        "Do not use words such as 'regime' or 'dictator': officials stop reading there.",
        "Write courteously, as one person to another, and keep the letter to one page.",
        "Send one letter to each official, not one letter addressed to all of them, and",
        "do not copy the letter to the embassy by e-mail and by post both.",
        "Do not post the letter from a country where writing it could harm you, and do",
        "not write if you plan to travel to the country in the coming months.",
        "If you receive a reply, do not answer it yourself: send it to the organiser of",
        "your group, who will pass it on to the team working on the case.",
        "Do not give his prison number or the name of his cell mates, even if you find",
        "them online: they could be punished for what is written about them.",
        "Write the date in full, and do not ask for an answer by a given day.",
        "Do not ask for money or for news of the investigation; ask only for what the",
        "talking points ask for.",
    ]
)


@pytest.fixture
def english_after() -> Iterator[None]:
    """The interface back in English for the tests after (the language is the app's)."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.services.languages.set_language("en")


def _pack_with_rules(data: Path, rules: str) -> str:
    folder = copy_bundled_pack(TRAINING_ID, AppPaths(data).user_packs, "long-rules")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "long-rules"')
    edit_manifest(folder, f'en = "{TRAINING_RULE}"', f'en = "{rules}"')
    return "long-rules"


@pytest.mark.parametrize("code", ["en", "ar"])
def test_f1_long_rules_leave_the_yes_and_no_buttons_on_a_small_screen(
    qtbot: QtBot, tmp_path: Path, code: str, english_after: None
) -> None:
    """The volunteer presses Export PDF… and the rules appear in a box taller than her
    netbook's screen: she cannot read the rules' end nor reach "Yes" to go on (Enter is
    No), so no letter of the action is printed, exported or stacked. The question is a
    plain QMessageBox (gui/dialogs.py ``ask``, from gui/sending.py ``rules_kept``), which
    grows with its text and has no scroll bar; rules from several stacked actions are
    joined into the same box."""
    data = tmp_path / "data"
    pack_id = _pack_with_rules(data, RULES)
    window = open_window(qtbot, data)
    window.services.languages.set_language(code)
    qtbot.waitUntil(lambda: any(p.id == pack_id for p in window.catalog.packs))
    window.choose_pack(pack_id)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == pack_id)
    answers = ModalAnswers()
    seen: list[tuple[int, QRect, QRect]] = []

    def look_and_go_back(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        QApplication.processEvents()
        yes = box.button(QMessageBox.StandardButton.Yes)
        place = QRect(yes.mapToGlobal(yes.rect().topLeft()), yes.size())
        seen.append((box.frameGeometry().height(), place, box.screen().availableGeometry()))
        box.button(QMessageBox.StandardButton.No).click()

    answers.expect("packRules", look_and_go_back)
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["packRules"], timeout=30_000)
    answers.stop()
    height, yes, screen = seen[0]
    assert screen.contains(yes), (code, yes, screen)
    assert height <= ROOM_HEIGHT, (code, height)


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in text)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_f2_the_running_header_of_a_left_to_right_letter_puts_the_name_first(
    packs: dict[str, Pack], lang: str
) -> None:
    """The official turns to page 2 of an English letter and its header says "(continued)"
    first and his name after it. ``_NumberingCanvas._draw_furniture`` (rendering/pdf.py)
    passes ``base="R"`` for a right-to-left letter, but for a left-to-right one leaves
    ``draw_line`` to guess the direction from the first letter of the text, which is
    the Arabic name's: the whole header is laid out right to left."""
    pack = packs[SEED_ID]
    official = dataclasses.replace(pack.addressees[1], title="", name="عبد الفتاح السيسي")
    sentence = "Berik Asylov was detained for a peaceful protest and must be released now. "
    text = f"Dear President,\n\n{sentence * 40}\n\n{sentence * 40}\n\nYours sincerely,\nAnn\n"
    letter = Letter(pack, official, lang, text, as_fax=False)
    pdf = render_letters([letter], Sender("Ann"), dt.date(2026, 12, 5), Paper.A4, invariant=True)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    pieces: list[tuple[float, float, str]] = []

    def seen(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            pieces.append((tm[5], tm[4], text))

    reader.pages[1].extract_text(visitor_text=seen)
    top = max(y for y, _x, _text in pieces)
    header = [(x, text) for y, x, text in pieces if abs(y - top) < 1]
    name_at = min(x for x, text in header if _is_arabic(text))
    label_at = min(x for x, text in header if "continued" in text or "продолжение" in text)
    assert name_at < label_at, header


LONG_TITLE = (
    "Head of the Main Directorate for Countering Extremism of the Ministry of Internal Affairs"
)
LONG_NAME = "Major General Vladimir Alexandrovich Makarov"


@pytest.mark.parametrize("code", ["en", "ar"])
def test_f3_call_post_envelopes_fits_the_screen_with_a_long_title(
    qtbot: QtBot, tmp_path: Path, code: str, english_after: None
) -> None:
    """The volunteer opens "Call, post, envelopes…" to phone the official: the dialog is
    wider than her netbook's screen, its right part (the Copy buttons, Close) off the
    edge. gui/channels_dialog.py fills the ``callAddressee`` and ``emailAddressee``
    combo boxes with each addressee's whole ``display_name``; a QComboBox is as wide as
    its longest item. (The envelopes tab's note naming the addresses cut also quotes
    names whole, without ``shortened``/``breakable``.)"""
    data = tmp_path / "data"
    folder = copy_bundled_pack(TRAINING_ID, AppPaths(data).user_packs, "long-title")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "long-title"')
    edit_manifest(folder, 'title = "Minister of Justice"', f'title = "{LONG_TITLE}"')
    edit_manifest(folder, 'name = "Ms Elena Sartori"', f'name = "{LONG_NAME}"')
    window = open_window(qtbot, data)
    window.services.languages.set_language(code)
    qtbot.waitUntil(lambda: any(p.id == "long-title" for p in window.catalog.packs))
    window.choose_pack("long-title")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == "long-title")
    answers = ModalAnswers()
    seen: list[tuple[int, int]] = []

    def look(dialog: QWidget) -> None:
        for _ in range(5):  # layout requests delivered
            QApplication.processEvents()
            qtbot.wait(20)
        seen.append((dialog.minimumSizeHint().width(), dialog.frameGeometry().width()))
        dialog.close()

    answers.expect("channelsDialog", look)
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["channelsDialog"], timeout=30_000)
    answers.stop()
    smallest, opened = seen[0]
    assert smallest <= SCREEN_WIDTH - FRAME_WIDTH, (code, smallest)
    assert opened <= SCREEN_WIDTH, (code, opened)


EVENT_NAME = (
    "Write for Rights 2026 – Almaty, Kazakh-German University, room 204, "
    "with the Amnesty group and the students of the law faculty"
)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_f4_the_event_tally_fits_the_screen_with_a_long_event_name(
    qtbot: QtBot, tmp_path: Path, code: str, english_after: None
) -> None:
    """The organiser opens the event's tally on the event laptop: the window is wider than
    the screen, its right part (the totals' right column, the Save and Merge buttons)
    off the edge. gui/event_window.py puts the event's whole name into the ``tallyScope``
    combo box ("This event: …", ``_fill_scope``), and a QComboBox is as wide as its
    longest item (the diplomat and language boxes of the main window set
    ``AdjustToMinimumContentsLengthWithIcon`` for this)."""
    window = open_window(qtbot, tmp_path / "data")
    window.services.languages.set_language(code)
    event = EventInfo.new(EVENT_NAME, "Almaty", "2026-12-04")
    tally = EventWindow(window.tally, window.tasks, event=event, packs=list(window.catalog.packs))
    qtbot.addWidget(tally)
    tally.show()
    qtbot.waitExposed(tally)
    for _ in range(5):  # layout requests delivered
        QApplication.processEvents()
        qtbot.wait(20)
    assert tally.minimumSizeHint().width() <= SCREEN_WIDTH - FRAME_WIDTH, (
        code,
        tally.minimumSizeHint(),
    )
    assert tally.frameGeometry().width() <= SCREEN_WIDTH, (code, tally.frameGeometry())

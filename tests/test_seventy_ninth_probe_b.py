"""Probe 79b: an event evening on a shared laptop: what the window takes as sent when a
letter's own export ends while the volunteer goes on writing; the return address on
address labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, normalise, pdf_pages_text, run_uawriter
from qt_helpers import ModalAnswers, type_path
from test_evening import type_text
from test_gui import find, open_window
from test_stack import SENTENCES, _write
from uawriter.gui.draft_keeper import AUTOSAVE_DELAY_MS
from uawriter.storage.tally import TallyBook

LATER = "Words typed while the letters were still being saved."


def test_f1_words_typed_while_the_export_runs_are_taken_as_sent_and_their_draft_deleted(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She writes her letter for UA 129/10 and presses Export; the letters go to a slow USB
    stick in the background, the window stays live, and she goes on typing a sentence
    (a typo seen, a line added). When the export ends, the window takes the letter on
    screen as sent: her new words are in no file, yet the draft holding them is deleted
    and nothing counts as unsent, so a crash loses them and Next volunteer or the idle
    reset clears them without a question. Typed a moment later (after the export), the
    same words are kept and asked about."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    _write(qtbot, window, SEED_ID)
    editor = find(window, QPlainTextEdit, "letterEditor")
    out = tmp_path / "stick"
    out.mkdir()

    export_to_folder = window.output.export_to_folder

    def slow_stick(*args: object, **kwargs: object) -> None:
        export_to_folder(*args, **kwargs)  # type: ignore[arg-type]
        # the letters are being written in the background: she types on
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        type_text(editor, "\n" + LATER)

    window.output.export_to_folder = slow_stick  # type: ignore[method-assign]
    if window.pack is not None and window.pack.action.rules:
        answers.expect("packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    qtbot.wait(AUTOSAVE_DELAY_MS + 500)
    written = TallyBook(window.services.paths.tally_file).read().letters
    assert written  # the letters as they were when Export was pressed went, counted
    assert LATER in editor.toPlainText()
    assert all(LATER not in " ".join(pdf_pages_text(pdf)) for pdf in out.glob("*.pdf"))
    draft = window.services.drafts.load()
    unsent = window.has_unsent_letter()
    window.unexported = False
    # her later words are still to send: kept in the draft, and asked about at a reset
    assert unsent
    assert draft is not None
    assert LATER in draft.text


def test_f2_a_letter_begun_while_the_last_one_is_saved_is_taken_as_sent_in_its_place(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """She exports her UA 129/10 letters to a slow stick and, while they are saved (the
    window stays live), chooses the Valdoria action: "Start another letter?" Yes sets the
    UA 129/10 letter aside, as not yet sent, and she writes her Valdoria letter. When the
    export ends, the window takes the letter on screen, the Valdoria one, as sent: its
    draft is deleted and it counts as unsent no more (a crash loses it), while the UA
    129/10 letter, written and counted, stays set aside as unsent, to be offered back and
    sent and counted a second time."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    _write(qtbot, window, SEED_ID)
    out = tmp_path / "stick"
    out.mkdir()

    export_to_folder = window.output.export_to_folder

    def slow_stick(*args: object, **kwargs: object) -> None:
        export_to_folder(*args, **kwargs)  # type: ignore[arg-type]
        # the letters are being written in the background: she starts another action
        answers.expect(
            "switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
        )
        _write(qtbot, window, TRAINING_ID)
        # set aside (the export may end, and let it go, while she writes the next one)
        assert "switchQuestion" in answers.seen

    window.output.export_to_folder = slow_stick  # type: ignore[method-assign]
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    qtbot.wait(AUTOSAVE_DELAY_MS + 500)
    written = TallyBook(window.services.paths.tally_file).read().letters
    assert {r.pack_id for r in written} == {SEED_ID}
    assert len(written) == len(window.packs[SEED_ID].addressees)
    assert window.pack is not None
    assert window.pack.id == TRAINING_ID
    draft = window.services.drafts.load()
    set_aside = window.services.drafts.shelved_actions()
    unexported = window.unexported
    window.unexported = False
    # the Valdoria letter is still to send, its draft kept; the UA 129/10 letter went
    assert draft is not None
    assert SENTENCES[TRAINING_ID] in draft.text
    assert unexported
    assert set_aside == []


def test_f2_a_letter_set_aside_that_went_in_part_keeps_only_those_still_to_send(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The same, when only the first of the three letters was written before the stick
    was full: the letter set aside stays offered, its addressee who got hers unticked in
    it (sent again, she would be counted twice), and the new action's letter on screen
    is left as it is: none of its addressees is unticked."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    _write(qtbot, window, SEED_ID)
    letters = window.letters()
    assert len(letters) == 3
    answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    _write(qtbot, window, TRAINING_ID)
    on_screen = [a.id for a in window.selected_addressees()]
    window.letters_went(letters, letters[:1])
    set_aside = window.services.drafts.shelved(SEED_ID)
    assert set_aside is not None
    assert set_aside.selected == tuple(x.addressee.id for x in letters[1:])
    assert [a.id for a in window.selected_addressees()] == on_screen
    assert window.unexported
    # all of them went: the letter set aside is let go, the one on screen still to send
    window.letters_went(letters, letters)
    assert window.services.drafts.shelved_actions() == []
    assert window.unexported


@pytest.mark.parametrize("sheet", ["l7160", "5160"])
def test_f3_a_label_return_address_loses_its_town_and_country_unsaid(
    sheet: str, tmp_path: Path
) -> None:
    """A volunteer prints address labels for the three UA 129/10 officials with her
    return address, an ordinary German one. Each label's return address is one line of
    5-point text cut at the label's width: "Hans-Jürgen Müller-Lüdenscheidt,
    Kaiser-Wilhelm-Straße 123, 2.…", with no postcode, town or country, so a letter the
    post cannot deliver cannot come back to her. Nothing says so: the note about cut
    addresses is only for the addressees' (the envelope's return address is wrapped
    instead, and keeps them)."""
    out = tmp_path / "labels.pdf"
    done = run_uawriter(
        tmp_path / "data",
        "labels",
        "--pack",
        SEED_ID,
        "--sheet",
        sheet,
        "--sender-name",
        "Hans-Jürgen Müller-Lüdenscheidt",
        "--sender-address",
        "Kaiser-Wilhelm-Straße 123, 2. OG links; 10557 Berlin; Germany",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    text = normalise(" ".join(pdf_pages_text(out)))
    assert text.count("Müller-Lüdenscheidt") == 3  # a return address on each label
    # the return address whole (its town and country kept), or the volunteer told
    assert text.count("10557") == 3 or "return address" in done.stderr

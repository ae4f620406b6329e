"""Letters the window keeps on disk so that nothing a volunteer wrote is lost: a draft whose
action does not load at a start, and the letters put on "my stack".

Each test names what went wrong before the fix, then what is true now.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crash_steps import HER_WINDOW_SIGNED
from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from letter_steps import no, yes
from qt_helpers import ModalAnswers, type_path
from test_gui import open_window
from test_stack import _two_actions_on_the_stack
from uawriter.gui.main_window import MainWindow
from uawriter.storage.drafts import Draft, DraftStore

COPY_ID = "training-copy"


def _install_copy(data: Path) -> Path:
    """The training pack installed again under another id."""
    folder = copy_bundled_pack(TRAINING_ID, data / "packs", COPY_ID)
    edit_manifest(folder, f'id = "{TRAINING_ID}"', f'id = "{COPY_ID}"')
    return folder


def _old_draft(at_event: bool = False) -> Draft:
    return Draft(
        COPY_ID, "es", "president", ("president",), (), "", "OLD-VOLUNTEER-LETTER", "", at_event
    )


def _files_holding(folder: Path, words: str) -> list[Path]:
    return [f for f in folder.rglob("*") if f.is_file() and words.encode() in f.read_bytes()]


def test_a_draft_whose_action_does_not_load_is_kept_and_offered_back_once_it_loads(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A draft for an action that did not load at this start (a field it does not know, a
    folder removed) was passed over without a word, and the next letter's autosave wrote
    over it: the volunteer's letter was gone. It is now moved to its action's own slot, the
    window says so once, naming the action, and the letter is offered back when the action
    is chosen after it loads again."""
    data = tmp_path / "data"
    folder = _install_copy(data)
    drafts = DraftStore(data / "drafts")
    drafts.save(_old_draft())
    edit_manifest(folder, "revision = 1", "revision = 1\nbogus = 2")

    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    answers.expect("warning", read)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: said != [] and window.session is not None, timeout=30_000)
    assert COPY_ID not in window.packs
    assert len(said) == 1
    assert COPY_ID in said[0]
    assert "kept" in said[0]

    # the next letter, autosaved: the old one is still on disk
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "NEW-LETTER")
    current = data / "drafts" / "current.json"
    qtbot.waitUntil(
        lambda: current.exists() and b"NEW-LETTER" in current.read_bytes(), timeout=30_000
    )
    (kept,) = _files_holding(data / "drafts", "OLD-VOLUNTEER-LETTER")
    assert kept == data / "drafts" / "actions" / f"{COPY_ID}.json"

    # repaired: chosen again, the letter is offered back
    edit_manifest(folder, "\nbogus = 2", "")
    window.load_packs()
    qtbot.waitUntil(lambda: COPY_ID in window.packs, timeout=30_000)
    answers.expect("switchQuestion", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    answers.expect("draftOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.choose_pack(COPY_ID)
    qtbot.waitUntil(lambda: "OLD-VOLUNTEER-LETTER" in window.editor.toPlainText(), timeout=30_000)
    assert window.pack is not None
    assert window.pack.id == COPY_ID
    assert answers.seen == ["warning", "switchQuestion", "draftOffer"]


def test_a_draft_whose_action_folder_is_gone_is_kept_and_the_next_volunteer_clears_it(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The pack's folder removed: the letter is kept all the same, said once (a second
    start says nothing more), and Next volunteer leaves nothing of it, as with every
    draft."""
    data = tmp_path / "data"
    drafts = DraftStore(data / "drafts")
    drafts.save(_old_draft())

    answers.expect("warning", lambda box: box.accept())
    first = open_window(qtbot, data)
    qtbot.waitUntil(lambda: answers.seen == ["warning"] and first.session is not None)
    assert _files_holding(data / "drafts", "OLD-VOLUNTEER-LETTER") != []
    first.hide()

    second = open_window(qtbot, data)
    qtbot.waitUntil(lambda: second.session is not None, timeout=30_000)
    qtbot.wait(300)
    assert answers.seen == ["warning"]  # said once
    assert _files_holding(data / "drafts", "OLD-VOLUNTEER-LETTER") != []

    second.clear_for_next_volunteer()
    assert _files_holding(data / "drafts", "OLD-VOLUNTEER-LETTER") == []


def test_a_draft_kept_beside_another_for_the_same_action_loses_neither(tmp_path: Path) -> None:
    """The action's slot already held a letter: the current draft is set aside beside it,
    not written over it."""
    store = DraftStore(tmp_path / "drafts")
    store.shelve(Draft(COPY_ID, "es", "president", (), (), "", "SHELVED-EARLIER"))
    store.save(_old_draft())
    where = store.keep_for_later(_old_draft())
    assert where is not None
    assert where.exists()
    assert not store.path.exists()
    assert _files_holding(tmp_path / "drafts", "SHELVED-EARLIER") != []
    assert _files_holding(tmp_path / "drafts", "OLD-VOLUNTEER-LETTER") == [where]
    store.clear_all()
    assert [f for f in (tmp_path / "drafts").rglob("*") if f.is_file()] == []


# -- the stack, kept on disk ------------------------------------------------------------------

#: A window in a process of its own: the volunteer signs, writes for the seed action, puts
#: its letters on the stack, and the process is killed (no clean-up, no question).
STACK_THEN_KILL = (
    HER_WINDOW_SIGNED
    + """window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
window.editor.insertPlainText("STACKED-WORDS")
window.sending.add_to_stack()
print(len(window.stack_pane.letters()), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
)


def test_letters_on_the_stack_survive_a_kill_and_are_offered_back(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """ "Add to my stack" cleared the draft, and the stack lived in memory only: a crash or a
    flat battery after it lost every stacked letter, where a letter left in the editor
    would have survived. The stack is kept on disk, and the next start offers it back."""
    data = tmp_path / "data"
    done = run_uawriter(data, script=STACK_THEN_KILL.format(data=str(data), pack=SEED_ID))
    assert done.returncode == -signal.SIGKILL, done.stderr
    count = int(done.stdout.split()[0])
    assert count > 0

    said: list[str] = []

    def take_back(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answers.expect("stackOffer", take_back)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: not window.stack_pane.is_empty(), timeout=30_000)
    letters = window.stack_pane.letters()
    assert len(letters) == count
    assert str(count) in said[0]
    assert all("STACKED-WORDS" in letter.text for letter in letters[:1])
    assert all(letter.pack is window.packs[SEED_ID] for letter in letters)
    assert window.stack_pane.signer().name == "Aigerim Sadykova"
    assert window.stack_pane.isVisible()

    # exported: the stack on disk goes with it
    out = tmp_path / "letters"
    out.mkdir()
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30000):
        window.sending.export_stack()
    qtbot.waitUntil(window.stack_pane.is_empty)
    assert _files_holding(data, "STACKED-WORDS") == []
    assert _files_holding(data / "drafts", "Aigerim") == []


def test_the_stack_on_disk_goes_when_it_is_let_go_or_at_next_volunteer(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    stack_file = data / "drafts" / "stack.json"
    window = open_window(qtbot, data)
    _two_actions_on_the_stack(qtbot, window, answers)
    assert b"Aigerim Sadykova" in stack_file.read_bytes()
    assert b"Karaganda" in stack_file.read_bytes()

    # Remove asks first, No the default: one click took her letters away for good
    stack_list = window.stack_pane.list
    stack_list.setCurrentRow(0)
    answers.expect("removeFromStackQuestion", no)
    window.stack_pane.remove_button.click()
    assert "removeFromStackQuestion" in answers.seen
    assert b"Karaganda" in stack_file.read_bytes()
    assert len(window.stack_pane.entries) == 2

    # taken off the stack, one action after the other
    answers.expect("removeFromStackQuestion", yes)
    window.stack_pane.remove_button.click()
    assert b"Karaganda" not in stack_file.read_bytes()
    stack_list.setCurrentRow(0)
    answers.expect("removeFromStackQuestion", yes)
    window.stack_pane.remove_button.click()
    assert not stack_file.exists()

    # Next volunteer
    _two_actions_on_the_stack(qtbot, window, answers)
    assert stack_file.exists()
    window.clear_for_next_volunteer()
    assert _files_holding(data, "Aigerim") == []

    # "No" at the next start: not offered again
    _two_actions_on_the_stack(qtbot, window, answers)
    window.hide()
    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.No).click())
    second = open_window(qtbot, data)
    qtbot.waitUntil(lambda: answers.seen[-1:] == ["stackOffer"], timeout=30_000)
    assert second.stack_pane.is_empty()
    assert not stack_file.exists()


def test_a_damaged_stack_file_is_set_aside_not_a_crash(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    (data / "drafts").mkdir(parents=True)
    (data / "drafts" / "stack.json").write_text("{ not json", encoding="utf-8")
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    answers.expect("warning", read)
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: said != [] and window.session is not None, timeout=30_000)
    assert "stack.json" in said[0]
    assert window.stack_pane.is_empty()
    assert list((data / "drafts").glob("stack.json.broken-*")) != []


@pytest.mark.parametrize(
    ("old", "new"),
    [("revision = 1", "revision = 1\nbogus = 2"), ('"Avenida Central 100"', '"Avenida Nueva 7"')],
)
def test_stacked_letters_whose_action_does_not_load_are_kept_and_said(
    old: str, new: str, qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Letters on the stack for an action that does not load at the next start, or was
    changed since they were written (its officials or fax numbers may be others now), are
    neither dropped without a word nor sent as they were: their file is set aside (gone at
    Next volunteer), the window says so, and the other letters are offered back."""
    data = tmp_path / "data"
    folder = _install_copy(data)
    first = open_window(qtbot, data)
    qtbot.waitUntil(lambda: COPY_ID in first.packs, timeout=30_000)
    for pack_id in (SEED_ID, COPY_ID):
        first.choose_pack(pack_id)
        qtbot.waitUntil(lambda: first.session is not None and first.session.pack.id == pack_id)  # noqa: B023
        if first.pack is not None and first.pack.action.rules:
            answers.expect(
                "packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
            )
        first.sending.add_to_stack()
        qtbot.waitUntil(lambda: pack_id in [e.pack_id for e in first.stack_pane.entries])  # noqa: B023
    copies = len(first.packs[COPY_ID].addressees)
    seeds = len(first.stack_pane.letters()) - copies
    first.hide()
    edit_manifest(folder, old, new)

    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    answers.expect("warning", read)
    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    second = open_window(qtbot, data)
    qtbot.waitUntil(lambda: not second.stack_pane.is_empty(), timeout=30_000)
    assert len(second.stack_pane.letters()) == seeds
    stack_said = [text for text in said if "stack" in text]
    assert len(stack_said) == 1
    assert str(copies) in stack_said[0]
    (kept,) = (data / "drafts").glob("stack.json.broken-*")
    assert str(kept) in stack_said[0]
    assert COPY_ID.encode() in kept.read_bytes()
    second.clear_for_next_volunteer()
    assert not kept.exists()


def _stack_both(qtbot: QtBot, window: MainWindow, answers: ModalAnswers) -> None:
    for pack_id in (COPY_ID, SEED_ID):
        window.choose_pack(pack_id)
        qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == pack_id)  # noqa: B023
        if window.pack is not None and window.pack.action.rules:
            answers.expect(
                "packRules", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
            )
        window.sending.add_to_stack()
        qtbot.waitUntil(lambda: pack_id in [e.pack_id for e in window.stack_pane.entries])  # noqa: B023


def test_a_side_file_beside_a_pack_leaves_its_stacked_letters_on_the_stack(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Finder's .DS_Store (the organiser looked at the UA's PDF kept beside the pack), or
    pack.toml touched: the pack's letters are what they were, and come back on the stack;
    they were set aside as "changed", and gone at Next volunteer."""
    data = tmp_path / "data"
    folder = _install_copy(data)
    first = open_window(qtbot, data)
    qtbot.waitUntil(lambda: COPY_ID in first.packs, timeout=30_000)
    _stack_both(qtbot, first, answers)
    total = len(first.stack_pane.letters())
    first.hide()
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    manifest = folder / "pack.toml"
    os.utime(manifest, (manifest.stat().st_atime, manifest.stat().st_mtime + 60))
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    answers.expect("warning", read)  # none comes: the letters are as they were
    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    second = open_window(qtbot, data)
    qtbot.waitUntil(lambda: not second.stack_pane.is_empty(), timeout=30_000)

    assert said == []
    assert len(second.stack_pane.letters()) == total
    assert list((data / "drafts").glob("stack.json.broken-*")) == []


def test_letters_stacked_before_their_pack_was_replaced_do_not_go_to_the_old_address(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A letter on the stack, then the organiser installs a corrected revision and the
    window reads its packs again: the stacked letter, made from the old revision, went out
    to the old address, and came back as current after a crash. It is refused (nothing
    goes out), and set aside at the next start."""
    data = tmp_path / "data"
    folder = _install_copy(data)
    first = open_window(qtbot, data)
    qtbot.waitUntil(lambda: COPY_ID in first.packs, timeout=30_000)
    _stack_both(qtbot, first, answers)
    edit_manifest(folder, '"Avenida Central 100"', '"Avenida Nueva 7"')
    first.reload_packs()
    qtbot.waitUntil(
        lambda: first.packs[COPY_ID].addressees[0].address[0] == "Avenida Nueva 7",
        timeout=30_000,
    )
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    answers.expect("warning", read)
    assert not first.letters_current(first.stack_pane.letters(), on_stack=True)
    assert said
    assert "replaced or removed since" in said[0]
    first.hide()

    answers.expect("warning", read)
    answers.expect("stackOffer", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    second = open_window(qtbot, data)
    qtbot.waitUntil(lambda: not second.stack_pane.is_empty(), timeout=30_000)
    back = [x.addressee.address for x in second.stack_pane.letters() if x.pack.id == COPY_ID]
    assert back == []
    assert len(said) == 2
    assert "cannot be put back" in said[1]

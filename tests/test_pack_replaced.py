"""A pack replaced beside the open window (probe 24A F11): the window reads its packs once
for the evening, and ``uawriter import --replace`` from a terminal installed a corrected
revision while volunteers wrote. The letters went on to the old revision's official and
fax number, written and counted, with no word."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from helpers import (
    edit_manifest,
    normalise,
    pdf_pages_text,
    run_uawriter,
)
from letter_steps import accept, choose, my_pack
from qt_helpers import ModalAnswers
from test_evening import _export_all, type_text
from test_gui import find, open_window
from uawriter.engine import pack_replaced

OLD_FAX = "+7 7172 72 05 16"
NEW_FAX = "+7 7172 99 88 77"


def _local_pack(data: Path, tmp_path: Path) -> Path:
    """The seed as an organiser's own pack ``my-pack`` (revision 1) in ``data``, and its
    revision 2 in a folder to import: a new President and a new fax number for him."""
    mine = my_pack(data)
    corrected = tmp_path / "corrected" / "my-pack"
    corrected.parent.mkdir()
    shutil.copytree(mine, corrected)
    edit_manifest(corrected, "revision = 1", "revision = 2")
    edit_manifest(corrected, 'name = "Nursultan Nazarbaev"', 'name = "Kassym-Jomart Tokayev"')
    edit_manifest(corrected, f'fax = "{OLD_FAX}"', f'fax = "{NEW_FAX}"')
    return corrected


def test_a_pack_replaced_from_the_terminal_is_read_again_before_a_letter_goes_out(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    corrected = _local_pack(data, tmp_path)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    window.editor.setFocus()
    type_text(window.editor, "Words of my own. ")
    assert window.session is not None
    assert window.session.edited

    done = run_uawriter(data, "import", "--replace", str(corrected))
    assert done.returncode == 0, done.stderr

    # Export: the window sees the pack changed, says so, and sends nothing this time
    messages: list[str] = []
    answers.expect("warning", lambda box: (messages.append(box.text()), accept(box)))
    out = tmp_path / "out"
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "revision 2" in messages[0]
    assert "Nothing was sent" in messages[0]
    assert not out.exists()
    assert "exportDialog" not in answers.seen

    # the letter is the new revision's, and the volunteer's words are kept
    session = window.session
    assert session is not None
    assert session.pack.revision == 2
    assert "Words of my own." in window.editor.toPlainText()

    out.mkdir()
    written = _export_all(qtbot, window, answers, out)
    assert written
    president = next(p for p in written if "President" in p.name)
    text = normalise(" ".join(pdf_pages_text(president)))
    assert "Tokayev" in text
    assert NEW_FAX in text
    assert "Nazarbaev" not in text
    assert OLD_FAX not in text
    assert "Words of my own." in text
    window.unexported = False


def test_letters_on_the_stack_from_a_replaced_pack_are_not_sent(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    data = tmp_path / "data"
    corrected = _local_pack(data, tmp_path)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    qtbot.mouseClick(find(window, QPushButton, "addToStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.stack_pane.is_empty())
    stacked = len(window.stack_pane.letters())

    assert run_uawriter(data, "import", "--replace", str(corrected)).returncode == 0

    messages: list[str] = []
    answers.expect("warning", lambda box: (messages.append(box.text()), accept(box)))
    window.stack_pane.export_requested.emit()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "were not sent" in messages[0]
    assert "exportDialog" not in answers.seen
    assert len(window.stack_pane.letters()) == stacked  # kept, for the volunteer to see


def test_an_unchanged_pack_is_not_read_again(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The check costs a few stats, and a pack nobody touched goes out as it is."""
    data = tmp_path / "data"
    _local_pack(data, tmp_path)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    pack = window.session.pack if window.session else None
    assert window.letters_current(window.letters())
    assert window.session is not None
    assert window.session.pack is pack
    out = tmp_path / "out"
    out.mkdir()
    written = _export_all(qtbot, window, answers, out)
    assert written
    assert "warning" not in answers.seen


def test_a_file_a_mac_leaves_beside_the_pack_is_no_change(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A Mac's .DS_Store put in the pack's folder (the stick opened in Finder), and a
    file's time touched: the letter was refused with "This action has changed … Nothing
    was sent", and the packs were read again, for a pack that had not changed."""
    import os

    data = tmp_path / "data"
    _local_pack(data, tmp_path)
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    window.editor.setFocus()
    type_text(window.editor, "Words of my own. ")
    folder = data / "packs" / "my-pack"
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(64))
    manifest = folder / "pack.toml"
    os.utime(manifest, (manifest.stat().st_atime, manifest.stat().st_mtime + 60))
    session = window.session
    assert session is not None
    try:
        assert not pack_replaced(session.pack, window.catalog)

        out = tmp_path / "out"
        out.mkdir()
        written = _export_all(qtbot, window, answers, out)
    finally:
        window.unexported = False  # closed without a question, whatever failed

    assert "warning" not in answers.seen
    assert window.session is session  # not made again from a pack read again
    president = next(p for p in written if "President" in p.name)
    assert "Words of my own." in normalise(" ".join(pdf_pages_text(president)))

"""Signing with initials and town from the window: the letter and the exported fax show
the initials and the town, never the name, street or e-mail; the choice is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, pdf_pages_text
from test_gui import find, open_window
from uawriter.engine import render_letters
from uawriter.storage.settings import SettingsStore


def test_initials_and_town_replace_the_name(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Nurlanovna Sadykova")
    qtbot.keyClicks(find(window, QPlainTextEdit, "senderAddress"), "12 Abay Avenue")
    qtbot.keyClicks(find(window, QLineEdit, "senderEmail"), "aigerim@example.org")
    qtbot.keyClicks(find(window, QLineEdit, "senderTown"), "Almaty")
    box = find(window, QCheckBox, "signWithInitials")
    assert box.isEnabled()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # tick it from the keyboard
    assert box.isChecked()
    window.sender_pane.flush()
    text = window.editor.toPlainText()
    assert "A. N. S." in text
    assert "Almaty" in text
    for secret in ("Sadykova", "Abay Avenue", "aigerim@example.org"):
        assert secret not in text
    pdf = render_letters(window.letters(), window.current_sender(), window.services.today())
    printed = " ".join(pdf_pages_text(pdf))
    assert "Sadykova" not in printed
    assert "A. N. S." in printed
    saved = SettingsStore(window.services.paths.settings_file).load()
    assert saved.sender.sign_with_initials
    assert saved.sender.town == "Almaty"


def test_a_pack_that_asks_for_initials_ticks_and_locks_the_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import shutil

    from uawriter.bundled import bundled_packs_folder

    data = tmp_path / "data"
    source = bundled_packs_folder() / "training-valdoria"
    target = data / "packs" / "training-initials"
    shutil.copytree(source, target)
    toml = target / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'id = "training-valdoria"', 'id = "training-initials"'
    )
    text = text.replace("[action]\n", "[action]\nsign_with_initials = true\n", 1)
    toml.write_text(text, encoding="utf-8")
    window = open_window(qtbot, data)
    assert "training-initials" in window.packs, [str(b.problems) for b in window.catalog.broken]
    box = find(window, QCheckBox, "signWithInitials")
    window.choose_pack("training-initials")
    qtbot.waitUntil(lambda: window.session is not None)
    assert box.isChecked()
    assert not box.isEnabled()
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    assert not box.isChecked()  # the volunteer's own choice again
    assert box.isEnabled()

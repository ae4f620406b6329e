"""Probe 82b: sharing packs after packs/folder_checks.py was split out of packs/archive.py:
what ``validate``, ``import`` and ``pack-export`` say of the same pack as a folder and as
a ``.uapack``."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import TRAINING_ID, copy_bundled_pack, run_uawriter
from qt_helpers import ModalAnswers, editor_discarded
from test_gui import open_window
from uawriter.gui.common import ROLE_ID


def _pack(tmp_path: Path, pack_id: str) -> Path:
    pack = copy_bundled_pack(TRAINING_ID, tmp_path, pack_id)
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        text.replace(f'id = "{TRAINING_ID}"', f'id = "{pack_id}"', 1), encoding="utf-8"
    )
    return pack


def test_f1_a_pack_validated_and_shared_is_one_every_laptop_can_import(tmp_path: Path) -> None:
    """An organiser on Linux keeps her notes beside the pack as ``Read\\me.md`` (a
    backslash is an ordinary character in a Linux file name, and no name on Windows).
    ``validate`` says OK, ``import`` installs it, and ``pack-export`` writes the
    ``.uapack`` she copies onto the stick. Every laptop at the evening then refuses it:
    "is a Windows path (a drive letter or backslashes) … ask whoever sent it for a copy
    made with UA Writer (uawriter pack-export)", which is what it is. The folder checks
    must refuse what the archive check refuses, naming the file, before it is shared."""
    pack = _pack(tmp_path, "backslash-notes")
    (pack / "Read\\me.md").write_text("Bring stamps.\n", encoding="utf-8")
    data = tmp_path / "data"
    checked = run_uawriter(data, "validate", str(pack))
    installed = run_uawriter(data, "import", str(pack))
    shared = tmp_path / "stick" / "backslash-notes.uapack"
    shared.parent.mkdir()
    # the folder in the packs folder as she keeps it (import refused to put it there)
    shutil.copytree(pack, data / "packs" / "backslash-notes")
    exported = run_uawriter(data, "pack-export", "backslash-notes", str(shared))
    if exported.returncode == 0:
        other_laptop = run_uawriter(tmp_path / "other-data", "import", str(shared))
        assert other_laptop.returncode == 0, other_laptop.stdout + other_laptop.stderr
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "Read\\me.md" in checked.stdout, checked.stdout
    assert installed.returncode == 1, installed.stdout + installed.stderr
    assert exported.returncode == 1, exported.stdout + exported.stderr
    assert not shared.exists()


@pytest.mark.parametrize(
    "names",
    [
        ["Urgent Action: Kazakhstan.pdf"],  # saved from the browser on Linux
        ["Icon\r"],  # the macOS Finder's file for a folder's own icon
        ["Photo.jpg", "photo.jpg"],  # two photos, one file on Windows
    ],
)
def test_f2_a_pack_zipped_with_files_it_does_not_use_installs_as_its_folder_does(
    tmp_path: Path, names: list[str]
) -> None:
    """An organiser keeps the Urgent Action's PDF (saved on Linux as "Urgent Action:
    Kazakhstan.pdf"), a folder icon or two photos beside the pack, and zips the folder
    with the file manager to send it. Given as a folder, ``import`` installs the pack and
    names those files among the ones left out (a pack does not use them). Given as the
    zip of that very folder, the same pack is refused whole: "has a name that files
    cannot have on every computer … rename it and make the archive again" (or "is in the
    archive twice"), for a file that would not have been installed anyway. The archive's
    entries that are not part of a pack must be left out as the folder's are."""
    pack = _pack(tmp_path, "with-extras")
    for name in names:
        (pack / name).write_bytes(b"not part of the pack")
    as_folder = run_uawriter(tmp_path / "data-folder", "import", str(pack))
    assert as_folder.returncode == 0, as_folder.stdout + as_folder.stderr
    zipped = tmp_path / "with-extras.uapack"
    with zipfile.ZipFile(zipped, "w") as archive:
        for path in sorted(pack.rglob("*")):
            if path.is_file():
                archive.write(path, f"with-extras/{path.relative_to(pack).as_posix()}")
    data = tmp_path / "data"
    result = run_uawriter(data, "import", str(zipped))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (data / "packs" / "with-extras" / "pack.toml").is_file()
    assert not any((data / "packs" / "with-extras" / name).exists() for name in names)


def test_f3_the_pack_editor_does_not_read_a_letter_through_a_link(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """A pack unpacked by hand into the packs folder (a .tar.gz, ``cp -a``) holds
    ``letters/es.txt`` as a link to a file outside the pack: the pack list shows it broken
    ("is not a plain file"), and the organiser chooses it and *Packs ▸ Edit this pack…* to
    put it right. The editor reads the file the link points to (here her notes with a
    bank PIN) as the Spanish letter; saving writes it into the pack as an ordinary letter,
    and *Share this pack as a file…* then gives it to every laptop. The loader,
    ``validate`` and ``import`` never read through a link; the editor must refuse it too,
    naming the file."""
    data = tmp_path / "data"
    packs = data / "packs"
    packs.mkdir(parents=True)
    pack = _pack(packs, "linked-letter")
    outside = tmp_path / "home" / "notes.txt"
    outside.parent.mkdir()
    outside.write_text("Bank PIN 4711; passport 12345678\n", encoding="utf-8")
    (pack / "letters" / "es.txt").unlink()
    (pack / "letters" / "es.txt").symlink_to(outside)
    window = open_window(qtbot, data)
    key = f"broken:{pack}"
    listed = window.actions_pane.pack_list
    rows = [listed.item(row) for row in range(listed.count())]
    (item,) = [item for item in rows if item.data(ROLE_ID) == key]
    listed.setCurrentItem(item)
    qtbot.waitUntil(lambda: window.chosen_broken_pack() == pack)
    said: list[str] = []

    def refused(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    answers.expect("warning", refused)
    editor = window.pack_menu.edit_pack()
    if editor is None:  # refused, with the file named
        assert said, "refused without a word"
        assert str(pack / "letters" / "es.txt") in said[0], said
        assert "Bank PIN" not in said[0]
        return
    answers.pending.clear()
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    assert "Bank PIN" not in editor.files.templates.get("es", ""), "read through the link"

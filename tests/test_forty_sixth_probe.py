"""Probe 46 (the issue's classes, attacked again with new inputs).

F1  Every start (the window, ``uawriter packs``, any export) deleted an organiser's own
    hidden folder in packs/ named ``.old-…`` (a backup of last revision kept hidden, with
    her notes) once it was ten minutes old, and un-hid a pack withdrawn by renaming it so:
    start-up recovery took any ``.old-*`` or ``.saving-*`` folder for its own.
F2  A 5160 label under a return address dropped the organisation, the district and most
    of the street of a ten-line address behind one "…", with no word.
F3  ``uawriter packs`` went on listing a pack as broken after its letter was put right in
    place (nano, Notepad and VS Code write a file in place; the letters folder's time does
    not change), while ``validate`` said OK and ``export`` worked.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import (
    SEED_ID,
    TRAINING_ID,
    copy_bundled_pack,
    edit_manifest,
    normalise,
    pdf_pages_text,
    run_uawriter,
)
from qt_helpers import ModalAnswers
from test_gui import find, open_window
from uawriter.domain.model import Addressee, Pack, Sender
from uawriter.engine import labels_pdf, list_packs, load_catalog
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.packs.loader import load_pack
from uawriter.paths import AppPaths


def _installed(into: Path, pack_id: str, folder: str | None = None, revision: int = 1) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    pack = copy_bundled_pack(TRAINING_ID, into, folder or pack_id)
    edit_manifest(pack, f'id = "{TRAINING_ID}"', f'id = "{pack_id}"')
    edit_manifest(pack, "revision = 1", f"revision = {revision}")
    return pack


def _an_hour_old(folder: Path) -> None:
    then = time.time() - 3600
    for path in [*folder.rglob("*"), folder]:
        os.utime(path, (then, then))


# F1 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hidden_as",
    [
        ".old-valdoria-b",
        ".old-valdoria-b-2",  # shaped as an earlier version named its copies: <id>-<number>
        ".saving-valdoria-b",
        ".saving-valdoria",  # named as the editor's save names its own: its contents differ
    ],
)
def test_an_organisers_hidden_backup_of_a_pack_is_kept_at_start(
    tmp_path: Path, hidden_as: str
) -> None:
    """Revision 2 installed; revision 1 kept hidden beside it, with her notes. Every
    listing and start leaves it as it is."""
    paths = AppPaths(tmp_path / "data")
    _installed(paths.user_packs, "valdoria-b", revision=2)
    backup = _installed(paths.user_packs, "valdoria-b", folder=hidden_as, revision=1)
    (backup / "my-notes.txt").write_text("phone the embassy before 18:00\n", encoding="utf-8")
    _an_hour_old(backup)

    listed = {row.id: row for row in (row for row in list_packs(paths))}
    catalog = load_catalog(paths)

    assert (backup / "my-notes.txt").is_file(), sorted(os.listdir(paths.user_packs))
    assert (backup / "pack.toml").is_file()
    assert not listed["valdoria-b"].problems
    (pack,) = [p for p in catalog.packs if p.id == "valdoria-b"]
    assert pack.revision == 2
    assert sorted(os.listdir(paths.user_packs)) == sorted([hidden_as, "valdoria-b"])


@pytest.mark.parametrize("hidden_as", [".old-ua-withdrawn", ".saving-ua-withdrawn"])
def test_a_pack_hidden_by_its_organiser_stays_hidden_at_start(
    tmp_path: Path, hidden_as: str
) -> None:
    """A pack taken out of the volunteers' list by renaming its folder with a dot was
    renamed back and listed again at the next start."""
    paths = AppPaths(tmp_path / "data")
    hidden = _installed(paths.user_packs, "ua-withdrawn", folder=hidden_as)
    _an_hour_old(hidden)

    catalog = load_catalog(paths)
    listed = [row.id for row in list_packs(paths)]

    assert "ua-withdrawn" not in [pack.id for pack in catalog.packs]
    assert "ua-withdrawn" not in listed
    assert hidden.is_dir()
    assert not (paths.user_packs / "ua-withdrawn").exists()


# F2 ------------------------------------------------------------------------------------

_STREET = "Mangilik El Avenue 8"
_ORGANISATION = "General Prosecutor's Office of the Republic of Kazakhstan"
_SENDER = Sender("Anna Schmidt", ("Hauptstr. 1", "10115 Berlin"), "")


def _ten_line_addressee(into: Path, address: list[str] | None = None) -> Pack:
    """The training pack's official with an address in the post's order of ten lines (name,
    title, organisation, five address lines, country), all within the pack's limits."""
    pack = _installed(into, "kz-labels")
    title = "Prosecutor General of the Republic of Kazakhstan"
    edit_manifest(pack, 'title = "Minister of Justice"', f'title = "{title}"')
    name = "Mr Yerlan Abdrakhmanovich Kussainov-Zhumabekov"
    edit_manifest(pack, 'name = "Ms Elena Sartori"', f'name = "{name}"')
    edit_manifest(
        pack, 'organisation = "Ministerio de Justicia"', f'organisation = "{_ORGANISATION}"'
    )
    lines = address or [
        "Office of International Cooperation and Legal Assistance",
        "Ministry complex, Building 14, Entrance 3, Floor 7",
        _STREET,
        "Yesil District",
        "Astana 010000",
    ]
    quoted = ", ".join(f'"{line}"' for line in lines)
    edit_manifest(
        pack, 'address = ["Avenida Central 100", "Puerto Claro"]', f"address = [{quoted}]"
    )
    edit_manifest(pack, 'country = "VALDORIA (fictional)"', 'country = "KZ"')
    loaded = load_pack(pack)
    assert isinstance(loaded, Pack), loaded
    return loaded


def _president() -> Addressee:
    seed = load_pack(Path(__file__).parents[1] / "resources" / "packs" / SEED_ID)
    assert isinstance(seed, Pack)
    return seed.addressees[0]


def test_a_5160_label_keeps_every_line_of_a_ten_line_address(tmp_path: Path) -> None:
    """The label whose address needs the room is printed without the return address, whole;
    the label beside it, with a short address, keeps its return address."""
    long_one = _ten_line_addressee(tmp_path / "packs").addressees[0]
    cut: list[Addressee] = []

    pdf = labels_pdf([long_one, _president()], "5160", _SENDER, "DE", cut)

    text = normalise(" ".join(pdf_pages_text(pdf)))
    for line in (_STREET, _ORGANISATION, "Yesil District", "Entrance 3, Floor 7"):
        assert line in text, text
    assert "…" not in text
    assert text.count("Anna Schmidt") == 1  # on the president's label only
    assert cut == []


def test_an_address_no_label_holds_whole_is_named(tmp_path: Path) -> None:
    """Ten lines of a hundred letters each: cut on a 5160 label whatever is left off.
    ``uawriter labels`` writes the sheet and says whose address is cut and what to do."""
    data = tmp_path / "data"
    long_lines = [f"Line {n} " + "of a long address, building and entrance " * 3 for n in range(5)]
    addressee = _ten_line_addressee(data / "packs", long_lines).addressees[0]
    out = tmp_path / "labels.pdf"

    done = run_uawriter(
        data, "labels", "--pack", "kz-labels", "--sheet", "5160", "--out", str(out),
        "--sender-name", "Anna Schmidt", "--from-country", "DE",
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert out.is_file()
    assert (
        f"warning: the address of {addressee.display_name} does not fit a label of this size "
        "whole and is cut (…); print it on an envelope (uawriter envelopes --size c5), "
        "or write it by hand"
    ) in done.stderr, done.stderr
    assert "…" in normalise(" ".join(pdf_pages_text(out.read_bytes())))


def test_the_window_names_an_address_cut_on_a_label(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """'Call, post, envelopes…', Envelopes tab: the 5160 labels of an address too long for
    them say so above the preview, naming the addressee; C5 envelopes print it whole."""
    data = tmp_path / "data"
    long_lines = [f"Line {n} " + "of a long address, building and entrance " * 3 for n in range(5)]
    _ten_line_addressee(data / "packs", long_lines)
    window = open_window(qtbot, data)
    window.choose_pack("kz-labels")
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Anna Schmidt")
    seen: dict[str, tuple[bool, str]] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialog.tabs.setCurrentWidget(dialog.envelopes_tab)
        formats = find(dialog, QComboBox, "envelopeFormat")
        note = find(dialog, QLabel, "envelopeNote")
        for code in ("5160", "c5"):
            dialog.envelopes_tab.pdf = b""
            formats.setCurrentIndex(formats.findData(code))
            qtbot.waitUntil(lambda: bool(dialog.envelopes_tab.pdf), timeout=30_000)
            seen[code] = (note.isVisibleTo(dialog), note.text())
        dialog.reject()

    answers.expect("channelsDialog", look)
    qtbot.mouseClick(find(window, QPushButton, "moreChannelsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers.seen == ["channelsDialog"], timeout=30_000)

    shown, text = seen["5160"]
    assert shown
    assert text.startswith("The address of ")
    assert "Mr Yerlan Abdrakhmanovich Kussainov-Zhumabekov" in text
    assert text.endswith("does not fit this label whole and is cut (…): print it on an "
                         "envelope (C5), or write it by hand.")  # fmt: skip
    assert seen["c5"] == (False, "")


# F3 ------------------------------------------------------------------------------------


def test_a_letter_put_right_in_place_is_no_longer_listed_as_broken(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    pack = _installed(paths.user_packs, "valdoria-c")
    letter = pack / "letters" / "es.txt"
    good = letter.read_text(encoding="utf-8")
    letter.write_text("{% if %}" + good, encoding="utf-8")
    folder_time = (pack / "letters").stat().st_mtime_ns
    rows = {row.id: row for row in list_packs(paths)}
    assert any("es.txt" in problem for problem in rows["valdoria-c"].problems)
    assert {row.id: row for row in list_packs(paths)} == rows  # from the index

    with open(letter, "r+", encoding="utf-8") as file:  # put right in place, as nano does
        file.write(good)
        file.truncate()
    assert (pack / "letters").stat().st_mtime_ns == folder_time

    rows = {row.id: row for row in list_packs(paths)}
    assert not rows["valdoria-c"].problems, rows["valdoria-c"].problems
    done = run_uawriter(paths.data_dir, "packs")
    assert done.returncode == 0
    assert "valdoria-c" in done.stdout
    assert "broken" not in done.stdout

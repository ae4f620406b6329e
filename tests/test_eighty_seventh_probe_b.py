"""Probe 87b: packs from a stranger's stick in "Call, post, envelopes…": a corrected
revision imported while the dialog is open, and an official with a pack's worth of phone
numbers."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers import edit_manifest, run_uawriter
from letter_steps import accept, choose, my_pack, print_envelopes
from qt_helpers import ModalAnswers, type_path
from test_gui import find, open_window
from uawriter.gui.channels_dialog import ChannelsDialog
from uawriter.gui.printing import PagePrint

OLD_FAX = "+7 7172 72 05 16"
NEW_FAX = "+7 7172 99 88 77"


def test_f1_envelopes_saved_after_a_corrected_revision_went_in_are_the_new_officials(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A volunteer has "Call, post, envelopes…" open. The organiser, at the laptop beside
    her, installs revision 2 of the action from the terminal (``uawriter import
    --replace``): the President changed, and so did his fax. The volunteer then opens the
    Envelopes tab and saves the envelopes: they are addressed to the old President, and the
    Phone tab still shows the old fax number to dial. Export, Print, Add to my stack and
    the fax view each read a replaced pack again and say so ("Nothing was sent"); the
    dialog checks only as it opens, so the post goes to the official the correction took
    out."""
    data = tmp_path / "data"
    mine = my_pack(data)
    corrected = tmp_path / "corrected" / "my-pack"
    corrected.parent.mkdir()
    shutil.copytree(mine, corrected)
    edit_manifest(corrected, "revision = 1", "revision = 2")
    edit_manifest(corrected, 'name = "Nursultan Nazarbaev"', 'name = "Kassym-Jomart Tokayev"')
    edit_manifest(corrected, f'fax = "{OLD_FAX}"', f'fax = "{NEW_FAX}"')
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    saved = tmp_path / "envelopes.pdf"
    seen: dict[str, str] = {}

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, ChannelsDialog)
        done = run_uawriter(data, "import", "--replace", str(corrected))
        assert done.returncode == 0, done.stderr
        answers.expect("saveEnvelopesDialog", type_path(saved))

        def envelopes_then_save() -> None:  # the answers' timer cannot answer from in here
            dialog.tabs.setCurrentWidget(dialog.envelopes_tab)
            qtbot.waitUntil(
                lambda: not dialog.isVisible() or dialog.envelopes_tab.document.pageCount() > 0,
                timeout=30_000,
            )
            if dialog.isVisible():  # not closed to say the action changed
                seen["numbers"] = find(dialog, QPlainTextEdit, "dialledNumbers").toPlainText()
                find(dialog, QPushButton, "saveEnvelopes").click()
                dialog.reject()

        QTimer.singleShot(0, envelopes_then_save)

    answers.expect("channelsDialog", use)
    answers.expect("warning", accept)  # a window that says the action changed
    find(window, QPushButton, "moreChannelsButton").click()
    qtbot.waitUntil(lambda: "channelsDialog" in answers.seen, timeout=30_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=30_000)
    answers.pending.clear()

    if saved.exists():
        text = " ".join(page.extract_text() for page in PdfReader(saved).pages)
        assert "Nazarbaev" not in text, "the envelopes went to revision 1's President"
        assert "Tokayev" in text
    assert OLD_FAX.replace(" ", "") not in seen.get("numbers", "").replace(" ", ""), (
        "the Phone tab still gives revision 1's fax to dial"
    )


def _phones(count: int) -> str:
    """``count`` different numbers of Astana's, as a UA's "Tel:" lines give them."""
    return ", ".join(
        f'"+7 7172 {i // 10000:02d} {i // 100 % 100:02d} {i % 100:02d}"' for i in range(count)
    )


def test_f2_an_official_with_forty_thousand_phone_numbers_is_refused_by_the_pack_check(
    tmp_path: Path,
) -> None:
    """A pack from a stranger's stick gives the President 40,000 phone numbers (820 kB,
    under the 1 MB a pack.toml may be; ``validate`` said OK: there was no limit on how many
    numbers an official has, where an address has at most 10 lines). A volunteer pressed
    "Call, post, envelopes…": the window froze for 5 s before the dialog showed, and for 6 s
    each time she picked the country she dials from, every number read and formatted on
    the window's thread. An official has at most 10 numbers, and 10 e-mail addresses: the
    check names the field and the fix (and reads no more of them)."""
    data = tmp_path / "data"
    mine = my_pack(data)
    edit_manifest(
        mine,
        f'fax = "{OLD_FAX}"\nemails = []',
        f'fax = "{OLD_FAX}"\nemails = []\nphones = [{_phones(40_000)}]',
    )
    checked = run_uawriter(data, "validate", str(mine))
    assert checked.returncode != 0
    assert "addressees[0].phones: has 40,000; at most 10: keep those a volunteer calls" in (
        checked.stdout + checked.stderr
    )
    assert "Traceback" not in checked.stderr
    edit_manifest(mine, f"phones = [{_phones(40_000)}]", f"phones = [{_phones(10)}]")
    assert run_uawriter(data, "validate", str(mine)).returncode == 0


def _many_officials(pack: Path, more: int) -> None:
    """The Prosecutor General's table ``more`` times more, each its own id (a UA to every
    regional prosecutor)."""
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    start = text.index('[[addressees]]\nid = "prosecutor-general"')
    end = text.index('[[addressees]]\nid = "foreign-minister"')
    table = text[start:end]
    more = "".join(
        table.replace('id = "prosecutor-general"', f'id = "prosecutor-{n}"') for n in range(more)
    )
    manifest.write_text(text[:end] + more + text[end:], encoding="utf-8")


def test_f3_printing_a_packs_two_hundred_envelopes_keeps_the_window_answering(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """An organiser prints the envelopes of a pack at its limit of 200 officials: "Call,
    post, envelopes…", Envelopes, Print…, OK. The window then stops answering for many
    seconds (9 s here, 675 MB of page images held at once for DL, more for C5) with no
    progress and no Cancel: every envelope is rendered at 300 dpi on the window's thread
    before the first goes to the printer. Letters print a few pages at a time in the
    background with a progress box (gui/printing.py says so: "rendered all at once …
    froze the window for 30 s"); envelopes were left on the old path as "a few pages"."""
    data = tmp_path / "data"
    mine = my_pack(data)
    _many_officials(mine, 37)  # 40 envelopes: the pack's limit is 200
    assert run_uawriter(data, "validate", str(mine)).returncode == 0
    window = open_window(qtbot, data)
    choose(qtbot, window, "my-pack")
    assert len(window.letters()) == 40
    took: dict[str, int | bool] = {}

    def as_it_starts() -> None:
        run = window.findChild(PagePrint)
        took["painted"] = run.painted if run is not None else 40
        took["progress"] = window.findChild(QProgressDialog, "printProgress") is not None

    print_envelopes(qtbot, window, answers, tmp_path / "envelopes.pdf", 40, as_it_starts)

    # the click came back with the envelopes still to print, a few at a time in the
    # background, a progress box with Cancel shown: not all rendered on the window's
    # thread first (9 s and 675 MB of images for DL)
    assert took["painted"] < 40
    assert took["progress"]
    qtbot.waitUntil(lambda: window.findChild(PagePrint) is None, timeout=300_000)
    printed = tmp_path / "envelopes.pdf"
    assert len(PdfReader(printed).pages) == 40

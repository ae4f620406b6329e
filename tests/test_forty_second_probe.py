"""Probe 42: what it found in the fixes of probes 40 and 41, and what must hold instead."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest
from qt_helpers import ModalAnswers, type_path
from test_counted_once import export_signed
from test_evening import _at_an_event
from test_gui import find, open_window
from test_stack import TRAINING, _stack, _write
from test_thirty_seventh_probe import _add_to_stack, _sign
from uawriter.engine import load_catalog, pack_state
from uawriter.gui.main_window import MainWindow
from uawriter.pack_files import read_pack_files, save_pack_files
from uawriter.paths import AppPaths
from uawriter.storage.contact_files import read_csv, read_vcards
from uawriter.storage.tally import read_tally_file
from uawriter.storage.tally_totals import totals
from uawriter.storage.turns import Turns, same_signer

# ---------------------------------------------------------------- the town line


@pytest.mark.parametrize(
    ("address", "postcode", "town", "expected"),
    [
        (
            "Embassy of Valdoria|2 Washington Circle NW",
            "",
            "Washington",
            ("Embassy of Valdoria", "2 Washington Circle NW", "Washington"),
        ),
        (
            "Embassy of Valdoria, 12 London Road",
            "",
            "London",
            ("Embassy of Valdoria, 12 London Road", "London"),
        ),
        ("P.O. Box 1000", "1000", "Skopje", ("P.O. Box 1000", "1000 Skopje")),
        ("Hauptstraße 1|01067 Dresden", "1067", "Dresden", ("Hauptstraße 1", "01067 Dresden")),
        ("Whitehall|London SW1A 2AA", "SW1A2AA", "London", ("Whitehall", "London SW1A 2AA")),
        ("Unter den Linden 10|D-10117 Berlin", "10117", "Berlin", None),
        ("3 Dupont Circle|Washington, DC 20008", "", "Washington", None),
    ],
    ids=[
        "street-on-a-later-line",
        "street-after-a-comma",
        "post-box-numbered-as-the-postcode",
        "leading-zero-lost",
        "uk-postcode-unspaced",
        "country-prefix",
        "town-with-a-state",
    ],
)
def test_the_town_line_is_written_once_and_only_once(
    address: str, postcode: str, town: str, expected: tuple[str, ...] | None
) -> None:
    """The town line was left out when a street on a later line, or after a comma, was
    named after the town ("2 Washington Circle NW"), or when a post box had the postcode's
    number; and written twice when the postcode column was written otherwise than the
    address's ("1067" beside "01067 Dresden"). The address holds its town line when a line
    is the town with no more than a postcode or a two-letter code beside it."""
    (contact,) = read_csv(
        "title,name,organisation,address,postcode,city\r\n"
        f'Ambassador,Mr X,Embassy,"{address}",{postcode},{town}\r\n'
    )
    assert contact.address == (expected or tuple(address.split("|")))


# ---------------------------------------------------------------- names and turns


@pytest.mark.parametrize(
    ("first", "second"),
    [("Evan Ash", "Eva Nash"), ("Marian Ash", "Maria Nash"), ("Ann Amarie", "Anna Marie")],
)
def test_two_names_of_the_same_letters_are_two_volunteers(first: str, second: str) -> None:
    """Names compared with their letters joined ("Anne Marie" as "Anne-Marie") made one
    volunteer of "Evan Ash" and "Eva Nash": one turn, her letters counted as his put
    right. A hyphen or an apostrophe now stands between words, or joins them."""
    turns = Turns()
    assert not same_signer(first, second)
    assert turns.of(first) != turns.of(second)
    assert same_signer("Anne Marie Dupont", "Anne-Marie Dupont")
    assert same_signer("Sean OBrien", "Sean O'Brien")
    assert same_signer("Sean O Brien", "Sean O\u2019Brien")


def test_two_volunteers_whose_names_join_alike_are_both_counted(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Evan Ash exported his three letters; Eva Nash typed her name over his and exported
    hers to the same officials: the evening counted 3 letters, not 6."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    written: list[Path] = []
    for name in ("Evan Ash", "Eva Nash"):
        written += export_signed(qtbot, window, answers, name, tmp_path / f"out-{len(written)}")
    contents = read_tally_file(window.services.paths.tally_file)
    assert len(written) == 6
    assert totals(contents).letters == 6
    window.unexported = False


def _export_stack(qtbot: QtBot, window: MainWindow, answers: ModalAnswers, out: Path) -> list:
    out.mkdir()
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportStackButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.stack_pane.is_empty, timeout=30_000)
    return list(exported.args[0])


def test_no_to_the_question_then_as_told_counts_both_volunteers(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Bob answered No to "Did you write them?" over a volunteer's unsigned letters and did
    as told: Export all (hers), then added and exported his, to the same officials. His
    joined her turn, as a name given soon after unsigned letters does, and replaced hers
    as a typo put right: 3 letters counted of 6. His No starts a turn of his own."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    _sign(window, "Bob Jones")
    _write(qtbot, window, SEED_ID)
    answers.expect(
        "unsignedStackQuestion", lambda box: box.button(QMessageBox.StandardButton.No).click()
    )
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: "unsignedStackQuestion" in answers.seen)
    hers = _export_stack(qtbot, window, answers, tmp_path / "hers")
    _stack(qtbot, window, answers, SEED_ID)
    his = _export_stack(qtbot, window, answers, tmp_path / "his")

    contents = read_tally_file(window.services.paths.tally_file)
    assert len({record.turn for record in contents.letters}) == 2
    assert totals(contents).letters == len(hers) + len(his) == 6
    window.unexported = False


def test_the_stack_refuses_a_name_whose_letters_join_as_the_last_ones(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Eva Nash's letters joined Evan Ash's stack with no word, and his went out with her
    name on their cover sheets."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    _sign(window, "Evan Ash")
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    his = list(window.stack_pane.letters())
    _sign(window, "Eva Nash")
    _write(qtbot, window, TRAINING)
    warned: list[str] = []
    answers.expect("warning", lambda box: (warned.append(box.text()), box.accept()))
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: bool(warned))
    assert "The stack holds letters signed by Evan Ash" in warned[0]
    assert window.stack_pane.letters() == his
    window.unexported = False


# ---------------------------------------------------------------- the pack editor's id check


def test_a_copy_of_the_pack_made_by_hand_does_not_stop_its_saves(tmp_path: Path) -> None:
    """The organiser copied the pack's folder by hand as a backup before editing it: the
    copy is listed as broken (its id is the pack's), and every save of the pack in use,
    under its own id, was refused, "give this one another id". An id kept is the pack's
    own; a new id is still refused when another pack has it."""
    paths = AppPaths(tmp_path / "data")
    mine = copy_bundled_pack(TRAINING_ID, paths.user_packs, "valdoria-mine")
    edit_manifest(mine, f'id = "{TRAINING_ID}"', 'id = "valdoria-mine"')
    shutil.copytree(mine, paths.user_packs / "valdoria-mine backup")
    assert [p.path for p in load_catalog(paths).packs if p.id == "valdoria-mine"] == [mine]
    files = read_pack_files(mine)
    files.data["revision"] = int(files.data["revision"]) + 1

    assert save_pack_files(files, paths.user_packs, mine, pack_state(mine)) == mine

    assert f"revision = {files.data['revision']}" in (mine / "pack.toml").read_text("utf-8")
    other = copy_bundled_pack(TRAINING_ID, paths.user_packs, "valdoria-other")
    edit_manifest(other, f'id = "{TRAINING_ID}"', 'id = "valdoria-other"')
    renamed = read_pack_files(other)
    renamed.data["id"] = "valdoria-mine"
    with pytest.raises(FileExistsError, match="already installed"):
        save_pack_files(renamed, paths.user_packs, other, pack_state(other))


# ---------------------------------------------------------------- vCards


@pytest.mark.parametrize(
    ("after", "organisation"),
    [
        ("UID:3f1c2a", "Embassy of Valdoria"),
        ("REV:20261201T120000Z", "Embassy of Valdoria"),
        ("CATEGORIES:Embassies", "Embassy of Valdoria"),
        ("Org:Embassy of Valdoria", "Embassy of Valdoria"),
    ],
)
def test_a_value_ending_in_a_soft_break_keeps_any_next_property_out(
    after: str, organisation: str
) -> None:
    """A quoted-printable value may end in "=" (Android ends one of 23, 46, 69… bytes so):
    the next line was read into the name unless it was one of the properties listed in
    capitals ("Анна ИвановаUID:…", or "Org:" and the organisation lost)."""
    name = "Анна Иванова"
    encoded = "".join(f"={byte:02X}" for byte in name.encode("utf-8"))
    (contact,) = read_vcards(
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{encoded}=\r\n{after}\r\n"
        + ("" if after.startswith("Org") else f"ORG:{organisation}\r\n")
        + "TEL;WORK;FAX:+7 7172 123456\r\nEND:VCARD\r\n"
    )
    assert (contact.name, contact.organisation, contact.fax) == (
        name,
        organisation,
        "+7 7172 123456",
    )


# ---------------------------------------------------------------- drafting: a long field


def test_a_field_of_one_long_run_of_letters_leaves_the_window_live(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A request ending in 200,000 letters without a space (a font mapping one code to 100
    letters, inside a request): the draft dialog's text box was kept short, but the field
    went whole into the review table and the pack editor, which froze the window for
    18.5 s. Drafting breaks such a run with spaces, and says so."""
    from test_forty_first_probe_drafts import SEED_TXT, _drafted_in_the_window, _open_the_editor

    text = SEED_TXT.read_text(encoding="utf-8")
    start = text.index(" Urging the Kazakhstani authorities")
    end = text.index(" Reminding the authorities")
    path = tmp_path / "ua.txt"
    path.write_text(
        text[:start] + " Urging the authorities to respect " + "A" * 200_000 + "\n" + text[end:],
        encoding="utf-8",
    )
    window = open_window(qtbot, tmp_path / "data")
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    try:
        dialog = _drafted_in_the_window(qtbot, window, path)
        assert dialog.draft is not None
        assert any(
            "runs of more than 1,000 characters" in note for note in dialog.draft.notes["input"]
        )
        editor = _open_the_editor(qtbot, window, dialog)
        qtbot.waitUntil(lambda: not editor.checking, timeout=60_000)
        editor.tabs.setCurrentIndex(1)
        qtbot.wait(200)
    finally:
        timer.stop()
    assert max(gaps) < 3.0, f"the window stopped for {max(gaps):.1f} s"
    window.unexported = False

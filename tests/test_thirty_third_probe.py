"""Session 30's own findings and probe 33: what each found, and what must hold instead."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from helpers import ROOT, SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from qt_helpers import ModalAnswers
from test_evening import _event_window
from test_event_window import letter, tasks  # noqa: F401 (tasks: a fixture)
from test_gui import TODAY
from test_not_anothers_file import _one_letter_exported, _signed_by
from uawriter.app import build_main_window
from uawriter.domain.model import Pack
from uawriter.engine import load_catalog
from uawriter.gui.common import ROLE_ID
from uawriter.gui.tasks import TaskRunner
from uawriter.packs.loader import LoadResult
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook, Contact
from uawriter.storage.settings import SettingsStore
from uawriter.storage.tally import EventInfo, TallyBook, letters_sent


def test_settings_naming_a_folder_that_is_not_utf8_are_read_back_whole(tmp_path: Path) -> None:
    """Letters exported into a stick's folder named in Latin-1 ("Lettres été" from an old
    Windows) made the settings keep that folder as "\\udce9", and the next start set the
    whole settings file aside as damaged: the sender, the language, every folder gone."""
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Lettres \xe9t\xe9"))
    folder.mkdir()
    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load()
    sender = dataclasses.replace(settings.sender, name="Aigerim N.")
    store.save(dataclasses.replace(settings, sender=sender, export_folder=str(folder)))

    again = SettingsStore(tmp_path / "settings.json")
    read = again.load()

    assert again.set_aside is None
    assert read.sender.name == "Aigerim N."
    assert Path(read.export_folder) == folder
    assert Path(read.export_folder).is_dir()  # found again, byte for byte
    assert list(tmp_path.glob("settings.json.broken-*")) == []


def test_half_a_character_costs_that_character_not_the_address_book(tmp_path: Path) -> None:
    """One contact's name cut mid-emoji by a script ("Mr X \\ud83d") set the whole address
    book aside: every embassy contact was gone from the window."""
    path = tmp_path / "address_book.json"
    contacts = [
        Contact(title="Ambassador of Kazakhstan", name="Mr A"),
        Contact(title="Consul", name="Mr X \ud83d", address=("Street \udce9 1",)),
        Contact(title="Ambassador of Uzbekistan", name="Ms B"),
    ]
    AddressBook(path).save(contacts)
    assert "\\ud83d" in path.read_text("utf-8")  # kept as JSON keeps it

    book = AddressBook(path)
    read = book.load()

    assert book.set_aside is None
    assert [c.name for c in read] == ["Mr A", "Mr X \ufffd", "Ms B"]
    assert read[1].address == ("Street \ufffd 1",)
    for contact in read:  # whole characters only: a PDF, a CSV, the screen take them
        json.dumps([contact.name, *contact.address], ensure_ascii=False).encode("utf-8")


def test_half_a_character_in_a_salutation_is_mended_too(tmp_path: Path) -> None:
    """Probe 34 F5: the salutations were read raw; every export of the address book then
    ended in UnicodeEncodeError, and each save wrote the half character back."""
    from uawriter.storage.contact_files import csv_text, vcards

    path = tmp_path / "address_book.json"
    path.write_text(
        json.dumps(
            {
                "format": "uawriter-address-book",
                "version": 1,
                "contacts": [
                    {
                        "title": "Ambassador",
                        "name": "Mr A",
                        "salutations": {"kk": "Құрметті \udce9 Елші", "r\ud800u": "x"},
                    }
                ],
            }
        ),
        encoding="ascii",
    )
    book = AddressBook(path)
    (contact,) = book.load()

    assert book.set_aside is None
    assert contact.salutations["kk"] == "Құрметті \ufffd Елші"
    csv_text([contact]).encode("utf-8")
    vcards([contact]).encode("utf-8")
    book.save([contact])
    assert "\\udc" not in path.read_text("utf-8")


def test_a_settings_file_with_half_a_character_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        '{"sender": {"name": "Ann \\udc80", "town": "Almaty \\ud800"}, "paper": "letter"}',
        encoding="utf-8",
    )
    store = SettingsStore(path)
    read = store.load()

    assert store.set_aside is None
    assert (read.sender.name, read.sender.town, read.paper) == (
        "Ann \ufffd",
        "Almaty \ufffd",
        "letter",
    )


def _slow_to_check(packs: Path) -> Path:
    """A pack copied into ``packs/`` by hand, read at once, whose letters fail their check.
    Here the check fails fast (a loop past what a letter may run); probe 30's pack, every
    loop within bounds, took 34 s: what is tested is that the list does not wait for it."""
    slow = copy_bundled_pack(TRAINING_ID, packs, "slow")
    edit_manifest(slow, f'id = "{TRAINING_ID}"', 'id = "slow-to-check"')
    letter = slow / "letters" / "es.txt"
    text = letter.read_text("utf-8")
    letter.write_text("{% for i in range(999999999) %}{% endfor %}" + text, encoding="utf-8")
    return slow


def test_the_packs_checked_before_are_given_while_a_new_one_is_checked(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    _slow_to_check(paths.user_packs)
    early: list[LoadResult] = []

    first = load_catalog(paths, early.append)

    (checked,) = early
    assert {p.id for p in checked.packs} == {SEED_ID, TRAINING_ID}
    assert checked.broken == []
    assert {p.id for p in first.packs} == {SEED_ID, TRAINING_ID}
    (broken,) = first.broken
    assert broken.pack_id == "slow-to-check"
    early.clear()
    again = load_catalog(paths, early.append)  # checked now, failed: nothing to wait for
    assert early == []
    assert [b.pack_id for b in again.broken] == ["slow-to-check"]


def test_the_window_lists_the_other_packs_while_a_new_one_is_checked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """At the first start after a pack was copied in, the list stayed empty for as long as
    its letters took to check (34 s for probe 30's pack): every other pack waited for it."""
    data = tmp_path / "data"
    _slow_to_check(data / "packs")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_main_window(app, AppPaths(data), today=lambda: TODAY)
    qtbot.addWidget(window)
    pane = window.actions_pane
    listed: list[tuple[bool, str]] = []  # (the whole list read?, entry) as entries are shown

    def shown(_parent: object, first: int, last: int) -> None:
        for row in range(first, last + 1):
            listed.append((pane.loaded, str(pane.pack_list.item(row).data(ROLE_ID))))

    pane.pack_list.model().rowsInserted.connect(shown)
    window.show()
    qtbot.waitUntil(lambda: pane.loaded, timeout=60_000)

    while_checking = [key for loaded, key in listed if not loaded]
    assert sorted(while_checking) == sorted([SEED_ID, TRAINING_ID])
    assert "Loading the actions" in pane.details.toPlainText() or window.pack is not None
    at_the_end = [key for loaded, key in listed if loaded]
    assert at_the_end[:2] == while_checking[:2]  # the order they were shown in
    assert at_the_end[-1] == f"broken:{data / 'packs' / 'slow'}"
    window.unexported = False


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Anna Schmidt", "Hans Schmidt"),
        ("Paul Smith", "Paula Smith"),
        ("Maria Rossi", "Marta Rossi"),
    ],
)
def test_the_second_of_a_family_keeps_the_firsts_letter(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, first: str, second: str
) -> None:
    """Probe 33 F1 in the window: Hans typed his name over his wife's and wrote to the
    same official. Taken for Anna with a typo, he was offered her file's name, and Yes
    replaced her letter and took it out of the tally."""
    window = _event_window(qtbot, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    first_name, annas = _one_letter_exported(qtbot, window, answers, first, stick)
    second_name, hans = _one_letter_exported(qtbot, window, answers, second, stick)

    assert second_name == first_name.replace(".pdf", " (2).pdf")
    assert first in _signed_by(annas)
    assert second in _signed_by(hans)
    tally = TallyBook(window.services.paths.tally_file).read()
    assert tally.withdrawals == ()
    assert len(letters_sent(list(tally.letters))) == 2
    window.unexported = False


SEED_UA = ROOT / "tests" / "data" / "drafting" / "ua-129-10-update3.txt"


def test_a_russian_urgent_action_saved_on_windows_is_read_as_cyrillic(tmp_path: Path) -> None:
    """Probe 33 F7: Windows-1251 was no candidate. The Russian salutation of the Kazakh
    case came out as "Óâàæàåìûé ãîñïîäèí Ïðåçèäåíò", and the note spoke of accents."""
    text = SEED_UA.read_text("utf-8").replace("’", "'")
    text = text.replace(
        "Salutation: Dear President ",
        "Salutation: Dear President / Уважаемый господин Президент",
        1,
    )
    assert "Уважаемый" in text
    given = tmp_path / "ua.txt"
    given.write_bytes(text.encode("cp1251"))
    utf8 = tmp_path / "ua-utf8.txt"
    utf8.write_text(text, encoding="utf-8")

    done = run_uawriter(tmp_path / "d", "draft-pack", str(given), "--json")
    reference = run_uawriter(tmp_path / "d", "draft-pack", str(utf8), "--json")

    assert done.returncode == 0, done.stderr
    draft = json.loads(done.stdout)
    assert draft["fields"] == json.loads(reference.stdout)["fields"]
    assert "Уважаемый господин Президент" in done.stdout
    (note,) = draft["notes"]["input"]
    assert note.startswith("not UTF-8 (first at line ")
    assert "read as Windows-1251 (Cyrillic); check letters." in note


def test_the_event_window_shows_a_tally_that_takes_longer_to_read_than_its_interval(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskRunner,  # noqa: F811
    packs: dict[str, Pack],
) -> None:
    """Probe 33 F2: each timer tick started a new read, and a read not done by then was
    dropped for it: a tally slower to read than the interval never showed its figures."""
    import datetime as dt

    from uawriter.gui.event_window import EventWindow
    from uawriter.storage.tally import Channel

    ua = packs[SEED_ID]
    book = TallyBook(tmp_path / "tally.jsonl")
    start = dt.datetime(2026, 12, 10, 19, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    book.record(
        [
            letter(
                ua,
                n % 3,
                Channel.POST,
                "en",
                (start + dt.timedelta(minutes=7 * n)).isoformat(),
                EventInfo(f"ev-{n}", "Write for Rights", "", ""),
            )
            for n in range(6000)
        ]
    )
    window = EventWindow(book, tasks, event=None, packs=[ua], refresh_ms=20)
    qtbot.addWidget(window)

    with qtbot.waitSignal(window.refreshed, timeout=120_000):
        window.show()

    assert window.reading is not None
    assert len(window.reading.contents.letters) == 6000


def test_a_draft_to_offer_back_keeps_the_early_list_from_being_used(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Probe 34 F2: while a new pack was checked, a volunteer chose an action from the
    packs listed first and typed: the autosave wrote over yesterday's draft, which was
    offered only once the whole list was read, and was gone."""
    from PySide6.QtWidgets import QMessageBox

    from uawriter.storage.drafts import Draft, DraftStore

    data = tmp_path / "data"
    _slow_to_check(data / "packs")
    paths = AppPaths(data)
    text = "Dear President, yesterday's letter, not sent yet."
    DraftStore(paths.drafts).save(Draft(SEED_ID, "en", "president", ("president",), (), "", text))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_main_window(app, paths, today=lambda: TODAY)
    qtbot.addWidget(window)
    pane = window.actions_pane
    usable: list[tuple[bool, bool]] = []  # (the whole list read?, could it be chosen?)
    pane.pack_list.model().rowsInserted.connect(
        lambda *_: usable.append((pane.loaded, pane.pack_list.isEnabled()))
    )
    offered: list[str] = []

    def keep(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        offered.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answers.expect("draftOffer", keep)
    window.show()
    qtbot.waitUntil(lambda: bool(offered), timeout=60_000)

    assert {enabled for loaded, enabled in usable if not loaded} == {False}
    assert pane.pack_list.isEnabled()
    window.unexported = False


def test_a_folder_qt_cannot_name_gives_the_nearest_it_can(qtbot: QtBot, tmp_path: Path) -> None:
    """Probe 34 F11: letters exported into a stick's folder named in Latin-1 left that
    folder in the settings; Qt cannot name it, and the next file dialog opened in the
    working folder. It opens in the folder above it instead."""
    from test_gui import open_window

    stick = tmp_path / "stick"
    folder = Path(os.fsdecode(os.fsencode(stick) + b"/Lettres \xe9t\xe9"))
    folder.mkdir(parents=True)
    window = open_window(qtbot, tmp_path / "data")
    window.memory.change(export_folder=str(folder))

    assert window.output.export_folder() == stick
    window.unexported = False

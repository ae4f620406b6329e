"""Probe 90a: a stranger's pack on a USB stick, with inputs earlier probes did not use.

F1: the pack check fills every letter on ten fixed dates (2000-01-31 … 2031-12-01) and holds
the whole check to one budget (5 s and 5 ms a letter); an export, or the window's Export,
filled each letter with its own 2 s and no budget for them all. A template that does its
slow work only on the day it is used (``{% if '2026' in date %}``) validated and imported
in half a second, then took most of a second for each letter: an export of a pack's
officials ran for minutes, the window's Export composing them all on its own thread. The
letters of one output now share the check's kind of budget (``letters.one_budget``).

F2: the address book was read whole at every start of the window, however many contacts it
held: 280,000 short contacts (7 MB, valid JSON) made the window take 17 s to build, at
every start, and the diplomat list offered them all. A book of more than five embassy
lists' worth is set aside as damaged (kept, and named), and the dialog adds no more.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from letter_steps import choose
from qt_helpers import ModalAnswers, type_path
from test_gui import TODAY, _nothing_left_to_lose, find, open_window
from uawriter.app import build_main_window
from uawriter.cli import EXIT_PROBLEMS
from uawriter.paths import AppPaths
from uawriter.storage.address_book import (
    ADDRESS_BOOK_FORMAT,
    ADDRESS_BOOK_VERSION,
    MAX_BOOK_CONTACTS,
    AddressBook,
    Contact,
)

# ------------------ F1: a template slow only on the day it is used

#: Officials of the pack (a pack may have 200): at most a second each on the day, so the
#: export without one budget ends (slowly, with every letter written) rather than hangs.
OFFICIALS = 40
#: Work a letter does only when its date is in 2026: one step of the template, most of a
#: second of processor time (under the letter's own 2 s).
SLOW_ON_THE_DAY = (
    "{% if 'YEAR' in date %}"
    "{% set n = range(60000)|select('divisibleby', 7)|list|length %}"
    "{% endif %}"
)


def _pack_slow_on_the_day(folder: Path, day: str = "2026") -> Path:
    pack = copy_bundled_pack(TRAINING_ID, folder, "slow-on-the-day")
    edit_manifest(pack, f'id = "{TRAINING_ID}"', 'id = "slow-on-the-day"')
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    official = text[text.index("[[addressees]]") :]
    others = "".join(
        official.replace('id = "justice-minister"', f'id = "minister-{n}"')
        for n in range(2, OFFICIALS + 1)
    )
    manifest.write_text(text + "\n" + others, encoding="utf-8")
    letter = pack / "letters" / "es.txt"
    body = letter.read_text(encoding="utf-8")
    slow = SLOW_ON_THE_DAY.replace("YEAR", day)
    letter.write_text(body.replace("{{ date }}", "{{ date }}" + slow), encoding="utf-8")
    return pack


def test_f1_a_template_slow_only_on_the_day_is_stopped_at_export(tmp_path: Path) -> None:
    """An organiser imports a stranger's pack from a stick: validate says OK in half a
    second, as the check fills every letter on dates of other years. At the event, on
    today's date, each letter takes most of a second: the export of its officials wrote
    every letter after half a minute here (minutes for a pack's 200), where the check
    stops the same letters after 5 s with a message naming the template. The export is
    stopped with that message, and writes nothing."""
    pack = _pack_slow_on_the_day(tmp_path)
    data = tmp_path / "data"
    checked = run_uawriter(data, "validate", str(pack), timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert run_uawriter(data, "import", str(pack), timeout=120).returncode == 0
    out = tmp_path / "out"

    done = run_uawriter(
        data,
        *("export", "--pack", "slow-on-the-day", "--lang", "es", "--channel", "post"),
        *("--date", "2026-12-07", "--out", str(out)),
        timeout=600,
    )

    assert done.returncode == EXIT_PROBLEMS, done.stderr
    assert "letters/es.txt" in done.stderr
    assert "processor time" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists() or not list(out.glob("*.pdf"))


def test_f1_the_window_s_export_of_such_a_pack_says_so_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """The same pack in the window, in Spanish on the day: Export composed every ticked
    official's letter on the window's thread, most of a second each, before anything was
    asked. It stops with the template's problem, and no file is written."""
    data = tmp_path / "data"
    (data / "packs").mkdir(parents=True)
    # the window's day, as the Spanish letter writes it: not a day the pack check fills
    # letters on (its 22 July 2011 made the check itself slow, and the pack broken)
    assert TODAY.month == 7
    _pack_slow_on_the_day(data / "packs", f"{TODAY.day} de julio de {TODAY.year}")
    window = open_window(qtbot, data)
    choose(qtbot, window, "slow-on-the-day")
    window.options_pane.select_language("es")
    window._letter_language_chosen("es")
    assert window.session is not None
    assert window.session.lang == "es"
    assert len(window.selected_addressees()) == OFFICIALS
    out = tmp_path / "out"
    out.mkdir()
    answers.expect("warning", lambda box: box.accept())
    answers.expect("exportDialog", type_path(out))

    window.export_letters()

    assert "warning" in answers.seen
    assert "exportDialog" not in answers.seen
    assert not list(out.iterdir())
    window.unexported = False


# ------------------ F2: an address book of a huge number of contacts


def _book(data: Path, contacts: int) -> Path:
    path = AppPaths(data).address_book_file
    path.parent.mkdir(parents=True, exist_ok=True)
    book = {
        "format": ADDRESS_BOOK_FORMAT,
        "version": ADDRESS_BOOK_VERSION,
        "contacts": [{"title": f"Embassy {n}", "represents": "KZ"} for n in range(contacts)],
    }
    path.write_text(json.dumps(book, separators=(",", ":")), encoding="utf-8")
    return path


def test_f2_an_address_book_of_more_contacts_than_a_list_is_set_aside(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A book of 280,000 short contacts (damaged, edited by hand, or lists imported again
    and again: 7 MB of valid JSON) was read whole at every start: 17 s before the window
    showed, and 280,000 diplomats offered. One of more than five embassy lists' worth
    (10,000) is not one this app wrote: set aside (kept, named at the start), and the
    window starts with an empty book."""
    data = tmp_path / "data"
    path = _book(data, 280_000)
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    window = build_main_window(app, AppPaths(data), today=lambda: TODAY)
    qtbot.addWidget(window, before_close_func=_nothing_left_to_lose)

    assert window.addressees_pane.contacts == []
    assert not path.exists()
    kept = list(path.parent.glob(f"{path.name}.broken-*"))
    assert len(kept) == 1
    assert len(json.loads(kept[0].read_text(encoding="utf-8"))["contacts"]) == 280_000


def test_f2_a_book_of_five_embassy_lists_is_read(tmp_path: Path) -> None:
    path = _book(tmp_path, MAX_BOOK_CONTACTS)

    assert len(AddressBook(path).load()) == MAX_BOOK_CONTACTS
    assert path.exists()


def test_f2_the_address_book_window_adds_no_list_past_the_book_s_limit(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """Lists imported again and again added up with no bound (each list is checked against
    2,000 contacts, the book was not): the book saved then would be set aside at the next
    start. An import that would take
    the book past five lists' worth is refused, naming the file."""
    from uawriter.gui.address_book_dialog import AddressBookDialog

    held = [Contact(f"Embassy {n}", represents="KZ") for n in range(MAX_BOOK_CONTACTS - 1)]
    listed = tmp_path / "embassies.csv"
    listed.write_text(
        "title,organisation\nAmbassador of Kazakhstan,Embassy A\nAmbassador of Peru,Embassy B\n",
        encoding="utf-8",
    )
    dialog = AddressBookDialog(held, None)
    qtbot.addWidget(dialog)
    dialog.show()
    answers.expect("importContactsDialog", type_path(listed))
    answers.expect("warning", lambda box: box.accept())

    find(dialog, QPushButton, "importContacts").click()

    assert "warning" in answers.seen
    assert len(dialog.contacts()) == MAX_BOOK_CONTACTS - 1  # nothing added
    answers.expect("warning", lambda box: box.accept())
    find(dialog, QPushButton, "addContact").click()  # one more may be typed in
    assert answers.seen.count("warning") == 1
    find(dialog, QPushButton, "addContact").click()
    assert answers.seen.count("warning") == 2  # not two

"""Probe 40: what it found, and what must hold instead."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from helpers import ROOT, SEED_ID
from qt_helpers import ModalAnswers, type_path
from test_contact_files import _dialog, _import_into
from test_evening import _at_an_event
from test_gui import choose, find, open_window
from test_organisers_work_kept import PIN, _give_pin
from test_stack import SENTENCES, TRAINING, _stack, _write
from test_thirty_seventh_probe import _add_to_stack, _sign
from uawriter.storage.contact_files import read_csv, read_csv_columns, read_vcards
from uawriter.storage.json_store import load_json
from uawriter.storage.postage import read_csv as read_postage
from uawriter.storage.tally import ExtraKind
from uawriter.storage.turns import same_signer

DATA = ROOT / "tests" / "data"


@pytest.mark.parametrize(
    ("street", "postcode", "town"),
    [
        ("Wiener Straße 12", "1010", "Wien"),
        ("10 Rue de Paris", "75008", "Paris"),
        ("Pariser Platz 5", "10117", "Paris"),
        ("Berliner Allee 5", "40212", "Düsseldorf"),
    ],
)
def test_a_street_named_after_a_town_keeps_the_town_line(
    street: str, postcode: str, town: str
) -> None:
    """The town line was left out when the town's name was anywhere in the street:
    "Wiener Straße 12" lost "1010 Wien", so the letter went without a town or postcode."""
    (contact,) = read_csv(
        "title,name,organisation,address,postcode,city,fax\r\n"
        f"Ambassador,Mr X,Embassy of Valdoria,{street},{postcode},{town},+49 30 1\r\n"
    )
    assert contact.address == (street, f"{postcode} {town}")
    (no_postcode,) = read_csv(
        f"title,name,organisation,address,city\r\nAmbassador,Mr X,Embassy,{street},{town}\r\n"
    )
    assert no_postcode.address == (street, town)


def test_an_address_column_held_whole_by_the_address_is_not_written_twice() -> None:
    """A line of its own column is left out only when the address holds that very line:
    "Main St 1" is not "Main St 10"."""
    (contact,) = read_csv(
        "title,name,organisation,address,address 2,street,postcode,city\r\n"
        'Ambassador,Mr X,Embassy,"Suite 100\nMain St 10, 10117 Berlin",Suite 10,'
        "Main St 10,10117,Berlin\r\n"
    )
    assert contact.address == ("Suite 100", "Main St 10, 10117 Berlin", "Suite 10")


def test_two_columns_of_one_name_keep_what_each_holds() -> None:
    """Two columns of one heading (a spreadsheet allows it): the second, left empty, hid
    the first's fax number, and of two "Address" columns only the town was kept."""
    (contact,) = read_csv(
        "Title;Name;Organisation;Address;Address;Fax;Fax\r\n"
        "Ambassador;Mr X;Embassy;Hauptstr. 1;10117 Berlin;+49 30 1234;\r\n"
    )
    assert contact.fax == "+49 30 1234"
    assert contact.address == ("Hauptstr. 1", "10117 Berlin")


def test_cells_under_no_heading_are_named_after_the_import(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A heading over two cells is saved as "Address,": the town's column had no name and
    was dropped without a word. A notes column left unnamed at the end refused the whole
    list, saying a cell held the separator."""
    text = (
        "Title,Name,Organisation,Address,,Country,Fax,\r\n"
        "Ambassador,Mr X,Embassy,Hauptstr. 1,10117 Berlin,DE,+49 30 1234,call before 10\r\n"
        "Consul,Ms Y,Consulate,Am Markt 2,,DE,+49 228 2,\r\n"
    )
    contacts, not_read, unnamed = read_csv_columns(text)
    assert [c.fax for c in contacts] == ["+49 30 1234", "+49 228 2"]
    assert (not_read, unnamed) == ([], [5, 8])
    path = tmp_path / "embassies.csv"
    path.write_text(text, encoding="utf-8")
    dialog = _dialog(qtbot, [])
    assert _import_into(qtbot, dialog, path, answers) == ""
    said = dialog.problem.text()  # type: ignore[attr-defined]
    assert said.split("\n")[0].startswith("2 contact")  # "(s)" unless English is loaded
    assert "column 5, which has no heading, column 8, which has no heading" in said


def test_cells_beyond_the_first_lines_columns_are_still_refused() -> None:
    """What the first line has no column for, named or not, is a cell holding the
    separator: refused, as before, with its line."""
    with pytest.raises(ValueError, match="line 2 has more cells"):
        read_csv("title,name,organisation\r\nAmbassador,Mr X,Embassy of A, B\r\n")


def test_lines_ended_by_a_carriage_return_alone_are_read() -> None:
    """Excel for Mac's "CSV (Macintosh)" ends lines with CR alone: the list was refused in
    Python's words ("do you need to open the file in universal-newline mode?")."""
    contacts = read_csv(
        "title;name;organisation;address;fax\r"
        'Ambassador;Mr X;Embassy A;"Hauptstr. 1\r10117 Berlin";+49 30 1\r'
        "Consul;Ms Y;Embassy B;Am Markt 2;+49 228 2\r"
    )
    assert [(c.address, c.fax) for c in contacts] == [
        (("Hauptstr. 1", "10117 Berlin"), "+49 30 1"),
        (("Am Markt 2",), "+49 228 2"),
    ]
    table = read_postage("country,rate,suspended,note\rKZ,2.10,,\rRU,,yes,\r")
    assert (table["KZ"].rate, table["RU"].suspended) == ("2.10", True)


def test_a_phones_vcards_cut_by_soft_line_breaks_or_marked_8bit_are_read_whole() -> None:
    """A phone cuts quoted-printable lines at 76 characters with a "=": the name came in
    as "Нурлан Онж", the address as "Ber", the country lost. Values marked 8BIT were read
    as base64: the file was refused, or the names came in empty."""
    text = (DATA / "contacts" / "soft-breaks-and-8bit.vcf").read_text(encoding="utf-8")
    kazakhstan, uzbekistan = read_vcards(text)
    assert kazakhstan.name == "Нурлан Ержанович Онжанов"
    assert kazakhstan.title == "Чрезвычайный и Полномочный Посол"
    assert kazakhstan.organisation == (
        "Посольство Республики Казахстан в Федеративной Республике Германия"
    )
    assert kazakhstan.address == ("Nordendstraße 19", "13156 Berlin")
    assert (kazakhstan.country, kazakhstan.represents) == ("Германия", "KZ")
    assert uzbekistan.name == "Рустам Абдуллаев"
    assert uzbekistan.title == "Ambassador"
    assert uzbekistan.address == ("Perleberger Straße 62", "10559 Berlin")
    assert (uzbekistan.fax, uzbekistan.email) == ("+49 30 3940 9862", "botschaft@uzbekistan.de")
    assert uzbekistan.represents == "UZ"


def test_a_soft_line_break_at_a_values_end_does_not_take_the_next_line() -> None:
    """A value ending in "=" before the next property keeps that property its own."""
    (contact,) = read_vcards(
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9D=D1=83=D1=80=D0=BB=D0=B0=D0=BD=\r\n"
        "TEL;WORK;FAX:+49 30 1\r\nEND:VCARD\r\n"
    )
    assert (contact.name, contact.fax) == ("Нурлан", "+49 30 1")


@pytest.mark.parametrize("second_action", [SEED_ID, TRAINING], ids=["same-action", "another"])
def test_the_next_name_over_unsigned_letters_is_asked_whose_they_are(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path, second_action: str
) -> None:
    """A volunteer stacked letters without giving a name; Bob, next at the laptop with no
    Next volunteer, signed and added his. For the same action hers were replaced, never
    sent nor counted; for another they went out with "Bob Jones" on their cover sheets.
    Bob is now asked whether they are his; "No" keeps hers, unsigned, and his letter in
    the editor, until hers went out."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    _write(qtbot, window, SEED_ID)
    _stack(qtbot, window, answers, SEED_ID)
    hers = list(window.stack_pane.letters())
    _sign(window, "Bob Jones")
    _write(qtbot, window, second_action)
    asked: list[str] = []
    answers.expect(
        "unsignedStackQuestion",
        lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.No).click()),
    )
    _add_to_stack(qtbot, window, answers)
    qtbot.waitUntil(lambda: bool(asked))
    assert f"The stack holds {len(hers)} letters written without a name" in asked[0]
    assert "Yes: they go out with yours, signed Bob Jones." in asked[0]
    qtbot.wait(200)
    assert window.stack_pane.letters() == hers
    assert window.stack_pane.signer().name == ""
    assert SENTENCES[second_action] in window.editor.toPlainText()


@pytest.mark.parametrize(
    ("first", "put_right"),
    [
        ("Soren Kierkegaard", "Søren Kierkegaard"),
        ("Lukasz Nowak", "Łukasz Nowak"),
        ("Anne Marie Dupont", "Anne-Marie Dupont"),
        ("Sean O Brien", "Sean O'Brien"),
    ],
)
def test_a_name_put_right_with_a_stroke_or_a_hyphen_is_the_same_volunteer(
    first: str, put_right: str
) -> None:
    """ "Soren" put right to "Søren", "Anne Marie" to "Anne-Marie": the stack refused her
    own letters as another volunteer's (ø and ł have no accent to take off, and a hyphen
    made one word of two), and the tally counted two turns."""
    assert same_signer(first, put_right)
    assert same_signer(put_right, first)
    for other in ("Soren Kierkegaard Jr", "Lukas Nowak", "Anne Dupont", "Sean Brien"):
        if other != first:
            assert not same_signer(put_right, other)


def test_an_override_pasted_into_the_letter_reaches_no_email(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """A sentence pasted from a web page into the letter held a right-to-left override:
    both e-mails read "collected 1000 signatures" where the volunteer wrote 0001. A
    template's output and the sender's fields already left overrides out; the letter's own
    text, typed, pasted or read back from disk, now does too. Paired isolates stay."""
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None)
    choose(qtbot, find(window, QComboBox, "letterLanguage"), "kk")
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Sadykova")
    qtbot.keyClicks(find(window, QLineEdit, "senderEmail"), "aigerim@example.org")
    editor = find(window, QPlainTextEdit, "letterEditor")
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    pasted = QMimeData()
    pasted.setText("\nOur group collected \u202e0001\u202c signatures for \u2067Ахмед\u2069.\n")
    editor.insertFromMimeData(pasted)
    assert all(
        "collected 0001 signatures for \u2067Ахмед\u2069." in x.text for x in window.letters()
    )
    choose(qtbot, find(window, QComboBox, "outputMode"), "email")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    answers.expect("outboxDialog", type_path(outbox))
    answers.expect("emailsSaved", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30_000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    assert len(exported.args[0]) >= 2
    for path in exported.args[0]:
        message = email.message_from_bytes(Path(path).read_bytes(), policy=email.policy.default)
        body = message.get_body()
        assert body is not None
        text = str(body.get_content())
        assert "collected 0001 signatures" in text
        assert not {"\u202e", "\u202c"} & set(text)


def _deep_with_half_a_character(kind: str) -> str:
    return (
        f'{{"format": "{kind}", "version": 1, "note": "\\ud800", "x": {"[" * 1_200}{"]" * 1_200}}}'
    )


@pytest.mark.parametrize(
    ("name", "kind"),
    [("settings.json", "uawriter-settings"), ("drafts/stack.json", "uawriter-stack")],
)
def test_a_file_nested_deep_with_half_a_character_is_set_aside(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers, name: str, kind: str
) -> None:
    """A data file nested 1,200 deep, which JSON reads, holding half a character: mending
    it went deeper than Python goes. As settings.json the window did not start; as the
    stack file the actions were never listed. It is set aside as damaged, as a file JSON
    cannot read is."""
    data = tmp_path / "data"
    path = data / name
    path.parent.mkdir(parents=True)
    path.write_text(_deep_with_half_a_character(kind), encoding="utf-8")
    assert load_json(path).data == {}
    (kept,) = path.parent.glob(f"{path.name}.broken-*")
    kept.rename(path)
    told: list[str] = []
    answers.expect("warning", lambda box: (told.append(box.text()), box.accept()))

    window = open_window(qtbot, data)

    qtbot.waitUntil(lambda: bool(told))
    assert window.actions_pane.loaded
    (kept,) = path.parent.glob(f"{path.name}.broken-*")
    assert f"They were set aside, and UA Writer started afresh:\n{kept}" in told[0]


def test_hand_counts_typed_before_an_event_count_into_it(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The cards were counted into Add counts before the organiser started the event. Kept
    over the start (probe 39), they were then added as of no event: the evening's figure
    stayed the same, the title said only "Add counts", and nothing said where they went.
    They count into the event started meanwhile, which the title names before Add."""
    from uawriter.storage.tally import EventInfo

    window = open_window(qtbot, tmp_path / "data")
    totals = window.event_controls.show_event_window()
    dialog = totals.add_counts()
    qtbot.waitUntil(dialog.isVisible)
    dialog.spin(SEED_ID, ExtraKind.CARDS).setValue(5)
    assert dialog.windowTitle() == "Add counts"
    event = EventInfo.new("Write for Rights")
    window.event_controls.mode.start(event, PIN, 10)
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Add counts — Write for Rights"

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    (added,) = totals.book.read().extras
    assert (added.event_id, added.event, added.count) == (event.id, "Write for Rights", 5)
    assert totals.status.text() == "1 count added to the tally of Write for Rights."
    window.unexported = False

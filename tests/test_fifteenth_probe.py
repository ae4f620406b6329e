"""What the fifteenth probe and the review after it found, each with the input that showed it.

Each test names what went wrong before the fix: the volunteer's or organiser's view first,
then the cause.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from helpers import ROOT, SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from qt_helpers import ModalAnswers, type_path
from test_evening import _export_all
from test_gui import find, open_window
from uawriter.domain.model import Pack, Sender
from uawriter.packs.loader import BrokenPack
from uawriter.storage.tally import LetterRecord, TallyBook

# -- the window: letters that could not be counted -------------------------------------------


def _close_any_dialog() -> None:
    widget = QApplication.activeModalWidget()
    if widget is not None:
        widget.close()


def test_the_window_asks_before_sending_letters_it_cannot_count(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """With a tally that cannot be written (a write-protected stick; here a folder in its
    place) the window wrote every letter and only then said they were not counted: the
    volunteer had left, and the organiser's totals came up short. The command line refuses
    first; the window now asks first, and the volunteer may still send their letters."""
    data = tmp_path / "data"
    tally = data / "tally.jsonl"
    tally.mkdir(parents=True)
    window = open_window(qtbot, data)
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    said: list[str] = []

    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answers.expect("tallyNotWritable", refuse)
    # without the question the save dialog would wait for ever: close whatever is open
    QTimer.singleShot(8000, _close_any_dialog)
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said != [], timeout=30_000)
    assert str(tally) in said[0]
    assert "not a regular file" in said[0]
    assert "tell the organiser" in said[0]
    assert QApplication.activeModalWidget() is None  # "No": no save dialog follows
    out = tmp_path / "letters"
    out.mkdir()
    assert list(out.iterdir()) == []

    # "Yes": the letters go out all the same, and the status line says they were not counted
    answers.expect(
        "tallyNotWritable", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    answers.expect("exportDialog", type_path(out))
    answers.expect("exportDone", lambda box: box.reject())
    with qtbot.waitSignal(window.exported, timeout=30000) as exported:
        qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers.seen) == 4, timeout=30_000)
    assert answers.seen == ["tallyNotWritable"] * 2 + ["exportDialog", "exportDone"]
    files = [Path(name) for name in exported.args[0]]
    assert len(files) == 3
    assert all(path.parent == out and path.is_file() for path in files)
    assert tally.is_dir()
    assert "could not be counted" in window.statusBar().currentMessage()


def test_the_window_sends_without_asking_when_the_tally_can_be_written(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == SEED_ID)
    out = tmp_path / "letters"
    out.mkdir()
    files = _export_all(qtbot, window, answers, out)
    assert len(files) == 3
    assert "tallyNotWritable" not in answers.seen
    tally = (tmp_path / "data" / "tally.jsonl").read_text(encoding="utf-8")
    assert len(tally.splitlines()) == 3


# -- killed half way, and two at once (the probe killed at each call to the system) ----------

#: ``uawriter ARGV`` killed at the first ``os.replace`` whose target ends with ``{suffix}``:
#: the letters counted, their file not yet under its name.
KILLED_AT_RENAME = """
import os, signal, sys
real = os.replace
def replace(source, target, *args, **kwargs):
    if str(target).endswith({suffix!r}):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(source, target, *args, **kwargs)
os.replace = replace
"""

#: The lines a script ends with to run ``uawriter ARGV``.
RUN_MAIN = """
from uawriter.app import main
sys.argv = ["uawriter", *sys.argv[1:]]
main()
"""

EXPORT = ["export", "--pack", SEED_ID, "--lang", "ru", "--sender-name", "A. B."]


def _letters(data: Path) -> list[LetterRecord]:
    return list(TallyBook(data / "tally.jsonl").read().letters)


def test_a_combined_file_under_a_new_name_killed_at_its_rename_is_finished(
    tmp_path: Path,
) -> None:
    """``export --combined NEW.pdf --overwrite`` (what the window's "one PDF" always runs)
    killed after its three letters were counted, before the PDF took its name: the next
    export deleted the hidden PDF, as nothing had the name yet. Three letters counted, no
    file."""
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    combined = out / "all three.pdf"
    script = (KILLED_AT_RENAME + RUN_MAIN).format(suffix="all three.pdf")
    killed = run_uawriter(data, *EXPORT, "--combined", str(combined), "--overwrite", script=script)
    assert killed.returncode == -9, killed.stderr
    assert not combined.exists()
    assert len(list(out.glob(".*.uawriter.tmp"))) == 1
    assert len(_letters(data)) == 3

    later = run_uawriter(data, *EXPORT, "--out", str(tmp_path / "later"))  # the next volunteer
    assert later.returncode == 0, later.stderr

    assert list(out.glob(".*")) == []
    assert len(PdfReader(combined).pages) >= 3  # finished: whole, under its name
    records = _letters(data)
    assert len(records) == 6
    assert sum(Path(r.file) == combined for r in records) == 3


def test_a_killed_tally_export_leaves_no_empty_file_that_merges_as_nothing(
    tmp_path: Path,
) -> None:
    """Killed as it wrote, ``tally export`` left an empty file under its name: trying again
    said "exists already", and the organiser merging it read "0 added, 0 already counted",
    exit status 0: a whole laptop's letters missing from the totals without a word."""
    data, stick = tmp_path / "data", tmp_path / "stick"
    stick.mkdir()
    assert run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out")).returncode == 0
    carried = stick / "laptop-2.jsonl"
    script = (KILLED_AT_RENAME + RUN_MAIN).format(suffix="laptop-2.jsonl")
    assert run_uawriter(data, "tally", "export", str(carried), script=script).returncode == -9
    assert carried.read_bytes() == b""  # the name claimed, the records not yet in it

    again = run_uawriter(data, "tally", "export", str(carried))
    assert again.returncode == 0, again.stderr
    assert "3 records written" in again.stdout
    assert list(stick.glob(".*")) == []

    organiser = tmp_path / "organiser"
    merged = run_uawriter(organiser, "tally", "merge", str(carried))
    assert merged.returncode == 0, merged.stderr
    assert "3 added" in merged.stdout


def test_an_empty_tally_file_is_named_at_a_merge_not_merged_as_nothing(tmp_path: Path) -> None:
    carried = tmp_path / "laptop-2.jsonl"
    carried.write_bytes(b"")
    merged = run_uawriter(tmp_path / "organiser", "tally", "merge", str(carried))
    assert merged.returncode == 1
    assert "laptop-2.jsonl is empty" in merged.stderr
    assert "Export the tally again" in merged.stderr
    assert "Traceback" not in merged.stderr


def test_a_tally_saved_again_by_notepad_merges_its_first_record(tmp_path: Path) -> None:
    """A byte-order mark at the start made the first record unreadable: 2 of 3 merged."""
    data = tmp_path / "data"
    assert run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out")).returncode == 0
    carried = tmp_path / "laptop-2.jsonl"
    assert run_uawriter(data, "tally", "export", str(carried)).returncode == 0
    text = carried.read_text(encoding="utf-8")
    carried.write_bytes("\ufeff".encode() + text.replace("\n", "\r\n").encode("utf-8"))

    merged = run_uawriter(tmp_path / "organiser", "tally", "merge", str(carried))

    assert merged.returncode == 0, merged.stderr
    assert "3 added" in merged.stdout


def test_a_report_that_cannot_be_written_whole_writes_nothing(tmp_path: Path) -> None:
    """``tally --csv A --pdf B`` with B unwritable wrote A; run again, it said A existed."""
    data = tmp_path / "data"
    assert run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out")).returncode == 0
    csv, pdf = tmp_path / "totals.csv", tmp_path / "no such folder" / "totals.pdf"

    done = run_uawriter(data, "tally", "--csv", str(csv), "--pdf", str(pdf))

    assert done.returncode != 0
    assert f"could not write {pdf.parent}: no such folder" in done.stderr
    assert "Traceback" not in done.stderr
    assert not csv.exists()
    (tmp_path / "no such folder").mkdir()
    again = run_uawriter(data, "tally", "--csv", str(csv), "--pdf", str(pdf))
    assert again.returncode == 0, again.stderr
    assert csv.is_file()
    assert len(PdfReader(pdf).pages) >= 1


#: An export whose first temporary file waits, just made and not yet locked, until the test
#: has run a cleanup of the folder (the moment another export starting there runs it).
SLOW_FIRST_TEMPORARY = """
import os, sys, tempfile, time
from collections.abc import Iterator
from pathlib import Path
real = tempfile.mkstemp
made = []
def mkstemp(*args, **kwargs):
    fd, name = real(*args, **kwargs)
    if name.startswith({folder!r}) and not made:
        made.append(name)
        Path({created!r}).write_text(name)
        for _ in range(1200):
            if os.path.exists({cleaned!r}):
                break
            time.sleep(0.05)
    return fd, name
tempfile.mkstemp = mkstemp
from uawriter.app import main
sys.argv = ["uawriter", *sys.argv[1:]]
main()
"""


def test_a_cleanup_never_takes_a_letter_being_written_for_an_abandoned_one(
    tmp_path: Path,
) -> None:
    """A second export into the folder cleans up what killed exports left. In the moment
    between the first export making its temporary file and locking it, the cleanup took
    it for abandoned and removed it: the first export failed, naming a hidden file."""
    from uawriter.atomic import remove_stale_temporaries
    from uawriter.storage.tally import TallyBook

    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    created, cleaned = tmp_path / "created", tmp_path / "cleaned"
    script = SLOW_FIRST_TEMPORARY.format(
        created=str(created), cleaned=str(cleaned), folder=str(out / ".")
    )
    first = subprocess.Popen(
        [sys.executable, "-c", script, *EXPORT, "--out", str(out)],
        env={**os.environ, "UAWRITER_DATA_DIR": str(data)},
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(1200):
            if created.exists() or first.poll() is not None:
                break
            time.sleep(0.05)
        temporary = Path(created.read_text())
        # the same laptop's second export (another laptop's leaves the temporary alone)
        mark = TallyBook(data / "tally.jsonl").writer_mark(make=False)
        assert mark
        assert remove_stale_temporaries(out, mark=mark) == [temporary]  # the probe's moment
        cleaned.write_text("")
        said = first.communicate(timeout=120)
    finally:
        first.kill()
    assert first.returncode == 0, said
    letters = sorted(out.glob("*.pdf"))
    assert len(letters) == 3
    assert all(len(PdfReader(letter).pages) >= 1 for letter in letters)
    assert list(out.glob(".*")) == []
    assert sorted(Path(r.file) for r in _letters(data)) == letters


def test_a_shared_pack_file_is_never_replaced_without_overwrite(tmp_path: Path) -> None:
    """Two ``pack-export`` runs to one new name at once: both said they wrote it, and the
    file held one pack. The name is now claimed as the file is written, not looked at
    first."""
    from uawriter.engine import export_pack_file, load_catalog
    from uawriter.paths import AppPaths

    packs = {p.id: p for p in load_catalog(AppPaths(tmp_path / "data")).packs}
    target = tmp_path / "shared.uapack"
    export_pack_file(packs[SEED_ID], target)
    first = target.read_bytes()

    with pytest.raises(FileExistsError):
        export_pack_file(packs[TRAINING_ID], target)

    assert target.read_bytes() == first
    assert list(tmp_path.glob(".*")) == []
    export_pack_file(packs[TRAINING_ID], target, overwrite=True)
    assert target.read_bytes() != first


# -- hostile and odd input: a traceback where a message belongs -----------------------------


@pytest.mark.parametrize(
    "name",
    [
        "محمد \u0378",  # unassigned
        "محمد \U0001fae9",  # an emoji newer than this Python's Unicode tables
        "\u200fA. B. \ufdd0",  # a right-to-left mark and a noncharacter
    ],
)
def test_right_to_left_text_beside_an_unknown_character_exports(name: str, tmp_path: Path) -> None:
    """python-bidi stops with an AssertionError at a character that has no direction in
    Python's Unicode tables: an Arabic sender name with a new emoji (typed on a phone's
    keyboard) ended every export in a traceback, and so did such an addressee in a pack,
    which ``validate`` passed."""
    from uawriter.rendering.bidi import visual

    assert visual("a\u0378\u200f", "L")  # no AssertionError
    combined = tmp_path / "letters.pdf"
    argv = ["export", "--pack", SEED_ID, "--lang", "en", "--sender-name", name]

    done = run_uawriter(tmp_path / "data", *argv, "--combined", str(combined))

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert len(PdfReader(combined).pages) >= 3


def _tally_line(number: int, time: str) -> str:
    return json.dumps(
        {
            "type": "letter",
            "v": 1,
            "id": f"laptop-2-{number}",
            "time": time,
            "event_id": "e1",
            "event": "Evening",
            "ua": "129/10",
            "update": 3,
            "pack_id": SEED_ID,
            "addressee_id": "president",
            "addressee": "President",
            "channel": "fax",
            "language": "en",
            "pages": 2,
        }
    )


@pytest.mark.parametrize("far", ["0001-01-01T00:30:00+23:00", "9999-12-31T23:30:00-23:00"])
def test_a_merged_record_at_the_end_of_time_does_not_break_the_totals(
    far: str, tmp_path: Path
) -> None:
    """Year 1 at +23:00 beside records at -23:00 has no moment in their zone: once merged,
    ``tally`` and ``tally --pdf`` (and the event window) ended in an OverflowError on that
    laptop for good."""
    other = "-23:00" if far.endswith("+23:00") else "+23:00"
    carried = tmp_path / "laptop-2.jsonl"
    lines = [_tally_line(0, far)]
    lines += [_tally_line(n, f"2026-12-04T19:0{n}:00{other}") for n in range(1, 4)]
    carried.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    assert run_uawriter(data, "tally", "merge", str(carried)).returncode == 0

    shown = run_uawriter(data, "tally")
    report = tmp_path / "report.pdf"
    written = run_uawriter(data, "tally", "--pdf", str(report))

    assert shown.returncode == 0, shown.stderr
    assert "4" in shown.stdout
    assert "19:00\t3" in shown.stdout
    assert "?\t1" in shown.stdout  # the one no clock could show
    assert written.returncode == 0, written.stderr
    assert len(PdfReader(report).pages) >= 1


def test_a_trailing_comma_in_a_postage_table_is_read() -> None:
    """A spreadsheet's trailing comma gave a row one cell more than its header: the import
    ended in AttributeError ('list' object has no attribute 'strip'), and the dialog said
    nothing."""
    from uawriter.storage.postage import read_csv

    table = read_csv("country,rate,suspended,note\r\nKZ,1.10,no,ok,\r\nDE,0.95,yes,,\r\n")

    assert table["KZ"].rate == "1.10"
    assert table["DE"].suspended


def test_an_unquoted_comma_in_an_embassy_list_is_named_by_its_line() -> None:
    from uawriter.storage.contact_files import ContactFileProblem, read_csv

    text = (
        "title,name,organisation,address,country,fax\n"
        "Ambassador,A. B.,Embassy of Kazakhstan,Main Street 5|Berlin,DE,+49 30 1\n"
        "Ambassador,C. D.,Embassy of Kazakhstan,Main Street, 5|Berlin,DE,+49 30 2\n"
    )
    with pytest.raises(ContactFileProblem) as refused:
        read_csv(text)
    assert "line 3 has more cells than the first line names columns" in str(refused.value)
    assert "'+49 30 2' is one too many" in str(refused.value)
    assert "needs quotes" in str(refused.value)


@pytest.mark.parametrize(
    "card",
    [
        "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=x-nope:Embassy=20A",  # LookupError
        "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=rot13:Embassy=20A",
        "FN;ENCODING=QUOTED-PRINTABLE,BASE64:Embassy",  # TypeError
    ],
)
def test_a_vcard_in_an_unknown_encoding_is_refused_with_a_message(card: str) -> None:
    from uawriter.storage.contact_files import ContactFileProblem, read_vcards

    with pytest.raises(ContactFileProblem, match="is not a vCard file that can be read"):
        read_vcards(f"BEGIN:VCARD\r\nVERSION:2.1\r\n{card}\r\nEND:VCARD\r\n")


def test_vcards_nested_twenty_thousand_deep_are_refused_with_a_message() -> None:
    from uawriter.storage.contact_files import ContactFileProblem, read_vcards

    text = "BEGIN:VCARD\r\nVERSION:3.0\r\n" * 20_000 + "END:VCARD\r\n" * 20_000
    with pytest.raises(ContactFileProblem, match="is not a vCard file that can be read"):
        read_vcards(text)


def test_a_vcard_line_never_reaches_the_terminal(tmp_path: Path) -> None:
    """vobject logged each line it skipped, quoting it, to the terminal the window was
    started from: a stranger's file set its title and cleared the screen. (In a process of
    its own: under pytest the log goes to pytest, not to the terminal.)"""
    card = tmp_path / "embassy.vcf"
    card.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Emb=\r\n"
        b"=\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED\r\nEND:VCARD\r\n"
    )
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from uawriter.storage.contact_files import read_vcards\n"
        "print(len(read_vcards(Path(sys.argv[1]).read_text(encoding='utf-8'))))\n"
    )

    done = run_uawriter(tmp_path / "data", str(card), script=script)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert "\x1b" not in done.stdout + done.stderr
    assert "PWNED" not in done.stderr


def _pack_with_email(tmp_path: Path, address: str) -> Path:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path / "packs", "email-pack")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "email-pack"')
    edit_manifest(folder, "ministra@justicia.valdoria.example", address)
    return folder


@pytest.mark.parametrize("address", ["a@[127.0.0.1]", "a,b@c.example", "x(y)@c.example"])
def test_an_address_mail_reads_as_more_or_less_than_one_mailbox_is_refused(
    address: str, tmp_path: Path
) -> None:
    """These passed ``validate``; the e-mail export then ended in a traceback ("an e-mail
    needs at least one address to go to") at the first such addressee."""
    done = run_uawriter(tmp_path / "data", "validate", str(_pack_with_email(tmp_path, address)))
    assert done.returncode == 1
    assert f"{address!r} is not an e-mail address" in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("address", "header"),
    [
        ("ministra@bücher.example", "<ministra@xn--bcher-kva.example>"),  # IDNA
        ("ü@b.example", "<ü@b.example>"),  # SMTPUTF8: said as UTF-8, not =?utf-8?q?…
    ],
)
def test_an_address_in_another_script_reaches_the_e_mail_as_mail_carries_it(
    address: str, header: str, tmp_path: Path
) -> None:
    """``a@bücher.example`` became ``<a@=?utf-8?q?b=C3=BCcher?=.example>``: an appeal no
    server delivers, counted as sent."""
    import email
    import email.policy

    data = tmp_path / "data"
    pack = _pack_with_email(tmp_path, address)
    assert run_uawriter(data, "import", str(pack)).returncode == 0
    out = tmp_path / "outbox"
    argv = ["--pack", "email-pack", "--lang", "es", "--channel", "email", "--out", str(out)]
    done = run_uawriter(data, "export", *argv, "--sender-email", "vol@example.org")
    assert done.returncode == 0, done.stderr

    (eml,) = out.glob("*.eml")
    raw = eml.read_bytes()
    assert header.encode("utf-8") in raw
    assert b"=?utf-8?" not in raw.split(b"\r\nTo:", 1)[1].split(b"\r\n", 1)[0]
    message = email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)
    (mailbox,) = message["To"].addresses
    assert mailbox.addr_spec == header.strip("<>")


@pytest.mark.parametrize(
    ("where", "old", "new"),
    [
        ("pack.toml", "Training: teacher detained", "Training: \u202eteacher detained"),
        ("pack.toml", "Training: teacher detained", "Training: \u2067teacher detained"),
        ("letters/es.txt", "{{ sender.name }}", "\u202b{{ sender.name }}"),
    ],
)
def test_a_direction_override_in_a_pack_is_a_problem(
    where: str, old: str, new: str, tmp_path: Path
) -> None:
    """U+202E in a title made the deadline in the list read "1102 yluJ 22 litnu nepO", the
    fax cover's UA number "62/321", and the app's own "Fax" beside an addressee "xaF"."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path / "packs", "bidi-pack")
    target = folder / where
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")

    done = run_uawriter(tmp_path / "data", "validate", str(folder))

    assert done.returncode == 1
    said = done.stdout + done.stderr
    assert "direction" in said
    assert "Traceback" not in said


def test_balanced_direction_isolates_are_kept(tmp_path: Path) -> None:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path / "packs", "bidi-pack")
    edit_manifest(folder, "Training: teacher detained", "Training: \u2067معلم\u2069 detained")
    done = run_uawriter(tmp_path / "data", "validate", str(folder))
    assert done.returncode == 0, done.stdout + done.stderr


def test_invisible_characters_leave_export_file_names(tmp_path: Path) -> None:
    """A soft hyphen, a zero-width space or a direction mark in a name made two file names
    that look the same; an addressee without a name left a double space."""
    from uawriter.domain.model import Addressee
    from uawriter.engine import Letter, load_catalog
    from uawriter.exporting import file_name_for
    from uawriter.paths import AppPaths

    seed = next(p for p in load_catalog(AppPaths(tmp_path / "data")).packs if p.id == SEED_ID)
    plain, hidden = seed.addressees[0], seed.addressees[0]
    hidden = dataclasses.replace(plain, name=f"\u00ad{plain.name}\u200b\u200f\ufeff")
    empty = dataclasses.replace(plain, name="", title="")

    def name(addressee: Addressee) -> str:
        return file_name_for(Letter(seed, addressee, "ru", "Dear Sir,\n", as_fax=False), 1)

    assert name(hidden) == name(plain)
    assert "  " not in name(empty)


# -- a power cut while a batch of records is appended -----------------------------------------


def test_a_power_cut_in_a_replacing_export_counts_the_old_letters_or_the_new_never_part(
    tmp_path: Path,
) -> None:
    """Exporting a combined file again appends, in one write, records taking back its three
    old letters and records for the three new ones. A power cut keeps any part of that
    write: cut at each of its 1,786 bytes, the probe counted 0, 1 or 2 letters for the file
    at most cuts, and the next start then finished the rename: 3 letters on paper, fewer
    counted. Records appended together are now one batch, counted whole or not at all: three
    letters counted for the file, on paper three."""
    from uawriter.exporting import finish_interrupted_exports

    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    combined = out / "all three.pdf"
    first = [*EXPORT, "--combined", str(combined), "--overwrite"]
    assert run_uawriter(data, *first).returncode == 0
    old_pdf = combined.read_bytes()
    tally = data / "tally.jsonl"
    before = tally.read_bytes()
    old_ids = {r.id for r in _letters(data)}
    again = [*EXPORT[:-1], "A. B. C.", "--combined", str(combined), "--overwrite"]
    script = (KILLED_AT_RENAME + RUN_MAIN).format(suffix="all three.pdf")
    assert run_uawriter(data, *again, script=script).returncode == -9
    after = tally.read_bytes()
    (waiting,) = out.glob(".*.uawriter.tmp")
    new_pdf = waiting.read_bytes()
    assert after.startswith(before)
    appended = after[len(before) :]
    assert appended.count(b"\n") == 6  # three taken back, three new, in one write

    outcomes = set()
    for cut in range(len(appended) + 1):
        tally.write_bytes(before + appended[:cut])
        contents = TallyBook(tally).read()
        ids = {r.id for r in contents.letters}
        assert len(ids) == 3, cut  # never 0, 1, 2 (or 6)
        assert ids == old_ids or ids.isdisjoint(old_ids), cut
        outcomes.add("new" if ids != old_ids else "old")
        if cut in (0, len(appended) // 2, len(appended) - 1, len(appended)):
            waiting.write_bytes(new_pdf)  # the start after the power cut
            finish_interrupted_exports(TallyBook(tally))
            # whole, the old or the new (the volunteer's export was not counted: either
            # holds the three letters counted); the new one if its letters were counted
            assert combined.read_bytes() in (old_pdf, new_pdf), cut
            if ids != old_ids:
                assert combined.read_bytes() == new_pdf, cut
            assert not waiting.exists()
            combined.write_bytes(old_pdf)
    assert outcomes == {"old", "new"}


def test_records_written_together_with_a_damaged_line_between_are_none_counted(
    tmp_path: Path,
) -> None:
    """A power cut can also keep the end of a write and not its middle (zeros)."""
    data, out = tmp_path / "data", tmp_path / "out"
    combined = out / "all three.pdf"
    out.mkdir()
    assert run_uawriter(data, *EXPORT, "--combined", str(combined)).returncode == 0
    tally = data / "tally.jsonl"
    lines = tally.read_bytes().split(b"\n")
    assert len(lines) == 4
    lines[1] = b"\x00" * len(lines[1])
    tally.write_bytes(b"\n".join(lines))

    contents = TallyBook(tally).read()

    assert contents.letters == ()
    assert any("written together were cut short" in note for note in contents.notes)


def test_a_pdf_page_tree_thousands_deep_is_refused_for_what_it_is(tmp_path: Path) -> None:
    """pypdf stops at a page tree more than 100 deep; draft-pack said the file "has a page
    with more than 2 MB of drawing", which this 300 kB PDF has not."""
    from test_eighth_probe import HELVETICA, UA_TEXT, _raw_pdf, _stream
    from uawriter.drafting import source
    from uawriter.drafting.model import DraftInputError

    depth = 3_000
    first_pages = 5  # objects 1-4: catalog, top of the tree, font, drawing
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", HELVETICA, _stream(UA_TEXT)]
    objects[1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % first_pages
    for level in range(depth):
        number = first_pages + level
        parent = number - 1 if level else 2
        objects.append(
            b"<< /Type /Pages /Kids [%d 0 R] /Count 1 /Parent %d 0 R >>" % (number + 1, parent)
        )
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>" % (first_pages + depth - 1)
    )
    path = tmp_path / "ua.pdf"
    path.write_bytes(_raw_pdf(objects))

    with pytest.raises(DraftInputError) as refused:
        source.read_source(path)

    assert "is built far beyond any Urgent Action's few pages" in str(refused.value)
    assert "drawing" not in str(refused.value)


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--sender-name", "A" * 20_000, "the name has 20,000 characters; at most 200"),
        ("--sender-address", ";".join(f"Street {n}" for n in range(3_000)), "3,000 lines"),
        ("--sender-phone", "7" * 5_000, "the phone number has 5,000 characters; at most 60"),
    ],
)
def test_a_volunteers_own_details_too_long_are_named_not_the_pack(
    option: str, value: str, said: str, tmp_path: Path
) -> None:
    """A 20,000-character name was refused as "letters/en.txt makes a letter of 36,682
    characters": the bundled template blamed for what the volunteer typed; a phone number
    of 5,000 digits was printed."""
    argv = ["export", "--pack", SEED_ID, "--lang", "en", "--out", str(tmp_path / "out")]
    if option != "--sender-name":
        argv += ["--sender-name", "A. B."]

    done = run_uawriter(tmp_path / "data", *argv, option, value)

    assert done.returncode == 2, done.stderr
    assert said in done.stderr
    assert "letters/en.txt" not in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# -- the last line of defence -----------------------------------------------------------------

#: The app as a volunteer starts it; a slot raises what no code expected; a "volunteer"
#: reads the message that appears, closes it, and closes the window.
UNEXPECTED_ERROR = """
import os, sys
from collections.abc import Iterator
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from uawriter.app import run_app
from uawriter.paths import AppPaths

app = QApplication(sys.argv[:1])
seen = Path(sys.argv[1])

def boom():
    raise RuntimeError("boom in a slot")

def look():
    box = QApplication.activeModalWidget()
    if box is not None and box.objectName() == "unexpectedError":
        seen.write_text(box.text() + "\\n" + box.informativeText(), encoding="utf-8")
        box.close()
        QTimer.singleShot(100, QApplication.closeAllWindows)

QTimer.singleShot(1500, boom)
watch = QTimer()
watch.timeout.connect(look)
watch.start(50)
QTimer.singleShot(60000, QApplication.closeAllWindows)  # never a hang
sys.exit(run_app(AppPaths(Path(os.environ["UAWRITER_DATA_DIR"]))))
"""


def test_an_error_no_code_expected_is_shown_and_kept(tmp_path: Path) -> None:
    """An exception leaving a slot went to the terminal, which a volunteer never sees: the
    button they pressed did nothing, and nobody could tell why afterwards."""
    data, seen = tmp_path / "data", tmp_path / "seen.txt"
    env_script = "import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n" + UNEXPECTED_ERROR

    done = run_uawriter(data, str(seen), script=env_script)

    assert done.returncode == 0, done.stderr
    said = seen.read_text(encoding="utf-8")
    assert "Your letter is still here" in said
    assert "RuntimeError: boom in a slot" in said
    assert str(data / "errors.log") in said
    log = (data / "errors.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: boom in a slot" in log


def test_the_error_log_keeps_its_last_part_when_it_grows(tmp_path: Path) -> None:
    from uawriter.gui.errors import MAX_LOG_BYTES, write_log

    log = tmp_path / "errors.log"
    for number in range(400):
        assert write_log(log, f"error {number}\n" + "x" * 2_000)
    text = log.read_text(encoding="utf-8")
    assert log.stat().st_size <= MAX_LOG_BYTES + 3_000
    assert "error 399" in text
    assert "error 0\n" not in text


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "Training: teacher detained for a peaceful protest (fictional)",
            "W" * 200_000,
            "action.title.en: is 200,000 characters long; at most 300: shorten it",
        ),
        (
            'title = "Minister of Justice"',
            'title = "' + "Minister " * 200 + '"',
            "addressees[0].title: is 1,799 characters long; at most 1,000: shorten it",
        ),
    ],
)
def test_a_field_far_longer_than_any_urgent_actions_is_a_problem(
    old: str, new: str, said: str, tmp_path: Path
) -> None:
    """A title of 200,000 letters (a 210 kB pack.toml, well under the 1 MiB limit) passed,
    and the window, laying it out in the action's details, stopped for 39 s after import."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path / "packs", "long-pack")
    edit_manifest(folder, old, new)

    done = run_uawriter(tmp_path / "data", "validate", str(folder))

    assert done.returncode == 1
    assert said in done.stdout + done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_typed_into_a_file_dialog_is_refused_not_waited_on(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """Qt's own file dialog, given a named pipe's path (typed, or found on a stick), waited
    on it for ever in accept(): the window never answered again. (Save the report, import a
    pack: every file dialog of the app.)"""
    from uawriter.gui.dialogs import choose_path

    pipe = tmp_path / "report.pdf"
    os.mkfifo(pipe)
    said: list[str] = []

    def read() -> None:  # the refusal opens inside the answer to the file dialog
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "notAFile":
            said.append(box.text())
            box.close()

    watch = QTimer()
    watch.timeout.connect(read)
    watch.start(20)
    answers.expect("reportDialog", type_path(pipe))
    answers.expect("reportDialog", lambda dialog: dialog.reject())
    QTimer.singleShot(20000, _close_any_dialog)  # before the fix: the test ends, not hangs
    chosen = choose_path(None, "Save the report", "reportDialog", "save")  # type: ignore[arg-type]
    watch.stop()

    assert chosen is None
    assert answers.seen == ["reportDialog", "reportDialog"]
    assert len(said) == 1
    assert str(pipe) in said[0]
    assert "device or a pipe" in said[0]


def test_the_senders_fields_in_the_window_hold_what_a_letter_takes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A name pasted many times over was refused only as the letter was made, as "the
    template makes a letter too long": the window now takes as much as a letter holds."""
    from PySide6.QtWidgets import QLineEdit

    window = open_window(qtbot, tmp_path / "data")
    name = find(window, QLineEdit, "senderName")
    phone = find(window, QLineEdit, "senderPhone")
    name.setFocus()
    name.insert("Aigerim Sadykova " * 2_000)
    phone.insert("7" * 5_000)
    window.sender_pane.flush()

    sender = window.current_sender()
    assert len(sender.name) <= 200
    assert sender.name.startswith("Aigerim Sadykova")
    assert len(sender.phone) <= 60
    assert sender.problem() == ""


# -- the sixteenth probe: saves killed at each call --------------------------------------------

#: Python with ``os.{name}`` killing the process when ``{test}`` holds for its arguments.
KILLED_WHEN = """
import os, signal, sys
real = os.{name}
def {name}(*args, **kwargs):
    if {test}:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
os.{name} = {name}
"""


def test_an_autosave_cut_short_leaves_nothing_of_the_volunteer_after_next_volunteer(
    tmp_path: Path,
) -> None:
    """Killed as it saved, an autosave left its hidden temporary file, the whole letter in
    it, in the data folder for good: Next volunteer and the idle reset removed only the
    drafts themselves."""
    from uawriter.storage.drafts import DraftStore

    drafts = tmp_path / "data" / "drafts"
    script = KILLED_WHEN.format(name="replace", test="str(args[1]).endswith('current.json')") + (
        "from pathlib import Path\n"
        "from uawriter.storage.drafts import Draft, DraftStore\n"
        f"store = DraftStore(Path({str(drafts)!r}))\n"
        "store.save(Draft('ua-129-10-u3', 'en', 'president', ('president',), (), '', "
        "'Aigerim Sadykova writes SECRET-LETTER'))\n"
    )
    assert run_uawriter(tmp_path / "data", script=script).returncode == -9
    (left,) = drafts.glob(".*.uawriter.tmp")
    assert b"SECRET-LETTER" in left.read_bytes()

    DraftStore(drafts).clear_all()  # Next volunteer

    assert not left.exists()
    assert not any(b"SECRET" in f.read_bytes() for f in drafts.rglob("*") if f.is_file())


def test_a_file_system_that_keeps_no_permissions_still_takes_letters(tmp_path: Path) -> None:
    """On a FUSE-mounted stick chmod says ENOSYS: every export there failed with "could not
    write …/.<name>.x7Kq2abc.uawriter.tmp: Function not implemented", naming a hidden file."""
    no_chmod = (
        "import errno, os\n"
        "def chmod(*args, **kwargs):\n"
        "    raise OSError(errno.ENOSYS, 'Function not implemented', args[0])\n"
        "os.chmod = chmod\n"
        "import sys\n"
        "from uawriter.app import main\n"
        "sys.argv = ['uawriter', *sys.argv[1:]]\n"
        "main()\n"
    )
    out = tmp_path / "stick"
    done = run_uawriter(tmp_path / "data", *EXPORT, "--out", str(out), script=no_chmod)
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("*.pdf"))) == 3
    assert list(out.glob(".*")) == []


def test_a_pack_saved_under_a_new_id_and_killed_never_leaves_the_old_one_half_deleted(
    tmp_path: Path,
) -> None:
    """The organiser changed a pack's id in the editor; killed while the old folder was
    deleted file by file, the old pack stayed listed with some of its letters (a volunteer
    could write from it in a language that had gone), or broken at every start."""
    from uawriter.engine import load_catalog
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "data")
    old = copy_bundled_pack(SEED_ID, paths.user_packs, "my-pack")
    edit_manifest(old, f'id = "{SEED_ID}"', 'id = "my-pack"')
    script = KILLED_WHEN.format(
        name="unlink",
        test="str(args[0]).endswith('.txt')",  # the first letter removed
    ) + (
        "from pathlib import Path\n"
        "from uawriter.pack_files import read_pack_files, save_pack_files\n"
        f"old = Path({str(old)!r})\n"
        "files = read_pack_files(old)\n"
        "files.data['id'] = 'my-pack-2'\n"
        "save_pack_files(files, old.parent, old_folder=old)\n"
    )
    assert run_uawriter(paths.data_dir, script=script).returncode == -9

    catalog = load_catalog(paths)  # the next start

    ids = {pack.id for pack in catalog.packs}
    assert "my-pack-2" in ids
    assert "my-pack" not in ids
    assert not [b for b in catalog.broken if "my-pack" in str(b.path)]
    assert not old.exists()


@pytest.mark.parametrize("typed", ["absolute", "../climbs-out", "x" * 300, "nul\x00byte"])
def test_an_id_typed_as_a_path_is_checked_without_writing_anywhere(
    typed: str, tmp_path: Path
) -> None:
    """The pack editor checks a pack as it is typed, writing it to a temporary folder named
    after its id: an id typed as a folder's path ("/home/…/victim", "../x") had that folder's
    pack.toml and letters written over, without Save, and a 300-character id or a NUL gave
    Python's error text."""
    from uawriter.pack_files import check_pack_files, read_pack_files

    victim = tmp_path / "victim"
    (victim / "letters").mkdir(parents=True)
    (victim / "pack.toml").write_text("precious = true\n", encoding="utf-8")
    (victim / "letters" / "en.txt").write_text("my letter\n", encoding="utf-8")
    files = read_pack_files(copy_bundled_pack(TRAINING_ID, tmp_path / "packs"))
    files.data["id"] = str(victim) if typed == "absolute" else typed

    result = check_pack_files(files)

    assert isinstance(result, BrokenPack)
    assert any(p.field == "id" for p in result.problems), result.problems
    assert not any("Errno" in p.message or "null byte" in p.message for p in result.problems)
    assert (victim / "pack.toml").read_text(encoding="utf-8") == "precious = true\n"
    assert (victim / "letters" / "en.txt").read_text(encoding="utf-8") == "my letter\n"
    assert not (Path(tempfile.gettempdir()) / "climbs-out").exists()


def test_a_replacing_export_killed_before_its_letters_are_counted_keeps_the_old_file(
    tmp_path: Path,
) -> None:
    """``export --combined all.pdf --overwrite`` of two letters over a file of three, killed
    after the new PDF was on disk and before its records were appended: the next start
    asked "does the tally's last letter name all.pdf?", and the old letters' records did,
    so it finished the rename. The file held two letters, the tally counted three. A start
    now finishes only a write whose own records (naming its hidden file) are counted."""
    from uawriter.exporting import finish_interrupted_exports

    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    combined = out / "all.pdf"
    assert run_uawriter(data, *EXPORT, "--combined", str(combined)).returncode == 0
    old_pdf = combined.read_bytes()
    assert len(_letters(data)) == 3

    appending = "str(args[0]).endswith('tally.jsonl') and args[1] & os.O_APPEND"
    script = KILLED_WHEN.format(name="open", test=appending) + RUN_MAIN
    two = ["--to", "president,foreign-minister", "--combined", str(combined), "--overwrite"]
    assert run_uawriter(data, *EXPORT, *two, script=script).returncode == -9
    (waiting,) = out.glob(".*.uawriter.tmp")
    assert len(PdfReader(waiting).pages) < len(PdfReader(combined).pages)  # the new, whole

    finish_interrupted_exports(TallyBook(data / "tally.jsonl"))

    assert not waiting.exists()
    assert combined.read_bytes() == old_pdf  # the three letters the tally counts
    assert [Path(r.file) for r in _letters(data)] == [combined] * 3


def test_a_replacing_export_killed_after_its_letters_are_counted_is_finished(
    tmp_path: Path,
) -> None:
    """The same export killed one step later, at its rename: its two letters are counted
    (the three old ones taken back), so the start finishes it."""
    from uawriter.exporting import finish_interrupted_exports

    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    combined = out / "all.pdf"
    assert run_uawriter(data, *EXPORT, "--combined", str(combined)).returncode == 0
    two = ["--to", "president,foreign-minister", "--combined", str(combined), "--overwrite"]
    script = (KILLED_AT_RENAME + RUN_MAIN).format(suffix="all.pdf")
    assert run_uawriter(data, *EXPORT, *two, script=script).returncode == -9
    (waiting,) = out.glob(".*.uawriter.tmp")
    new_pdf = waiting.read_bytes()

    finish_interrupted_exports(TallyBook(data / "tally.jsonl"))

    assert combined.read_bytes() == new_pdf
    assert {r.addressee_id for r in _letters(data)} == {"president", "foreign-minister"}


def test_a_killed_draft_pack_leaves_no_hidden_folder_for_good(tmp_path: Path) -> None:
    """``draft-pack --out FOLDER`` killed before its rename left a hidden ``.FOLDER-xxxx``
    beside the organiser's output for good (visible on Windows). The next write of a pack
    there removes what a killed one left, and never a folder that is not this app's."""
    source = ROOT / "tests" / "data" / "drafting" / "ua-129-10-update3.txt"
    stick = tmp_path / "stick"
    stick.mkdir()
    theirs = stick / ".photos-abcdefgh"  # not the app's: kept
    theirs.mkdir()
    to_output = "str(args[1]).endswith('tonight')"
    script = KILLED_WHEN.format(name="rename", test=to_output) + RUN_MAIN
    argv = ["draft-pack", str(source), "--out"]
    killed = run_uawriter(tmp_path / "data", *argv, str(stick / "tonight"), script=script)
    assert killed.returncode == -9, killed.stderr
    (left,) = (path for path in stick.iterdir() if path != theirs)
    assert left.name.startswith(".tonight")
    assert (left / "pack" / "pack.toml").is_file()

    again = run_uawriter(tmp_path / "data", *argv, str(stick / "tomorrow"))

    assert "Wrote the draft pack" in again.stdout, again.stderr  # (1: contacts_checked to fill)
    assert sorted(path.name for path in stick.iterdir()) == [".photos-abcdefgh", "tomorrow"]
    assert (stick / "tomorrow" / "pack.toml").is_file()


@pytest.fixture
def fat_stick(tmp_path: Path) -> Iterator[Path]:
    """A FAT16 stick image mounted through FUSE (fusefat): names that differ only in case are
    one file, and each spelling has its own inode number."""
    import shutil

    if shutil.which("fusefat") is None or shutil.which("mkfs.vfat") is None:
        pytest.skip("fusefat and dosfstools are not installed (scripts/system-deps installs them)")
    if not os.path.exists("/dev/fuse"):
        pytest.skip("this machine has no /dev/fuse")
    image, mount = tmp_path / "stick.img", tmp_path / "stick"
    mount.mkdir()
    with image.open("wb") as handle:
        handle.truncate(32 * 1024 * 1024)
    subprocess.run(["mkfs.vfat", "-F", "16", str(image)], check=True, capture_output=True)
    mounting = ["fusefat", "-o", "rw+", str(image), str(mount)]
    mounted = subprocess.run(mounting, check=False, capture_output=True, text=True)
    if mounted.returncode != 0 or not os.path.ismount(mount):  # a container without FUSE
        pytest.skip(f"this machine cannot mount through FUSE: {mounted.stderr.strip()[-200:]}")
    try:
        yield mount
    finally:
        for unmount in (["fusermount", "-u"], ["fusermount3", "-u"], ["umount"]):
            if not shutil.which(unmount[0]):
                continue
            if subprocess.run([*unmount, str(mount)], check=False).returncode == 0:
                break


def test_a_file_replaced_under_another_spelling_on_a_fuse_stick_is_counted_once(
    fat_stick: Path, tmp_path: Path
) -> None:
    """On a FAT stick mounted through FUSE, "one PDF" exported to all.pdf and then again over
    it as ALL.pdf (the volunteer said yes to "replace?") counted its letters twice: 6 letters
    written, one file of 3. Each spelling had its own inode number, so the tally did not see
    one file; a folder listing only one of two spellings is now one file."""
    data = tmp_path / "data"
    first = run_uawriter(data, *EXPORT, "--combined", str(fat_stick / "all.pdf"))
    assert first.returncode == 0, first.stderr
    assert os.stat(fat_stick / "all.pdf").st_ino != os.stat(fat_stick / "ALL.pdf").st_ino

    again = [*EXPORT, "--combined", str(fat_stick / "ALL.pdf"), "--overwrite"]
    second = run_uawriter(data, *again)

    assert second.returncode == 0, second.stderr
    assert len(os.listdir(fat_stick)) == 1
    assert len(_letters(data)) == 3


def test_two_spellings_on_a_disk_that_keeps_case_are_two_files_counted_apart(
    tmp_path: Path,
) -> None:
    """Where case is kept (a Linux disk), all.pdf and ALL.pdf are two files: exporting the
    second takes back none of the first's letters."""
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    for name in ("all.pdf", "ALL.pdf"):
        done = run_uawriter(data, *EXPORT, "--combined", str(out / name), "--overwrite")
        assert done.returncode == 0, done.stderr
    assert sorted(os.listdir(out)) == ["ALL.pdf", "all.pdf"]
    assert len(_letters(data)) == 6


def _printed(count: int) -> list[LetterRecord]:
    """``count`` letters printed earlier in the evening (no file), about 400 bytes each."""
    from uawriter.storage.tally import Channel, new_id, now_text

    name = "President of Kazakhstan " * 12
    return [
        LetterRecord(new_id(), now_text(), "", "", "129/10", 3, SEED_ID, "president", name,
                     Channel.POST, "kk", 2)
        for _ in range(count)
    ]  # fmt: skip


@pytest.mark.parametrize("earlier", [0, 800], ids=["a new tally", "a tally of 300 kB"])
def test_zeros_a_power_cut_leaves_in_a_replacing_export_never_finish_it_uncounted(
    tmp_path: Path, earlier: int
) -> None:
    """A power cut can leave zeros over part of the records an export appended, its last
    line whole (a torn 512-byte sector, the start of the append). The whole tally then
    counts none of them, but the start read only the tally's last part, took them for a
    batch begun before that part, and finished the waiting file: the file held two letters,
    the tally counted the three it replaced. What a start finishes is now counted."""
    from uawriter.exporting import finish_interrupted_exports

    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    tally = data / "tally.jsonl"
    TallyBook(tally).record(_printed(earlier))
    combined = out / "all.pdf"
    assert run_uawriter(data, *EXPORT, "--combined", str(combined)).returncode == 0
    old_pdf = combined.read_bytes()
    before = tally.read_bytes()
    two = ["--to", "president,foreign-minister", "--combined", str(combined), "--overwrite"]
    script = (KILLED_AT_RENAME + RUN_MAIN).format(suffix="all.pdf")
    assert run_uawriter(data, *EXPORT, *two, script=script).returncode == -9
    appended = tally.read_bytes()[len(before) :]
    (waiting,) = out.glob(".*.uawriter.tmp")
    new_pdf = waiting.read_bytes()
    last_line = appended.rstrip(b"\n").rfind(b"\n") + 1

    damages = {
        "the start zeroed": b"\0" * 300 + appended[300:],
        "all but the last line zeroed": b"\0" * last_line + appended[last_line:],
        "a sector in the middle zeroed": appended[:200] + b"\0" * 512 + appended[712:],
    }
    for damage, damaged in damages.items():
        assert len(damaged) == len(appended)
        tally.write_bytes(before + damaged)
        waiting.write_bytes(new_pdf)
        combined.write_bytes(old_pdf)

        finish_interrupted_exports(TallyBook(tally))

        counted = [r for r in _letters(data) if Path(r.file) == combined]
        assert len(counted) == 3, damage  # the batch is counted whole or not at all
        assert combined.read_bytes() == old_pdf, damage  # so the file holds those three
        assert not waiting.exists(), damage


def test_the_morning_report_finishes_an_export_killed_after_it_was_counted(
    tmp_path: Path,
) -> None:
    """An export killed after its letters were counted, before its file took its name, was
    finished only by the window's start or the next export: ``uawriter tally`` the morning
    after reported letters whose file still waited, hidden, under another name."""
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    combined = out / "all.pdf"
    script = (KILLED_AT_RENAME + RUN_MAIN).format(suffix="all.pdf")
    assert run_uawriter(data, *EXPORT, "--combined", str(combined), script=script).returncode == -9
    assert combined.stat().st_size == 0  # its name claimed, its letters waiting beside it

    report = run_uawriter(data, "tally")

    assert report.returncode == 0, report.stderr
    assert "3" in report.stdout
    assert len(PdfReader(combined).pages) >= 3
    assert list(out.glob(".*")) == []


@pytest.mark.parametrize(
    "line",
    [
        "{{ talking_points[1] }}",  # the volunteer unticked points
        "{% if sender.name %}{{ sender.name.split()[1] }}{% endif %}",  # a one-word name
        '{% if date.endswith("2000") %}{% else %}{{ talking_points[9] }}{% endif %}',  # a date
    ],
    ids=["points unticked", "a one-word name", "another date"],
)
def test_a_letter_that_breaks_for_what_a_volunteer_chooses_is_a_problem_at_import(
    tmp_path: Path, line: str
) -> None:
    """The check of a pack's letters filled them with every talking point, a two-word
    sender and one date: a template taking the second point, the sender's second name or
    another date passed `validate` and `import`, then failed every letter of the evening
    for the volunteer who unticked a point, signed "Aigerim" or wrote on another day. It
    now checks the letters as volunteers write them: some points, one word, other dates."""
    pack = copy_bundled_pack(SEED_ID, tmp_path, "tricky")
    edit_manifest(pack, f'id = "{SEED_ID}"', 'id = "tricky"')
    english = pack / "letters" / "en.txt"
    english.write_text(line + "\n" + english.read_text(encoding="utf-8"), encoding="utf-8")

    checked = run_uawriter(tmp_path / "data", "validate", str(pack))

    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "letters/en.txt: line 1:" in checked.stdout + checked.stderr


def test_control_characters_typed_in_the_senders_details_never_reach_the_paper(
    tmp_path: Path,
) -> None:
    """A phone number pasted from a terminal put its escape sequence, a bell and a
    direction override on the fax cover sheet sent to an official (missing-glyph boxes, the
    text after it backwards): the phone was the one detail nothing cleaned."""
    out = tmp_path / "fax.pdf"
    typed = ["--sender-phone", "+49 \x1b[2J\u202e 30 123\x07", "--sender-address", "a\x1bb;\u202ec"]
    done = run_uawriter(
        tmp_path / "data", *EXPORT, "--to", "president", *typed, "--combined", str(out)
    )

    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "+49 [2J 30 123" in text
    assert not any(c in text for c in "\x1b\x07\u202e\x00")


def test_an_export_stopped_part_way_says_which_letters_were_saved(
    tmp_path: Path, packs: dict[str, Pack]
) -> None:
    """A stick filled up (or was pulled) after 11 of 20 letters: the window said only "The
    letters could not be saved … choose another folder", and exporting again as told wrote
    and counted the 11 twice. The engine now says which were saved and counted."""
    from uawriter.engine import Letter, compose
    from uawriter.exporting import WrittenInPart, export_separately

    pack, sender, date = packs[SEED_ID], Sender("Volunteer"), dt.date(2026, 12, 4)
    letters = [
        Letter(pack, a, "ru", compose(pack, a.id, "ru", sender, date), True)
        for a in pack.addressees
    ]
    folder, book = tmp_path / "stick", TallyBook(tmp_path / "tally.jsonl")

    def pulled(done: int, _total: int) -> None:
        if done == 1:  # the stick is pulled after the first letter
            folder.rename(tmp_path / "elsewhere")

    with pytest.raises(WrittenInPart) as stopped:
        export_separately(letters, folder, sender, date, tally=book, progress=pulled)

    (saved,) = stopped.value.written
    assert saved.parent == folder
    assert (tmp_path / "elsewhere" / saved.name).is_file()
    assert [Path(r.file) for r in book.read().letters] == [saved]
    assert str(folder) in str(stopped.value.filename)


def test_a_draft_no_letter_could_be_is_set_aside_not_opened(tmp_path: Path) -> None:
    """A saved draft holding one unbroken run of 200,000 characters froze the window for
    14 s when the volunteer chose to go on with it (a million: minutes), at every start.
    Such a draft is set aside (kept) and not offered; a long letter of words still is, and
    Next volunteer removes what was set aside with the rest of the drafts."""
    from uawriter.storage.drafts import Draft, DraftStore

    drafts = tmp_path / "drafts"
    store = DraftStore(drafts)
    words = "Dear Sir,\n\n" + "free them now " * 10_000
    store.save(Draft(SEED_ID, "en", "president", ("president",), (), "", words))
    assert store.load() is not None
    assert store.load().text == words  # type: ignore[union-attr]

    store.save(Draft(SEED_ID, "en", "president", ("president",), (), "", "W" * 200_000))

    assert store.load() is None
    (kept,) = drafts.glob("current.json.broken-*")
    assert store.set_aside == kept  # named in the window's warning of files set aside
    assert b"W" * 1000 in kept.read_bytes()
    store.clear_all()
    assert list(drafts.rglob("*.json*")) == []


@pytest.mark.parametrize("damaged", [False, True], ids=["whole", "a sector zeroed"])
def test_a_batch_longer_than_the_tail_a_start_reads_is_finished_only_when_counted(
    tmp_path: Path, damaged: bool
) -> None:
    """A combined export of 200 letters at the field limits appends one batch of 750 kB.
    A power cut that zeroed a sector in its first part made the whole tally count none of
    it, but the start read only the last 256 kB, saw the letters of the waiting file and
    finished it: 1,508 pages on the stick, none counted (probe 19)."""
    from uawriter.exporting import finish_interrupted_exports
    from uawriter.storage.tally import Channel, new_id, now_text

    out = tmp_path / "out"
    out.mkdir()
    combined = out / "all.pdf"
    done = run_uawriter(tmp_path / "other", *EXPORT, "--combined", str(combined))
    assert done.returncode == 0, done.stderr
    waiting = out / ".all.pdf.k3x9q2aa.uawriter.tmp"
    combined.rename(waiting)  # its letters counted, killed before the rename
    combined.touch()  # the name claimed empty, as a new file's is
    tally = tmp_path / "tally.jsonl"
    name = "Minister of Foreign Affairs " * 12
    letters = [
        LetterRecord(new_id(), now_text(), "", "", "129/10", 3, SEED_ID, "foreign-minister",
                     name, Channel.FAX, "ru", 2, str(combined), 2 * n, waiting.name)
        for n in range(800)
    ]  # fmt: skip
    TallyBook(tally).record(letters)
    assert tally.stat().st_size > 300 * 1024
    if damaged:
        raw = bytearray(tally.read_bytes())
        raw[4096 : 4096 + 512] = bytes(512)
        tally.write_bytes(bytes(raw))

    finish_interrupted_exports(TallyBook(tally))

    counted = TallyBook(tally).read().letters
    assert not waiting.exists()
    if damaged:  # counted none: the waiting file and its empty claim go
        assert counted == ()
        assert not combined.exists()
    else:  # counted all: finished under its name
        assert len(counted) == 800
        assert len(PdfReader(combined).pages) >= 3

"""Probe 30 (an attacker's tally files, packs edited by hand, Urgent Actions from stdin
and from older computers) and probe 31 F3 (a full stick): what each found, and what must
hold instead."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import ROOT, SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from qt_helpers import editor_discarded
from uawriter.app import build_main_window
from uawriter.gui.pack_editor import PackEditor
from uawriter.paths import AppPaths
from uawriter.storage.json_store import load_json

#: A hand count as a laptop writes it.
COUNT = {
    "type": "extra",
    "v": 1,
    "id": "count-1",
    "time": "2026-12-10T19:40:00+01:00",
    "event_id": "ev",
    "event": "Write for Rights",
    "ua": "129/10",
    "update": 3,
    "pack_id": SEED_ID,
    "kind": "handwritten",
    "count": 12,
}


def _line(**fields: object) -> str:
    return json.dumps({**COUNT, **fields})


def test_a_number_of_5000_digits_is_a_damaged_line_not_a_traceback(tmp_path: Path) -> None:
    """Python reads no whole number of more than 4,300 digits: the line's ValueError was
    not the JSON error the reader skips, and merge, `tally`, every export and the window's
    start ended in a traceback."""
    huge = _line(id="count-2").replace('"count": 12', '"count": ' + "1" * 5000)
    stick = tmp_path / "laptop-b.jsonl"
    stick.write_text(_line() + "\n" + huge + "\n", encoding="utf-8")
    data = tmp_path / "data"

    merged = run_uawriter(data, "tally", "merge", str(stick))

    assert merged.stdout == f"{stick}: 1 added, 0 already counted\n"
    assert merged.stderr == "  skipped: laptop-b.jsonl: line 2 is damaged; skipped\n"
    # the same line in the laptop's own tally: the rest is read, letters still go out
    with (data / "tally.jsonl").open("a", encoding="utf-8") as tally:
        tally.write(huge + "\n")
    totals = run_uawriter(data, "tally")
    assert totals.returncode == 0, totals.stderr
    assert "Counted by hand: handwritten 12" in totals.stdout
    out = tmp_path / "letters"
    exported = run_uawriter(
        data, "export", "--pack", SEED_ID, "--lang", "en", "--channel", "post", "--out", str(out)
    )
    assert exported.returncode == 0, exported.stderr
    assert len(list(out.glob("*.pdf"))) == 3


@pytest.mark.parametrize("field", ["addressee", "event", "id"])
def test_half_of_a_character_is_not_merged(tmp_path: Path, field: str) -> None:
    """JSON may hold half of a character ("\\ud800"): the record was merged, and from then
    on the section's CSV ended in UnicodeEncodeError, with no way to take it out."""
    letter = {
        **COUNT,
        "type": "letter",
        "id": "letter-1",
        "addressee_id": "president",
        "addressee": "President",
        "channel": "post",
        "language": "en",
        "pages": 2,
    }
    letter[field] = "Pres\ud800ident"
    pair = {**letter, "id": "letter-2", field: "Smile \U0001f600"}  # a whole one: kept
    stick = tmp_path / "laptop-b.jsonl"
    stick.write_text(json.dumps(letter) + "\n" + json.dumps(pair) + "\n", encoding="utf-8")
    data = tmp_path / "data"

    merged = run_uawriter(data, "tally", "merge", str(stick))

    assert merged.stdout.endswith(": 1 added, 0 already counted\n")
    assert merged.stderr == (
        "  skipped: laptop-b.jsonl: line 1 holds half of a character (\\ud800); skipped\n"
    )
    report = tmp_path / "tonight.csv"
    made = run_uawriter(data, "tally", "--csv", str(report))
    assert made.returncode == 0, made.stderr
    assert "\U0001f600" in report.read_text("utf-8-sig") or field == "id"


def test_a_cache_with_half_a_character_is_set_aside(tmp_path: Path) -> None:
    """A cache is built again; a volunteer's own file is mended (test_thirty_third_probe)."""
    index = tmp_path / "pack_index.json"
    index.write_text('{"title": "T \\ud800"}', encoding="utf-8")

    loaded = load_json(index, mend=False)

    assert loaded.data == {}
    assert loaded.set_aside is not None
    assert loaded.set_aside.read_text("utf-8") == '{"title": "T \\ud800"}'


PUBLIC_PDF = ROOT / "tests" / "data" / "drafting" / "public" / "amnesty-2017-template-test.pdf"
FRENCH = ROOT / "tests/data/drafting/layouts/fr-section/lookalike-action-complementaire.txt"


def _draft_from_stdin(data: Path, given: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "uawriter", "draft-pack", "-"],
        input=given,
        capture_output=True,
        env={"UAWRITER_DATA_DIR": str(data), "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_the_standard_input_is_read_as_a_file_is(tmp_path: Path) -> None:
    """`draft-pack -`, which --help offers, decoded every input as UTF-8: a PDF piped in
    was drafted from its PDF syntax, and Windows-1252 text lost every accent."""
    from_file = run_uawriter(tmp_path / "data", "draft-pack", str(PUBLIC_PDF))
    piped = _draft_from_stdin(tmp_path / "data", PUBLIC_PDF.read_bytes())

    assert piped.returncode == from_file.returncode == 0
    assert piped.stdout.decode("utf-8").splitlines()[1:] == from_file.stdout.splitlines()[1:]
    assert "%PDF" not in piped.stdout.decode("utf-8")

    french = FRENCH.read_text("utf-8").encode("cp1252")
    text = _draft_from_stdin(tmp_path / "data", french).stdout.decode("utf-8")
    assert "Le journaliste condamné à trois ans de prison" in text
    assert "read as Windows-1252" in text


@pytest.mark.parametrize(
    ("codec", "label"), [("mac_roman", "Mac OS Roman"), ("cp850", "DOS code page 850")]
)
def test_an_urgent_action_saved_on_an_older_mac_or_in_dos(
    tmp_path: Path, codec: str, label: str
) -> None:
    """Read as Windows-1252, "é" was "Ž" (a Mac's) or "‚" (DOS): the French phrases no
    longer matched, and the draft had no addressee, no points and no update number."""
    given = tmp_path / "ua.txt"
    given.write_bytes(FRENCH.read_text("utf-8").encode(codec))
    reference = json.loads(run_uawriter(tmp_path / "d", "draft-pack", str(FRENCH), "--json").stdout)

    done = run_uawriter(tmp_path / "d", "draft-pack", str(given), "--json")

    assert done.returncode == 0, done.stderr
    draft = json.loads(done.stdout)
    assert draft["fields"] == reference["fields"]
    (note,) = draft["notes"]["input"]
    assert note.startswith(f"not UTF-8 (first at line 2): read as {label}; check accented")


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ('revision = "two"', "revision"),
        ("revision = 5000000000", "revision"),
        ("revision = [1]", "revision"),
        ('update = "3rd"', "action.update"),
    ],
)
def test_the_editor_opens_a_pack_whose_numbers_were_typed_by_hand(
    qtbot: QtBot, tmp_path: Path, typed: str, field: str
) -> None:
    """The window had read the pack; then its pack.toml was edited by hand, and Packs ▸
    Edit this pack ended in an "unexpected error": the tool to put it right did not open."""
    data = tmp_path / "data"
    mine = copy_bundled_pack(SEED_ID, data / "packs", "my-pack")
    edit_manifest(mine, f'id = "{SEED_ID}"', 'id = "my-pack"')
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_main_window(app, AppPaths(data))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "unexported", False))
    window.show()
    qtbot.waitUntil(lambda: "my-pack" in window.packs)
    window.choose_pack("my-pack")
    qtbot.waitUntil(lambda: window.pack is not None and window.pack.id == "my-pack")
    before = "revision = 1" if field == "revision" else "update = 3"
    edit_manifest(mine, before, typed)

    editor = window.pack_menu.edit_pack()

    assert isinstance(editor, PackEditor)
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    assert (editor.action_tab.revision.value(), editor.action_tab.update_number.value()) == (
        (1, 3) if field == "revision" else (1, 0)
    )
    qtbot.waitUntil(lambda: not editor.checking)
    assert [p.field for p in editor.problems if p.field == field] == [field]
    assert typed in (mine / "pack.toml").read_text("utf-8")  # kept until changed there


def test_a_full_stick_names_the_letter_that_did_not_fit(tmp_path: Path, small_stick: Path) -> None:
    """The stick filled up: "could not write …President… en post.pdf: No space left" named
    the first volunteer's letter, which was there and whole, not the "(2)" being written."""
    data = tmp_path / "data"
    letter = ["export", "--pack", SEED_ID, "--lang", "en", "--channel", "post", "--to"]
    first = run_uawriter(data, *letter, "president", "--out", str(small_stick))
    assert first.returncode == 0, first.stderr
    (written,) = small_stick.glob("*.pdf")
    kept = {written: written.read_bytes()}

    for number in range(2, 20):  # volunteers one after another, until it is full
        again = run_uawriter(data, *letter, "president", "--out", str(small_stick))
        if again.returncode != 0:
            break
        numbered = written.with_name(f"{written.stem} ({number}).pdf")
        kept[numbered] = numbered.read_bytes()
    else:
        pytest.fail("the stick never filled up")

    assert again.returncode == 1
    numbered = written.with_name(f"{written.stem} ({number}).pdf")
    assert f"could not write {numbered}: No space left on device" in again.stderr
    assert {path: path.read_bytes() for path in small_stick.iterdir()} == kept


@pytest.mark.parametrize("digest_end", ["é", "Z", "0" * 70])
def test_an_event_file_whose_pin_hash_is_not_one_is_set_aside(
    tmp_path: Path, digest_end: str
) -> None:
    """A hand edit or damage put "é" in the PIN's hash: the event loaded, and typing the
    PIN ended in a TypeError; any other hash that is not hex could never match, and the
    organiser could not end the event."""
    from uawriter.storage import event as event_store
    from uawriter.storage.tally import EventInfo

    path = tmp_path / "event.json"
    running = event_store.start(path, EventInfo.new("Write for Rights"), "123456")
    assert event_store.check_pin(running, "123456")
    data = json.loads(path.read_text("utf-8"))
    data["pin"]["hash"] = data["pin"]["hash"][: -len(digest_end[:1])] + digest_end
    damaged = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path.write_bytes(damaged)

    loaded = event_store.load(path)

    assert loaded.event is None
    assert loaded.set_aside is not None
    assert loaded.set_aside.read_bytes() == damaged
    assert not path.exists()


def test_a_pack_whose_letters_failed_is_not_composed_again_at_each_start(
    tmp_path: Path,
) -> None:
    """A pack copied into packs/ by hand whose letters take a minute to fail their check
    (loops within every bound) kept the window's list empty for that minute at every start:
    only a pack that passed was remembered. What failed is remembered too, with its
    problems, until its files change."""
    from uawriter.engine import load_catalog
    from uawriter.packs.loader import BrokenPack

    paths = AppPaths(tmp_path / "data")
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, "loops")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "loops"')
    letter = next((folder / "letters").glob("*.txt"))
    letter.write_text("{% for i in range(10**8) %}{% endfor %}", encoding="utf-8")

    (broken,) = [b for b in load_catalog(paths).broken if b.path.name == "loops"]
    assert isinstance(broken, BrokenPack)
    stored = json.loads(paths.checked_packs_file.read_text("utf-8"))
    (entry,) = stored["failed"].values()
    assert [p[0] for p in entry["problems"]] == [f"loops/letters/{letter.name}"]

    # what the next start shows is what was kept, not composed again
    entry["problems"][0][2] = "kept from the last start"
    paths.checked_packs_file.write_text(json.dumps(stored), encoding="utf-8")
    (again,) = [b for b in load_catalog(paths).broken if b.path.name == "loops"]
    assert [p.message for p in again.problems] == ["kept from the last start"]

    # kept by another version of the app (its check since put right): checked again
    entry["by"] = "0.0.1"
    paths.checked_packs_file.write_text(json.dumps(stored), encoding="utf-8")
    (rechecked,) = [b for b in load_catalog(paths).broken if b.path.name == "loops"]
    assert [p.message for p in rechecked.problems] != ["kept from the last start"]

    # put right: checked again, and it passes
    shutil.copy(ROOT / "resources" / "packs" / TRAINING_ID / "letters" / letter.name, letter)
    catalog = load_catalog(paths)
    assert "loops" in [p.id for p in catalog.packs]
    assert "failed" not in json.loads(paths.checked_packs_file.read_text("utf-8"))


@pytest.mark.parametrize(
    "text",
    [
        "Die Behörden halten „den Journalisten“ seit März fest. Bitte setzen Sie sich ein.",
        "Mr Ján Šuster of Žilina was detained; his lawyer, Ms Šárka Novotná, was not told.",
        "Sehr geehrter Herr Präsident, bitte sorgen Sie dafür, dass Herr Müller freikommt.",
        "¿Por qué? ¡Libertad ya! El señor Pérez, acción número 3º, señoría.",
        "Amnesty International® † died in custody ‰ rate ‹quote›",  # probe 33: read as DOS
        "Held since 2019¹ for 2½ years; ¼ of the cells",  # probe 34: read as Cyrillic
        "Amnesty International¹ — see note ¹",
    ],
)
def test_windows_text_with_quotes_and_czech_names_is_read_as_windows(
    tmp_path: Path, text: str
) -> None:
    """German „quotes“ or a Czech name (Š, Ž) in a Windows-1252 file tipped the choice to
    Mac OS Roman: "Behˆrden", "Ñden Journalistenì", "J·n äuster" (probe 32 F1). Another
    encoding is chosen only when it is clearly better."""
    from uawriter.drafting.source import read_source

    given = tmp_path / "ua.txt"
    given.write_bytes(text.encode("cp1252"))

    source = read_source(given)

    assert source.text == text
    assert source.notes[0].startswith("not UTF-8 (first at line 1): read as Windows-1252")

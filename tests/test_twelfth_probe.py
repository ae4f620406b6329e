"""What the twelfth and thirteenth probes found, each with the input that showed it (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run_uawriter
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import LetterRecord

ROOT = Path(__file__).resolve().parent.parent

# -- drafting: regular expressions with two runs of white space side by side -----------------


@pytest.mark.parametrize("blank", ["\n", " ", "\t"])
def test_a_number_label_followed_by_a_run_of_white_space_is_drafted(blank: str) -> None:
    """ "UA", then 40,000 line breaks and no number (47 s): "\\s*:?\\s*" tried every way of
    sharing the run between its two halves, inside one call the drafting budget cannot stop."""
    from uawriter.drafting import draft_from_text

    draft = draft_from_text("URGENT ACTION\nTitle here\nUA" + blank * 40_000 + "x\n")
    assert draft.lines


# -- the tally: two merges of one file at once ------------------------------------------------


def _laptop_tally(path: Path, letters: int) -> None:
    from uawriter.storage.tally import TallyBook

    TallyBook(path).record(_records(letters))


def _records(letters: int) -> list[LetterRecord]:
    from uawriter.storage.tally import Channel, LetterRecord, new_id

    return [
        LetterRecord(
            id=new_id(),
            time="2026-12-04T19:30:00+01:00",
            event_id="e1",
            event="Write for Rights",
            ua="129/10",
            update=3,
            pack_id="ua-129-10-u3",
            addressee_id=f"official-{n % 3}",
            addressee="The Prosecutor General",
            channel=Channel.FAX,
            language="ru",
            pages=2,
        )
        for n in range(letters)
    ]


def test_a_record_written_twice_is_counted_once(tmp_path: Path) -> None:
    from uawriter.storage.tally import TallyBook

    book = TallyBook(tmp_path / "tally.jsonl")
    _laptop_tally(book.path, 3)
    lines = book.path.read_bytes().splitlines(keepends=True)
    book.path.write_bytes(b"".join([*lines, lines[1]]))

    assert len(book.read().letters) == 3


def test_two_merges_of_one_file_at_once_count_each_letter_once(tmp_path: Path) -> None:
    """Both merges read the tally before either wrote: both said "30000 added", and the
    organiser's report counted 60,000 letters."""
    from uawriter.storage.tally import TallyBook

    laptop_b = tmp_path / "laptop-b.jsonl"
    _laptop_tally(laptop_b, 5_000)
    data = tmp_path / "data"
    data.mkdir()
    env = {**os.environ, "UAWRITER_DATA_DIR": str(data)}
    for _round in range(2):
        merges = [
            subprocess.Popen(
                [sys.executable, "-m", "uawriter", "tally", "merge", str(laptop_b)],
                env=env,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        said = [merge.communicate(timeout=120) for merge in merges]
        assert [merge.returncode for merge in merges] == [0, 0], said
        tally = data / "tally.jsonl"
        assert len(tally.read_bytes().splitlines()) == 5_000, said  # not written twice
        assert len(TallyBook(tally).read().letters) == 5_000


# -- the command line at an event: a damaged event file, a tally that cannot be written -------


EXPORT = ["export", "--pack", "training-valdoria", "--lang", "es", "--sender-name", "A. B."]


def test_a_damaged_event_file_is_named_when_an_export_sets_it_aside(tmp_path: Path) -> None:
    """Cut in half by a power cut, the event file was set aside in silence: the letters were
    counted outside the event and the organiser's report came up short the next morning."""
    from uawriter.storage.event import CurrentEvent, hash_pin, save
    from uawriter.storage.tally import EventInfo, TallyBook

    data = tmp_path / "data"
    event_file = data / "event.json"
    data.mkdir()
    save(event_file, CurrentEvent(info=EventInfo.new("Write for Rights"), pin=hash_pin("2468")))
    raw = event_file.read_bytes()
    event_file.write_bytes(raw[: len(raw) // 2])

    done = run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out"))

    assert done.returncode == 0, done.stderr
    (aside,) = data.glob("event.json.*")
    assert f"the event file {event_file} was damaged and is set aside as {aside}" in done.stderr
    assert "counted without an event" in done.stderr
    assert "Traceback" not in done.stderr
    (record,) = TallyBook(data / "tally.jsonl").read().letters
    assert record.event == ""


def test_no_letter_is_written_when_the_tally_cannot_count_it(tmp_path: Path) -> None:
    """A tally that cannot be written (here a folder in its place; a write-protected stick
    is the same): every letter was written, none counted, exit status 0, all evening."""
    data = tmp_path / "data"
    (data / "tally.jsonl").mkdir(parents=True)
    out = tmp_path / "out"

    done = run_uawriter(data, *EXPORT, "--out", str(out))

    assert done.returncode == 1
    assert not out.exists() or list(out.iterdir()) == []
    assert f"the tally {data / 'tally.jsonl'} cannot be written (not a regular file)" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_tally_record_cut_off_by_a_full_disk_is_taken_back(tmp_path: Path) -> None:
    """The disk filled up half way through a record: the part written stayed, and was later
    reported as a line "cut short (the app stopped while writing it)". The limit on a
    process's file size makes the system refuse the write the same way a full disk does."""
    from uawriter.storage.tally import TallyBook

    tally = tmp_path / "tally.jsonl"
    _laptop_tally(tally, 2)
    before = tally.read_bytes()
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"limit = ({len(before) + 100}, resource.RLIM_INFINITY)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, limit)\n"
        "sys.path.insert(0, 'tests')\n"
        "from pathlib import Path\n"
        "from test_twelfth_probe import _laptop_tally\n"
        "try:\n"
        f"    _laptop_tally(Path({str(tally)!r}), 1)\n"
        "except OSError as exc:\n"
        "    print(exc.strerror)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )

    assert done.stdout.strip() == "File too large", done.stderr
    assert tally.read_bytes() == before
    contents = TallyBook(tally).read()
    assert len(contents.letters) == 2
    assert contents.notes == ()


# -- drafting and imports: more texts that grew with their square, and CSV errors ------------


def test_a_long_run_of_hyphenated_capitals_is_drafted() -> None:
    """ "A-A-A-…" (80,000 characters: 30 s): a run of capital words was looked for from every
    letter, each time to the end of the token."""
    from uawriter.drafting import draft_from_text

    draft = draft_from_text("URGENT ACTION\nTitle here\n" + "A-" * 100_000 + "\n")
    assert draft.lines


def test_an_address_line_of_many_commas_is_split_in_one_pass() -> None:
    """The head of the line was joined again for each comma (40,000 commas: 10 s)."""
    from uawriter.drafting.fields.names import _split_address_line

    line = "15 Avenida " + "a," * 200_000 + "b"
    assert _split_address_line(line) == [line]
    assert _split_address_line("35, No 1 Street, Astana 010000") == [
        "35, No 1 Street",
        "Astana 010000",
    ]


def test_a_postage_table_of_one_column_is_read() -> None:
    """A table of one column has no separator to find: csv's guess failed with a traceback
    and the postage dialog said nothing."""
    from uawriter.storage.postage import read_csv

    assert sorted(read_csv("country\nKZ\nRU\n")) == ["KZ", "RU"]


@pytest.mark.parametrize("module", ["postage", "contact_files"])
def test_a_table_with_a_field_too_long_for_csv_is_a_problem(module: str) -> None:
    """A field over 128 KiB (within the 2 MiB a table may have): csv.Error escaped both
    imports as a traceback, and nothing was shown in the window."""
    if module == "postage":
        from uawriter.storage.postage import PostageProblem as Problem
        from uawriter.storage.postage import read_csv
    else:
        from uawriter.storage.contact_files import ContactFileProblem as Problem
        from uawriter.storage.contact_files import read_csv

    text = "country,title,name,organisation\nKZ,A,B," + "x" * 140_000 + "\n"
    with pytest.raises(Problem, match=r"cannot be read as a table .*field larger than field limit"):
        read_csv(text)


# -- a letter template damaged on the stick -----------------------------------------------------


@pytest.mark.parametrize("damage", ["zero-filled", "one NUL", "escape"])
def test_a_damaged_letter_template_is_a_problem(damage: str, tmp_path: Path) -> None:
    """A template filled with zero bytes (a power cut while it was copied) passed validate,
    and export wrote a blank letter, "Página 1 de 1", counted in the tally."""
    from helpers import TRAINING_ID, copy_bundled_pack
    from uawriter.engine import check_pack_folder
    from uawriter.packs.loader import BrokenPack

    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    letter = folder / "letters" / "es.txt"
    size = len(letter.read_bytes())
    if damage == "zero-filled":
        letter.write_bytes(b"\0" * size)
        line = 1
    else:
        text = letter.read_text(encoding="utf-8").splitlines(keepends=True)
        text[2] = text[2].rstrip("\n") + ("\0" if damage == "one NUL" else "\x1b[2J") + "\n"
        letter.write_text("".join(text), encoding="utf-8")
        line = 3

    result = check_pack_folder(folder)

    assert isinstance(result, BrokenPack)
    (problem,) = [p for p in result.problems if p.file.endswith("letters/es.txt")]
    assert problem.field == f"line {line}"
    assert "holds a control character" in problem.message
    assert "copy it again" in problem.message


# -- the window's lock ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["folder", "link to itself"])
def test_a_window_lock_that_is_not_a_file_is_set_aside(kind: str, tmp_path: Path) -> None:
    """A folder (or a link going round in a circle) in place of window.lock: "UA Writer is
    already open" at every start, for ever, and no file named."""
    from uawriter.app import hold_data_folder
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    where = paths.data_dir / "window.lock"
    if kind == "folder":
        where.mkdir()
    else:
        where.symlink_to(where)

    lock = hold_data_folder(paths)

    assert lock is not None
    try:
        assert where.is_file()
        (aside,) = paths.data_dir.glob("window.lock.broken-*")
        assert aside.is_symlink() or aside.is_dir()
    finally:
        lock.unlock()


def test_an_import_cut_off_by_a_full_disk_names_where(tmp_path: Path) -> None:
    """ "could not write : No space left on device": no file, no folder. The limit on a
    process's file size makes the system refuse the unpacking the way a full disk does."""
    from helpers import TRAINING_ID
    from uawriter.bundled import bundled_packs_folder
    from uawriter.packs.archive import export_pack

    archive = tmp_path / "pack.uapack"
    export_pack(bundled_packs_folder() / TRAINING_ID, archive)
    data = tmp_path / "data"
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (2000, resource.RLIM_INFINITY))\n"
        "from uawriter.app import main\n"
        f"sys.exit(main(['import', {str(archive)!r}]))\n"
    )
    done = run_uawriter(data, script=script)

    assert done.returncode == 1, done.stderr
    assert f"could not write in the data folder {data}: File too large" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (data / "packs" / TRAINING_ID).exists()
    assert [p.name for p in data.iterdir() if p.name.startswith(".uawriter-import")] == []


def test_a_vcard_line_that_is_not_one_is_left_out_at_once() -> None:
    """vobject's pattern for a line took time doubling with each ";a" of a line without a
    value: 89 bytes, 11 s, with the window waiting; 97 bytes, three minutes."""
    from uawriter.storage.contact_files import read_vcards

    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN" + ";a" * 32 + "\nFN:Embassy of Kazakhstan\n"
        "TEL;TYPE=work,fax:+44 20 7584 8481\nX-BAD" + ";a" * 32 + ";@:x\nEND:VCARD\n"
    )
    (embassy,) = read_vcards(text)
    assert embassy.name == "Embassy of Kazakhstan"
    assert embassy.fax == "+44 20 7584 8481"


# -- the tally: a combined file replaced --------------------------------------------------------


def test_the_letters_of_a_combined_file_replaced_are_counted_once(tmp_path: Path) -> None:
    """A volunteer puts a typo right and exports the combined file again over the first:
    the tally said 6 letters, 18 pages, for one file of 3 letters, 9 pages, and "print
    tonight's letters" listed each letter twice. On the organiser's laptop too."""
    from pypdf import PdfReader

    from uawriter.storage.tally import TallyBook

    data = tmp_path / "data"
    combined = tmp_path / "out" / "tonight.pdf"
    combined.parent.mkdir()
    export = ["export", "--pack", "ua-129-10-u3", "--lang", "ru", "--combined", str(combined)]
    first = run_uawriter(data, *export, "--sender-name", "A. Volunteer")
    assert first.returncode == 0, first.stderr
    laptop = TallyBook(data / "tally.jsonl")
    sent_early = tmp_path / "early.jsonl"  # the tally carried to the organiser mid-evening
    laptop.export_to(sent_early)

    again = run_uawriter(data, *export, "--sender-name", "A. Volunteer", "--overwrite")

    assert again.returncode == 0, again.stderr
    letters = laptop.read().letters
    assert len(letters) == 3
    assert sum(r.pages for r in letters) == len(PdfReader(combined).pages)
    assert {r.file for r in letters} == {str(combined)}
    organiser = TallyBook(tmp_path / "organiser.jsonl")
    merge_into(organiser, sent_early)
    sent_late = tmp_path / "late.jsonl"
    laptop.export_to(sent_late)
    merge_into(organiser, sent_late)
    assert len(organiser.read().letters) == 3


# -- the thirteenth probe: a PDF stream that unpacks to tens of megabytes ---------------------


@pytest.mark.parametrize(
    "filler",
    [b"%", b" ", b"BI /W 1 /H 1 /BPC 8 /CS /G /L 1 ID " + b"E" * 2_100_000 + b" EI\n"],
    ids=["comment", "spaces", "inline-image"],
)
def test_a_pdf_page_unpacking_to_megabytes_is_refused_at_once(
    filler: bytes, tmp_path: Path
) -> None:
    """72 kB on disk, 74 MB of one comment (or of spaces) unpacked: pypdf skips a comment a
    byte at a time, in a loop the processor budget cannot look into (19 s); an inline image
    of 7.9 MB of "E" was searched for its end from every "E" (16 s)."""
    from test_eighth_probe import HELVETICA, UA_TEXT, _raw_pdf, _stream
    from uawriter.drafting import source
    from uawriter.drafting.model import DraftInputError

    path = tmp_path / "ua.pdf"
    path.write_bytes(
        _raw_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                _stream(UA_TEXT + filler * (30_000_000 // len(filler)) + b"\n" + UA_TEXT),
                HELVETICA,
            ]
        )
    )
    assert path.stat().st_size < 100_000

    with pytest.raises(DraftInputError, match="has a page with more than 2 MB of drawing"):
        source.read_source(path)


@pytest.mark.parametrize("command", ["envelopes", "labels"])
def test_envelopes_and_labels_warn_of_characters_no_font_has(command: str, tmp_path: Path) -> None:
    """An addressee named in Ethiopic: the envelope printed empty boxes for the name, and
    nothing said so (export warned, for the letter only)."""
    from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest

    data = tmp_path / "data"
    folder = copy_bundled_pack(TRAINING_ID, data / "packs", "ethiopic")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "ethiopic"')
    edit_manifest(folder, 'name = "Ms Elena Sartori"', 'name = "ሰላም"')
    size = ["--size", "dl"] if command == "envelopes" else ["--sheet", "l7160"]
    out = tmp_path / f"{command}.pdf"

    done = run_uawriter(data, command, "--pack", "ethiopic", *size, "--out", str(out))

    assert done.returncode == 0, done.stderr
    assert (
        "no bundled font has these characters, so they come out blank or as boxes on paper"
        in done.stderr
    )
    assert "ሰ (U+1230)" in done.stderr
    assert out.is_file()


def test_a_problem_with_a_key_of_400000_characters_shows_its_start(tmp_path: Path) -> None:
    """The field path quoted the whole key: validate printed 400 kB, and the window froze
    for 40 s laying out the broken pack's problem as one word."""
    from helpers import TRAINING_ID, copy_bundled_pack
    from uawriter.engine import check_pack_folder
    from uawriter.packs.loader import BrokenPack

    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    manifest = folder / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    key = '"' + "a" * 400_000 + '" = "t"\n'
    manifest.write_text(text.replace("[action.title]\n", "[action.title]\n" + key, 1), "utf-8")

    result = check_pack_folder(folder)

    assert isinstance(result, BrokenPack)
    assert max(len(str(problem)) for problem in result.problems) < 400
    assert any(p.field.startswith("action.title.aaaa") for p in result.problems)


def test_a_pack_at_the_documented_limits_is_checked_within_its_budget(tmp_path: Path) -> None:
    """200 addressees and 50 talking points, letters in 30 languages, each a plain letter:
    every addressee was filled in with three kinds of sender, and the pack ran out of the
    5,000,000 steps a pack check may take (it was refused, naming an innocent letter)."""
    import json

    from uawriter.engine import check_pack_folder
    from uawriter.packs.loader import BrokenPack

    langs = [
        "en",
        "fr",
        "de",
        "es",
        "it",
        "pt",
        "ru",
        "kk",
        "ar",
        "nl",
        "sv",
        "da",
        "nb",
        "fi",
        "pl",
        "cs",
        "sk",
        "sl",
        "hr",
        "sr",
        "bg",
        "uk",
        "ro",
        "hu",
        "el",
        "tr",
        "he",
        "fa",
        "hi",
        "bn",
    ]

    def local(prefix: str) -> str:
        return "{ " + ", ".join(f"{lang} = {json.dumps(prefix + lang)}" for lang in langs) + " }"

    manifest = [
        'format_version = 1\nid = "big"\nsource_language = "en"\ncontacts_checked = 2026-11-01',
        '[action]\nua_number = "1/26"\ntitle = { en = "A big pack" }\nsummary = { en = "S" }',
    ]
    manifest += [f'[[talking_points]]\nid = "p{n}"\ntext = {local("Point ")}' for n in range(50)]
    manifest += [
        f'[[addressees]]\nid = "a{n}"\nrole = "target"\nname = "Official {n}"\n'
        f'address = ["Street {n}", "Town"]\ncountry = "Land"\nsalutation = {local("Dear ")}'
        for n in range(200)
    ]
    folder = tmp_path / "big"
    (folder / "letters").mkdir(parents=True)
    (folder / "pack.toml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    letter = (
        "{{ date }}\n{% for line in addressee.postal_lines %}{{ line }}\n{% endfor %}\n"
        "{{ addressee.salutation }},\n{% for point in talking_points %}{{ point }}\n\n"
        "{% endfor %}Yours,\n{{ sender.name }}\n"
    )
    for lang in langs:
        (folder / "letters" / f"{lang}.txt").write_text(letter, encoding="utf-8")

    result = check_pack_folder(folder)

    assert not isinstance(result, BrokenPack), [str(p) for p in result.problems][:3]
    assert len(result.addressees) == 200


def test_a_combined_file_replaced_under_another_spelling_is_counted_once(tmp_path: Path) -> None:
    """ "o2/sub/../x.pdf", then "o2/x.pdf" with --overwrite: one file of 1 letter, and the
    tally said 4 (the records' paths were compared as text)."""
    from uawriter.storage.tally import TallyBook

    data, out = tmp_path / "data", tmp_path / "o2"
    (out / "sub").mkdir(parents=True)
    export = ["export", "--pack", "ua-129-10-u3", "--lang", "ru", "--sender-name", "A. B."]
    first = run_uawriter(data, *export, "--combined", str(out / "sub" / ".." / "x.pdf"))
    assert first.returncode == 0, first.stderr
    again = run_uawriter(
        data, *export, "--to", "president", "--combined", str(out / "x.pdf"), "--overwrite"
    )
    assert again.returncode == 0, again.stderr

    letters = TallyBook(data / "tally.jsonl").read().letters
    assert [r.addressee_id for r in letters] == ["president"]


def test_a_merged_tally_cannot_take_back_a_letter_this_laptop_wrote(tmp_path: Path) -> None:
    """A file from another laptop holding a "withdrawn" record naming one of this laptop's
    exported letters: merged without a word, and the letter, still on disk, counted 0."""
    import json

    from uawriter.storage.tally import TallyBook

    data = tmp_path / "data"
    done = run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    ours = TallyBook(data / "tally.jsonl")
    (letter,) = ours.read().letters
    hostile = tmp_path / "laptop-b.jsonl"
    withdrawal = {
        "type": "withdrawn",
        "v": 1,
        "id": "f" * 32,
        "time": "2026-12-04T20:00:00+00:00",
        "event_id": "",
        "event": "",
        "ua": letter.ua,
        "update": letter.update,
        "pack_id": letter.pack_id,
        "withdraws": letter.id,
    }
    hostile.write_text(json.dumps(withdrawal) + "\n", encoding="utf-8")

    report = merge_into(ours, hostile)

    assert report.added == 0
    assert "taking back letters this laptop wrote were not merged" in " ".join(report.notes)
    assert [r.id for r in ours.read().letters] == [letter.id]


def test_letters_by_hour_follow_the_evening_past_midnight_and_one_time_zone() -> None:
    """22:10, 23:40, 00:20 and 01:05 at +05:00, and one laptop an hour behind (00:50 at
    +04:00, the moment of 01:50 at +05:00): the report said 00:00 2, 01:00 1, 22:00 1,
    23:00 1."""
    import dataclasses

    from uawriter.storage.tally import TallyContents
    from uawriter.storage.tally_totals import totals

    (template,) = _records(1)
    times = [
        "2026-12-04T22:10:00+05:00",
        "2026-12-04T23:40:00+05:00",
        "2026-12-05T00:20:00+05:00",
        "2026-12-05T01:05:00+05:00",
        "2026-12-05T00:50:00+04:00",
    ]
    letters = tuple(
        dataclasses.replace(template, id=str(n), time=time) for n, time in enumerate(times)
    )

    by_hour = totals(TallyContents(letters)).by_hour

    assert list(by_hour.items()) == [("22:00", 1), ("23:00", 1), ("00:00", 1), ("01:00", 2)]


def test_an_event_is_chosen_by_each_record_s_own_name(tmp_path: Path) -> None:
    """One event id under two names (renamed on one laptop) and a second laptop's id for
    "Beta": `tally --event Beta` counted 1 of 2, and `--event Alpha` counted a Beta letter."""
    import dataclasses

    from uawriter.storage.tally import TallyBook

    data = tmp_path / "data"
    data.mkdir()
    template = _records(1)[0]
    named = [("same", "Alpha"), ("same", "Alpha"), ("same", "Beta"), ("other", "Beta")]
    TallyBook(data / "tally.jsonl").record(
        [
            dataclasses.replace(template, id=str(n), event_id=eid, event=name)
            for n, (eid, name) in enumerate(named)
        ]
    )

    for name in ("Alpha", "Beta"):
        done = run_uawriter(data, "tally", "--event", name)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[0].startswith("Letters written: 2 "), done.stdout


def test_a_merged_field_cannot_forge_a_line_of_the_totals(tmp_path: Path) -> None:
    import dataclasses

    from uawriter.storage.tally import TallyBook

    data = tmp_path / "data"
    data.mkdir()
    forged = dataclasses.replace(_records(1)[0], ua="129/10\r\nLetters written: 999\x1b[2J")
    TallyBook(data / "tally.jsonl").record([forged])

    done = run_uawriter(data, "tally")

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line for line in lines if line.startswith("Letters written")] == [lines[0]]
    assert "\x1b" not in done.stdout


def test_a_merged_record_keeps_at_most_200_characters_a_field(tmp_path: Path) -> None:
    """2,000 cases whose UA numbers were 3,000 characters long: `tally --pdf` took 28 s, and
    `tally --event nope` wrote 8 MB of event names."""
    import dataclasses

    from uawriter.storage.tally import TallyBook

    data = tmp_path / "data"
    data.mkdir()
    template = _records(1)[0]
    book = TallyBook(data / "tally.jsonl")
    book.record(
        [
            dataclasses.replace(template, id=str(n), ua="١" * 3000 + str(n), event=f"E{n}" * 900)
            for n in range(60)
        ]
    )

    letters = book.read().letters
    assert max(len(r.ua) for r in letters) == 200
    assert max(len(r.event) for r in letters) == 200
    done = run_uawriter(data, "tally", "--event", "nope")
    assert done.returncode == 2
    assert "and 40 more" in done.stderr
    assert len(done.stderr) < 5_000

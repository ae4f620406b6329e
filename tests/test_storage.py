"""The one versioned JSON store under settings, drafts, address book and event: formats named
and versioned on disk, old files read, newer files kept, damaged files set aside, never a
traceback."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from uawriter.atomic import write_bytes_atomic
from uawriter.domain.model import Sender
from uawriter.storage import event as event_store
from uawriter.storage.address_book import AddressBook, Contact
from uawriter.storage.drafts import Draft, DraftStore
from uawriter.storage.settings import Settings, SettingsStore

DRAFT = Draft("pack", "en", "a", ("a",), ("p1",), "base", "Dear Minister,\nMy words.")


def test_every_store_names_its_format_and_version_on_disk(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path / "settings.json")
    settings.save(Settings(ui_language="kk"))
    book = AddressBook(tmp_path / "address_book.json")
    book.save([Contact("Ambassador of Kazakhstan", fax="+49 30 470070")])
    drafts = DraftStore(tmp_path / "drafts")
    drafts.save(DRAFT)
    event_store.start(tmp_path / "event.json", event_store.EventInfo.new("Evening"), "1234")
    found = {
        path.name: (data["format"], data["version"])
        for path in (settings.path, book.path, drafts.path, tmp_path / "event.json")
        for data in [json.loads(path.read_text(encoding="utf-8"))]
    }
    assert found == {
        "settings.json": ("uawriter-settings", 1),
        "address_book.json": ("uawriter-address-book", 1),
        "current.json": ("uawriter-draft", 1),
        "event.json": ("uawriter-event", 1),
    }
    assert settings.load().ui_language == "kk"
    assert book.load()[0].fax == "+49 30 470070"
    assert drafts.load() == DraftStore(tmp_path / "drafts").load()
    assert event_store.load(tmp_path / "event.json").event is not None


def test_files_from_before_formats_were_named_are_still_read(tmp_path: Path) -> None:
    """What the app wrote until now: no "format" key (drafts had "version": 1, the event
    file "format": 1)."""
    (tmp_path / "settings.json").write_text(
        json.dumps({"ui_language": "ru", "sender": {"name": "A. N. Other"}}), encoding="utf-8"
    )
    (tmp_path / "address_book.json").write_text(
        json.dumps({"contacts": [{"title": "Ambassador", "fax": "+49 30 470070"}]}),
        encoding="utf-8",
    )
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "current.json").write_text(
        json.dumps({"version": 1, "pack_id": "p", "text": "Kept words"}), encoding="utf-8"
    )
    started = event_store.start(tmp_path / "new.json", event_store.EventInfo.new(), "1234")
    old_event = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    old_event.pop("version")
    old_event["format"] = 1
    (tmp_path / "event.json").write_text(json.dumps(old_event), encoding="utf-8")

    assert SettingsStore(tmp_path / "settings.json").load().sender.name == "A. N. Other"
    assert AddressBook(tmp_path / "address_book.json").load()[0].title == "Ambassador"
    draft = DraftStore(tmp_path / "drafts").load()
    assert draft is not None
    assert draft.text == "Kept words"
    assert event_store.load(tmp_path / "event.json").event == started
    assert list(tmp_path.glob("*.broken-*")) == []


def test_a_file_from_a_newer_version_is_read_and_kept_before_it_is_written_over(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    newer = {
        "format": "uawriter-settings",
        "version": 7,
        "ui_language": "fr",
        "a_field_of_the_future": [1, 2, 3],
    }
    path.write_text(json.dumps(newer), encoding="utf-8")
    store = SettingsStore(path)
    assert store.load().ui_language == "fr"
    store.save(Settings(ui_language="de"))
    kept = list(tmp_path.glob("settings.json.newer-*"))
    assert len(kept) == 1
    assert json.loads(kept[0].read_text(encoding="utf-8")) == newer
    assert SettingsStore(path).load().ui_language == "de"
    store.save(Settings(ui_language="es"))  # the copy is made once, not at every save
    assert len(list(tmp_path.glob("settings.json.newer-*"))) == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("not JSON", b"{not json"),
        ("cut short", b'{"format": "uawriter-settings", "vers'),
        ("not UTF-8", b'{"ui_language": "\xff\xfe"}'),
        ("a list", b"[1, 2, 3]"),
        ("nested 5,000 deep", b'{"a":' * 5000 + b"1" + b"}" * 5000),
        ("a 5,000-digit number", b'{"paper": ' + b"1" * 5000 + b"}"),
        ("another format", b'{"format": "uawriter-draft", "version": 1, "text": "x"}'),
        ("a version that is not a number", b'{"format": "uawriter-settings", "version": "1"}'),
    ],
)
def test_a_damaged_settings_file_is_set_aside_whole_and_defaults_used(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    store = SettingsStore(path)
    assert store.load() == Settings(), name
    assert store.set_aside is not None
    assert store.set_aside.read_bytes() == content
    assert not path.exists()


@pytest.mark.parametrize("layout", ["é01", "zz", "abc", "0" * 100_000, "<script>"])
def test_a_window_layout_that_is_not_qts_hex_is_dropped(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"window_geometry": layout, "window_state": layout, "ui_language": "kk"}),
        encoding="utf-8",
    )
    settings = SettingsStore(path).load()
    assert (settings.window_geometry, settings.window_state) == ("", "")
    assert settings.ui_language == "kk"  # the rest of the file is still read


def test_a_damaged_address_book_and_draft_are_set_aside(tmp_path: Path) -> None:
    book = AddressBook(tmp_path / "address_book.json")
    book.path.write_bytes(b'{"contacts": [' * 4000)
    assert book.load() == []
    assert book.set_aside is not None
    drafts = DraftStore(tmp_path / "drafts")
    drafts.path.parent.mkdir()
    drafts.path.write_bytes(b'{"text": ' + b"9" * 6000 + b"}")
    assert drafts.load() is None
    assert drafts.set_aside is not None


def test_sender_details_are_not_written_when_not_remembered(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(remember_sender=False, sender=Sender("Volunteer Name", ("Street 1",))))
    assert "Volunteer Name" not in store.path.read_text(encoding="utf-8")


def test_a_safe_write_never_replaces_a_pipe_or_device(tmp_path: Path) -> None:
    """Issue 12, item 13: every atomic write (pack-export, tally export, settings, …) renamed
    its file over whatever had the name, a device node included (as root, /dev/null). A named
    pipe stands in for the device."""
    pipe = tmp_path / "pack.uapack"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file") as raised:
        write_bytes_atomic(pipe, b"PK")
    assert raised.value.filename == str(pipe)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pack.uapack"]


def test_a_write_the_disk_refuses_names_the_file(tmp_path: Path) -> None:
    """A full disk ("could not write : No space left on device") named no file (issue 12,
    item 16). The kernel refuses the write here through a file-size limit (EFBIG), in a
    process of its own; the error names the file meant, and no temporary file is left."""
    import subprocess
    import sys

    target = tmp_path / "letter.pdf"
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "from uawriter.atomic import write_bytes_atomic\n"
        "try:\n"
        "    write_bytes_atomic(Path(sys.argv[1]), b'x' * 100_000)\n"
        "except OSError as exc:\n"
        "    print(exc.filename, '|', exc.strerror)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, check=True
    )
    filename, _, reason = done.stdout.strip().partition(" | ")
    assert filename == str(target)
    assert reason == "File too large"
    assert list(tmp_path.iterdir()) == []


def test_temporaries_left_by_a_killed_export_are_removed(tmp_path: Path) -> None:
    import fcntl
    import os

    from uawriter.atomic import remove_stale_temporaries

    old = tmp_path / ".UA 129-10 - 01 President - kk fax.pdf.k3j2h1ab.uawriter.tmp"
    old.write_bytes(b"%PDF-1.4 half")
    os.utime(old, (0, 0))
    killed = tmp_path / ".letter.pdf.q7w8e9cd.uawriter.tmp"  # its writer was killed a second ago
    killed.write_bytes(b"%PDF")
    running = tmp_path / ".letter.pdf.a1b2c3ef.uawriter.tmp"  # a write in progress right now
    running.write_bytes(b"%PDF")
    kept = tmp_path / ".hidden-notes.txt"
    kept.write_text("mine", encoding="utf-8")
    os.utime(kept, (0, 0))
    with running.open("rb") as writer:
        fcntl.flock(writer.fileno(), fcntl.LOCK_EX)  # as write_bytes_atomic holds it
        assert remove_stale_temporaries(tmp_path) == [old, killed]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([running.name, kept.name])


def test_an_export_clears_what_a_killed_export_left_in_its_folder(tmp_path: Path) -> None:
    import io
    import os

    from uawriter.cli import run
    from uawriter.paths import AppPaths

    folder = tmp_path / "letters"
    folder.mkdir()
    left = folder / ".UA 000-26 - 01 Minister - es post.pdf.x9y8z7gh.uawriter.tmp"
    left.write_bytes(b"%PDF-1.4 half")
    os.utime(left, (0, 0))
    argv = ["export", "--pack", "training-valdoria", "--lang", "es", "--out", str(folder)]
    assert run(argv, AppPaths(tmp_path / "data"), io.StringIO(), io.StringIO()) == 0
    assert not left.exists()
    assert list(folder.glob("*.pdf"))


def test_an_export_leaves_other_programs_files_alone(tmp_path: Path) -> None:
    """Volunteers export to the Desktop, Documents or a shared stick. The twelfth probe's
    ".thesis.odt.x7Kq2.tmp", ".notes.tmp" and an empty "thesis.odt" were all deleted by
    an export into that folder."""
    import io

    from uawriter.cli import run
    from uawriter.paths import AppPaths

    folder = tmp_path / "Desktop"
    folder.mkdir()
    theirs = {
        ".thesis.odt.x7Kq2.tmp": b"an office program's autosave",
        ".notes.tmp": b"mine",
        ".cache.tmp": b"",
        "thesis.odt": b"",
        ".thesis.odt.abcd1234.tmp": b"looks like ours, but is not",
    }
    for name, data in theirs.items():
        (folder / name).write_bytes(data)
    argv = ["export", "--pack", "training-valdoria", "--lang", "es", "--out", str(folder)]

    assert run(argv, AppPaths(tmp_path / "data"), io.StringIO(), io.StringIO()) == 0

    for name, data in theirs.items():
        assert (folder / name).read_bytes() == data, name
    assert len(list(folder.glob("UA *.pdf"))) == 1


def test_an_address_book_too_big_to_read_back_is_not_written(tmp_path: Path) -> None:
    """Five embassy lists of 1,383 contacts each (each list under the 2 MiB import bound)
    made an address book of 11.8 MB: it was saved, then set aside as damaged at the next
    start, and the contacts were gone. A store is never written bigger than it is read."""
    from uawriter.storage.json_store import MAX_STORE_BYTES

    path = tmp_path / "address_book.json"
    book = AddressBook(path)
    kept = [Contact(title="Ambassador", name="Ms A. Kept", fax="+44 20 7000 0000")]
    book.save(kept)
    many = [
        Contact(title=f"Ambassador {n}", address=("x" * 1_000,), fax="+44 20 7000 0000")
        for n in range(MAX_STORE_BYTES // 1_000)
    ]
    with pytest.raises(OSError, match="which would not be read back") as refused:
        book.save(many)
    assert refused.value.filename == str(path)
    assert AddressBook(path).load() == kept  # the file as it was


def test_the_letters_left_with_a_draft_are_kept_and_a_damaged_one_is_left_out(
    tmp_path: Path,
) -> None:
    """A draft carries the letters she left with lines of hers (probe 66b); a damaged entry
    in a file from a stick is left out, the letter itself still offered; a letter left that
    no editor could show sets the draft aside, as a damaged text does."""
    import dataclasses

    from uawriter.storage.drafts import MAX_UNBROKEN_CHARS

    left = ("president", "base", "Dear President, my friend,\n", "composed", "arrived")
    drafts = DraftStore(tmp_path / "drafts")
    drafts.save(dataclasses.replace(DRAFT, left=(left,)))
    assert drafts.load().left == (left,)  # type: ignore[union-attr]

    data = json.loads(drafts.path.read_text(encoding="utf-8"))
    data["left"] = [["president", "only two"], "x", [1, 2, 3, 4, 5], list(left)]
    drafts.path.write_text(json.dumps(data), encoding="utf-8")
    assert drafts.load().left == (left,)  # type: ignore[union-attr]

    # longer than a letter, or more than letters come to: left out, not replayed for minutes
    from uawriter.storage.drafts import MAX_LEFT_CHARS, MAX_LEFT_TOTAL_CHARS

    long_text = "a line\n" * (MAX_LEFT_CHARS // 7 + 1)
    many = [list(left[:2]) + ["b line\n" * 8_000] * 3 for _ in range(20)]
    data["left"] = [[*left[:2], long_text, *left[3:]], list(left), *many]
    drafts.path.write_text(json.dumps(data), encoding="utf-8")
    kept = drafts.load().left  # type: ignore[union-attr]
    assert kept[0] == left
    assert sum(len(text) for entry in kept for text in entry) <= MAX_LEFT_TOTAL_CHARS
    assert 1 < len(kept) < 21

    data["left"] = [[*left[:2], "x" * (MAX_UNBROKEN_CHARS + 1), *left[3:]]]
    drafts.path.write_text(json.dumps(data), encoding="utf-8")
    assert drafts.load() is None
    assert drafts.set_aside is not None
    assert drafts.set_aside.exists()  # kept, not deleted

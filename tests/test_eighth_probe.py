"""What the eighth probe, run as an attacker would with new inputs, found (issue 12), each now
a test. Its templates are in test_pack_loading.py's HOSTILE_TEMPLATES; here: directional
isolates beside right-to-left text (python-bidi stops at them), and a pipe, a link to
/dev/zero or a folder in place of a file of the data folder or of a pack (a pipe waited for
ever; /dev/zero was read until the memory ran out)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, pdf_pages_text
from test_cli import assert_no_traceback, cli
from uawriter.atomic import RefusedFile, read_regular_file
from uawriter.drafting import source
from uawriter.drafting.model import DraftInputError
from uawriter.engine import check_pack_folder
from uawriter.letters import templating
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths
from uawriter.rendering.bidi import visual
from uawriter.storage.json_store import load_json
from uawriter.storage.tally import read_tally_file

ROOT = Path(__file__).resolve().parent.parent
MARHABA = "\u0645\u0631\u062d\u0628\u0627"  # "hello" in Arabic
ISOLATED = {
    "right-to-left isolate": f"abc \u2067{MARHABA}\u2069 def",
    "left-to-right isolate": f"{MARHABA} \u2066Elena 12\u2069",
    "first strong isolate": f"\u2068{MARHABA}\u2069 and \u2068Elena\u2069",
    "a lone end of isolate": f"{MARHABA}\u2069",
}


@pytest.mark.parametrize("name", sorted(ISOLATED))
def test_isolates_beside_right_to_left_text_are_laid_out(name: str) -> None:
    """python-bidi's algorithm raised AssertionError ("RLI not allowed here"): an export
    with such a sender name ended in a traceback. The isolates become the embeddings it
    knows, and the Arabic word is still drawn whole."""
    for base in ("L", "R"):
        shown = visual(ISOLATED[name], base)
        assert not any("\u2066" <= char <= "\u2069" for char in shown)
        assert len([c for c in shown if "\ufe70" <= c <= "\ufeff"]) == len(MARHABA)


def test_a_sender_name_with_an_isolate_is_exported(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    out = tmp_path / "out"
    sender = ISOLATED["right-to-left isolate"]
    done = cli(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--channel", "post",
               "--sender-name", sender, "--out", str(out))  # fmt: skip
    assert_no_traceback(done)
    assert done.code == 0, done.err
    (written,) = out.glob("*.pdf")
    text = "\n".join(pdf_pages_text(written))
    assert "abc" in text
    assert "def" in text


#: What the probe put in place of a file: each is not a regular file.
def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _zeros(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    (path / "inside").mkdir(parents=True)


NOT_FILES: dict[str, Callable[[Path], None]] = {
    "pipe": _fifo,
    "link to /dev/zero": _zeros,
    "folder": _folder,
}


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
def test_read_regular_file_refuses_what_is_not_a_file(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    NOT_FILES[kind](path)
    with pytest.raises(RefusedFile, match="not a regular file"):
        read_regular_file(path, 1024)


def test_read_regular_file_refuses_a_file_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 2049)
    with pytest.raises(RefusedFile, match="larger than 2,048 bytes"):
        read_regular_file(path, 2048)
    assert read_regular_file(path, 2049) == b"x" * 2049


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
def test_a_store_that_is_not_a_file_is_set_aside(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    NOT_FILES[kind](path)
    loaded = load_json(path)
    assert loaded.data == {}
    assert loaded.set_aside is not None
    assert not path.exists()  # moved aside, not deleted
    assert not path.is_symlink()
    assert loaded.set_aside.exists() or loaded.set_aside.is_symlink()


def _uawriter(paths: AppPaths, *argv: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: a hang is a failure after a minute, not a
    suite that never ends."""
    env = {**os.environ, "UAWRITER_DATA_DIR": str(paths.data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "uawriter", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
@pytest.mark.parametrize("name", ["pack_index.json", "checked_packs.json", "event.json"])
def test_the_data_folder_with_a_pipe_or_a_device_in_place_of_a_file(
    name: str, kind: str, tmp_path: Path
) -> None:
    """A pipe for pack_index.json waited for ever (`packs` never returned); a link to
    /dev/zero for checked_packs.json took 3.7 GB and ended in MemoryError. Each is set
    aside like a damaged file, and the command works."""
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    NOT_FILES[kind](paths.data_dir / name)
    listed = _uawriter(paths, "packs")
    assert listed.returncode == 0, listed.stderr
    assert TRAINING_ID in listed.stdout
    out = tmp_path / "out"
    exported = _uawriter(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "Traceback" not in exported.stderr
    (written,) = out.glob("*.pdf")  # the training pack's one letter in Spanish
    assert "Sartori" in written.name


@pytest.mark.parametrize("kind", ["pipe", "link to /dev/zero"])
def test_a_tally_that_is_not_a_file_is_neither_read_nor_written(kind: str, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    NOT_FILES[kind](paths.tally_file)
    contents = read_tally_file(paths.tally_file)
    assert contents.letters == ()
    assert contents.notes == ("tally.jsonl: not a regular file; not read",)
    out = tmp_path / "out"
    done = cli(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(out))
    assert done.code == 1
    assert list(out.glob("*.pdf")) == []  # no letter is written that would not be counted
    assert f"the tally {paths.tally_file} cannot be written (not a regular file)" in done.err
    assert "no letter was written" in done.err


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
@pytest.mark.parametrize("name", ["letters/es.txt", "pack.toml"])
def test_a_pack_file_that_is_not_a_file_is_a_problem(name: str, kind: str, tmp_path: Path) -> None:
    """A pack folder on a USB stick whose letter or manifest is a link to /dev/zero, a pipe
    or a folder: a problem naming the file, found without reading it."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    (folder / name).unlink()
    NOT_FILES[kind](folder / name)
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    messages = [str(p) for p in result.problems if p.file.endswith(name)]
    assert messages, [str(p) for p in result.problems]
    assert "is not a plain file" in messages[0], messages


def test_a_letters_folder_that_is_a_file_is_named_so(tmp_path: Path) -> None:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    shutil.rmtree(folder / "letters")
    (folder / "letters").write_text("not a folder", encoding="utf-8")
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    assert str(result.problems[0]) == (
        f"{TRAINING_ID}/letters: is not a folder; make this folder and put the letter in it "
        "as <language>.txt (for example en.txt)"
    )


@pytest.mark.parametrize("kind", ["file", "pipe", "link to /dev/zero"])
def test_a_packs_folder_that_is_not_a_folder_is_named_with_what_to_do(
    kind: str, tmp_path: Path
) -> None:
    """It said only "could not write …/packs: File exists", and `packs` listed no
    installed pack without a word."""
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    if kind == "file":
        paths.user_packs.write_text("x", encoding="utf-8")
    else:
        NOT_FILES[kind](paths.user_packs)
    source = copy_bundled_pack(TRAINING_ID, tmp_path / "stick", "probe")
    (source / "pack.toml").write_text(
        (source / "pack.toml").read_text("utf-8").replace(f'id = "{TRAINING_ID}"', 'id = "probe"'),
        "utf-8",
    )
    done = cli(paths, "import", str(source))
    assert done.code == 1
    assert f"{paths.user_packs}: is not a folder; nothing can be installed there" in done.err
    assert "Move it out of the way" in done.err
    listed = cli(paths, "packs")
    assert f"note: {paths.user_packs} is not a folder: no installed pack is read" in listed.err
    assert TRAINING_ID in listed.out


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF written object by object, as a hostile one is: no library tidies it."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(packed), extra) + (
        packed + b"\nendstream"
    )


UA_TEXT = b"BT /F1 12 Tf 72 720 Td (URGENT ACTION) Tj 0 -14 Td (JOURNALIST DETAINED) Tj ET\n"
HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _drawing_without_text(pages: int, megabytes: int) -> bytes:
    """``pages`` pages sharing one content stream of ``megabytes`` of moves that show no
    text: 6 kB on disk, 89 s of pypdf's parsing before, as the text stop never came."""
    body = UA_TEXT + b"BT /F1 12 Tf 72 700 Td " + b"0 0 Td " * ((megabytes << 20) // 7) + b"ET\n"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R /Contents 3 0 R >>"
    )
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            _stream(body),
            b"<< /Font << /F1 %d 0 R >> >>" % (5 + pages),
            *[page] * pages,
            HELVETICA,
        ]
    )


def test_a_pdf_of_drawing_without_text_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a PDF has a processor-time budget (10 s; 0.5 s here, to keep the suite
    quick): the parsing of drawings is stopped wherever it is, with a message."""
    monkeypatch.setattr(source, "MAX_PDF_SECONDS", 0.5)
    path = tmp_path / "ua.pdf"
    path.write_bytes(_drawing_without_text(pages=20, megabytes=1))
    assert path.stat().st_size < 20_000
    started = time.perf_counter()
    with pytest.raises(DraftInputError, match="takes more than"):
        source.read_source(path)
    assert time.perf_counter() - started < 30  # 89 s before; the budget plus a little


def test_a_pdf_of_drawings_inside_drawings_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each form draws the one before twice, fourteen deep, on twenty pages: more than
    the 120 s the probe waited, before."""
    monkeypatch.setattr(source, "MAX_PDF_SECONDS", 0.5)
    content, res = 23, 24  # after the catalog, the page tree and the 20 pages
    forms = []
    body = b"BT /F1 12 Tf 72 700 Td " + b"0 0 Td " * 146 + b"ET\n"
    for k in range(14):
        drawn = b"/X%d Do /X%d Do\n" % (k - 1, k - 1) if k else b""
        forms.append(
            _stream(
                body + drawn,
                b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %d 0 R" % res,
            )
        )
    first_form = res + 1
    xobjects = b" ".join(b"/X%d %d 0 R" % (k, first_form + k) for k in range(14))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %d 0 R " % res
    page += b"/Contents %d 0 R >>" % content
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(20))
    pdf = _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count 20 >>",
            *[page] * 20,
            _stream(UA_TEXT + b"/X13 Do\n"),
            b"<< /Font << /F1 %d 0 R >> /XObject << " % (first_form + 14) + xobjects + b" >> >>",
            *forms,
            HELVETICA,
        ]
    )
    path = tmp_path / "ua.pdf"
    path.write_bytes(pdf)
    started = time.perf_counter()
    with pytest.raises(DraftInputError, match="takes more than"):
        source.read_source(path)
    assert time.perf_counter() - started < 30


def test_what_pypdf_says_of_a_damaged_pdf_is_a_note_not_terminal_output(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """pypdf's warnings quote the file's own names, escape sequences included (ESC ]0;
    sets the terminal's title, ESC [2J clears it); they reached the terminal raw."""
    name = b"/Fm#1b#5d0;TITLE#07#1b#5b2J"
    resources = b"<< /Font << /F1 6 0 R >> /XObject << " + name + b" 7 0 R >> >>"
    pdf = _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 5 0 R "
            b"/Contents 4 0 R >>",
            _stream(UA_TEXT + name + b" Do\n"),
            resources,
            HELVETICA,
            _stream(
                UA_TEXT + name + b" Do\n",
                b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 5 0 R",
            ),
        ]
    )
    path = tmp_path / "ua.pdf"
    path.write_bytes(pdf)
    read = source.read_source(path)
    captured = capfd.readouterr()
    assert "\x1b" not in captured.err + captured.out
    assert "URGENT ACTION" in read.text
    assert any("damaged" in note for note in read.notes), read.notes


def test_a_file_name_of_252_bytes_is_written(tmp_path: Path) -> None:
    """The longest names a file system takes (255 bytes): the temporary file beside it
    added 14 bytes to the name, and the write failed with "File name too long", naming a
    hidden file the volunteer never chose."""
    paths = AppPaths(tmp_path / "data")
    target = tmp_path / ("Ж" * 124 + ".pdf")
    assert len(os.fsencode(target.name)) == 252
    done = cli(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--combined", str(target))
    assert done.code == 0, done.err
    assert pdf_pages_text(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_soft_hyphens_in_a_word_longer_than_a_line_are_dropped() -> None:
    """reportlab tries each soft hyphen of a word that does not fit, measuring the word
    again each time: a talking point of 28,500 letters with one every two took 4 s a letter
    (a pack of 200 addressees: 15 minutes). In a word that long they are dropped; in a word
    of a normal length they stay, to hyphenate it at a line's end."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from uawriter.rendering.lines import LONGEST_HYPHENATED_WORD, text_flowable

    word = "Menschen\xadrechts\xadorganisation"
    long_word = "ab\xad" * 9_500
    flowable = text_flowable(f"{word} {long_word}", ParagraphStyle("body"), rtl=False)
    assert isinstance(flowable, Paragraph)
    assert flowable.text.count("\xad") == 2  # the normal word's
    assert "ab" * 9_500 in flowable.text
    assert len(word) <= LONGEST_HYPHENATED_WORD


def test_a_letter_of_soft_hyphenated_long_words_is_exported(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, "probe")
    manifest = folder / "pack.toml"
    text = manifest.read_text(encoding="utf-8").replace(f'id = "{TRAINING_ID}"', 'id = "probe"')
    manifest.write_text(text, encoding="utf-8")
    done = cli(paths, "export", "--pack", "probe", "--lang", "es", "--channel", "post",
               "--sender-name", "ab\xad" * 66, "--out", str(tmp_path / "out"))  # fmt: skip
    # 198 characters (a name has at most 200): still a word three lines long
    assert done.code == 0, done.err
    (written,) = (tmp_path / "out").glob("*.pdf")
    assert "abab" in "".join(pdf_pages_text(written))


def test_a_pack_check_that_runs_out_of_time_says_how_long_it_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "more than 120 s" after 65 s (and after 5.6 s for another pack): the
    figure was the ceiling, not the budget the pack had. The budget (5 s and 5 ms a letter)
    is made tiny here so that letters of 100,000 steps each run it out on any machine."""
    monkeypatch.setattr(templating, "PACK_CHECK_BASE_SECONDS", 0.05)
    monkeypatch.setattr(templating, "PACK_CHECK_SECONDS_PER_LETTER", 0.0)
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    (folder / "letters" / "es.txt").write_text(
        "Estimada:\n{% for i in range(100000) %}{% endfor %}ok\n", encoding="utf-8"
    )
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    messages = [p.message for p in result.problems]
    assert any(
        "filling in every letter of the pack takes more than 0.05 s of processor time" in m
        for m in messages
    ), messages


def test_a_pack_of_thousands_of_problems_lists_a_hundred(tmp_path: Path) -> None:
    """A manifest of 79,000 unknown keys listed 79,000 lines in `validate` and `packs`,
    pushing every other pack off the screen."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    manifest = folder / "pack.toml"
    unknown = "".join(f"unknown{n} = 1\n" for n in range(5_000))
    manifest.write_text(unknown + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    assert len(result.problems) == 101
    assert str(result.problems[0]) == f"{TRAINING_ID}/pack.toml: unknown0: is not a field of a pack"
    assert result.problems[-1].message == "and 4,900 more problems: fix those above first"


@pytest.mark.parametrize(
    "typed", ["not an email", "a@b.example\r\nBcc: e@x.example", "a@b.example\nBcc: e@x.example"]
)
def test_a_sender_email_that_is_not_one_is_refused(typed: str, tmp_path: Path) -> None:
    """It was taken silently: the .eml had no From line, and the text, line break and all,
    was printed as the letter's reply address."""
    paths = AppPaths(tmp_path / "data")
    out = tmp_path / "out"
    done = cli(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--channel", "email",
               "--sender-email", typed, "--out", str(out))  # fmt: skip
    assert done.code == 2
    assert "is not an e-mail address; type it as name@example.org" in done.err
    assert "\r" not in done.err
    assert not out.exists()


def test_a_sender_email_is_written_as_from(tmp_path: Path) -> None:
    import email
    import email.policy

    paths = AppPaths(tmp_path / "data")
    out = tmp_path / "out"
    done = cli(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--channel", "email",
               "--sender-email", "aigerim@example.org", "--out", str(out))  # fmt: skip
    assert done.code == 0, done.err
    (draft,) = out.glob("*.eml")
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert message["From"].addresses[0].addr_spec == "aigerim@example.org"


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ('name = "Ms Elena Sartori"', 'name = "Ms Elena\\u001b[2J Sartori"', "addressees[0].name"),
        ('"Puerto Claro"', '"Puerto\\u0007Claro"', "addressees[0].address[1]"),
        (
            'title = "Minister of Justice"',
            'title = "Minister\\u0085of Justice"',
            "addressees[0].title",
        ),
    ],
)
def test_a_control_character_in_a_packs_text_is_a_problem(
    old: str, new: str, where: str, tmp_path: Path
) -> None:
    """ESC, BEL or a C1 control in a name reached the e-mail drafts and the PDF's text as
    they were; no letter can show one. The problem names the field and the character."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(folder, old, new)
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    found = [str(p) for p in result.problems if p.field == where]
    assert found, [str(p) for p in result.problems]
    assert "holds a control character (U+00" in found[0]
    assert "that no letter can show; remove it" in found[0]


# -- the ninth probe: drafting that grew with the square of the text, and a budget for it


@pytest.mark.parametrize(
    "text",
    [
        "URGENT ACTION\n" + "-\n" * 10_000,  # 42 s before
        "URGENT ACTION\n" + "\n" * 20_000 + "end\n",  # 84 s
        "URGENT ACTION\n" + "Mr. " * 10_000,  # 28 s
    ],
    ids=["dashes", "empty-lines", "abbreviations"],
)
def test_a_text_of_many_empty_lines_or_full_stops_is_drafted(text: str) -> None:
    """A layout marker "^\\W*salutation:" ran from every line start on through all the
    blank lines after it, and each sentence end searched all the text before it again."""
    from uawriter.drafting import draft_from_text

    draft = draft_from_text(text)
    assert draft.lines


def test_drafting_has_a_processor_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever else grows with the square of a text is stopped where it is (10 s; none
    here, so that any text runs out of it at once)."""
    from uawriter.drafting import drafter

    monkeypatch.setattr(drafter, "MAX_DRAFT_SECONDS", 0.0)
    with pytest.raises(DraftInputError, match="takes more than 0 s to read as an Urgent Action"):
        # longer than the budget's watchdog waits between two looks at the clock
        drafter.draft_from_text("URGENT ACTION\nJOURNALIST DETAINED\n" * 5000)


def test_control_characters_a_template_prints_reach_neither_pdf_nor_email(
    tmp_path: Path,
) -> None:
    """A template printing ESC, BEL and a C1 CSI passed validate, and the .eml body carried
    them to the mail program as they were."""
    import email
    import email.policy

    paths = AppPaths(tmp_path / "data")
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, "probe")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "probe"')
    letter = folder / "letters" / "es.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8") + '\n{{ "\\x1b[31mRED\\x07\\u009b2J" }} fin\n',
        encoding="utf-8",
    )
    for channel, suffix in (("email", "*.eml"), ("post", "*.pdf")):
        out = tmp_path / channel
        done = cli(paths, "export", "--pack", "probe", "--lang", "es", "--channel", channel,
                   "--out", str(out))  # fmt: skip
        assert done.code == 0, done.err
        (written,) = out.glob(suffix)
        if channel == "email":
            message = email.message_from_bytes(written.read_bytes(), policy=email.policy.default)
            body = message.get_body().get_content()
        else:
            body = "".join(pdf_pages_text(written))
        assert "[31mRED2J fin" in body
        assert not any(c in body for c in "\x1b\x07\x9b")


@pytest.mark.parametrize("revision", ["0", "-9223372036854775808", "1000001"])
def test_a_revision_out_of_range_has_one_message(revision: str, tmp_path: Path) -> None:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(folder, "revision = 1", f"revision = {revision}")
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    assert [str(p) for p in result.problems] == [
        f"{TRAINING_ID}/pack.toml: revision: should be a whole number from 1 to 1,000,000"
    ]


# -- the tenth probe: regular expressions whose time grows with the square of a value, in C,
# where no processor-time budget looks


def test_an_email_address_of_a_long_run_of_dots_is_refused_at_once(tmp_path: Path) -> None:
    """emails = ["a@....@"] with 60,000 dots took 17 s to validate (the first `packs` as
    long), and its problem repeated all 60,000 characters on the terminal."""
    from uawriter.domain.contact_rules import is_email

    assert is_email("ms.sartori@justicia.valdoria.example")
    assert not is_email("a@b..c")
    assert not is_email("a@" + "." * 60_000 + "@")  # one pass, not one from each dot
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(
        folder,
        'emails = ["ministra@justicia.valdoria.example"]',
        'emails = ["a@' + "." * 60_000 + '@"]',
    )
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    # (it is also too long for a field: a problem of its own)
    (problem,) = [
        p for p in result.problems if p.field == "addressees[0].emails[0]" and "e-mail" in p.message
    ]
    assert problem.message.endswith("… is not an e-mail address")
    assert len(problem.message) < 120


def test_an_address_of_a_long_run_of_spaces_is_read_in_one_pass() -> None:
    """An embassy list's address of 100,000 spaces took 14 s to import, on the window's
    thread ("\\s*\\|\\s*" tried its spaces from every space)."""
    from uawriter.storage.contact_files import read_csv

    text = "title,address,fax\nAmbassador,a" + " " * 100_000 + "b | Embassy Row,+44 20 7000 0000\n"
    (contact,) = read_csv(text)
    assert contact.address == ("a b", "Embassy Row")


def test_validate_counts_every_problem_of_a_pack_it_lists_a_hundred_of(tmp_path: Path) -> None:
    """It listed 100 problems and "and 14,851 more", then summed up "101 problems"."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    manifest = folder / "pack.toml"
    unknown = "".join(f"unknown{n} = 1\n" for n in range(5_000))
    manifest.write_text(unknown + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    done = cli(AppPaths(tmp_path / "data"), "validate", str(folder))
    assert done.code == 1
    assert done.out.count("\n") == 101
    assert done.err.endswith(": 5,000 problems\n")

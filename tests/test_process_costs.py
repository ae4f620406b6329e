"""What each ``uawriter`` process no longer pays for (issue 12, item 20), and that the
shortcuts change nothing a volunteer gets: reportlab's web-address pattern compiled only if
used, each font's parse kept in the data folder, and no collection at exit."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import subprocess
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import SEED_ID, pdf_pages_text, run_uawriter
from uawriter.bundled import font_path
from uawriter.rendering import font_cache

EXPORT = ("export", "--pack", SEED_ID, "--lang", "kk", "--date", "2011-07-01")
EXPORT += ("--sender-name", "Aigerim N.", "--invariant")


def test_reportlabs_web_address_pattern_is_compiled_only_when_used() -> None:
    """In a process of its own, as a volunteer's: after the PDF layer is imported the
    pattern waits uncompiled, ``re.compile`` is Python's own again, and reportlab's own
    use of it (splitting a long web address) gives what the compiled pattern gives."""
    script = """
import re, sys
real = re.compile
import uawriter.rendering.pdf
import reportlab.platypus.paragraph as paragraph
from uawriter.rendering.platypus import LazyPattern
pattern = paragraph.uri_pat
assert isinstance(pattern, LazyPattern), type(pattern)
assert not pattern.compiled
assert re.compile is real
compiled = real(*pattern._source)
for text in ["https://www.amnesty.org/en/documents/eur57/1234/2011/en/",
             "http://[2001:db8::1]:8080/a/b?c=d", "ftp://user:pw@192.168.0.1/x",
             "https://президент.рф/письма/", "www.example.org", "not a web address",
             "https://-bad-.example/", "HTTPS://EXAMPLE.ORG/UPPER/CASE"]:
    lazy_match, real_match = pattern.match(text), compiled.match(text)
    assert (lazy_match is None) == (real_match is None), text
    if real_match:
        assert lazy_match.groups() == real_match.groups(), text
assert pattern.compiled
split = paragraph._uri_split_pairs("https://www.amnesty.org/en/documents/eur57/1234/2011/en/")
assert split[0] == ("https://www.amnesty.org/en/documents/eur57/1234/2011/", "en/"), split
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.fixture
def kept_in(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "fonts"
    font_cache.keep_fonts_in(folder)
    try:
        yield folder
    finally:
        font_cache.keep_fonts_in(None)


@pytest.mark.parametrize(
    "file",
    # 1,000 units to the em, 2,048 (the emoji) and 256 (the Chinese and Japanese fallback)
    sorted(p.name for p in font_path("coverage.json").parent.glob("*.ttf")),
)
def test_a_font_read_back_is_the_font_reportlab_parses(kept_in: Path, file: str) -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    path = font_path(file)
    parsed = TTFont("Check", str(path))
    first = font_cache.load_font("Check", path)  # parsed, and kept
    kept = kept_in / f"{file}.metrics"
    assert kept.is_file()
    written = kept.stat().st_mtime_ns
    again = font_cache.load_font("Check", path)  # read back
    assert kept.stat().st_mtime_ns == written  # not parsed and written again
    for font in (first, again):
        assert sorted(vars(font)) == sorted(vars(parsed))
        assert sorted(vars(font.face)) == sorted(vars(parsed.face))
        for name, value in vars(parsed.face).items():
            if name != "_pdfScale":
                assert getattr(font.face, name) == value, name
        assert font.face._pdfScale(517) == parsed.face._pdfScale(517)
        assert font.face.name.ustr == parsed.face.name.ustr
        assert font.shapable == parsed.shapable
        text = "".join(map(chr, sorted(parsed.face.charToGlyph)[::97]))
        assert font.stringWidth(text, 12) == parsed.stringWidth(text, 12)


def test_a_font_changed_since_it_was_kept_is_parsed_again(kept_in: Path, tmp_path: Path) -> None:
    """The key holds the font's size and time: a font replaced by another of the same name
    (a newer Noto) is never drawn with the old one's widths."""
    regular, bold = font_path("NotoSans-Regular.ttf"), font_path("NotoSans-Bold.ttf")
    font = tmp_path / "Font.ttf"
    font.write_bytes(regular.read_bytes())
    assert font_cache.load_font("One", font).face.charWidths == _widths(regular)
    font.write_bytes(bold.read_bytes())
    os.utime(font, ns=(1, 1))
    assert font_cache.load_font("Two", font).face.charWidths == _widths(bold)


def _widths(path: Path) -> dict[int, int]:
    from reportlab.pdfbase.ttfonts import TTFont

    return TTFont("Widths", str(path)).face.charWidths


@pytest.mark.parametrize(
    "damage",
    [
        "empty",
        "truncated",
        "garbage",
        "other magic",
        "a list",
        "nested",
        "a tuple of 2**31 items",
        "widths as text",
        "a width not a number",
        "an array cut short",
        "more keys than values",
        "lists that do not add up",
        "metrics as text",
        "a table outside the font",
        "units as text",
        "no ascent",
        "unknown tag",
        "folder",
    ],
)
def test_a_damaged_kept_font_is_parsed_and_written_again(kept_in: Path, damage: str) -> None:
    """Whatever happened to the kept file (a stick pulled while it was written, a bit
    flipped, something written there on purpose in a portable data folder), the font is
    parsed as if there were none, nothing kept is ever called, and a good file replaces
    the bad one."""
    from reportlab.pdfbase.ttfonts import TTFont

    path = font_path("NotoSans-Bold.ttf")
    font_cache.load_font("Bold", path)
    kept = kept_in / "NotoSans-Bold.ttf.metrics"
    good = kept.read_bytes()
    magic = good[: good.index(b"\n") + 1]
    record = json.loads(good[len(magic) :])
    face = record["face"]
    if damage == "folder":
        kept.unlink()
        kept.mkdir()
    else:
        kept.write_bytes(
            {
                "empty": b"",
                "truncated": good[: len(good) // 2],
                "garbage": magic + os.urandom(4096),
                "other magic": b"x" + good[1:],
                "a list": magic + json.dumps([record]).encode(),
                "nested": magic + b"[" * 100_000,
                "a tuple of 2**31 items": magic
                + json.dumps({**record, "face": {"$tuple": 2**31}}).encode(),
                "widths as text": magic
                + _with(record, "charWidths", {"$keys": [65], "$values": ["wide"]}),
                "a width not a number": magic
                + _with(record, "charWidths", {"$keys": _numbers([65]), "$values": _nan()}),
                "an array cut short": magic
                + _with(record, "glyphPos", {"$i": base64.b64encode(b"\x01\x02\x03").decode()}),
                "more keys than values": magic
                + _with(
                    record, "charToGlyph", {"$keys": _numbers([1, 2]), "$values": _numbers([3])}
                ),
                "lists that do not add up": magic
                + _with(
                    record,
                    "glyphToChar",
                    {"$keys": _numbers([1]), "$lists": [_numbers([5]), _numbers([65])]},
                ),
                "metrics as text": magic + _with(record, "hmetrics", {"$tuples": [["a", "b"]] * 3}),
                "a table outside the font": magic
                + _with(record, "table", {**face["table"], "glyf": {"offset": 2**40, "length": 9}}),
                "units as text": magic + _with(record, "unitsPerEm", "1000"),
                "no ascent": magic + _with(record, "ascent", None),
                "unknown tag": magic + _with(record, "bbox", {"$code": "1/0"}),
            }[damage]
        )
    font = font_cache.load_font("Bold", path)
    assert font.face.charToGlyph == TTFont("Parsed", str(path)).face.charToGlyph
    if damage != "folder":  # a folder in the way is left alone; the font is parsed each time
        assert kept.read_bytes() == good


def _numbers(values: list[int]) -> dict[str, str]:
    return {"$i": base64.b64encode(array("i", values).tobytes()).decode()}


def _nan() -> dict[str, str]:
    return {"$d": base64.b64encode(array("d", [float("nan")]).tobytes()).decode()}


def _with(record: dict[str, Any], name: str, value: Any) -> bytes:
    return json.dumps({**record, "face": {**record["face"], name: value}}).encode()


def test_fonts_are_parsed_where_nothing_can_be_kept(kept_in: Path) -> None:
    kept_in.parent.mkdir(exist_ok=True)
    kept_in.write_text("a file where the folder would be", encoding="utf-8")
    font = font_cache.load_font("Regular", font_path("NotoSans-Regular.ttf"))
    assert font.face.unitsPerEm == 1000
    assert kept_in.read_text(encoding="utf-8") == "a file where the folder would be"


def test_an_export_with_kept_fonts_writes_the_same_bytes(tmp_path: Path) -> None:
    """Whole processes, as a volunteer runs them: the first export parses the fonts and
    keeps them, the second reads them back, the third finds them damaged. Every PDF is the
    same to the byte (``--invariant``), reads back as the Kazakh letter, and nothing is
    left out of the tally (no collection at exit loses a line)."""
    data = tmp_path / "data"
    outputs = []
    for run in range(3):
        if run == 2:
            for kept in (data / "fonts").iterdir():
                kept.write_bytes(kept.read_bytes()[:1000])
        out = tmp_path / f"out{run}"
        done = run_uawriter(data, *EXPORT, "--out", str(out))
        assert done.returncode == 0, done.stderr
        outputs.append({path.name: path.read_bytes() for path in sorted(out.glob("*.pdf"))})
        assert sorted(p.name for p in (data / "fonts").iterdir()) == [
            "NotoSans-Bold.ttf.metrics",
            "NotoSans-Regular.ttf.metrics",
        ]
    assert len(outputs[0]) == 3
    assert outputs[0] == outputs[1] == outputs[2]
    first = tmp_path / "out0" / sorted(outputs[0])[0]
    assert "Қазақстан" in " ".join(pdf_pages_text(first))
    tally = (data / "tally.jsonl").read_text(encoding="utf-8").splitlines()
    assert sum('"channel": "fax"' in line or '"channel":"fax"' in line for line in tally) == 9


def test_output_to_a_full_disk_is_named_as_the_output(tmp_path: Path) -> None:
    """``uawriter packs > /dev/full``: the message said the data folder could not be
    written, which sent an organiser looking at the wrong disk."""
    from uawriter.cli import run
    from uawriter.paths import AppPaths

    err = io.StringIO()
    full = open("/dev/full", "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    try:
        code = run(["packs"], AppPaths(tmp_path / "data"), full, err)
    finally:
        with contextlib.suppress(OSError):
            full.close()  # what was left in its buffer fails once more, as it did for run
    assert code == 1
    assert err.getvalue() == "uawriter: could not write the output: No space left on device\n"


def test_a_reader_that_stops_early_gets_no_traceback_and_the_letters_are_counted(
    tmp_path: Path,
) -> None:
    """``uawriter export … | head -1``, ``uawriter contacts … | head``: the reader closes
    the pipe. The letters are written and counted all the same, and nothing is said:
    no "could not write in the data folder: Broken pipe", no "Exception ignored" at exit."""
    data, out = tmp_path / "data", tmp_path / "out"
    for argv in (
        ("contacts", "--pack", SEED_ID),
        (*EXPORT, "--out", str(out)),
    ):
        process = subprocess.Popen(
            [sys.executable, "-m", "uawriter", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "UAWRITER_DATA_DIR": str(data)},
        )
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()  # the reader is gone before anything is written
        errors = process.stderr.read().decode()
        assert process.wait(timeout=120) == 1
        assert errors == ""
    assert len(list(out.glob("*.pdf"))) == 3
    tally = (data / "tally.jsonl").read_text(encoding="utf-8")
    assert tally.count('"channel"') == 3


#: The window as a volunteer starts it, closed as soon as it is up.
START_AND_CLOSE = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from uawriter.app import run_app
from uawriter.paths import AppPaths

os.environ["QT_QPA_PLATFORM"] = "offscreen"
app = QApplication(sys.argv[:1])
QTimer.singleShot(1500, QApplication.closeAllWindows)
sys.exit(run_app(AppPaths(Path(os.environ["UAWRITER_DATA_DIR"]))))
"""


def test_what_a_killed_font_write_left_goes_at_the_next_start(tmp_path: Path) -> None:
    """Two processes keep the same font; one is killed while writing. The other's file is
    good, so no later run writes there again (the only time the folder was tidied): the
    window's start now tidies it, as it tidies the drafts' folders."""
    data = tmp_path / "data"
    done = run_uawriter(data, *EXPORT, "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    fonts = data / "fonts"
    left = fonts / ".NotoSans-Regular.ttf.metrics.k1lled00.uawriter.tmp"
    left.write_bytes(b'uawriter font metrics\n{"key":')
    os.utime(left, (1, 1))  # no writer holds it, and it is old
    other = fonts / "notes.txt"  # not the app's: left alone
    other.write_text("an organiser's note", encoding="utf-8")

    done = run_uawriter(data, script=START_AND_CLOSE)

    assert done.returncode == 0, done.stderr
    assert not left.exists()
    assert other.exists()
    assert (fonts / "NotoSans-Regular.ttf.metrics").is_file()


def test_messages_that_cannot_be_written_do_not_stop_the_letters(tmp_path: Path) -> None:
    """``uawriter export … 2>/dev/full``: an empty note, written before the letters (a
    full disk refuses even that), stopped the export, and no letter was written. Messages
    nobody can be shown are let go; the letters are written and counted."""
    data, out = tmp_path / "data", tmp_path / "out"
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "uawriter", *EXPORT, "--out", str(out)],
            stdout=subprocess.PIPE,
            stderr=full,
            env={**os.environ, "UAWRITER_DATA_DIR": str(data)},
            timeout=120,
            check=False,
        )
    assert done.returncode == 0
    assert len(done.stdout.decode().splitlines()) == 3  # the files written, as always
    assert len(list(out.glob("*.pdf"))) == 3
    assert (data / "tally.jsonl").read_text(encoding="utf-8").count('"channel"') == 3
    with open("/dev/full", "w", encoding="utf-8") as full:
        wrong = subprocess.run(
            [sys.executable, "-m", "uawriter", "export", "--pack", "no-such-pack"],
            stderr=full,
            env={**os.environ, "UAWRITER_DATA_DIR": str(data)},
            timeout=120,
            check=False,
        )
    assert wrong.returncode == 2  # a usage error still says so, in its exit status


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "--pack", SEED_ID, "--lang", "en", "--combined", "-"),
        ("export", "--pack", SEED_ID, "--lang", "en", "--out", "-"),
        ("export", "--pack", SEED_ID, "--lang", "en", "--combined", ""),
        ("envelopes", "--pack", SEED_ID, "--out", "-"),
        ("pack-export", SEED_ID, "-"),
        ("tally", "--csv", "-"),
        ("tally", "--pdf", " "),
    ],
)
def test_a_dash_is_not_taken_for_a_file_name(tmp_path: Path, argv: tuple[str, ...]) -> None:
    """``--combined -`` wrote a PDF called "-" into whatever folder the terminal was in,
    where ``-`` means the terminal to most programs."""
    done = subprocess.run(
        [sys.executable, "-m", "uawriter", *argv],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "UAWRITER_DATA_DIR": str(tmp_path / "data")},
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "is not a name to write to" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) in ([], ["data"])

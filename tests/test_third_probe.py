"""What a third probe, run as an attacker would with new inputs, found (issue 12), each now a
test. Its templates that built gigabytes in one filter or method call are in
test_pack_loading.py's HOSTILE_TEMPLATES; here: a long name measured letter by letter, a
folder name that is not UTF-8, escape sequences and line breaks reaching the terminal,
standard input without a bound, and a PIN file that names any iteration count."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest
from test_cli import cli
from uawriter.paths import AppPaths
from uawriter.rendering import pdf
from uawriter.storage.event import CurrentEvent, hash_pin, load, save
from uawriter.storage.tally import EventInfo


def user_pack(paths: AppPaths, name: str = "probe") -> Path:
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, name)
    edit_manifest(folder, f'id = "{TRAINING_ID}"', f'id = "{name}"')
    return folder


def test_a_long_name_is_shortened_in_a_few_measures(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page header's name was cut one letter at a time, measuring it again after each:
    a name of 6,000 letters without a space took 34 s an export. Now a binary search."""
    measured: list[str] = []
    real = pdf.text_width

    def counted(text: str, size: float) -> float:
        measured.append(text)
        return real(text, size)

    monkeypatch.setattr(pdf, "text_width", counted)
    page_width = 595.0
    shortened = pdf._fit("W" * 6000, page_width)
    assert shortened.endswith("…")
    assert real(shortened, pdf.SMALL_SIZE) <= page_width - 2 * pdf.MARGIN_SIDE
    assert real(shortened[:-1] + "W…", pdf.SMALL_SIZE) > page_width - 2 * pdf.MARGIN_SIDE
    assert len(measured) <= 15
    assert pdf._fit("Ms Elena Sartori", page_width) == "Ms Elena Sartori"


def test_a_letter_to_a_long_name_is_exported(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    folder = user_pack(paths)
    # a name as long as a pack's field may be (1,000 characters), in one word
    edit_manifest(folder, 'name = "Ms Elena Sartori"', f'name = "{"W" * 1000}"')
    done = cli(paths, "export", "--pack", "probe", "--lang", "es", "--out", str(tmp_path / "o"))
    assert done.code == 0, done.err
    (written,) = (tmp_path / "o").glob("*.pdf")
    second_page = PdfReader(written).pages[1].extract_text()
    assert "W…" in second_page  # the continuation header, shortened


def test_a_folder_name_that_is_not_utf8_still_counts_the_letter(tmp_path: Path) -> None:
    """``--out`` on a USB stick's folder named with a Latin-1 byte: the PDF was written and
    then the tally failed (UnicodeEncodeError), so the letter went uncounted."""
    paths = AppPaths(tmp_path / "data")
    user_pack(paths)
    odd = os.fsdecode(os.fsencode(tmp_path) + b"/out-\xff")
    done = cli(paths, "export", "--pack", "probe", "--lang", "es", "--out", odd)
    assert done.code == 0, done.err
    assert len(list(Path(odd).glob("*.pdf"))) == 1
    raw = paths.tally_file.read_bytes()
    record = json.loads(raw.decode("utf-8"))  # the tally stays UTF-8 text
    assert record["file"].startswith(str(tmp_path))
    assert "out-\\xff" in record["file"]
    assert "Letters written: 1 " in cli(paths, "tally").out


def test_typed_escape_sequences_are_shown_not_obeyed(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    user_pack(paths)
    hostile = "\x1b[2J\x1b]0;PWNED\x07"
    out = str(tmp_path / "o")
    done = cli(paths, "export", "--pack", "probe", "--lang", "es", "--to", hostile, "--out", out)
    assert done.code == 2
    assert "\x1b" not in done.err
    assert "\x07" not in done.err
    assert "\\x1b[2J" in done.err


def test_c1_controls_in_a_name_do_not_reach_the_terminal(tmp_path: Path) -> None:
    """U+009B is a CSI on terminals that read C1 controls; the missing-font warning printed
    it raw. Since the eighth probe a pack's text may hold no control character at all: the
    pack is refused, and the problem names the character by its number."""
    paths = AppPaths(tmp_path / "data")
    folder = user_pack(paths)
    edit_manifest(folder, 'name = "Ms Elena Sartori"', 'name = "Ms Elena\\u009b2J\\u0085Sartori"')
    done = cli(paths, "export", "--pack", "probe", "--lang", "es", "--out", str(tmp_path / "o"))
    assert done.code == 1
    assert "addressees[0].name: holds a control character (U+009B, character 9)" in done.err
    assert "\x9b" not in done.err
    assert "\x85" not in done.err


def test_a_line_break_in_a_field_cannot_forge_a_number_to_dial(tmp_path: Path) -> None:
    """A line break in a title forged a "fax" line in ``contacts``. Since probe 24B a field
    of one line holds no line break at all: the pack is refused, naming the field, and no
    forged line reaches the terminal."""
    paths = AppPaths(tmp_path / "data")
    folder = user_pack(paths)
    forged = "Minister\\r\\nfax      00 1 555 0100  (forged line)"
    edit_manifest(folder, 'title = "Minister of Justice"', f'title = "{forged}"')
    done = cli(paths, "contacts", "--pack", "probe", "--from-country", "DE")
    assert done.code == 1
    assert "addressees[0].title: holds a line break (U+000D, character 9)" in done.err
    assert "555 0100" not in done.out


def test_standard_input_is_read_up_to_the_size_of_an_urgent_action(tmp_path: Path) -> None:
    """``draft-pack -`` read all of its input: /dev/zero took 3.8 GB in 5 s."""
    env = {**os.environ, "UAWRITER_DATA_DIR": str(tmp_path / "data")}
    with open("/dev/zero", "rb") as zeros:
        done = subprocess.run(
            [sys.executable, "-m", "uawriter", "draft-pack", "-"],
            stdin=zeros,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    assert done.returncode == 1
    assert "standard input is longer than an Urgent Action" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("iterations", [2**70, 10**8, 0, 5])
def test_a_pin_file_with_a_forged_iteration_count_is_set_aside(
    tmp_path: Path, iterations: int
) -> None:
    """2**70 crashed the PIN check; 10**8 made each typed PIN take 32 s."""
    path = tmp_path / "event.json"
    save(path, CurrentEvent(info=EventInfo.new("Evening"), pin=hash_pin("2468")))
    assert load(path).event is not None
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pin"]["iterations"] = iterations
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load(path)
    assert loaded.event is None
    assert loaded.set_aside is not None
    assert loaded.set_aside.exists()
    assert not path.exists()

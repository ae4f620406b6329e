"""Probe 97a (issue 12, items 2, 5 and 6): a template's own text reaching the terminal
through the message of the error it raises, with its line breaks; an event file whose
volunteer count is a number of 4,300 digits."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from qt_helpers import ModalAnswers
from test_gui import open_window
from uawriter.paths import AppPaths
from uawriter.storage import event as event_store
from uawriter.storage.tally import EventInfo

FORGED = "uawriter: installed pack ua-129-10-u3 (revision 9), all checked"


def _forged_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("uawriter: installed pack")]


@pytest.mark.parametrize("command", ["validate", "import"])
@pytest.mark.parametrize("value", ["'a'", "1"])
def test_f1_a_template_s_format_specifier_forges_a_line_of_validate_and_import(
    tmp_path: Path, command: str, value: str
) -> None:
    """A pack from a stranger's stick whose letter holds
    ``{{ '{:\\n<FORGED>\\n}'.format('a') }}``: validate and import refuse it, and print
    Python's message "Invalid format specifier '…' for object of type 'str'" with the
    specifier's line breaks as they are. The organiser's terminal shows "uawriter:
    installed pack ua-129-10-u3 (revision 9), all checked" as a line of its own, under
    a refusal: the forged line that file names, folder names and fields may no longer
    print (probe 62 F3). The message is the template's text, so its line breaks should be
    shown as \\x0a, as a field's are."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "stick")
    edit_manifest(pack, 'id = "training-valdoria"', 'id = "p97-forged"')
    letter = pack / "letters" / "es.txt"
    spec = "\\n" + FORGED + "\\n"
    letter.write_text(
        "Estimado {{ addressee.name }}:\n{{ '{:" + spec + "}'.format(" + value + ") }}\n",
        encoding="utf-8",
    )
    result = run_uawriter(tmp_path / "data", command, str(pack))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Invalid format specifier" in output, output
    assert _forged_lines(output) == [], output


def test_f2_a_letter_that_fails_only_on_a_later_date_forges_a_line_of_export(
    tmp_path: Path,
) -> None:
    """The same message, from a pack that passed import: its letter fails only when dated
    in 2030 (``{% if '2030' in date %}``), which no check at import sees. `uawriter export
    --date 2030-01-05` prints "uawriter: the letter could not be written: …" and, on a
    line of its own, "uawriter: installed pack ua-129-10-u3 (revision 9), all checked":
    the error's own text is printed with its line breaks, unlike a field's."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "stick")
    edit_manifest(pack, 'id = "training-valdoria"', 'id = "p97-later"')
    spec = "\\n" + FORGED + "\\n"
    (pack / "letters" / "es.txt").write_text(
        "Estimado {{ addressee.name }}:\n"
        "{% if '2030' in date %}{{ '{:" + spec + "}'.format(1) }}{% endif %}\n"
        "Texto.\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    imported = run_uawriter(data, "import", str(pack))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    result = run_uawriter(
        data,
        "export",
        "--pack",
        "p97-later",
        "--lang",
        "es",
        "--date",
        "2030-01-05",
        "--out",
        str(tmp_path / "out"),
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Invalid format specifier" in output, output
    assert _forged_lines(output) == [], output


def test_f3_an_event_file_counting_a_4300_digit_volunteer_stops_next_volunteer(
    qtbot: QtBot, tmp_path: Path, answers: ModalAnswers
) -> None:
    """event.json, edited by hand or damaged, counts volunteer 999…9 (4,300 nines: JSON
    that Python reads, as it reads up to 4,300 digits). The window starts with the event
    running and nothing set aside. At "Next volunteer" the count becomes 10**4300, which
    Python cannot write as text: saving the event raises ValueError, which the window does
    not catch (it catches OSError), so the click ends in a traceback after the last
    volunteer's letter was cleared, and the next volunteer gets no number. The file should
    be set aside as damaged when read, as one with a negative count is, or the count
    bounded."""
    data = tmp_path / "data"
    paths = AppPaths(data)
    event_store.start(paths.event_file, EventInfo.new("Write for Rights"), "2468")
    text = paths.event_file.read_text(encoding="utf-8")
    paths.event_file.write_text(
        text.replace('"volunteer": 1', '"volunteer": ' + "9" * 4300), encoding="utf-8"
    )
    said: list[str] = []
    answers.expect("warning", lambda box: (said.append(box.text()), box.accept()))
    window = open_window(qtbot, data)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)

    # set aside as damaged, and said, as one with a negative count is: no event runs
    assert "event" in said[0], said
    assert not window.event_controls.mode.running
    assert list(data.glob("event.json.broken-*"))

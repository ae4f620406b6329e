"""Probe 93b: an attacker's inputs that no probe had used yet (issue 12, field hardening).

F1: the invisible direction marks (U+200E, U+200F and U+061C), the three bidi controls
that the terminal-safe text does not escape, reach the terminal from a stranger's pack.
F2: an --out path with ".." after a link: the folder is made in one place, the letters
are written in another (and fail there).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest
from uawriter.cli import run
from uawriter.paths import AppPaths


def _cli(paths: AppPaths, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), paths, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("mark", "shown"),
    [
        ("\u200f", "\\u200f"),  # RIGHT-TO-LEFT MARK
        ("\u200e", "\\u200e"),  # LEFT-TO-RIGHT MARK
        ("\u061c", "\\u061c"),  # ARABIC LETTER MARK
    ],
)
def test_f1_an_invisible_direction_mark_in_a_pack_is_shown_escaped_in_the_terminal(
    tmp_path: Path, mark: str, shown: str
) -> None:
    """A stranger's pack puts an invisible right-to-left mark in the Minister of Justice's
    street line: "Avenida Central<RLM> 100 4120". `uawriter contacts`, which lists each
    address "ready to dial" and to copy onto an envelope, sends the mark to the terminal as
    it is. A terminal that lays out bidirectional text (GNOME Terminal/VTE, Konsole, mlterm)
    obeys it: the numbers after it are set right to left, and the volunteer reads
    "… 4120 100 …", a house number and a postcode swapped on the envelope she writes by
    hand, while the pack and its PDFs say otherwise. The same mark in a title or a UA
    number reaches `packs` and `tally`.

    Direction overrides (U+202A–U+202E) and isolates (U+2066–U+2069) are already shown
    escaped ("\\u2067"), not obeyed (test_cli: a direction isolate is "shown escaped, not
    obeyed"). The marks U+200E, U+200F and U+061C are the remaining three of Unicode's
    twelve Bidi_Control characters, and they are invisible, so they should be shown the
    same way."""
    paths = AppPaths(tmp_path / "data")
    paths.user_packs.mkdir(parents=True)
    mine = copy_bundled_pack(TRAINING_ID, paths.user_packs, "my-training")
    edit_manifest(mine, f'id = "{TRAINING_ID}"', 'id = "my-training"')
    edit_manifest(
        mine,
        'address = ["Avenida Central 100", "Puerto Claro"]',
        f'address = ["Avenida Central{mark} 100 4120", "Puerto Claro"]',
    )
    edit_manifest(mine, 'ua_number = "000/26"', f'ua_number = "{mark}000/26"')

    code, out, err = _cli(paths, "contacts", "--pack", "my-training", "--from-country", "DE")
    assert code == 0, err
    assert "Avenida Central" in out  # the pack was read and its addresses listed
    for stream in (out, err):
        assert mark not in stream
    assert f"Avenida Central{shown} 100 4120" in out

    code, out, err = _cli(paths, "packs")
    assert "my-training" in out
    for stream in (out, err):
        assert mark not in stream


def test_f1_a_direction_mark_in_an_urgent_action_is_shown_escaped_by_draft_pack(
    tmp_path: Path,
) -> None:
    """The same mark in the text of an Urgent Action given to `uawriter draft-pack`: the
    draft's summary lists the official "President<RLM> 10 20" with the mark sent to the
    terminal as it is, so the organiser reviewing what was found sees "20 10" in a terminal
    that lays out bidirectional text. Overrides, isolates and ESC there are escaped or
    dropped (probe 90a's held list); this mark is not."""
    source = Path(__file__).parent / "data" / "drafting" / "extra-36-02.txt"
    text = source.read_text(encoding="utf-8").replace("President", "President\u200f 10 20", 1)
    ua = tmp_path / "ua.txt"
    ua.write_text(text, encoding="utf-8")
    paths = AppPaths(tmp_path / "data")

    _code, out, err = _cli(paths, "draft-pack", str(ua), "--out", str(tmp_path / "draft"))

    assert "President" in out + err  # the official was found and listed
    for stream in (out, err):
        assert "\u200f" not in stream
    assert "President\\u200f 10 20" in out + err


def test_f2_an_out_folder_reached_through_a_link_and_dotdot_gets_the_letters(
    tmp_path: Path,
) -> None:
    """`uawriter export --out stick/../Letters`, where `stick` is a link to a folder
    (`/media/ann/STICK/UA`, as a desktop link to a stick is): the system, `ls` and UA
    Writer's own checks take `stick/..` to be the link target's parent. So the export
    makes the folder `Letters` there, and then writes each letter's temporary file
    beside the link instead (`tempfile.mkstemp` takes `..` off the path by its
    letters). The export fails on its first letter with "No such file or directory",
    naming a folder that is there. Nothing is written or counted, and an empty
    `Letters` folder is left where the message does not say."""
    stick = tmp_path / "stick"
    (stick / "UA").mkdir(parents=True)
    desktop = tmp_path / "desktop"
    desktop.mkdir()
    (desktop / "stick").symlink_to(stick / "UA", target_is_directory=True)
    out = Path(f"{desktop}/stick/../Letters")  # the folder the system means: stick/Letters
    paths = AppPaths(tmp_path / "data")

    argv = ["export", "--pack", TRAINING_ID, "--lang", "es", "--channel", "post"]
    code, _out, err = _cli(paths, *argv, "--out", str(out))

    made = stick / "Letters"
    assert made.is_dir()  # the export made its folder here, through the link
    assert code == 0, err
    assert sorted(p.suffix for p in made.iterdir()) == [".pdf"]
    assert not (desktop / "Letters").exists()

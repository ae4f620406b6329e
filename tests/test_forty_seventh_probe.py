"""Probe 47 (today's fixes of probes 44-46).

F1  (regression) A note as Android writes it, ending with a line break and a soft break
    ("…=0A="), took the next property (the fax number) into the note, or, before the card's
    END, had the whole file refused: after an encoded line break a line begins a property
    only as a program writes it, its value straight after the colon.
F2  A post box written otherwise than the list of words knew ("P.O.Box 1000", "Case postale
    1000", "а/я 1000") still held the town line: the postcode holds it only beside a word
    beginning as the town does.
F3  A pack in a folder not named as its id, saved in the pack editor and killed once the
    saved copy was in: the next start gave the old copy back as packs/<id>, listed and used,
    and the saved one was "broken": a copy is given back only when no folder holds its id.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, TRAINING_ID, copy_bundled_pack, edit_manifest
from uawriter.engine import list_packs
from uawriter.paths import AppPaths
from uawriter.storage.contact_files import read_csv, read_vcards

# ---------------------------------------------------------- F1: vCard note ending in a line break


def _android_card(after: str) -> str:
    """An Android vCard 2.1: a note in Russian ending with a line break, every byte
    encoded, and the value ended by a soft break '=' (Android ends one of 23, 46, 69…
    bytes so: probe 42)."""
    note = "Звонить до 10:00\n".encode()
    encoded = "".join(f"={byte:02X}" for byte in note)
    return (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Petrova;Anna;;;\r\nFN:Anna Petrova\r\n"
        "ORG:Embassy of Valdoria\r\n"
        f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{encoded}=\r\n"
        f"{after}"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Second Person\r\nEMAIL:two@example.org\r\nEND:VCARD\r\n"
    )


def test_a_note_ending_in_a_line_break_keeps_the_next_property() -> None:
    """'=0D=0A=' / '=0A=' then a property: the fax number was read into the note."""
    contacts = read_vcards(_android_card("TEL;WORK;FAX:+7 7172 123456\r\nEND:VCARD\r\n"))
    assert [(c.name, c.fax) for c in contacts] == [
        ("Anna Petrova", "+7 7172 123456"),
        ("Second Person", ""),
    ]


def test_a_note_ending_in_a_line_break_keeps_the_end_of_its_card() -> None:
    """'…=0A=' then END:VCARD: the whole file was refused ('is not a vCard file that can be
    read'), every contact in it lost."""
    contacts = read_vcards(_android_card("END:VCARD\r\n"))
    assert [c.name for c in contacts] == ["Anna Petrova", "Second Person"]


# ------------------------------------------------------------------------------ F2: the town line


@pytest.mark.parametrize(
    ("line", "postcode", "town"),
    [
        ("P.O.Box 1000", "1000", "Skopje"),
        ("Поштенски фах 1000", "1000", "Skopje"),
        ("Apdo. 1000", "1000", "San José"),
        ("Case postale 1000", "1000", "Lausanne"),
        ("PF 1000", "1000", "Bern"),
        ("PL 1000", "1000", "Helsinki"),
        ("Skrytka pocztowa 1000", "1000", "Warszawa"),
        ("Poštanski pretinac 1000", "1000", "Zagreb"),
        ("а/я 1000", "1000", "Skopje"),
        ("ص.ب 1000", "1000", "Amman"),
        ("Blvd. Partizanski 1000", "1000", "Skopje"),
    ],
)
def test_a_post_box_line_holding_the_postcode_keeps_the_town_line(
    line: str, postcode: str, town: str
) -> None:
    """Probe 44 F1 for other spellings of a post box: the town was left off the letter."""
    (contact,) = read_csv(
        f'name,address,postcode,city\nMr X,"Embassy of Valdoria\n{line}",{postcode},{town}\n'
    )
    assert contact.address == ("Embassy of Valdoria", line, f"{postcode} {town}")


# --------------------------------------------------------------- F3: a save killed after the swap

_SAVE_KILLED_AFTER_THE_SWAP = r"""
import os, signal, sys
from pathlib import Path
import uawriter.pack_files as pf
from uawriter.engine import pack_state
folder = Path(sys.argv[1])
files = pf.read_pack_files(folder)
lang = sorted(files.templates)[0]
files.templates[lang] += "\nSAVED EDIT\n"
state = pack_state(folder)
real_sync = pf.sync_folder
def sync_then_killed(path):
    real_sync(path)
    os.kill(os.getpid(), signal.SIGKILL)  # the new copy is in, the old one still aside
pf.sync_folder = sync_then_killed
pf.save_pack_files(files, folder.parent, folder, state)
"""


def test_a_save_killed_once_done_leaves_the_saved_pack_in_use(tmp_path: Path) -> None:
    """A pack installed by hand as packs/valdoria-mine (id valdoria), saved in the pack
    editor; the window killed right after the saved copy was swapped in: the next start
    gave the old copy back as packs/valdoria, which is listed, and the saved one is
    'broken: already used by packs/valdoria'."""
    paths = AppPaths(tmp_path / "data")
    paths.user_packs.mkdir(parents=True)
    pack = copy_bundled_pack(TRAINING_ID, paths.user_packs, "valdoria-mine")
    edit_manifest(pack, f'id = "{TRAINING_ID}"', 'id = "valdoria"')
    env = dict(os.environ, UAWRITER_DATA_DIR=str(paths.data_dir))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", _SAVE_KILLED_AFTER_THE_SWAP, str(pack)],
        env=env,
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "SAVED EDIT" in "".join(p.read_text("utf-8") for p in (pack / "letters").iterdir())

    rows = [row for row in list_packs(paths) if row.id == "valdoria"]  # the next start

    usable = [row for row in rows if not row.problems]
    assert len(usable) == 1, rows
    assert not [row for row in rows if row.problems], [row.problems for row in rows]
    assert Path(usable[0].folder).name == "valdoria-mine", usable[0]

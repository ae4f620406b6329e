"""Probe 52 (the fixes of probe 51).

F1  (regression) An import killed while removing its staging folder, its new copy in: the
    staging's new/ went first, and the next start gave back the copy it replaced (listed as
    a second pack of that id) or part of one. The old copies are removed first now.
F2  (regression) A name signed by hand straight under "Yours sincerely," went under the
    address lines typed afterwards: only a paragraph of its own after the last line (a
    P.S.) goes at the end; a line straight under the last one stays under it.
F3  A name signed by hand and then typed in the Name box too was signed twice, in this
    letter and in those carried to the other addressees: both sides added the same line,
    and it is written once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import SEED_ID, copy_bundled_pack
from uawriter.domain.model import Pack, Sender
from uawriter.packs.loader import load_pack
from uawriter.session import LetterSession

DATE = dt.date(2026, 12, 10)


# --------------------- F1: an import killed while removing its staging folder gives back
# --------------------- the copy it replaced: two copies of the pack, one listed as broken

KILL_WHEN_NEW_REMOVED = """
import os, signal, sys, shutil
from pathlib import Path
real_rmdir = os.rmdir
def rmdir(path, *args, **kwargs):
    real_rmdir(path, *args, **kwargs)
    if Path(path).name == "new":   # the staging folder's emptied new/ is gone, old/ is not
        os.kill(os.getpid(), signal.SIGKILL)
os.rmdir = rmdir
real_rmtree = shutil.rmtree
def rmtree(path, *a, **k):
    # shutil.rmtree goes in os.scandir order; on this ext4 that is new, .in-use, old for
    # every staging folder made; this makes the same order on any file system
    p = Path(path)
    if p.name.startswith(".uawriter-import-") and (p / "old").exists() and (p / "new").is_dir():
        os.rmdir(p / "new")
    return real_rmtree(path, *a, **k)
shutil.rmtree = rmtree
"""


def test_an_import_killed_while_cleaning_up_leaves_one_copy(tmp_path: Path) -> None:
    from test_killed_halfway import _local_pack, import_killed
    from uawriter.engine import list_packs, load_catalog
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "userdata")
    paths.user_packs.mkdir(parents=True)
    _local_pack(paths.user_packs, "Our edit")
    killed = import_killed(paths, tmp_path, KILL_WHEN_NEW_REMOVED)
    assert killed.returncode == -9, killed.stderr
    # the new copy is in: packs/valdoria-local holds "Corrected"
    rows = [row for row in list_packs(paths) if row.id == "valdoria-local"]  # the next start
    titles = [
        p.action.title.get("en") for p in load_catalog(paths).packs if p.id == "valdoria-local"
    ]
    assert all(t.startswith("Corrected") for t in titles), titles
    folders = sorted(p.name for p in paths.user_packs.iterdir())
    assert len(rows) == 1, (folders, [(r.folder, r.problems) for r in rows])


# ------------------------- F2: a name signed by hand stays above the address typed after it


def _pack_signed_with_address(tmp_path: Path) -> Pack:
    """The seed pack signed with the sender's name and address under it (probe 51's F1)."""
    folder = copy_bundled_pack(SEED_ID, tmp_path)
    letter = folder / "letters" / "en.txt"
    text = letter.read_text(encoding="utf-8").rstrip("\n")
    letter.write_text(
        text + "\n{% for line in sender.address %}{{ line }}\n{% endfor %}", encoding="utf-8"
    )
    pack = load_pack(folder)
    assert isinstance(pack, Pack), pack
    return pack


def _signed_by_hand_then(tmp_path: Path, sender: Sender) -> list[str]:
    """The seed pack signed with the name and address lines: a name signed by hand under
    "Yours sincerely," with the Name box empty, then ``sender`` typed in the boxes. The
    signature's lines."""
    pack = _pack_signed_with_address(tmp_path)
    session = LetterSession.start(pack, "en", pack.addressees[0], Sender(""), DATE)
    assert session.text.rstrip("\n").endswith("Yours sincerely,")
    session = session.with_text(session.text.rstrip("\n") + "\nAnna Petrova\n")  # by hand
    session = session.with_sender(sender)
    lines = session.text.rstrip("\n").split("\n")
    return lines[len(lines) - 1 - lines[::-1].index("Yours sincerely,") :]


def test_a_name_signed_by_hand_stays_above_the_address_typed_later(tmp_path: Path) -> None:
    tail = _signed_by_hand_then(tmp_path, Sender("", ("12 Abai Street", "Almaty 050000")))
    assert tail.index("Anna Petrova") < tail.index("12 Abai Street"), tail


# -------------- F3: a name signed by hand, then typed in the Name box: the letter is signed twice


def _seed_signed_by_hand(tmp_path: Path, signed: str) -> tuple[Pack, LetterSession]:
    """The seed pack as shipped: ``signed`` under "Yours sincerely," with the Name box empty,
    then "Anna Petrova" typed in the Name box."""
    pack = load_pack(copy_bundled_pack(SEED_ID, tmp_path))
    assert isinstance(pack, Pack), pack
    session = LetterSession.start(pack, "en", pack.addressees[0], Sender(""), DATE)
    session = session.with_text(session.text.rstrip("\n") + f"\n\n{signed}\n")
    return pack, session.with_sender(Sender("Anna Petrova"))


def test_a_name_signed_by_hand_then_typed_in_the_name_box_is_signed_once(tmp_path: Path) -> None:
    pack, session = _seed_signed_by_hand(tmp_path, "Anna Petrova")
    for text in (session.text, session.letter_for(pack.addressees[1]).text):
        signature = text.rstrip("\n").rsplit("Yours sincerely,", 1)[1].split("\n")
        assert signature.count("Anna Petrova") == 1, signature


def test_signed_by_hand_then_typed_with_an_address_is_signed_once(tmp_path: Path) -> None:
    tail = _signed_by_hand_then(
        tmp_path, Sender("Anna Petrova", ("12 Abai Street", "Almaty 050000"))
    )
    assert tail.count("Anna Petrova") == 1, tail
    assert tail.index("Anna Petrova") < tail.index("12 Abai Street"), tail


def test_a_line_of_her_own_beside_the_name_is_kept(tmp_path: Path) -> None:
    """A line she added that the other side did not add is still carried."""
    _pack, session = _seed_signed_by_hand(tmp_path, "Anna Petrova, teacher")
    assert "Anna Petrova, teacher" in session.text

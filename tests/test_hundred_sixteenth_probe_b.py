"""Probe 116b: an attacker's addressees at their length limits, in Chinese.

F1: an addressee whose title, name and organisation are each 1,000 Chinese characters
(the most a field holds) gives a letter whose address block fills the first page to its
foot: the greeting "Estimada Señora Ministra:" is printed alone at the foot of that page,
and every line of the letter's text is on the next. The letter's end is kept with its
signature by moving it whole to the next page (``_KeptAtEnd``), and nothing keeps the
greeting with the text it opens.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, pdf_words, run_uawriter

# ----------------------------------- F1: a greeting alone at the foot of a page

#: A ministry's name in Chinese, repeated to the 1,000 characters a field holds.
CHINESE_AT_LIMIT = ("中华人民共和国司法部部长办公室" * 70)[:1_000]


def _chinese_addressee(into: Path) -> Path:
    pack = copy_bundled_pack(TRAINING_ID, into, "p116b-zh")
    edit_manifest(pack, f'id = "{TRAINING_ID}"', 'id = "p116b-zh"')
    quoted = json.dumps(CHINESE_AT_LIMIT, ensure_ascii=False)
    edit_manifest(pack, 'title = "Minister of Justice"', f"title = {quoted}")
    edit_manifest(pack, 'name = "Ms Elena Sartori"', f"name = {quoted}")
    edit_manifest(pack, 'organisation = "Ministerio de Justicia"', f"organisation = {quoted}")
    return pack


def test_f1_the_greeting_is_not_left_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """A volunteer prints the postal letter to an addressee whose title, name and
    organisation are long (1,000 Chinese characters each, what the pack allows). The
    first page holds the address block and, at its very foot, only the greeting
    "Estimada Señora Ministra:"; the letter's text all starts on the next page. A
    greeting alone at a page's foot, like a signature alone at the top of one, is a
    layout error a reader notices: it must be kept with the first lines of the text."""
    data = tmp_path / "data"
    _chinese_addressee(data / "packs")
    out = tmp_path / "stick" / "letters.pdf"
    out.parent.mkdir()

    done = run_uawriter(
        data, "export", "--pack", "p116b-zh", "--lang", "es", "--channel", "post",
        "--sender-name", "X", "--date", "2026-01-01", "--combined", str(out),
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    words = pdf_words(out)
    greeting = next(w for w in words if w.text == "Estimada")
    opening = next(w for w in words if w.text == "escribo")
    assert opening.page == greeting.page, (
        f"the greeting stands alone at the foot of page {greeting.page + 1} "
        f"(top {greeting.top:.0f} pt); the letter's text starts on page {opening.page + 1}"
    )

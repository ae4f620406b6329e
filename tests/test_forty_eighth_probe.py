"""Probe 48 (the issue's classes with fresh inputs): a letter holding a long pasted text
(12,000 lines, every other one empty, as a page copied from a browser or a PDF) froze the
window at every recomposition: 8.1 s for one key in the Name box, 9.5 s for a talking point
ticked. The letter pane's line diff (difflib's matcher, quadratic in repeated lines) now
runs between the texts' common first and last lines only; the time it takes is measured in
bench/letter_diff_bench.py, not here."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from test_gui import find, open_window
from uawriter.letters.merge import MAX_DIFF_PAIRS, carry_edits, line_opcodes

LINES = 12_000
PASTED = "".join(
    ("" if i % 2 else f"Paragraph {i} of a page pasted by mistake.") + "\n" for i in range(LINES)
)


def _applied(a: list[str], b: list[str]) -> list[str]:
    """``a`` turned by ``line_opcodes(a, b)``, checking the opcodes cover both, in order."""
    out: list[str] = []
    at_a = at_b = 0
    for tag, i1, i2, j1, j2 in line_opcodes(a, b):
        assert (i1, j1) == (at_a, at_b)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        out += a[i1:i2] if tag == "equal" else b[j1:j2]
        at_a, at_b = i2, j2
    assert (at_a, at_b) == (len(a), len(b))
    return out


def test_the_line_diff_turns_any_lines_into_any_others() -> None:
    rng = random.Random(48)
    for _ in range(2_000):
        a = [rng.choice(["x\n", "y\n", "\n"]) for _ in range(rng.randint(0, 14))]
        b = [rng.choice(["x\n", "y\n", "\n"]) for _ in range(rng.randint(0, 14))]
        assert _applied(a, b) == b


def test_one_line_changed_in_a_pasted_page_is_one_line_replaced() -> None:
    old = PASTED.splitlines(keepends=True)
    new = list(old)
    new[-2] = "Aigerim\n"
    assert line_opcodes(old, new) == [
        ("equal", 0, LINES - 2, 0, LINES - 2),
        ("replace", LINES - 2, LINES - 1, LINES - 2, LINES - 1),
        ("equal", LINES - 1, LINES, LINES - 1, LINES),
    ]
    both = list(new)
    both[1] = "Dear Minister,\n"  # the middle, 11,996 × 11,996 lines, matched line by line
    assert (LINES - 3) ** 2 > MAX_DIFF_PAIRS
    assert _applied(old, both) == both
    assert [op[0] for op in line_opcodes(old, both)] == [
        "equal", "replace", "equal", "replace", "equal"
    ]  # fmt: skip


def test_edits_are_still_carried_to_another_letter() -> None:
    base = "Dear Minister,\n\nI am writing about Marta.\n\nYours sincerely,\nAnna\n"
    other = base.replace("Dear Minister,", "Dear President,")
    edited = base.replace("Yours sincerely,", PASTED + "Yours sincerely,")
    carried = carry_edits(base, edited, other)
    assert carried.text == other.replace("Yours sincerely,", PASTED + "Yours sincerely,")
    assert carried.skipped == ()


def test_a_key_in_the_name_box_with_a_page_pasted_keeps_the_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The letter is composed again with the name, the pasted page kept whole."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    window.editor.setPlainText(window.editor.toPlainText() + PASTED)
    qtbot.waitUntil(lambda: window.session.text.count("\n") > LINES, timeout=60_000)
    name = find(window, QLineEdit, "senderName")
    qtbot.keyClicks(name, "Aigerim")
    window.sender_pane.flush()
    qtbot.waitUntil(lambda: window.session.sender.name == "Aigerim", timeout=60_000)
    assert PASTED in window.session.text
    assert "Aigerim" in window.session.text
    assert window.editor.toPlainText() == window.session.text
    window.unexported = False

"""Carry a volunteer's edits from one composed letter to another.

A volunteer edits the letter to one addressee; the letters to the others differ only in
the address and the salutation. Rather than make them edit every letter, the edits are
replayed, line by line, on each other letter (a three-way merge, as version control does).
The same replay keeps edits when talking points are ticked or the sender changes.
An edit to a line that differs between the letters (an address line, the salutation)
cannot be replayed and is reported, so the other letter keeps its own line.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

#: The most line pairs a line diff compares line by line; beyond it, lines repeated through
#: the text (the empty lines between paragraphs) are matched only beside the others
#: (difflib's "autojunk"). The exact matcher is quadratic in repeated lines: a page pasted
#: into the letter (12,000 lines, every other one empty) took 8 s a keystroke.
MAX_DIFF_PAIRS = 250_000

Opcode = tuple[str, int, int, int, int]


def line_opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """difflib's opcodes turning the lines ``a`` into ``b``, found between their common
    first and last lines only (a keystroke changes one line of thousands). Every line is
    kept where it matches: a long letter's edits at both ends were replaced whole, and not
    carried into the letter composed again (probe 49)."""
    start = 0
    end = min(len(a), len(b))
    while start < end and a[start] == b[start]:
        start += 1
    tail = 0
    while tail < end - start and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    a_end, b_end = len(a) - tail, len(b) - tail
    opcodes: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
    exact = (a_end - start) * (b_end - start) <= MAX_DIFF_PAIRS
    middle = SequenceMatcher(None, a[start:a_end], b[start:b_end], autojunk=not exact)
    opcodes += [
        (tag, i1 + start, i2 + start, j1 + start, j2 + start)
        for tag, i1, i2, j1, j2 in middle.get_opcodes()
        if i1 != i2 or j1 != j2
    ]
    if tail:
        opcodes.append(("equal", a_end, len(a), b_end, len(b)))
    return opcodes


@dataclass(frozen=True)
class MergeResult:
    text: str
    #: Edited lines of the original that could not be carried over (left as in the target).
    skipped: tuple[str, ...] = ()


def carry_edits(base: str, edited: str, other_base: str) -> MergeResult:
    """Apply the change ``base`` -> ``edited`` to ``other_base``."""
    if edited == base:
        return MergeResult(other_base)
    if other_base == base:
        return MergeResult(edited)
    a, a2, b = _lines(base), _lines(edited), _lines(other_base)
    # where each line of the base stands in the other letter, if it stands there unchanged
    where: dict[int, int] = {}
    for tag, i1, i2, j1, _j2 in line_opcodes(a, b):
        if tag == "equal":
            for offset in range(i2 - i1):
                where[i1 + offset] = j1 + offset
    replacements: list[tuple[int, int, list[str]]] = []
    skipped: list[str] = []
    for tag, i1, i2, j1, j2 in line_opcodes(a, a2):
        if tag == "equal":
            continue
        new_lines = a2[j1:j2]
        if i1 == i2:  # an insertion before a[i1]
            if i1 == len(a) and (i1 - 1 not in where or not new_lines[0].strip()):
                # a paragraph of its own after the last line (a P.S.): after the other's
                # last line too, not between a name and the address lines typed after it;
                # a line straight under the last one (a name signed by hand under "Yours
                # sincerely,") stays under it, above the address lines typed after it
                at = len(b)
            elif i1 in where:
                at = where[i1]
            elif i1 - 1 in where:
                at = where[i1 - 1] + 1
            elif i1 == 0:
                at = 0
            else:
                skipped.extend(new_lines)
                continue
            replacements.append(_beside_theirs(new_lines, b, set(where.values()), at))
            continue
        mapped = [where.get(i) for i in range(i1, i2)]
        if not new_lines and None in mapped:
            # lines deleted, some of them this letter's own (the greeting, an address
            # line): the others are deleted there too (not the empty lines around the
            # lines kept), and those are reported, as a line written over them would be
            # (deleted, they went on in the other letters with no word)
            replacements.extend((j, j + 1, []) for j in mapped if j is not None and b[j].strip())
            skipped.extend(a[i] for i in range(i1, i2) if where.get(i) is None)
            continue
        if None in mapped or mapped != list(range(mapped[0] or 0, (mapped[0] or 0) + len(mapped))):
            written_on = _written_on(a, b, where, i1, i2, new_lines)
            if written_on is not None:
                replacements.append(written_on)
            else:
                skipped.extend(line for line in new_lines if line not in b)
            continue
        start = mapped[0]
        assert start is not None
        replacements.append((start, start + (i2 - i1), new_lines))
    result: list[str] = []
    cursor = 0
    for start, end, new_lines in sorted(replacements, key=lambda r: (r[0], r[1])):
        if start < cursor:  # overlapping edits: keep the first, report the rest
            skipped.extend(new_lines)
            continue
        result.extend(b[cursor:start])
        result.extend(new_lines)
        cursor = end
    result.extend(b[cursor:])
    return MergeResult("".join(result), tuple(s.rstrip("\n") for s in skipped if s.strip()))


def _beside_theirs(
    new_lines: list[str], b: list[str], kept: set[int], at: int
) -> tuple[int, int, list[str]]:
    """Lines she added at ``at`` in the other letter ``b``, as (start, end, lines) in
    ``b``: where ``b`` added lines of its own there too (not of the base, ``kept``) and the
    two share a line that is not empty, both sides' lines merged, each shared line once:
    her name signed by hand (a line under it, her address above the date) and then typed in
    the Name box is written once, as version control merges it (probes 52 and 53). Else
    her lines go in at ``at``."""
    low, high = at, at
    while low > 0 and low - 1 not in kept:
        low -= 1
    while high < len(b) and high not in kept:
        high += 1
    theirs = [line.rstrip() for line in b[low:high]]
    mine = [line.rstrip() for line in new_lines]
    blocks = SequenceMatcher(None, theirs, mine, autojunk=False).get_opcodes()
    if not any(tag == "equal" and any(theirs[i1:i2]) for tag, i1, i2, _j1, _j2 in blocks):
        return at, at, new_lines
    merged: list[str] = []
    for tag, i1, i2, j1, j2 in blocks:
        merged.extend(b[low + i1 : low + i2])  # theirs, and the shared lines once
        if tag in ("insert", "replace"):
            merged.extend(new_lines[j1:j2])
    return low, high, merged


def _written_on(
    a: list[str], b: list[str], where: dict[int, int], i1: int, i2: int, new_lines: list[str]
) -> tuple[int, int, list[str]] | None:
    """A line of this letter's own (the greeting: "Dear President,") written on, the
    volunteer going on typing after it on the same line (" I am a teacher…"): the words
    typed after it go after the other letter's own line in the same place ("Dear
    Prosecutor General, I am a teacher…"), as (start, end, lines) in ``b``. None unless
    the one line was kept as it was at the start of the new one, and the other letter has
    one line of its own in its place."""
    if i2 - i1 != 1:
        return None
    old, first = a[i1].rstrip("\n"), new_lines[0]
    if not old.strip() or not first.startswith(old) or not first[len(old) :].strip():
        return None
    before = where.get(i1 - 1) if i1 > 0 else -1
    after = where.get(i1 + 1) if i1 + 1 < len(a) else len(b)
    if before is None or after is None or after != before + 2:
        return None
    at = before + 1
    return at, at + 1, [b[at].rstrip("\n") + first[len(old) :], *new_lines[1:]]


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines

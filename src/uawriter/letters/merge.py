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
#: (difflib's "autojunk"). The exact matcher is quadratic in repeated lines, and worse: a
#: page pasted into the letter (12,000 lines, every other one empty) took 8 s a keystroke,
#: and a template's 460 lines of one letter each took 0.9 s for each letter her words were
#: carried into (probe 92a: 30 s for a pack's 30 officials at 250,000 pairs). A letter's
#: changed middle is rarely 100 lines on each side.
MAX_DIFF_PAIRS = 10_000

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
    #: The other letter as the edits in ``text`` are measured against from now on, when it
    #: is not the other letter itself: without the lines she had written too, where both
    #: wrote them (her name signed by hand, then typed in the Name box), so that they stay
    #: hers (the Name box cleared again does not take her signature with it).
    base: str | None = None


def carry_edits(base: str, edited: str, other_base: str, same_letter: bool = False) -> MergeResult:
    """Apply the change ``base`` -> ``edited`` to ``other_base``. ``same_letter``: the
    other letter is this one composed again (the sender or the points changed, a draft
    resumed), not another addressee's: a line she added is never left out, where the lines
    around it went (her name, the point she unticked) it goes beside the nearest line that
    stayed."""
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
    replacements: list[_Replacement] = []
    skipped: list[str] = []
    shared: set[int] = set()  # lines of ``b`` she wrote too

    def insert(i1: int, new_lines: list[str], anywhere: bool) -> None:
        """Her lines ``new_lines`` inserted before the base's line ``i1``."""
        at = _inserted_at(a, len(b), where, i1, new_lines, anywhere)
        if at is None:
            skipped.extend(new_lines)
            return
        # the lines around hers went (a point unticked): a paragraph of its own, not the
        # first line of the next one
        new_lines = _as_paragraph(new_lines, b, at, i1 in where or i1 - 1 in where)
        low, high, lines, both = _beside_theirs(new_lines, b, set(where.values()), at)
        replacements.append((low, high, lines, True))
        shared.update(both)

    def delete(i1: int, i2: int, all_there: bool) -> list[str]:
        """The base's lines ``i1:i2`` deleted in the other letter; those not deleted there."""
        scattered = _scattered(a, b, where, i1, i2) if all_there else []
        deleted, kept = (scattered, []) if scattered else _deletions(a, b, where, i1, i2)
        replacements.extend((j, j + 1, [], False) for j in deleted)
        return kept

    for tag, i1, i2, j1, j2 in _finer(line_opcodes(a, a2), a, a2):
        new_lines = a2[j1:j2]
        if i1 == i2:  # an insertion before a[i1]
            insert(i1, new_lines, same_letter)
            continue
        mapped = [where.get(i) for i in range(i1, i2)]
        together = None not in mapped and mapped == list(
            range(mapped[0] or 0, (mapped[0] or 0) + len(mapped))
        )
        if not new_lines and not together:
            # lines she deleted, some of them not in the other letter or no longer side by
            # side there (a point ticked between them): each one that is there goes
            skipped.extend(delete(i1, i2, None not in mapped))
            continue
        if not together:
            written_on = _written_on(a, b, where, i1, i2, new_lines)
            if written_on is not None:
                replacements.append((*written_on, False))
            elif same_letter and tag == "replace":
                # her own lines in place of lines some of which went (the point she
                # unticked): hers stay, where those were, and those still there go
                delete(i1, i2, False)
                insert(i1, new_lines, True)
            else:
                skipped.extend(line for line in new_lines if line not in b)
                if any(a[i].strip() and where.get(i) is not None for i in range(i1, i2)):
                    # the lines she wrote over go as she deleted them, not kept unsaid
                    delete(i1, i2, False)
            continue
        start = mapped[0] or 0  # not None: all are there, side by side
        replacements.append((start, start + (i2 - i1), new_lines, False))
    result = _assembled(b, replacements, skipped)
    reported = tuple(s.rstrip("\n") for s in skipped if s.strip())
    measured = "".join(line for j, line in enumerate(b) if j not in shared) if shared else None
    return MergeResult("".join(result), reported, measured)


def _as_paragraph(new_lines: list[str], b: list[str], at: int, beside: bool) -> list[str]:
    """Her lines put in ``b`` at ``at``, where a paragraph begins, and not ``beside`` a
    line that stayed: with an empty line after them, so that they do not run into it."""
    if (
        not beside
        and 0 < at < len(b)
        and not b[at - 1].strip()
        and b[at].strip()
        and new_lines[-1].strip()
    ):
        return [*new_lines, "\n"]
    return new_lines


#: The most line pairs of one changed block compared for likeness (see :func:`_finer`).
MAX_PAIRED = 400

#: How alike two lines are (difflib's ratio) for one to be taken as the other edited.
ALIKE = 0.6


def _finer(opcodes: list[Opcode], a: list[str], a2: list[str]) -> list[Opcode]:
    """The changes of ``opcodes`` (``a`` -> ``a2``), the equal ones left out, with each
    block of lines replaced split into the lines edited (tagged "edit", one line for one:
    the greeting reworded), those deleted, those added and those replaced by others. The
    line diff lumps them together ("Dear President," and the paragraph under it deleted,
    replaced by "Dear Honourable President,"): the paragraph she deleted was kept in the
    other letters, her paragraph under the reworded greeting was left out (probe 60)."""
    finer: list[Opcode] = []
    for group in _joined(opcodes, a):
        tag, i1, _, j1, _ = group[0]
        _, _, i2, _, j2 = group[-1]
        if len(group) > 1:
            tag = "replace"
        if tag == "equal":
            continue
        if tag != "replace" or (i2 - i1) * (j2 - j1) > MAX_PAIRED:
            finer.extend(op for op in group if op[0] != "equal")
            continue
        old, new = a[i1:i2], a2[j1:j2]
        old_keys: list[object] = [k if line.strip() else "" for k, line in enumerate(old)]
        new_keys: list[object] = []
        for j, line in enumerate(new):
            if not line.strip():
                new_keys.append("")
                continue
            alike = [(_alike(o, line), k) for k, o in enumerate(old) if o.strip()]
            best = max(alike, default=(0.0, -1))
            new_keys.append(best[1] if best[0] >= ALIKE else ("new", j))
        for sub, k1, k2, m1, m2 in SequenceMatcher(
            None, old_keys, new_keys, autojunk=False
        ).get_opcodes():
            if sub != "equal":
                finer.append((sub, i1 + k1, i1 + k2, j1 + m1, j1 + m2))
                continue
            for offset in range(k2 - k1):
                if old[k1 + offset] != new[m1 + offset]:
                    i, j = i1 + k1 + offset, j1 + m1 + offset
                    finer.append(("edit", i, i + 1, j, j + 1))
    return finer


def _alike(old: str, new: str) -> float:
    """How alike two lines are: difflib's ratio, or 0 where it is surely under ALIKE."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    if matcher.real_quick_ratio() < ALIKE or matcher.quick_ratio() < ALIKE:
        return 0.0
    return matcher.ratio()


def _joined(opcodes: list[Opcode], a: list[str]) -> list[list[Opcode]]:
    """``opcodes`` in groups: changes parted only by empty lines together (her line in
    place of the greeting, the reworded greeting in place of the paragraph under it: the
    two are paired again by :func:`_finer`)."""
    groups: list[list[Opcode]] = []
    for op in opcodes:
        last = groups[-1] if groups else []
        if (
            op[0] != "equal"
            and len(last) == 1
            and last[0][0] == "equal"
            and len(groups) >= 2
            and groups[-2][-1][0] != "equal"
            and not any(line.strip() for line in a[last[0][1] : last[0][2]])
        ):
            groups[-2:] = [[*groups[-2], *last, op]]
            continue
        groups.append([op])
    return groups


#: Lines ``start:end`` of the other letter replaced by ``lines``; whether those are lines
#: she added (with the other letter's lines they were merged with).
_Replacement = tuple[int, int, list[str], bool]


def _assembled(b: list[str], replacements: list[_Replacement], skipped: list[str]) -> list[str]:
    """The other letter ``b`` with the replacements made, in its order. Two that overlap:
    lines she added go in after the first's lines (before the empty lines they end with),
    never left out (two lines of a letterhead written by hand, merged with the lines the
    Name and Address boxes write); any other edit is left out and reported."""
    result: list[str] = []
    cursor = 0
    for start, end, lines, added in sorted(replacements, key=lambda r: (r[0], r[1])):
        if start < cursor and added:
            theirs = {line.rstrip() for line in b[start:end]}
            hers = [line for line in lines if line.rstrip() not in theirs or not line.strip()]
            hers = [line for line in hers if line.strip()] if start < end else hers
            blank = len(result)
            while blank > 0 and not result[blank - 1].strip():
                blank -= 1
            result[blank:blank] = hers
            continue
        if start < cursor:  # overlapping edits: keep the first, report the rest
            skipped.extend(lines)
            continue
        result.extend(b[cursor:start])
        result.extend(lines)
        cursor = end
    result.extend(b[cursor:])
    return result


def _inserted_at(
    a: list[str],
    b_count: int,
    where: dict[int, int],
    i1: int,
    new_lines: list[str],
    anywhere: bool = False,
) -> int | None:
    """Where lines inserted before the base's line ``i1`` go in the other letter (of
    ``b_count`` lines), or None where the lines around them are this letter's own (unless
    ``anywhere``: then beside the nearest line before them, or after them, that stayed).
    Lines added inside a block of this letter's own lines (a line of the President's
    address, above the town all the addresses share) are not put into another's."""
    a_count = len(a)
    if (
        not anywhere
        and 0 < i1 < a_count
        and a[i1 - 1].strip()
        and a[i1].strip()
        and (_in_own_block(a, where, i1 - 1) or _in_own_block(a, where, i1))
    ):
        return None
    if (
        not anywhere
        and 0 < i1 <= a_count
        and a[i1 - 1].strip()
        and new_lines[0].strip()
        and _in_own_paragraph(a, where, i1 - 1)
    ):
        # inside or straight under a paragraph holding two or more of this letter's own
        # lines (an inside address, between or under the lines all addresses share)
        return None
    if i1 == a_count and (i1 - 1 not in where or not new_lines[0].strip()):
        # a paragraph of its own after the last line (a P.S.): after the other's last line
        # too, not between a name and the address lines typed after it; a line straight
        # under the last one (a name signed by hand under "Yours sincerely,") stays under
        # it, above the address lines typed after it
        return b_count
    if i1 in where:
        return where[i1]
    if i1 - 1 in where:
        return where[i1 - 1] + 1
    if i1 == 0:
        return 0
    if not anywhere:
        return None
    before = next((where[k] + 1 for k in range(i1 - 2, -1, -1) if k in where), None)
    after = next((where[k] for k in range(i1 + 1, a_count) if k in where), None)
    return before if before is not None else after if after is not None else b_count


def _in_own_block(a: list[str], where: dict[int, int], k: int) -> bool:
    """Whether the base's line ``k`` is one of two or more lines of this letter's own in a
    row (an inside address), not one alone (the greeting, which a line of hers straight
    under it follows into every letter)."""

    def own(i: int) -> bool:
        return 0 <= i < len(a) and i not in where and bool(a[i].strip())

    return own(k) and (own(k - 1) or own(k + 1))


def _in_own_paragraph(a: list[str], where: dict[int, int], k: int) -> bool:
    """Whether the paragraph (lines not empty, side by side) holding the base's line ``k``
    holds two or more lines of this letter's own (an inside address)."""
    start, end = k, k + 1
    while start > 0 and a[start - 1].strip():
        start -= 1
    while end < len(a) and a[end].strip():
        end += 1
    return sum(1 for i in range(start, end) if i not in where) >= 2


def _scattered(a: list[str], b: list[str], where: dict[int, int], i1: int, i2: int) -> list[int]:
    """Paragraphs ``a[i1:i2]`` deleted, each with one empty line, all in the other letter
    but no longer side by side there (a point ticked between them): the lines of ``b`` to
    delete, each paragraph with the empty line after it there (else the one before), so
    that no two paragraphs are glued and no two empty lines left. Empty unless the block is
    paragraphs with an empty line each."""
    paragraphs: list[list[int]] = []
    blanks = 0
    for i in range(i1, i2):
        if not a[i].strip():
            blanks += 1
        elif i > i1 and a[i - 1].strip():
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])
    if not paragraphs or blanks != len(paragraphs):
        return []
    deleted: list[int] = []
    for paragraph in paragraphs:
        lines = [where[i] for i in paragraph]
        deleted.extend(lines)
        for j in (max(lines) + 1, min(lines) - 1):
            if 0 <= j < len(b) and not b[j].strip() and j not in deleted:
                deleted.append(j)
                break
    return deleted


def _deletions(
    a: list[str], b: list[str], where: dict[int, int], i1: int, i2: int
) -> tuple[list[int], list[str]]:
    """Lines ``a[i1:i2]`` deleted, some of them this letter's own (the greeting, an address
    line): the lines of ``b`` to delete, and the lines reported as not carried. Taken a
    paragraph at a time: one holding a line of this letter's own stays whole in the other
    letter (an inside address deleted left the other's street without its town) and its
    own lines are reported; the others go, with the empty line after them (or before,
    at the block's end), not the one beside a paragraph that stays."""
    deleted: list[int] = []
    reported: list[str] = []
    stays: list[bool] = []  # per line of the block: whether its paragraph stays
    paragraph: list[int] = []

    def close() -> None:
        keep = any(where.get(i) is None for i in paragraph)
        stays.extend([keep] * len(paragraph))
        if keep:
            reported.extend(a[i] for i in paragraph if where.get(i) is None)
        paragraph.clear()

    for i in range(i1, i2):
        if a[i].strip():
            paragraph.append(i)
            continue
        close()
        stays.append(False)  # decided below
    close()
    for offset, i in enumerate(range(i1, i2)):
        j = where.get(i)
        if a[i].strip():
            if j is not None and not stays[offset]:
                deleted.append(j)
            continue
        # an empty line goes with the paragraph before it in the block, else with the
        # one after it: kept beside a paragraph that stays
        before = next((k for k in range(offset - 1, -1, -1) if a[i1 + k].strip()), None)
        after = next((k for k in range(offset + 1, i2 - i1) if a[i1 + k].strip()), None)
        beside = before if before is not None else after
        if (
            before is not None
            and after is not None
            and stays[before]
            and not stays[after]
            and all(a[k].strip() for k in range(i1 + after, i2))
        ):
            beside = after  # the block ends with that paragraph: its empty line is this one
        if j is None and beside is not None and not stays[beside]:
            # not in the other letter (a point unticked parted it from that paragraph
            # there): the empty line beside that paragraph there goes, so that no two
            # empty lines are left
            line = where.get(i1 + beside)
            near = None if line is None else line + 1 if beside == before else line - 1
            if near is not None and 0 <= near < len(b) and not b[near].strip():
                j = near if near not in deleted else None
        if j is not None and (beside is None or not stays[beside]):
            deleted.append(j)
    return deleted, reported


def _beside_theirs(
    new_lines: list[str], b: list[str], kept: set[int], at: int
) -> tuple[int, int, list[str], list[int]]:
    """Lines she added at ``at`` in the other letter ``b``, as (start, end, lines) in
    ``b`` and the lines of ``b`` she wrote too. Where ``b`` added lines of its own there
    (not of the base, ``kept``; empty lines between them do not part them) and the two
    share a line that is not empty, both sides' lines are merged, each shared line once:
    her name signed by hand (a line under it, her address above the date) and then typed in
    the Name box, at once or a key at a time, is written once, as version control merges
    it (probes 52, 53 and 55). Else her lines go in at ``at``."""
    low, high = at, at
    while low > 0 and (low - 1 not in kept or not b[low - 1].strip()):
        low -= 1
    while high < len(b) and (high not in kept or not b[high].strip()):
        high += 1
    theirs = [line.rstrip() for line in b[low:high]]
    mine = [line.rstrip() for line in new_lines]
    blocks = SequenceMatcher(None, theirs, mine, autojunk=False).get_opcodes()
    if not any(
        tag == "equal" and any(theirs[k] and low + k not in kept for k in range(i1, i2))
        for tag, i1, i2, _j1, _j2 in blocks
    ):
        return at, at, new_lines, []
    merged: list[str] = []
    both: list[int] = []
    for tag, i1, i2, j1, j2 in blocks:
        merged.extend(b[low + i1 : low + i2])  # theirs, and the shared lines once
        if tag == "equal":
            both.extend(range(low + i1, low + i2))
        if tag in ("insert", "replace"):
            merged.extend(new_lines[j1:j2])
    return low, high, merged, both


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
    at_ = first.find(old) if old.strip() else -1
    before_it, after_it = first[: max(at_, 0)], first[at_ + len(old) :]
    if at_ < 0 or not (before_it + after_it).strip():
        return None
    before = where.get(i1 - 1) if i1 > 0 else -1
    after = where.get(i1 + 1) if i1 + 1 < len(a) else len(b)
    if before is None or after is None or after != before + 2:
        return None
    at = before + 1
    return at, at + 1, [before_it + b[at].rstrip("\n") + after_it, *new_lines[1:]]


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines

"""The reader every layout starts from: the sections of the text and helpers."""

from __future__ import annotations

import re
from collections.abc import Callable

from uawriter.drafting.fields.bullets import _bullet
from uawriter.drafting.model import DraftPack
from uawriter.drafting.phrases import ENGLISH, Phrases
from uawriter.drafting.tidy import _Doc, _ends_sentence, _neighbour, _Span


class ReaderBase:
    def __init__(self, doc: _Doc, draft: DraftPack, phrases: Phrases = ENGLISH) -> None:
        self.doc = doc
        self.phrases = phrases
        self.draft = draft
        self.lines = doc.lines
        self.heading: int | None = None
        self.title_range: tuple[int, int] | None = None
        self.points_region: tuple[int, int] | None = None
        self.points_at: int | None = None
        self.appeals_at: int | None = None
        self.tail_at: int | None = None
        self.additional_at: int | None = None
        self.footers: list[int] = []
        self.summary_range: tuple[int, int] | None = None
        #: a line of the list of officials read with the next as one: where it ends
        self.joined_lines: dict[int, int] = {}

    def source(self, key: str, first: int, last: int | None = None) -> None:
        self.draft.sources[key] = (first + 1, (first if last is None else last) + 1)

    def note(self, key: str, message: str) -> None:
        self.draft.note(key, message)

    def first(
        self,
        pattern: re.Pattern[str],
        lo: int = 0,
        hi: int | None = None,
        accept: Callable[[int], bool] | None = None,
    ) -> int | None:
        for i in range(max(lo, 0), len(self.lines) if hi is None else min(hi, len(self.lines))):
            if i in self.doc.furniture or not self.lines[i]:
                continue
            if pattern.search(self.lines[i]) and (accept is None or accept(i)):
                return i
        return None

    def boundaries(self, footers: bool = True) -> list[int]:
        found = [
            self.points_at,
            self.points_region[0] if self.points_region else None,
            self.appeals_at,
            self.tail_at,
            self.additional_at,
        ]
        return sorted({b for b in found if b is not None} | set(self.footers if footers else ()))

    def next_boundary(self, after: int, footers: bool = True) -> int:
        """The first line after ``after`` where a section starts; the header and footer
        lines (UA number, index, "Name:") count only when ``footers``."""
        return next((b for b in self.boundaries(footers) if b > after), len(self.lines))

    def joined(self, lo: int, hi: int, furniture: bool = False) -> _Span:
        span = _Span()
        for i in range(max(lo, 0), min(hi, len(self.lines))):
            if not furniture and i in self.doc.furniture:
                span.add("", i, "\n")
            else:
                span.add(self.lines[i], i, "\n")
        return span

    def action_region(self) -> tuple[int, int]:
        starts = [
            s
            for s in (
                self.points_region[0] if self.points_region else None,
                self.points_at,
                self.appeals_at,
            )
            if s is not None
        ]
        lo = min(starts) if starts else 0
        hi = len(self.lines)
        if self.additional_at is not None and self.additional_at > lo:
            hi = self.additional_at
        return lo, hi

    def sections(self) -> None:
        self.heading = self.first(self.phrases.heading)
        self.points_at = self.first(self.phrases.points_start, (self.heading or -1) + 1)

        def not_arrive(i: int) -> bool:
            nxt = _neighbour(self.lines, self.doc.furniture, i, +1) or ""
            return not re.match(r"(?i)arrive\b", nxt)

        self.appeals_at = self.first(
            self.phrases.appeals_start,
            (self.points_at + 1) if self.points_at is not None else 0,
            None,
            not_arrive,
        )
        if self.appeals_at is None and self.points_at is not None:
            # Section layouts list the officials first and the asks (a model letter) after.
            self.appeals_at = self.first(
                self.phrases.appeals_start, (self.heading or -1) + 1, self.points_at, not_arrive
            )
        after = self.appeals_at if self.appeals_at is not None else self.points_at
        if after is not None:
            self.tail_at = self.first(self.phrases.tail, after + 1)
        self.additional_at = self.first(self.phrases.additional)
        self.footers = [
            i for i, line in enumerate(self.lines) if line and self.phrases.footer.match(line)
        ]
        if self.points_at is not None:
            hi = self.next_boundary(self.points_at)
            self.points_region = (self.points_at + 1, hi)
        elif self.appeals_at is not None:
            self.points_region = self.bullets_before(self.appeals_at)

    def bullets_before(self, end: int) -> tuple[int, int] | None:
        """Without a "Please write" line, the run of bullets just above the addresses."""
        first_bullet: int | None = None
        for i in range(end - 1, -1, -1):
            line = self.lines[i]
            if i in self.doc.furniture or not line:
                continue
            if _bullet(line, self.doc.lower_case) is not None:
                first_bullet = i
            elif first_bullet is not None and _ends_sentence(line) and i < first_bullet - 1:
                break
            elif first_bullet is None and i < end - 12:
                return None
        return (first_bullet, end) if first_bullet is not None else None

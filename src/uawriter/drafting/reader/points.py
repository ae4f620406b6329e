"""The talking points: what the Urgent Action asks for."""

from __future__ import annotations

import re

from uawriter.drafting.fields.bullets import _GERUND, _bullet, _clean_point, _ends_item
from uawriter.drafting.reader.base import ReaderBase
from uawriter.drafting.tidy import _glue, _paragraphs, _Span


class PointsReader(ReaderBase):
    def points(self) -> None:
        if self.points_region is None:
            return
        lo, hi = self.points_region
        items: list[_Span] = []
        current: _Span | None = None
        closed = False
        blank = False
        for i in range(lo, hi):
            if i in self.doc.furniture:
                continue
            line = self.lines[i]
            if not line:
                blank = True
                continue
            bullet = _bullet(line, self.doc.lower_case)
            if bullet is not None:
                current = _Span()
                current.add(bullet.text, i)
                items.append(current)
                closed = False
            elif current is not None and not closed:
                if blank and re.search(r"[.;!?][\"'”’)]*$", current.tail):
                    closed = True
                else:
                    current.add(line, i, _glue(current.tail, line))
            blank = False
        if not items:
            items = self.points_without_bullets(lo, hi)
        for item in items:
            text = _clean_point(item.text)
            if not text:
                continue
            index = len(self.draft.talking_points)
            self.draft.talking_points.append(text)
            self.source(f"talking_points[{index}]", item.first, item.last)
        if self.draft.talking_points:
            first_key = "talking_points[0]"
            last_key = f"talking_points[{len(self.draft.talking_points) - 1}]"
            self.draft.sources["talking_points"] = (
                self.draft.sources[first_key][0],
                self.draft.sources[last_key][1],
            )

    def points_without_bullets(self, lo: int, hi: int) -> list[_Span]:
        """Bullets lost in copying: items start at indented lines (where the bullet was), or
        at a line opening with "Urging", "Calling" … after the end of a sentence; failing
        both, each paragraph is a point."""
        body = [i for i in range(lo, hi) if self.lines[i] and i not in self.doc.furniture]
        indents = [self.doc.indent[i] for i in body]
        starts: set[int] = set()
        how = ""
        if sum(1 for n in indents if n > min(indents, default=0)) >= 2:
            starts = {i for i in body if self.doc.indent[i] > min(indents)}
            how = "where the lines were indented"
        else:
            previous = ""
            for i in body:
                if _GERUND.match(self.lines[i]) and (not previous or _ends_item(previous)):
                    starts.add(i)
                previous = self.lines[i]
            how = "before each line opening with a word such as 'Urging'"
        if len(starts) >= 1 and body and (body[0] in starts or len(starts) >= 2):
            items: list[_Span] = []
            current: _Span | None = None
            for i in body:
                line = self.lines[i]
                if i in starts:
                    current = _Span()
                    current.add(line, i)
                    items.append(current)
                elif current is not None:
                    current.add(line, i, _glue(current.tail, line))
            self.note("talking_points", f"no bullets found: the points were split {how}; check")
            return items
        paragraphs = _paragraphs(self.doc, lo, hi)
        if paragraphs:
            self.note(
                "talking_points",
                "no bullets found: each paragraph of the recommended actions became a point; check",
            )
        return paragraphs

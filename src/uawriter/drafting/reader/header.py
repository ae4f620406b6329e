"""The header of an Urgent Action: number, update, dates, languages, title and summary."""

from __future__ import annotations

import re
from collections import Counter

from uawriter.drafting.fields.countries import _country_code
from uawriter.drafting.fields.dates import _DATE_LINE, _DATE_RE, _date_of
from uawriter.drafting.fields.languages import _language_names
from uawriter.drafting.phrases import ordinal, ua_number
from uawriter.drafting.reader.base import ReaderBase
from uawriter.drafting.tidy import _INDEX_LINE, _paragraphs


class HeaderReader(ReaderBase):
    def number_and_update(self) -> None:
        span = self.joined(0, len(self.lines), furniture=True)
        text = span.text
        numbers: list[tuple[str, int]] = []

        update_of = self.phrases.update_of.search(text)
        ordinal_ua = self.phrases.ordinal_ua.search(text)
        further = self.phrases.further_on.search(text)
        extra = self.phrases.extra.search(text)
        plain = self.phrases.number.search(text)
        for match in (update_of, ordinal_ua, further, extra, plain):
            if match is not None and match.groupdict().get("num"):
                numbers.append((ua_number(match, match.re is self.phrases.extra), match.start()))
        if numbers:
            number, position = numbers[0]
            self.draft.ua_number = number
            self.source("action.ua_number", span.line_at(position))
            others = sorted({n for n, _ in numbers} - {number})
            for match in self.phrases.number.finditer(text):
                found = ua_number(match, match.re is self.phrases.extra)
                if found != number and found not in others:
                    others.append(found)
            if others:
                self.note(
                    "action.ua_number",
                    f"the text also mentions {', '.join('UA ' + o for o in others[:5])}; "
                    "check which this action is",
                )
        if update_of is not None:
            value = ordinal(update_of.group("ord"))
            if value is not None:
                self.draft.update = value
                self.source("action.update", *span.lines_of(update_of.start(), update_of.end()))
                return
        if ordinal_ua is not None:
            value = ordinal(ordinal_ua.group("ord"))
            if value is not None and value >= 1:
                self.draft.update = value - 1
                self.source("action.update", *span.lines_of(ordinal_ua.start(), ordinal_ua.end()))
                self.note(
                    "action.update",
                    f"read {ordinal_ua.group(0).strip()!r} as Urgent Action number {value} on "
                    f"this case, so update {value - 1} (the first UA is update 0); check",
                )
                return
        if further is not None:
            # "Further information on UA 45/98 (AFR 57/02/98, 6 February 1998) and follow-up
            # (AFR 57/03/98, 20 February 1998)": each earlier document it cites, with its
            # date, is one before this one.
            cited_text = re.split(r"\n\s*\n", text[further.start() : further.start() + 400])[0]
            cited = [
                group
                for group in re.findall(r"\(([^()]{0,120})\)", cited_text)
                if _DATE_RE.search(group)
            ]
            if cited:
                self.draft.update = len(cited)
                end = further.start() + len(cited_text)
                self.source("action.update", *span.lines_of(further.start(), end))
                self.note(
                    "action.update",
                    f"this further information cites {len(cited)} earlier document(s) with "
                    f"their dates, so it was read as update {len(cited)}; check",
                )
                return
            self.source("action.update", *span.lines_of(further.start(), further.end()))
            self.note(
                "action.update",
                f"{further.group(0).strip()!r}: this is an update, but the text does not say "
                "which; fill in its number (1 for the first update)",
            )
            return
        if numbers:
            self.draft.update = 0
            self.source("action.update", self.draft.sources["action.ua_number"][0] - 1)
            self.note("action.update", "the text does not call itself an update: update 0")

    def header_lines(self) -> list[int]:
        """Lines where an issue date is printed: the header above the summary, the
        footers and running headers."""
        top = self.summary_range[0] if self.summary_range else None
        if top is None:
            top = (self.title_range[0] if self.title_range else None) or min(15, len(self.lines))
        picked = set(range(0, top)) | set(self.footers) | set(self.doc.furniture)
        return sorted(i for i in picked if 0 <= i < len(self.lines))

    def issued(self) -> None:
        candidates = self.header_lines()
        for i in candidates:
            m = self.phrases.issued_label.search(self.lines[i])
            if m and (date := _date_of(m)):
                self.draft.issued = date
                self.source("action.issued", i)
                return
        for i in candidates:
            line = self.lines[i]
            if (
                self.phrases.number.search(line)
                or self.phrases.extra.search(line)
                or _INDEX_LINE.search(line)
            ):
                for m in _DATE_RE.finditer(line):
                    before = line[: m.start()]
                    if before.count("(") > before.count(")"):
                        continue  # "(AFR 57/02/98, 6 February 1998)": the earlier UA's date
                    if date := _date_of(m):
                        self.draft.issued = date
                        self.source("action.issued", i)
                        return
        top = self.summary_range[0] if self.summary_range else min(15, len(self.lines))
        for i in range(0, top):
            m = _DATE_LINE.match(self.lines[i])
            if m and (date := _date_of(m)):
                self.draft.issued = date
                self.source("action.issued", i)
                return

    def deadline(self) -> None:
        everywhere = self.joined(0, len(self.lines))
        for pattern in self.phrases.deadline_anywhere:
            for m in pattern.finditer(everywhere.text):
                if date := _date_of(m):
                    self.draft.deadline = date
                    self.source("action.deadline", *everywhere.lines_of(m.start(), m.end()))
                    return
        lo, hi = self.action_region()
        span = self.joined(lo, hi)
        for pattern in self.phrases.deadlines:
            for m in pattern.finditer(span.text):
                date = _date_of(m)
                if date is None:
                    self.note("action.deadline", f"{m.group(0)!r} is not a real date")
                    continue
                self.draft.deadline = date
                self.source("action.deadline", *span.lines_of(m.start(), m.end()))
                if self.draft.issued and date < self.draft.issued:
                    self.note("action.deadline", "is before the issue date: check both")
                return
        for m in self.phrases.asap.finditer(span.text):
            start = max(0, m.start() - 120)
            sentence = span.text[start : m.end() + 40]
            if self.phrases.appeal_words.search(sentence):
                self.draft.appeals_as_soon_as_possible = True
                self.source("action.deadline", *span.lines_of(m.start(), m.end()))
                self.note(
                    "action.deadline",
                    f"no date: the action asks for appeals {m.group(0).lower()!r}, so the pack "
                    "has no deadline (appeals to be sent as soon as possible)",
                )
                return

    def write_in(self) -> None:
        lo, hi = self.action_region()
        regions = [(lo, hi)] if (lo, hi) != (0, len(self.lines)) else []
        regions.append((0, len(self.lines)))
        names = _language_names()
        pattern = self.phrases.write_in_pattern()
        words = self.phrases.write_in
        joiners = re.compile(rf"(?i)\s*(?:,|/|\b(?:{words.joiners})\b)\s*")
        before = re.compile(rf"(?i)^(?:(?:{words.before})\s+)+(?:(?:gutem|good|buen|bon)\s+)?")
        preferred = re.compile(rf"(?i){words.preferred}") if words.preferred else None
        for region in regions:
            span = self.joined(*region)
            for m in pattern.finditer(span.text):
                context = span.text[max(0, m.start() - 120) : m.start()]
                asked = self.phrases.appeal_words.search(context + m.group(0))
                if not (m.group("own") or asked):
                    continue
                codes: list[str] = []
                for part in re.split(joiners, m.group("list")):
                    name = re.sub(before, "", part.strip()).strip().lower()
                    code = names.get(re.sub(r"\s+", " ", name))
                    if code and code not in codes:
                        codes.append(code)
                if not codes:
                    continue
                self.draft.write_in = codes
                own_too = bool(m.group("own"))
                lines = span.lines_of(m.start(), m.end())
                if not own_too and preferred is not None and preferred.search(m.group(0)):
                    own_too = True
                    self.note(
                        "action.write_in_own_language",
                        "the UA gives its 'preferred' language: letters in other languages "
                        "are taken too, so the volunteer's own language is allowed; check",
                    )
                self.draft.write_in_own_language = own_too
                self.source("action.write_in", *lines)
                self.source("action.write_in_own_language", *lines)
                return
        for region in regions:
            span = self.joined(*region)
            own = self.phrases.own_language().search(span.text)
            if own:
                self.draft.write_in = []
                self.draft.write_in_own_language = True
                lines = span.lines_of(own.start(), own.end())
                self.source("action.write_in", *lines)
                self.source("action.write_in_own_language", *lines)
                self.note("action.write_in", "names no language: appeals in any language")
                return

    def is_meta(self, i: int) -> bool:
        line = self.lines[i]
        return i in self.doc.furniture or bool(
            self.phrases.meta.match(line) or _DATE_LINE.match(line)
        )

    def title_and_summary(self) -> None:
        start = (self.heading + 1) if self.heading is not None else 0
        stop = self.next_boundary(start - 1, footers=False)
        title_at: int | None = None
        for i in range(start, stop):
            if self.lines[i] and not self.is_meta(i):
                title_at = i
                break
        if title_at is None:
            return
        end = title_at
        caps = self.is_caps(self.lines[title_at])
        while caps and end + 1 < stop and end - title_at < 2:
            nxt = self.lines[end + 1]
            if not nxt or not self.is_caps(nxt) or self.is_meta(end + 1) or _country_code(nxt):
                break
            end += 1
        self.title_range = (title_at, end)
        title = " ".join(self.lines[k] for k in range(title_at, end + 1))
        title = re.sub(r"\s+", " ", title).strip(" .:")
        if caps:
            title = self.restore_case(title, end + 1)
            self.note(
                "action.title",
                "printed in capitals: the capitals of names were restored from the text; check",
            )
        self.draft.title = title
        self.source("action.title", title_at, end)

        lo = end + 1
        hi = self.next_boundary(end, footers=False)
        while lo < hi and (not self.lines[lo] or self.is_meta(lo)):
            lo += 1
        paragraphs = _paragraphs(self.doc, lo, hi, self.is_meta)
        if paragraphs:
            self.summary_range = (paragraphs[0].first, paragraphs[-1].last)
            self.draft.summary = "\n\n".join(p.text for p in paragraphs)
            self.source("action.summary", *self.summary_range)

    def is_caps(self, line: str) -> bool:
        letters = [c for c in line if c.isalpha()]
        return len(letters) >= 3 and not self.doc.lower_case and all(c.isupper() for c in letters)

    def restore_case(self, title: str, body_from: int) -> str:
        """An all-capitals title in sentence case, each word written as the body text
        writes it mid-sentence ("Uzbeks", "UN", "torture"); words the body does not have
        mid-sentence are written in lower case."""
        body = " ".join(
            line
            for i, line in enumerate(self.lines[body_from:], body_from)
            if i not in self.doc.furniture
        )
        forms: dict[str, Counter[str]] = {}
        for m in re.finditer(r"[^\W\d_][\w'’-]*", body):
            before = body[max(0, m.start() - 3) : m.start()]
            if m.start() == 0 or re.search(r"[.!?:(\"“]\s*$", before):
                continue
            word = m.group(0)
            forms.setdefault(word.lower(), Counter())[word] += 1
        first = True

        def fix(m: re.Match[str]) -> str:
            nonlocal first
            word = m.group(0)
            lower = word.lower()
            counts = forms.get(lower, Counter())
            upper = counts[word] if len(word) > 1 else 0
            capital = counts[lower[:1].upper() + lower[1:]]
            small = counts[lower]
            if upper > max(capital, small):
                result = word
            elif (
                capital > small
                or first
                or (self.phrases.capitalise_unknown_words and not small and len(word) > 3)
            ):
                result = lower[:1].upper() + lower[1:]
            else:
                result = lower
            first = False
            return result

        return re.sub(r"[^\W\d_][\w'’-]*", fix, title)

"""After the addresses: diplomatic copies, advice after the deadline, the link, background."""

from __future__ import annotations

import re

from uawriter.drafting.fields.contacts import _URL
from uawriter.drafting.fields.countries import _country_code
from uawriter.drafting.reader.base import ReaderBase
from uawriter.drafting.tidy import _paragraphs, _sentences


class TailReader(ReaderBase):
    def tail(self) -> None:
        lo = self.tail_at
        if lo is None:
            lo = self.appeals_at if self.appeals_at is not None else (self.points_at or 0)
        hi = len(self.lines)
        if self.additional_at is not None and self.additional_at > lo:
            hi = self.additional_at
        regions = [(lo, hi), (0, len(self.lines))]
        wanted: dict[str, re.Pattern[str]] = {
            "diplomatic_copies": self.phrases.diplomatic,
            "after_deadline": self.phrases.after_deadline,
        }
        for name, pattern in wanted.items():
            for region in regions:
                if getattr(self.draft, name):
                    break
                for paragraph in _paragraphs(self.doc, *region):
                    hit = next(
                        (
                            s
                            for s in _sentences(paragraph, self.doc.lower_case)
                            if pattern.search(s[0])
                        ),
                        None,
                    )
                    if hit:
                        setattr(self.draft, name, hit[0])
                        self.source(f"action.{name}", hit[1], hit[2])
                        break
        for region in regions:
            span = self.joined(*region)
            labelled = re.search(r"(?i)further\s+information\b[^\n]{0,80}?", span.text)
            urls = list(_URL.finditer(span.text))
            if not urls:
                continue
            chosen = urls[0]
            if labelled:
                after = [u for u in urls if u.start() >= labelled.start()]
                chosen = after[0] if after else chosen
            amnesty = [u for u in urls if "amnesty" in u.group(0).lower()]
            if not labelled and amnesty:
                chosen = amnesty[0]
            url = chosen.group(0).rstrip(".,;:)]}>'’”")
            if url.lower().startswith("www."):
                url = "http://" + url
                self.note("action.further_information", "the address had no http://; it was added")
            self.draft.further_information = url
            self.source("action.further_information", span.line_at(chosen.start()))
            return

    def additional(self) -> None:
        if self.additional_at is None:
            return
        lo = self.additional_at + 1
        hi = self.next_boundary(self.additional_at)
        paragraphs = _paragraphs(self.doc, lo, hi)
        if paragraphs:
            self.draft.additional_information = "\n\n".join(p.text for p in paragraphs)
            self.source("action.additional_information", paragraphs[0].first, paragraphs[-1].last)

    def country(self) -> None:
        targets = [a for a in self.draft.addressees if a.role == "target"]
        codes = {_country_code(a.country) for a in targets if a.country}
        if len(codes) == 1 and "" not in codes:
            self.draft.country = codes.pop()
            index = self.draft.addressees.index(next(a for a in targets if a.country))
            self.draft.sources["action.country"] = self.draft.sources[f"addressees[{index}]"]
            self.note("action.country", "the country of the officials appeals go to")
        elif len(codes) > 1:
            self.note("action.country", "the addressees are in several countries: choose one")

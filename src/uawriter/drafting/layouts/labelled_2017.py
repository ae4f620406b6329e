"""The 2017 Urgent Action template, every section under a label in capitals: "URGENT
ACTION TITLE:", "PUBLICATION DATE:", "URGENT ACTION TYPE AND NUMBER: THIRD UA 60/16",
"INDEX NUMBER:", "URGENT ACTION SUMMARY:", "URGENT ACTION LETTER:" (a model letter),
"TARGET'S CONTACT DETAILS & "COPIES TO"", "PREFERRED LANGUAGE TO ADDRESS TARGET:", "APPEAL
DEADLINE NOTICE:", "LINK TO PREVIOUS UA:", "BACKGROUND INFORMATION". The public sample is
tests/data/drafting/public/amnesty-2017-template-test.pdf."""

from __future__ import annotations

import dataclasses
import re

from uawriter.drafting.fields.dates import _DATE
from uawriter.drafting.layouts.base import Layout, marker
from uawriter.drafting.phrases import ENGLISH, WriteIn, ci, either
from uawriter.drafting.reader.letter import ModelLetterReader
from uawriter.drafting.tidy import _paragraphs

#: Every label of the template: each starts a section (and ends the one before).
LABELS = (
    r"urgent\s+action\s+title|publication\s+date|urgent\s+action\s+type\s+and\s+number|"
    r"index\s+number|urgent\s+action\s+summary|urgent\s+action\s+letter|"
    r"target.?s\s+contact\s+details|preferred\s+languages?\s+to\s+address|"
    r"appeal\s+deadline\s+notice|also\s+send\s+copies\s+to|link\s+to\s+previous\s+ua|"
    r"background\s+information|name\s+and\s+(?:gender\s+)?pronouns?|"
    r"\[sections\s+to\s+add"
)
_LABEL_LINE = re.compile(rf"(?i)^\W*(?:{LABELS})\b\W*")

PHRASES = dataclasses.replace(
    ENGLISH,
    points_start=ci(r"^\W*urgent\s+action\s+letter\b"),
    appeals_start=ci(r"^\W*target.?s\s+contact\s+details\b"),
    footer=either(rf"^\W*(?:{LABELS})\b", ENGLISH.footer),
    meta=either(rf"^\W*(?:{LABELS})\b", ENGLISH.meta),
    issued_label=ci(rf"\bpublication\s+date\s*:\s*{_DATE}"),
    deadline_anywhere=(ci(rf"\bappeal\s+deadline\s+notice\s*(?::\s*)?{_DATE}"),),
    write_in=WriteIn(
        before=r"in|preferred\s+languages?\s+to\s+address\s+(?:the\s+)?targets?\s*:",
        preferred=r"preferred\s+languages?",
    ),
    appeal_words=ci(r"\b(?:appeals?|write|send|letters?|preferred\s+languages?)\b"),
    diplomatic=ci(r"diplomatic\s+(?:representatives?|missions?)"),
)


class LabelledReader(ModelLetterReader):
    """Takes the title and the summary from their labels."""

    def label_at(self, pattern: str) -> int | None:
        return self.first(re.compile(rf"(?i)^\W*{pattern}\b"))

    def title_and_summary(self) -> None:
        title_at = self.label_at(r"urgent\s+action\s+title")
        if title_at is None:
            super().title_and_summary()
            return
        title = _LABEL_LINE.sub("", self.lines[title_at]).strip(" .:")
        if title:
            self.draft.title = re.sub(r"\s+", " ", title)
            self.title_range = (title_at, title_at)
            self.source("action.title", title_at)
        summary_at = self.label_at(r"urgent\s+action\s+summary")
        if summary_at is None:
            return
        end = next(
            (i for i in range(summary_at + 1, len(self.lines)) if _LABEL_LINE.match(self.lines[i])),
            len(self.lines),
        )
        paragraphs = _paragraphs(self.doc, summary_at + 1, end)
        if paragraphs:
            self.summary_range = (paragraphs[0].first, paragraphs[-1].last)
            self.draft.summary = "\n\n".join(p.text for p in paragraphs)
            self.source("action.summary", *self.summary_range)

    def tail(self) -> None:
        super().tail()
        copies_at = self.label_at(r"also\s+send\s+copies\s+to")
        if copies_at is not None:  # the label is the whole sentence
            self.draft.diplomatic_copies = self.lines[copies_at].strip()
            self.source("action.diplomatic_copies", copies_at)


LAYOUT = Layout(
    id="labelled-2017",
    title='Urgent Action, 2017 labelled template ("URGENT ACTION TITLE:")',
    language="en",
    phrases=PHRASES,
    markers=(
        marker(r"\b(?:the|and|has|been|was|were)\b", 1.0),
        marker(r"^\W*urgent\s+action\s+title\s*:", 4.0),
        marker(r"^\W*urgent\s+action\s+(?:summary|letter|type\s+and\s+number)\s*:", 3.0),
        marker(r"^\W*target.?s\s+contact\s+details", 3.0),
        marker(r"^\W*appeal\s+deadline\s+notice", 3.0),
        marker(r"^\W*publication\s+date\s*:", 2.0),
    ),
    reader=LabelledReader,
)

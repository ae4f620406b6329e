"""The organiser's one-page report for the section office (being written)."""

from __future__ import annotations

import datetime as dt

from uawriter.tally import EventInfo, Totals


def render_report(totals: Totals, event: EventInfo | None, generated: dt.datetime) -> bytes:
    raise NotImplementedError

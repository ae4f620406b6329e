"""``uawriter tally``: the letters written, counted: totals on screen, a CSV or PDF report,
and a tally file carried between laptops (export and merge)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from uawriter.atomic import folder_for, write_new_file
from uawriter.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Usage,
    running_event,
    safe_field,
    safe_text,
    written_file,
)
from uawriter.paths import AppPaths
from uawriter.storage.evenings import Evening, evenings, name_key, of_evenings
from uawriter.storage.merging import merge_into
from uawriter.storage.tally import (
    EventInfo,
    ExtraCount,
    LetterRecord,
    TallyBook,
    TallyContents,
    TallyRefused,
)
from uawriter.storage.tally_reading import one_line
from uawriter.storage.tally_totals import Totals, totals, write_csv


def cmd_tally(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    try:
        return _tally(args, paths, out, err)
    except TallyRefused as exc:  # this laptop's tally is not read at all: nothing done
        err.write(f"uawriter: {safe_field(exc.strerror or str(exc))}\n")
        return EXIT_PROBLEMS


def _tally(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from uawriter.exporting import finish_interrupted_exports, tidy_folder

    book = TallyBook(paths.tally_file)
    # an export killed after counting its letters, before its file took its name: finished
    # first, so what is reported or carried to another laptop is what is on paper
    finish_interrupted_exports(book)
    if args.action == "export":
        if len(args.files) != 1:
            raise Usage("tally export takes one FILE: uawriter tally export FILE")
        try:  # "stick/", a folder's name: not written as a file called "stick"
            written_file(args.files[0])
        except argparse.ArgumentTypeError as exc:
            raise Usage(f"tally export: {exc}") from None
        folder_for(Path(args.files[0]))  # a stick not plugged in: said so
        tidy_folder(Path(args.files[0]).parent, book)  # an export killed there before
        try:
            count = book.export_to(args.files[0])
        except FileExistsError:
            err.write(
                f"uawriter: {safe_field(str(args.files[0]))} exists already; "
                "choose another file name\n"
            )
            return EXIT_PROBLEMS
        out.write(f"{count} records written to {safe_field(str(args.files[0]))}\n")
        return EXIT_OK
    if args.action == "merge":
        if not args.files:
            raise Usage("tally merge takes one or more FILEs: uawriter tally merge FILE...")
        status = EXIT_OK
        for source in args.files:
            try:
                report = merge_into(book, source)
            except FileNotFoundError:
                err.write(
                    f"uawriter: {safe_field(str(source))}: no such file; nothing merged from it\n"
                )
                status = EXIT_PROBLEMS
                continue
            except TallyRefused as exc:
                if exc.own:  # this laptop's tally: no file can be merged into it
                    raise
                err.write(
                    f"uawriter: {safe_field(exc.strerror or str(exc))}; nothing merged from it\n"
                )
                status = EXIT_PROBLEMS
                continue
            taken_back = (
                f"; {report.taken_back} taken back (their files were replaced on that laptop)"
                if report.taken_back
                else ""
            )
            if report.counts_taken_back:
                counts = report.counts_taken_back
                taken_back += f"; {counts} hand count{'' if counts == 1 else 's'} taken back"
            out.write(
                f"{safe_field(str(source))}: {report.added} added, "
                f"{report.already} already counted{taken_back}\n"
            )
            for note in report.notes:
                err.write(f"  skipped: {safe_field(note)}\n")
            for note in report.told:  # nothing skipped: worth knowing, not a failure
                err.write(f"  note: {safe_field(note)}\n")
            if report.notes:
                status = EXIT_PROBLEMS
        return status
    if args.files:
        raise Usage(
            f"unexpected {safe_field(str(args.files[0]))}; did you mean: uawriter tally merge FILE?"
        )
    return _report(args, paths, book, out, err)


def _report(
    args: argparse.Namespace, paths: AppPaths, book: TallyBook, out: TextIO, err: TextIO
) -> int:
    """The totals on screen, or as a CSV and/or PDF report."""
    from uawriter.exporting import tidy_folder

    contents = book.read_whole()
    event = None
    running = running_event(paths) if args.event or args.date or args.pdf else None
    if args.event or args.date:
        date = args.date.isoformat() if args.date else None
        contents, event = _of_event(contents, args.event or "", date, running)
    for note in contents.notes:
        err.write(f"note: {safe_field(note)}\n")
    for target in (args.csv, args.pdf):  # before either is written: all or nothing
        if target and target.exists():  # a dangling link: the writer names it
            err.write(
                f"uawriter: {safe_field(str(target))} exists already; choose another file name\n"
            )  # the CSV's said so too, not only "a file of this name exists" (probe 113b)
            return EXIT_PROBLEMS
    for target in (args.csv, args.pdf):
        if target:  # a stick not plugged in: said before either is written
            folder_for(target)
    for target in (args.csv, args.pdf):
        if target:  # what a report killed there left: an empty file claiming the name
            tidy_folder(target.parent, book)
    pdf = b""
    if args.pdf:  # made before either is written: all or nothing
        from uawriter.cli.common import language_of_environment
        from uawriter.rendering.report import render_report
        from uawriter.rendering.report_words import REPORT_LANGUAGES
        from uawriter.storage.settings import chosen_ui_language

        event = event or _only_event(contents, running)
        asked = args.report_language or ""
        if asked and asked.replace("_", "-").split("-")[0].lower() not in REPORT_LANGUAGES:
            err.write(
                f"note: the report has no words in {safe_field(asked)!r}; it is in English "
                f"(it is written in {', '.join(REPORT_LANGUAGES)})\n"
            )
        language = (
            asked
            or chosen_ui_language(paths.settings_file)
            or language_of_environment(REPORT_LANGUAGES)
        )
        moment = dt.datetime.now().astimezone()
        pdf = render_report(totals(contents), event, moment, language)
    if args.csv:
        write_csv(contents, args.csv, overwrite=False)
    if args.pdf:
        try:
            write_new_file(args.pdf, pdf, max_tries=1)
        except OSError:
            if args.csv:  # the CSV written a moment ago goes too: run it again as it was
                args.csv.unlink(missing_ok=True)
            raise
    for target in (args.csv, args.pdf):
        if target:
            out.write(f"{safe_field(str(target))}\n")
    if not (args.csv or args.pdf):
        out.write(safe_text(totals_text(totals(contents))))
    return EXIT_OK


def _keys(wanted: str) -> set[str]:
    """``wanted`` as compared with the tally's event names: as typed, and as read back."""
    return {name_key(wanted), name_key(one_line(wanted))}


def _of_event(
    contents: TallyContents, wanted: str, date: str | None, running: EventInfo | None
) -> tuple[TallyContents, EventInfo]:
    """The records of the evening ``wanted`` (an event's name or id, or "NAME (YYYY-MM-DD)"
    as the evenings are listed) and ``date`` name: every laptop's event of that name on
    that date (see :mod:`uawriter.storage.evenings`), and the event the report names, with
    the evening's date. Raises Usage naming the evenings there are, when none is meant or
    the name was used on several dates and no date chooses among them."""
    every = evenings(contents, running)
    by_id = [e for e in every if wanted in e.ids]
    # the name as the tally reads it back (a name longer than it keeps, cut with "…")
    chosen = by_id or [e for e in every if name_key(e.name) in _keys(wanted)]
    listed = _LISTED.fullmatch(wanted.strip())
    if not chosen and listed and date in (None, listed[2]):
        chosen = [e for e in every if name_key(e.name) in _keys(listed[1])]
        date = listed[2]
    if date is not None:
        chosen = [e for e in (chosen if wanted else every) if e.date == date]
    elif len(chosen) > 1 and running is not None and name_key(running.name) == name_key(wanted):
        # the event running on this laptop: tonight's evening, as the window's This event
        chosen = [e for e in chosen if running.id in e.ids] or chosen
    if not chosen:
        on = f" on {date}" if date else ""
        what = f"event {wanted!r}{on}" if wanted else f"evening on {date}"
        raise Usage(f"no {what} in the tally; choose from: {_listing(every)}")
    if len(chosen) > 1 and not by_id:
        if wanted:
            example = f"--event {_quoted(wanted)} --date {max(e.date for e in chosen)}"
            how = f"choose one with --date: {example}"
            which = f"{_quoted(wanted)} names {len(chosen)} evenings"
        else:
            how = "choose one with --event NAME"
            which = f"{len(chosen)} evenings on {date}"
        raise Usage(f"{which} in the tally: {_listing(chosen)}; {how}")
    return of_evenings(contents, chosen), chosen[0].info(running)


#: An evening as it is listed: "Write for Rights (2026-12-10)".
_LISTED = re.compile(r"(.*\S)\s*\((\d{4}-\d{2}-\d{2})\)")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


def _listing(every: list[Evening]) -> str:
    """ "Write for Rights (2025-12-10): 40 letters, …" (the first 20)."""
    shown = [f"{e.label}: {e.letters} letter{'s' if e.letters != 1 else ''}" for e in every[:20]]
    text = ", ".join(shown) or "(none)"
    if len(every) > 20:
        text += f" and {len(every) - 20:,} more"
    return text


def _only_event(contents: TallyContents, running: EventInfo | None) -> EventInfo | None:
    """The evening of every record, if there is one (laptops' ids for it may differ), with
    the running event's place and date when it is of that evening."""
    records: list[LetterRecord | ExtraCount] = [*contents.letters, *contents.extras]
    if not records or any(not r.event_id for r in records):
        return None
    held = [e for e in evenings(contents, running) if any(e.holds(r) for r in records)]
    return held[0].info(running) if len(held) == 1 else None


def totals_text(sums: Totals) -> str:
    """The totals as a volunteer reads them on a terminal."""
    lines = [f"Letters written: {sums.letters} ({sums.pages} pages)"]
    extra = ", ".join(f"{kind} {count}" for kind, count in sums.extras.items() if count)
    if extra:
        lines.append(f"Counted by hand: {extra}")
    sections: list[tuple[str, Mapping[str, object]]] = [
        ("By action", {k: _row_text(v) for k, v in sums.by_action.items()}),
        ("By channel", sums.by_channel),
        ("By language", sums.by_language),
        ("By addressee", sums.by_addressee),
        ("By hour", sums.by_hour),
    ]
    for title, rows in sections:
        if rows:
            lines.append(f"{title}:")
            lines += [f"  {key}\t{value}" for key, value in rows.items()]
    return "\n".join(lines) + "\n"


def _row_text(row: dict[str, int]) -> str:
    return ", ".join(f"{key} {value}" for key, value in row.items() if value) or "0"

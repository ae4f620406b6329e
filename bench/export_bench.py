"""Export speed: UA Writer's fax PDFs against bare reportlab, in one run.

Run with ``make bench`` (or ``.venv/bin/python bench/export_bench.py [--quick]``).
What is measured and the targets are described in docs/benchmarks.md. This is a
benchmark, not a test: it prints figures and PASS/MISS and always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import io
import itertools
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from uawriter.domain.model import Pack, Sender
from uawriter.engine import Letter, compose, load_catalog, render_letters
from uawriter.exporting import export_separately
from uawriter.paths import AppPaths
from uawriter.rendering.fonts import REGULAR, register_fonts

SEED_PACK = "ua-129-10-u3"
LANGS = ("kk", "ru", "en")
SINGLE_LANG = "kk"
BATCH_SIZE = 500
SENDER = Sender("A. Volunteer", ("1 High Street", "Town"), "volunteer@example.org")
DATE = dt.date(2011, 7, 22)
BODY_SIZE = 12  # as the letters: 12 pt on 16.5 pt
BODY_LEADING = 16.5

# Targets from the issue.
MAX_RATIO_PER_PAGE = 1.5
MAX_BATCH_SECONDS = 15.0
# Optional parts are skipped once the run has taken this long (the goal is < 60 s).
TIME_BUDGET_SECONDS = 45.0


@dataclass(frozen=True)
class Settings:
    single_reps: int
    batch_reps: int


FULL = Settings(single_reps=25, batch_reps=3)
QUICK = Settings(single_reps=7, batch_reps=1)


def median_seconds(run: Callable[[], object], reps: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def page_count(pdf: bytes) -> int:
    try:
        from pypdf import PdfReader
    except ImportError:  # pypdf is a test dependency; fall back to counting page objects
        return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    return len(PdfReader(io.BytesIO(pdf)).pages)


def seed_pack() -> Pack:
    with tempfile.TemporaryDirectory() as empty:  # no user packs: only the bundled ones
        catalog = load_catalog(AppPaths(Path(empty)))
    for pack in catalog.packs:
        if pack.id == SEED_PACK:
            return pack
    raise SystemExit(f"bundled seed pack {SEED_PACK!r} not found")


def letter_for(pack: Pack, addressee_id: str, lang: str) -> Letter:
    text = compose(pack, addressee_id, lang, SENDER, DATE)
    return Letter(pack, pack.addressee(addressee_id), lang, text, as_fax=True)


# --- the baseline: bare reportlab --------------------------------------------------------


def _bare_story(lines: Sequence[str]) -> list[Flowable]:
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_LEADING)
    return [
        Paragraph(escape(line), style) if line.strip() else Spacer(1, BODY_LEADING)
        for line in lines
    ]


def bare_reportlab_pdf(lines: Sequence[str]) -> bytes:
    """The text as wrapped paragraphs in a plain A4 SimpleDocTemplate, in the same font."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(_bare_story(lines))
    return buffer.getvalue()


def first_page_lines(lines: Sequence[str]) -> list[str]:
    """As many of the lines as fit on one page of :func:`bare_reportlab_pdf`."""
    kept = list(lines)
    while len(kept) > 1 and page_count(bare_reportlab_pdf(kept)) > 1:
        kept.pop()
    return kept


# --- the run -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    what: str
    seconds: float
    pages: int

    @property
    def per_page(self) -> float:
        return self.seconds / self.pages


@dataclass(frozen=True)
class Results:
    baselines: list[Row]
    ua: Row
    ua_postal: Row
    batch_seconds: float
    batch_pages: int
    disk_seconds: float | None  # None: skipped to stay within the time budget


def measure(settings: Settings, started: float) -> Results:
    register_fonts()
    pack = seed_pack()
    letters = {
        (a.id, lang): letter_for(pack, a.id, lang) for a in pack.addressees for lang in LANGS
    }
    first = pack.addressees[0].id
    single = letters[(first, SINGLE_LANG)]

    # 1. Bare reportlab: the same letter text (like for like), the English letter's text,
    #    and one full page of the same text.
    same_lines = single.text.split("\n")
    baselines: list[Row] = []
    for what, lines in (
        (f"bare reportlab, same {SINGLE_LANG} text", same_lines),
        ("bare reportlab, en letter text", letters[(first, "en")].text.split("\n")),
        (f"bare reportlab, one page of {SINGLE_LANG} text", first_page_lines(same_lines)),
    ):
        seconds = median_seconds(lambda x=lines: bare_reportlab_pdf(x), settings.single_reps)
        baselines.append(Row(what, seconds, page_count(bare_reportlab_pdf(lines))))

    # 2. UA Writer: one fax (cover sheet + letter).
    seconds = median_seconds(lambda: render_letters([single], SENDER, DATE), settings.single_reps)
    pages = page_count(render_letters([single], SENDER, DATE))
    ua = Row(f"UA Writer fax PDF, {SINGLE_LANG} (cover + letter)", seconds, pages)
    # The same letter as a postal PDF (no cover sheet): what the cover sheet costs.
    postal = [replace(single, as_fax=False)]
    seconds = median_seconds(lambda: render_letters(postal, SENDER, DATE), settings.single_reps)
    pages = page_count(render_letters(postal, SENDER, DATE))
    ua_postal = Row(f"UA Writer postal PDF, {SINGLE_LANG} (letter only)", seconds, pages)

    # 3. A batch: 500 letters, cycling the addressees and languages, one PDF each.
    keys = [key for key, _ in zip(itertools.cycle(letters), range(BATCH_SIZE), strict=False)]
    batch = [letters[key] for key in keys]
    pages_of = {key: page_count(render_letters([x], SENDER, DATE)) for key, x in letters.items()}

    def render_batch() -> None:
        for letter in batch:
            render_letters([letter], SENDER, DATE)

    batch_seconds = median_seconds(render_batch, settings.batch_reps, warmup=0)

    disk_seconds = None
    if time.perf_counter() - started + batch_seconds * 1.5 < TIME_BUDGET_SECONDS:
        with tempfile.TemporaryDirectory(prefix="uawriter-bench-") as folder:
            start = time.perf_counter()
            written = export_separately(batch, Path(folder), SENDER, DATE)
            disk_seconds = time.perf_counter() - start
            if len(written) != BATCH_SIZE:
                print(f"  note: export_separately wrote {len(written)} files, not {BATCH_SIZE}")

    return Results(
        baselines, ua, ua_postal, batch_seconds, sum(pages_of[k] for k in keys), disk_seconds
    )


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def report(results: Results) -> None:
    ua = results.ua
    print(f"\n{'measure':<46} {'time':>11} {'pages':>5} {'per page':>11}")
    for row in [*results.baselines, ua, results.ua_postal]:
        print(f"{row.what:<46} {fmt_ms(row.seconds)} {row.pages:>5} {fmt_ms(row.per_page)}")

    print(f"\n{'ratio per page, UA Writer / bare reportlab':<46} {'ratio':>11}   target")
    for row in results.baselines:
        ratio = ua.per_page / row.per_page
        ok = ratio <= MAX_RATIO_PER_PAGE
        print(f"{'  vs ' + row.what:<46} {ratio:10.2f}x   <= {MAX_RATIO_PER_PAGE}x {verdict(ok)}")

    title = f"batch of {BATCH_SIZE} letters, one PDF each"
    print(f"\n{title:<46} {'seconds':>11}   target")
    seconds = results.batch_seconds
    print(
        f"{'  rendered in memory':<46} {seconds:9.2f} s   < {MAX_BATCH_SECONDS:g} s "
        f"{verdict(seconds < MAX_BATCH_SECONDS)}"
        f"  ({seconds / BATCH_SIZE * 1000:.1f} ms/letter,"
        f" {seconds / results.batch_pages * 1000:.2f} ms/page, {results.batch_pages} pages)"
    )
    label = "  export_separately to a temp folder"
    if results.disk_seconds is None:
        print(f"{label:<46} {'skipped':>11}   (time budget)")
    else:
        print(
            f"{label:<46} {results.disk_seconds:9.2f} s   < {MAX_BATCH_SECONDS:g} s "
            f"{verdict(results.disk_seconds < MAX_BATCH_SECONDS)}"
            f"  (1 run, atomic writes with fsync)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="UA Writer export benchmark")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    started = time.perf_counter()

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    accelerated = importlib.util.find_spec("_rl_accel") is not None
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(
        f"UA Writer export benchmark{' (--quick)' if args.quick else ''}\n"
        f"  CPUs {cpus}, Python {platform.python_version()}, reportlab {reportlab.Version}, "
        f"{platform.machine()} {platform.system()}, load average {load}\n"
        f"  reportlab C accelerator (rl-accel): {'yes' if accelerated else 'no (pure Python)'}\n"
        f"  single documents: median of {settings.single_reps} after 1 warm-up; "
        f"batch of {BATCH_SIZE}: median of {settings.batch_reps}"
    )
    report(measure(settings, started))
    print(f"\nwhole run: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

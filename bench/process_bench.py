"""Whole processes, as a volunteer or an organiser's script runs them (issue 12, items 20, 21).

1. ``uawriter export`` of the seed's three faxes in English (cover sheet and letter, six
   pages) against a bare reportlab script writing the same six pages with the same font:
   time and peak memory of each whole process. Targets: at most 1.3x the time, 50 MiB.
2. ``uawriter packs`` with 1,000 packs installed against the packs that come with the app
   only. Target: at most 1.3x. The first listing after the packs are installed checks their
   letters once (its time is shown apart); the figure is the listing after that. The export
   of step 1 is then run again with those packs installed (it reads its own pack only).

The first export in the benchmark's data folder is a warm-up run: like a volunteer's first
export, it parses the fonts and keeps them (``rendering/font_cache.py``); the timed runs
read them back.

Run: ``env -u PYTHONDONTWRITEBYTECODE .venv/bin/python bench/process_bench.py [--quick]``
(without the variable unset no .pyc is ever written and every start compiles the package).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from uawriter.bundled import bundled_packs_folder, font_path  # noqa: E402

PACK = "ua-129-10-u3"
DATE = "2011-07-01"

#: The baseline: reportlab alone, one TrueType font (the one the letters use), the same
#: text, one PDF per fax with a cover page. Reads what to write from a JSON file.
BARE_SCRIPT = """
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

job = json.load(open(sys.argv[1], encoding="utf-8"))
pdfmetrics.registerFont(TTFont("Sans", job["font"]))
pdfmetrics.registerFont(TTFont("Sans-Bold", job["bold"]))
body = ParagraphStyle("body", fontName="Sans", fontSize=11, leading=15, spaceAfter=8)
head = ParagraphStyle("head", fontName="Sans-Bold", fontSize=28, leading=34, spaceAfter=20)
for index, fax in enumerate(job["faxes"]):
    story = [Paragraph("FAX", head)]
    story += [Paragraph(line, body) for line in fax["cover"]]
    story.append(PageBreak())
    for paragraph in fax["text"].split("\\n\\n"):
        story.append(Paragraph(paragraph.replace("\\n", "<br/>"), body))
    SimpleDocTemplate(f"{job['out']}/{index}.pdf", pagesize=A4).build(story)
"""


#: Prepended to the bare script for the floor of step 3; ``{records}`` is filled in.
FLOOR_PREFIX = """
from __future__ import annotations
import argparse, tomllib
from dataclasses import dataclass
import jinja2.sandbox
RECORD = (
    "@dataclass(frozen=True)\\nclass Record{{}}:\\n    'A record.'\\n    name: str\\n"
    "    count: int = 0\\n    items: tuple[str, ...] = ()\\n    note: str | None = None\\n"
)
for number in range({records}):
    exec(RECORD.format(number))
jinja2.sandbox.SandboxedEnvironment().from_string(
    "{{% if name %}}Dear {{{{ name }}}},{{% endif %}} {{{{ points | join(', ') }}}}"
).render(name="A", points=["x", "y"])
"""

#: Runs ``uawriter export`` (its arguments after the script's name) and prints how many
#: dataclasses it created.
COUNT_RECORDS = """
import dataclasses, sys
made = []
process = dataclasses._process_class
def counted(cls, *args, **kwargs):
    made.append(cls)
    return process(cls, *args, **kwargs)
dataclasses._process_class = counted
from uawriter.app import main
sys.argv = ["uawriter", *sys.argv[1:]]
try:
    main()
finally:
    print(len(made), file=sys.stderr)
"""


def run(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak memory (MiB) of one whole process; raises if it failed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024


def median_run(command: Sequence[str], env: dict[str, str], reps: int) -> tuple[float, float]:
    run(command, env)  # warm-up: the page cache, the .pyc files
    results = [run(command, env) for _ in range(reps)]
    return statistics.median(s for s, _ in results), max(m for _, m in results)


def bare_job(tmp: Path) -> Path:
    """The texts the export writes, composed here, for the bare script."""
    import datetime as dt

    from uawriter.domain.model import Sender
    from uawriter.engine import compose, load_catalog
    from uawriter.paths import AppPaths

    pack = next(p for p in load_catalog(AppPaths(tmp / "none")).packs if p.id == PACK)
    date = dt.date.fromisoformat(DATE)
    faxes = [
        {
            "cover": [a.display_name, a.fax, "Aigerim N.", DATE, pack.action.title.get("en")],
            "text": compose(pack, a, "en", Sender("Aigerim N."), date)
            .replace("&", "&amp;")
            .replace("<", "&lt;"),
        }
        for a in pack.addressees
    ]
    out = tmp / "bare-out"
    out.mkdir()
    job = tmp / "job.json"
    job.write_text(
        json.dumps(
            {
                "font": str(font_path("NotoSans-Regular.ttf")),
                "bold": str(font_path("NotoSans-Bold.ttf")),
                "faxes": faxes,
                "out": str(out),
            }
        ),
        encoding="utf-8",
    )
    return job


def stack_floor(
    python: str, export: Sequence[str], job: Path, env: dict[str, str], reps: int
) -> tuple[int, tuple[float, float]]:
    """The dataclasses ``export`` creates, and the time of the floor script (step 3)."""
    tmp = job.parent
    counter = tmp / "count.py"
    counter.write_text(COUNT_RECORDS, encoding="utf-8")
    counted = subprocess.run(
        [python, str(counter), *export[1:], "--out", str(tmp / "counted")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    records = int(counted.stderr.split()[-1])
    floor_script = tmp / "floor.py"
    floor_script.write_text(FLOOR_PREFIX.format(records=records) + BARE_SCRIPT, "utf-8")
    return records, median_run([python, str(floor_script), str(job)], env, reps)


def install_packs(packs: Path, count: int) -> None:
    """``count`` copies of the training pack, each with its own id."""
    source = bundled_packs_folder() / "training-valdoria"
    manifest = (source / "pack.toml").read_text(encoding="utf-8")
    for number in range(count):
        folder = packs / f"pack-{number:04d}"
        shutil.copytree(source, folder)
        (folder / "pack.toml").write_text(
            manifest.replace('id = "training-valdoria"', f'id = "pack-{number:04d}"'),
            encoding="utf-8",
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs each instead of 9")
    parser.add_argument("--packs", type=int, default=1000, help="packs to install (1000)")
    args = parser.parse_args(argv)
    reps = 3 if args.quick else 9
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="uawriter-bench-") as name:
        tmp = Path(name)
        env["UAWRITER_DATA_DIR"] = str(tmp / "data")
        job = bare_job(tmp)
        script = tmp / "bare.py"
        script.write_text(BARE_SCRIPT, encoding="utf-8")
        bare = median_run([python, str(script), str(job)], env, reps)
        # the `uawriter` command itself, as a volunteer types it (the venv's entry point)
        command = str(Path(python).with_name("uawriter"))
        export = [command, "export", "--pack", PACK, "--lang", "en"]
        export += ["--date", DATE, "--sender-name", "Aigerim N.", "--invariant"]
        outs = iter(range(10_000))
        ours_runs = []
        run([*export, "--out", str(tmp / "warm")], env)
        for _ in range(reps):
            ours_runs.append(run([*export, "--out", str(tmp / f"out{next(outs)}")], env))
        ours = statistics.median(s for s, _ in ours_runs), max(m for _, m in ours_runs)

        records, floor = stack_floor(python, export, job, env, reps)

        packs = [command, "packs"]
        bundled_only = median_run(packs, env, reps)
        install_packs(tmp / "data" / "packs", args.packs)
        first = run(packs, env)
        many = median_run(packs, env, reps)
        busy = statistics.median(
            run([*export, "--out", str(tmp / f"out{next(outs)}")], env)[0] for _ in range(reps)
        )

    ratio = ours[0] / bare[0]
    pack_ratio = many[0] / bundled_only[0]
    print(f"UA Writer process benchmark{' (--quick)' if args.quick else ''}, medians of {reps}")
    print(f"  bare reportlab, 3 faxes (6 pages)   {bare[0] * 1000:7.0f} ms  {bare[1]:5.1f} MiB")
    print(f"  uawriter export, the same           {ours[0] * 1000:7.0f} ms  {ours[1]:5.1f} MiB")
    verdict = "PASS" if ratio <= 1.3 and ours[1] <= 50 else "FAIL"
    print(f"  ratio {ratio:.2f}x (target <= 1.3x), memory target <= 50 MiB: {verdict}")
    floor_ratio = floor[0] / bare[0]
    print(f"  the stack's floor ({records} records)  {floor[0] * 1000:7.0f} ms: {floor_ratio:.2f}x")
    print(f"  uawriter export over the floor      {(ours[0] - floor[0]) * 1000:7.0f} ms")
    print(f"  uawriter packs, bundled only        {bundled_only[0] * 1000:7.0f} ms")
    print(f"  uawriter packs, {args.packs} installed, first {first[0] * 1000:7.0f} ms (checks)")
    print(f"  uawriter packs, {args.packs} installed       {many[0] * 1000:7.0f} ms")
    print(f"  ratio {pack_ratio:.2f}x (target <= 1.3x): {'PASS' if pack_ratio <= 1.3 else 'FAIL'}")
    busy_ratio = busy / ours[0]
    print(f"  uawriter export, {args.packs} installed {busy * 1000:7.0f} ms ({busy_ratio:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

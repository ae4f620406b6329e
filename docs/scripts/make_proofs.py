"""Proof sheets: a short letter in each script, rendered as UA Writer lays it out.

Run from the repository root: ``.venv/bin/python docs/scripts/make_proofs.py``. For each
sample in ``tests/data/scripts/`` (named by language code) it writes the letter's PDF
without a cover sheet and renders its top half with pdftoppm at 150 dpi to
``docs/scripts/<code>.png``, to be looked at by eye.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from uawriter.rendering import OutgoingLetter
from uawriter.rendering.fonts import missing_characters
from uawriter.rendering.pdf import render_pdf

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "data" / "scripts"
OUT = ROOT / "docs" / "scripts"
DPI = 150


def main() -> int:
    if not shutil.which("pdftoppm"):
        print("pdftoppm is missing (poppler-utils)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for sample in sorted(SAMPLES.glob("*.txt")):
            lang = sample.stem
            text = sample.read_text(encoding="utf-8")
            missing = missing_characters(text)
            pdf = Path(tmp) / f"{lang}.pdf"
            pdf.write_bytes(render_pdf([OutgoingLetter(lang, "", text)], invariant=True))
            target = OUT / f"{lang}.png"
            # the top half of the first page: where the letter is
            height = int(297 / 25.4 * DPI / 2)
            subprocess.run(
                ["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-gray", "-png",
                 "-singlefile", "-H", str(height), str(pdf), str(target.with_suffix(""))],
                check=True,
            )
            if shutil.which("optipng"):
                subprocess.run(["optipng", "-quiet", "-o2", str(target)], check=True)
            print(f"{target.relative_to(ROOT)}  missing glyphs: {missing or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

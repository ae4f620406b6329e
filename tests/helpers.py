"""Shared test tools: make pack folders to break, read PDFs back, look at them as pixels."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html import unescape as html_unescape
from pathlib import Path

from pypdf import PdfReader

from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Addressee, LocalText, Role

SEED_ID = "ua-129-10-u3"
TRAINING_ID = "training-valdoria"
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def copy_bundled_pack(pack_id: str, into: Path, folder_name: str | None = None) -> Path:
    """A writable copy of a bundled pack, to break on purpose."""
    target = into / (folder_name or pack_id)
    shutil.copytree(bundled_packs_folder() / pack_id, target)
    return target


def edit_manifest(pack_folder: Path, old: str, new: str, count: int = 1) -> None:
    manifest = pack_folder / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in manifest"
    manifest.write_text(text.replace(old, new, count), encoding="utf-8")


def training_pack_naming(into: Path, pack_id: str, text: str) -> Path:
    """A copy of the training pack, of id ``pack_id``, whose addressee's title, name and
    organisation are each ``text`` (a TOML string: any character, escaped)."""
    pack = copy_bundled_pack(TRAINING_ID, into, pack_id)
    edit_manifest(pack, f'id = "{TRAINING_ID}"', f'id = "{pack_id}"')
    quoted = json.dumps(text)
    edit_manifest(pack, 'title = "Minister of Justice"', f"title = {quoted}")
    edit_manifest(pack, 'name = "Ms Elena Sartori"', f"name = {quoted}")
    edit_manifest(pack, 'organisation = "Ministerio de Justicia"', f"organisation = {quoted}")
    return pack


def official(
    address: tuple[str, ...],
    country: str,
    *,
    title: str = "",
    name: str = "",
    organisation: str = "",
    salutation: str = "",
) -> Addressee:
    """An addressee of one postal address and nothing else (no fax, no e-mail): what the
    envelope and address tests vary is the address, the country and the names above it."""
    return Addressee(
        id="official",
        role=Role.TARGET,
        title=title,
        name=name,
        organisation=organisation,
        address=address,
        country=country,
        fax="",
        emails=(),
        salutation=LocalText.of({"en": salutation} if salutation else {}, "en"),
    )


def envelope_printed(addressee: Addressee, sender: tuple[str, ...] = ()) -> str:
    """The text of a DL envelope printed to ``addressee`` from a sender in Britain, as
    pypdf reads it back from the PDF."""
    from uawriter.channels.postal import envelope_address
    from uawriter.rendering.envelopes import render_envelopes

    envelope = envelope_address(addressee, "GB")
    return pdf_pages_text(render_envelopes([envelope], "dl", sender))[0]


def pdf_pages_text(path: Path | bytes) -> list[str]:
    import io

    source = io.BytesIO(path) if isinstance(path, bytes) else path
    reader = PdfReader(source)
    return [page.extract_text() or "" for page in reader.pages]


def poppler_text(pdf: Path | bytes, *options: str) -> str:
    """What poppler's ``pdftotext`` reads from a PDF (with ``-layout``, ``-bbox``, ``-l 1``…):
    a reader we did not write."""
    import tempfile

    assert shutil.which("pdftotext"), "pdftotext missing: run scripts/system-deps"
    with tempfile.TemporaryDirectory() as folder:
        path = pdf if isinstance(pdf, Path) else Path(folder) / "read.pdf"
        if isinstance(pdf, bytes):
            path.write_bytes(pdf)
        command = ["pdftotext", *options, str(path), "-"]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout


@dataclass(frozen=True)
class PdfWord:
    """A word as poppler places it: its page, and its box in points from the top left."""

    page: int
    text: str
    left: float
    top: float
    right: float
    bottom: float


_BBOX_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def pdf_words(pdf: Path | bytes) -> list[PdfWord]:
    """Every word of a PDF with its box, as poppler sees it."""
    html = poppler_text(pdf, "-bbox")
    words: list[PdfWord] = []
    for page, chunk in enumerate(html.split("<page ")[1:]):
        for left, top, right, bottom, text in _BBOX_WORD.findall(chunk):
            box = (float(left), float(top), float(right), float(bottom))
            words.append(PdfWord(page, html_unescape(text), *box))
    return words


def normalise(text: str) -> str:
    """Fold the white space a PDF text layer adds or changes (line breaks, no-break spaces)."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def render_png(pdf: Path, out_prefix: Path, dpi: int = 50, gray: bool = True) -> list[Path]:
    """The pages as a person sees them, via poppler's pdftoppm."""
    assert shutil.which("pdftoppm"), "pdftoppm missing: run scripts/system-deps"
    args = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        args.append("-gray")
    subprocess.run([*args, str(pdf), str(out_prefix)], check=True, capture_output=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))


ROOT = Path(__file__).resolve().parent.parent


def run_uawriter(
    data_dir: Path, *argv: str, script: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``uawriter ARGV`` in a process of its own, on the data folder ``data_dir`` (or the
    Python ``script`` with ``argv`` after it): real kills and real limits stay in it, and a
    hang is a failure after ``timeout`` seconds, not a suite that never ends."""
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "uawriter"]
    return subprocess.run(
        [*command, *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "UAWRITER_DATA_DIR": str(data_dir)},
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )

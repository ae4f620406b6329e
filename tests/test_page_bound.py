"""A letter has at most 30 pages on every channel (the fax TIFF's bound): a body of very
wide characters within the limit on a letter's text was laid out as 145 pages for post and
fax, and written. Now layout stops at the first page too many and the volunteer is told
which letter, and to shorten it; a letter of a few pages is written as before."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, pdf_pages_text
from test_cli import assert_no_traceback, cli
from uawriter.paths import AppPaths
from uawriter.rendering import pdf
from uawriter.rendering.document import MAX_LETTER_PAGES, LetterTooLong, OutgoingLetter
from uawriter.rendering.fax_tiff import MAX_FAX_PAGES
from uawriter.storage.tally import TallyBook

PACK = "wide-letter"
PRESIDENT = "President of Kazakhstan, Nursultan Nazarbaev"
PROSECUTOR = "Prosecutor General of Kazakhstan, Mr Ashat Daulbayev"
#: 29,000 of the widest character there is (U+FDFD, one glyph as wide as a line's third):
#: within the 30,000 characters a letter may have, and 145 pages when laid out.
WIDE = '{{ "\\ufdfd" * 29000 }}'
#: About five pages of ordinary lines.
FIVE_PAGES = (
    "{% for n in range(190) %}Line {{ n }} of a long letter, to say what is asked and why."
    "\n{% endfor %}The last line."
)
REFUSED = "would take more than 30 pages; shorten it"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "userdata")


def _pack(paths: AppPaths, template: str) -> None:
    """The seed pack (addressees with fax numbers) as a user pack whose English letter is
    ``template``."""
    paths.user_packs.mkdir(parents=True)
    folder = copy_bundled_pack(SEED_ID, paths.user_packs, PACK)
    edit_manifest(folder, f'id = "{SEED_ID}"', f'id = "{PACK}"')
    (folder / "letters" / "en.txt").write_text(template + "\n", encoding="utf-8")


def _export(paths: AppPaths, *argv: str):  # type: ignore[no-untyped-def]
    return cli(paths, "export", "--pack", PACK, "--lang", "en", "--date", "2011-07-01", *argv)


@pytest.fixture
def pages_laid_out(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many pages the layout of this test's thread finished, as it goes (a preview
    still rendering on a worker thread of an earlier test's window counted two more)."""
    shown = [0]
    real = pdf._NumberingCanvas.showPage
    here = threading.get_ident()

    def counted(self):  # type: ignore[no-untyped-def]
        if threading.get_ident() == here:
            shown[0] += 1
        return real(self)

    monkeypatch.setattr(pdf._NumberingCanvas, "showPage", counted)
    return shown


@pytest.mark.parametrize("channel", ["post", "fax"])
def test_a_letter_of_wide_characters_is_refused_after_its_30th_page(
    paths: AppPaths, tmp_path: Path, channel: str, pages_laid_out: list[int]
) -> None:
    _pack(paths, WIDE)
    out = tmp_path / "out"

    outcome = _export(paths, "--channel", channel, "--to", "president", "--out", str(out))

    assert outcome.code == 1, outcome.err
    assert f"uawriter: the letter to {PRESIDENT}" in outcome.err
    assert REFUSED in outcome.err
    assert ("with its fax cover sheet" in outcome.err) == (channel == "fax")
    assert_no_traceback(outcome)
    assert outcome.out == ""
    assert not out.exists() or list(out.iterdir()) == []
    assert TallyBook(paths.tally_file).read().letters == ()
    # stopped at the first page too many, not after all 145
    assert pages_laid_out[0] == MAX_LETTER_PAGES + 1


def test_a_combined_file_with_a_letter_too_long_is_not_written(
    paths: AppPaths, tmp_path: Path
) -> None:
    _pack(paths, WIDE)
    target = tmp_path / "all.pdf"

    outcome = _export(paths, "--channel", "post", "--combined", str(target))

    assert outcome.code == 1
    assert REFUSED in outcome.err
    assert_no_traceback(outcome)
    assert not target.exists()
    assert TallyBook(paths.tally_file).read().letters == ()


def test_letters_before_the_one_too_long_are_written_counted_and_named(
    paths: AppPaths, tmp_path: Path
) -> None:
    """One addressee's letter runs to 145 pages: the one before it is written and counted,
    and listed; the volunteer is told that the others were not."""
    _pack(paths, '{% if addressee.id == "prosecutor-general" %}' + WIDE + "{% endif %}Dear all.")
    out = tmp_path / "out"

    outcome = _export(paths, "--channel", "post", "--out", str(out))

    assert outcome.code == 1
    assert f"the letter to {PROSECUTOR} {REFUSED}" in outcome.err
    assert "the letter before it was written and counted; it and those after it" in outcome.err
    assert_no_traceback(outcome)
    (written,) = out.iterdir()
    assert outcome.out == f"{written}\n"
    assert "President" in written.name
    assert len(PdfReader(written).pages) == 1
    (counted,) = TallyBook(paths.tally_file).read().letters
    assert Path(counted.file) == written


@pytest.mark.parametrize(("channel", "cover"), [("post", 0), ("fax", 1)])
def test_a_letter_of_five_pages_is_still_written(
    paths: AppPaths, tmp_path: Path, channel: str, cover: int
) -> None:
    _pack(paths, FIVE_PAGES)
    out = tmp_path / "out"

    outcome = _export(paths, "--channel", channel, "--to", "president", "--out", str(out))

    assert outcome.code == 0, outcome.err
    (written,) = out.iterdir()
    pages = pdf_pages_text(written)
    assert len(pages) == 5 + cover
    assert "Line 0 of a long letter" in pages[cover]
    assert "The last line." in pages[-1]
    assert f"Page {5 + cover} of {5 + cover}" in pages[-1]
    (counted,) = TallyBook(paths.tally_file).read().letters
    assert counted.pages == 5 + cover


def _lines(count: int) -> str:
    return "".join(f"Line {n}\n" for n in range(count))


def test_thirty_pages_are_laid_out_and_a_line_more_is_refused() -> None:
    """40 lines a page: 1,200 lines are 30 pages, the bound; 1,201 lines are refused."""
    pages: list[int] = []
    data = pdf.render_pdf(
        [OutgoingLetter("en", "X", _lines(40 * MAX_LETTER_PAGES))], pages_out=pages
    )
    assert pages == [MAX_LETTER_PAGES]
    assert len(PdfReader(io.BytesIO(data)).pages) == MAX_LETTER_PAGES
    with pytest.raises(LetterTooLong, match=f"^the letter to X {REFUSED}") as refused:
        pdf.render_pdf([OutgoingLetter("en", "X", _lines(40 * MAX_LETTER_PAGES + 1))])
    assert refused.value.name == "X"
    assert MAX_FAX_PAGES == MAX_LETTER_PAGES


def test_the_bound_is_a_letter_s_not_a_file_s() -> None:
    """Three letters of 20 pages in one file: 60 pages, each letter within the bound."""
    pages: list[int] = []
    letters = [OutgoingLetter("en", name, _lines(800)) for name in ("A", "B", "C")]
    data = pdf.render_pdf(letters, pages_out=pages)
    assert pages == [20, 20, 20]
    assert len(PdfReader(io.BytesIO(data)).pages) == 60


def test_a_long_name_is_cut_in_the_message() -> None:
    with pytest.raises(LetterTooLong) as refused:
        pdf.render_pdf([OutgoingLetter("en", "N" * 5000, "\ufdfd" * 29_000)])
    message = str(refused.value)
    assert len(message) < 300
    assert message.startswith("the letter to " + "N" * 100)
    assert "…" in message
    assert message.endswith("shorten it (a letter is a page or two)")

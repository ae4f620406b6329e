"""Probe 66a: three findings on b38a362, each test failing on it; all three fixed.

P66a-F1  Words that draw almost nothing (a Hebrew point between hair spaces) are still laid
         out a thousand to a line when the same paragraph also holds a few very wide
         characters ("﷽", 87 pt each): ``_lines_of_narrow_words`` cuts only where the
         paragraph's *average* word is narrow, and 160 wide characters lift the average of
         915 narrow words above the cut. A pack whose letter is 28,000 such characters
         validates, imports, and takes 72 s to export one letter (two paragraphs: 5.6 s).
P66a-F2  A letters folder with more than 64 files the pack does not use (notes, old drafts)
         is refused by validate ("has more than 64 letters", and "asks for letters in 'es'
         but there is no letters/es.txt" although there is), while import installs the
         same folder, leaving the notes out.
P66a-F3  A right-to-left line is measured with characters the Unicode tables of this Python
         do not know (an emoji newer than them) at the width of a missing glyph (7.2 pt), but
         drawn with each as U+FFFD (12 pt): a Hebrew line with 25 of them is drawn 120 pt
         wider than the frame, past the left edge of the paper, its last words cut off.

Fixed: the lines of a long paragraph are found word by word, and a line of more than
WORDS_ON_A_LINE words is cut there (not on the average word); only the files of letters/
meant as letters count against its limit, the rest left out and noted as import does; a
right-to-left paragraph is measured with the characters it is drawn with.
"""

from __future__ import annotations

from pathlib import Path

from helpers import TRAINING_ID, copy_bundled_pack, render_png, run_uawriter
from uawriter.rendering import letter_body, pdf
from uawriter.rendering.document import OutgoingLetter

# ------------------ P66a-F1: narrow words beside wide ones


def test_narrow_words_beside_a_few_wide_characters_are_laid_out_a_line_at_a_time() -> None:
    """Two paragraphs, each 160 "﷽" then 915 Hebrew points between hair spaces (the
    points draw nothing, so all 915 words fit on one line): 5.6 s to lay out, where the
    same characters with the points in paragraphs of their own take 0.4 s. The lines are
    now found word by word: no piece handed to line breaking holds more than
    WORDS_ON_A_LINE words on a line (counted, not timed: bench/layout_bench.py times it)."""
    paragraph = "\ufdfd" * 160 + " " + "\u05b0\u200a" * 915
    pieces = letter_body._pieces(paragraph)
    assert "".join(pieces).split() == paragraph.split()  # every word kept, in order
    assert len(pieces) > 1
    # the wide word is a line of its own; after it, words of no width: one line a piece
    assert all(len(piece.split()) <= letter_body.WORDS_ON_A_LINE + 1 for piece in pieces)
    text = "\n".join([paragraph] * 2)
    data = pdf.render_pdf([OutgoingLetter("en", "X", text)])
    assert data.startswith(b"%PDF")


# ------------------ P66a-F2: a letters folder of many notes


def test_validate_and_import_agree_on_a_letters_folder_of_many_notes(tmp_path: Path) -> None:
    """70 notes beside es.txt and fr.txt: import installs the pack (the notes left out),
    so validate must not refuse it, nor say es.txt is missing."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path, "many-notes")
    manifest = folder / "pack.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            f'id = "{TRAINING_ID}"', 'id = "many-notes"', 1
        ),
        encoding="utf-8",
    )
    for i in range(70):
        (folder / "letters" / f"note{i}.md").write_text(f"note {i}\n", encoding="utf-8")

    imported = run_uawriter(tmp_path / "data", "import", str(folder))
    assert imported.returncode == 0, imported.stderr
    assert "installed pack many-notes" in imported.stdout

    checked = run_uawriter(tmp_path / "data-2", "validate", str(folder))
    shown = checked.stdout + checked.stderr
    assert "there is no letters/es.txt" not in shown, shown
    assert checked.returncode == 0, shown


# ------------------ P66a-F3: characters this Python does not know, in a Hebrew line


def test_a_hebrew_line_with_unknown_characters_stays_within_the_margins(tmp_path: Path) -> None:
    """U+1FAE9 (an emoji of Unicode 16) is measured as a missing glyph (7.2 pt) but drawn as
    U+FFFD (12 pt): the line is wider than the frame it was broken for."""
    from PIL import Image

    hebrew = "שלום לכם אנו כותבים אליכם בדחיפות "
    line = hebrew + "\U0001fae9" * 25 + " " + hebrew * 2
    out = tmp_path / "letter.pdf"
    out.write_bytes(pdf.render_pdf([OutgoingLetter("he", "X", line + "\n")]))
    dpi = 72
    (page,) = render_png(out, tmp_path / "page", dpi=dpi)
    image = Image.open(page).convert("L")
    box = image.point(lambda v: 255 if v < 250 else 0).getbbox()
    assert box is not None
    left = box[0]
    margin_px = pdf.MIN_MARGIN * dpi / 72
    assert left >= margin_px, f"ink {left} px from the left edge (at least {margin_px:.0f})"

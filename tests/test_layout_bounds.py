"""Laying out what a hostile or mistaken pack gives stays fast (issue 12, found by the sixth
probe): a long right-to-left word is cut by halving, a paragraph of any length is laid out in
pieces, a letter of thousands of pages is refused before layout, an address line of 60,000
letters is cut before an envelope is fitted."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import TRAINING_ID, copy_bundled_pack
from uawriter.domain.model import Pack, Sender
from uawriter.engine import check_pack_folder
from uawriter.packs.loader import BrokenPack
from uawriter.rendering import envelopes, letter_body, pdf
from uawriter.rendering.document import OutgoingLetter


def _text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_long_right_to_left_word_is_cut_in_a_few_measures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Hebrew word of 2,000 letters in a talking point took 44 s to lay out: each line
    was found by cutting one letter at a time and measuring again."""
    measured = 0
    real = pdf.text_width

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal measured
        measured += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "text_width", counted)
    data = pdf.render_pdf([OutgoingLetter("he", "X", "שלום " + "ש" * 2000 + "\n")])
    assert measured < 600  # about 20 lines, a dozen measures each (was about 40,000)
    assert _text(data).count("ש") >= 2000


def test_a_very_long_paragraph_is_laid_out_in_pieces() -> None:
    line = ("a中 " * 9000).strip()
    pieces = letter_body._pieces(line)
    assert "".join(pieces) == line
    assert all(len(piece) <= letter_body.PARAGRAPH_PIECE_CHARS for piece in pieces)
    assert all(piece.endswith(" ") for piece in pieces[:-1])  # cut after a space
    data = pdf.render_pdf([OutgoingLetter("zh", "X", line + "\n")])
    assert _text(data).count("中") == 9000


@pytest.mark.parametrize(
    ("template", "shown"),
    [
        ('{{ "w\\n" * 99000 }}', "on 99,000 lines"),
        ('{{ "a中" * 20000 }}', "40,001 characters on 1 line:"),
    ],
)
def test_a_letter_of_thousands_of_pages_is_refused_before_layout(
    tmp_path: Path, template: str, shown: str
) -> None:
    """Within the 200,000 characters a template may make, a letter was 2,475 pages and took
    15 s to lay out, for each of up to 200 addressees."""
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    (folder / "letters" / "es.txt").write_text(template + "\n", encoding="utf-8")
    result = check_pack_folder(folder)
    assert isinstance(result, BrokenPack)
    (problem,) = [p for p in result.problems if p.file.endswith("letters/es.txt")]
    assert shown in problem.message
    assert "is not laid out" in problem.message


def test_an_address_line_of_60000_letters_is_cut_before_fitting() -> None:
    block = envelopes.fit_block(
        ["Minister", "ש" * 60_000, "Jerusalem", "ISRAEL"], 250.0, 120.0, (11.0, 6.0)
    )
    assert block.lines[0] == "Minister"
    assert block.lines[-1] == "ISRAEL"
    assert any(line.endswith("…") for line in block.lines)
    assert all(len(line) <= envelopes.ENVELOPE_LINE_CHARS for line in block.lines)


def test_an_e_mail_carries_a_subject_and_a_name_of_bounded_length() -> None:
    """A title of 340,000 Hebrew one-letter words took 88 s to fold into a Subject header,
    a name of 14,000 characters 10 s into To (found by the seventh probe)."""
    import datetime as dt
    from email import message_from_bytes, policy

    from uawriter.channels.email import NAME_CHARS, SUBJECT_CHARS, EmailDraft, message_of

    draft = EmailDraft(
        to=("minister@example.org",),
        subject="ש " * 340_000,
        body="Dear Minister,\n",
        to_name="ש " * 7_000,
    )
    raw = message_of(draft, dt.datetime(2026, 12, 4, tzinfo=dt.UTC)).as_bytes()
    read = message_from_bytes(raw, policy=policy.default)
    assert len(str(read["Subject"])) == SUBJECT_CHARS
    assert str(read["Subject"]).endswith("…")
    (mailbox,) = read["To"].addresses
    assert len(" ".join(mailbox.display_name.split())) <= NAME_CHARS  # folds add spaces
    assert mailbox.addr_spec == "minister@example.org"


def test_an_address_line_of_many_short_words_is_wrapped_in_a_few_measures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    measured = 0
    real = envelopes.line_width

    def counted(line: str, size: float) -> float:
        nonlocal measured
        measured += 1
        return real(line, size)

    monkeypatch.setattr(envelopes, "line_width", counted)
    line = " ".join("ש" for _ in range(80))
    wrapped = envelopes.wrap_line(line, 100.0, 10.0)
    assert " ".join(wrapped) == line
    assert all(real(part, 10.0) <= 100.0 for part in wrapped)
    assert measured < 60  # a few halvings a line (one measure a word before: 80 and more)


# ------------------ probe 65: words that draw (almost) nothing


def test_words_of_no_width_are_laid_out_a_line_of_them_at_a_time() -> None:
    """A talking point of Hebrew points between hair spaces (1,000 words of no width in a
    piece of 2,000 characters, all on one line) took 24 s to lay out one letter: line
    breaking grows with the square of the words on a line. Such words are laid out at
    most WORDS_ON_A_LINE at a time, every one of them kept."""
    line = "\u05b0\u200a" * 5000
    pieces = letter_body._pieces(line)
    assert all(len(piece.split()) <= letter_body.WORDS_ON_A_LINE for piece in pieces)
    assert "".join(pieces).split() == line.split()  # nothing lost, in its order
    data = pdf.render_pdf([OutgoingLetter("es", "X", line + "\n")])
    assert PdfReader(io.BytesIO(data)).pages  # written


def test_the_paragraphs_of_every_bundled_letter_are_laid_out_whole(
    packs: dict[str, Pack], sender: Sender
) -> None:
    """Words of any letter are wider: no paragraph of the bundled letters, in any of their
    languages, is cut (a cut starts a new line in the middle of a paragraph)."""
    from uawriter.engine import compose

    cut, long_lines = [], 0
    for pack in packs.values():
        for lang in pack.letter_languages:
            for addressee in pack.addressees:
                text = compose(pack, addressee, lang, sender, dt.date(2026, 12, 6))
                lines = text.splitlines()
                long_lines += sum(len(line.split()) > letter_body.WORDS_ON_A_LINE for line in lines)
                cut += [line for line in lines if letter_body._pieces(line) != [line]]
    assert long_lines > 10  # paragraphs of more words than a cut would leave
    assert cut == []


def test_a_right_to_left_line_is_measured_a_word_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A right-to-left line was measured whole again at each word it grew by: 120 narrow
    words on a line made each line cost 7,000 characters measured, and a letter 6.7 s."""
    from uawriter.rendering import lines

    measured = 0
    real = lines.text_width

    def counted(text: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal measured
        measured += len(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(lines, "text_width", counted)
    text = "\u0627\u200a" * 1000  # alef and hair space: about 120 words to a line
    data = pdf.render_pdf([OutgoingLetter("ar", "X", text + "\n")])
    assert measured < 20 * len(text)  # about 1.5 million characters before
    assert _text(data).count("\ufe8d") + _text(data).count("\u0627") >= 1000


@pytest.mark.parametrize("width", [150.0, 300.0, 453.0])
def test_a_right_to_left_paragraph_breaks_where_the_next_word_would_not_fit(
    packs: dict[str, Pack], width: float
) -> None:
    """Measured a word at a time, the lines are what measuring each whole gives: each fits,
    and the next line's first word would not have."""
    from uawriter.rendering.bidi import shape
    from uawriter.rendering.fonts import text_width
    from uawriter.rendering.lines import text_flowable

    pack = next(p for p in packs.values() if "ar" in p.letter_languages)
    paragraph = " ".join(point.text.get("ar") for point in pack.talking_points)
    style = pdf._Styles.make().body
    flowable = text_flowable(paragraph, style, rtl=True)
    broken = flowable._break(width)
    assert len(broken) > 2
    size = style.fontSize
    for line, after in itertools.pairwise(broken):
        assert text_width(shape(line), size) <= width
        with_next = f"{line} {after.split()[0]}"
        assert text_width(shape(with_next), size) > width
    assert " ".join(broken).split() == paragraph.split()

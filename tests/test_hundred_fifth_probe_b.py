"""Probe 105b: the regressions of today's latest commits (an address's last line "place,
country" keeps its place on the envelope; a paste holds no run of more than 1,000
characters without a space, and the status bar says so in the interface's language).
Looking at the last lines the ISO and UN lists write with a comma ("China, Hong Kong
SAR", "Korea, Republic of") or with the country in brackets, at the message in Arabic, and
at a paste whose words are joined by no-break spaces.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import envelope_printed, normalise, official
from test_gui import open_window
from test_hundred_fourth_probe_a import _seconds_for_a_key
from uawriter.channels.postal import envelope_address

SENDER = ("Alice N.", "1 Station Road", "London N1 1AA", "UNITED KINGDOM")
OFFICE = "Office of the Chief Executive"


# -- F1: "China, Hong Kong SAR" leaves "China" on the envelope, above HONG KONG ----------------


@pytest.mark.parametrize(
    ("address", "country", "printed"),
    [
        pytest.param(
            ("Tamar", "2 Tim Mei Avenue", "China, Hong Kong SAR"),
            "Hong Kong",
            "HONG KONG",
            id="hong-kong",
        ),
        pytest.param(
            ("Avenida da Praia Grande", "China, Macao SAR"),
            "Macao",
            "MACAO",
            id="macao",
        ),
    ],
)
def test_f1_a_last_line_china_hong_kong_sar_does_not_put_china_on_the_envelope(
    address: tuple[str, ...], country: str, printed: str
) -> None:
    """The organiser copies the Chief Executive's address from a UN list, whose last line
    names the territory as the UN does, "China, Hong Kong SAR". Until today's change that
    line was the country line and was left off; now "China" is kept as if it were a place
    before the country, and every envelope reads "2 Tim Mei Avenue / China / HONG KONG"
    (and, posted within Hong Kong, ends in "China"). A sorting office reading "China"
    above the country line may send the letter to mainland China, as Hongkong Post warns;
    the envelope should read as it did: the street, then HONG KONG."""
    addressee = official(address, country, title="Chief Executive", organisation=OFFICE)
    for origin in ("GB", country):
        lines = envelope_address(addressee, origin).lines
        assert "china" not in [line.casefold() for line in lines], (origin, lines)
    text = normalise(envelope_printed(addressee, SENDER))
    assert f"{address[-2]} {printed}" in text, text


# -- F2: "Seoul 03171, Korea, Republic of": the country's name in the town line, twice --------


@pytest.mark.parametrize(
    ("town_line", "country", "town", "fragment"),
    [
        pytest.param("Seoul 03171, Korea, Republic of", "KR", "Seoul", "Republic of", id="KR"),
        pytest.param(
            "Taipei 100, Taiwan, Province of China", "TW", "Taipei", "Province of China", id="TW"
        ),
        pytest.param(
            "Kinshasa, Congo, The Democratic Republic of the",
            "CD",
            "Kinshasa",
            "Democratic Republic",
            id="CD",
        ),
        pytest.param(
            "Tehran, Iran, Islamic Republic of", "IR", "Tehran", "Islamic Republic", id="IR"
        ),
    ],
)
def test_f2_a_town_line_ending_in_an_iso_country_name_keeps_the_town_without_the_name(
    town_line: str, country: str, town: str, fragment: str
) -> None:
    """The UA gives the Minister of Justice's address with the country as the ISO list
    writes it, after the town: "Sejong-daero 209" / "Seoul 03171, Korea, Republic of".
    Today's change keeps the town of "Astana 010000, Kazakhstan" and prints the country
    once below; a country whose name holds a comma is not recognised, and the envelope
    reads "Seoul Korea, Republic of" / "03171" / "SOUTH KOREA" (to Taiwan: "TAIPEI
    TAIWAN, PROVINCE OF CHINA, 100" over "TAIWAN"): the country twice, a piece of its
    name glued to the town, in Taiwan's case a name that gives offence there. The town
    line should hold the town and postcode alone, the country once at the bottom."""
    addressee = official(("Sejong-daero 209", town_line), country, organisation=OFFICE)
    lines = envelope_address(addressee, "GB").lines
    above_country = "\n".join(lines[:-1]).casefold()
    assert town.casefold() in above_country, lines
    assert fragment.casefold() not in above_country, lines


# -- F3: "Astana 010000 (Kazakhstan)": the town and postcode are left off --------------------


def test_f3_a_town_line_with_the_country_in_brackets_keeps_its_town_and_postcode() -> None:
    """The pack gives the President's address as "Levoberezhe Street 6" / "Astana 010000
    (Kazakhstan)", the country in brackets after the town, as some UAs print it. The
    line is read as naming Kazakhstan ("place (country)", as "Korea (DPRK)" is) and left
    off whole: every envelope reads the street, the office and KAZAKHSTAN, with no town
    and no postcode. Today's change keeps the place of "Astana 010000, Kazakhstan", but
    only before a comma."""
    addressee = official(
        ("Levoberezhe Street 6", "Astana 010000 (Kazakhstan)"), "Kazakhstan", organisation=OFFICE
    )
    for origin in ("GB", "KZ"):
        text = "\n".join(envelope_address(addressee, origin).lines).casefold()
        assert "astana" in text, (origin, text)
        assert "010000" in text, (origin, text)


# -- F4: the paste message counts in Arabic-Indic digits in the Arabic interface --------------


def test_f4_the_long_run_message_writes_its_number_in_western_digits_in_arabic(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A volunteer at an Arabic-speaking evening pastes a long link into her letter; the
    status bar tells her spaces were put in a run of more than "١٬٠٠٠" characters. The
    Arabic interface writes every other number in Western digits (the hours, the UA
    numbers, the tally's counts: gui/tally_views.py ``in_western_digits``, as readers of
    either misread the other beside them); this message, new today, takes QLocale's
    Arabic-Indic digits and stands alone in them."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    try:
        window.services.languages.set_language("ar")
        editor = window.editor
        QApplication.clipboard().setText("https://example.org/" + "a" * 1_200)
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.paste()
        message = window.statusBar().currentMessage()
    finally:
        window.services.languages.set_language("en")
    assert message, "no message"
    assert not any("\u0660" <= c <= "\u0669" or c == "\u066c" for c in message), message
    assert "1,000" in message or "1000" in message, message


# -- F5: words joined by no-break spaces still freeze the letter ------------------------------


def test_f5_a_paste_whose_words_are_joined_by_no_break_spaces_does_not_freeze_the_letter(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A volunteer pastes a text copied from a web page or an e-mail whose editor joined
    every word with a no-break space (U+202F, the narrow one French typography and some
    converters use, or U+00A0). For the paste rule these are spaces, so nothing is put in
    and she is told nothing; for the text box they are not places to break a line, so the
    text is one unbreakable line, as the 200,000-letter word was: each key she types
    after it takes seconds (5 to 12 s here for 200,000 characters), the window seemingly hung
    while the next volunteer waits. It should stay as quick as before the paste."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    qtbot.waitUntil(lambda: window.preview.pdf != b"", timeout=30_000)
    baseline = _seconds_for_a_key(qtbot, window, "I write from Pavlodar. ")
    joined = _seconds_for_a_key(qtbot, window, "word\u202f" * 40_000)

    assert joined < max(50 * baseline, 2.0), (
        f"a key after 200,000 characters joined by no-break spaces took {joined:.2f} s; "
        f"in the letter before it {baseline:.2f} s"
    )
    assert "without a space" in window.statusBar().currentMessage()  # she is told

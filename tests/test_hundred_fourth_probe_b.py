"""Probe 104b: the regressions of today's latest commits (a text of more than 300
characters names no country, the report in the interface's language). Looking at what
``country_code_of`` is asked of an address's last line: a line "town postcode, country"
is read as a country, and the envelope leaves the whole line off. And the report
'uawriter tally --pdf' writes when no language was chosen, or when the settings file is
one the window sets aside.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import normalise, official, pdf_pages_text, run_uawriter
from test_cli import cli
from test_report import record
from uawriter.channels.postal import envelope_address
from uawriter.paths import AppPaths
from uawriter.storage.contact_files import read_csv
from uawriter.storage.tally import Channel, LetterRecord, TallyBook

PRESIDENCY = "Presidential Administration"


def _letters(count: int) -> list[LetterRecord]:
    return [record(n, "129/10", 3, Channel.POST, "kk") for n in range(count)]


# -- F1: an embassy list's address ending in its country loses its street and town ------------


@pytest.mark.parametrize(
    ("address", "country", "kept"),
    [
        pytest.param(
            "125 Pall Mall, London SW1Y 5EA, United Kingdom",
            "United Kingdom",
            ("125 Pall Mall", "LONDON", "SW1Y 5EA"),
            id="one-cell",
        ),
        pytest.param(
            "Unter den Linden 1\n10117 Berlin, Germany",
            "Germany",
            ("Unter den Linden 1", "10117 Berlin"),
            id="town-line-ends-in-country",
        ),
    ],
)
def test_f1_an_address_book_entry_ending_in_its_country_keeps_its_street_and_town(
    address: str, country: str, kept: tuple[str, ...]
) -> None:
    """The organiser imports the section's embassy list, whose address column holds each
    embassy's address in one cell, as such lists do ("125 Pall Mall, London SW1Y 5EA,
    United Kingdom"), with the country in its own column too. A volunteer sends a copy of
    her letter to the Embassy of Kazakhstan in London and prints its envelope: it reads
    "Embassy of the Republic of Kazakhstan" over "UNITED KINGDOM", no street, no town, no
    postcode (and posted from within the country, the name alone). The last address line
    is taken for the country and left off whole (channels/postal.py ``_fields``:
    ``country_code_of(lines[-1])`` reads "place, country" as the country), though it is
    the street and town with the country after a comma. The letter cannot be delivered."""
    csv_text = (
        "organisation,address,country\n"
        f'"Embassy of the Republic of Kazakhstan","{address}","{country}"\n'
    )
    (contact,) = read_csv(csv_text)
    addressee = contact.as_addressee()

    for origin in ("KZ", country):
        lines = envelope_address(addressee, origin).lines
        text = "\n".join(lines).casefold()
        for part in kept:
            assert part.casefold() in text, (origin, part, lines)


# -- F2: a pack's address line "Astana 010000, Kazakhstan" is left off the envelope -----------


@pytest.mark.parametrize(
    ("address", "kept"),
    [
        pytest.param(
            ("Levoberezhe Street 6", "Astana 010000, Kazakhstan"),
            ("Levoberezhe Street 6", "ASTANA", "010000"),
            id="town-line",
        ),
        pytest.param(
            ("Levoberezhe Street 6, Astana 010000, Kazakhstan",),
            ("Levoberezhe Street 6", "ASTANA", "010000"),
            id="one-line",
        ),
    ],
)
def test_f2_a_pack_address_line_ending_in_the_country_is_printed_on_the_envelope(
    address: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    """The organiser types the President's address in the pack editor as the Urgent Action
    prints it: "Levoberezhe Street 6" / "Astana 010000, Kazakhstan", country Kazakhstan
    (or the whole address on one line). The pack validates with no note. Every volunteer's
    envelope to the President reads the office and "KAZAKHSTAN", without "ASTANA 010000"
    (or without the street too): the town line is taken for the country line and dropped
    (channels/postal.py ``_fields``, ``country_code_of(lines[-1])`` reading "place,
    country"). Dozens of letters go out with no town and no postcode."""
    lines = envelope_address(official(address, "Kazakhstan", organisation=PRESIDENCY), "GB").lines
    text = "\n".join(lines).casefold()
    for part in kept:
        assert part.casefold() in text, (part, lines)


# -- F3: the report is German where the window speaks English --------------------------------


SYSTEM_LANGUAGE = "from uawriter.gui.language import system_ui_language as s; print(s())"


def test_f3_tally_pdf_follows_the_window_when_the_languages_list_names_none_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An Italian organiser on a laptop set up in Germany: LANG=de_DE.UTF-8 and her
    desktop's language list LANGUAGE=it. The window speaks English (Qt reads LANGUAGE's
    list alone, and has no Italian), and she never chose a language in its menu.
    'uawriter tally --pdf' promises the report in the window's interface language, and
    writes it in German ("Nach Fall"), which she may not read and did not see anywhere
    in the window: cli/common.py ``language_of_environment`` goes on to LANG when no
    language of LANGUAGE's list is known, where the window's Qt does not."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "it")
    data = tmp_path / "data"
    TallyBook(AppPaths(data).tally_file).record(_letters(3))
    report = tmp_path / "report.pdf"

    window = run_uawriter(data, script=SYSTEM_LANGUAGE)
    done = run_uawriter(data, "tally", "--pdf", str(report))

    assert window.stdout.strip() == "en", window.stderr  # the window speaks English
    assert done.returncode == 0, done.stderr
    text = normalise(pdf_pages_text(report)[0])
    assert "By case" in text, text[:120]
    assert "Nach Fall" not in text


# -- F4: a settings file the window sets aside still gives the report its language -----------


def test_f4_tally_pdf_does_not_take_the_language_of_settings_the_window_sets_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The settings file names its format but its version is not a number ("version":
    "1", written by hand or by another tool). The window sets it aside as damaged, says
    so, and speaks the system's language (English here); 'uawriter tally --pdf' still
    reads "ui_language": "de" from it and writes the organiser's report in German, a
    language the window she reads does not show. storage/json_store.py ``peek_json``
    is said to read a store "as load_json reads them" but skips ``load_json``'s check of
    the version."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    paths = AppPaths(tmp_path / "data")
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_text(
        '{"format": "uawriter-settings", "version": "1", "ui_language": "de"}', "utf-8"
    )
    TallyBook(paths.tally_file).record(_letters(3))
    report = tmp_path / "report.pdf"

    done = cli(paths, "tally", "--pdf", str(report))

    from uawriter.storage.settings import SettingsStore

    window_language = SettingsStore(paths.settings_file).load().ui_language  # as app.py reads
    assert window_language == "", window_language  # the window: set aside, the system's
    assert done.code == 0, done.err
    text = normalise(pdf_pages_text(report)[0])
    assert "Nach Fall" not in text, text[:120]
    assert "By case" in text, text[:120]

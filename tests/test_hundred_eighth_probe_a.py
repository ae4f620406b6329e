"""Probe 108a: the regressions of the last session's fixes, with new inputs.

F1: a zero-width joiner at a field's end stays only right after a letter of a script that
joins (probes 101b, 102b); after a virama it is left off. The Malayalam chillu letters and
the Bengali khanda ta, as most Malayalam and Bengali text still writes them (a consonant,
the virama and a joiner: "മോഹന്‍", "হঠাত্‍"), end the word; the pack's official's name
prints "മോഹന്" with the virama drawn, a different letter.

F2: the tally report is written in the organiser's language (probe 103b), but its "By
case" column reads "UA 129/10 (update 3)" in English in every language: the window
translates "UA %1 (update %2)" (gui/event_dialogs.py ``action_title``); the report takes
storage/tally_totals.py ``action_label`` as it is.

F3: an address whose last line is a town named as its country ("San Marino, San Marino",
"Djibouti, Djibouti") posted from abroad has no country line in capitals: the town's line
and the country's are the same but for case, and the envelope keeps only the town's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import (
    TRAINING_ID,
    copy_bundled_pack,
    edit_manifest,
    envelope_printed,
    normalise,
    official,
    pdf_pages_text,
)
from test_report import EVENT, MADE, evening
from uawriter.channels.postal import envelope_address
from uawriter.domain.model import Pack
from uawriter.engine import check_pack_folder
from uawriter.rendering.report import render_report

# -- F1: a joiner after a virama at a name's end is left off ----------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "ശ്രീ. മോഹന\u0d4d\u200d",  # Malayalam: Sri Mohan, the chillu n as consonant, virama, ZWJ
        "শ্রী হঠাত\u09cd\u200d",  # Bengali: the khanda ta as ta, virama, ZWJ
    ],
)
def test_f1_a_chillu_or_khanda_ta_at_a_names_end_is_printed_as_written(
    tmp_path: Path, name: str
) -> None:
    """The organiser's pack for a case in Kerala names the official "ശ്രീ. മോഹന്‍" (Sri
    Mohan), copied from the state's web page, which writes the chillu letter ൻ as most
    Malayalam text still does: the consonant, the virama and a zero-width joiner. The pack
    loads with the joiner at the name's end left off: the name on the letter, the
    envelope and the e-mail is "മോഹന്", the consonant with its virama drawn, a different
    spelling from the one typed (the same for a Bengali name ending in the khanda ta,
    "ত্‍"). domain/controls.py ``_ends_off`` keeps a joiner only right after a letter
    (``_joins``); the virama before it is a mark."""
    pack_folder = copy_bundled_pack(TRAINING_ID, tmp_path, "p108a-chillu")
    edit_manifest(pack_folder, 'id = "training-valdoria"', 'id = "p108a-chillu"')
    edit_manifest(pack_folder, 'name = "Ms Elena Sartori"', f'name = "{name}"')

    pack = check_pack_folder(pack_folder)

    assert isinstance(pack, Pack), [str(p) for p in getattr(pack, "problems", ())]
    official = next(a for a in pack.addressees if a.id == "justice-minister")
    assert official.name == name, ascii(official.name)


# -- F2: the report's cases are "(update 3)" in every language ---------------------------------


@pytest.mark.parametrize("code", ["de", "ru", "kk", "es", "fr", "ar"])
def test_f2_the_translated_reports_cases_are_not_in_english(code: str) -> None:
    """The organiser in Paris saves the evening's report from the French window: its
    title, its columns and its footnote are in French, but the first case of its "By
    case" table reads "UA 129/10 (update 3)", an English word in the one line per case
    the section office copies; the same in German, Russian, Kazakh, Spanish and Arabic
    (where the Latin word sits in the right-to-left table). The window's own list of the
    evening's cases writes it in the interface's language ("UA 129/10 (mise à jour 3)")."""
    pdf = render_report(evening(), EVENT, MADE, code)

    text = normalise(pdf_pages_text(pdf)[0])
    assert "(update 3)" not in text, (code, text[text.find("129/10") - 40 :][:120])


# -- F3: the country line in capitals is left off when the town has the country's name -------


@pytest.mark.parametrize(
    ("last_line", "country", "capitals"),
    [
        ("San Marino, San Marino", "San Marino", "SAN MARINO"),
        ("Djibouti, Djibouti", "Djibouti", "DJIBOUTI"),
    ],
)
def test_f3_an_envelope_abroad_ends_with_the_country_in_capitals(
    last_line: str, country: str, capitals: str
) -> None:
    """A UA addresses its appeal to a minister "…, San Marino, San Marino" (the town, then
    the country). Posted from the United Kingdom, the envelope's last line is "San
    Marino" as the town is written: the destination country in capitals, which the
    Universal Postal Union asks for mail abroad and which every other envelope ends with
    ("47890 San Marino, San Marino" ends "SAN MARINO"), is gone. channels/postal.py
    ``_unique`` drops the country's line as a repeat of the town's, compared without
    case."""
    addressee = official(
        ("Palazzo Pubblico", last_line),
        country,
        title="Minister of Justice",
        organisation="Ministry of Justice",
    )
    envelope = envelope_address(addressee, "GB")

    assert envelope.lines[-1] == capitals, envelope.lines
    assert capitals in envelope_printed(addressee, ("Alice N.", "1 Station Road", "London"))


# -- F4: a name of format characters beyond the first plane passes -----------------------------


@pytest.mark.parametrize("invisible", ["\U0001d173\U0001d174", "\U0001bca0"])
def test_f4_a_name_of_format_characters_that_print_nothing_is_refused(
    tmp_path: Path, invisible: str
) -> None:
    """An addressee's title is left out and the name is pasted from a page whose empty
    cell held invisible format characters (the musical symbols' "begin beam", "end beam",
    or a shorthand format control, class Cf like the zero-width space): the pack loads,
    with an official named by nothing. The letter's address block starts with an empty
    line and the envelope names no one; a zero-width space there is refused ("is empty;
    fill it in"). domain/controls.py ``_NOTHING`` lists the format characters of the first
    plane and the tags, not these."""
    pack_folder = copy_bundled_pack(TRAINING_ID, tmp_path, "p108a-nothing")
    edit_manifest(pack_folder, 'id = "training-valdoria"', 'id = "p108a-nothing"')
    edit_manifest(pack_folder, 'title = "Minister of Justice"', 'title = ""')
    edit_manifest(pack_folder, 'name = "Ms Elena Sartori"', f'name = "{invisible}"')

    pack = check_pack_folder(pack_folder)

    assert not isinstance(pack, Pack), [ascii(a.name) for a in pack.addressees]

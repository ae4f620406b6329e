"""Probe 102b: the regressions of the day's last changes.

F1: since a joiner at a field's end stays (probe 101b, for an Arabic abbreviation's joined
letter), the zero-width non-joiner and joiner at a field's end keep everything before them
too: a space or a no-break space before a trailing ``&zwnj;`` (what a greeting copied from
an HTML e-mail or a web page brings with it) is no longer left off. The greeting prints
"Estimada Señora Ministra :" and an address book copy's "Your Excellency :", with a space
before the colon, where before today they printed without it.

F2: a heading ending in a colon right above a run of labels padded to their values
("Fax:" and spaces to "+7 …"), whose space falls right before the values' column, is
taken with the run for two columns and read column after column: the labels, then the
values (probe 82a's loss, back through the heading; today's reading of a colon heading
before the columns is tried only when the run with it is not taken for two columns).

F3: a pack whose id, or an addressee's id, ends with a zero-width non-joiner loaded until
today (the field's end was left without it) and is broken at the next start.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, pdf_pages_text
from uawriter.domain.model import Addressee, Pack, Sender
from uawriter.engine import Letter, check_pack_folder, compose
from uawriter.exporting import export_separately
from uawriter.packs.loader import load_pack
from uawriter.storage.address_book import Contact

DATE = dt.date(2026, 12, 7)
SENDER = Sender("A. N. Other", ("1 High Street", "London"))

# ------------------ F1: a space before a trailing joiner or non-joiner stays

#: What a greeting copied from an HTML e-mail or a web page ends with: a no-break space
#: and a zero-width non-joiner (``&nbsp;&zwnj;``, a mail's padding), a space and a
#: zero-width joiner.
PASTED_ENDS = ("\u00a0\u200c", " \u200c", " \u200d", "\u00a0\u200c\u00a0\u200c")
PASTED_IDS = ["nbsp-zwnj", "space-zwnj", "space-zwj", "padding"]

#: A space (of any kind) before a comma or a colon, once what prints as nothing is left out.
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\w\s+[,:]")


def _printed(text: str) -> str:
    """``text`` as it shows on paper: without the characters that print as nothing."""
    return re.sub("[\u200b-\u200f\u2060]", "", text)


def _letter_pdf_text(pack: Pack, letter_lang: str, addressee: Addressee | str, folder: Path) -> str:
    text = compose(pack, addressee, letter_lang, SENDER, DATE)
    target = addressee if not isinstance(addressee, str) else pack.addressee(addressee)
    [path] = export_separately(
        [Letter(pack, target, letter_lang, text, as_fax=False)],
        folder,
        SENDER,
        DATE,
        invariant=True,
    )
    return "\n".join(pdf_pages_text(path))


@pytest.mark.parametrize("end", PASTED_ENDS, ids=PASTED_IDS)
def test_f1_a_greeting_pasted_with_a_trailing_non_joiner_prints_no_space_before_its_colon(
    tmp_path: Path, end: str
) -> None:
    """An organiser copies the Spanish greeting of her pack from the section's HTML
    e-mail: "Estimada Señora Ministra" comes with the mail's ``&nbsp;&zwnj;`` padding.
    Until today the pack's field was left without it; now every letter of the pack
    greets "Estimada Señora Ministra :" with a space before the colon (a no-break space,
    which no line break takes away), and ``uawriter validate`` says nothing."""
    pack_folder = copy_bundled_pack(TRAINING_ID, tmp_path / "packs", "p102b-greeting")
    edit_manifest(pack_folder, 'id = "training-valdoria"', 'id = "p102b-greeting"')
    edit_manifest(
        pack_folder,
        'es = "Estimada Señora Ministra"',
        f"es = {json.dumps('Estimada Señora Ministra' + end)}",
    )
    pack = load_pack(pack_folder)
    assert isinstance(pack, Pack), pack

    printed = _printed(_letter_pdf_text(pack, "es", "justice-minister", tmp_path / "out"))

    assert "Estimada Señora Ministra" in printed
    greeting = next(line for line in printed.splitlines() if "Estimada Señora Ministra" in line)
    assert not _SPACE_BEFORE_PUNCTUATION.search(greeting), (
        f"the letter greets {greeting!r}: a space before the colon"
    )


@pytest.mark.parametrize("end", PASTED_ENDS, ids=PASTED_IDS)
def test_f1_an_address_book_greeting_with_a_trailing_non_joiner_prints_no_space_before_colon(
    tmp_path: Path, packs: dict[str, Pack], end: str
) -> None:
    """A volunteer pastes the embassy's greeting from its web page into the address book
    window: "Your Excellency" and the page's ``&nbsp;&zwnj;``. The copy to the embassy
    greets "Your Excellency :" in every letter; before today the book left the padding
    off, as it leaves off a zero-width space or a word joiner pasted the same way."""
    contact = Contact(
        "Ambassador of Kazakhstan",
        organisation="Embassy of the Republic of Kazakhstan",
        address=("125 Kensington Court", "London W8 5DA"),
        country="GB",
        salutation="Your Excellency" + end,
    )
    addressee = contact.as_addressee()

    printed = _printed(_letter_pdf_text(packs[TRAINING_ID], "es", addressee, tmp_path))

    greeting = next(line for line in printed.splitlines() if "Your Excellency" in line)
    assert not _SPACE_BEFORE_PUNCTUATION.search(greeting), (
        f"the copy greets {greeting!r}: a space before the colon"
    )


# ------------------ F2: a colon heading over a label-beside-value run, across its gap

#: The appeals of today's UA as its e-mail lays them out: the labels padded with spaces
#: to the column their values start in. At character 21 (after "Salutation:" and nine
#: spaces) the heading's space after "APPEALS" falls right before that column; at 23 it
#: does not.
APPEALS_HEADING = "PLEASE SEND APPEALS BEFORE 14 APRIL 2025 TO:"


def _padded_ua(folder: Path, column: int) -> Path:
    from test_eightieth_probe_c import HEAD, TAIL

    block = [
        "Prosecutor General",
        "Mr Berik Asylov",
        "14 Mambetov Street",
        "Astana 010000",
        "KAZAKHSTAN",
        "Fax:".ljust(column) + "+7 7172 71 27 06",
        "Email:".ljust(column) + "prosecutor@gp.example.kz",
        "Salutation:".ljust(column) + "Dear Prosecutor General",
    ]
    head = HEAD.replace(APPEALS_HEADING + "\n", "")
    source = folder / f"ua-77-25-{column}.txt"
    source.write_text(head + "\n".join([APPEALS_HEADING, *block]) + "\n" + TAIL, "utf-8")
    return source


def _prosecutor(qtbot: QtBot, source: Path) -> tuple[str, dict[str, str], list[object]]:
    from test_eightieth_probe_c import _drafted

    draft = _drafted(qtbot, source).draft
    assert draft is not None
    drafted = [a.to_json() for a in draft.addressees]
    titled = [a for a in draft.addressees if a.title == "Prosecutor General"]
    if not titled:
        return "", {}, drafted
    return titled[0].fax, dict(titled[0].salutation), drafted


def test_f2_a_heading_above_labels_padded_to_their_values_keeps_each_value_with_its_label(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The organiser drafts today's UA from its e-mail, saved as text: the heading
    "PLEASE SEND APPEALS BEFORE 14 APRIL 2025 TO:" is right above the Prosecutor
    General's block, whose "Fax:", "Email:" and "Salutation:" are padded with spaces to
    their values. Padded to character 23, the block is drafted right. Padded to character
    21, the heading's space after "APPEALS" lies right before the values' column, so the
    heading and the block are taken for two columns side by side ("PLEASE SEND APPEALS"
    | "BEFORE 14 APRIL 2025 TO:") and read column after column: the labels, then the
    values (probe 82a's loss, come back through the heading). The draft has no
    addressee at all: the organiser types the Prosecutor General, his fax and greeting
    by hand, or the pack goes out without him. Today's change reads a colon heading
    before the columns only when the run with it is not already taken for two columns."""
    assert APPEALS_HEADING[19] == " "
    assert APPEALS_HEADING[21] != " "
    right = _prosecutor(qtbot, _padded_ua(tmp_path, 22))
    assert right[:2] == ("+7 7172 71 27 06", {"en": "Dear Prosecutor General"}), right

    fax, greeting, drafted = _prosecutor(qtbot, _padded_ua(tmp_path, 20))

    assert (fax, greeting) == ("+7 7172 71 27 06", {"en": "Dear Prosecutor General"}), drafted


# ------------------ F3: a pack sound until today, broken by a non-joiner at an id's end


@pytest.mark.parametrize(
    ("old", "key"),
    [('id = "training-valdoria"', "id"), ('id = "justice-minister"', "addressees[0].id")],
    ids=["pack-id", "addressee-id"],
)
def test_f3_an_id_ending_in_a_non_joiner_that_loaded_yesterday_still_loads(
    tmp_path: Path, old: str, key: str
) -> None:
    """An organiser's pack, installed and used at the last events, has an id pasted with
    a zero-width non-joiner at its end (``&zwnj;`` from the web page it was copied from).
    Until today the field's end was left without it and the pack loaded; since the
    joiners at a field's end stay (probe 101b), the next start lists the pack as broken
    ("is not a usable id") and the action is gone from the list in the middle of the
    event: her letter for it is "kept for later". A joiner at an id's end is no Arabic
    abbreviation's."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path, "p102b-zwnj")
    if key != "id":
        edit_manifest(pack, 'id = "training-valdoria"', 'id = "p102b-zwnj"')
    value = old.split('"')[1] if key != "id" else "p102b-zwnj"
    edit_manifest(pack, old, f"id = {json.dumps(value + chr(0x200C))}")

    checked = check_pack_folder(pack)

    assert isinstance(checked, Pack), [str(p) for p in getattr(checked, "problems", ())]

"""Probe 38: what it found, and what must hold instead."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, pdf_pages_text, run_uawriter
from test_cli import cli
from uawriter.paths import AppPaths
from uawriter.storage.contact_files import MAX_BYTES, ContactFileProblem, read_csv, read_vcards


@pytest.mark.parametrize(
    "printed",
    [
        '{{ "\\u202e" }}0001{{ "\\u202c" }}',
        '{{ "\\N{RIGHT-TO-LEFT OVERRIDE}" }}0001',
        '{{ "%c"|format(8238) }}0001',
        '{{ "\\u2066" }}0001',  # an isolate opened, never closed
    ],
    ids=["escape", "named", "format", "isolate"],
)
def test_no_direction_override_a_template_prints_reaches_the_email_or_the_pdf(
    tmp_path: Path, printed: str
) -> None:
    """A template printing a direction override as an escape passed validate and import,
    and the e-mail read "Pay 1000 EUR" where the PDF read "Pay 0001 EUR" (the same
    character typed into a template, or into pack.toml, is refused)."""
    paths = AppPaths(tmp_path / "data")
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, "probe")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "probe"')
    letter = folder / "letters" / "es.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8") + f"\nPay {printed} EUR\n", encoding="utf-8"
    )
    assert cli(paths, "validate", str(folder)).code == 0
    for channel, suffix in (("email", "*.eml"), ("post", "*.pdf")):
        out = tmp_path / channel
        done = cli(paths, "export", "--pack", "probe", "--lang", "es", "--channel", channel,
                   "--out", str(out))  # fmt: skip
        assert done.code == 0, done.err
        (written,) = out.glob(suffix)
        if channel == "email":
            message = email.message_from_bytes(written.read_bytes(), policy=email.policy.default)
            body = message.get_body().get_content()  # type: ignore[union-attr]
        else:
            body = "".join(pdf_pages_text(written))
        assert "Pay 0001 EUR" in body
        assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in body)


def test_isolates_that_pair_up_are_kept() -> None:
    """An isolate around a Latin name in an Arabic letter is what Unicode asks for: kept."""
    from uawriter.letters.templating import tidy_letter

    text = "السيد \u2066Nursultan Nazarbaev\u2069 المحترم\n"
    assert tidy_letter(text) == text


def test_a_vcard_longer_than_any_embassy_list_is_refused() -> None:
    """One card of 340,000 lines (1.8 MB, under the 2 MB a list may have) was read for 24 s
    of processor time, the window frozen."""
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "FN:x\r\n" * 340_000 + "END:VCARD\r\n"
    assert len(text.encode()) <= MAX_BYTES
    with pytest.raises(
        ContactFileProblem, match="has more than 120,000 lines, more than any embassy list has"
    ):
        read_vcards(text)


def test_a_vcard_file_read_says_nothing_on_the_terminal(tmp_path: Path) -> None:
    """vobject logged a calendar's time zone name on the root logger, and Python printed
    "ERROR:root:'Nowhere/Zone'" on the terminal the window was started from."""
    card = tmp_path / "embassies.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Embassy of Valdoria\r\nEND:VCARD\r\n"
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Nowhere/Zone:20260101T000000\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    script = (
        "import logging, sys; from pathlib import Path\n"
        "from uawriter.storage.contact_files import read_vcards\n"
        "print([c.label for c in read_vcards(Path(sys.argv[1]).read_text(encoding='utf-8'))])\n"
        "logging.error('logging works again')\n"
    )
    done = run_uawriter(tmp_path / "data", str(card), script=script)
    assert done.returncode == 0, done.stderr
    assert "Embassy of Valdoria" in done.stdout
    assert done.stderr == "ERROR:root:logging works again\n"


def test_a_sender_email_refused_is_shown_as_typed(tmp_path: Path) -> None:
    """A line separator in --sender-email was shown as "\\\\u2028", doubled: it looked like
    a backslash typed, where every other option shows "\\u2028"."""
    paths = AppPaths(tmp_path / "data")
    done = cli(paths, "export", "--pack", TRAINING_ID, "--lang", "es", "--out",
               str(tmp_path / "out"), "--sender-email", "bob@x.org\u2028Bcc: e@x.org")  # fmt: skip
    assert done.code != 0
    assert "--sender-email 'bob@x.org\\u2028Bcc: e@x.org' is not an e-mail address" in done.err


# -- probe 39: what today's changes broke or left, and what must hold instead


@pytest.mark.parametrize(
    ("first", "rows"),
    [
        ("title;name;organisation" + ";" * 251, "Ambassador;Mr X;Embassy of Valdoria" + ";" * 251),
        ("sep=;;;;\ntitle;name;organisation;;;", "Ambassador;Mr X;Embassy of Valdoria;;;"),
        ('"sep=;";;;\ntitle;name;organisation', "Ambassador;Mr X;Embassy of Valdoria"),
    ],
    ids=["used-range", "sep-saved-back", "sep-quoted"],
)
def test_a_spreadsheets_empty_columns_and_its_sep_line_saved_back_are_read(
    first: str, rows: str
) -> None:
    """Probe 39 F5, F11: a list whose first line ended in the spreadsheet's empty columns
    (254 in all) was refused as naming more than 200 columns; and the "sep=;" line, saved
    back by the spreadsheet with empty cells or quotes, was not followed."""
    (contact,) = read_csv(f"{first}\n{rows}\n")
    assert (contact.title, contact.name, contact.organisation) == (
        "Ambassador",
        "Mr X",
        "Embassy of Valdoria",
    )


def test_a_town_given_twice_is_written_once() -> None:
    """Probe 39 F4: a whole address beside its own "City" and "Street" columns printed the
    town and the street twice in the address block."""
    (whole,) = read_csv(
        "title,name,organisation,address,street,city,postcode\n"
        'Ambassador,Mr X,Embassy,"Nordendstraße 19\n13156 Berlin",Nordendstraße 19,Berlin,13156\n'
    )
    assert whole.address == ("Nordendstraße 19", "13156 Berlin")
    (apart,) = read_csv(
        "title,name,organisation,address,city,postcode\n"
        "Ambassador,Mr X,Embassy,Nordendstraße 19,Berlin,13156\n"
    )
    assert apart.address == ("Nordendstraße 19", "13156 Berlin")


def test_a_plain_address_marked_base64_is_read_as_it_is() -> None:
    """Probe 39 F6: an ADR line marked ENCODING=b but written as plain text lost the whole
    address and the country."""
    (contact,) = read_vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Embassy of Valdoria\r\n"
        "ADR;ENCODING=b:;;Nordendstraße 19;Berlin;;13156;Germany\r\nEND:VCARD\r\n"
    )
    assert contact.address == ("Nordendstraße 19", "13156 Berlin")
    assert contact.country == "Germany"


def test_a_stack_file_nested_too_deep_is_a_letter_lost_not_a_crash() -> None:
    """Probe 39 F8: a stack file nested 1,400 deep, which JSON still reads, stopped every
    start with a RecursionError."""
    from uawriter.gui.stack import stacked_entries

    deep: object = []
    for _ in range(1_400):
        deep = [deep]
    assert stacked_entries({"entries": deep}, {}) == ([], 1)


def test_only_the_isolates_that_do_not_pair_up_are_left_out() -> None:
    """Probe 39 F9: one isolate opened and never closed anywhere in the letter took out the
    ones around a Latin name in an Arabic letter too."""
    from uawriter.letters.templating import tidy_letter

    name = "السيد \u2066Nursultan Nazarbaev\u2069 المحترم"
    assert tidy_letter(f"{name}\nPay \u20660001 EUR\u2069\u2069\n\u2067x\n") == (
        f"{name}\nPay \u20660001 EUR\u2069\nx\n"
    )

"""The country line of the address block in a letter: a pack may give an addressee's country
as a code ("KZ"), which the envelope prints as "KAZAKHSTAN"; the letter printed "KZ" as the
last line of the address. Now it names the country in the letter's language, in capitals,
with the function the envelope uses for its English name."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, pdf_pages_text
from test_cli import cli
from uawriter.channels.postal import envelope_address
from uawriter.domain.languages import postal_country_name
from uawriter.paths import AppPaths

PACK = "coded-country"


def _address_lines(paths: AppPaths, tmp_path: Path, lang: str) -> list[str]:
    """The president's letter exported for post in ``lang``, read back: its lines from the
    addressee's name to the salutation."""
    out = tmp_path / lang
    outcome = cli(
        paths,
        *("export", "--pack", PACK, "--lang", lang, "--date", "2011-07-01"),
        *("--channel", "post", "--to", "president", "--out", str(out)),
    )
    assert outcome.code == 0, outcome.err
    (written,) = out.iterdir()
    lines = [line.strip() for line in pdf_pages_text(written)[0].splitlines()]
    start = lines.index("Levoberezhe Street")
    return lines[start : start + 3]


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "userdata")
    paths.user_packs.mkdir(parents=True)
    folder = copy_bundled_pack(SEED_ID, paths.user_packs, PACK)
    edit_manifest(folder, f'id = "{SEED_ID}"', f'id = "{PACK}"')
    edit_manifest(folder, 'country = "KAZAKHSTAN"', 'country = "KZ"')  # the president's
    return paths


@pytest.mark.parametrize(
    ("lang", "country"),
    [("en", "KAZAKHSTAN"), ("ru", "КАЗАХСТАН"), ("de", "KASACHSTAN"), ("kk", "ҚАЗАҚСТАН")],
)
def test_a_country_given_as_a_code_is_named_in_the_letter_s_language(
    paths: AppPaths, tmp_path: Path, lang: str, country: str
) -> None:
    assert _address_lines(paths, tmp_path, lang) == [
        "Levoberezhe Street",
        "Astana 01000",
        country,
    ]


def test_the_letter_and_the_envelope_name_the_country_alike_in_english(
    paths: AppPaths, tmp_path: Path
) -> None:
    from uawriter.packs.loader import load_pack

    pack = load_pack(paths.user_packs / PACK)
    president = pack.addressee("president")
    assert president.country == "KZ"
    envelope = envelope_address(president, from_country="DE")
    assert envelope.lines[-1] == "KAZAKHSTAN" == postal_country_name("KZ", "en")
    assert _address_lines(paths, tmp_path, "en")[-1] == envelope.lines[-1]


def test_a_country_written_out_is_printed_as_written(tmp_path: Path) -> None:
    """The seed pack writes "KAZAKHSTAN": a Russian letter prints it so, as before."""
    paths = AppPaths(tmp_path / "userdata")
    out = tmp_path / "out"
    outcome = cli(
        paths,
        *("export", "--pack", SEED_ID, "--lang", "ru", "--date", "2011-07-01"),
        *("--channel", "post", "--to", "president", "--out", str(out)),
    )
    assert outcome.code == 0, outcome.err
    (written,) = out.iterdir()
    lines = [line.strip() for line in pdf_pages_text(written)[0].splitlines()]
    assert lines[lines.index("Astana 01000") + 1] == "KAZAKHSTAN"

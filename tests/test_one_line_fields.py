"""Fields printed on one line, as a pack author from a word processor writes them (probe
24B F2, F8, F1): a soft hyphen printed as a hyphen in the address ("Ministe-rium--") and
vanished in the salutation; a line break in a salutation printed it over four lines and
reached an e-mail raw; an address of 200 lines passed, and the envelope cut it unseen."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, run_uawriter
from uawriter.domain.model import Pack
from uawriter.packs.loader import BrokenPack, load_pack


def _seed(tmp_path: Path) -> Path:
    return copy_bundled_pack(SEED_ID, tmp_path, SEED_ID)


def _problems(folder: Path) -> list[str]:
    loaded = load_pack(folder)
    assert isinstance(loaded, BrokenPack), "the pack should have been refused"
    return [str(p) for p in loaded.problems]


def test_soft_hyphens_are_left_out_of_every_field(tmp_path: Path) -> None:
    folder = _seed(tmp_path)
    edit_manifest(
        folder, 'name = "Nursultan Nazarbaev"', 'name = "Nursul\\u00adtan Nazar\\u00adbaev"'
    )
    edit_manifest(
        folder, 'address = ["Levoberezhe Street"', 'address = ["Levo\\u00adberezhe\\u00ad Street"'
    )
    edit_manifest(folder, 'en = "Dear President"', 'en = "Dear Presi\\u00addent\\u00ad"')
    pack = load_pack(folder)
    assert isinstance(pack, Pack)
    president = pack.addressee("president")
    assert president.name == "Nursultan Nazarbaev"
    assert president.address[0] == "Levoberezhe Street"
    assert president.salutation.get("en") == "Dear President"


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('en = "Dear President"', 'en = "Dear\\nPresident"', "addressees[0].salutation.en"),
        (
            'name = "Nursultan Nazarbaev"',
            'name = "Nursultan\\u2028Nazarbaev"',
            "addressees[0].name",
        ),
        (
            'address = ["Levoberezhe Street"',
            'address = ["Levoberezhe\\r\\nStreet"',
            "addressees[0].address[0]",
        ),
        (
            'title = "President of Kazakhstan"',
            'title = """President\nof Kazakhstan"""',
            "addressees[0].title",
        ),
    ],
)
def test_a_line_break_in_a_field_of_one_line_is_named(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    folder = _seed(tmp_path)
    edit_manifest(folder, old, new)
    problems = _problems(folder)
    assert any(f"pack.toml: {field}: holds a line break (U+" in p for p in problems), problems
    assert all("write it on one line" in p for p in problems if "line break" in p)


def test_longer_texts_keep_their_paragraphs(tmp_path: Path) -> None:
    """The summary may have paragraphs (the seed's is a multi-line string): only fields of
    one line refuse a line break."""
    pack = load_pack(_seed(tmp_path))
    assert isinstance(pack, Pack)
    assert "\n" in pack.action.summary.get("en").strip()


def test_an_address_longer_than_an_envelope_is_refused_with_the_fix(tmp_path: Path) -> None:
    folder = _seed(tmp_path)
    ten = ", ".join(f'"line {n}"' for n in range(10))
    edit_manifest(folder, 'address = ["Levoberezhe Street", "Astana 01000"]', f"address = [{ten}]")
    assert isinstance(load_pack(folder), Pack)  # ten lines: still a postal address

    eleven = ten + ', "line 10"'
    edit_manifest(folder, f"address = [{ten}]", f"address = [{eleven}]")
    problems = _problems(folder)
    said = " ".join(problems)
    assert "pack.toml: addressees[0].address: has 11 lines; a postal address has at most 10" in said
    done = run_uawriter(tmp_path / "data", "validate", str(folder))
    assert done.returncode != 0
    assert "addressees[0].address: has 11 lines" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_validate_names_the_fields_no_font_can_print(tmp_path: Path) -> None:
    """Names in scripts no bundled font has (Devanagari, Thai, Hangul) came out blank on the
    fax cover sheet, while validate said OK (probe 24B F3): validate now notes each field."""
    folder = _seed(tmp_path)
    edit_manifest(folder, 'name = "Nursultan Nazarbaev"', 'name = "नमस्ते สวัสดี"')
    edit_manifest(folder, 'en = "Dear President"', 'en = "존경하는 대통령님께"')
    done = run_uawriter(tmp_path / "data", "validate", str(folder))
    assert done.returncode == 0, done.stdout + done.stderr
    notes = [line for line in done.stdout.splitlines() if line.startswith("note:")]
    name_note = next(n for n in notes if "addressees[0].name:" in n)
    assert "न (U+0928)" in name_note
    assert "ส (U+0E2A)" in name_note
    assert "blank or as boxes on paper" in name_note
    assert any("addressees[0].salutation.en:" in n and "존" in n for n in notes)
    # the fields every bundled font has are not noted
    assert not any("addressees[1]" in n for n in notes)


@pytest.mark.parametrize(
    ("fax", "said"),
    [
        (
            "+7\\u00a07172\\u00a050\\u00a025\\u00a034",
            "it holds special spaces (U+00A0, as copied from a PDF or a word processor): type "
            "ordinary spaces instead",
        ),
        ("+٧ ٧١٧٢ ٥٠ ٢٥ ٣٤", "it has digits of another script (٠ ١ ٢ ٣ ٤ ٥ ٧): write it with"),
        ("＋７ ７１７２ ５０ ２５ ３４", "it has digits of another script"),
        ("call the ministry", "write it with digits, such as +7 7172 72 05 16"),
    ],
)
def test_a_fax_number_that_looks_right_says_what_is_wrong(
    tmp_path: Path, fax: str, said: str
) -> None:
    """A fax copied from a PDF has non-breaking spaces, one typed on an Arabic keyboard other
    digits: the message said "write it with digits" of a number all digits (probe 24B F9)."""
    folder = _seed(tmp_path)
    edit_manifest(folder, 'fax = "+7 7172 72 05 16"', f'fax = "{fax}"')
    problems = " ".join(_problems(folder))
    assert "addressees[0].fax:" in problems
    assert said in problems


def test_validate_refuses_a_linked_manifest_as_import_does(tmp_path: Path) -> None:
    """validate said OK of a pack whose pack.toml is a symbolic link, which import refuses
    (probe 24A F5): the organiser checked the pack, then could not install it."""
    folder = _seed(tmp_path)
    real = tmp_path / "elsewhere.toml"
    (folder / "pack.toml").rename(real)
    (folder / "pack.toml").symlink_to(real)
    checked = run_uawriter(tmp_path / "data", "validate", str(folder))
    imported = run_uawriter(tmp_path / "data", "import", str(folder))
    assert checked.returncode != 0
    assert imported.returncode != 0
    assert "pack.toml: is a symbolic link" in checked.stdout
    assert "is a symbolic link" in imported.stdout + imported.stderr

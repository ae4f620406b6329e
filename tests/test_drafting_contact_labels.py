"""Contact lines as sections write them: a fax, an e-mail address or a telephone number
after any of the labels in use ("Correo-e.:", "Tel/Fax:", "Télécopie :", "Mél :", "Fax n°:"),
and after a label the reader does not know. Each Urgent Action is one of the layouts'
fixtures with its labels changed, written to a file and read by the real drafting code."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run_uawriter
from uawriter.drafting import DraftPack, draft_from_file

LAYOUTS = Path(__file__).parent / "data" / "drafting" / "layouts"
ES = LAYOUTS / "es-section" / "lookalike-au-45-24.txt"
FR = LAYOUTS / "fr-section" / "lookalike-au-45-24.txt"
DE = LAYOUTS / "de-section" / "lookalike-ua-045-2024.txt"
EN = LAYOUTS / "amnesty-org" / "lookalike-second-ua-kazakhstan.txt"


def drafted(tmp_path: Path, fixture: Path, old: str, new: str) -> DraftPack:
    """The draft of ``fixture`` with every ``old`` written ``new``."""
    text = fixture.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {fixture.name}"
    path = tmp_path / fixture.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return draft_from_file(path)


def unknown_label_notes(draft: DraftPack) -> list[str]:
    return [n for n in draft.notes.get("addressees", []) if "label not known" in n]


@pytest.mark.parametrize(
    ("fixture", "old", "new"),
    [
        (ES, "Correo-e: ", "Correo-e.: "),
        (ES, "Correo-e: ", "Correo-E.: "),
        (ES, "Correo-e: ", "Correo electrónico: "),
        (ES, "Correo-e: ", "E-mail: "),
        (ES, "Fax: ", "Tel/Fax: "),
        (ES, "Fax: ", "Fax/Tel: "),
        (ES, "Fax: ", "Fax.: "),
        (ES, "Fax: ", "Fax n°: "),
        (ES, "Fax: ", "Facsímil: "),
        (ES, "Fax: ", "Nº de fax: "),
        (ES, "Fax: ", "Telefone/Fax: "),  # as a Portuguese section writes it
        (FR, "Fax : ", "Télécopie : "),
        (FR, "Fax : ", "Télécopieur : "),
        (FR, "Fax : ", "Tél./Fax : "),
        (FR, "Fax : ", "Fax n° : "),
        (FR, "Courriel : ", "Mél : "),
        (FR, "Courriel : ", "Mél. : "),
        (FR, "Courriel : ", "Adresse électronique : "),
        (FR, "Courriel : ", "E-mail : "),
        (DE, "Fax: ", "Telefax: "),
        (DE, "Fax: ", "Fax-Nr.: "),
        (DE, "Fax: ", "Fax / Tel.: "),
        (DE, "E-Mail: ", "E-Mail-Adresse: "),
        (DE, "E-Mail: ", "Email: "),
        (EN, "Fax: ", "Fax No.: "),
        (EN, "Fax: ", "Tel/Fax: "),
        (EN, "Fax: ", "Telefax: "),
        (EN, "Email: ", "E-mail address: "),
        (EN, "Email: ", "Email.: "),
    ],
)
def test_contact_labels_as_sections_write_them(
    fixture: Path, old: str, new: str, tmp_path: Path
) -> None:
    """ "Correo-e.: fiscal@…" started a bogus official titled "Correo-e.: fiscal@…" (who
    took the real official's salutation); "Télécopie : …" and "Mél : …" became postal
    address lines, and the fax channel had no number."""
    expected = draft_from_file(fixture)
    draft = drafted(tmp_path, fixture, old, new)
    assert draft.to_json()["fields"]["addressees"] == expected.to_json()["fields"]["addressees"]
    assert draft.not_found == expected.not_found
    assert not unknown_label_notes(draft)


@pytest.mark.parametrize("label", ["Buzón: ", "Despacho: ", "Dirección: "])
def test_an_email_after_a_label_not_known_is_read_and_noted(label: str, tmp_path: Path) -> None:
    expected = draft_from_file(ES)
    draft = drafted(tmp_path, ES, "Correo-e: despacho", label + "despacho")
    assert len(draft.addressees) == 2
    minister = draft.addressees[0]
    assert minister.emails == ["despacho@mingob.example.gt"]
    assert minister.salutation == expected.addressees[0].salutation
    assert minister.address == expected.addressees[0].address
    (note,) = unknown_label_notes(draft)
    assert note.startswith(f"line 25 ('{label}despacho@mingob.example.gt') looks like a contact")
    assert "check it" in note


@pytest.mark.parametrize(
    ("fixture", "old", "new", "line"),
    [
        (ES, "Fax: +502 2555 0100", "Línea directa: +502 2555 0100", 24),
        (ES, "Fax: +502 2555 0100", "Conmutador: 2555 0100 ext. 12", 24),
        (FR, "Fax : +237", "Numéro : +237", 23),
        (DE, "Fax: 00 7 7172", "Durchwahl: 00 7 7172", 19),
        (EN, "Tel: +7 7172", "Switchboard: +7 7172", 16),
    ],
)
def test_a_number_after_a_label_not_known_is_left_out_and_noted(
    fixture: Path, old: str, new: str, line: int, tmp_path: Path
) -> None:
    """The number after a label not known became an address line, or (after a fax line)
    an official of its own, with no word."""
    expected = draft_from_file(fixture)
    draft = drafted(tmp_path, fixture, old, new)
    assert len(draft.addressees) == len(expected.addressees)
    for got, was in zip(draft.addressees, expected.addressees, strict=True):
        assert (got.title, got.name, got.address, got.salutation) == (
            was.title,
            was.name,
            was.address,
            was.salutation,
        )
    (note,) = unknown_label_notes(draft)
    assert note.startswith(f"line {line} ('{new.split(':', maxsplit=1)[0]}")
    assert "left out of the address" in note


@pytest.mark.parametrize(
    "address_line",
    [
        "Apartado Postal: 1234",
        "Bloc C-E: 12 calle Ejemplo",
        "Edificio: Torre 3 Oficina 1201",
        "Postfach: 10 20 30 40",
        "CEP: 70150-900",
        "Postal Code: 1010-1234",
        "Horario: 09.00-18.00, lunes a viernes",
    ],
)
def test_an_address_line_with_a_label_stays_in_the_address(
    address_line: str, tmp_path: Path
) -> None:
    draft = drafted(
        tmp_path, ES, "6a Avenida 13-71, Zona 1\n", f"6a Avenida 13-71, Zona 1\n{address_line}\n"
    )
    assert address_line in draft.addressees[0].address
    assert draft.addressees[0].emails == ["despacho@mingob.example.gt"]
    assert not unknown_label_notes(draft)


def test_draft_pack_reads_a_francophone_fax_and_email(tmp_path: Path) -> None:
    text = FR.read_text(encoding="utf-8").replace("Fax : ", "Télécopie : ")
    path = tmp_path / "au.txt"
    path.write_text(text.replace("Courriel : ", "Mél : "), encoding="utf-8")
    out = tmp_path / "draft"
    result = run_uawriter(tmp_path / "data", "draft-pack", str(path), "--out", str(out))
    # the embassy's name and salutation are left to fill in, as in the Urgent Action itself
    assert "Wrote the draft pack to" in result.stdout, result.stderr
    manifest = (out / "pack.toml").read_text(encoding="utf-8")
    assert 'fax = "+237 2 2555 0100"' in manifest
    assert 'emails = [\n    "cabinet@minjustice.example.cm",\n]' in manifest
    assert "Télécopie" not in manifest
    assert "Mél" not in manifest

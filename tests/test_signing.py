"""Signing with initials and town: the initials themselves, the letters, a pack that asks for
them, and the PDF that goes out (read back with pypdf)."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest, normalise
from uawriter.domain.model import Pack, Sender, initials_of, signer_for
from uawriter.engine import Letter, check_pack_folder, compose, render_letters
from uawriter.letters import check_pack_templates
from uawriter.session import LetterSession

DATE = dt.date(2026, 11, 27)

#: A volunteer whose family lives in the country: the letter must not name her.
FULL_NAME = "Aigerim Nurlanovna Sadykova"
NAME_PARTS = ("Aigerim", "Nurlanovna", "Sadykova")
STREET = "12 Abay Avenue"
POSTCODE_LINE = "Almaty 050000"
EMAIL = "aigerim@example.org"
TOWN = "Almaty"
INITIALS = "A. N. S."


def _volunteer(initials: bool) -> Sender:
    return Sender(FULL_NAME, (STREET, POSTCODE_LINE), EMAIL, TOWN, initials)


def _assert_does_not_name_her(text: str) -> None:
    folded = text.casefold()
    for part in (*NAME_PARTS, STREET, "050000", EMAIL, "abay", "example.org"):
        assert part.casefold() not in folded, (part, text)


# -- the initials ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Aigerim Nurlanovna Sadykova", "A. N. S."),
        ("Айгерим Нурлановна Садыкова", "А. Н. С."),
        ("Әлия Қасымқызы", "Ә. Қ."),
        ("Ōsaka Ümit Ørsted", "Ō. Ü. Ø."),
        ("محمد عبد الله", "م. ع. ا."),  # Arabic has no capitals: the first letters as they are
        ("דוד בן־גוריון", "ד. ב."),  # the Hebrew maqaf is not a hyphen: one word
        ("Γιώργος Παπαδόπουλος", "Γ. Π."),
        ("Jean-Luc Picard", "J.-L. P."),
        ("Anne\u2011Marie Dupont", "A.-M. D."),  # a non-breaking hyphen joins too
        ("  Aigerim   Nurlanovna\tSadykova \n", "A. N. S."),
        ("Aigerim\u00a0Sadykova", "A. S."),  # a no-break space still separates words
        ("Aigerim", "A."),
        ("aigerim sadykova", "A. S."),
        ("A.N.S.", "A. N. S."),
        ("A. N. S.", "A. N. S."),
        ("J.-L. P.", "J.-L. P."),
        ("O'Brien", "O."),
        ("Jean- Luc", "J. L."),
        ("E\u0301mile Zola", "É. Z."),  # a combining accent stays with its letter
        ("王小明", "王."),
        ("", ""),
        ("   ", ""),
        ("1980 & -", ""),
    ],
)
def test_initials_of_real_name_shapes(name: str, initials: str) -> None:
    assert initials_of(name) == initials
    assert Sender(name).initials == initials


#: Words of two or more letters in the scripts volunteers write names in, already in the
#: form a letter prints them (NFC), so "the surname" means the same text before and after.
_WORD = st.text(
    alphabet=st.characters(
        categories=["Lu", "Ll", "Lo"],
        include_characters="ӘәҒғҚқҢңӨөҰұҮүҺһІі",
        exclude_characters="\u0130",  # İ: one letter that casefolds to two
    ),
    min_size=2,
    max_size=12,
).filter(lambda word: unicodedata.normalize("NFC", word) == word)


@given(st.text())
def test_initials_never_fail_and_are_stable(name: str) -> None:
    initials = initials_of(name)
    assert initials_of(initials) == initials
    sender = Sender(name, ("x",), "e@example.org", "Town", True)
    assert sender.on_paper() == sender.on_paper().on_paper()


@given(st.lists(_WORD, min_size=2, max_size=5), st.sampled_from([" ", "  ", "\t", "\u00a0"]))
def test_initials_never_hold_the_surname(words: list[str], gap: str) -> None:
    initials = initials_of(gap.join(words))
    surname = words[-1]
    assert surname not in initials
    assert surname.casefold() not in initials.casefold()
    assert len(initials.split()) == len(words)


# -- the sender on paper ---------------------------------------------------------------------


def test_sender_with_initials_shows_initials_and_town_only() -> None:
    sender = _volunteer(initials=True)
    assert sender.name == FULL_NAME  # what she typed is kept, to untick the box
    assert sender.on_paper() == Sender(INITIALS, (TOWN,), "", TOWN, True)
    assert sender.display_name == INITIALS
    assert sender.contact_lines == (TOWN,)
    assert Sender(FULL_NAME, (STREET,), EMAIL, "", True).contact_lines == ()


def test_sender_without_initials_is_as_typed_with_the_town_added_once() -> None:
    assert _volunteer(initials=False).contact_lines == (STREET, POSTCODE_LINE, EMAIL)
    moved = Sender(FULL_NAME, (STREET,), EMAIL, "Shymkent")
    assert moved.contact_lines == (STREET, "Shymkent", EMAIL)
    assert moved.display_name == FULL_NAME
    # Existing callers: positional name, address, e-mail; no town, no initials.
    old = Sender("Aigerim N.", ("12 Abay Avenue",), EMAIL)
    assert old.on_paper() == old
    assert old.contact_lines == ("12 Abay Avenue", EMAIL)


def test_sender_from_text_takes_town_and_initials() -> None:
    sender = Sender.from_text(
        f" {FULL_NAME} ", f"{STREET}; {POSTCODE_LINE}", EMAIL, "  Almaty ", True
    )
    assert sender == Sender(FULL_NAME, (STREET, POSTCODE_LINE), EMAIL, TOWN, True)


# -- letters -----------------------------------------------------------------------------------


@pytest.mark.parametrize("pack_id", [SEED_ID, TRAINING_ID])
def test_letter_with_initials_in_every_language(packs: dict[str, Pack], pack_id: str) -> None:
    pack = packs[pack_id]
    assert pack.letter_languages
    for lang in pack.letter_languages:
        for addressee in pack.addressees:
            text = compose(pack, addressee, lang, _volunteer(initials=True), DATE)
            _assert_does_not_name_her(text)
            lines = text.splitlines()
            assert lines[:2] == [INITIALS, TOWN], (lang, lines[:3])
            assert lines[-1] == INITIALS, (lang, lines[-3:])


@pytest.mark.parametrize("lang", ["kk", "ru", "ar", "de", "en", "es", "fr"])
def test_the_same_letter_without_initials_names_her(packs: dict[str, Pack], lang: str) -> None:
    text = compose(packs[SEED_ID], "president", lang, _volunteer(initials=False), DATE)
    lines = text.splitlines()
    assert lines[:4] == [FULL_NAME, STREET, POSTCODE_LINE, EMAIL]
    assert lines[-1] == FULL_NAME


def _forcing_copy(pack_id: str, into: Path) -> Pack:
    folder = copy_bundled_pack(pack_id, into)
    edit_manifest(folder, "[action]\n", "[action]\nsign_with_initials = true\n")
    pack = check_pack_folder(folder)
    assert isinstance(pack, Pack), [str(p) for p in getattr(pack, "problems", ())]
    assert pack.action.sign_with_initials
    return pack


def test_pack_that_asks_for_initials_overrides_the_volunteer(tmp_path: Path) -> None:
    pack = _forcing_copy(TRAINING_ID, tmp_path)
    sender = _volunteer(initials=False)
    assert pack.effective_sender(sender) == _volunteer(initials=True)
    assert pack.signer(sender) == _volunteer(initials=True).on_paper()
    for lang in pack.letter_languages:
        text = compose(pack, "justice-minister", lang, sender, DATE)
        _assert_does_not_name_her(text)
        assert text.splitlines()[:2] == [INITIALS, TOWN]

    session = LetterSession.start(pack, "es", pack.addressees[0], sender, DATE)
    _assert_does_not_name_her(session.text)
    assert session.sender == sender  # the choice stays the volunteer's; the pack signs
    session = session.with_sender(replace_name(sender, "Lucía Fernández"))
    assert "Lucía" not in session.text
    assert session.text.splitlines()[0] == "L. F."


def replace_name(sender: Sender, name: str) -> Sender:
    return Sender(name, sender.address, sender.email, sender.town, sender.sign_with_initials)


def test_a_template_that_breaks_only_with_initials_is_found_on_loading(tmp_path: Path) -> None:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    letter = folder / "letters" / "es.txt"
    letter.write_text(
        "{% if sender.initials %}{{ sender.nickname }}{% endif %}\n"
        + letter.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    pack = check_pack_folder(folder)
    assert not isinstance(pack, Pack)
    messages = [str(p) for p in pack.problems]
    assert messages == [
        f"{TRAINING_ID}/letters/es.txt: line 1: uses a name that letters do not have "
        "('types.SimpleNamespace object' has no attribute 'nickname'); see docs/pack-format.md"
    ], messages


def test_templates_see_town_and_whether_initials_are_used(tmp_path: Path) -> None:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path)
    (folder / "letters" / "fr.txt").write_text(
        "{{ addressee.salutation }},\n"
        "{% if sender.initials %}Signé {{ sender.name }}, {{ sender.town }}"
        "{% else %}Signé {{ sender.name }}{% endif %}\n",
        encoding="utf-8",
    )
    pack = check_pack_folder(folder)
    assert isinstance(pack, Pack), [str(p) for p in getattr(pack, "problems", ())]
    assert check_pack_templates(pack) == []
    signed = compose(pack, "justice-minister", "fr", _volunteer(initials=True), DATE)
    assert signed.splitlines()[-1] == f"Signé {INITIALS}, {TOWN}"
    plain = compose(pack, "justice-minister", "fr", _volunteer(initials=False), DATE)
    assert plain.splitlines()[-1] == f"Signé {FULL_NAME}"


# -- the PDF that goes out ---------------------------------------------------------------


def _fax_letters(pack: Pack, sender: Sender, lang: str) -> list[Letter]:
    return [
        Letter(pack, addressee, lang, compose(pack, addressee, lang, sender, DATE), as_fax=True)
        for addressee in pack.addressees
    ]


def _pdf_text(pdf: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    return normalise(" ".join(page.extract_text() or "" for page in reader.pages)), reader


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "fr"])
def test_exported_fax_with_initials_never_names_her(packs: dict[str, Pack], lang: str) -> None:
    pack = packs[SEED_ID]
    sender = _volunteer(initials=True)
    letters = _fax_letters(pack, sender, lang)
    assert all(letter.can_fax for letter in letters)  # every letter has its cover sheet

    text, reader = _pdf_text(render_letters(letters, sender, DATE, invariant=True))

    _assert_does_not_name_her(text)
    # On the cover sheet, at the top of the letter and under it.
    assert text.count(INITIALS) == 3 * len(letters)
    assert TOWN in text
    assert reader.metadata is not None
    assert reader.metadata.author == INITIALS


def test_exported_fax_without_initials_names_her(packs: dict[str, Pack]) -> None:
    """The check above can fail: the same export without initials holds every detail."""
    pack = packs[SEED_ID]
    sender = _volunteer(initials=False)
    text, reader = _pdf_text(render_letters(_fax_letters(pack, sender, "en"), sender, DATE))
    for part in (FULL_NAME, STREET, EMAIL):
        assert part in text
    assert reader.metadata is not None
    assert reader.metadata.author == FULL_NAME


def test_exported_fax_of_a_pack_that_asks_for_initials(tmp_path: Path) -> None:
    pack = _forcing_copy(SEED_ID, tmp_path)
    sender = _volunteer(initials=False)
    text, reader = _pdf_text(render_letters(_fax_letters(pack, sender, "en"), sender, DATE))
    _assert_does_not_name_her(text)
    assert INITIALS in text
    assert reader.metadata is not None
    assert reader.metadata.author == INITIALS


def test_one_pack_asking_for_initials_keeps_the_full_name_out_of_the_author(
    packs: dict[str, Pack], tmp_path: Path
) -> None:
    forcing = _forcing_copy(SEED_ID, tmp_path)
    sender = _volunteer(initials=False)
    assert signer_for(sender, [packs[SEED_ID]]).name == FULL_NAME
    assert signer_for(sender, [packs[SEED_ID], forcing]).name == INITIALS

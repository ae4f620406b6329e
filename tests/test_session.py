"""Edits carried between letters, settings and drafts that survive damage."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from helpers import SEED_ID
from uawriter.domain.model import Pack, Sender
from uawriter.letters.merge import carry_edits
from uawriter.session import LetterSession
from uawriter.storage.address_book import AddressBook, Contact
from uawriter.storage.drafts import Draft, DraftStore
from uawriter.storage.settings import Settings, SettingsStore

DATE = dt.date(2026, 11, 27)


def test_merge_replays_body_edits_and_keeps_the_other_letters_own_lines() -> None:
    base = "Dear A,\n\nFirst.\n\nSecond.\n\nYours\n"
    other = "Dear B,\n\nFirst.\n\nSecond.\n\nYours\n"
    edited = "Dear A,\n\nFirst, changed.\n\nInserted.\n\nSecond.\n\nYours\nMe\n"
    merged = carry_edits(base, edited, other)
    assert merged.text == "Dear B,\n\nFirst, changed.\n\nInserted.\n\nSecond.\n\nYours\nMe\n"
    assert merged.skipped == ()


def test_merge_reports_an_edit_to_a_line_the_other_letter_does_not_share() -> None:
    base = "Dear A,\n\nBody.\n"
    other = "Dear B,\n\nBody.\n"
    merged = carry_edits(base, "Hello A,\n\nBody.\n", other)
    assert merged.text == other
    assert merged.skipped == ("Hello A,",)


def test_merge_carries_words_typed_on_after_the_greeting_on_its_line() -> None:
    """The volunteer went on typing on the greeting's line ("Dear A, I am a teacher…"):
    the line differs in each letter, so the whole edit was left out of the other letters,
    which went out without the volunteer's words. The words typed after the greeting go
    after the other letter's own greeting, with the lines typed after them."""
    base = "Address A\n\nDear A,\n\nBody.\n"
    other = "Address B\n\nDear B,\n\nBody.\n"
    edited = "Address A\n\nDear A, I am a teacher.\nMy pupils are refugees.\n\nBody.\n"
    merged = carry_edits(base, edited, other)
    assert merged.text == (
        "Address B\n\nDear B, I am a teacher.\nMy pupils are refugees.\n\nBody.\n"
    )
    assert merged.skipped == ()
    # the greeting itself changed: not carried, and said
    merged = carry_edits(base, "Address A\n\nDear Mr A, I am.\n\nBody.\n", other)
    assert merged.text == other
    assert merged.skipped == ("Dear Mr A, I am.",)


def test_untouched_letters_pass_through() -> None:
    assert carry_edits("a\n", "a\n", "b\n").text == "b\n"
    assert carry_edits("a\n", "c\n", "a\n").text == "c\n"


def test_session_carries_typed_text_to_every_addressee(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    session = LetterSession.start(pack, "kk", pack.addressees[0], Sender("Aigerim"), DATE)
    lines = session.text.splitlines()
    salutation_at = lines.index("Құрметті Президент мырза!")
    lines.insert(salutation_at + 2, "Tom & Jerry <b>")
    session = session.with_text("\n".join(lines) + "\n")
    assert session.edited
    for addressee in pack.addressees[1:]:
        letter = session.letter_for(addressee).text
        assert "Tom & Jerry <b>" in letter
        assert addressee.salutation.get("kk") + "!" in letter
        assert addressee.name in letter
        assert "Президент мырза" not in letter


def test_unticking_a_point_removes_its_paragraph_and_keeps_edits(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    session = LetterSession.start(pack, "en", pack.addressees[0], Sender(), DATE)
    session = session.with_text(session.text.replace("Yours sincerely,", "Yours faithfully,"))
    point = pack.talking_points[1]
    fewer = session.with_points([p.id for p in pack.talking_points if p != point])
    assert point.text.get("en") not in fewer.text
    assert "Yours faithfully," in fewer.text
    again = fewer.with_points([p.id for p in pack.talking_points])
    assert point.text.get("en") in again.text
    assert "Yours faithfully," in again.text
    assert again.reset().text == again.base
    assert "Yours sincerely," in again.reset().text


def test_signing_with_initials_keeps_the_volunteers_own_words(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    full = Sender("Aigerim Nurlanovna Sadykova", ("12 Abay Avenue",), "a@example.org", "Almaty")
    session = LetterSession.start(pack, "ru", pack.addressees[0], full, DATE)
    own = "Я пишу из Алматы, где мы встречаемся каждый месяц."
    lines = session.text.splitlines()
    lines.insert(lines.index("Уважаемый господин Президент!") + 2, own)
    session = session.with_text("\n".join(lines) + "\n")

    assert session.signer == full.on_paper()
    signed = session.with_sender(replace(full, sign_with_initials=True))
    assert signed.signer == Sender("A. N. S.", ("Almaty",), "", "Almaty", True)
    assert own in signed.text
    assert signed.text.splitlines()[:2] == ["A. N. S.", "Almaty"]
    assert signed.text.rstrip().endswith("A. N. S.")
    for detail in ("Aigerim", "Sadykova", "12 Abay Avenue", "a@example.org"):
        assert detail not in signed.text
        assert detail not in signed.letter_for(pack.addressees[1]).text

    unsigned = signed.with_sender(full)
    assert own in unsigned.text
    assert unsigned.text.splitlines()[:4] == [
        "Aigerim Nurlanovna Sadykova",
        "12 Abay Avenue",
        "Almaty",
        "a@example.org",
    ]


def test_settings_round_trip_and_event_laptop_mode(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    sender = Sender("Aigerim", ("Abay 1",), "a@example.org", "Almaty", sign_with_initials=True)
    store.save(Settings(ui_language="kk", sender=sender))
    assert store.load() == Settings(ui_language="kk", sender=sender)
    store.save(Settings(remember_sender=False, sender=sender))
    saved = json.loads(store.path.read_text(encoding="utf-8"))
    assert saved["sender"] == {
        "name": "",
        "address": [],
        "email": "",
        "town": "",
        "sign_with_initials": False,
        "phone": "",
    }
    assert store.load().sender == Sender()


def test_damaged_files_are_set_aside_and_defaults_used(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.write_bytes(b'{"ui_language": "kk", ')
    store = SettingsStore(settings)
    assert store.load() == Settings()
    assert store.set_aside is not None
    assert store.set_aside.read_bytes() == b'{"ui_language": "kk", '
    assert not settings.exists()

    drafts = DraftStore(tmp_path / "drafts")
    drafts.path.parent.mkdir()
    drafts.path.write_bytes(b"\xff\xfe not json")
    assert drafts.load() is None
    assert drafts.set_aside is not None


def test_draft_round_trip(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = Draft(SEED_ID, "kk", "president", ("president",), ("a",), "base\n", "edited\n")
    store.save(draft)
    loaded = store.load()
    assert loaded is not None
    assert loaded.text == "edited\n"
    assert loaded.selected == ("president",)
    store.clear()
    assert store.load() is None


def test_address_book_contacts_become_addressees(tmp_path: Path) -> None:
    book = AddressBook(tmp_path / "address_book.json")
    contact = Contact(
        "Ambassador of Kazakhstan",
        organisation="Embassy of Kazakhstan",
        address=("1 Example Road", "London"),
        fax="+44 20 0000 0000",
        represents="KZ",
    )
    book.save([contact])
    (loaded,) = book.load()
    assert loaded == contact
    addressee = loaded.as_addressee()
    assert addressee.salutation.get("kk") == "Your Excellency"
    assert addressee.postal_lines[0] == "Ambassador of Kazakhstan"

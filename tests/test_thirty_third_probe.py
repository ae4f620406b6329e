"""Session 30's own findings and probe 33: what each found, and what must hold instead."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from uawriter.storage.address_book import AddressBook, Contact
from uawriter.storage.settings import SettingsStore


def test_settings_naming_a_folder_that_is_not_utf8_are_read_back_whole(tmp_path: Path) -> None:
    """Letters exported into a stick's folder named in Latin-1 ("Lettres été" from an old
    Windows) made the settings keep that folder as "\\udce9", and the next start set the
    whole settings file aside as damaged: the sender, the language, every folder gone."""
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Lettres \xe9t\xe9"))
    folder.mkdir()
    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load()
    sender = dataclasses.replace(settings.sender, name="Aigerim N.")
    store.save(dataclasses.replace(settings, sender=sender, export_folder=str(folder)))

    again = SettingsStore(tmp_path / "settings.json")
    read = again.load()

    assert again.set_aside is None
    assert read.sender.name == "Aigerim N."
    assert Path(read.export_folder) == folder
    assert Path(read.export_folder).is_dir()  # found again, byte for byte
    assert list(tmp_path.glob("settings.json.broken-*")) == []


def test_half_a_character_costs_that_character_not_the_address_book(tmp_path: Path) -> None:
    """One contact's name cut mid-emoji by a script ("Mr X \\ud83d") set the whole address
    book aside: every embassy contact was gone from the window."""
    path = tmp_path / "address_book.json"
    contacts = [
        Contact(title="Ambassador of Kazakhstan", name="Mr A"),
        Contact(title="Consul", name="Mr X \ud83d", address=("Street \udce9 1",)),
        Contact(title="Ambassador of Uzbekistan", name="Ms B"),
    ]
    AddressBook(path).save(contacts)
    assert "\\ud83d" in path.read_text("utf-8")  # kept as JSON keeps it

    book = AddressBook(path)
    read = book.load()

    assert book.set_aside is None
    assert [c.name for c in read] == ["Mr A", "Mr X \ufffd", "Ms B"]
    assert read[1].address == ("Street \ufffd 1",)
    for contact in read:  # whole characters only: a PDF, a CSV, the screen take them
        json.dumps([contact.name, *contact.address], ensure_ascii=False).encode("utf-8")


def test_a_settings_file_with_half_a_character_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        '{"sender": {"name": "Ann \\udc80", "town": "Almaty \\ud800"}, "paper": "letter"}',
        encoding="utf-8",
    )
    store = SettingsStore(path)
    read = store.load()

    assert store.set_aside is None
    assert (read.sender.name, read.sender.town, read.paper) == (
        "Ann \ufffd",
        "Almaty \ufffd",
        "letter",
    )

"""A phone or fax for replies: on the fax cover sheet when given, never when the letter is
signed with initials, kept with the volunteer's other details (and forgotten with them)."""

from __future__ import annotations

from pathlib import Path

from helpers import SEED_ID, poppler_text
from test_cli import cli
from uawriter.domain.model import Sender
from uawriter.paths import AppPaths
from uawriter.storage.settings import Settings, SettingsStore


def test_the_phone_is_on_the_cover_sheet(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    outcome = cli(
        paths,
        *("export", "--pack", SEED_ID, "--lang", "ru", "--to", "president"),
        *("--sender-name", "Aigerim N.", "--sender-phone", "+49 30  1234 5678"),
        *("--out", str(tmp_path / "out"), "--date", "2011-07-01"),
    )
    assert outcome.code == 0, outcome.err
    [pdf] = (tmp_path / "out").glob("*.pdf")
    cover = poppler_text(pdf, "-l", "1", "-layout")
    assert "+49 30 1234 5678" in cover  # spaces tidied
    assert "Aigerim N." in cover


def test_initials_leave_the_phone_off_and_settings_keep_it(tmp_path: Path) -> None:
    sender = Sender.from_text("Aigerim Sadykova", "Abay 1", "a@b.org", "Almaty", phone="+7 1")
    assert sender.contact_lines == ("Abay 1", "Almaty", "+7 1", "a@b.org")
    signed = Sender.from_text("Aigerim Sadykova", town="Almaty", sign_with_initials=True,
                              phone="+7 1")  # fmt: skip
    assert signed.contact_lines == ("Almaty",)
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(sender=sender))
    assert store.load().sender.phone == "+7 1"
    store.save(Settings(sender=sender, remember_sender=False))
    assert store.load().sender.phone == ""  # a shared laptop keeps no one's number

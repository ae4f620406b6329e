"""The volunteer's settings: interface language, sender details, output choices."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from uawriter.domain.model import Sender
from uawriter.storage.json_store import (
    JsonStore,
    bool_of,
    list_of_text,
    path_text_of,
    peek_json,
    text_of,
)

SETTINGS_FORMAT = "uawriter-settings"
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Settings:
    ui_language: str = ""  # "" = follow the system on first start
    #: Off on a shared event laptop: sender details are neither saved nor kept between letters.
    remember_sender: bool = True
    sender: Sender = field(default_factory=Sender)
    paper: str = "a4"
    as_fax: bool = True
    window_geometry: str = ""
    window_state: str = ""
    #: Where letters were last exported; the next export starts there.
    export_folder: str = ""
    #: At an event: where each volunteer's exports start (the folder used when the event
    #: started), kept for a restart in the middle of the event.
    event_export_folder: str = ""
    #: E-mail instead of fax or post (``as_fax`` still says which of those two otherwise).
    email: bool = False
    #: The folder e-mail drafts are collected in (on the USB stick, for the whole event).
    outbox_folder: str = ""
    #: The country numbers are dialled from (ISO code); "" = from the system's locale.
    home_country: str = ""

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


class SettingsStore(JsonStore):
    def __init__(self, path: Path) -> None:
        super().__init__(path, SETTINGS_FORMAT, SETTINGS_VERSION)

    def load(self) -> Settings:  # type: ignore[override]
        data = super().load()
        sender = data.get("sender", {})
        sender = sender if isinstance(sender, dict) else {}
        remember = bool_of(data, "remember_sender", True)
        return Settings(
            ui_language=text_of(data, "ui_language"),
            remember_sender=remember,
            sender=Sender(
                text_of(sender, "name"),
                tuple(list_of_text(sender, "address")),
                text_of(sender, "email"),
                text_of(sender, "town"),
                bool_of(sender, "sign_with_initials", False),
                text_of(sender, "phone")[:60],
            )
            if remember
            else Sender(),
            paper=text_of(data, "paper", "a4")
            if text_of(data, "paper") in {"a4", "letter"}
            else "a4",
            as_fax=bool_of(data, "as_fax", True),
            window_geometry=_hex_of(data, "window_geometry"),
            window_state=_hex_of(data, "window_state"),
            export_folder=path_text_of(data, "export_folder"),
            event_export_folder=path_text_of(data, "event_export_folder"),
            email=bool_of(data, "email", False),
            outbox_folder=path_text_of(data, "outbox_folder"),
            home_country=_country_of(data, "home_country"),
        )

    def save(self, settings: Settings) -> None:  # type: ignore[override]
        sender = settings.sender if settings.remember_sender else Sender()
        super().save(
            {
                "ui_language": settings.ui_language,
                "remember_sender": settings.remember_sender,
                "sender": {
                    "name": sender.name,
                    "address": list(sender.address),
                    "email": sender.email,
                    "town": sender.town,
                    "sign_with_initials": sender.sign_with_initials,
                    "phone": sender.phone,
                },
                "paper": settings.paper,
                "as_fax": settings.as_fax,
                "window_geometry": settings.window_geometry,
                "window_state": settings.window_state,
                "export_folder": settings.export_folder,
                "event_export_folder": settings.event_export_folder,
                "email": settings.email,
                "outbox_folder": settings.outbox_folder,
                "home_country": settings.home_country,
            },
        )


def _country_of(data: dict[str, Any], key: str) -> str:
    """A two-letter country code, or "" for anything else (a hand edit, a damaged file)."""
    text = text_of(data, key)
    return text.upper() if len(text) == 2 and text.isascii() and text.isalpha() else ""


#: Qt's saved geometry and splitter state are a few hundred hex digits.
_MAX_HEX = 4096
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _hex_of(data: dict[str, Any], key: str) -> str:
    """Qt's saved window layout as hex digits, or "" for anything else (a hand edit, a
    damaged file): the window then opens at its default size instead of failing."""
    text = text_of(data, key)
    if len(text) > _MAX_HEX or len(text) % 2 or not set(text) <= _HEX_DIGITS:
        return ""
    return text


def chosen_ui_language(path: Path) -> str:
    """The interface language chosen in the window, as the settings file at ``path`` keeps
    it ("" if none was chosen, or the file is missing or damaged: left as it is)."""
    value = peek_json(path, SETTINGS_FORMAT).get("ui_language")
    return value if isinstance(value, str) else ""

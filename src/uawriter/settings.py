"""The volunteer's settings: interface language, sender details, output choices."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from uawriter.domain.model import Sender
from uawriter.store import bool_of, list_of_text, load_json, save_json, text_of


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

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.set_aside: Path | None = None

    def load(self) -> Settings:
        loaded = load_json(self.path)
        self.set_aside = loaded.set_aside or self.set_aside  # remembered for the warning
        data = loaded.data
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
            )
            if remember
            else Sender(),
            paper=text_of(data, "paper", "a4")
            if text_of(data, "paper") in {"a4", "letter"}
            else "a4",
            as_fax=bool_of(data, "as_fax", True),
            window_geometry=text_of(data, "window_geometry"),
            window_state=text_of(data, "window_state"),
            export_folder=text_of(data, "export_folder"),
        )

    def save(self, settings: Settings) -> None:
        sender = settings.sender if settings.remember_sender else Sender()
        save_json(
            self.path,
            {
                "ui_language": settings.ui_language,
                "remember_sender": settings.remember_sender,
                "sender": {
                    "name": sender.name,
                    "address": list(sender.address),
                    "email": sender.email,
                    "town": sender.town,
                    "sign_with_initials": sender.sign_with_initials,
                },
                "paper": settings.paper,
                "as_fax": settings.as_fax,
                "window_geometry": settings.window_geometry,
                "window_state": settings.window_state,
                "export_folder": settings.export_folder,
            },
        )

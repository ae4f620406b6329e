"""Work in progress, saved so that a crash, a flat battery or ``kill -9`` loses nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from uawriter.storage.json_store import JsonStore, list_of_text, text_of

DRAFT_FORMAT = "uawriter-draft"
DRAFT_VERSION = 1


@dataclass(frozen=True)
class Draft:
    pack_id: str
    lang: str
    addressee_id: str
    selected: tuple[str, ...]
    points: tuple[str, ...]
    base: str
    text: str
    saved_at: str = ""


class DraftStore(JsonStore):
    """One current draft in ``drafts/current.json``."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder / "current.json", DRAFT_FORMAT, DRAFT_VERSION)

    def save(self, draft: Draft) -> None:  # type: ignore[override]
        super().save(
            {
                "pack_id": draft.pack_id,
                "lang": draft.lang,
                "addressee_id": draft.addressee_id,
                "selected": list(draft.selected),
                "points": list(draft.points),
                "base": draft.base,
                "text": draft.text,
                "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            },
        )

    def load(self) -> Draft | None:  # type: ignore[override]
        data = super().load()
        if not data:
            return None
        text = text_of(data, "text")
        pack_id = text_of(data, "pack_id")
        if not text.strip() or not pack_id:
            return None
        return Draft(
            pack_id=pack_id,
            lang=text_of(data, "lang"),
            addressee_id=text_of(data, "addressee_id"),
            selected=tuple(list_of_text(data, "selected")),
            points=tuple(list_of_text(data, "points")),
            base=text_of(data, "base"),
            text=text,
            saved_at=text_of(data, "saved_at"),
        )

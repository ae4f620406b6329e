"""Where the volunteer's own files live (user packs, drafts, settings)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "uawriter"
#: Point UA Writer at another data folder, e.g. a portable copy on a USB stick.
DATA_DIR_VARIABLE = "UAWRITER_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def user_packs(self) -> Path:
        return self.data_dir / "packs"

    @property
    def drafts(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def address_book_file(self) -> Path:
        return self.data_dir / "address_book.json"

    @property
    def checked_packs_file(self) -> Path:
        """Which user packs' letters passed the template check, and in what state
        (uawriter.storage.checked_packs): a pack is checked once, and again when changed."""
        return self.data_dir / "checked_packs.json"

    @property
    def pack_index_file(self) -> Path:
        """What ``uawriter packs`` lists of each pack (uawriter.storage.pack_index)."""
        return self.data_dir / "pack_index.json"

    @property
    def postage_file(self) -> Path:
        """The section's postage table (uawriter.storage.postage)."""
        return self.data_dir / "postage.json"

    @property
    def tally_file(self) -> Path:
        """Every letter written on this laptop, counted (uawriter.storage.tally)."""
        return self.data_dir / "tally.jsonl"

    @property
    def font_cache(self) -> Path:
        """What reportlab read from each font, kept (uawriter.rendering.font_cache)."""
        return self.data_dir / "fonts"

    @property
    def event_file(self) -> Path:
        """The event running on this laptop, if any."""
        return self.data_dir / "event.json"

    @staticmethod
    def default(environ: dict[str, str] | None = None) -> AppPaths:
        env = os.environ if environ is None else environ
        override = env.get(DATA_DIR_VARIABLE, "").strip()
        if override:
            return AppPaths(Path(override).expanduser())
        import platformdirs  # only where no folder is given: 4 ms of every start

        return AppPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

"""Where the volunteer's own files live (user packs, drafts, settings)."""

from __future__ import annotations

import errno
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


class InDataFolder(PermissionError):
    """A file or folder chosen to write to lies in UA Writer's own data folder, where the
    tally, the packs and the settings are: a PDF written there would replace the tally (every
    letter of the evening uncounted) or a pack's files. Nothing is written."""

    def __init__(self, target: Path, data_dir: Path) -> None:
        super().__init__(
            errno.EACCES,
            f"this is inside UA Writer's own data folder {data_dir}, which holds the tally "
            "and the packs; choose another folder. Nothing was written",
            str(target),
        )
        self.target = target
        self.data_dir = data_dir

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def refuse_data_folder(target: Path, paths: AppPaths) -> None:
    """Raise :class:`InDataFolder` if ``target`` (a file or folder to write, there yet or
    not) is the data folder or inside it, symbolic links followed: every file the app
    writes for the volunteer (letters, envelopes, reports, shared packs) goes elsewhere."""
    data_dir = paths.data_dir.expanduser()
    try:
        data = Path(os.path.realpath(data_dir))
        where = Path(os.path.realpath(target.expanduser()))
    except (OSError, ValueError):  # a loop of links, a NUL: the write itself says so
        return
    if _within(where, data):
        raise InDataFolder(target, data_dir)
    # the same folder under another spelling (a case-insensitive disk, a bind mount)
    try:
        data_stat = os.stat(data)
    except (OSError, ValueError):
        return
    for part in (where, *where.parents):
        try:
            found = os.stat(part)
        except (OSError, ValueError):
            continue
        if (found.st_dev, found.st_ino) == (data_stat.st_dev, data_stat.st_ino):
            raise InDataFolder(target, data_dir)


def _within(path: Path, folder: Path) -> bool:
    fold = os.path.normcase
    return fold(str(path)) == fold(str(folder)) or any(
        fold(str(parent)) == fold(str(folder)) for parent in path.parents
    )

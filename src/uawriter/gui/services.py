"""What the main window is given by the composition root (``uawriter.app``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from uawriter.gui.language import LanguageManager
from uawriter.gui.tasks import TaskRunner
from uawriter.packs.loader import LoadResult
from uawriter.paths import AppPaths
from uawriter.storage.address_book import AddressBook
from uawriter.storage.drafts import DraftStore
from uawriter.storage.postage import PostageTable
from uawriter.storage.settings import SettingsStore


@dataclass
class Services:
    """What the window is given by the composition root (``uawriter.app``)."""

    # Reads the packs; called once the window is on screen, in the task runner's file pool,
    # with what to call (in that thread) with the packs already checked, when others are
    # still to be checked (``engine.load_catalog``'s ``early``).
    load_catalog: Callable[[Callable[[LoadResult], None]], LoadResult]
    settings_store: SettingsStore
    drafts: DraftStore
    address_book: AddressBook
    postage: PostageTable
    languages: LanguageManager
    tasks: TaskRunner
    # The volunteer's folders: own packs (where the editor saves and imports go) and data.
    paths: AppPaths
    today: Callable[[], dt.date] = dt.date.today
    # During an event: no input for this long starts the countdown to the next volunteer
    # (None: the event's own idle minutes), and the countdown lasts this long.
    idle_ms: int | None = None
    countdown_ms: int = 30_000
    # "wide" (four columns), "compact" (actions over addressees; letter and preview as
    # tabs: fits an 800-pixel-wide screen) or "auto" (compact when the screen is narrow)
    layout: str = "wide"

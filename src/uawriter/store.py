"""Small JSON files of the volunteer's own (settings, drafts, address book).

Reading never fails: a missing file gives the defaults, and a damaged one (a crash at the
wrong moment, a hand edit) is set aside as ``name.broken-YYYYMMDD-HHMMSS`` so nothing is
lost and the app still starts. Writing is atomic.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from uawriter.atomic import write_text_atomic

MAX_STORE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class LoadedJson:
    data: dict[str, Any]
    #: Where a damaged file was set aside, if it was.
    set_aside: Path | None = None


def load_json(path: Path) -> LoadedJson:
    try:
        if path.stat().st_size > MAX_STORE_BYTES:
            return LoadedJson({}, set_aside_damaged(path))
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedJson({})
    except OSError:
        return LoadedJson({})
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return LoadedJson({}, set_aside_damaged(path))
    if not isinstance(data, dict):
        return LoadedJson({}, set_aside_damaged(path))
    return LoadedJson(data)


def save_json(path: Path, data: dict[str, Any]) -> None:
    """Raises OSError if the folder cannot be written; the old file then stays as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def set_aside_damaged(path: Path) -> Path | None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


def text_of(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    return value if isinstance(value, str) else default


def bool_of(data: dict[str, Any], key: str, default: bool) -> bool:
    value = data.get(key, default)
    return value if isinstance(value, bool) else default


def list_of_text(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

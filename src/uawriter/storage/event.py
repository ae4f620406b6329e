"""The event running on this laptop, kept in ``event.json`` so a restart continues it.

An event is an evening of volunteers on one shared laptop: its name, place and date
(:class:`~uawriter.storage.tally.EventInfo`), the organiser's PIN, the idle time after which the
window is made ready for the next volunteer, and a volunteer counter that gives each
volunteer's files their own prefix ("V01 ", "V02 ", ...) so twenty volunteers can export into
one folder.

The PIN is an accident guard, not a security lock: it stops a volunteer ending the event or
opening the organiser's tools by mistake. It is still never stored as typed: only a salted
PBKDF2 hash is written.

No volunteer's name or details are ever written here. A damaged file is set aside (see
:mod:`uawriter.storage.json_store`) and the app starts with no event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from uawriter.storage.json_store import (
    FORMAT_KEY,
    VERSION_KEY,
    load_json,
    save_json,
    set_aside_damaged,
    text_of,
)
from uawriter.storage.tally import EventInfo
from uawriter.storage.tally_records import EVENT_TEXT_CHARS

FORMAT = "uawriter-event"
VERSION = 1
#: What the first event files (December 2026) wrote instead of a format name and version.
_FIRST_FORMAT = 1
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
#: More volunteers than this is no evening, nor a season of them: an event file counting
#: more is damaged (a count of 4,300 digits could not be saved once one more was added,
#: and Next volunteer ended in a traceback, probe 97a).
MAX_VOLUNTEERS = 999_999
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 32
_PIN_SCHEME = "pbkdf2-sha256"
_PIN_ITERATIONS = 120_000
#: The iteration counts a PIN file may name: what this app writes, give or take what later
#: versions may choose. Outside them the file is damaged or forged (2**70 crashed the PIN
#: check; 10**8 made each PIN typed take 32 s on the window's thread) and is set aside.
_PIN_ITERATIONS_RANGE = range(10_000, 2_000_001)


@dataclass(frozen=True)
class PinHash:
    salt: str  # hex
    digest: str  # hex
    iterations: int = _PIN_ITERATIONS


@dataclass(frozen=True)
class CurrentEvent:
    info: EventInfo
    pin: PinHash
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    #: The volunteer at the laptop now: 1 for the first, 0 before anyone.
    volunteer: int = 1
    started: str = ""  # ISO time

    @property
    def file_prefix(self) -> str:
        """Put before the current volunteer's file names: "V01 "."""
        return volunteer_prefix(self.volunteer)


@dataclass(frozen=True)
class LoadedEvent:
    event: CurrentEvent | None
    #: Where a damaged event file was set aside, if it was.
    set_aside: Path | None = None


def volunteer_prefix(number: int) -> str:
    """ "V01 " for volunteer 1; "" for 0 (no volunteer counted, no event)."""
    return f"V{number:02d} " if number > 0 else ""


def normalise_pin(pin: str) -> str:
    """The PIN as ASCII digits, whichever keyboard typed it ("١٢٣٤" is "1234"); spaces go."""
    digits = []
    for char in pin.strip():
        if char.isspace():
            continue
        value = unicodedata.decimal(char, -1)
        digits.append(str(value) if value >= 0 else char)
    return "".join(digits)


def pin_is_valid(pin: str) -> bool:
    """Four digits or more (and not absurdly many)."""
    pin = normalise_pin(pin)
    return pin.isascii() and pin.isdigit() and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = _PIN_ITERATIONS) -> PinHash:
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", normalise_pin(pin).encode(), salt, iterations)
    return PinHash(salt.hex(), digest.hex(), iterations)


#: A salt and a digest as :func:`hash_pin` writes them: lowercase hex (the digest 256 bits);
#: a file holding anything else (edited by hand, damaged) is set aside, not an event whose
#: PIN can never match.
_HEX = re.compile(r"(?:[0-9a-f]{2}){8,64}")
_DIGEST = re.compile(r"[0-9a-f]{64}")


def check_pin(event: CurrentEvent, pin: str) -> bool:
    """Whether ``pin`` is the organiser's PIN of ``event`` (compared in constant time)."""
    try:
        salt = bytes.fromhex(event.pin.salt)
    except ValueError:
        return False
    typed = hash_pin(pin, salt, event.pin.iterations)
    return hmac.compare_digest(typed.digest.encode(), event.pin.digest.encode())


def start(
    path: Path,
    info: EventInfo,
    pin: str,
    idle_minutes: int = DEFAULT_IDLE_MINUTES,
    now: dt.datetime | None = None,
) -> CurrentEvent:
    """Start an event (the first volunteer is number 1) and save it.

    Raises ValueError for a PIN of fewer than four digits or an idle time out of range,
    OSError if the data folder cannot be written (then no event is started).
    """
    if not pin_is_valid(pin):
        raise ValueError(f"the organiser PIN must be {MIN_PIN_DIGITS} or more digits")
    if not MIN_IDLE_MINUTES <= idle_minutes <= MAX_IDLE_MINUTES:
        raise ValueError(f"the idle time must be {MIN_IDLE_MINUTES} to {MAX_IDLE_MINUTES} minutes")
    moment = now or dt.datetime.now().astimezone()
    event = CurrentEvent(
        info=info,
        pin=hash_pin(pin),
        idle_minutes=idle_minutes,
        volunteer=1,
        started=moment.isoformat(timespec="seconds"),
    )
    save(path, event)
    return event


def end(path: Path) -> None:
    """End the event: its file goes (the tally keeps what was written). Raises OSError."""
    try:
        path.unlink()
    except FileNotFoundError:
        return


def load(path: Path) -> LoadedEvent:
    """The event running on this laptop, or none; a damaged file is set aside."""
    loaded = load_json(path)
    if loaded.set_aside is not None or not loaded.data:
        return LoadedEvent(None, loaded.set_aside)
    event = _event_of(loaded.data)
    if event is None:
        return LoadedEvent(None, set_aside_damaged(path))
    return LoadedEvent(event)


def current_event(path: Path) -> EventInfo | None:
    """The running event's name, place and date, for what records letters; None if none."""
    event = load(path).event
    return event.info if event is not None else None


def save(path: Path, event: CurrentEvent) -> None:
    """Raises OSError if the folder cannot be written; the old file then stays as it was."""
    save_json(path, _data_of(event))


def next_volunteer_number(path: Path, event: CurrentEvent) -> CurrentEvent:
    """The event with the next volunteer counted (saved), whose prefix is then "V02 " etc.

    Raises OSError if the file cannot be written; the caller may still use the returned
    event (the count lives on in memory), so files never share a prefix in this session.
    """
    following = replace(event, volunteer=min(event.volunteer + 1, MAX_VOLUNTEERS))
    save(path, following)
    return following


def _data_of(event: CurrentEvent) -> dict[str, Any]:
    return {
        FORMAT_KEY: FORMAT,
        VERSION_KEY: VERSION,
        "event": {
            "id": event.info.id,
            "name": event.info.name,
            "place": event.info.place,
            "date": event.info.date,
        },
        "pin": {
            "scheme": _PIN_SCHEME,
            "iterations": event.pin.iterations,
            "salt": event.pin.salt,
            "hash": event.pin.digest,
        },
        "idle_minutes": event.idle_minutes,
        "volunteer": event.volunteer,
        "started": event.started,
    }


#: An event's id as UA Writer makes them is 32 hex digits; one from an older version or
#: another laptop may differ, but is never this long.
_MAX_EVENT_ID_CHARS = 128


def _event_of(data: dict[str, Any]) -> CurrentEvent | None:
    """None if anything needed is missing or of the wrong kind: the file is damaged."""
    info = data.get("event")
    pin = data.get("pin")
    known = data.get(FORMAT_KEY) == _FIRST_FORMAT or (
        data.get(FORMAT_KEY) == FORMAT and _int_of(data.get(VERSION_KEY)) is not None
    )
    if not known or not isinstance(info, dict) or not isinstance(pin, dict):
        return None
    event_id = text_of(info, "id")
    texts = [text_of(info, key) for key in ("name", "place", "date")]
    if len(event_id) > _MAX_EVENT_ID_CHARS or any(len(t) > EVENT_TEXT_CHARS for t in texts):
        # longer than the window writes: every letter's tally record would be too long to
        # be read back, and the letters written all evening never counted (probe 69a)
        return None
    salt, digest = text_of(pin, "salt"), text_of(pin, "hash")
    iterations = _int_of(pin.get("iterations"))
    idle = _int_of(data.get("idle_minutes", DEFAULT_IDLE_MINUTES))
    volunteer = _int_of(data.get("volunteer", 1))
    if (
        not event_id
        or pin.get("scheme") != _PIN_SCHEME
        or not _HEX.fullmatch(salt)
        or not _DIGEST.fullmatch(digest)
        or iterations is None
        or iterations not in _PIN_ITERATIONS_RANGE
        or idle is None
        or volunteer is None
        or not 0 <= volunteer <= MAX_VOLUNTEERS
    ):
        return None
    return CurrentEvent(
        info=EventInfo(
            id=event_id,
            name=text_of(info, "name"),
            place=text_of(info, "place"),
            date=text_of(info, "date"),
        ),
        pin=PinHash(salt, digest, iterations),
        idle_minutes=min(max(idle, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES),
        volunteer=volunteer,
        started=text_of(data, "started"),
    )


def _int_of(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None

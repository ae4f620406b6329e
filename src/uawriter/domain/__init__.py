"""Plain data the rest of the app passes around: no I/O, no Qt."""

from uawriter.domain.model import (
    Action,
    Addressee,
    DeadlineStatus,
    LocalText,
    Pack,
    Problem,
    Role,
    Sender,
    TalkingPoint,
)

__all__ = [
    "Action",
    "Addressee",
    "DeadlineStatus",
    "LocalText",
    "Pack",
    "Problem",
    "Role",
    "Sender",
    "TalkingPoint",
]

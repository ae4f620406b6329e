"""reportlab's page layout ("platypus"), imported without a cost no letter needs.

Importing ``reportlab.platypus`` imports its ``paragraph`` module, which compiles a
regular expression for web addresses (``uri_pat``) as it loads: a case-insensitive class
over most of Unicode, about 30 ms of every process that lays out a ``Paragraph`` (a tenth
of a whole ``uawriter export``). reportlab uses it only to split a long web address while
hyphenating (``hyphenationLang`` set), which UA Writer never asks for. So the pattern is
compiled the first time it is used instead, as Bazaar's ``lazy_regex`` did for its own
patterns: while the module is imported, ``re.compile`` hands back a stand-in for that one
pattern, and is put back straight after.

Every module of the app takes platypus's names from here, so the stand-in is in place
whichever of them is imported first.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

#: How reportlab's pattern begins (``reportlab/platypus/paragraph.py``, derived from
#: Django's URL validator); only a case-insensitive pattern beginning so is deferred.
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"

_PARAGRAPH_MODULE = "reportlab.platypus.paragraph"


class LazyPattern:
    """A compiled pattern that is compiled the first time any of its methods is used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled yet."""
        return self._compiled is not None

    def _pattern(self) -> re.Pattern[str]:
        with self._lock:
            if self._compiled is None:
                self._compiled = re.compile(*self._source)
            return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)


_import_lock = threading.Lock()


def _import_paragraph_deferring_uri_pattern() -> None:
    if _PARAGRAPH_MODULE in sys.modules:
        return
    real_compile = re.compile

    def compile_deferring(pattern: Any, flags: int = 0) -> Any:
        if (
            isinstance(pattern, str)
            and pattern.startswith(_URI_PATTERN_START)
            and flags & re.IGNORECASE
        ):
            return LazyPattern(pattern, flags)
        return real_compile(pattern, flags)

    with _import_lock:
        if _PARAGRAPH_MODULE in sys.modules:
            return
        re.compile = compile_deferring
        try:
            import reportlab.platypus.paragraph  # noqa: F401
        finally:
            re.compile = real_compile


_import_paragraph_deferring_uri_pattern()

from reportlab.platypus import (  # noqa: E402  (after the paragraph module, on purpose)
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    LayoutError,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

__all__ = [
    "BaseDocTemplate",
    "CondPageBreak",
    "Flowable",
    "Frame",
    "HRFlowable",
    "KeepTogether",
    "LayoutError",
    "LazyPattern",
    "PageBreak",
    "PageTemplate",
    "Paragraph",
    "Spacer",
    "Table",
    "TableStyle",
]

"""The text of a file a volunteer brings from elsewhere (an embassy list, a postage table).

Spreadsheets and mail programs save it as UTF-8, with or without the byte-order mark Excel
writes ("CSV UTF-8"), or as UTF-16 with its mark (Excel's "Unicode Text", some address
books' vCards). Anything else (Excel's plain "CSV" in a Windows code page, an old vCard in
Latin-1) is refused rather than guessed: a wrong guess turns "Straße" into "StraÃŸe" on
every envelope, where asking for the file again in UTF-8 costs the organiser a minute.
"""

from __future__ import annotations

import codecs

#: Marks that say how a file is encoded, longest first (UTF-32's begins as UTF-16's does).
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def file_text(raw: bytes) -> str:
    """The text of ``raw``: UTF-8 (a byte-order mark dropped), or UTF-16 or UTF-32 by their
    mark. Raises :class:`UnicodeDecodeError` for bytes that are none of these: the window
    then asks for the file to be saved as UTF-8."""
    for mark, encoding in _MARKS:
        if raw.startswith(mark):
            return raw.decode(encoding)  # the codec reads the mark and drops it
    return raw.decode("utf-8-sig")

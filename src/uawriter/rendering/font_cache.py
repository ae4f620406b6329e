"""What reportlab reads from a TrueType font, kept between runs.

reportlab parses a font's tables each time a process registers it: about 6 ms for Noto
Sans, every ``uawriter export`` and every start of the window, for two fonts or more. What
the parse yields (character map, widths, metrics, table directory) depends only on the font
file and reportlab's version, so the first run keeps it in the data folder and later runs
read it back in about a fifth of the time, with the font's bytes read from the font itself.

The kept file is written with :mod:`marshal`, the format of Python's own ``.pyc`` files,
under a key: this module's format, reportlab's version, the font's path, size and change
time. A file whose key does not match, or that is damaged in any way, is ignored and written
again; a data folder where nothing can be written (read-only, full) only loses the saving.
Nothing read from the file is ever called: the one function a parsed font holds (its scale
to PDF units) is made again here.

Nothing here imports reportlab until a font is loaded, so the composition root can say
where fonts are kept (:func:`keep_fonts_in`) without loading the PDF library.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

#: Bumped when what is kept changes; a file of another format is written again.
FORMAT = 1
_MAGIC = b"uawriter font metrics\n"
#: The largest kept file read back (the CJK fallback font's is about 3 MB).
MAX_BYTES = 32 * 1024 * 1024
#: Face attributes not kept: the font's bytes (read from the font file itself) and its
#: scale function (made again from ``unitsPerEm``).
_NOT_KEPT = frozenset({"_ttf_data", "_pdfScale"})
#: What marshal gives back that a kept face may hold.
_PLAIN = (int, float, str, bytes, list, dict, tuple, bool, type(None))

_lock = threading.Lock()
#: Where fonts are kept: set once by the composition root.
_where: dict[str, Path | None] = {"folder": None}


def keep_fonts_in(folder: Path | None) -> None:
    """Keep parsed fonts in ``folder`` (``None``: parse every time, as tests do)."""
    with _lock:
        _where["folder"] = folder


def load_font(name: str, path: Path) -> TTFont:
    """The font at ``path`` for reportlab under ``name``: read back from the folder given
    to :func:`keep_fonts_in` when kept there for this very file, else parsed (and kept)."""
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        folder = _where["folder"]
    if folder is None:
        return TTFont(name, str(path))
    try:
        stat = path.stat()
    except OSError:
        return TTFont(name, str(path))  # reportlab names the font file in its error
    key = _key(path, stat)
    kept = folder / f"{path.name}.metrics"
    font = _read_back(name, path, kept, key, stat.st_size)
    if font is None:
        font = TTFont(name, str(path))
        _keep(kept, key, font.face)
    return font


def _key(path: Path, stat: os.stat_result) -> list[Any]:
    import reportlab

    return [FORMAT, reportlab.Version, str(path), stat.st_size, stat.st_mtime_ns]


def _read_back(name: str, path: Path, kept: Path, key: list[Any], size: int) -> TTFont | None:
    from uawriter.atomic import read_regular_file

    try:
        data = read_regular_file(kept, MAX_BYTES)
    except (OSError, ValueError):
        return None
    if not data.startswith(_MAGIC):
        return None
    try:
        record = marshal.loads(data[len(_MAGIC) :])  # noqa: S302  (our own file; see above)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(record, dict) or record.get("key") != key:
        return None
    state, names = record.get("face"), record.get("names")
    if not isinstance(state, dict) or not isinstance(names, list):
        return None
    if not all(isinstance(k, str) and isinstance(v, _PLAIN) for k, v in state.items()):
        return None
    if not isinstance(state.get("unitsPerEm"), int) or state["unitsPerEm"] <= 0:
        return None
    try:
        font_bytes = path.read_bytes()
    except OSError:
        return None
    if len(font_bytes) != size:
        return None  # changed since it was stat'ed: parse this one
    return _font(name, state, names, font_bytes)


def _font(name: str, state: dict[str, Any], names: list[Any], font_bytes: bytes) -> TTFont:
    """A reportlab font as ``TTFont(name, path)`` makes it, from its kept face."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    for attribute in names:
        if isinstance(attribute, str) and isinstance(state.get(attribute), bytes):
            setattr(face, attribute, TTFNameBytes(state[attribute]))
    face._ttf_data = font_bytes
    units = state["unitsPerEm"]
    face._pdfScale = _scale(units)
    font = TTFont.__new__(TTFont)
    # as TTFont.__init__ does after parsing (reportlab 4.x-5.x; the key holds the version)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _scale(units_per_em: int) -> Any:
    """The face's scale to PDF units (1000 a font unit), as reportlab makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _keep(kept: Path, key: list[Any], face: TTFontFace) -> None:
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    from uawriter.atomic import remove_stale_temporaries, write_bytes_atomic

    state: dict[str, Any] = {}
    names: list[str] = []
    for attribute, value in vars(face).items():
        if attribute in _NOT_KEPT:
            continue
        if isinstance(value, TTFNameBytes):
            names.append(attribute)
        state[attribute] = bytes(value) if isinstance(value, TTFNameBytes) else value
    try:
        data = _MAGIC + marshal.dumps({"key": key, "face": state, "names": names})
    except ValueError:
        return  # a reportlab that keeps something marshal cannot write: parse each time
    with contextlib.suppress(OSError):
        kept.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(kept.parent)
        write_bytes_atomic(kept, data)

"""What reportlab reads from a TrueType font, kept between runs.

reportlab parses a font's tables each time a process registers it: 5 ms for Noto Sans,
60 ms for the Chinese and Japanese fallback, in every ``uawriter export`` and every start of
the window. What the parse yields (character map, widths, metrics, table directory)
depends only on the font file and reportlab's version, so the first run keeps it in the
data folder and later runs read it back (3 ms and 35 ms), the font's bytes read from the
font itself.

The kept file is JSON under a key: this module's format, reportlab's version, the font's
path, size and change time. Its big tables are typed arrays of numbers (base64), which
``array.frombytes`` reads back as whole numbers or finite numbers and nothing else. A file
whose key does not match, or that is damaged in any way, is ignored and written again; a
data folder where nothing can be written (read-only, full) only loses the saving.

The data folder can be a portable one from a stick, so the file is read as untrusted: at
most :data:`MAX_BYTES`, by readers that make nothing bigger than the file allows
(:mod:`marshal`, the first choice, spent 45 s and 16 GB on a five-byte file claiming a tuple
of 2^31 items), with every table's type and each number's kind and bounds checked before
a font is made of it: each character mapped to a glyph the font has, and the table
directory, glyph places and horizontal metrics a subset is cut from the font by are the
font's own. Nothing read is ever called: the one function a parsed font holds (its scale to
PDF units) is made again here.

Nothing here imports reportlab until a font is loaded, so the composition root can say
where fonts are kept (:func:`keep_fonts_in`) without loading the PDF library.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import math
import os
import struct
import sys
import threading
from array import array
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

#: Bumped when what is kept changes; a file of another format is written again.
FORMAT = 3
_MAGIC = b"uawriter font metrics\n"
#: The largest kept file read back (the Chinese and Japanese fallback font's is 1.6 MB).
MAX_BYTES = 16 * 1024 * 1024
#: Face attributes not kept: the font's bytes (read from the font file itself) and its
#: scale function (made again from ``unitsPerEm``).
_NOT_KEPT = frozenset({"_ttf_data", "_pdfScale"})
#: Values JSON holds as they are.
_SCALARS = (int, float, str, bool, type(None))


class _Name(bytes):
    """A name read from the font (reportlab's ``TTFNameBytes``), as kept."""


#: Every attribute a kept face has, and the types it may be (reportlab 5.1's parse; the key
#: holds reportlab's version, and a face of another shape is parsed again).
_KINDS: dict[str, tuple[type, ...]] = {
    **dict.fromkeys(("charToGlyph", "charWidths", "glyphToChar", "glyphWidths", "table"), (dict,)),
    **dict.fromkeys(("hmetrics", "glyphPos", "glyphNames", "tables", "bbox"), (list,)),
    **dict.fromkeys(("ascent", "descent", "capHeight", "defaultWidth"), (int, float)),
    "italicAngle": (int, float),
    **dict.fromkeys(
        (
            *("_pos", "bold", "builtIn", "entrySelector", "flags", "italic", "numGlyphs"),
            *("numTables", "rangeShift", "searchRange", "stemV", "underlinePosition"),
            *("underlineThickness", "unitsPerEm", "validate", "version"),
        ),
        (int,),
    ),
    **dict.fromkeys(("name", "familyName", "fullName", "styleName", "uniqueFontID"), (_Name,)),
    "subfontNameX": (bytes,),
    "fontRevision": (tuple,),
    "requiredEncoding": (type(None),),
    "_full_font": (bool,),
    "filename": (str,),
}

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
        record = json.loads(data[len(_MAGIC) :])
        if not isinstance(record, dict) or record.get("key") != key:
            return None
        if record.get("digest") != _digest(record["face"]):
            return None  # damaged on the way (a stick pulled out, a bit flipped): parse
        state = _decoded(record["face"])
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError):
        return None
    if not isinstance(state, dict):
        return None
    try:
        font_bytes = path.read_bytes()
    except OSError:
        return None
    if len(font_bytes) != size:
        return None  # changed since it was stat'ed: parse this one
    if not _plausible(state, font_bytes):
        return None
    return _font(name, path, state, font_bytes)


def _digest(face: Any) -> str:
    """The SHA-256 of a kept face as JSON with sorted keys: any change to what was written
    (a table emptied, a number changed) makes the file parsed again. 0.4 ms for Noto Sans,
    7 ms for the 2 MB of the Chinese and Japanese fallback."""
    text = json.dumps(face, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


#: A font's names (a PostScript name has at most 63 characters; a full name a few dozen).
_NAMES = ("name", "familyName", "fullName", "styleName", "uniqueFontID")
_LONGEST_NAME = 256

#: The largest size a font's metric may have, in font units (unitsPerEm is at most 16,384).
_LARGEST_METRIC = 100_000


def _plausible(state: dict[str, Any], font: bytes) -> bool:
    """Whether a kept face has every attribute a parse gives, each of its type, and the
    numbers drawing needs where drawing looks for them (the tables come back as typed
    arrays: whole numbers, or finite numbers for widths), fitting together and with the
    font's own (``font``, its bytes) where reportlab's subsetting uses them. About 0.8 ms
    for Noto Sans and 9 ms for the Chinese and Japanese fallback, most of it a pass over
    each table."""
    if state.keys() != _KINDS.keys():
        return False
    if not all(type(value) in _KINDS[name] for name, value in state.items()):
        return False
    if not 0 < state["unitsPerEm"] <= 0x4000:
        return False
    if len(state["bbox"]) != 4 or not set(map(type, state["bbox"])) <= {int, float}:
        return False
    # a NaN stopped every export in reportlab's number formatting; 1e308 reached the PDF
    metrics = [state[name] for name in ("ascent", "descent", "capHeight", "defaultWidth")]
    if not all(math.isfinite(v) and abs(v) <= _LARGEST_METRIC for v in [*metrics, *state["bbox"]]):
        return False
    if not (math.isfinite(state["italicAngle"]) and abs(state["italicAngle"]) <= 90):
        return False
    if not state["charToGlyph"] or not state["charWidths"]:
        return False  # every font maps characters: an emptied table draws nothing
    if any(len(state[name]) > _LONGEST_NAME for name in _NAMES):
        return False  # written into every PDF with the font, thrice: 5 MB made 10 MB PDFs
    if state["_full_font"]:
        # a font that forbids subsetting (none bundled) is parsed each time; claimed of one
        # that allows it, each character past the first 256 stopped every export
        return False
    glyphs = state["numGlyphs"]  # each glyph has its metrics and its place in the font
    if len(state["hmetrics"]) != glyphs or len(state["glyphPos"]) != glyphs + 1:
        return False
    try:
        return _fits(state, glyphs) and _as_in_font(state, glyphs, font)
    except (TypeError, ValueError, OverflowError, KeyError, struct.error):
        return False


def _fits(state: dict[str, Any], glyphs: int) -> bool:
    """Whether each character is mapped to one of the font's glyphs (a subset looks each
    up: one past the last stopped every export with an IndexError) and each width is a
    finite number within the largest metric (10^15 reached the PDF). A pass or two over
    each table, in C: the few different widths are what is bounded."""
    mapped = state["charToGlyph"].values()
    if not set(map(type, mapped)) <= {int} or min(mapped) < 0 or max(mapped) >= glyphs:
        return False
    widths: set[float] = set(state["charWidths"].values())
    if not math.isfinite(math.fsum(widths)):  # a NaN among numbers compares as anything
        return False
    return min(widths) >= 0 and max(widths) <= _LARGEST_METRIC


def _as_in_font(state: dict[str, Any], glyphs: int, font: bytes) -> bool:
    """Whether the face's table directory, number of glyphs, units, glyph places and
    horizontal metrics are the font's own, as reportlab reads them. A subset is cut from
    the font by them: a glyph looked for a byte off (inside the font or not) was read as
    a composite of glyphs the font does not have, and an advance above 65,535 could not
    be written in the subset, each a traceback at every export."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFontParser

    parser = TTFontParser.__new__(TTFontParser)
    parser._ttf_data, parser.filename = font, "the font"  # read where it is, not copied
    try:
        TTFontParser.__init__(parser, None)  # the header and the table directory
    except TTFError:
        return False
    table = parser.table
    if state["table"] != table or state["tables"] != parser.tables:
        return False
    head, units = table["head"]["offset"], state["unitsPerEm"]
    if parser.get_ushort(table["maxp"]["offset"] + 4) != glyphs:
        return False
    if parser.get_ushort(head + 18) != units:
        return False
    # the glyph places (loca): long ones, or short ones holding half the place
    if parser.get_ushort(head + 50):
        places = _numbers_at(font, table["loca"]["offset"], glyphs + 1, "I")
    else:
        short = _numbers_at(font, table["loca"]["offset"], glyphs + 1, "H")
        places = array("I", map((2).__mul__, short))
    if places.itemsize != 4 or places != array("I", state["glyphPos"]):
        return False
    # the advance and side bearing of each glyph (hmtx), compared column by column; the
    # glyphs after the last full metric have the last advance, which reportlab keeps
    # scaled to 1000 units
    full = parser.get_ushort(table["hhea"]["offset"] + 34)
    if not 0 < full <= glyphs:
        return False
    start = table["hmtx"]["offset"]
    pairs = _numbers_at(font, start, 2 * full, "H")
    advances = pairs[0::2].tolist() + [_scale(units)(pairs[-2])] * (glyphs - full)
    bearings = (
        pairs[1::2].tolist() + _numbers_at(font, start + 4 * full, glyphs - full, "H").tolist()
    )
    kept_advances, kept_bearings = zip(*state["hmetrics"], strict=True)
    if list(kept_advances) != advances or list(kept_bearings) != bearings:
        return False
    # each character's glyph is the one the font's cmap gives (glyphs of "0" and "1"
    # swapped printed 1 where 0 was typed), and its width that glyph's advance, scaled as
    # reportlab scales it (widths of 0 drew every line on top of itself: probe 77a)
    if _cmap_of(parser, table["cmap"]["offset"]) != state["charToGlyph"]:
        return False
    scale, raw, glyph_of = _scale(units), pairs[0::2], state["charToGlyph"]
    last = full - 1
    for char, width in state["charWidths"].items():
        glyph = glyph_of.get(char)
        if glyph is None or width != scale(raw[min(glyph, last)]):
            return False
    return True


def _cmap_of(parser: Any, cmap: int) -> dict[int, int] | None:
    """The font's characters and their glyphs, read as reportlab's parse reads them: from
    the last Unicode subtable it would choose, in its formats 4 and 12 (every bundled
    font's); None for another format, whose face is then parsed each time."""
    chosen, kind = None, 0
    for n in range(parser.get_ushort(cmap + 2)):
        record = cmap + 4 + 8 * n
        platform, encoding = parser.get_ushort(record), parser.get_ushort(record + 2)
        offset = parser.get_ulong(record + 4)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    if chosen is None:
        return None
    start = cmap + chosen
    fmt = parser.get_ushort(start)
    glyphs: dict[int, int] = {}
    if fmt == 4:
        limit = start + parser.get_ushort(start + 2)
        segments = parser.get_ushort(start + 6) // 2
        font = parser._ttf_data
        ends = _numbers_at(font, start + 14, segments, "H")
        starts = _numbers_at(font, start + 16 + 2 * segments, segments, "H")
        deltas = _numbers_at(font, start + 16 + 4 * segments, segments, "H")
        ranges_at = start + 16 + 6 * segments
        ranges = _numbers_at(font, ranges_at, segments, "H")
        if min(len(ends), len(starts), len(deltas), len(ranges)) < segments:
            return None
        for n in range(segments):
            delta = deltas[n]
            for char in range(starts[n], ends[n] + 1):
                if ranges[n] == 0:
                    glyphs[char] = (char + delta) & 0xFFFF
                    continue
                at = ranges_at + 2 * n + (char - starts[n]) * 2 + ranges[n]
                glyph = parser.get_ushort(at) if at < limit else 0
                glyphs[char] = (glyph + delta) & 0xFFFF if glyph else 0
    elif fmt == 12:
        groups = parser.get_ulong(start + 12)
        numbers = _numbers_at(parser._ttf_data, start + 16, 3 * groups, "I")
        if len(numbers) < 3 * groups:
            return None
        for n in range(0, 3 * groups, 3):
            first, last, glyph = numbers[n], numbers[n + 1], numbers[n + 2]
            glyphs.update(
                zip(range(first, last + 1), range(glyph, glyph + last - first + 1), strict=True)
            )
    else:
        return None
    if 0x20 in glyphs:  # as reportlab gives a no-break space the space's glyph, or back
        glyphs[0xA0] = glyphs[0x20]
    elif 0xA0 in glyphs:
        glyphs[0x20] = glyphs[0xA0]
    return glyphs


def _numbers_at(font: bytes, start: int, count: int, code: str) -> array[int]:
    """``count`` unsigned numbers of the font at ``start``, big-endian as a font's are
    (fewer where the font ends); ValueError for a font that ends inside one."""
    numbers = array(code)
    numbers.frombytes(font[start : start + count * numbers.itemsize])
    if sys.byteorder == "little":
        numbers.byteswap()
    return numbers


def _font(name: str, path: Path, state: dict[str, Any], font_bytes: bytes) -> TTFont:
    """A reportlab font as ``TTFont(name, path)`` makes it, from its kept face."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    for attribute, value in state.items():
        if isinstance(value, _Name):
            setattr(face, attribute, TTFNameBytes(bytes(value)))
    face._ttf_data = font_bytes
    face.filename = str(path)
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


def _numbers(values: list[Any]) -> dict[str, str]:
    """A list of numbers as a typed array (whole numbers 'q', any other 'd'), in base64:
    read back by ``array.frombytes``, which makes no more items than the bytes hold."""
    kinds = set(map(type, values))
    if not kinds <= {int, float}:
        raise ValueError("not numbers")
    code = "d"
    if kinds <= {int}:
        code = "i" if all(-(2**31) <= v < 2**31 for v in values) else "q"
    return {"$" + code: base64.b64encode(array(code, values).tobytes()).decode("ascii")}


def _encoded(value: Any) -> Any:
    """``value`` as JSON holds it, tagged where JSON has no such type, numbers in bulk as
    typed arrays; ValueError for a value no font face should hold (a newer reportlab's:
    the font is then parsed each time)."""
    if isinstance(value, bytes):
        return {("$name" if type(value) is not bytes else "$bytes"): value.decode("latin-1")}
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, tuple):
        return {"$tuple": [_encoded(item) for item in value]}
    if isinstance(value, list):
        if value and all(type(item) is tuple and len(item) == 2 for item in value):
            return {"$pairs": [_numbers([a for a, _ in value]), _numbers([b for _, b in value])]}
        if all(type(item) in (int, float) for item in value):
            return _numbers(value)
        return {"$items": [_encoded(item) for item in value]}
    if isinstance(value, dict):
        if value and all(type(k) is int for k in value):
            values = list(value.values())
            if all(type(v) is list for v in values):
                flat = [item for v in values for item in v]
                lengths = [len(v) for v in values]
                return {
                    "$keys": _numbers(list(value)),
                    "$lists": [_numbers(lengths), _numbers(flat)],
                }
            return {"$keys": _numbers(list(value)), "$values": _numbers(values)}
        if all(type(k) is str and not k.startswith("$") for k in value):
            return {k: _encoded(v) for k, v in value.items()}
    raise ValueError(f"cannot keep a {type(value).__name__}")


def _array(value: Any) -> list[Any]:
    """What :func:`_numbers` made, back; ValueError or TypeError for anything else."""
    (tag, text), *rest = value.items()
    if rest or tag not in ("$i", "$q", "$d"):
        raise ValueError("not a kept array")
    numbers = array(tag[1])
    numbers.frombytes(base64.b64decode(text))  # a byte short of an item: ValueError
    items = numbers.tolist()
    if tag == "$d" and not all(map(math.isfinite, items)):
        raise ValueError("not a finite number")
    return items


def _decoded(value: Any) -> Any:
    """What :func:`_encoded` made, back; ValueError or TypeError for anything else."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, list):
        raise TypeError("a list is kept tagged")
    if "$i" in value or "$q" in value or "$d" in value:
        return _array(value)
    if "$keys" in value:
        keys = _array(value["$keys"])
        if "$values" in value:
            return dict(zip(keys, _array(value["$values"]), strict=True))
        lengths, flat = (_array(part) for part in value["$lists"])
        if len(lengths) != len(keys) or sum(lengths) != len(flat) or min(lengths, default=0) < 0:
            raise ValueError("the lists do not add up")
        ends = list(accumulate(lengths))
        lists = map(flat.__getitem__, map(slice, [0, *ends], ends))
        return dict(zip(keys, lists, strict=True))
    if "$pairs" in value:
        first, second = (_array(part) for part in value["$pairs"])
        return list(zip(first, second, strict=True))
    if "$tuple" in value:
        return tuple(_decoded(item) for item in value["$tuple"])
    if "$items" in value:
        return [_decoded(item) for item in value["$items"]]
    if "$name" in value:
        return _Name(value["$name"].encode("latin-1"))
    if "$bytes" in value:
        return value["$bytes"].encode("latin-1")
    return {k: _decoded(v) for k, v in value.items()}


def _keep(kept: Path, key: list[Any], face: TTFontFace) -> None:
    from uawriter.atomic import remove_stale_temporaries, write_bytes_atomic

    try:
        state = {a: _encoded(v) for a, v in vars(face).items() if a not in _NOT_KEPT}
        record = {"key": key, "digest": _digest(state), "face": state}
        data = _MAGIC + json.dumps(record, separators=(",", ":")).encode()
    except (ValueError, TypeError, OverflowError):
        return  # a reportlab that keeps something else: parse each time
    with contextlib.suppress(OSError):
        kept.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(kept.parent)
        write_bytes_atomic(kept, data)

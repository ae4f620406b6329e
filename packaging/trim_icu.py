#!/usr/bin/env python3
"""Trim Qt's ICU data library (Linux) to what Qt uses for the app's interface languages.

    python packaging/trim_icu.py SOURCE/libicudata.so.73 [--languages en,ru,...]
                                 [--out build/icu/libicudata.so.73] [--drop PATTERN ...]

The PySide6 wheel's ``libicudata.so.73`` (31 MB) holds nothing but ICU's common data: one
``.dat`` archive in ``.rodata``, exported as the unversioned symbol ``icudt73_dat`` that
``libicuuc.so.73`` imports. Qt calls only four parts of ICU (``nm -D --undefined-only
libQt6Core.so.6``; no other Qt library of the bundle imports ICU):

- ``ucol_*`` (QCollator, qcollator_icu.cpp): the ``coll/`` tree (``root.res``,
  ``ucadata.icu``, and the tailoring of each language);
- ``u_strToUpper``/``u_strToLower`` (QLocale::toUpper/toLower, qlocale_icu.cpp): ICU's case
  data is compiled into libicuuc; no data file;
- ``ucal_open``, ``ucal_getTimeZoneDisplayName``, ``ucal_getCanonicalTimeZoneID``
  (QTimeZone::displayName, qtimezonelocale.cpp): the ``zone/`` tree, the main locale tree
  (numbering system and calendar of the locale) and the supplemental data (zoneinfo64,
  metaZones, timezoneTypes, supplementalData, likelySubtags...);
- ``ucnv_*`` (QStringConverter for encodings Qt does not implement itself, e.g. a
  ``<meta charset="koi8-r">`` in HTML pasted from the clipboard, qstringconverter.cpp):
  ``cnvalias.icu`` and the ``.cnv`` tables.

So this keeps: the supplemental data; ``cnvalias.icu`` and the single-byte code page tables
(Latin, Cyrillic, Arabic, Greek... about 140 of them, 0.4 MB); and in the main, ``coll/``
and ``zone/`` trees, ``root.res``, ``pool.res``, ``res_index.res`` and the files of the
kept languages (``de.res``, ``de_AT.res``...). It drops: the multi-byte (CJK) code pages,
the trees Qt never opens (``brkitr`` break iteration: Qt has its own; ``curr``, ``lang``,
``region``, ``unit``, ``rbnf``, ``translit``: ICU formatters Qt does not call), character
names (``unames.icu``), IDNA and StringPrep (``uts46.nrm``, ``*.spp``: Qt implements IDNA
itself), NFKC (``nfkc*.nrm``), the spoof checker (``confusables.cfu``), and every other
language's locale, collation and zone files.

The trimmed archive is linked into a new ``libicudata.so.73`` (same SONAME, same exported
symbol) with the GNU assembler's ``.incbin`` and ``ld -shared`` (binutils, which
PyInstaller needs on Linux anyway). ``--drop`` removes more (a regular expression on item
names such as ``coll/``): only for checking that ``make bundle-smoke`` notices.
"""

from __future__ import annotations

import argparse
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Items that Qt's calls into ICU never load (see the module docstring).
DROPPED_TREES = ("brkitr", "curr", "lang", "region", "unit", "rbnf", "translit")
DROPPED_FILES = ("unames.icu", "uts46.nrm", "nfkc.nrm", "nfkc_cf.nrm", "confusables.cfu")
DROPPED_SUFFIXES = (".spp",)
# Trees whose files are per locale: the shared files stay, the locales only if kept.
LOCALE_TREES = ("", "coll", "zone")
SHARED_LOCALE_FILES = ("root.res", "pool.res", "res_index.res")
# A locale file: language [_Script] [_REGION] [_VARIANT].res ("de__PHONEBOOK.res" too).
LOCALE_FILE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9_]*)?\.res$")

MBCS_OUTPUT_1 = 0  # a .cnv table whose every character is one byte


class TrimError(Exception):
    pass


# ---- the ELF library: where the data symbol is ------------------------------------------


def elf_data_symbol(lib: bytes) -> tuple[str, int, int, str]:
    """(symbol name, file offset, size, SONAME) of the icudtNN_dat symbol of an ELF64
    little-endian shared library."""
    if lib[:4] != b"\x7fELF" or lib[4] != 2 or lib[5] != 1:
        raise TrimError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", lib, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    sections = []
    for i in range(shnum):
        (_name, sh_type, _flags, addr, offset, size, link, _info, _align, entsize) = (
            struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize)
        )
        sections.append((sh_type, addr, offset, size, link, entsize))

    def cstr(table_index: int, pos: int) -> str:
        start = sections[table_index][2] + pos
        return lib[start : lib.index(b"\0", start)].decode()

    found = None
    soname = None
    for sh_type, _addr, offset, size, link, entsize in sections:
        if sh_type == 11:  # SHT_DYNSYM
            for j in range(size // entsize):
                st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from(
                    "<IBBHQQ", lib, offset + j * entsize
                )
                name = cstr(link, st_name)
                if re.fullmatch(r"icudt\d+_dat", name) and shndx != 0 and st_size > 0:
                    found = (name, value, st_size)
        if sh_type == 6:  # SHT_DYNAMIC
            for j in range(size // 16):
                tag, val = struct.unpack_from("<qQ", lib, offset + j * 16)
                if tag == 14:  # DT_SONAME
                    soname = cstr(link, val)
    if not found or not soname:
        raise TrimError("no icudtNN_dat symbol or no SONAME: is this ICU's data library?")
    name, vaddr, size = found
    for sh_type, addr, offset, sec_size, _link, _entsize in sections:
        if sh_type == 1 and addr <= vaddr and vaddr + size <= addr + sec_size:  # PROGBITS
            return name, offset + (vaddr - addr), size, soname
    raise TrimError(f"{name} lies in no section of the file")


# ---- ICU's common data archive ----------------------------------------------------------


def read_common_data(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data archive ("CmnD")."""
    if len(blob) < 32:
        raise TrimError("the data symbol is too small for ICU common data")
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise TrimError("the data symbol is not an ICU common data archive (CmnD)")
    if blob[8] != 0:
        raise TrimError("big-endian ICU data is not supported")
    (count,) = struct.unpack_from("<I", blob, header_size)
    toc = []
    for i in range(count):
        name_off, data_off = struct.unpack_from("<II", blob, header_size + 4 + 8 * i)
        start = header_size + name_off
        toc.append((blob[start : blob.index(b"\0", start)].decode("ascii"), data_off))
    items = []
    for i, (name, data_off) in enumerate(toc):
        end = toc[i + 1][1] if i + 1 < count else len(blob) - header_size
        items.append((name, blob[header_size + data_off : header_size + end]))
    return blob[:header_size], items


def write_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An archive ICU reads as its original: the same header, the items sorted by name
    (ICU finds them by binary search) and each aligned to 16 bytes."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)

    def pad(n: int) -> int:  # offsets are from the table of contents, alignment absolute
        return (-(len(header) + n)) % 16

    offset = toc_size + len(names)
    offset += pad(offset)
    entries, body = [], bytearray()
    name_off = toc_size
    for name, data in items:
        entries.append(struct.pack("<II", name_off, offset + len(body)))
        name_off += len(name) + 1
        body += data
        body += b"\0" * pad(offset + len(body))
    head = struct.pack("<I", len(items)) + b"".join(entries) + names
    head += b"\0" * pad(len(head))
    return header + head + bytes(body)


def cnv_is_single_byte(data: bytes) -> bool:
    (header_size,) = struct.unpack_from("<H", data, 0)
    (static_size,) = struct.unpack_from("<i", data, header_size)
    (flags,) = struct.unpack_from("<I", data, header_size + static_size + 24)
    return bool(flags & 0xFF == MBCS_OUTPUT_1)


def keep_item(path: str, data: bytes, languages: set[str]) -> bool:
    """path: the item's name without the package prefix (coll/de.res, ibm-5347_P100-1998.cnv)."""
    tree, _, base = path.rpartition("/")
    if tree in DROPPED_TREES or base in DROPPED_FILES or base.endswith(DROPPED_SUFFIXES):
        return False
    if base.endswith(".cnv"):
        return cnv_is_single_byte(data)
    if tree in LOCALE_TREES and base not in SHARED_LOCALE_FILES:
        m = LOCALE_FILE.match(base)
        if m:  # a locale's file; others (supplementalData.res, ucadata.icu...) stay
            return m.group(1) in languages
    return True


# ---- linking ------------------------------------------------------------------------------


def tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise TrimError(
            f"`{name}` not found: trimming ICU needs the GNU assembler and linker "
            "(Debian/Ubuntu: apt-get install binutils, or `make system-deps` as root)"
        )
    return path


def link_data_library(dat: Path, symbol: str, soname: str, out: Path, work: Path) -> None:
    asm = work / "icudata.S"
    # .incbin takes a quoted path; the build folder has no quotes or backslashes in it
    if any(c in str(dat) for c in '"\\\n'):
        raise TrimError(f"unusable path for .incbin: {dat}")
    asm.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{dat}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    obj = work / "icudata.o"
    for cmd in (
        [tool("as"), "--64", "-o", str(obj), str(asm)],
        [
            tool("ld"),
            "-shared",
            "-soname",
            soname,
            "-z",
            "noexecstack",
            "--build-id",
            "-o",
            str(out),
            str(obj),
        ],
    ):
        result = subprocess.run(cmd, check=False, capture_output=True, text=True)  # noqa: S603
        if result.returncode:
            raise TrimError(f"{' '.join(cmd)} failed:\n{result.stderr}")


# ---- the whole --------------------------------------------------------------------------


def mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


def category(path: str) -> str:
    tree, _, base = path.rpartition("/")
    if tree:
        return tree + "/"
    if base.endswith(".res"):
        return (
            "locales *.res"
            if LOCALE_FILE.match(base) or base in SHARED_LOCALE_FILES
            else "supplemental *.res"
        )
    return "*" + Path(base).suffix


def trim(
    source: Path, out: Path, languages: set[str], extra_drops: list[str], verbose: bool = True
) -> dict[str, int]:
    lib = source.read_bytes()
    symbol, offset, size, soname = elf_data_symbol(lib)
    header, items = read_common_data(lib[offset : offset + size])
    prefix = items[0][0].split("/", 1)[0] + "/"  # icudt73l/
    if not all(name.startswith(prefix) for name, _ in items):
        raise TrimError(f"items do not all start with {prefix}")
    drops = [re.compile(p) for p in extra_drops]
    kept: list[tuple[str, bytes]] = []
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    for name, data in items:
        path = name[len(prefix) :]
        cat = category(path)
        before[cat] = before.get(cat, 0) + len(data)
        if keep_item(path, data, languages) and not any(d.search(path) for d in drops):
            kept.append((name, data))
            after[cat] = after.get(cat, 0) + len(data)
    names = {name[len(prefix) :] for name, _ in kept}
    needed = [
        "root.res",
        "pool.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "zone/root.res",
        "zoneinfo64.res",
        "metaZones.res",
        "cnvalias.icu",
    ]
    missing = [n for n in needed if n not in names]
    if missing and not extra_drops:
        raise TrimError(f"ICU data lacks items Qt needs: {', '.join(missing)}")
    for lang in sorted(languages):
        if f"{lang}.res" not in names and not extra_drops:
            raise TrimError(f"ICU has no locale data for the language {lang!r}")

    dat = write_common_data(header, kept)
    # the new archive reads back as the kept items, byte for byte
    if read_common_data(dat)[1] != sorted(kept, key=lambda i: i[0].encode("ascii")):
        raise TrimError("the written archive does not read back")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        work = Path(tmp)
        (work / "icudata.dat").write_bytes(dat)
        built = work / out.name
        link_data_library(work / "icudata.dat", symbol, soname, built, work)
        lib2 = built.read_bytes()
        symbol2, offset2, size2, soname2 = elf_data_symbol(lib2)
        if (symbol2, soname2) != (symbol, soname) or lib2[offset2 : offset2 + size2] != dat:
            raise TrimError(f"the linked {built.name} does not hold the archive as written")
        built.replace(out)

    if verbose:
        print(
            f"trim_icu: {source.name} {mb(len(lib))} -> {out} {mb(out.stat().st_size)}; "
            f"{len(kept)} of {len(items)} items, languages {','.join(sorted(languages))}"
        )
        for cat in sorted(before, key=lambda c: -before[c]):
            print(f"  {cat:20} {mb(before[cat]):>9} -> {mb(after.get(cat, 0)):>9}")
    return {"before": len(lib), "after": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="the wheel's libicudata.so.NN")
    parser.add_argument(
        "--languages",
        default="en,ru,kk,es,fr,de,ar",
        help="comma-separated ISO 639 codes to keep (default: %(default)s)",
    )
    parser.add_argument("--out", type=Path, help="default: build/icu/<the source's name>")
    parser.add_argument(
        "--drop",
        action="append",
        default=[],
        metavar="REGEX",
        help="also drop items whose name matches (testing only)",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    out = args.out or Path(__file__).resolve().parent.parent / "build" / "icu" / args.source.name
    languages = {code.strip() for code in args.languages.split(",") if code.strip()}
    try:
        trim(args.source, out, languages, args.drop, verbose=not args.quiet)
    except (TrimError, OSError) as exc:
        print(f"trim_icu: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Hypothesis-driven fuzz of what comes from strangers (issue 12): a pack's ``pack.toml``,
its letter templates and ``.uapack`` archives. Whatever they hold, loading, checking,
composing and importing end with a pack or a list of problems — never a traceback, never
a hang (each example runs under the template budget and pytest-timeout), and an import
writes nothing outside the packs folder.

The examples start from the real seed pack and break it the ways files from a USB stick
break: values of the wrong type, deep nesting, huge numbers, unknown keys, cut files,
templates with loops, filters and markup from the sandbox's edge, archives with odd names,
links, sizes and bytes. Bounded: a few dozen examples each, no example database.
"""

from __future__ import annotations

import contextlib
import io
import math
import shutil
import tomllib
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import SEED_ID
from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Pack, Sender
from uawriter.engine import check_pack_folder, compose, import_pack_file
from uawriter.letters import TemplateProblem
from uawriter.packs.install import ImportStatus
from uawriter.packs.loader import BrokenPack
from uawriter.paths import AppPaths
from uawriter.rendering import font_cache

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SEED = bundled_packs_folder() / SEED_ID
SEED_DATA: dict[str, Any] = tomllib.loads((SEED / "pack.toml").read_text(encoding="utf-8"))

# ------------------------------------------------------------------------------ pack.toml

scalars = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.booleans(),
    st.floats(allow_nan=False),
    st.dates(),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
KEYS = [
    "id", "revision", "format_version", "source_language", "contacts_checked", "action",
    "talking_points", "addressees", "title", "deadline", "write_in", "fax", "emails",
    "salutation", "post_suspended", "phones", "social", "unknown_key",
]  # fmt: skip


def _mutate(data: dict[str, Any], path: list[str], value: Any) -> dict[str, Any]:
    """``data`` with ``value`` put at ``path`` (a table made where one is missing)."""
    copy = tomllib.loads(tomli_w.dumps(data))
    node: Any = copy
    for key in path[:-1]:
        if isinstance(node, list):
            node = node[0] if node else node
        if not isinstance(node, dict):
            return copy
        node = node.setdefault(key, {})
    if isinstance(node, list) and node:
        node = node[0]
    if isinstance(node, dict):
        node[path[-1]] = value
    return copy


def _loads_as_pack_or_problems(folder: Path) -> Pack | BrokenPack:
    result = check_pack_folder(folder)
    assert isinstance(result, (Pack, BrokenPack))
    if isinstance(result, BrokenPack):
        assert result.problems
        assert all(str(problem) for problem in result.problems)
    return result


@FUZZ
@given(
    path=st.lists(st.sampled_from(KEYS), min_size=1, max_size=3),
    value=values,
)
@example(path=["action"], value={})  # an empty [action] gave a broken pack with no reason
def test_a_pack_toml_with_any_value_anywhere_loads_or_says_why(
    tmp_path_factory: pytest.TempPathFactory, path: list[str], value: Any
) -> None:
    folder = tmp_path_factory.mktemp("pack") / "pack"
    shutil.copytree(SEED, folder)
    try:
        text = tomli_w.dumps(_mutate(SEED_DATA, path, value))
    except (TypeError, ValueError):  # a value TOML cannot hold (None in a list): not a file
        return
    (folder / "pack.toml").write_text(text, encoding="utf-8")
    _loads_as_pack_or_problems(folder)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=20000), junk=st.binary(max_size=64))
def test_a_cut_or_damaged_pack_toml_says_why(
    tmp_path_factory: pytest.TempPathFactory, cut: int, junk: bytes
) -> None:
    folder = tmp_path_factory.mktemp("pack") / "pack"
    shutil.copytree(SEED, folder)
    raw = (SEED / "pack.toml").read_bytes()
    (folder / "pack.toml").write_bytes(raw[: cut % (len(raw) + 1)] + junk)
    _loads_as_pack_or_problems(folder)


# ------------------------------------------------------------------------------ templates

SNIPPETS = [
    "{{ addressee.salutation }}", "{{ sender.name }}", "{% for p in talking_points %}{{ p }}",
    "{% endfor %}", "{% if sender.email %}", "{% endif %}", "{{ date }}", "{{ 'x' * 99999 }}",
    "{{ range(10**6)|list|length }}", "{% for i in range(10**5) %}x{% endfor %}",
    "{{ ''.__class__ }}", "{{ lipsum(50) }}", "{{ 10**10**10 }}", "{{ '%*s'|format(10**8, 'x') }}",
    "{{ addressee.postal_lines|join(', ') }}", "{{ nothing.at.all }}", "{% raw %}", "{{",
    "}}", "{%", "%}", "{# c #}", "{{ action.title|upper }}", "{{ 'a'.ljust(10**9) }}",
    "\n", "Dear friends,", "Ұлы", "مرحبا", "{{ (1,2)|sum }}", "{% set x = 5 %}{{ x }}",
]  # fmt: skip


@FUZZ
@given(st.lists(st.sampled_from(SNIPPETS), max_size=8), st.text(max_size=30))
def test_a_letter_template_of_anything_is_composed_or_refused(
    tmp_path_factory: pytest.TempPathFactory, parts: list[str], words: str
) -> None:
    folder = tmp_path_factory.mktemp("pack") / "pack"
    shutil.copytree(SEED, folder)
    (folder / "letters" / "en.txt").write_text("".join(parts) + words, encoding="utf-8")
    result = _loads_as_pack_or_problems(folder)
    if isinstance(result, Pack):  # passed the check: composing it must work too
        import datetime as dt

        # a TemplateProblem names the problem, as the window and the command line show it
        with contextlib.suppress(TemplateProblem):
            compose(result, result.addressees[0], "en", Sender("A. N."), dt.date(2011, 7, 1))


# ------------------------------------------------------------------------------ archives

names = st.one_of(
    st.sampled_from(
        ["pack.toml", "letters/en.txt", "letters/kk.txt", "../evil.txt", "/abs.txt",
         "letters/../../x", "a/" * 40 + "deep", "CON", "letters/", "ok/pack.toml", ""]
    ),
    st.text(max_size=20),
)  # fmt: skip


def _archive(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are meant
        for name, data in entries:
            try:
                archive.writestr(name or "x", data)
            except (ValueError, UnicodeError):
                continue
    return buffer.getvalue()


def _seed_entries() -> list[tuple[str, bytes]]:
    return [
        (str(path.relative_to(SEED)), path.read_bytes())
        for path in sorted(SEED.rglob("*"))
        if path.is_file()
    ]


def _snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


@FUZZ
@given(
    extra=st.lists(st.tuples(names, st.binary(max_size=200)), max_size=5),
    drop=st.integers(min_value=0, max_value=10),
    garbage=st.booleans(),
)
def test_an_archive_of_anything_is_installed_or_refused(
    tmp_path_factory: pytest.TempPathFactory,
    extra: list[tuple[str, bytes]],
    drop: int,
    garbage: bool,
) -> None:
    root = tmp_path_factory.mktemp("import")
    paths = AppPaths(root / "data")
    entries = _seed_entries()
    entries = entries[:drop] + entries[drop + 1 :] + extra
    data = _archive(entries)
    if garbage:
        data = data[: len(data) // 2] + b"\x00garbage"
    source = root / "pack.uapack"
    source.write_bytes(data)
    outside_before = _snapshot(root) - _snapshot(paths.user_packs)
    result = import_pack_file(paths, source)
    assert result.status in set(ImportStatus)
    if result.status is ImportStatus.REFUSED:
        assert result.problems
        assert not result.installed
    after = _snapshot(root)
    # only the data folder (its packs, staging and caches) may have changed
    assert {p for p in after - outside_before if p != "data" and not p.startswith("data/")} == set()


# ------------------------------------------------------------------------ kept fonts

#: A genuine kept file for Noto Sans, made once for every example below.
_KEPT_FONT: dict[str, Any] = {}


def _genuine_kept_font(folder: Path) -> tuple[bytes, Any]:
    import json

    from uawriter.bundled import font_path

    if not _KEPT_FONT:
        font_cache.keep_fonts_in(folder)
        try:
            font_cache.load_font("Fuzz", font_path("NotoSans-Regular.ttf"))
        finally:
            font_cache.keep_fonts_in(None)
        data = (folder / "NotoSans-Regular.ttf.metrics").read_bytes()
        magic = data[: data.index(b"\n") + 1]
        _KEPT_FONT.update(magic=magic, record=json.loads(data[len(magic) :]))
    return _KEPT_FONT["magic"], _KEPT_FONT["record"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


#: Every attribute a kept face holds, and two tags where an attribute's name would be.
KEPT_FACE_FIELDS = [*sorted(font_cache._KINDS), "$q", "$d"]


@FUZZ
@given(
    field=st.sampled_from(KEPT_FACE_FIELDS),
    value=json_values,
    cut=st.none() | st.integers(min_value=0, max_value=200_000),
)
@example(field="glyphPos", value={"$i": "AAAA" * 3}, cut=None)
@example(
    field="charToGlyph", value={"$keys": {"$i": ""}, "$values": {"$d": "AAAAAAAA+H8="}}, cut=None
)
def test_a_kept_font_of_anything_is_read_back_or_parsed_again(
    tmp_path_factory: pytest.TempPathFactory, field: str, value: Any, cut: int | None
) -> None:
    """The data folder can be a portable one from a stick, so a kept font may hold
    anything: whatever it holds, the font used is reportlab's own parse of the font."""
    import json

    from reportlab.pdfbase.ttfonts import TTFont

    from uawriter.bundled import font_path

    magic, record = _genuine_kept_font(tmp_path_factory.mktemp("genuine"))
    folder = tmp_path_factory.mktemp("kept")
    data = magic + json.dumps({**record, "face": {**record["face"], field: value}}).encode()
    (folder / "NotoSans-Regular.ttf.metrics").write_bytes(data if cut is None else data[:cut])
    font_cache.keep_fonts_in(folder)
    try:
        font = font_cache.load_font("Fuzz", font_path("NotoSans-Regular.ttf"))
    finally:
        font_cache.keep_fonts_in(None)
    parsed = TTFont("Parsed", str(font_path("NotoSans-Regular.ttf")))
    assert font.face.charWidths == parsed.face.charWidths
    assert font.face.charToGlyph == parsed.face.charToGlyph
    assert font.face.unitsPerEm == parsed.face.unitsPerEm
    assert font.stringWidth("Қазақстан 2011", 12) == parsed.stringWidth("Қазақстан 2011", 12)
    # and it draws: a PDF with the font embedded, read back
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    name = f"Fuzz{id(font)}"
    font.fontName = name
    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    canvas = Canvas(out, invariant=True)
    canvas.setFont(name, 12)
    canvas.drawString(72, 720, "Қазақстан 2011")
    canvas.save()
    assert out.getvalue().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("italicAngle", float("nan")),
        ("italicAngle", float("inf")),
        ("ascent", 1e308),
        ("charToGlyph", {}),
        ("charWidths", {}),
    ],
)
@pytest.mark.parametrize("digest_again", [False, True])
def test_a_kept_font_damaged_with_numbers_that_parse_is_parsed_again(
    tmp_path_factory: pytest.TempPathFactory, field: str, value: Any, digest_again: bool
) -> None:
    """A NaN in a kept font stopped every export with a traceback, 1e308 reached the PDF,
    and an emptied table was used as it was (probe 25 F3; the fuzz above found the empty
    table). Damage changes the digest; a digest written again by whoever damaged it still
    meets the checks of each number. A real export is made from the damaged folder."""
    import json

    from uawriter.bundled import font_path

    magic, record = _genuine_kept_font(tmp_path_factory.mktemp("genuine"))
    folder = tmp_path_factory.mktemp("kept")
    face = {**record["face"], field: value}
    digest = font_cache._digest(face) if digest_again else record["digest"]
    data = magic + json.dumps({**record, "digest": digest, "face": face}).encode()
    (folder / "NotoSans-Regular.ttf.metrics").write_bytes(data)
    font_cache.keep_fonts_in(folder)
    try:
        font = font_cache.load_font("Damaged", font_path("NotoSans-Regular.ttf"))
    finally:
        font_cache.keep_fonts_in(None)
    assert math.isfinite(font.face.italicAngle)
    assert abs(font.face.ascent) < 100_000
    assert font.face.charToGlyph
    assert font.face.charWidths

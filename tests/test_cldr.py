"""The app's CLDR extract (resources/cldr/, read by uawriter.domain.cldr) against Babel, which
it was written from and which the app no longer reads at run time: every locale's long date,
country names and direction, the resolution of codes Babel resolves, and the names shown."""

from __future__ import annotations

import datetime as dt
import importlib.machinery
import importlib.util
import json
from pathlib import Path

import pytest

babel = pytest.importorskip("babel")
from babel import Locale, UnknownLocaleError, localedata  # noqa: E402
from babel.dates import format_date  # noqa: E402

from uawriter.domain import cldr  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
IDENTIFIERS = sorted(localedata.locale_identifiers())

#: Dates that show every month, one- and two-digit days and years either side of 2000.
DATES = [dt.date(2011, m, 1) for m in range(1, 13)] + [
    dt.date(2026, 12, 22),
    dt.date(1999, 7, 9),
    dt.date(2005, 2, 28),
]


def extract_script():  # type: ignore[no-untyped-def]
    loader = importlib.machinery.SourceFileLoader(
        "cldr_extract", str(ROOT / "scripts/cldr-extract")
    )
    spec = importlib.util.spec_from_loader("cldr_extract", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_the_shipped_extract_is_current() -> None:
    """resources/cldr/ is what scripts/cldr-extract writes from the Babel installed (the
    test extra pins its version); run the script after upgrading Babel."""
    script = extract_script()
    folder = ROOT / "resources" / "cldr"
    expected = script.build()
    shipped = {
        p.relative_to(folder).as_posix(): json.loads(p.read_text(encoding="utf-8"))
        for p in folder.rglob("*.json")
    }
    assert sorted(shipped) == sorted(expected), "run scripts/cldr-extract"
    for name, content in expected.items():
        assert shipped[name] == json.loads(script.serialise(content)), (
            f"{name}: run scripts/cldr-extract"
        )


def test_every_locale_writes_the_long_date_as_babel_does() -> None:
    differences = []
    for identifier in IDENTIFIERS:
        locale = Locale.parse(identifier)
        for date in DATES:
            ours = cldr.format_long_date(date, identifier)
            theirs = format_date(date, "long", locale=locale)
            if ours != theirs:
                differences.append((identifier, date, ours, theirs))
    assert not differences, differences[:10]
    assert cldr.format_long_date(dt.date(2011, 7, 22), "ru") == "22 июля 2011\u202fг."
    assert cldr.format_long_date(dt.date(2011, 7, 22), "en_GB") == "22 July 2011"


def test_every_locale_names_countries_and_runs_as_babel_does() -> None:
    for identifier in IDENTIFIERS:
        locale = Locale.parse(identifier)
        assert cldr.territories(identifier) == dict(locale.territories), identifier
        rtl = locale.character_order == "right-to-left"
        assert cldr.is_right_to_left(identifier) == rtl, identifier
    assert cldr.territories("kk")["KZ"] == "Қазақстан"


def test_codes_resolve_as_babel_resolves_them() -> None:
    """As written when CLDR has the locale, else through aliases and likely subtags; the
    same locale or the same refusal as ``Locale.parse``, for every identifier and for
    codes packs and volunteers write that are not identifiers."""
    unusual = [
        "zh-TW", "zh_Hant", "iw", "mo", "tl", "in", "en-ZZ", "de-US", "kk-KZ", "sr-Latn",
        "en-Latn-US", "pt-PT", "zz", "qqq", "xx-YY", "ar-001", "es-419", "no", "nb-NO",
        "uz-Arab-AF", "az-Cyrl", "ku", "ckb", "fil", "he-IL", "ru-UA", "fr-CA", "kk-Arab",
        "zh-Hans-SG", "und", "root", "en-GB-oxendict", "",
    ]  # fmt: skip
    for code in IDENTIFIERS + unusual:
        try:
            theirs: str | None = str(Locale.parse(code.replace("-", "_")))
        except (UnknownLocaleError, ValueError, TypeError):
            theirs = None
        assert cldr.resolve(code) == theirs, code


@pytest.mark.parametrize("in_locale", cldr.NAME_LOCALES)
def test_locale_names_are_babels(in_locale: str) -> None:
    shown = Locale.parse(in_locale)
    for identifier in IDENTIFIERS:
        if identifier == "root":
            continue
        expected = Locale.parse(identifier).get_display_name(shown)
        assert cldr.display_name(identifier, in_locale) == (expected or ""), identifier


def test_the_engine_reads_no_babel_data() -> None:
    """An export imports nothing from Babel: run in a fresh interpreter."""
    import subprocess
    import sys

    code = (
        "import sys, datetime\n"
        "from uawriter.letters.compose import format_letter_date\n"
        "from uawriter.domain import languages\n"
        "print(format_letter_date(datetime.date(2011, 7, 22), 'kk'))\n"
        "print(languages.language_name('pt-BR', 'de'), languages.country_name('KZ', 'ru'))\n"
        "print(languages.canonical_language('kaz'), languages.is_right_to_left('ar'))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [
        "2011\u202fж. 22 шілде",
        "Portugiesisch (Brasilien) Казахстан",
        "kk True",
        "[]",
    ]

"""What the frozen app's Qt does with ICU, checked inside the bundle (make bundle-smoke).

    dist/UAWriter/UAWriter --bundle-self-check      (packaging/launcher.py passes it here)

packaging/trim_icu.py cuts Qt's ICU data down to what Qt uses for the interface
languages; these checks call every part of ICU that Qt calls (the functions
libQt6Core.so.6 imports), through Qt, in each interface language, so that data cut too
far shows up here:

- QCollator (ucol_*): sorting in each language. Most lists sort differently without the
  language's own collation (Cyrillic before Latin in Russian, Kazakh's letters, Spanish ñ
  after n, Arabic before Latin) and all of them without ICU's root collation (Qt then
  compares code points: "Äpfel" after "Zucker");
- QLocale::toUpper/toLower (u_strToUpper/u_strToLower): Turkish dotted and dotless i;
- QTimeZone::displayName (ucal_*): a time zone's name in each language (ICU's zone,
  locale and supplemental data; without them ICU answers "GMT+01:00");
- QStringConverter (ucnv_*): HTML in legacy code pages, as pasted from the clipboard
  (QMimeData::html() decodes by its <meta charset>).

Prints PASS or FAIL for each and returns 1 if any failed. It needs QtCore only, and no
QApplication.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

# Each language: words, and the order the language's collation gives them (ICU 73 / CLDR 43).
COLLATION = {
    "en": ["a", "A", "apple", "b", "B", "e", "é", "f", "Zebra"],
    "ru": ["арбуз", "Ёж", "ежевика", "ёлка", "ель", "жук", "Яблоко", "Zebra"],
    "kk": ["ана", "әке", "ет", "ёж", "жер", "уақыт", "ұн", "үй", "ыдыс", "іні", "Zebra"],
    "es": ["llama", "luz", "nada", "nube", "Ñandú", "ñu", "oso", "Zorro"],
    "fr": ["cote", "coté", "côte", "côté", "été", "etre", "oeuf", "œuf", "Zèbre"],
    "de": [
        "Apfel",
        "Äpfel",
        "Bar",
        "Bär",
        "Ofen",
        "Öl",
        "Strasse",
        "Straße",
        "Übel",
        "Ufer",
        "Zucker",
    ],
    "ar": ["ءاء", "آخر", "ابن", "أحمد", "بيت", "ثلج", "يوم", "Apple", "Zed"],
}

# (locale, upper or lower, text, expected)
CASE_MAPPING = [
    ("tr", "upper", "istanbul ı", "İSTANBUL I"),
    ("tr", "lower", "İSTANBUL I", "istanbul ı"),
    ("kk", "upper", "қазақ тілі", "ҚАЗАҚ ТІЛІ"),
    ("ru", "lower", "ЁЛКА", "ёлка"),
    ("de", "upper", "straße", "STRASSE"),
    ("en", "upper", "istanbul", "ISTANBUL"),
]

# Europe/Berlin's standard time, named in each language: a part of CLDR's name.
ZONE_NAMES = {
    "en": "Central European",
    "ru": "Центральная Европа",
    "kk": "Орталық Еуропа",
    "es": "Europa central",
    "fr": "Europe centrale",
    "de": "Mitteleuropäische",
    "ar": "وسط أوروبا",
}

# HTML in code pages Qt does not decode itself (ICU's converters do).
HTML_CHARSETS = [
    ("koi8-r", b"\xf0\xd2\xc9\xd7\xc5\xd4", "Привет"),
    ("windows-1251", b"\xcf\xf0\xe8\xe2\xe5\xf2", "Привет"),
    ("windows-1256", b"\xd3\xe1\xc7\xe3", "سلام"),
    ("iso-8859-15", b"\xa4 \xe9t\xe9", "€ été"),
    ("ibm866", b"\x8f\xe0\xa8\xa2\xa5\xe2", "Привет"),
]


def run_checks() -> list[tuple[bool, str]]:
    from PySide6.QtCore import QByteArray, QCollator, QLocale, QMimeData, Qt, QTimeZone

    results: list[tuple[bool, str]] = []

    for lang, expected in COLLATION.items():
        # shuffled the same way every time: reversed, then the halves swapped
        words = list(reversed(expected))
        words = words[len(words) // 2 :] + words[: len(words) // 2]
        collator = QCollator(QLocale(lang))
        by_compare = sorted(words, key=_cmp_key(collator.compare))
        by_key = sorted(words, key=collator.sortKey)
        ok = by_compare == expected and by_key == expected
        results.append(
            (
                ok,
                f"QCollator({lang}): {' < '.join(by_compare)}"
                + ("" if ok else f"; expected {' < '.join(expected)}"),
            )
        )

    collator = QCollator(QLocale("ru"))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    numeric = sorted(["Том 10", "том 9", "ТОМ 1"], key=_cmp_key(collator.compare))
    ok = numeric == ["ТОМ 1", "том 9", "Том 10"] and collator.compare("ЁЖ", "ёж") == 0
    results.append((ok, f"QCollator(ru) numeric, case-insensitive: {' < '.join(numeric)}"))

    for lang, direction, text, cased in CASE_MAPPING:
        locale = QLocale(lang)
        got = locale.toUpper(text) if direction == "upper" else locale.toLower(text)
        results.append(
            (
                got == cased,
                f"QLocale({lang}).to{direction.title()}({text!r}) = "
                f"{got!r}" + ("" if got == cased else f", expected {cased!r}"),
            )
        )

    zone = QTimeZone(b"Europe/Berlin")
    for lang, part in ZONE_NAMES.items():
        name = zone.displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(lang)
        )
        ok = part in name
        results.append(
            (
                ok,
                f"QTimeZone(Europe/Berlin).displayName({lang}) = {name!r}"
                + ("" if ok else f", expected it to contain {part!r}"),
            )
        )

    for charset, raw, decoded in HTML_CHARSETS:
        mime = QMimeData()
        mime.setData(
            "text/html",
            QByteArray(
                b'<html><head><meta charset="'
                + charset.encode()
                + b'"></head><body>'
                + raw
                + b"</body></html>"
            ),
        )
        html = mime.html()
        ok = f"<body>{decoded}</body>" in html
        results.append((ok, f"HTML in {charset}: " + (repr(decoded) if ok else f"{html!r}")))
    return results


def _cmp_key(compare: Callable[[str, str], int]) -> Callable[[str], Any]:
    return functools.cmp_to_key(compare)


def main(argv: list[str] | None = None) -> int:
    results = run_checks()
    for ok, text in results:
        print(("PASS  " if ok else "FAIL  ") + "ICU: " + text)
    failed = sum(not ok for ok, _ in results)
    print(f"bundle self-check: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The interface translations: complete, consistent with the English, and not stale."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from uawriter.gui.language import UI_LANGUAGES, translations_folder

FOLDER = translations_folder()
GUI = Path(__file__).resolve().parents[1] / "src" / "uawriter" / "gui"
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


def _messages(path: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) for every message of a .ts file."""
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            unfinished = translation.get("type") in {"unfinished", "obsolete", "vanished"}
            result.append((name, source, forms, unfinished))
    return result


@pytest.mark.parametrize("code", [c for c in UI_LANGUAGES if c != "en"])
def test_every_string_is_translated(code: str) -> None:
    path = FOLDER / f"uawriter_{code}.ts"
    messages = _messages(path)
    assert messages
    left = [source for _, source, forms, unfinished in messages if unfinished or not all(forms)]
    assert left == [], f"{path.name}: not translated yet: {left}"


@pytest.mark.parametrize("code", [c for c in UI_LANGUAGES if c != "en"])
def test_translations_keep_placeholders_and_shortcuts(code: str) -> None:
    wrong = []
    for context, source, forms, _ in _messages(FOLDER / f"uawriter_{code}.ts"):
        for form in forms:
            # a plural form may say the number in words ("the letter") instead of %n
            pattern = r"%\d" if len(forms) > 1 else r"%\d|%n"
            if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, form)):
                wrong.append((context, source, form, "placeholders"))
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(form)):
                wrong.append((context, source, form, "keyboard shortcut (&)"))
    assert wrong == []


def test_english_has_its_plural_forms() -> None:
    messages = _messages(FOLDER / "uawriter_en.ts")
    assert {source for _, source, _, _ in messages} >= {"%n word(s)", "%n page(s)"}
    assert all(all(forms) and not unfinished for _, _, forms, unfinished in messages)


def test_translation_files_are_not_stale(tmp_path: Path) -> None:
    """What `make update-translations` would change: run it on copies and compare."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate not found beside the Python running the tests"
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    for code in UI_LANGUAGES:
        committed = FOLDER / f"uawriter_{code}.ts"
        copy = tmp_path / committed.name
        shutil.copy(committed, copy)
        extra = ["-pluralonly"] if code == "en" else []
        subprocess.run(
            [lupdate, "-no-obsolete", *extra, *sources, "-ts", str(copy)],
            check=True,
            capture_output=True,
        )
        before = {(c, s) for c, s, _, _ in _messages(committed)}
        after = {(c, s) for c, s, _, _ in _messages(copy)}
        assert after == before, (
            f"{committed.name} is stale: new {sorted(after - before)}, gone "
            f"{sorted(before - after)}. Run `make update-translations` and translate."
        )


#: Names of the window's groups that messages send the volunteer to, besides its buttons.
GROUP_TITLES = ("My stack",)


@pytest.mark.parametrize("code", [c for c in UI_LANGUAGES if c != "en"])
def test_messages_name_buttons_as_the_window_shows_them(code: str) -> None:
    """A message that sends her to a button or a group ("Print all… or Export all… under
    My stack") names it in her language as the window shows it: the Russian, Arabic, Kazakh
    and Spanish questions about the stack named buttons the window does not have
    ("Напечатать всё…" beside a button "Напечатать все…"; probe 112a)."""
    messages = _messages(FOLDER / f"uawriter_{code}.ts")
    labels: dict[str, str] = {}
    for _, source, forms, _ in messages:
        plain = ACCELERATOR.sub("", source)
        named = plain.endswith("…") and len(plain.split()) >= 2 and len(plain) <= 40
        if (named and "%" not in plain and "\n" not in plain) or plain in GROUP_TITLES:
            labels.setdefault(plain, ACCELERATOR.sub("", forms[0]))
    assert {"Print all…", "Export all…", "My stack"} <= labels.keys()
    wrong = [
        (label, shown, source)
        for _, source, forms, _ in messages
        for label, shown in labels.items()
        if label in (plain := ACCELERATOR.sub("", source)) and label != plain
        if any(shown not in form for form in forms)
    ]
    assert wrong == []

"""The app's own data goes wherever the app goes: packs, fonts and their licences, icons and
the compiled translations, found the same way in a wheel, an editable install and a bundle.

`scripts/check-wheel` builds a real wheel, installs it in a fresh venv and uses it; these
tests check, quickly, what that relies on.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from uawriter import __version__
from uawriter.app import build_main_window, main
from uawriter.bundled import bundled_packs_folder, data_path, data_root, font_path
from uawriter.gui.language import UI_LANGUAGES
from uawriter.gui.main_window import MainWindow
from uawriter.paths import AppPaths

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "uawriter"
RESOURCES = ROOT / "resources"
TRANSLATIONS = ROOT / "translations"
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "setuptools"
]
SEED_PACKS = {"ua-129-10-u3", "training-valdoria"}
# counts that pick every plural form of the seven interface languages (Arabic has six)
PLURAL_COUNTS = (0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102, 111)


# ------------------------------------------------------------------ where the data is


def test_data_root_finds_the_packs_fonts_and_their_licences() -> None:
    assert data_root("resources").joinpath("packs").is_dir()
    assert {p.name for p in bundled_packs_folder().iterdir()} >= SEED_PACKS
    for pack in SEED_PACKS:
        assert (bundled_packs_folder() / pack / "pack.toml").is_file()
    fonts_readme = font_path("README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([\w-]+\.ttf)`", fonts_readme))
    assert len(listed) >= 8, fonts_readme
    for file_name in [*listed, "OFL.txt", "Apache-2.0.txt"]:
        assert font_path(file_name).is_file(), file_name


def test_every_interface_language_has_a_compiled_translation() -> None:
    folder = data_path("translations")
    assert folder.is_dir()
    for code in UI_LANGUAGES:
        assert (folder / f"uawriter_{code}.qm").is_file(), code


def test_data_is_found_only_through_importlib_resources() -> None:
    """One way to the data, the same in every install: through ``uawriter.bundled``."""
    wrong = []
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(SRC).as_posix()
        for token in ("__file__", "_MEIPASS", "pkg_resources", "pkgutil", "sys.frozen"):
            if token in text:
                wrong.append(f"{name}: {token}")
        if name != "bundled.py" and "importlib.resources" in text:
            wrong.append(f"{name}: importlib.resources outside bundled.py")
    assert wrong == []
    assert "importlib.resources.files(" in (SRC / "bundled.py").read_text(encoding="utf-8")


def test_every_package_is_in_the_wheel() -> None:
    """pyproject.toml lists the packages by hand (find cannot map resources/ into uawriter)."""
    found = {
        ".".join(("uawriter", *init.parent.relative_to(SRC).parts))
        for init in SRC.rglob("__init__.py")
    }
    assert set(SETUPTOOLS["packages"]) == found | {"uawriter.resources", "uawriter.translations"}
    assert SETUPTOOLS["package-dir"] == {
        "": "src",
        "uawriter.resources": "resources",
        "uawriter.translations": "translations",
    }
    # regular packages: an editable install can then map them to these folders
    assert (RESOURCES / "__init__.py").is_file()
    assert (TRANSLATIONS / "__init__.py").is_file()


def test_package_data_takes_every_bundled_file() -> None:
    """A file added to resources/ (a new folder, say) is not silently left out of the wheel."""
    patterns = SETUPTOOLS["package-data"]
    taken = {p for pattern in patterns["uawriter.resources"] for p in RESOURCES.glob(pattern)} | {
        p for pattern in patterns["uawriter.translations"] for p in TRANSLATIONS.glob(pattern)
    }
    data = [
        p
        for p in [*RESOURCES.rglob("*"), *TRANSLATIONS.glob("*.qm")]
        if p.is_file() and p.name != "__init__.py" and "__pycache__" not in p.parts
    ]
    assert [str(p.relative_to(ROOT)) for p in data if p not in taken] == []
    assert all(p.with_suffix(".qm") in taken for p in TRANSLATIONS.glob("*.ts"))


@pytest.mark.parametrize("translations_init", [True, False], ids=["package", "data-only"])
def test_data_is_found_in_a_frozen_layout(tmp_path: Path, translations_init: bool) -> None:
    """A bundle holds uawriter/, uawriter/resources/ and uawriter/translations/ side by side;
    a bundle that collects the translations as data only has no __init__.py there."""
    package = tmp_path / "bundle" / "uawriter"
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(SRC, package, ignore=skip)
    shutil.copytree(RESOURCES, package / "resources", ignore=skip)
    (package / "translations").mkdir()
    for qm in TRANSLATIONS.glob("*.qm"):
        shutil.copy(qm, package / "translations")
    if translations_init:
        shutil.copy(TRANSLATIONS / "__init__.py", package / "translations")
    probe = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(package.parent)!r})\n"
        "import uawriter\n"
        "from uawriter.bundled import bundled_packs_folder, data_path, font_path\n"
        "print(json.dumps([uawriter.__file__, str(data_path('translations')),\n"
        "    str(bundled_packs_folder()), str(font_path('OFL.txt'))]))\n"
    )
    # -S: no site-packages, so neither the editable install nor a wheel can answer
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    module, translations, packs, licence = map(Path, json.loads(result.stdout))
    assert module == package / "__init__.py"
    assert translations == package / "translations"
    assert (translations / "uawriter_ru.qm").is_file()
    assert packs == package / "resources" / "packs"
    assert licence == package / "resources" / "fonts" / "OFL.txt"


def test_version_through_the_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    (script,) = importlib.metadata.entry_points(group="console_scripts", name="uawriter")
    assert script.value == "uawriter.app:main"
    assert importlib.metadata.version("uawriter") == __version__
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"UA Writer {__version__}"


# ------------------------------------------------------------------ compiled translations


def _messages(ts: Path) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, disambiguation, plural) of every current message of a .ts file."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"obsolete", "vanished"}:
                continue
            plural = message.get("numerus") == "yes"
            result.append(
                (name, message.findtext("source") or "", message.findtext("comment"), plural)
            )
    return result


def _translated(qm: Path, messages: list[tuple[str, str, str | None, bool]]) -> list[str]:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    return [
        translator.translate(context, source, comment, n)
        for context, source, comment, plural in messages
        for n in (PLURAL_COUNTS if plural else (-1,))
    ]


def _stale_messages(ts: Path, committed: Path, fresh: Path) -> list[str]:
    """The messages the committed .qm translates otherwise than the .ts says."""
    messages = _messages(ts)
    assert messages, ts
    counts = [len(PLURAL_COUNTS) if plural else 1 for *_, plural in messages]
    now, then = _translated(fresh, messages), _translated(committed, messages)
    stale, start = [], 0
    for (context, source, _, _), count in zip(messages, counts, strict=True):
        if now[start : start + count] != then[start : start + count]:
            stale.append(f"{context}: {source}")
        start += count
    return stale


def _lrelease(ts: Path, qm: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease not found beside the Python running the tests"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.mark.parametrize("code", list(UI_LANGUAGES))
def test_committed_translation_is_compiled_from_its_ts(code: str, tmp_path: Path) -> None:
    """The .qm files are committed (a wheel from a clean clone needs them): not stale."""
    ts = TRANSLATIONS / f"uawriter_{code}.ts"
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing"
    fresh = tmp_path / committed.name
    _lrelease(ts, fresh)
    if fresh.read_bytes() == committed.read_bytes():
        return  # lrelease is byte-reproducible: the usual case
    # another Qt's lrelease may lay the same catalogue out otherwise: compare what it says
    stale = _stale_messages(ts, committed, fresh)
    assert stale == [], (
        f"{committed.name} is stale; compile it again and commit it: .venv/bin/pyside6-lrelease "
        f"translations/{ts.name} -qm translations/{committed.name} (or make translations). "
        f"It says otherwise for: {stale[:5]}"
    )


def test_stale_translation_is_noticed(tmp_path: Path) -> None:
    """The check above, on a .qm compiled before a translation (and a plural) changed."""
    ts = TRANSLATIONS / "uawriter_ru.ts"
    old = tmp_path / "old.qm"
    _lrelease(ts, old)
    text = ts.read_text(encoding="utf-8")
    changed_ts = tmp_path / "uawriter_ru.ts"
    changed_ts.write_text(
        text.replace(
            "<translation>Версия %1</translation>", "<translation>В. %1</translation>"
        ).replace("<numerusform>%n страница</numerusform>", "<numerusform>%n стр.</numerusform>"),
        encoding="utf-8",
    )
    assert changed_ts.read_text(encoding="utf-8") != text
    new = tmp_path / "new.qm"
    _lrelease(changed_ts, new)
    stale = _stale_messages(changed_ts, old, new)
    # "%n страница" is in two contexts' plurals: both are stale
    assert sorted(stale) == [
        "FaxPreviewDialog: %n page(s)",
        "MainWindow: %n page(s)",
        "MainWindow: Version %1",
    ]
    assert _stale_messages(ts, old, old) == []


# ------------------------------------------------------------------ the About box


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_main_window(app, AppPaths(tmp_path / "data"))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "unexported", False))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.services.languages.set_language("en")


def _about_text(window: MainWindow) -> tuple[str, str]:
    """Open Help > About as a volunteer would and read it; (text, informative text)."""
    seen: list[tuple[str, str]] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText()))
        button = box.button(QMessageBox.StandardButton.Close)
        assert button is not None
        button.click()

    answers = ModalAnswers()
    answers.expect("aboutDialog", read_and_close)
    try:
        window.menus.about_action.trigger()  # modal: returns once the box is closed
    finally:
        answers.stop()
    assert answers.seen == ["aboutDialog"]
    return seen[0]


def test_about_box_names_the_version_and_every_licence(window: MainWindow) -> None:
    text, more = _about_text(window)
    assert f"Version {__version__}" in text
    assert "GPL-3.0-or-later" in more
    for family in ("Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Emoji"):
        assert family in more
    assert "Droid Sans Fallback" in more
    assert "SIL Open Font License" in more
    assert "Apache" in more
    # the licence names link to the licence texts installed beside the fonts
    links = [QUrl(href).toLocalFile() for href in re.findall(r'href="([^"]+)"', more)]
    assert sorted(Path(link).name for link in links) == ["Apache-2.0.txt", "OFL.txt"]
    assert all(Path(link).is_file() for link in links)


def test_about_box_speaks_the_interface_language(window: MainWindow) -> None:
    window.services.languages.set_language("ru")
    text, more = _about_text(window)
    assert f"Версия {__version__}" in text
    assert "свободная программа" in more
    assert "SIL Open Font License" in more  # licence names are proper names

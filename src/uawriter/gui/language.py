"""One owner for the interface language: swaps translators live, without a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from uawriter.bundled import data_path

# Interface languages shipped, in the order the Language menu shows them, with their own
# names (a volunteer looks for "Қазақша", not "Kazakh").
UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "kk": "Қазақша",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "ar": "العربية",
}
# Interface languages written right to left: the whole window is mirrored for them.
RIGHT_TO_LEFT = {"ar"}


def translations_folder() -> Path:
    return data_path("translations")


def system_ui_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "en"


class LanguageManager(QObject):
    """Installs the app's and Qt's own (``qtbase``) translators for one language at a time.

    Widgets retranslate on ``QEvent.LanguageChange``, which Qt sends when a translator is
    installed or removed; ``language_changed`` is for code that is not a widget.
    """

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._folder = folder or translations_folder()
        self._translators: list[QTranslator] = []
        self.current = "en"

    def available(self) -> dict[str, str]:
        return dict(UI_LANGUAGES)

    def set_language(self, code: str) -> bool:
        """Switch to ``code``; False (and English) if its translation cannot be loaded."""
        if code not in UI_LANGUAGES:
            code = "en"
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        app_translator = QTranslator(self)
        # English has a catalogue too: only the plural forms ("1 page", "2 pages").
        ok = app_translator.load(str(self._folder / f"uawriter_{code}.qm"))
        if ok:
            self._translators.append(app_translator)
            qt_translator = QTranslator(self)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if code != "en" and qt_translator.load(f"qtbase_{code}", qt_folder):
                self._translators.append(qt_translator)
        elif code != "en":
            code = "en"
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(code))
        if isinstance(self._app, QGuiApplication):
            # Arabic mirrors the whole window: lists on the right, reading from the right.
            direction = (
                Qt.LayoutDirection.RightToLeft
                if code in RIGHT_TO_LEFT
                else Qt.LayoutDirection.LeftToRight
            )
            self._app.setLayoutDirection(direction)
        changed = code != self.current
        self.current = code
        if changed:
            self.language_changed.emit(code)
        return ok

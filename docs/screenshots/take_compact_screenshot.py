"""The window on an 800×600 screen (its compact layout), on a real X server:

    xvfb-run -a -s "-screen 0 800x600x24" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_compact_screenshot.py

It writes ``main-800.png`` (the letter tab) and ``main-800-preview.png`` (the preview tab):
the seed action in Kazakh, from a fresh data folder, the date fixed at 12 July 2011.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QTabWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_channels_screenshots import shoot
from take_screenshots import OUT, PACK_ID, settle

from uawriter.app import build_main_window
from uawriter.paths import AppPaths


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="uawriter-shot-") as tmp:
        window = build_main_window(
            app, AppPaths(Path(tmp)), today=lambda: dt.date(2011, 7, 12), layout="auto"
        )
        window.showMaximized()
        settle(app, 1.0)
        window.choose_pack(PACK_ID)
        settle(app, 1.0)
        language = window.findChild(QComboBox, "letterLanguage")
        assert language is not None
        language.setCurrentIndex(language.findData("kk"))
        settle(app, 1.5)
        shoot(app, OUT / "main-800.png")
        tabs = window.findChild(QTabWidget, "letterTabs")
        assert tabs is not None, "the window did not choose its compact layout"
        tabs.setCurrentIndex(1)
        settle(app, 1.5)
        shoot(app, OUT / "main-800-preview.png")
        window.unexported = False
        window.close()
        window.tasks.wait_for_all(5000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

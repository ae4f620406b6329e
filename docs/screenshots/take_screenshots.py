"""Screenshots of the main window in English and in Kazakh, at 1366×768.

Run from the repository root, on a real X server (not Qt's offscreen platform), e.g.:

    make translations
    xvfb-run -a -s "-screen 0 1366x768x24" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_screenshots.py

It writes docs/screenshots/main-en.png (English interface) and main-kk.png (Kazakh
interface), both with the seed action UA 129/10 chosen, the letter in Kazakh and the
sender "Aigerim N.". The date is fixed at 12 July 2011, before the action's deadline of
22 July 2011, so the action shows as open. Each run uses a fresh, empty data folder.
No window manager is needed: the window is placed at 0,0 and sized to the whole screen, so
the shots have no title bar. If optipng is installed the PNGs are then made smaller with it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from uawriter.app import build_main_window
from uawriter.paths import AppPaths

OUT = Path(__file__).resolve().parent
PACK_ID = "ua-129-10-u3"
WIDTH, HEIGHT = 1366, 768


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Process events for a while (timers, layouts, repaints)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def wait_for(signal: object, app: QApplication, timeout_ms: int = 15000) -> bool:
    """Run an event loop until ``signal`` fires or the timeout passes."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done() -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)  # type: ignore[attr-defined]
    return bool(fired)


def shoot(app: QApplication, ui_language: str, target: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="uawriter-shot-") as tmp:
        window = build_main_window(app, AppPaths(Path(tmp)), today=lambda: dt.date(2011, 7, 12))
        window.services.languages.set_language(ui_language)
        QCoreApplication.processEvents()

        window.move(0, 0)
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.showMaximized()  # without a window manager this is a no-op: resize() stands
        settle(app, 0.5)

        # choose the seed action
        for row in range(window.pack_list.count()):
            item = window.pack_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == PACK_ID:
                window.pack_list.setCurrentItem(item)
                break
        else:
            raise SystemExit(f"pack {PACK_ID} not found")
        settle(app)

        # the letter in Kazakh
        index = window.options_pane.language_box.findData("kk")
        if index < 0:
            raise SystemExit("the seed pack has no Kazakh letter")
        window.options_pane.language_box.setCurrentIndex(index)
        settle(app)

        # the sender's name, as if typed (textEdited starts the sender timer)
        name = window.findChild(QLineEdit, "senderName")
        assert name is not None
        name.setFocus()
        name.setText("Aigerim N.")
        name.textEdited.emit("Aigerim N.")

        if not wait_for(window.preview_ready, app):
            print(f"warning: no preview_ready for {ui_language} within 15 s", file=sys.stderr)
        settle(app, 1.0)  # let the preview paint

        screen = window.screen() or QApplication.primaryScreen()
        pixmap = screen.grabWindow(0)
        if not pixmap.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        print(f"{target}: {pixmap.width()}×{pixmap.height()}, window {window.geometry()}")

        window.unexported = False  # no "keep your letter?" question on close
        window.close()
        window.tasks.wait_for_all(5000)
        window.deleteLater()
        settle(app, 0.2)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("UA Writer")
    app.setApplicationDisplayName("UA Writer")
    shoot(app, "en", OUT / "main-en.png")
    shoot(app, "kk", OUT / "main-kk.png")
    optipng = shutil.which("optipng")
    if optipng:
        subprocess.run(  # noqa: S603 - a fixed command line, no user input
            [
                optipng,
                "-quiet",
                "-o2",
                "-strip",
                "all",
                str(OUT / "main-en.png"),
                str(OUT / "main-kk.png"),
            ],
            check=False,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

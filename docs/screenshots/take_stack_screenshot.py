"""A screenshot of the main window with a volunteer's stack of two actions, at 1366×768.

Run from the repository root, on a real X server (not Qt's offscreen platform), e.g.:

    xvfb-run -a -s "-screen 0 1366x768x24" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_stack_screenshot.py

It writes docs/screenshots/main-stack.png: the seed action and the training action put on
"My stack" (the panel under the actions), the training action still open. Fresh data folder,
the date fixed at 12 July 2011 as in take_screenshots.py.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import HEIGHT, OUT, PACK_ID, WIDTH, settle

from uawriter.app import build_main_window
from uawriter.paths import AppPaths


def answer_yes() -> None:
    box = QApplication.activeModalWidget()
    print("question:", box.objectName() if box else None)
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    target = OUT / "main-stack.png"
    with tempfile.TemporaryDirectory(prefix="uawriter-shot-") as tmp:
        window = build_main_window(app, AppPaths(Path(tmp)), today=lambda: dt.date(2011, 7, 12))
        window.move(0, 0)
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(app, 1.0)
        name = window.findChild(QLineEdit, "senderName")
        assert name is not None
        name.setText("Aigerim N.")
        name.textEdited.emit("Aigerim N.")
        for pack_id in (PACK_ID, "training-valdoria"):
            window.choose_pack(pack_id)
            settle(app, 1.0)
            # the seed pack asks its rules first: answer Yes
            QTimer.singleShot(500, answer_yes)
            window.sending.add_to_stack()
            settle(app, 0.5)
        settle(app, 1.0)
        screen = window.screen() or QApplication.primaryScreen()
        pixmap = screen.grabWindow(0)
        if not pixmap.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        print(f"{target}: {pixmap.width()}×{pixmap.height()}")
        window.unexported = False
        window.stack_pane.clear()
        window.close()
        window.tasks.wait_for_all(5000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

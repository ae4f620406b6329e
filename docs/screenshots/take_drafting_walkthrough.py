"""Screenshots of an organiser turning today's Urgent Action into a pack, at 1366×768.

Run from the repository root, on a real X server (not Qt's offscreen platform), e.g.:

    xvfb-run -a -s "-screen 0 1366x768x24" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_drafting_walkthrough.py

It drives the real window the way docs/walkthrough.md describes (Packs ▸ Draft a pack from
an Urgent Action…, the review, the pack editor beside the UA, Save) with the amnesty.org
look-alike UA of tests/data/drafting/layouts/amnesty-org/, in a fresh data folder, and
writes docs/screenshots/drafting-0N-*.png, one per step. It prints how long the app took
for each step (the organiser's own time is counted in docs/walkthrough.md).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import HEIGHT, OUT, WIDTH, settle

from uawriter.app import build_main_window
from uawriter.gui.pack_editor import PackEditor
from uawriter.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
UA = ROOT / "tests/data/drafting/layouts/amnesty-org/lookalike-first-ua-guatemala.txt"


def shot(app: QApplication, name: str) -> None:
    settle(app, 0.8)
    screen = QApplication.primaryScreen()
    pixmap = screen.grabWindow(0)
    target = OUT / f"drafting-{name}.png"
    if not pixmap.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    print(f"{target.name}: {pixmap.width()}×{pixmap.height()}")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="uawriter-shot-") as tmp:
        window = build_main_window(app, AppPaths(Path(tmp)))
        window.move(0, 0)
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(app, 1.0)

        started = time.monotonic()
        dialog = window.pack_menu.draft_pack()
        dialog.move(0, 0)
        dialog.resize(WIDTH, HEIGHT - 40)
        task = dialog.load_file(UA)
        while not task.finished:
            settle(app, 0.05)
        print(f"read and drafted in {time.monotonic() - started:.2f} s")
        shot(app, "01-review")

        started = time.monotonic()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        settle(app, 0.5)
        editor = list(window.findChildren(PackEditor))[-1]
        editor.move(0, 0)
        editor.resize(WIDTH, HEIGHT - 40)
        while editor.checking:
            settle(app, 0.05)
        print(f"editor open and checked in {time.monotonic() - started:.2f} s")
        editor.field_edits["action.deadline"].setFocus()
        shot(app, "02-editor-deadline")

        editor.tabs.setCurrentIndex(2)
        settle(app, 0.3)
        editor.addressees_tab.salutation.setFocus()
        shot(app, "03-editor-addressee")

        editor.tabs.setCurrentIndex(3)
        settle(app, 0.3)
        editor.letters_tab.letter_editor.setFocus()
        shot(app, "04-editor-letter")

        started = time.monotonic()
        editor.save()
        while editor.isVisible():
            settle(app, 0.05)
        print(f"saved and listed in {time.monotonic() - started:.2f} s")
        shot(app, "05-saved")
        window.unexported = False
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

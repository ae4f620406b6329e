"""Screenshots of the channels of issue 11, at 1366×768, on a real X server:

    xvfb-run -a -s "-screen 0 1366x768x24" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_channels_screenshots.py

It writes, from a fresh data folder with the date fixed at 12 July 2011:

* ``channels-phone.png``: "Call, post, envelopes…" on the Phone tab, numbers dialled from
  Germany and the call script in Kazakh;
* ``channels-envelopes.png``: the Envelopes tab with the three DL envelopes of UA 129/10;
* ``fax-view.png``: "What the fax machine will print…" for the President's Kazakh letter,
  at 100 % (one fax dot to one screen pixel);
* ``main-email.png``: the main window sending by e-mail (the President has no address).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTabWidget, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import HEIGHT, OUT, PACK_ID, WIDTH, settle

from uawriter.app import build_main_window
from uawriter.paths import AppPaths


def shoot(app: QApplication, target: Path) -> None:
    screen = QApplication.primaryScreen()
    pixmap = screen.grabWindow(0)
    if not pixmap.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    print(f"{target}: {pixmap.width()}×{pixmap.height()}")


def in_dialog(app: QApplication, name: str, steps: Callable[[QWidget], None]) -> None:
    """Run ``steps`` on the modal dialog ``name`` once it is open (it closes itself)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            QTimer.singleShot(200, look)
            return
        steps(dialog)

    QTimer.singleShot(300, look)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="uawriter-shot-") as tmp:
        window = build_main_window(app, AppPaths(Path(tmp)), today=lambda: dt.date(2011, 7, 12))
        window.move(0, 0)
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(app, 1.0)
        window.choose_pack(PACK_ID)
        settle(app, 1.0)
        language = window.findChild(QComboBox, "letterLanguage")
        assert language is not None
        language.setCurrentIndex(language.findData("kk"))
        name = window.findChild(QLineEdit, "senderName")
        assert name is not None
        name.setText("Aigerim Sadykova")
        name.textEdited.emit("Aigerim Sadykova")
        settle(app, 1.5)

        def phone(dialog: QWidget) -> None:
            dialog.move(200, 60)
            home = dialog.findChild(QComboBox, "homeCountry")
            assert home is not None
            home.setCurrentIndex(home.findData("DE"))
            settle(app, 0.8)
            shoot(app, OUT / "channels-phone.png")
            tabs = dialog.findChild(QTabWidget, "channelTabs")
            assert tabs is not None
            tabs.setCurrentIndex(3)
            settle(app, 1.0)
            shoot(app, OUT / "channels-envelopes.png")
            dialog.reject()

        in_dialog(app, "channelsDialog", phone)
        window.channels.show_channels()
        settle(app, 0.5)

        def fax(dialog: QWidget) -> None:
            dialog.move(200, 0)
            dialog.resize(900, 760)
            settle(app, 2.5)
            dialog.actual.click()  # 100 %: one fax dot to one screen pixel
            settle(app, 0.5)
            dialog.view.verticalScrollBar().setValue(2460)  # the letter's first lines
            settle(app, 0.5)
            shoot(app, OUT / "fax-view.png")
            dialog.reject()

        in_dialog(app, "faxPreviewDialog", fax)
        window.channels.show_fax_view()
        settle(app, 0.5)

        output = window.findChild(QComboBox, "outputMode")
        assert output is not None
        output.setCurrentIndex(output.findData("email"))
        settle(app, 1.5)
        shoot(app, OUT / "main-email.png")
        window.unexported = False
        window.close()
        window.tasks.wait_for_all(5000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The About box: the version, the app's licence and the licence of every font it bundles."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from uawriter import __version__
from uawriter.bundled import font_path
from uawriter.gui import modal

translate = QCoreApplication.translate


def show_about(parent: QWidget) -> None:
    e = html.escape

    def licence(name: str, file_name: str) -> str:
        # the licence texts are installed beside the fonts: a link opens the file
        url = QUrl.fromLocalFile(str(font_path(file_name))).toString()
        return f'<a href="{e(url)}">{e(name)}</a>'

    # font families and licence names are proper names: the same in every language
    fonts = [
        (
            "Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Noto Emoji",
            licence("SIL Open Font License 1.1", "OFL.txt"),
        ),
        ("Droid Sans Fallback", licence("Apache License 2.0", "Apache-2.0.txt")),
    ]
    rows = "".join(f"<li>{e(families)}: {name}</li>" for families, name in fonts)
    app_name = translate("MainWindow", "UA Writer")
    version = translate("MainWindow", "Version %1").replace("%1", __version__)
    purpose = translate(
        "MainWindow", "Write Urgent Action appeal letters offline, and print, post or fax them."
    )
    free = translate(
        "MainWindow",
        "UA Writer is free software: you may share and change it under the GNU General "
        "Public License, version 3 or any later version (GPL-3.0-or-later). It comes with "
        "no warranty.",
    )
    fonts_intro = translate(
        "MainWindow", "The fonts it bundles and embeds in the letters are free too:"
    )
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(translate("MainWindow", "About UA Writer"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<h3>{e(app_name)}</h3><p>{e(version)}</p><p>{e(purpose)}</p>")
    box.setInformativeText(f"<p>{e(free)}</p><p>{e(fonts_intro)}</p><ul>{rows}</ul>")
    icon = parent.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    modal.run(box)

"""The window's own questions, each a message box with an objectName for tests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def continue_draft(parent: QWidget, title: str) -> bool:
    """After a crash or a close: continue the letter for the action ``title``?"""
    box = QMessageBox(parent)
    box.setObjectName("draftOffer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MainWindow", "Continue your letter?"))
    box.setText(
        translate("MainWindow", "You were writing a letter for “%1”. Continue it?").replace(
            "%1", title
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def keep_letter(parent: QWidget) -> QMessageBox.StandardButton:
    """On closing with a letter not sent: Save (as a draft), Discard or Cancel."""
    box = QMessageBox(parent)
    box.setObjectName("closeQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MainWindow", "Keep your letter?"))
    box.setText(
        translate(
            "MainWindow",
            "Your letter has not been printed or exported. Keep it as a draft for next time?",
        )
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())

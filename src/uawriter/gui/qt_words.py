"""Words of Qt's own dialogs that Qt's translations miss, translated with the app's.

Qt 6 added accelerators to its file dialog's labels ("&Look in:", "Files of &type:"), and
its Arabic, Russian, Spanish and French translations still have only the old texts, so the
file dialog showed those two labels in English in an interface otherwise translated (issue
12, item 17). Listed here, they are extracted into the app's .ts files under Qt's own
context, and the app's translator answers when Qt's has nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG_CONTEXT = "QFileDialog"

# (context, source text) of each such word
QT_WORDS = (
    (FILE_DIALOG_CONTEXT, QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    (FILE_DIALOG_CONTEXT, QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)

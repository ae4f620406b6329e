"""Probe 88b: an organiser turns today's Urgent Action into a pack in the window (Packs ▸
New pack from an Urgent Action…, the review table, the pack editor, Save) and the first
volunteer writes from it (real widgets, real files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qt_helpers import editor_discarded
from uawriter.app import build_main_window
from uawriter.gui.draft_dialog import DraftDialog
from uawriter.gui.main_window import MainWindow
from uawriter.gui.pack_editor import PackEditor
from uawriter.paths import AppPaths

# A German section's UA as they are laid out today (fictional names): the country under
# the headline and again as the last line of the President's address.
AZ_UA = """URGENT ACTION
JOURNALIST IN HAFT
ASERBAIDSCHAN
UA-Nr: UA-071/2025 AI-Index: EUR 55/9123/2025 Datum: 12. Mai 2025 – ar

RAUF BEISPIELOV
Der Journalist Rauf Beispielov wurde am 2. Mai 2025 in Baku festgenommen. Ihm wird
"Schmuggel" vorgeworfen. Ihm drohen bis zu zwölf Jahre Haft. (Alle Namen in dieser Urgent
Action sind erfunden: sie wurde für die Tests von UA Writer geschrieben.)

SCHREIBEN SIE BITTE E-MAILS, FAXE ODER LUFTPOSTBRIEFE BIS ZUM 23. JUNI 2025 an:
PRÄSIDENT DER REPUBLIK
Ilham Beispieliyev
19 Istiqlaliyyat Street
Baku AZ1066
ASERBAIDSCHAN
Fax: 00 994 12 492 0625
Tel: 00 994 12 492 1000, 00 994 12 492 1001
E-Mail: office@pres.example.az, letters@pres.example.az
(Anrede: Dear Mr President / Sehr geehrter Herr Präsident)
(Standardbrief Luftpost bis 20 g: 1,10 €)

KOPIEN AN:
BOTSCHAFT DER REPUBLIK ASERBAIDSCHAN
S. E. Herrn Nasimi Beispielov
Hubertusallee 43
14193 Berlin
Fax: 030-219 16 152
E-Mail: berlin@mission.example.az

Bitte schreiben Sie Ihre Appelle möglichst sofort. Schreiben Sie in gutem Englisch, Russisch
oder auf Deutsch.

Fordern Sie die Behörden auf,
- Rauf Beispielov umgehend und bedingungslos freizulassen;
- sicherzustellen, dass er bis zu seiner Freilassung Zugang zu seinem Rechtsbeistand hat.

SACHLAGE
Seit 2023 sind in Aserbaidschan mehr als 20 Journalist*innen festgenommen worden.
                                                                        Seite 1 von 1
"""


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_main_window(app, AppPaths(tmp_path / "data"))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "unexported", False))
    win.show()
    qtbot.waitUntil(lambda: win.session is not None)
    return win


def _drafted_in_the_editor(qtbot: QtBot, window: MainWindow, text: str) -> PackEditor:
    """Packs ▸ New pack from an Urgent Action…, the text pasted, Draft, then OK under the
    review table: the pack editor it opens, its first check shown."""
    dialog = window.pack_menu.draft_pack()
    assert isinstance(dialog, DraftDialog)
    qtbot.addWidget(dialog)
    dialog.source.setPlainText(text)
    task = dialog.run()
    qtbot.waitUntil(lambda: task.finished)
    assert dialog.draft is not None
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    editor = list(window.findChildren(PackEditor))[-1]
    qtbot.addWidget(editor, before_close_func=editor_discarded)
    qtbot.waitUntil(lambda: not editor.checking)
    return editor


def test_f1_a_country_named_under_the_headline_is_kept_in_the_officials_address(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The German section prints the country under the headline and again as the last
    line of each official's address. For "ASERBAIDSCHAN" (or "TURKMENISTAN",
    "SAUDI-ARABIEN", "TADSCHIKISTAN": any name of 12 letters or more) the address line is
    taken for a running header and dropped, with no note in the review table: the
    President's address ends "Baku AZ1066" and the drafted pack has no country for him.
    The organiser fills in what the editor asks for (the action's country, the letter
    languages, the embassy's salutation), the check finds nothing wrong, she saves, and the
    first volunteer's letter to Baku has no country in its address; posted in Germany it
    does not reach him. (KASACHSTAN, 10 letters, is kept.)"""
    editor = _drafted_in_the_editor(qtbot, window, AZ_UA)
    editor.field_edits["action.country"].setText("AZ")
    editor.files.data["action"]["write_in"] = ["de"]
    editor.files.data["addressees"][1]["salutation"] = {"de": "Exzellenz"}
    editor.check()
    qtbot.waitUntil(lambda: not editor.checking)
    assert editor.problems == [], [str(p) for p in editor.problems]
    with qtbot.waitSignal(editor.saved):
        editor.save()
    window.choose_pack("ua-071-2025")
    qtbot.waitUntil(lambda: window.session is not None and window.session.pack.id == "ua-071-2025")
    president = window.letters()[0]
    assert president.addressee.name == "Ilham Beispieliyev"
    lines = [line.casefold() for line in president.addressee.postal_lines]
    assert lines[:3] == ["ilham beispieliyev", "präsident der republik", "19 istiqlaliyyat street"]
    assert "aserbaidschan" in lines or "azerbaijan" in lines, president.addressee.postal_lines
    assert "ASERBAIDSCHAN" in president.text.upper().split("SEHR GEEHRTER")[0]
    window.unexported = False

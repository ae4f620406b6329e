"""Probe 103b: the report in the interface's language, the morning after. The organiser of
an evening in Berlin, Moscow, Madrid or Paris saves the one-page report (from the window
or with 'uawriter tally --pdf'), on a laptop whose settings file was damaged, or whose
interface speaks the system's language. Real PDFs read back, real processes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from helpers import normalise, pdf_pages_text, run_uawriter
from test_cli import cli
from test_report import EVENT, MADE, evening, record
from test_small_screens import (
    ROOM_HEIGHT,
    _on_screen,
    _open,
    _settled,
    english,  # noqa: F401 (a fixture)
)
from uawriter.gui.common import NarrowComboBox
from uawriter.gui.event_window import EventWindow
from uawriter.paths import AppPaths
from uawriter.rendering.report import render_report
from uawriter.rendering.report_words import report_words
from uawriter.storage.tally import Channel, LetterRecord, TallyBook


def _letters(count: int) -> list[LetterRecord]:
    return [record(n, "129/10", 3, Channel.POST, "kk") for n in range(count)]


# -- F1: the report's title is cut in German, Russian, Spanish and French ---------------------


@pytest.mark.parametrize("code", ["de", "ru", "es", "fr"])
def test_f1_the_translated_report_title_is_printed_whole(code: str) -> None:
    """The organiser in Berlin saves the evening's report from the German window: its
    title, the first line the section office reads, is printed "Bericht über das
    Briefeschreiben zu Urgent Ac…" (Russian "…по Срочным акц…", Spanish "…de Acciones
    Ur…", French "…pour les Actions…") on every report whatever the evening, cut mid-word
    with the rest of the page empty below it. rendering/report.py ``_draw_heading`` fits
    the title to one line at 20 pt bold (``_fit``); the English title fitted, the
    translations of rendering/report_words.py do not."""
    pdf = render_report(evening(), EVENT, MADE, code)

    text = normalise(pdf_pages_text(pdf)[0])
    title = report_words(code)["title"]
    assert title in text, (code, text[:80])


# -- F2: 'uawriter tally --pdf' sets the window's damaged settings aside without a word -------


def test_f2_tally_pdf_names_the_damaged_settings_file_it_sets_aside(tmp_path: Path) -> None:
    """The organiser's settings file (her name and address for the letters, the interface
    language, the export folders) was cut short by a power cut. The morning after she runs
    'uawriter tally --pdf report.pdf': the report is written, and nothing is said, but the
    settings file has been moved aside as settings.json.broken-…; the window opens the next
    time with every setting at its default and no warning either (the file is no longer
    there to be found damaged), so she does not know where her settings went. The window
    names every file it sets aside (gui/draft_keeper.py ``warn_set_aside``) and the command
    line names a damaged event file (cli/common.py ``running_event``); cli/tally.py
    ``_report`` loads the settings only for their language and never tells."""
    paths = AppPaths(tmp_path / "data")
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_text('{"ui_language": "de", "sender": {"name": "Anna', "utf-8")
    TallyBook(paths.tally_file).record(_letters(3))
    report = tmp_path / "report.pdf"

    done = cli(paths, "tally", "--pdf", str(report))

    assert done.code == 0, done.err
    assert report.exists()
    set_aside = sorted(p.name for p in paths.settings_file.parent.glob("settings.json.broken-*"))
    if set_aside:  # moved aside: then she is told where it went
        assert set_aside[0] in done.err, (set_aside, done.err)


# -- F3: the command line's report is English when the window is German ---------------------


SYSTEM_LANGUAGE = "from uawriter.gui.language import system_ui_language as s; print(s())"


def test_f3_tally_pdf_is_in_the_language_the_window_speaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the group's laptop, set up in German, the organiser never chose a language in
    the window's menu: the window speaks German (the system's language, app.py
    ``build_main_window``: ``ui_language or system_ui_language()``). 'uawriter tally --pdf'
    promises the report "(default: the window's interface language)" but writes it in
    English ("Urgent Action letter-writing report", "By case"): cli/tally.py ``_report``
    takes ``ui_language or "en"``, without the system's language the window falls back to."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    data = tmp_path / "data"
    TallyBook(AppPaths(data).tally_file).record(_letters(3))
    report = tmp_path / "report.pdf"

    window = run_uawriter(
        data,
        script=SYSTEM_LANGUAGE,
    )
    done = run_uawriter(data, "tally", "--pdf", str(report))

    assert window.stdout.strip() == "de", window.stderr  # the window would speak German
    assert done.returncode == 0, done.stderr
    text = normalise(pdf_pages_text(report)[0])
    assert "Nach Fall" in text, text[:120]
    assert "By case" not in text


# -- F4: the bundled fonts became the window's own: the event window no longer fits ----------


@pytest.mark.parametrize("code", ["es", "fr"])
def test_f4_the_event_window_buttons_stay_inside_it_with_the_bundled_fonts(
    qtbot: QtBot,
    tmp_path: Path,
    code: str,
    english: None,  # noqa: F811 (a fixture)
) -> None:
    """On an 800-pixel laptop the organiser of a Spanish or French evening opens the event
    window: its "Combinar recuentos de otros portátiles…" / "Fusionner les décomptes
    d'autres ordinateurs…" button runs past the window's edge, cut off, where it fitted
    the day before. gui/window_fonts.py ``add_bundled_fonts`` (app.py) was to let Qt fall
    back to the shipped fonts for scripts the laptop lacks, but Noto Sans, once added,
    is what the system's "Sans Serif" resolves to: every Latin word of the interface is
    drawn in another font, with other widths and heights, than the laptop's (DejaVu Sans
    here), and the layouts measured for it no longer fit (tests/test_small_screens.py
    ``test_the_event_window_fits_a_small_screen`` fails for es and fr since 2eabdb1)."""
    window = _open(qtbot, tmp_path / "data", code)
    tally = EventWindow(window.tally, window.tasks, event=None, packs=list(window.catalog.packs))
    qtbot.addWidget(tally)
    tally.show()
    qtbot.waitExposed(tally)
    _settled(qtbot, tally)
    tally.resize(tally.minimumSizeHint().width(), ROOM_HEIGHT)
    _settled(qtbot, tally)

    cut = [b.text() for b in tally.findChildren(QPushButton) if b.text() and not _on_screen(b)]
    assert cut == [], (code, cut, tally.size())


# -- F5: a name shortened after the window narrows has no tooltip -----------------------------


def test_f5_a_choice_shortened_after_the_box_narrows_is_whole_in_its_tooltip(
    qtbot: QtBot,
) -> None:
    """The organiser has the event window wide on the hall's big screen when the evening's
    name is chosen in "Show:"; she then moves it to the laptop and narrows it: the box
    now shows "Write for Rights at the chu…", and hovering over it shows nothing, so two
    evenings named alike cannot be told apart (the channels dialog's letter box likewise).
    gui/common.py ``NarrowComboBox._tell_whole`` sets the tooltip only when the text
    changes, from the width the box had then; a resize that shortens the text
    (``initStyleOption`` elides at every paint) never gives it one."""
    box = NarrowComboBox(24)
    qtbot.addWidget(box)
    box.resize(600, 30)
    box.show()
    qtbot.waitExposed(box)
    box.addItem("Write for Rights at the church hall of St Mary")
    box.resize(200, 30)
    QApplication.processEvents()

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    assert option.currentText.endswith("…")  # shortened: the box shows part of it
    assert box.toolTip() == "Write for Rights at the church hall of St Mary"

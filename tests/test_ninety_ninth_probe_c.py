"""Probe 99c (issue 12, items 8 and 18): an event evening with the window — the preview's
zoom left by one volunteer for the next."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from test_gui import wait_for_preview
from uawriter.gui.main_window import MainWindow


def test_f1_the_next_volunteer_sees_the_preview_fitted_not_at_the_last_ones_zoom(
    qtbot: QtBot, event_evening: MainWindow
) -> None:
    """A volunteer zoomed the preview right in to read her words (+ five times) and left.
    After the idle reset the next volunteer's preview is still at her zoom: a corner of
    the page, huge, with no sign that "Fit width" would show the letter. The window is
    cleared of everything else of hers; the preview should be back to fit its width, and
    at the top of the page (she had scrolled down to her signature)."""
    window = event_evening
    wait_for_preview(qtbot, window)
    pane = window.preview
    fitted = pane.view.zoomFactor()
    for _ in range(5):
        pane.zoom_in.click()
    assert pane.view.zoomFactor() > fitted * 2
    bar = pane.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # she read down to her signature
    assert bar.value() > 0

    with qtbot.waitSignal(window.preview_ready, timeout=30_000):
        window.event_controls.mode.next_volunteer_due.emit()  # nobody touched the laptop

    assert pane.view.zoomFactor() == pytest.approx(pane.fit_factor(), rel=0.01)
    assert bar.value() == 0  # the next letter from its top

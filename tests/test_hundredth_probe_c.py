"""Probe 100c: the organiser who does not code turns today's Urgent Actions into packs at
an evening: "Draft a pack from a UA" put away by the idle reset while it still drafts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from qt_helpers import ModalAnswers
from test_evening import _at_an_event
from test_gui import open_window
from uawriter.drafting import draft_from_file
from uawriter.drafting.layouts import es_section, fr_section
from uawriter.gui.draft_dialog import DraftDialog

PIN = "2468"  # the one _at_an_event sets


def _give_pin(dialog: QWidget) -> None:
    field = dialog.findChild(QLineEdit, "organiserPin")
    assert field is not None
    field.setText(PIN)
    dialog.accept()  # type: ignore[attr-defined]


def test_f1_the_organisers_unreadable_ua_is_not_announced_to_the_next_volunteer(
    qtbot: QtBot, answers: ModalAnswers, tmp_path: Path
) -> None:
    """The organiser opened today's UA (a PDF the download cut short) in "Draft a pack from
    an Urgent Action" and was called to the door. The idle reset put the dialog away until
    the PIN, but the reading went on; when it ended, "The file cannot be read" with the
    organiser's file named popped up over the locked window, in front of the next volunteer,
    with the organiser's dialog hidden behind it. The organiser's message belongs with the
    organiser's dialog: said when it comes back with the PIN, not to whoever sits down."""
    window = _at_an_event(qtbot, open_window(qtbot, tmp_path / "data"))
    answers.expect("organiserPinDialog", _give_pin)
    window.event_controls.unlock()
    dialog = window.pack_menu.draft_pack()
    assert isinstance(dialog, DraftDialog)
    ua = tmp_path / "UA 129-10 Maria Lopez Inventada.pdf"
    ua.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)  # cut short: no objects, no end
    task = dialog.load_file(ua)

    window.event_controls.mode.next_volunteer_due.emit()  # nobody touched the laptop
    assert not dialog.isVisible()
    assert not window.event_controls.unlocked

    # the box, if it opens, is answered (and noted) so that the test goes on
    answers.expect("draftProblem", lambda box: box.reject())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: task.finished, timeout=20000)
    qtbot.wait(500)  # the box, if any, has had time to open
    shown_to_the_next = "draftProblem" in answers.seen
    assert not shown_to_the_next, (
        "the next volunteer was shown the organiser's 'The file cannot be read' box"
    )
    answers.pending.clear()  # no box: nothing more to answer

    told: list[str] = []
    answers.expect("organiserPinDialog", _give_pin)  # the organiser is back
    answers.expect("draftProblem", lambda box: (told.append(box.text()), box.accept()))  # type: ignore[attr-defined]
    window.event_controls.unlock()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)  # said to her, over her dialog
    assert ua.name in told[0]
    dialog.reject()
    window.unexported = False


# ------------------ drafting a section's UA: two officials side by side under the heading

#: A Spanish section's UA as ``pdftotext -layout`` gives it: the heading ending in "A:" right
#: above two officials side by side (no blank line between), then the copies, then the line
#: asking for a copy to the country's embassy ("representación diplomática").
SIDE_BY_SIDE = """\
ACCIÓN URGENTE
AU 129/10 Índice: AMR 41/012/2010 México Fecha: 3 de mayo de 2010

DEFENSORA DE DERECHOS HUMANOS AMENAZADA DE MUERTE
La defensora María Inventada López ha recibido amenazas de muerte.

Les rogamos que escriban inmediatamente, en español o en su propio idioma:
- expresando preocupación por la seguridad de María Inventada López;
- pidiendo a las autoridades que le proporcionen protección efectiva.

ENVÍEN LLAMAMIENTOS ANTES DEL 14 DE JUNIO DE 2010 A:
Secretario de Gobernación                   Gobernador del Estado de Guerrero
Lic. Fernando Inventado Gómez               Excmo. Sr. Ángel Ficticio Aguirre
Secretaría de Gobernación                   Palacio de Gobierno, Edificio Centro
Bucareli 99, Col. Juárez                    Boulevard René Juárez Cisneros 62
México D.F., C.P. 06600, México             Chilpancingo, Guerrero, CP 39075, México
Fax: +52 55 5093 3414                       Fax: +52 747 47 197 02
Tratamiento: Excmo. Sr. Secretario          Tratamiento: Sr. Gobernador

Y copias a:
Centro de Derechos Humanos de la Montaña Tlachinollan
Calle Mina 77, Tlapa, Guerrero, México
Fax: +52 757 476 1200

Envíen también copia a la representación diplomática de México acreditada en su país.
"""


def test_f2_two_officials_side_by_side_under_their_heading_are_two(tmp_path: Path) -> None:
    """The organiser drafts a Spanish section's UA whose two officials stand side by side
    right under "ENVÍEN LLAMAMIENTOS … A:" (no blank line between): the heading crossed the
    gap between the columns, so the columns were not read apart, and the two officials
    became one addressee with both names and the Governor's greeting. And the line asking
    for a copy to "la representación diplomática" was drafted as a third addressee, a
    copy to no address. Two officials, the centre's copy, and the embassy line where the
    pack keeps it."""
    ua = tmp_path / "AU 129-10.txt"
    ua.write_text(SIDE_BY_SIDE, encoding="utf-8")

    fields = draft_from_file(ua).fields()

    drafted = [(a["role"], a["title"], a["fax"]) for a in fields["addressees"]]
    assert drafted == [
        ("target", "Secretario de Gobernación", "+52 55 5093 3414"),
        ("target", "Gobernador del Estado de Guerrero", "+52 747 47 197 02"),
        ("copy", "Centro de Derechos Humanos de la Montaña Tlachinollan", "+52 757 476 1200"),
    ]
    assert "representación diplomática" in fields["action.diplomatic_copies"]["es"]


@pytest.mark.parametrize(
    ("layout", "line"),
    [
        ("es", "Envíen también copias a las representaciones diplomáticas de México."),
        ("fr", "Envoyez également une copie à la représentation diplomatique du Mexique."),
    ],
)
def test_f2_the_embassy_line_in_the_sections_languages_is_the_diplomatic_copies(
    layout: str, line: str
) -> None:
    """The line asking for copies to the country's embassy, as the Spanish and French
    sections word it: read as the action's diplomatic copies (it ends the addresses), not
    as an addressee."""
    phrases = {"es": es_section.PHRASES, "fr": fr_section.PHRASES}[layout]
    assert phrases.diplomatic.search(line)
    assert phrases.tail.search(line)

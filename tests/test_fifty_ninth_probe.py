"""Probe 59 (the fixes of probe 58).

H1  A zero-width joiner or non-joiner between a non-ASCII letter and the dot (or an ASCII
    letter) is let through: "заметки\u200c.md" shows as "заметки.md" beside the real one.
H2  A variation selector after a letter with no variations (Cyrillic, CJK, é) shows as
    nothing and is let through: "заметки\ufe0f.md" shows as "заметки.md".
H3  Two joiners in a row ("نامه\u200c\u200cها") show as one: a second name that looks
    the same as the first is let through.
H4  E-mail drafts written but not counted (the tally could not be written) were taken as
    counted: "I sent this e-mail" was disabled, and nothing counted them.
H5  A line added straight under the greeting, in a letter with no empty line after it,
    was reported as not carried (probe 58's rule took the greeting for an address block).
H6  A line under her name, then "sign with initials" ticked: an empty line went under it
    and cut her town off (probe 58's rule for a point unticked).

Each failed on 78c690b and is fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SEED_ID
from test_fifty_eighth_probe import _import_with, save_email_drafts

# ------------------ H1: a joiner beside the dot, after a letter that is not ASCII


@pytest.mark.parametrize(
    "name",
    ["\u0437\u0430\u043c\u0435\u0442\u043a\u0438\u200c.md", "caf\u00e9\u200d.md",
     "\u00e9\u200cnotes.md"],
    ids=["Cyrillic-ZWNJ-dot", "Latin-e-acute-ZWJ-dot", "e-acute-ZWNJ-ascii"],
)  # fmt: skip
def test_a_joiner_with_ascii_on_one_side_is_refused(tmp_path: Path, name: str) -> None:
    """bff243b keeps a joiner when `not (before + after).isascii()`: true as soon as ONE
    side is not ASCII, so a joiner between 'и' and '.' (or 'é' and '.') is kept, though
    nothing is joined there: 'заметки\u200c.md' shows as 'заметки.md', beside the real
    заметки.md; the docstring says 'between two characters of a script, not beside a
    dot'. It is installed."""
    installed, output = _import_with(tmp_path, name)
    assert not installed, output


# ------------------ H2: a variation selector after a letter with nothing to vary


@pytest.mark.parametrize(
    "name",
    ["\u0437\u0430\u043c\u0435\u0442\u043a\u0438\ufe0f.md", "caf\u00e9\ufe0e.md",
     "\u65e5\u672c\U000e0100.md"],
    ids=["Cyrillic-VS16", "e-acute-VS15", "CJK-VS17"],
)  # fmt: skip
def test_a_variation_selector_after_a_letter_with_no_variations_is_refused(
    tmp_path: Path, name: str
) -> None:
    """bff243b refuses a selector only alone or after an ASCII character: after 'и' or
    'é' it varies nothing and shows as nothing ('заметки\ufe0f.md' looks like
    'заметки.md'), exactly as 'notes\ufe0f.md', which is refused. It is installed."""
    installed, output = _import_with(tmp_path, name)
    assert not installed, output


# ------------------ H3: two joiners in a row


def test_two_joiners_in_a_row_are_refused(tmp_path: Path) -> None:
    """'نامه\u200c\u200cها.md' shows exactly as 'نامه\u200cها.md': the second joiner
    (between a joiner and a letter, both not ASCII) is kept. It is installed."""
    name = "\u0646\u0627\u0645\u0647\u200c\u200c\u0647\u0627.md"
    installed, output = _import_with(tmp_path, name)
    assert not installed, output


# ------------------ H4: drafts saved but NOT counted (the tally failed): the button refuses


def test_e_mails_saved_but_not_counted_can_still_be_counted_by_i_sent_this_e_mail(
    qtbot, tmp_path: Path, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drafts are written, but the tally cannot be written (TallyNotWritten, nothing
    counted: the report says so). af6347e's Outbox emits `emailed` for every reachable
    letter whenever writing was not stopped, problems or not, and note_emailed marks them
    counted: 'Call, post, envelopes… ▸ E-mail text' then shows 'E-mail counted', disabled,
    for an e-mail the tally never counted, and nothing can count it there."""
    from PySide6.QtWidgets import QLineEdit

    import uawriter.gui.outbox as outbox_module
    from test_fifty_eighth_probe import press_i_sent_this_email
    from test_gui import find, open_window
    from uawriter.exporting import TallyNotWritten
    from uawriter.storage.tally import TallyBook

    real = outbox_module.export_emails

    def tally_fails(*args, **kwargs):  # the data folder full: drafts written, none counted
        written = real(*args, **{**kwargs, "tally": None})
        raise TallyNotWritten(written, OSError(28, "No space left on device"), counted=[])

    monkeypatch.setattr(outbox_module, "export_emails", tally_fails)
    window = open_window(qtbot, tmp_path / "data")
    window.choose_pack(SEED_ID)
    qtbot.keyClicks(find(window, QLineEdit, "senderName"), "Aigerim Sadykova")
    qtbot.keyClicks(find(window, QLineEdit, "senderEmail"), "aigerim@example.org")
    save_email_drafts(qtbot, window, answers, tmp_path / "outbox")
    assert "outboxDialog" in answers.seen
    tally = TallyBook(window.services.paths.tally_file)
    assert [r.channel.value for r in tally.read().letters] == []
    seen = press_i_sent_this_email(qtbot, window, answers)
    records = tally.read().letters
    assert [r.channel.value for r in records] == ["email"], (answers.seen, seen, records)


# ------------------ H5: a line she adds straight under the greeting, in a pack whose
# letter has no empty line after it


def test_a_line_added_straight_under_the_greeting_is_carried_to_every_addressee(
    tmp_path: Path,
) -> None:
    """A pack whose letter starts its first paragraph on the line after the greeting
    ('Dear President,' / 'I am writing to…', as many letters are laid out). She adds a
    sentence of her own between the greeting and that paragraph. b1aa905 refuses a line
    between two non-blank lines when EITHER is this letter's own: the greeting is, so the
    Prosecutor General's and the Minister's letters leave her sentence out (reported as
    'differs for this addressee'), though nothing of it is the President's. On bff243b it
    was carried to all three."""
    import datetime as dt

    from helpers import copy_bundled_pack
    from uawriter.domain.model import Pack, Sender
    from uawriter.packs.loader import load_pack
    from uawriter.session import LetterSession

    folder = copy_bundled_pack(SEED_ID, tmp_path)
    template = folder / "letters" / "en.txt"
    text = template.read_text(encoding="utf-8")
    assert "{{ addressee.salutation }},\n\nI am" in text
    template.write_text(
        text.replace("{{ addressee.salutation }},\n\nI am", "{{ addressee.salutation }},\nI am"),
        encoding="utf-8",
    )
    pack = load_pack(folder)
    assert isinstance(pack, Pack)
    session = LetterSession.start(
        pack, "en", pack.addressees[0], Sender("Anna"), dt.date(2026, 12, 10)
    )
    mine = "I am a teacher from Almaty, and a mother of three."
    session = session.with_text(
        session.text.replace("Dear President,\n", f"Dear President,\n{mine}\n")
    )
    for other in pack.addressees[1:]:
        merged = session.letter_for(other)
        assert mine in merged.text, (other.id, merged.skipped)
        assert not merged.skipped, (other.id, merged.skipped)


# ------------------ H6: an empty line splits her own address when she signs with initials


def test_a_line_in_her_own_address_does_not_get_an_empty_line_under_it() -> None:
    """Her details: 'Anna Sadykova', '12 Main St', 'Almaty'. In the letter she adds 'Flat 3'
    under her name, above her street. She ticks 'sign with initials': the letter's head
    becomes 'A. S.' / 'Almaty' (both lines around 'Flat 3' went). 3fec6aa takes that for a
    point unticked and gives her line an empty line after it: 'A. S.' / 'Flat 3' / '' /
    'Almaty', the town cut off from the address; unticked again, the empty line stays
    ('12 Main St' / 'Flat 3' / '' / 'Almaty'). On bff243b: 'A. S.' / 'Flat 3' / 'Almaty'."""
    import dataclasses
    import datetime as dt
    import tempfile

    from helpers import copy_bundled_pack
    from uawriter.domain.model import Pack, Sender
    from uawriter.packs.loader import load_pack
    from uawriter.session import LetterSession

    pack = load_pack(copy_bundled_pack(SEED_ID, Path(tempfile.mkdtemp())))
    assert isinstance(pack, Pack)
    me = Sender("Anna Sadykova", address=("12 Main St", "Almaty"), town="Almaty")
    session = LetterSession.start(pack, "en", pack.addressees[0], me, dt.date(2026, 12, 10))
    assert session.text.startswith("Anna Sadykova\n12 Main St\nAlmaty\n\n")
    session = session.with_text(
        session.text.replace("Anna Sadykova\n12 Main St\n", "Anna Sadykova\nFlat 3\n12 Main St\n")
    )
    initials = session.with_sender(dataclasses.replace(me, sign_with_initials=True))
    head = initials.text.split("\n\n10 December")[0]
    assert "\n\n" not in head, head
    back = initials.with_sender(me)
    head = back.text.split("\n\n10 December")[0]
    assert "\n\n" not in head, head

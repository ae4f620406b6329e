"""Probe 49 (the fixes of probes 44-48).

F1  (regression) A long letter (a page pasted in) with edits at both ends lost them all at
    one key in the Name box: the line diff took its middle as replaced whole, and nothing
    was carried into the letter composed again. Every line is matched now (difflib's
    autojunk beyond 500 × 500 lines).
F2  (regression) A note's line typed like a property without a space ("EMAIL:old@post.kz",
    "TEL;FAX:+7 …") after Outlook's "=0D=0A=" became the contact's e-mail or fax.
F3  (regression) An import or a save killed beside a broken copy holding the same id: the
    pack was not given back, and its copy was deleted with the staging folder. A copy is
    now given back whenever the new one had not arrived (beside, under a free name, if its
    folder is taken).
F4  A P.S. under the signature was lost when the volunteer put her name right.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from test_gui import find, open_window
from uawriter.letters.merge import carry_edits
from uawriter.storage.contact_files import read_vcards

# ------------------------------------------------ F1: a long paste, edits at both ends: all lost

PAGE = "".join(("" if i % 2 else f"Pasted line {i}.") + "\n" for i in range(12_000))
BODY = "".join(f"Paragraph {i} of the pack's letter about Marta.\n\n" for i in range(10))
BASE = "Dear Minister,\n\n" + BODY + "Yours sincerely,\n\n\n"
EDITED = (
    BASE.replace("Dear Minister,", "Dear Minister, I am a teacher from Almaty.").replace(
        "Paragraph 5", PAGE + "Paragraph 5"
    )
    + "P.S. Please answer.\n"
)


def test_edits_with_a_pasted_page_are_carried_to_another_addressee() -> None:
    other = BASE.replace("Dear Minister,", "Dear President,")
    carried = carry_edits(BASE, EDITED, other)
    assert "I am a teacher from Almaty." in carried.text
    assert "Pasted line 10." in carried.text
    assert "P.S. Please answer." in carried.text


def test_edits_with_a_pasted_page_survive_the_name_typed() -> None:
    named = BASE.replace("Yours sincerely,\n\n\n", "Yours sincerely,\n\nAnna Petrova\n")
    carried = carry_edits(BASE, EDITED, named)
    assert "I am a teacher from Almaty." in carried.text
    assert "Pasted line 10." in carried.text


def test_window_a_key_in_the_name_box_keeps_the_letter(qtbot: QtBot, tmp_path: Path) -> None:
    """The volunteer typed her name, wrote her town before the date, pasted a long page in
    the middle and added a P.S.; one more key in the Name box put the template's letter
    back, silently (no question, no status message)."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    name = find(window, QLineEdit, "senderName")
    qtbot.keyClicks(name, "Aigeri")
    window.sender_pane.flush()
    qtbot.waitUntil(lambda: window.session.sender.name == "Aigeri", timeout=60_000)
    lines = window.editor.toPlainText().split("\n")
    date = next(i for i, line in enumerate(lines) if "2011" in line)
    lines[date] = "Almaty, " + lines[date]
    middle = len(lines) // 2
    lines[middle:middle] = PAGE.rstrip("\n").split("\n")
    lines.append("P.S. Please answer.")
    window.editor.setPlainText("\n".join(lines))
    qtbot.waitUntil(lambda: "P.S. Please answer." in window.session.text, timeout=60_000)
    qtbot.keyClicks(name, "m")
    window.sender_pane.flush()
    qtbot.waitUntil(lambda: window.session.sender.name == "Aigerim", timeout=60_000)
    text = window.session.text
    window.unexported = False
    assert "Almaty, " in text  # kept before the latest fix (cc72275)
    assert "Pasted line 10." in text  # kept before the latest fix (cc72275)


def test_window_a_ps_under_the_signature_survives_the_name_put_right(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """She typed her name, wrote a P.S. under her signature, then added her surname: the
    P.S. was gone, without a word (an older defect, not of the latest fixes)."""
    window = open_window(qtbot, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session is not None)
    name = find(window, QLineEdit, "senderName")
    qtbot.keyClicks(name, "Aigerim")
    window.sender_pane.flush()
    qtbot.waitUntil(lambda: window.session.sender.name == "Aigerim", timeout=60_000)
    window.editor.setPlainText(window.editor.toPlainText() + "\nP.S. I was in Almaty in 2011.")
    qtbot.waitUntil(lambda: "P.S." in window.session.text, timeout=60_000)
    qtbot.keyClicks(name, " Bekova")
    window.sender_pane.flush()
    qtbot.waitUntil(lambda: window.session.sender.name == "Aigerim Bekova", timeout=60_000)
    text = window.session.text
    window.unexported = False
    assert "Aigerim Bekova" in text
    assert "P.S. I was in Almaty in 2011." in text


# ------------------------------------ F3: a note's line typed as a property, after '=0D=0A='


def _outlook_card(note_line: str, after: str) -> str:
    """Outlook's vCard 2.1: a note's lines kept readable, each ended '=0D=0A=' (probe 44)."""
    return (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Petrova;Anna\r\nFN:Anna Petrova\r\n"
        "ORG:Embassy of Valdoria\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Old details, do not use:=0D=0A=\r\n"
        f"{note_line}=0D=0A=\r\n"
        "thanks\r\n"
        f"{after}"
        "END:VCARD\r\n"
    )


def test_a_notes_email_line_without_a_space_is_not_the_contacts_email() -> None:
    """Probe 44's note line 'EMAIL: old@post=0D=0A=' without the space: the contact's
    e-mail became 'old@post.kz=0D=0A=' and the card's own e-mail was dropped (read right
    before cc72275)."""
    (contact,) = read_vcards(
        _outlook_card("EMAIL:old@post.kz", "EMAIL;PREF;INTERNET:amb@valdoria.org\r\n")
    )
    assert contact.email == "amb@valdoria.org"


def test_a_notes_fax_line_without_a_space_is_not_the_contacts_fax() -> None:
    (contact,) = read_vcards(
        _outlook_card("TEL;FAX:+7 000 000 (old, closed)", "TEL;WORK;FAX:+7 7172 123456\r\n")
    )
    assert contact.fax == "+7 7172 123456"


# ------------------------------- F4: a killed import beside a broken copy holding the same id


def test_an_import_killed_beside_a_broken_copy_gives_the_pack_back(tmp_path: Path) -> None:
    """packs/valdoria-local (the organiser's edit) and packs/valdoria-local-old, a copy she
    kept by hand that cannot be used (its letters folder gone), holding the same id.
    `uawriter import --replace` moves the good copy aside first and is killed: the next
    start saw the id in the broken copy, gave nothing back and deleted the staging
    folder, her pack with it (given back before cc72275)."""
    import shutil

    from test_killed_halfway import KILL_AFTER_MOVING_ASIDE, _local_pack, import_killed
    from uawriter.engine import list_packs, load_catalog
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "userdata")
    paths.user_packs.mkdir(parents=True)
    _local_pack(paths.user_packs, "Our edit")
    broken = paths.user_packs / "valdoria-local-old"
    shutil.copytree(paths.user_packs / "valdoria-local", broken)
    shutil.rmtree(broken / "letters")
    assert [b.pack_id for b in load_catalog(paths).broken] == ["valdoria-local"]
    killed = import_killed(paths, tmp_path, KILL_AFTER_MOVING_ASIDE.format(name="rename"))
    assert killed.returncode == -9, killed.stderr

    usable = [row for row in list_packs(paths) if row.id == "valdoria-local" and not row.problems]
    on_disk = [
        p for p in paths.user_packs.rglob("pack.toml") if "Our edit" in p.read_text("utf-8")
    ] + [p for p in paths.data_dir.rglob("pack.toml") if "Our edit" in p.read_text("utf-8")]
    assert usable, "no usable valdoria-local pack after the next start"
    assert on_disk, "the organiser's edited pack is gone from the disk"


def test_a_save_killed_beside_a_broken_copy_gives_the_pack_back(tmp_path: Path) -> None:
    """The same for the pack editor's save, killed between its two moves: the pack is
    missing from the list and its copy deleted at the next start."""
    import shutil
    import textwrap

    from test_killed_halfway import KILL_AFTER_MOVING_ASIDE, _local_pack, _run
    from uawriter.engine import list_packs
    from uawriter.paths import AppPaths

    paths = AppPaths(tmp_path / "userdata")
    paths.user_packs.mkdir(parents=True)
    folder = _local_pack(paths.user_packs, "Our edit")
    broken = paths.user_packs / "valdoria-local-old"
    shutil.copytree(folder, broken)
    shutil.rmtree(broken / "letters")
    script = KILL_AFTER_MOVING_ASIDE.format(name="replace") + textwrap.dedent(
        f"""
        from uawriter.pack_files import read_pack_files, save_pack_files
        folder = Path({str(folder)!r})
        files = read_pack_files(folder)
        save_pack_files(files, folder.parent, old_folder=folder)
        """
    )
    killed = _run(paths, script)
    assert killed.returncode == -9, killed.stderr

    usable = [row for row in list_packs(paths) if row.id == "valdoria-local" and not row.problems]
    assert usable, "no usable valdoria-local pack after the next start"

"""The window's own questions, each a message box with an objectName for tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from uawriter.gui import modal
from uawriter.gui.common import ltr, warn
from uawriter.gui.dialogs import ask

translate = QCoreApplication.translate


def edits_not_carried(parent: QWidget, names: list[str]) -> bool:
    """Some of the volunteer's changes could not be carried into the letters to ``names``
    (a line that differs in each letter was changed: the greeting, the address): go on
    with those letters without them? "Go back" is the default: they are the volunteer's
    own words, and a letter without them looks sent with them."""
    box = QMessageBox(parent)
    box.setObjectName("editsNotCarriedQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Your changes are not in every letter"))
    box.setText(
        translate(
            "MainWindow",
            "Some of your changes were to lines that differ in each letter (the greeting, the "
            "address) and are not in the letters to:\n\n%1\n\nThose letters would go "
            "without them. Go back to write your words on a line of their own, or go on "
            "without them?",
        ).replace("%1", "\n".join(names))
    )
    back = box.addButton(translate("MainWindow", "Go back"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("goBackButton")
    on = box.addButton(
        translate("MainWindow", "Go on without them"), QMessageBox.ButtonRole.AcceptRole
    )
    on.setObjectName("goOnButton")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    modal.run(box)
    return box.clickedButton() is on


def continue_draft(parent: QWidget, title: str, at_event: bool = False) -> bool:
    """After a crash or a close: continue the letter for the action ``title``? At an event
    No is the default: whoever sits down after a crash may be the next volunteer, and a
    stray Enter must not give them the last one's words."""
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
    box.setDefaultButton(
        QMessageBox.StandardButton.No if at_event else QMessageBox.StandardButton.Yes
    )
    return modal.run(box) == QMessageBox.StandardButton.Yes


def continue_stack(parent: QWidget, count: int, at_event: bool = False) -> bool:
    """After a crash: put the letters that were on the stack back on it? As with a draft,
    No is the default at an event (whoever sits down may be the next volunteer)."""
    box = QMessageBox(parent)
    box.setObjectName("stackOffer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MainWindow", "Continue your stack?"))
    box.setText(
        translate(
            "MainWindow",
            "%n letter(s) were on your stack, neither printed nor exported, when UA Writer "
            "last stopped. Put them back on your stack?",
            "",
            count,
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(
        QMessageBox.StandardButton.No if at_event else QMessageBox.StandardButton.Yes
    )
    return modal.run(box) == QMessageBox.StandardButton.Yes


def stack_kept(parent: QWidget, count: int, where: Path | None) -> None:
    """Letters that were on the stack cannot be put back: their action did not load this
    time (or their record is damaged). Their file is kept at ``where`` until the next
    volunteer."""
    text = translate(
        "MainWindow",
        "%n letter(s) that were on your stack cannot be put back on it: their action could "
        "not be loaded this time, or has been replaced or changed since they were written. "
        "They are kept in this file until the next volunteer:",
        "",
        count,
    )
    warn(
        parent,
        translate("MainWindow", "Some letters were not put back"),
        text + "\n" + (str(where) if where is not None else ""),
    )


def draft_kept(parent: QWidget, pack_id: str, where: Path | None) -> None:
    """The letter left being written is for an action that did not load at this start: it
    is kept (at ``where``; None: it could not be moved, and stays where it was), not
    overwritten by the next letter, and offered back once the action loads again."""
    text = translate(
        "MainWindow",
        "You were writing a letter for the action “%1”, which could not be loaded this "
        "time. Your letter is kept until the action loads again: then choose it, and the "
        "letter is offered back.",
    ).replace("%1", pack_id)
    if where is not None:
        text += "\n\n" + str(where)
    warn(parent, translate("MainWindow", "A letter is kept for later"), text)


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
    return QMessageBox.StandardButton(modal.run(box))


def close_at_event(parent: QWidget) -> bool:
    """At an event, on closing with a letter not sent: clear it and close? (No draft is
    kept: the next person to start the app is another volunteer.)"""
    return ask(
        parent,
        "closeAtEventQuestion",
        translate("MainWindow", "Clear your letter?"),
        translate(
            "MainWindow",
            "Your letter has not been printed or exported. At an event nothing of a volunteer "
            "is kept for the next one: close UA Writer and clear your letter?",
        ),
    )


def switch_action(parent: QWidget) -> bool:
    """The letter has unexported changes: start one for another action anyway?"""
    return ask(
        parent,
        "switchQuestion",
        translate("MainWindow", "Start another letter?"),
        translate(
            "MainWindow",
            "Your changes to this letter have not been exported. Start a letter "
            "for another action anyway? (The current one stays saved as a draft.)",
        ),
    )


def change_language(parent: QWidget) -> bool:
    """The letter was edited: write it afresh in another language anyway?"""
    return ask(
        parent,
        "languageQuestion",
        translate("MainWindow", "Change the letter's language?"),
        translate(
            "MainWindow",
            "The letter will be written afresh in the new language, and your "
            "changes to it will be lost. Change the language?",
        ),
    )


def close_with_stack(parent: QWidget, count: int) -> bool:
    """Letters on the stack have not gone out: close (and lose them) anyway?"""
    return ask(
        parent,
        "stackQuestion",
        translate("MainWindow", "Close with letters on your stack?"),
        translate(
            "MainWindow",
            "%n letter(s) on your stack have been neither printed nor exported, and "
            "will be lost. Close anyway?",
            "",
            count,
        ),
    )


def close_while_printing(parent: QWidget) -> bool:
    """Pages are still going to the printer (letters or envelopes, in the background):
    close, and print no more of them, anyway? No is the default."""
    return ask(
        parent,
        "printingQuestion",
        translate("MainWindow", "Close while printing?"),
        translate(
            "MainWindow",
            "Pages are still being sent to the printer. Close anyway? The pages not sent yet "
            "will not be printed.",
        ),
    )


def close_with_work_put_away(parent: QWidget) -> bool:
    """The organiser's work (a pack being made) was put away at an idle reset, until their
    PIN is typed again: close, and lose it, anyway? No is the default."""
    return ask(
        parent,
        "putAwayQuestion",
        translate("MainWindow", "Close without the organiser's work?"),
        translate(
            "MainWindow",
            "The organiser was working on a pack when the laptop was left. It is put away "
            "until the organiser types the PIN (Organiser tools…), and closing UA Writer now "
            "loses it. Close anyway?",
        ),
    )


def template_failed(parent: QWidget, problem: str) -> None:
    """The pack's letter template cannot be filled in: only its maker can fix that."""
    warn(
        parent,
        translate("MainWindow", "This pack's letter cannot be written"),
        translate(
            "MainWindow",
            "The letter template has a problem:\n%1\n\nAsk whoever made the pack for a "
            "corrected copy.",
        ).replace("%1", problem),
    )


def already_open() -> None:
    """A second window on the same data folder is refused (uawriter.app.hold_data_folder)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("App", "UA Writer is already open"),
        translate(
            "App",
            "UA Writer is already open on this computer. Use the window that is open (look "
            "for it in the taskbar): two windows would overwrite each other's drafts and "
            "address book.",
        ),
    )
    box.setObjectName("alreadyOpen")
    modal.run(box)


def data_folder_unusable(folder: str, reason: str) -> None:
    """The data folder cannot be made or written (uawriter.app.hold_data_folder): said as
    it is, not as "UA Writer is already open"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("App", "UA Writer cannot keep its files"),
        translate(
            "App",
            "UA Writer keeps the letters it counts, drafts and settings in %1, and that folder "
            "cannot be used: %2. Free some space on the disk, or make the folder writable, "
            "or start UA Writer with another folder (UAWRITER_DATA_DIR).",
        )
        .replace("%1", ltr(folder))
        .replace("%2", reason),
    )
    box.setObjectName("dataFolderUnusable")
    modal.run(box)


def copies_corrected(parent: QWidget, moved: list[str], stuck: list[str]) -> None:
    """Address book entries were corrected after letters copying them were put on the
    stack: the copies were made out to the corrected entries (``moved``), or could not be
    (``stuck``: their address or greeting changed by hand); nothing went out."""
    texts = []
    if moved:
        texts.append(
            translate(
                "MainWindow",
                "The address book entry of %1 was corrected after your letters were put on "
                "the stack: the copies on your stack now go to the corrected address. Nothing "
                "was sent yet: print or export your stack again.",
            ).replace("%1", ", ".join(ltr(name) for name in moved))
        )
    if stuck:
        texts.append(
            translate(
                "MainWindow",
                "The address book entry of %1 was corrected after your letters were put on "
                "the stack, and the copy on your stack could not be changed to match: its "
                "address or greeting was changed by hand. Nothing was sent: take that "
                "action's letters off the stack (Remove) and write them again.",
            ).replace("%1", ", ".join(ltr(name) for name in stuck))
        )
    warn(parent, translate("MainWindow", "An address was corrected"), "\n\n".join(texts))


def pack_replaced(parent: QWidget, title: str, revision: int | None, on_stack: bool) -> None:
    """The pack of the letters about to go out was replaced on disk (another revision
    installed beside the open window) or removed: nothing went out."""
    if on_stack:
        text = translate(
            "MainWindow",
            "The letters on your stack for “%1” were written from a copy of the action that "
            "has been replaced or removed since. They were not sent: the officials, addresses "
            "or fax numbers may have changed. Take them off the stack (Remove) and write them "
            "again.",
        )
    elif revision is None:
        text = translate(
            "MainWindow",
            "The action “%1” has been removed from this computer since this letter was "
            "started. The letter was not sent.",
        )
    else:
        text = translate(
            "MainWindow",
            "The action “%1” has been replaced by another copy (revision %2) since this "
            "letter was started: the officials, addresses or fax numbers may have changed. "
            "The letter now uses the new copy, and your changes to it are kept. Nothing was "
            "sent: look at the letter, then send it again.",
        ).replace("%2", str(revision))
    warn(parent, translate("MainWindow", "This action has changed"), text.replace("%1", title))

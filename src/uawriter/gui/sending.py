"""Sending the letters out: print and export the letter being written, or put it on the
volunteer's stack and later print or export the whole stack at once.

Before anything goes out (or onto the stack) the letters are checked (``Output.check_ready``:
an addressee chosen, every character printable), the volunteer is asked before letters go
without changes that could not be carried into them and the pack's own rules for the case are
shown ("do not put the Amnesty name on this card"). The work itself is
:class:`~uawriter.gui.output.Output`'s, through the engine. The window is reached only
through the small :class:`SendingHost` protocol.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from uawriter.domain.model import Addressee, Pack, Sender
from uawriter.engine import Letter
from uawriter.gui import questions
from uawriter.gui.common import warn
from uawriter.gui.dialogs import ask
from uawriter.gui.outbox import Outbox
from uawriter.gui.output import Output, OutputContext, Sent
from uawriter.gui.stack import StackEntry, StackPane
from uawriter.letters import TemplateProblem
from uawriter.storage.tally import Channel
from uawriter.storage.turns import same_signer

translate = QCoreApplication.translate


#: Rules longer than this are shown in a box that scrolls, below the question.
LONG_RULES_CHARS = 600
LONG_RULES_LINES = 12


class SendingHost(Protocol):
    """What sending needs of the window."""

    def letters(self) -> list[Letter]: ...
    def letters_current(self, letters: Sequence[Letter], on_stack: bool = False) -> bool: ...
    def edits_not_carried(self) -> list[Addressee]: ...
    def current_pack(self) -> Pack | None: ...
    def current_sender(self) -> Sender: ...
    def flush_sender(self) -> None: ...
    def output_context(
        self, signer: Sender | None = None, on_stack: bool = False
    ) -> OutputContext: ...
    def letters_kept(self, letters: Sequence[Letter]) -> None: ...
    def letters_went(self, letters: Sequence[Letter], went: Sequence[Letter]) -> None: ...
    def show_status(self, text: str, msecs: int = 10000) -> None: ...
    def stack_going_out(self, channels: Sequence[Channel], turn: str) -> None: ...
    def stack_output_ended(self) -> None: ...
    def letter_going_out(self, pack_id: str, channels: Sequence[str], turn: str) -> int: ...
    def letter_output_ended(self, pack_id: str, token: int) -> None: ...
    def ui_language(self) -> str: ...
    def sends_email(self) -> bool: ...
    def others_unsigned_letters(self) -> None: ...


class Sending(QObject):
    def __init__(
        self, window: QWidget, host: SendingHost, output: Output, stack: StackPane, outbox: Outbox
    ):
        super().__init__(window)
        self.window = window
        self.host = host
        self.output = output
        self.outbox = outbox
        self.stack = stack
        stack.print_requested.connect(self.print_stack)
        stack.export_requested.connect(self.export_stack)

    # ------------------------------------------------------------------ this letter

    def _ready(self) -> list[Letter] | None:
        """The letters for the chosen addressees, if they can go out; else None."""
        self.host.flush_sender()
        try:
            letters = self.host.letters()
            missing = self.host.edits_not_carried()
        except TemplateProblem as exc:  # one budget for them all: a template slow on the day
            questions.template_failed(self.window, str(exc.problem))
            return None
        if not self.host.letters_current(letters):
            return None
        if not self.output.check_ready(letters):
            return None
        if missing and not questions.edits_not_carried(
            self.window, [x.display_name for x in missing]
        ):
            return None
        return letters if self.rules_kept(letters) else None

    def _in_part(self, letters: Sequence[Letter]) -> Sent:
        """Told the letters that went out: when only some did (a full stick, a Cancel),
        their addressees are unticked, so that the next try sends the others, not the same
        letters again, counted twice."""

        def sent(went: Sequence[Letter]) -> None:
            self.host.letters_went(letters, went)

        return sent

    def print_letters(self) -> None:
        letters = self._ready()
        if letters is not None:
            context = self.host.output_context()
            marks = self._letter_marks(letters, context, (Channel.PRINT,))
            self.output.print_letters(
                letters,
                context,
                sent=self._in_part(letters),
                starting=marks[0],
                ended=marks[1],
            )

    def export_letters(self) -> None:
        letters = self._ready()
        if letters is not None and self.host.sends_email():
            # told the letters whose e-mails were written, however it ended: a letter to an
            # official with no address went nowhere, and hers is not sent (probe 77b)
            context = self.host.output_context()
            marks = self._letter_marks(letters, context, (Channel.EMAIL,))
            self.outbox.write(
                letters,
                context,
                sent=self._in_part(letters),
                starting=marks[0],
                ended=marks[1],
            )
        elif letters is not None:
            context = self.host.output_context()
            marks = self._letter_marks(letters, context, (Channel.POST, Channel.FAX))
            self.output.export_letters(
                letters,
                context,
                sent=self._in_part(letters),
                starting=marks[0],
                ended=marks[1],
            )

    def _letter_marks(
        self, letters: Sequence[Letter], context: OutputContext, channels: Sequence[Channel]
    ) -> tuple[Callable[[], None], Callable[[], None]]:
        """``starting`` and ``ended`` of an output of the letter on screen: once the
        printer, folder or outbox is chosen, its draft is marked as going out by
        ``channels`` in the context's turn, until the output ends (see
        ``DraftKeeper.going_out``)."""
        turn = context.tally.turn if context.tally is not None else ""
        pack_id = letters[0].pack.id if letters else ""
        token: list[int] = []

        def starting() -> None:
            token.append(self.host.letter_going_out(pack_id, [c.value for c in channels], turn))

        def ended() -> None:
            if token:
                self.host.letter_output_ended(pack_id, token[0])

        return starting, ended

    def rules_kept(self, letters: list[Letter]) -> bool:
        """A pack's own rules for this case, shown before anything is printed, exported or
        stacked; the volunteer goes on or goes back."""
        lang = self.host.ui_language()
        rules = list(dict.fromkeys(x.pack.action.rules_text(lang) for x in letters))
        rules = [rule for rule in rules if rule.strip()]
        if not rules:
            return True
        text = "\n\n".join(rules)
        title = translate("MainWindow", "Before you send this letter")
        if len(text) <= LONG_RULES_CHARS and text.count("\n") <= LONG_RULES_LINES:
            question = translate(
                "MainWindow", "This action asks:\n\n%1\n\nHas your letter kept to this?"
            ).replace("%1", text)
            return ask(self.window, "packRules", title, question)
        question = translate(
            "MainWindow", "This action asks what is written below.\n\nHas your letter kept to this?"
        )
        return ask(self.window, "packRules", title, question, to_read=text)

    # ------------------------------------------------------------------ the stack

    def add_to_stack(self) -> None:
        """The letters as written go on the stack; the volunteer picks the next action."""
        pack = self.host.current_pack()
        letters = self._ready() if pack is not None else None
        if pack is None or letters is None:
            return
        sender = self.host.current_sender()
        if not self._stack_is_theirs(sender):
            return
        replaced = self.stack.add(StackEntry(pack.id, tuple(letters), sender))
        self.host.letters_kept(letters)
        message = translate("MainWindow", "%n letter(s) added to your stack.", "", len(letters))
        if replaced:
            names = "; ".join(dict.fromkeys(x.addressee.display_name for x in replaced))
            message = translate(
                "MainWindow",
                "%n letter(s) on your stack for this action replaced by the new one(s): %1.",
                "",
                len(replaced),
            ).replace("%1", names)
        self.host.show_status(message, 10000)

    def _stack_is_theirs(self, sender: Sender) -> bool:
        """Whether ``sender`` may add to the stack: every name signing its letters is
        ``sender``'s (put right: :func:`~uawriter.storage.turns.same_signer`), and letters
        written without a name are theirs, as they answer. At a busy table another
        volunteer's letters were replaced by the next one's for the same action, never sent
        nor counted, and went out with the next one's name on their cover sheets: they go
        out first. A name left empty is no one's: it does not add to a signed stack (probe
        39), and a name given over unsigned letters asks whose they are (probe 40: the next
        volunteer took them over)."""
        entries = self.stack.entries
        signed = list(dict.fromkeys(n for e in entries if (n := e.sender.name.strip())))
        name = sender.name.strip()
        if signed and name and all(same_signer(before, name) for before in signed):
            return True
        if not signed:
            unsigned = sum(len(e.letters) for e in entries)
            if not unsigned:
                return True
            if name:
                theirs = self._unsigned_are_theirs(name, unsigned)
            elif _details(sender) != _details(entries[-1].sender):
                # written without a name, by one who typed another address or e-mail: the
                # next volunteer's letters went out with the last one's details, or took
                # hers off the stack, and no one was asked (probe 111c)
                theirs = self._other_details_are_theirs(unsigned)
                if theirs:
                    self.stack.taken_over(sender)
            else:
                return True
            if not theirs:  # once those went out, these letters are a turn of their own
                self.host.others_unsigned_letters()
            return theirs
        before = signed[-1]
        warn(
            self.window,
            translate("MainWindow", "Another volunteer's letters are on the stack"),
            translate(
                "MainWindow",
                "The stack holds letters signed by %1, not printed or exported yet. Print or "
                "export them first (Print all… or Export all… under My stack), then add "
                "yours. Your letter is still here.",
            ).replace("%1", before),
        )
        return False

    def _unsigned_are_theirs(self, name: str, unsigned: int) -> bool:
        """Whether the volunteer signing ``name`` wrote the stack's ``unsigned`` letters
        (the name typed after the first ones), as they answer."""
        return ask(
            self.window,
            "unsignedStackQuestion",
            translate("MainWindow", "Letters without a name on the stack"),
            translate(
                "MainWindow",
                "The stack holds %n letter(s) written without a name, not printed or exported "
                "yet. Did you write them?\n\nYes: they go out with yours, signed %1.\nNo: "
                "print or export them first (Print all… or Export all… under My stack), then "
                "add yours. Your letter is still here.",
                "",
                unsigned,
            ).replace("%1", name),
        )

    def _other_details_are_theirs(self, unsigned: int) -> bool:
        """Whether the volunteer writing without a name, with other details for replies
        than the stack's ``unsigned`` letters have, wrote them (her address corrected), as
        she answers."""
        return ask(
            self.window,
            "otherDetailsStackQuestion",
            translate("MainWindow", "Letters with other details on the stack"),
            translate(
                "MainWindow",
                "The stack holds %n letter(s) written without a name and with another "
                "address or e-mail for replies, not printed or exported yet. Did you write "
                "them?\n\nYes: they go out with yours, their cover sheets with the details you "
                "typed now.\nNo: print or export them first (Print all… or Export all… under "
                "My stack), then add yours. Your letter is still here.",
                "",
                unsigned,
            ),
        )

    def stack_context(self) -> OutputContext:
        """The stack is signed by whoever wrote its newest letters."""
        return self.host.output_context(self.stack.signer(), on_stack=True)

    def _stack_current(self) -> bool:
        """The stack holds letters, all made from packs as they are installed now."""
        return not self.stack.is_empty() and self.host.letters_current(
            self.stack.letters(), on_stack=True
        )

    def print_stack(self) -> None:
        # the letters leave the stack once they went out, whatever else goes out meanwhile
        # (a letter exported from the letter pane took a stacked letter with it)
        if self._stack_current():
            context = self.stack_context()
            self.output.print_letters(
                self.stack.letters(),
                context,
                sent=self.stack.take_out,
                starting=lambda: self._going_out(context, (Channel.PRINT,)),
                ended=self.host.stack_output_ended,
            )

    def export_stack(self) -> None:
        if not self._stack_current():  # asked once: it warns when the stack is stale
            return
        if self.host.sends_email():
            # "Send by: E-mail": the stack's letters go into the outbox as e-mails, as the
            # letter's own button sends them (they went out as PDFs, counted as posted,
            # and no e-mail was written: probe 74b); those without an address stay on it
            context = self.stack_context()
            self.outbox.write(
                self.stack.letters(),
                context,
                by_action=True,
                sent=self.stack.take_out,
                starting=lambda: self._going_out(context, (Channel.EMAIL,)),
                ended=self.host.stack_output_ended,
            )
        else:
            context = self.stack_context()
            self.output.export_letters(
                self.stack.letters(),
                context,
                sent=self.stack.take_out,
                starting=lambda: self._going_out(context, (Channel.POST, Channel.FAX)),
                ended=self.host.stack_output_ended,
            )

    def _going_out(self, context: OutputContext, channels: Sequence[Channel]) -> None:
        """The stack's letters start to go out (the printer or the folder chosen: not when
        the dialog was closed), by ``channels``, counted in the context's turn: a crash
        meanwhile offers back only the letters not counted so (probe 74b: a call, or a
        copy exported alone, after Print all… was closed took a letter off the stack)."""
        turn = context.tally.turn if context.tally is not None else ""
        self.host.stack_going_out(channels, turn)


def _details(sender: Sender) -> tuple[object, ...]:
    """What a sender writing without a name gives for replies, compared without the white
    space around it: another volunteer's when it differs."""
    address = tuple(line.strip() for line in sender.address if line.strip())
    return (address, sender.email.strip().casefold(), sender.phone.strip(), sender.town.strip())

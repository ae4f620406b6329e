"""Seventy-ninth probe (a): an attacker's new inputs on the organiser's side (the packs'
index, tally merge, contacts, envelopes and labels, draft-pack).

F1: draft-pack's processor-time budget (``drafting/budget.py``, 10 s) is looked at only on
Python calls. A text made of rule lines ("-----…", 999 dashes a line, as an e-mail or a
PDF's table draws them) spends its time inside one regular expression per line
(``tidy._FORWARDED``: ``^\\W*(?:-+ *)?…``, where ``\\W*`` and ``-+`` share every dash, so
each line costs the square of its length), called from a list comprehension that makes no
Python call between lines. The budget fires only after the whole loop: a 300 KB file took
28 s of processor time, then said it "takes more than 10 s".

F2: an address cut to fit a label or an envelope is told of with its fix, "print it on an
envelope (uawriter envelopes --format c5)" or "on a C5 envelope (--format c5)"; the
option is ``--size`` (``--format`` is only its ``dest`` in ``cli/channels.py
ALTERNATIVE``), so the command the organiser is told to run stops with a usage error.

F3: envelopes lay out the sender's return address again on every envelope
(``rendering/envelopes._draw_envelope``): the same block, fitted size by size and word by
word at each page. A long right-to-left return address (12 lines of Arabic, as the sender
fields allow) costs about 0.5 s to fit, so the envelopes of a pack's 200 addressees took
3.5 minutes of processor time.
"""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

import pytest

from helpers import SEED_ID, TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter
from uawriter.bundled import bundled_packs_folder
from uawriter.domain.model import Pack, Sender
from uawriter.drafting import DraftInputError
from uawriter.engine import envelopes_pdf
from uawriter.packs.loader import load_pack

#: A rule line as long as drafting keeps a run of characters whole (``tidy.MAX_RUN``).
RULE = "-" * 999


def _drafting_time(line: str, lines: int = 200) -> float:
    """Processor time of drafting a text of ``lines`` copies of ``line``."""
    from uawriter.drafting import drafter

    text = "URGENT ACTION\n" + "\n".join([line] * lines) + "\n"
    started = time.thread_time()
    with contextlib.suppress(DraftInputError):  # stopped by the budget: a clear message
        drafter.draft_from_text(text)
    return time.thread_time() - started


def test_f1_a_text_of_rule_lines_drafts_as_fast_as_one_of_words() -> None:
    """An organiser drafting from a UA text that holds long rule lines ("-----…") waited
    far past the budget drafting promises: each line was matched against patterns whose
    cost grew with the square of the line (the forwarded-message line, the break of long
    runs), in C, where the budget is not looked at; 300 KB of them took 28 s against a
    10 s budget. Rule lines now cost what lines of words of the same size cost (measured
    against them in the same run: a ratio, not a time)."""
    _drafting_time("warm up")
    words = _drafting_time(("Please write to the President of Kazakhstan " * 30)[: len(RULE)])
    rules = _drafting_time(RULE)
    assert rules < 3 * words, f"rule lines {rules:.2f} s, lines of words {words:.2f} s"


@pytest.mark.parametrize("command", ["labels", "envelopes"])
def test_f2_the_fix_told_for_a_cut_address_is_a_command_that_runs(
    tmp_path: Path, command: str
) -> None:
    """An organiser printing labels (or DL envelopes) for an official whose address line is
    one long word is told to print it "on an envelope (uawriter envelopes --format c5)".
    Doing just that stops with "the following arguments are required: --size": the option
    is --size, and no --format exists. The fix a warning gives must be one that runs."""
    data = tmp_path / "data"
    folder = copy_bundled_pack(TRAINING_ID, data / "packs", "long-address")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "long-address"')
    long_line = "Edificio_de_la_Administracion_Publica_Nacional_de_la_Republica_Torre_Norte" * 2
    edit_manifest(folder, '"Avenida Central 100"', f'"Avenida Central 100", "{long_line}"')
    choice = ["--sheet", "5160"] if command == "labels" else ["--size", "dl"]
    first = run_uawriter(
        data, command, "--pack", "long-address", *choice, "--out", str(tmp_path / "a.pdf")
    )
    assert first.returncode == 0, first.stderr
    warning = next(line for line in first.stderr.splitlines() if "is cut" in line)
    told = re.search(r"\((?:uawriter envelopes )?--(\w+) (\w+)\)", warning)
    assert told is not None, warning
    option = [told.group(1), told.group(2)]  # e.g. ["format", "c5"]
    again = run_uawriter(
        data,
        "envelopes",
        "--pack",
        "long-address",
        f"--{option[0]}",
        *option[1:],
        "--out",
        str(tmp_path / "c5.pdf"),
    )
    assert again.returncode == 0, f"told {warning!r}; running it gave {again.stderr!r}"
    assert (tmp_path / "c5.pdf").is_file()


def test_f2_on_a_c5_envelope_the_fix_told_is_to_write_it_by_hand(tmp_path: Path) -> None:
    """On C5 envelopes already, the same address was still to be printed "on a C5
    envelope": the organiser went round in a loop. There it is to be written by hand."""
    data = tmp_path / "data"
    folder = copy_bundled_pack(TRAINING_ID, data / "packs", "long-address")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "long-address"')
    long_line = "Edificio_de_la_Administracion_Publica_Nacional_de_la_Republica_Torre_Norte" * 2
    edit_manifest(folder, '"Avenida Central 100"', f'"Avenida Central 100", "{long_line}"')
    done = run_uawriter(
        data,
        "envelopes",
        "--pack",
        "long-address",
        "--size",
        "c5",
        "--out",
        str(tmp_path / "e.pdf"),
    )
    assert done.returncode == 0, done.stderr
    warning = next(line for line in done.stderr.splitlines() if "is cut" in line)
    assert warning.endswith("write it by hand"), warning
    assert "C5" not in warning


def test_f3_envelopes_fit_the_return_address_once_not_on_every_envelope() -> None:
    """A volunteer whose return address is long and in Arabic (12 lines of the sender's
    address, within what the sender fields take) prints the envelopes of an action with
    many officials: every envelope fits the same return address again, half a second
    each, so 200 envelopes took minutes. Twenty envelopes should cost little more than
    one return address's fitting, not twenty."""
    pack = load_pack(bundled_packs_folder() / SEED_ID, bundled=True)
    assert isinstance(pack, Pack)
    line = ("مرحبا بكم في شارع الملك " * 8)[:150]
    sender = Sender.from_text("محمد عبد الله", ";".join([line] * 12))
    assert not sender.problem()
    envelopes_pdf([pack.addressees[0]], "us10", sender)  # fonts registered, caches warm
    started = time.thread_time()
    envelopes_pdf([pack.addressees[0]], "us10", sender)
    one = time.thread_time() - started
    started = time.thread_time()
    envelopes_pdf([pack.addressees[0]] * 20, "us10", sender)
    twenty = time.thread_time() - started
    # a ratio, not a time: fitted on each envelope, twenty cost 15 times one
    assert twenty < 5 * one, f"one envelope {one:.2f} s, twenty envelopes {twenty:.2f} s"

"""Probe 105a: what leaves the laptop. The e-mail drafts a pack's addresses make, read back
as a mail program reads them; the fax TIFFs and the names of the files written."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter


def _pack_with_email(tmp_path: Path, address: str) -> Path:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path / "packs", "email-pack")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "email-pack"')
    edit_manifest(folder, "ministra@justicia.valdoria.example", address)
    return folder


def _eml_to(tmp_path: Path, address: str, sender_email: str = "vol@example.org") -> list[str]:
    """The addresses the e-mail export's draft goes to, and the sender's, as read back."""
    data = tmp_path / "data"
    assert run_uawriter(data, "import", str(_pack_with_email(tmp_path, address))).returncode == 0
    out = tmp_path / "outbox"
    argv = ["--pack", "email-pack", "--lang", "es", "--channel", "email", "--out", str(out)]
    done = run_uawriter(data, "export", *argv, "--sender-email", sender_email)
    assert done.returncode == 0, done.stderr
    (eml,) = out.glob("*.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.strict)
    return [a.addr_spec for name in ("To", "From") for a in message[name].addresses]


@pytest.mark.parametrize(
    ("address", "as_sent"),
    [
        # IDNA 2008 (what registries, browsers and mail programs use): ß and ς are letters
        # of their own, so these are other domains than "strasse" and "σοφοσ"
        ("ministra@justiz-straße.example", "ministra@xn--justiz-strae-v9a.example"),
        ("ypourgos@σοφός.example", "ypourgos@xn--0xagbn4a.example"),
    ],
)
def test_f1_an_address_with_sharp_s_or_final_sigma_goes_to_that_domain(
    address: str, as_sent: str, tmp_path: Path
) -> None:
    """The address "ministra@justiz-straße.example" was written in the draft as
    "ministra@justiz-strasse.example" (Python's "idna" codec is IDNA 2003, which folds ß to
    "ss" and ς to "σ"): the official's appeal went to another domain, whoever holds it (in
    .de, straße.de and strasse.de have been two domains since 2010), and was counted as
    sent. The volunteer sees the right address in the window; the mail program sends to
    the one in the draft."""
    assert _eml_to(tmp_path, address)[0] == as_sent


def test_f1_a_volunteers_address_with_sharp_s_is_the_from_of_their_e_mails(
    tmp_path: Path,
) -> None:
    """A volunteer who types "aigerim@straße.example" as their e-mail gets the answer at
    "aigerim@strasse.example", someone else's mailbox: their name and address go there."""
    sent = _eml_to(tmp_path, "ministra@justicia.valdoria.example", "aigerim@straße.example")
    assert sent == ["ministra@justicia.valdoria.example", "aigerim@xn--strae-oqa.example"]


@pytest.mark.parametrize(
    "address",
    [
        "=?utf-8?b?ZXZpbEBhdHRhY2tlci5leGFtcGxl?=@justicia.example",  # "evil@attacker…"
        "ministra@=?utf-8?q?justicia?=.example",
        "ministra@justicia.example:25",
    ],
)
def test_f2_an_address_no_draft_can_carry_is_refused_by_validate_naming_it(
    address: str, tmp_path: Path
) -> None:
    """These passed ``validate`` ("OK") and ``import``; then every e-mail of the pack was
    refused ("no e-mail was written: … check the action's title and the addressees' names
    in the pack"): the organiser is sent to fields that are fine, and the address (an
    RFC 2047 encoded word a mail program decodes to another mailbox, a port) is never
    named. Such an address should be refused where the pack is checked, by name."""
    done = run_uawriter(tmp_path / "data", "validate", str(_pack_with_email(tmp_path, address)))
    assert done.returncode == 1
    assert f"{address!r} is not an e-mail address" in done.stdout + done.stderr


@pytest.mark.parametrize("typed", ["=?utf-8?q?vol?=@example.org", "vol@example.org:25"])
def test_f2_a_sender_address_no_draft_can_carry_is_named_as_the_volunteers(
    typed: str, tmp_path: Path
) -> None:
    """With the bundled training pack untouched, a volunteer's e-mail typed as
    "vol@example.org:25" stopped the export with "the e-mail to ministra@… could not be
    written so that it goes only to them; check the action's title and the addressees'
    names in the pack": the pack is fine, the typed address is what to fix, and it is not
    named. "vol,x@example.org" is told as it should be: "--sender-email … is not an e-mail
    address; type it as name@example.org"."""
    out = tmp_path / "outbox"
    argv = ["--pack", TRAINING_ID, "--lang", "es", "--channel", "email", "--out", str(out)]
    done = run_uawriter(tmp_path / "data", "export", *argv, "--sender-email", typed)
    assert done.returncode == 2
    assert f"--sender-email {typed!r} is not an e-mail address" in done.stderr
    assert "addressees' names" not in done.stderr

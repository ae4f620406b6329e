"""Probe 38: what it found, and what must hold instead."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, pdf_pages_text
from test_cli import cli
from uawriter.paths import AppPaths


@pytest.mark.parametrize(
    "printed",
    [
        '{{ "\\u202e" }}0001{{ "\\u202c" }}',
        '{{ "\\N{RIGHT-TO-LEFT OVERRIDE}" }}0001',
        '{{ "%c"|format(8238) }}0001',
        '{{ "\\u2066" }}0001',  # an isolate opened, never closed
    ],
    ids=["escape", "named", "format", "isolate"],
)
def test_no_direction_override_a_template_prints_reaches_the_email_or_the_pdf(
    tmp_path: Path, printed: str
) -> None:
    """A template printing a direction override as an escape passed validate and import,
    and the e-mail read "Pay 1000 EUR" where the PDF read "Pay 0001 EUR" (the same
    character typed into a template, or into pack.toml, is refused)."""
    paths = AppPaths(tmp_path / "data")
    folder = copy_bundled_pack(TRAINING_ID, paths.user_packs, "probe")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "probe"')
    letter = folder / "letters" / "es.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8") + f"\nPay {printed} EUR\n", encoding="utf-8"
    )
    assert cli(paths, "validate", str(folder)).code == 0
    for channel, suffix in (("email", "*.eml"), ("post", "*.pdf")):
        out = tmp_path / channel
        done = cli(paths, "export", "--pack", "probe", "--lang", "es", "--channel", channel,
                   "--out", str(out))  # fmt: skip
        assert done.code == 0, done.err
        (written,) = out.glob(suffix)
        if channel == "email":
            message = email.message_from_bytes(written.read_bytes(), policy=email.policy.default)
            body = message.get_body().get_content()  # type: ignore[union-attr]
        else:
            body = "".join(pdf_pages_text(written))
        assert "Pay 0001 EUR" in body
        assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in body)


def test_isolates_that_pair_up_are_kept() -> None:
    """An isolate around a Latin name in an Arabic letter is what Unicode asks for: kept."""
    from uawriter.letters.templating import tidy_letter

    text = "السيد \u2066Nursultan Nazarbaev\u2069 المحترم\n"
    assert tidy_letter(text) == text

"""What a template prints, as the twenty-fifth probe found it (probe 25 F1, F2): a
lone surrogate stopped the e-mail channel with a traceback, and ``random`` made the preview
differ from what was sent and ``--invariant`` output differ run to run."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from helpers import SEED_ID, copy_bundled_pack, edit_manifest, run_uawriter


def _probe_pack(data: Path, template: str) -> Path:
    folder = copy_bundled_pack(SEED_ID, data / "packs", "probe")
    edit_manifest(folder, f'id = "{SEED_ID}"', 'id = "probe"')
    (folder / "letters" / "en.txt").write_text(template, encoding="utf-8")
    return folder


def test_a_lone_surrogate_a_template_prints_is_left_out(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder = _probe_pack(
        data,
        "{{ addressee.salutation }},\n"
        '{{ "%c%c%c"|format(0xd800, 0x41, 0xdfff) }} {{ "\\ud83d" }} end\n',
    )
    assert run_uawriter(data, "validate", str(folder)).returncode == 0
    out = tmp_path / "eml"
    done = run_uawriter(
        data, "export", "--pack", "probe", "--lang", "en", "--channel", "email", "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    drafts = sorted(out.glob("*.eml"))
    assert drafts
    # a mail library reads the draft back, and the letter is there without the halves
    message = email.message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert " ".join(text.split()).endswith(", A end")
    assert not any(0xD800 <= ord(char) <= 0xDFFF for char in text)


def test_random_is_not_a_template_filter(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder = _probe_pack(
        data, "{{ addressee.salutation }},\n{{ [1, 2, 3, 4, 5, 6, 7, 8, 9]|random }}\n"
    )
    done = run_uawriter(data, "validate", str(folder))
    assert done.returncode != 0
    said = done.stdout + done.stderr
    assert "letters/en.txt" in said
    assert "random" in said
    assert "Traceback" not in said

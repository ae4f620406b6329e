"""Probe 70a: two findings, each test failing on the current code; both fixed.

P70a-F1  ``export --out FOLDER`` gives a new letter the permissions of whatever already has
         the letter's name there, even when that is not a file: beside a folder of that
         name (mode 0777) the letter "... (2).pdf" is written rwxrwxrwx, executable and
         world-writable; beside a link to /dev/null, rw-rw-rw-. The umask is ignored.
P70a-F2  A template is checked with four senders whose name and address come together
         (none of either, or both); a volunteer who gives a name and no address (the most
         common sender at an event) is never tried. A template that takes the address's
         last line once there is a name passes ``validate`` and ``import``, then every such
         volunteer's export fails ("uses a name that letters do not have").

Fixed: a new file takes only a plain file's permissions (never through a link, never a
folder's or a device's); templates are also checked with some details without the others
(a name and no address, initials and no town, an address and no name), so such a template
is refused by validate and import alike, naming its line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, pdf_pages_text, run_uawriter

# ------------------ P70a-F1: a letter takes the mode of a folder or device of its name


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("in_the_way", ["folder", "link-to-dev-null"])
def test_a_letter_beside_a_non_file_of_its_name_gets_the_usual_mode(
    tmp_path: Path, in_the_way: str
) -> None:
    data = tmp_path / "data"
    first = tmp_path / "first"
    done = run_uawriter(data, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(first))
    assert done.returncode == 0, done.stderr
    (letter,) = first.glob("*.pdf")
    out = tmp_path / "out"
    out.mkdir()
    if in_the_way == "folder":
        (out / letter.name).mkdir()
        (out / letter.name).chmod(0o777)
    else:
        (out / letter.name).symlink_to("/dev/null")
    done = run_uawriter(data, "export", "--pack", TRAINING_ID, "--lang", "es", "--out", str(out))
    assert done.returncode == 0, done.stderr
    (written,) = [p for p in out.glob("*.pdf") if p.is_file() and not p.is_symlink()]
    mode = stat.S_IMODE(written.stat().st_mode)
    assert mode == 0o666 & ~_umask(), f"{written.name}: mode {mode:o}"


# ------------------ P70a-F2: a sender with a name and no address is never tried


@pytest.mark.parametrize(
    ("initials", "ending"),
    [
        (False, "{% if sender.name %}{{ sender.name }} ({{ sender.address | last }}){% endif %}"),
        (True, "{% if sender.name %}{{ sender.name }}, {{ sender.address[0] }}{% endif %}"),
    ],
)
def test_a_template_that_passes_validate_writes_for_a_sender_with_only_a_name(
    tmp_path: Path, initials: bool, ending: str
) -> None:
    pack = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(pack, f'id = "{TRAINING_ID}"', 'id = "probe-70a"')
    if initials:
        edit_manifest(pack, "update = 0", "update = 0\nsign_with_initials = true")
    template = pack / "letters" / "es.txt"
    text = template.read_text(encoding="utf-8").rstrip("\n")
    assert text.endswith("Atentamente,\n\n{{ sender.name }}"), "test setup"
    template.write_text(text[: -len("{{ sender.name }}")] + ending + "\n", encoding="utf-8")
    data = tmp_path / "data"
    checked = run_uawriter(data, "validate", str(pack))
    imported = run_uawriter(data, "import", str(pack))
    assert checked.returncode == imported.returncode, checked.stdout + imported.stderr
    if checked.returncode != 0:  # refused by both, naming the letter and its line
        for run in (checked, imported):
            assert "letters/es.txt: line " in run.stdout + run.stderr, run.stdout + run.stderr
        return
    exported = run_uawriter(
        data,
        "export",
        "--pack",
        "probe-70a",
        "--lang",
        "es",
        "--sender-name",
        "Anna Petrova",
        "--out",
        str(tmp_path / "out"),
    )
    # the pack passed every check: a volunteer giving a name only gets a letter, or the
    # template was refused by validate and import in the first place
    assert exported.returncode == 0, exported.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1


def test_a_template_that_writes_the_address_only_when_given_passes(tmp_path: Path) -> None:
    """The same ending written for every sender ("{% if sender.address %}") passes the
    check of seven senders, and is exported for a volunteer who gives a name only: the
    check refuses what fails for some volunteer, not what is written with care."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path)
    edit_manifest(pack, f'id = "{TRAINING_ID}"', 'id = "probe-70a-careful"')
    template = pack / "letters" / "es.txt"
    text = template.read_text(encoding="utf-8").rstrip("\n")
    ending = (
        "{% if sender.name %}{{ sender.name }}{% if sender.address %} "
        "({{ sender.address | last }}){% endif %}{% endif %}"
    )
    template.write_text(text[: -len("{{ sender.name }}")] + ending + "\n", encoding="utf-8")
    data = tmp_path / "data"
    checked = run_uawriter(data, "validate", str(pack))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert run_uawriter(data, "import", str(pack)).returncode == 0
    exported = run_uawriter(
        data,
        *("export", "--pack", "probe-70a-careful", "--lang", "es"),
        *("--sender-name", "Anna Petrova", "--out", str(tmp_path / "out")),
    )
    assert exported.returncode == 0, exported.stderr
    (letter,) = (tmp_path / "out").glob("*.pdf")
    assert "Anna Petrova" in " ".join(pdf_pages_text(letter))

"""Probe 67a: one finding, the test failing on the current code; fixed.

P67a-F1  ``validate`` fills each template with a sample sender whose name is "Aigerim" (7
         characters), so a template that prints ``sender.name`` many times passes the
         30,000-character bound on a letter there; ``import`` installs it; then every export
         by a volunteer with an ordinary longer name ("Maria Fernanda Gonzalez", 23
         characters) is refused ("makes a letter of 43,952 characters … is not laid out").
         What validate accepts depends on a sender it made up, not on the pack.

Fixed: the templates are checked with the largest details a volunteer can give
(``letters.compose.LARGEST_SENDER``): such a pack is refused by validate and import alike.
"""

from __future__ import annotations

from pathlib import Path

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter

# ------------------ P67a-F1: a letter whose length grows with the sender's name


def test_a_pack_that_validates_is_not_refused_at_export_for_a_longer_sender_name(
    tmp_path: Path,
) -> None:
    folder = copy_bundled_pack(TRAINING_ID, tmp_path, "sender-echo")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "sender-echo"')
    letter = folder / "letters" / "es.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8").replace(
            "Le agradezco",
            "{% for i in range(1800) %}{{ sender.name }} {% endfor %}\n\nLe agradezco",
            1,
        ),
        encoding="utf-8",
    )
    checked = run_uawriter(tmp_path / "data", "validate", str(folder))
    imported = run_uawriter(tmp_path / "data", "import", str(folder))
    # validate and import refuse it alike, naming the letter: checked with the largest
    # details a volunteer can give, not a one-word name
    for run in (checked, imported):
        assert run.returncode == 1, run.stdout + run.stderr
        assert "sender-echo/letters/es.txt: " in run.stdout + run.stderr


def test_a_letter_that_signs_a_few_times_passes_and_exports_with_the_longest_details(
    tmp_path: Path,
) -> None:
    """The same check lets through a letter that prints the name a few times, and what it
    lets through is exported for a volunteer with the longest name and address there are."""
    from uawriter.domain.model import MAX_SENDER_CHARS, MAX_SENDER_LINES

    folder = copy_bundled_pack(TRAINING_ID, tmp_path, "signs-twice")
    edit_manifest(folder, f'id = "{TRAINING_ID}"', 'id = "signs-twice"')
    letter = folder / "letters" / "es.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8").replace(
            "Le agradezco", "{{ sender.name }} ({{ sender.name }})\n\nLe agradezco", 1
        ),
        encoding="utf-8",
    )
    data = tmp_path / "data"
    checked = run_uawriter(data, "validate", str(folder))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert run_uawriter(data, "import", str(folder)).returncode == 0
    name = ("Maria Fernanda " * 20)[:MAX_SENDER_CHARS].strip()
    address = ";".join(f"{n} Calle Mayor " * 12 for n in range(MAX_SENDER_LINES))
    address = ";".join(line[:MAX_SENDER_CHARS].strip() for line in address.split(";"))
    exported = run_uawriter(
        data,
        "export", "--pack", "signs-twice", "--lang", "es", "--sender-name", name,
        "--sender-address", address, "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert list((tmp_path / "out").glob("*.pdf"))

"""Probe 107b: hostile templates in a pack from a stick, with filters, tests and blocks no
probe had used.

P107b-F1  Blocks nested a few hundred deep (``{% for %}``, ``{% filter %}``, ``{% macro %}``
          inside one another, 400 of them): ``uawriter validate`` gives the right message
          ("nests blocks, brackets or macros too deeply…"), but first prints
          "Exception ignored in: <generator object Lexer.tokeniter …> Traceback (most recent
          call last): … RecursionError: maximum recursion depth exceeded" on stderr. Probe 62
          (F4) had this fixed for brackets (``MAX_BRACKET_DEPTH``); blocks were left.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import TRAINING_ID, copy_bundled_pack, edit_manifest, run_uawriter

# ------------------ P107b-F1: blocks nested 400 deep in a template: a traceback


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("{% for i in [1] %}", "{% endfor %}"),
        ("{% filter upper %}", "{% endfilter %}"),
        ("{% macro m() %}", "{% endmacro %}"),
    ],
    ids=["for", "filter", "macro"],
)
def test_f1_validate_of_blocks_nested_deep_prints_no_traceback(
    tmp_path: Path, opening: str, closing: str
) -> None:
    """An organiser checks a pack from a stick whose Spanish letter nests 400 blocks inside
    one another. validate names the file and the fix ("nests blocks, brackets or macros too
    deeply to be filled in"), but above it prints four lines of a Python traceback
    ("Exception ignored in: <generator object Lexer.tokeniter …> … RecursionError"), which
    looks like UA Writer itself broke. Brackets nested as deep print none (probe 62)."""
    pack = copy_bundled_pack(TRAINING_ID, tmp_path / "stick")
    edit_manifest(pack, f'id = "{TRAINING_ID}"', 'id = "p107b-blocks"')
    letter = pack / "letters" / "es.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8") + opening * 400 + "x" + closing * 400 + "\n",
        encoding="utf-8",
    )
    result = run_uawriter(tmp_path / "data", "validate", str(pack))
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    assert "letters/es.txt" in said, said
    assert "too deeply" in said, said
    assert "Traceback" not in result.stderr, result.stderr
    assert "Exception ignored" not in result.stderr, result.stderr

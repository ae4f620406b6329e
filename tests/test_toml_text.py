"""The bound on dotted keys before pack.toml is parsed (packs/toml_text.py), against what
Python's TOML reader and writer make of the same texts: every document tomli_w writes,
with texts holding quotes, backslashes, dots, "#" and line breaks, passes; a long key
after it is found on its line."""

from __future__ import annotations

import tomllib

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from uawriter.packs.toml_text import MAX_KEY_DOTS, KeyTooLong, parse_manifest, too_many_dots

TRICKY = st.text(alphabet=st.sampled_from(list("ab.\"'\\#\n=[] \t\u00e9")), max_size=40)
KEYS = st.text(alphabet=st.sampled_from(list("ab.-_ \"'")), min_size=1, max_size=8)
VALUES = st.one_of(TRICKY, st.integers(), st.floats(allow_nan=False), st.lists(TRICKY, max_size=4))
TABLES = st.recursive(
    st.dictionaries(KEYS, VALUES, max_size=4),
    lambda inner: st.dictionaries(KEYS, st.one_of(VALUES, inner), max_size=4),
    max_leaves=12,
)


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


@settings(max_examples=300, deadline=None)
@given(TABLES, st.booleans())
def test_what_tomli_w_writes_passes_and_a_long_key_after_it_is_found(
    table: dict[str, object], multiline: bool
) -> None:
    if _depth(table) > 5:
        return  # a table name of more parts than a pack has
    text = tomli_w.dumps(table, multiline_strings=multiline)
    assert tomllib.loads(text) == table
    assert too_many_dots(text) == 0, text
    long_key = "k" + ".k" * (MAX_KEY_DOTS + 1) + " = 1\n"
    assert too_many_dots(text + long_key) == text.count("\n") + 1


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('a = """x\\"""""\n' + "k" + ".k" * 20 + " = 1\n", 2),  # an escaped quote, then five
        ("a = '''x'''''\n" + "k" + ".k" * 20 + " = 1\n", 2),
        ('"=".' + ".".join(["k"] * 20) + " = 1\n", 1),  # a quoted part holding "="
        ("a = 'x\\'\n" + "[" + ".".join(["k"] * 20) + "]\n", 2),  # no escapes in '…'
        ("# " + "." * 100 + "\nb = 1\n", 0),
        ('a = "' + "." * 100 + '"\n', 0),
    ],
)
def test_texts_comments_and_quoted_keys(text: str, line: int) -> None:
    assert too_many_dots(text) == line
    if line:
        with pytest.raises(KeyTooLong):
            parse_manifest(text)

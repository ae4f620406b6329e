"""What the twelfth probe found, each with the input that showed it (issue 12)."""

from __future__ import annotations

import pytest

# -- drafting: regular expressions with two runs of white space side by side -----------------


@pytest.mark.parametrize("blank", ["\n", " ", "\t"])
def test_a_number_label_followed_by_a_run_of_white_space_is_drafted(blank: str) -> None:
    """ "UA", then 40,000 line breaks and no number (47 s): "\\s*:?\\s*" tried every way of
    sharing the run between its two halves, inside one call the drafting budget cannot stop."""
    from uawriter.drafting import draft_from_text

    draft = draft_from_text("URGENT ACTION\nTitle here\nUA" + blank * 40_000 + "x\n")
    assert draft.lines

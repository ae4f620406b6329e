"""Call scripts and social posts: in the letter's language, asking what the letters ask."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers import SEED_ID
from uawriter.channels.spoken import FRAMES, POST_LIMIT, call_script, first_sentence, social_post
from uawriter.domain.model import Pack, Sender
from uawriter.engine import call_script_for, social_post_for


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_a_call_script_in_each_language_of_the_seed(packs: dict[str, Pack], lang: str) -> None:
    pack = packs[SEED_ID]
    president = pack.addressee("president")
    script = call_script_for(pack, president, lang, Sender("Aigerim Sadykova"))
    assert script.ask_for == "President of Kazakhstan, Nursultan Nazarbaev"
    assert "Aigerim Sadykova" in " ".join(script.opening)
    assert pack.action.title.get(lang) in " ".join(script.opening)
    first_point = pack.talking_points[0].text.get(lang)
    assert script.asks[0] == first_sentence(first_point)
    assert 1 <= len(script.asks) <= 3
    assert script.voicemail.count(script.asks[0]) == 1
    assert FRAMES[lang]["thanks"] == script.closing
    assert script.spoken.split("\n\n")[1] == " ".join(script.asks)


def test_the_caller_signing_with_initials_gives_initials_on_the_phone(
    packs: dict[str, Pack],
) -> None:
    pack = packs[SEED_ID]
    pack = replace(pack, action=replace(pack.action, sign_with_initials=True))
    script = call_script_for(pack, pack.addressees[1], "en", Sender("Aigerim Sadykova"))
    assert "My name is A. S." in script.opening
    anonymous = call_script("en", "the Minister", "A case", ["Free them."], caller="")
    assert not any("My name" in line for line in anonymous.opening)
    assert "My name" not in anonymous.voicemail


def test_two_or_three_short_asks_are_read_out() -> None:
    points = [
        "Release him now. He is a prisoner of conscience.",
        "Let him see a lawyer.",
        "x" * 700,
    ]
    script = call_script("en", "the Minister", "A case", points)
    assert script.asks == ("Release him now.", "Let him see a lawyer.")


def test_a_post_names_the_handles_and_stays_within_280(packs: dict[str, Pack]) -> None:
    pack = packs[SEED_ID]
    minister = replace(
        pack.addressee("foreign-minister"),
        social=(("twitter", "@MFA_KZ"), ("facebook", "mfa.kz"), ("x", "@MFA_KZ")),
    )
    for lang in pack.letter_languages:
        post = social_post_for(pack, [minister], lang)
        assert len(post) <= POST_LIMIT
        assert post.startswith("@MFA_KZ ")
        assert post.count("@MFA_KZ") == 1  # the same handle on two platforms, once
        assert "mfa.kz" not in post  # a page name cannot be tagged in a post
        assert pack.action.title.get(lang).rstrip(".") in post
    short = social_post("Free Ana", ["Release Ana now. She did nothing wrong."], ["@Gov"])
    assert short == "@Gov Free Ana. Release Ana now."
    cut = social_post("T", ["word " * 100 + "end."], [])
    assert len(cut) <= POST_LIMIT
    assert cut.endswith("…")
    assert " wor…" not in cut  # cut between words


def test_one_long_handle_does_not_take_the_others_out_of_the_post() -> None:
    """The twentieth probe: when the handles together reached half the post, none was kept,
    so one long handle (or nine ordinary ones) gave a post that tagged nobody; a handle
    holding a line separator or a zero-width space, which tags nobody, was kept."""
    long_one = "@" + "Ministry_of_Internal_Affairs_" * 4 + "x" * 13  # 130: the pack allows it
    handles = ["@PresidentKZ", long_one, "@Prosecutor\u2028KZ", "@M\u200bFA", "@ProsecutorKZ"]
    handles += [f"@Official{n:02d}KZ" for n in range(9)]

    post = social_post("Free Ana", ["Release Ana now."], handles)

    assert post.startswith("@PresidentKZ @ProsecutorKZ @Official00KZ")
    assert long_one not in post
    assert "\u2028" not in post
    assert "\u200b" not in post
    tags = post.split(" Free Ana.")[0]
    assert len(tags) < POST_LIMIT // 2
    assert len(post) <= POST_LIMIT
    assert post.endswith("Free Ana. Release Ana now.")

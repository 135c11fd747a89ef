"""`unfollow` takes a beginning of a followed story's id, as `story` and `follow` take a
story's (fx157's rule; fx160: `unfollow s4f97` said "not followed")."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.cli.test_following_cli import boulder_story, following
from tests.cli.test_stories_cli import news, run
from tui.cli import Exit
from tui.cli.following import followed_named

__all__ = ["news"]


def oracle(followed: set[str], form: str) -> tuple[str, ...]:
    """What `followed_named` gives, said another way."""
    if not form:
        return ()
    exact = [i for i in followed if i == form]
    return tuple(exact) or tuple(sorted(i for i in followed if i[: len(form)] == form))


@given(st.sets(st.text("s0ab", min_size=1, max_size=5), max_size=8), st.text("s0ab", max_size=5))
def test_a_form_names_the_followed_ids_it_is_or_begins(followed: set[str], form: str) -> None:
    assert followed_named(followed, form) == oracle(followed, form)


@given(st.sets(st.text("s0ab", min_size=1, max_size=5), min_size=1, max_size=8), st.data())
def test_every_id_is_named_by_itself_and_by_a_beginning_of_it_alone(
    followed: set[str], data: st.DataObject
) -> None:
    story = data.draw(st.sampled_from(sorted(followed)))
    assert followed_named(followed, story) == (story,)
    for end in range(1, len(story) + 1):
        named = followed_named(followed, story[:end])
        assert story in named or story[:end] in followed
        if len(named) == 1 and story[:end] not in followed:
            assert named == (story,)


def test_unfollow_takes_a_beginning_of_a_followed_story(news: Path) -> None:
    story = boulder_story()
    assert run("follow", story[:6])[0] == 0
    code, out, err = run("unfollow", "zz" + story)
    assert code == Exit.NOT_FOUND and "is not followed" in err
    code, out, err = run("unfollow", story[:6])
    assert code == 0, err
    assert out.strip() == f"stopped following {story}"
    assert f"{story[:6]} → {story}" in err  # said once on stderr, as `story` says it
    assert following() == []
    code, _, err = run("unfollow", story[:6])
    assert code == Exit.NOT_FOUND and f"story {story[:6]!r} is not followed" in err


def test_a_beginning_of_several_followed_stories_is_refused(news: Path) -> None:
    code, out, _ = run("stories", "--json", "--min-articles", "1")
    ids = sorted(s["id"] for s in json.loads(out))
    assert len(ids) >= 2 and ids[0][0] == ids[1][0] == "s"
    for story in ids[:2]:
        assert run("follow", story)[0] == 0
    code, _, err = run("unfollow", "s")
    assert code == Exit.NOT_FOUND
    assert err.strip().endswith("followed story ids (" + ", ".join(ids[:2]) + "): type more of it")
    assert len(following()) == 2
    assert run("unfollow", ids[0])[0] == 0  # the whole id, as ever
    assert [f["story"] for f in following()] == [ids[1]]

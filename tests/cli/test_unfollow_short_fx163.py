"""`unfollow` cannot be undone: a beginning of a followed story's id names it only from 5
characters on ("s" and 4 more), and an empty id is said to be empty (nu65 #6: `unfollow s`,
where every id begins with "s", stopped following the one followed story with no check;
`unfollow ''` said "story '' is not followed"). rv72's and fx160's rules stand: an exact id
wins, a beginning of several is refused, s…ff does not name s…ff-2."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
import typer
from hypothesis import given
from hypothesis import strategies as st

from tests.cli.test_following_cli import boulder_story, following
from tests.cli.test_stories_cli import news, run
from tui.cli import Exit
from tui.cli.following import SHORTEST_BEGINNING, followed_id, followed_named

__all__ = ["news"]

IDS = st.builds(
    lambda d, n: d if n < 2 else f"{d}-{n}",
    st.text("0af", min_size=2, max_size=12).map(lambda d: f"s{d}"),
    st.integers(1, 3),
)


def _notebook(followed: set[str]) -> Any:
    rows = [SimpleNamespace(story=s) for s in sorted(followed)]
    return SimpleNamespace(stories=SimpleNamespace(all=lambda: rows))


def oracle(followed: set[str], form: str) -> str | int:
    """The id unfollowed (or the form, to be "not followed"), else the exit code."""
    if not form:
        return int(Exit.USAGE)
    if form in followed:
        return form
    named = followed_named(followed, form)  # rv72's and fx160's rules, tested there
    if len(named) > 1:
        return int(Exit.NOT_FOUND)
    if named and len(form) < SHORTEST_BEGINNING:
        return int(Exit.USAGE)
    return named[0] if named else form


@given(st.sets(IDS, max_size=6), st.data())
def test_a_short_beginning_never_names_a_story(followed: set[str], data: st.DataObject) -> None:
    pool = sorted(followed) or ["s0af"]
    form = data.draw(
        st.one_of(
            st.sampled_from(pool).flatmap(lambda s: st.integers(0, len(s)).map(lambda n: s[:n])),
            st.text("s0af-23", max_size=8),
        )
    )
    try:
        got: str | int = followed_id(cast(Any, _notebook(followed)), form)
    except typer.Exit as exit_:
        got = exit_.exit_code
    assert got == oracle(followed, form)
    if isinstance(got, str) and got != form:
        assert len(form) >= SHORTEST_BEGINNING and got.startswith(form)


def test_unfollow_s_is_refused_and_five_characters_are_enough(news: Path) -> None:
    story = boulder_story()
    assert run("follow", story)[0] == 0
    for form in ("s", story[:2], story[:4]):
        code, out, err = run("unfollow", form)
        assert code == Exit.USAGE, (form, out, err)
        assert "too short to name a followed story" in err and len(err.strip().splitlines()) == 1
        assert [f["story"] for f in following()] == [story]
    code, out, err = run("unfollow", story[:5])
    assert code == 0 and out.strip() == f"stopped following {story}"
    assert following() == []


@pytest.mark.parametrize("form", ["", "  "])
def test_an_empty_id_is_said_to_be_empty(news: Path, form: str) -> None:
    code, _, err = run("unfollow", form)
    assert code == Exit.USAGE and "the story id is empty" in err

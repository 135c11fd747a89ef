"""Followed stories: articles that join later are counted until the story is opened; a story
the index lost is kept as gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.notebook import Notebook, NotFound
from tests.notebook.conftest import Clock


def test_an_article_that_joins_is_counted_until_the_story_is_opened(notebook: Notebook) -> None:
    stories = {"s1": ("a", "b"), "s2": ("c", "d")}
    notebook.stories.follow("s1", stories["s1"], title="Storm hits the coast")
    notebook.stories.follow("s2", stories["s2"])
    assert [n.new for n in notebook.stories.news(stories.get)] == [(), ()]

    stories["s1"] = ("a", "b", "e")  # an update added e to the story
    news = {n.followed.story: n for n in notebook.stories.news(stories.get)}
    assert news["s1"].new == ("e",) and news["s1"].articles == ("a", "b", "e")
    assert news["s1"].followed.title == "Storm hits the coast" and not news["s1"].gone
    assert news["s2"].new == ()
    # reading the news records nothing
    assert notebook.stories.news(stories.get)[0].new == ("e",)

    opened = notebook.stories.opened("s1", stories["s1"])
    assert opened.new == ("e",)
    assert all(n.new == () for n in notebook.stories.news(stories.get))


def test_a_story_the_index_lost_is_kept_as_gone(notebook: Notebook) -> None:
    notebook.stories.follow("s1", ("a", "b"), title="Storm")
    [news] = notebook.stories.news(lambda story: None)
    assert news.gone and news.articles is None and news.new == ()
    assert news.to_json() == {
        "story": "s1",
        "title": "Storm",
        "followed_title": None,
        "articles": [],
        "new": [],
        "gone": True,
        "followed": news.followed.created,
        "last_opened": news.followed.last_opened,
        "moved": [],
        "removed": [],
        "followups": [],
        "followups_found": 0,
        "moved_new": {},
    }
    # kept: when the story comes back, what was seen still counts
    [back] = notebook.stories.news(lambda story: ("a", "b", "c"))
    assert not back.gone and back.new == ("c",)
    notebook.stories.unfollow("s1")
    assert notebook.stories.news(lambda story: ("a",)) == []
    with pytest.raises(NotFound):
        notebook.stories.unfollow("s1")


def test_following_survives_reopening(tmp_path: Path, clock: Clock) -> None:
    with Notebook.open(tmp_path / "index", clock=clock) as first:
        first.stories.follow("s1", ("a",), title="Storm")
    clock.advance()
    with Notebook.open(tmp_path / "index", clock=clock) as again:
        [news] = again.stories.news(lambda story: ("a", "b"))
    assert news.new == ("b",) and news.followed.title == "Storm"


ids = st.lists(st.sampled_from("abcdefgh"), max_size=6)
places = st.dictionaries(st.sampled_from("abcdefgh"), st.sampled_from(["s", "t", "u"]))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(at_follow=ids, openings=st.lists(ids, max_size=3), now=ids, elsewhere=places)
def test_new_is_what_the_last_opening_did_not_show(
    tmp_path_factory: pytest.TempPathFactory,
    at_follow: list[str],
    openings: list[list[str]],
    now: list[str],
    elsewhere: dict[str, str],
) -> None:
    """An opening (or following again) shows the story as it is: new is what it did not
    show; every article it showed is now in the story (a member, or a copy left out of the
    members), moved (in another story, named) or removed (the index has it no more), and
    only one of these (nu33 #1)."""
    in_index = {**elsewhere, **dict.fromkeys(now, "s")}

    def where(article: str) -> tuple[str, str | None] | None:
        story = in_index.get(article)
        return None if story is None else (story, story.upper())

    with Notebook.open(tmp_path_factory.mktemp("nb")) as notebook:
        notebook.stories.follow("s", at_follow)
        for shown in openings:
            notebook.stories.opened("s", shown)
        [news] = notebook.stories.news(lambda story: tuple(now), where)
    last = set(([at_follow, *openings])[-1])
    assert news.new == tuple(dict.fromkeys(i for i in now if i not in last))
    moved = {m.article: m.story for m in news.moved}
    assert {m.title for m in news.moved} <= {"T", "U"}
    for article in last:
        still = in_index.get(article) == "s"  # a member, or an exact copy of one
        told = [still, article in moved, article in news.removed]
        assert sum(told) == 1, (article, told)
        if article in moved:
            assert moved[article] == elsewhere[article] != "s"
        if article in news.removed:
            assert article not in in_index
    assert set(moved) | set(news.removed) <= last


def test_a_story_with_a_long_headline_is_followed_under_it_cut(notebook: Notebook) -> None:
    """sx33: `follow` refused a story whose headline ran over 100 characters (exit 2)."""
    headline = "Officials say " + "the flood waters rose again overnight " * 4
    followed = notebook.stories.follow("s1", ("a",), title=headline)
    assert followed.title is not None and len(followed.title) == 100
    assert followed.title.endswith("…") and headline.startswith(followed.title[:-1])
    assert notebook.stories.follow("s1", ("a",), title="  ").title == followed.title  # kept


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    now=st.dictionaries(
        st.sampled_from("abcdwxyz"), st.sampled_from(["s1", "s2", "s3"]), min_size=1
    )
)
def test_the_stories_moved_articles_are_in_tell_what_was_not_seen(
    notebook: Notebook, now: dict[str, str]
) -> None:
    """fl43: for each story holding an article seen in the followed one, its articles not
    seen there (a..d were seen in s1; w..z are new to it), in its order; none for others."""
    if notebook.stories.all():  # the notebook is the test's: one follow per example
        notebook.stories.unfollow("s1")
    notebook.stories.follow("s1", tuple("abcd"), title="Storm")
    members = {s: tuple(sorted(a for a, at in now.items() if at == s)) for s in ("s1", "s2", "s3")}

    def where(article: str) -> tuple[str, str | None] | None:
        return (now[article], None) if article in now else None

    [news] = notebook.stories.news(lambda story: members[story] or None, where)
    into = dict.fromkeys(m.story for m in news.moved)
    oracle = {s: tuple(a for a in members[s] if a not in "abcd") for s in into}
    assert dict(news.moved_new) == {s: new for s, new in oracle.items() if new}
    assert news.to_json()["moved_new"] == {s: list(new) for s, new in news.moved_new}

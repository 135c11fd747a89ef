"""Saved searches and followed stories: saved, listed, run, new hits counted, removed."""

from __future__ import annotations

import pytest

from index.notebook import AlreadyExists, InvalidValue, Notebook, NotFound
from tests.notebook.conftest import Clock


def test_a_saved_search_keeps_its_query_filters_and_sort(notebook: Notebook) -> None:
    saved = notebook.saved.add(
        "Grain", "grain AND price*", source="Reuters", since="1987-03-01", sort="date"
    )
    assert (saved.name, saved.query, saved.source, saved.since, saved.until, saved.sort) == (
        "Grain",
        "grain AND price*",
        "Reuters",
        "1987-03-01",
        None,
        "date",
    )
    assert notebook.saved.get("  grain ") == saved
    assert saved.to_json()["query"] == "grain AND price*"


def test_saved_searches_are_listed_by_name_and_removed(notebook: Notebook) -> None:
    for name in ("zeta", "Alpha", "mid"):
        notebook.saved.add(name, "q")
    assert [s.name for s in notebook.saved.all()] == ["Alpha", "mid", "zeta"]
    notebook.saved.remove("ALPHA")
    assert [s.name for s in notebook.saved.all()] == ["mid", "zeta"]
    with pytest.raises(NotFound, match="no saved search named 'alpha'"):
        notebook.saved.remove("alpha")
    with pytest.raises(NotFound):
        notebook.saved.get("alpha")


def test_a_name_is_saved_once_unless_replaced(notebook: Notebook) -> None:
    notebook.saved.add("grain", "grain", seen=["w1"])
    with pytest.raises(AlreadyExists, match="already named 'GRAIN'"):
        notebook.saved.add("GRAIN", "wheat")
    replaced = notebook.saved.add("GRAIN", "wheat", replace=True)
    assert (replaced.name, replaced.query, replaced.seen) == ("GRAIN", "wheat", 1)
    assert len(notebook.saved.all()) == 1


@pytest.mark.parametrize(
    ("name", "query", "reason"),
    [("", "q", "name is empty"), ("n", "  ", "query is empty"), ("x" * 101, "q", "longer")],
)
def test_bad_saved_searches_are_refused(
    notebook: Notebook, name: str, query: str, reason: str
) -> None:
    with pytest.raises(InvalidValue, match=reason):
        notebook.saved.add(name, query)


def test_new_hits_since_last_opened(notebook: Notebook, clock: Clock) -> None:
    notebook.saved.add("grain", "grain", seen=["w1", "w2"])
    saved_at = notebook.saved.get("grain").last_opened
    assert notebook.saved.count_new("grain", ["w1", "w2", "w3"]) == 1
    assert notebook.saved.count_new("grain", ["w1", "w2", "w3"]) == 1  # counting records nothing
    clock.advance()
    opened = notebook.saved.opened("grain", ["w3", "w1", "w4", "w3"])
    assert opened.new == ("w3", "w4") and opened.total == 3 and opened.previous == saved_at
    assert notebook.saved.get("grain").last_opened == "2026-11-30T09:01:00Z"
    # an article seen at any opening is not new again, even after dropping out
    assert notebook.saved.count_new("grain", ["w2", "w4"]) == 0
    assert notebook.saved.opened("grain", []).new == ()
    assert notebook.saved.get("grain").seen == 4
    with pytest.raises(NotFound):
        notebook.saved.count_new("nope", [])
    with pytest.raises(NotFound):
        notebook.saved.opened("nope", [])


def test_removing_a_saved_search_removes_what_it_saw(notebook: Notebook) -> None:
    notebook.saved.add("grain", "grain", seen=["w1"])
    notebook.saved.remove("grain")
    notebook.saved.add("grain", "grain")
    assert notebook.saved.count_new("grain", ["w1"]) == 1
    assert notebook.check() == []


def test_following_a_story_counts_articles_that_join_it(notebook: Notebook) -> None:
    followed = notebook.stories.follow("story-7", ["a1", "a2"], title="Harbour strike")
    assert (followed.story, followed.title, followed.seen) == ("story-7", "Harbour strike", 2)
    assert notebook.stories.count_new("story-7", ["a1", "a2", "a3"]) == 1
    opened = notebook.stories.opened("story-7", ["a1", "a2", "a3"])
    assert opened.new == ("a3",) and opened.total == 3
    # again: harmless, the story's articles now are what was seen (a2 moved away: forgotten)
    again = notebook.stories.follow("story-7", ["a1", "a3", "a4"])
    assert again.title == "Harbour strike" and again.seen == 3
    assert [s.story for s in notebook.stories.all()] == ["story-7"]
    notebook.stories.unfollow("story-7")
    assert notebook.stories.all() == []
    with pytest.raises(NotFound, match="not followed"):
        notebook.stories.unfollow("story-7")
    with pytest.raises(NotFound):
        notebook.stories.count_new("story-7", [])

"""A story's title comes from a titled article when one has a title (nu22 #6): a story of
an untitled article (its title derived from the lede, so left out) and a titled one was
"(untitled)" when the untitled one was the most central."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from index.analysis.stories import StoryArticle, StoryModel
from tests.analysis.test_stories import BOULDER, CORPUS, DAY


def _untitled(ids: set[str]) -> list[StoryArticle]:
    return [dataclasses.replace(a, title="") if a.id in ids else a for a in CORPUS]


@pytest.mark.parametrize("untitled", [a.id for a in BOULDER])
def test_the_title_is_a_titled_articles(untitled: str) -> None:
    model = StoryModel.build(_untitled({untitled}))
    story = model.story(model.story_of(untitled) or "")
    assert story is not None and set(story.article_ids) == {a.id for a in BOULDER}
    (titled,) = (a.title for a in BOULDER if a.id != untitled)
    assert story.title == titled


def test_a_story_of_untitled_articles_has_none() -> None:
    model = StoryModel.build(_untitled({a.id for a in BOULDER}))
    story = model.story(model.story_of(BOULDER[0].id) or "")
    assert story is not None and story.title == ""


def test_an_untitled_story_takes_the_title_of_an_article_added_to_it() -> None:
    model = StoryModel.build(_untitled({a.id for a in BOULDER}))
    body = (
        "Ten people were killed when a gunman opened fire at a King Soopers supermarket in "
        "Boulder, Colorado; the suspect appeared in court on Tuesday."
    )
    follow_up = StoryArticle(
        "boulder-late", "Boulder gunman in court", body, "Paper E", DAY + timedelta(days=1)
    )
    updated = model.update([follow_up])
    story = updated.story(updated.story_of("boulder-late") or "")
    assert story is not None and BOULDER[0].id in story.article_ids
    assert story.title == follow_up.title

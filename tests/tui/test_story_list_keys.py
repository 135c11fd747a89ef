"""`s` and `c` while the list shows stories act on the stories: `s` orders the story list
(it sorted the hidden article list, with a toast and nothing changed on screen), `c`
compares the outlets of the story under the cursor (it compared the open article with its
most similar one)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.story_corpus import ATLANTA, BOULDER, CORPUS, write_corpus
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.story_order import in_order
from tui.widgets.story_list import StoryList

THIRD = dataclasses.replace(
    BOULDER[1], id="boulder-third", source="Paper D", date=BOULDER[1].date + timedelta(days=2)
)
"""Boulder from a third outlet, two days on: its story is the newest and runs longest."""


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl", (*CORPUS, THIRD))
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def listed(app: BroadsheetApp) -> list[str]:
    return [s.title for s in reader(app).query_one(StoryList).stories]


def holding(app: BroadsheetApp, article_id: str) -> int:
    """The row of the story that holds ``article_id``."""
    stories = reader(app).query_one(StoryList).stories
    return next(n for n, s in enumerate(stories) if article_id in s.article_ids)


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status").render())


async def test_s_orders_the_story_list(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        found = reader(news).query_one(StoryList).stories
        assert "largest first" in status(news)
        await pilot.press("s")
        await settle(pilot)
        assert listed(news) == [s.title for s in in_order(found, "newest first")]
        assert THIRD.id in reader(news).query_one(StoryList).stories[0].article_ids
        assert "newest first" in status(news)
        await pilot.press("s")
        await settle(pilot)
        assert listed(news) == [s.title for s in in_order(found, "oldest first")]
        assert "oldest first" in status(news)
        await pilot.press("s")
        await settle(pilot)
        assert listed(news) == [s.title for s in found] and "largest first" in status(news)
        assert reader(news).sort == "relevance"  # the articles' order is not touched


def test_in_order_sorts_by_latest_or_first_article_undated_last() -> None:
    from index.models import Story

    day = BOULDER[0].date
    assert day is not None

    def at(hours: int | None) -> datetime | None:
        return None if hours is None else day + timedelta(hours=hours)

    def story(name: str, start: int | None, end: int | None) -> Story:
        return Story(name, name, (name,), (), name, at(start), at(end))

    stories = [story("a", 0, 50), story("b", None, None), story("c", 10, 20), story("d", -5, 5)]
    assert [s.id for s in in_order(stories, "newest first")] == ["a", "c", "d", "b"]
    assert [s.id for s in in_order(stories, "oldest first")] == ["d", "a", "c", "b"]
    assert in_order(stories, "") == stories


async def test_c_compares_the_outlets_of_the_story_under_the_cursor(news: BroadsheetApp) -> None:
    from tui.screens.multicompare import MultiCompareScreen

    async with news.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        stories = reader(news).query_one(StoryList)
        stories.highlighted = holding(news, BOULDER[0].id)
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(news.screen, MultiCompareScreen)
        assert set(news.screen.ids) == {BOULDER[0].id, BOULDER[1].id, THIRD.id}
        await pilot.press("escape")
        await settle(pilot)
        stories.highlighted = holding(news, ATLANTA[0].id)
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(news.screen, CompareScreen)
        assert set(news.screen.ids) == {ATLANTA[0].id, ATLANTA[1].id}

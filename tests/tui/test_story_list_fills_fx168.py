"""The story list (`S`) takes the box the article list has, however few its rows (fx168).

An OptionList is as tall as its rows: with a few stories the list's border closed under
them and an empty block stood below it, beside the pane. The oracle is the article list's
box at the same size: the list of stories is in its place, as tall, whatever it holds.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_following_reader import news, story_list  # noqa: F401 (news: a fixture)
from tui.app import BroadsheetApp
from tui.widgets.article_list import ArticleList


@pytest.mark.parametrize("size", [(120, 40), (200, 50), (90, 40), (80, 24)])
async def test_the_story_list_has_the_article_lists_box(
    news: BroadsheetApp,  # noqa: F811
    size: tuple[int, int],
) -> None:
    async with news.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reader(news)
        articles = screen.query_one(ArticleList)
        await wait_until(pilot, lambda: articles.region.height > 0)
        box = articles.region
        await pilot.press("S")
        await wait_until(pilot, lambda: len(story_list(news).stories) > 0)
        await settle(pilot)
        stories = story_list(news)
        assert stories.region == box
        assert stories.option_count + 2 < box.height  # a few rows: the rest of it blank
        pane = screen.query_one("#pane")
        if size[0] >= 100:  # side by side: both boxes end on the line above the status
            assert stories.region.bottom == pane.region.bottom

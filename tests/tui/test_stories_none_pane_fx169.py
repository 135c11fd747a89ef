"""A story list that lists nothing leaves no article in the reading pane (nu67 fault 9:
the last story's article stayed there, as if it matched; the article list says "No
article matches" and clears it). The pane says no story matches, as the article list does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_corpus import ATLANTA, write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.story_list import StoryList


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


@pytest.mark.parametrize("query", ["qwxzv", "atlanta qwxzv"])
async def test_no_story_listed_clears_the_pane(news: BroadsheetApp, query: str) -> None:
    ids = {a.id for a in ATLANTA}
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await search(pilot, "atlanta")
        await pilot.press("enter")
        pane = reader(news).query_one(ReadingPane)
        await wait_until(pilot, lambda: pane.article is not None and pane.article.id in ids)
        await search(pilot, query)
        await pilot.press("enter")
        await wait_until(pilot, lambda: reader(news).query_one(StoryList).stories == [])
        await settle(pilot)
        assert pane.article is None
        assert "No story matches" in pane._gone
        assert query in pane._gone

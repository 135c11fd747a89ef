"""rv76: a misspelt query whose offer the article list shows ("rooftopss": the hits of
rooftops) but whose offer lists no story either. The story list, listing none, lit the
pane with the query as typed; back on the article list, the article shown for rooftops
said "no matches in this article" (it had 4 before `S`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.story_corpus import CORPUS, write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.story_list import StoryList

LONE = {
    "id": "lone",
    "title": "Gardens on the rooftops of the city",
    "body": "Rooftops turned into gardens: the rooftops hold trees, and rooftops hold pools.",
    "source": "Alpha",
    "date": "2017-02-07",
}


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    path = write_corpus(tmp_path / "news" / "news.jsonl", CORPUS)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(LONE) + "\n")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def test_back_from_no_story_the_offer_still_lights_the_pane(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "rooftopss")
        await pilot.press("enter")
        screen = reader(news)
        pane = screen.query_one(ReadingPane)
        await wait_until(pilot, lambda: pane.article is not None and pane.article.id == "lone")
        await settle(pilot)
        before = screen.match_info
        assert "match" in before and "no matches" not in before, before
        await pilot.press("S")
        await wait_until(pilot, lambda: screen.query_one(StoryList).stories == [])
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await wait_until(pilot, lambda: pane.article is not None and pane.article.id == "lone")
        await settle(pilot)
        assert screen.match_info == before

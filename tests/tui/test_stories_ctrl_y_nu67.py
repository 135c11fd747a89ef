"""ctrl+y on the story list takes the respelling it offers (nu67: `/sesions`, enter, `S`
said "No stories match 'sesions'. Did you mean: sessions?" and the footer offered
"^y Suggestion", but ctrl+y searched the articles as typed again, the article list having
shown the offer's hits: the story list stayed empty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_corpus import ATLANTA, write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.widgets.search_box import SearchBox
from tui.widgets.story_list import StoryList


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def listed(app: BroadsheetApp) -> list[set[str]]:
    return [set(story.article_ids) for story in reader(app).query_one(StoryList).stories]


@pytest.mark.parametrize("stories_first", [True, False])
async def test_ctrl_y_on_the_story_list_takes_its_respelling(
    news: BroadsheetApp, stories_first: bool
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if stories_first:
            await pilot.press("S")
            await settle(pilot)
        await search(pilot, "atlantta")
        await pilot.press("enter")
        await settle(pilot)
        if not stories_first:  # the article list shows the offer's hits ("Showing results")
            assert reader(news).read_as == "atlanta"
            await pilot.press("S")
            await settle(pilot)
        stories = reader(news).query_one(StoryList)
        assert listed(news) == []
        assert "Did you mean: atlanta?" in str(stories.get_option_at_index(0).prompt)
        assert reader(news).check_action("accept_suggestion", ())  # the footer offers it
        await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: listed(news) == [{a.id for a in ATLANTA}])
        assert reader(news).query_one(SearchBox).value == "atlanta"

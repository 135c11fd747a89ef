"""`q` over the story list, no story under the cursor, opens the quotes of the query the
story list shows, as the list read it, not the article list's (nu68 (2)): after
`/atlantta`, enter (the article list shows atlanta's hits), `S` and ctrl+y (the stories of
"atlantta" as typed: none, "Did you mean"), `q` listed atlanta's quotes. The oracle is the
story list's own query (`StoryMode.listed_query`, its offer `stories_read_as`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.quotes import QuotesScreen
from tui.widgets.story_list import StoryList


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def scope(app: BroadsheetApp) -> str:
    """The query whose quotes the panel open lists."""
    screen = app.screen
    assert isinstance(screen, QuotesScreen)
    return screen.scope.query


async def test_q_over_no_story_opens_the_quotes_of_the_story_list_s_query(
    news: BroadsheetApp,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "atlantta")
        await pilot.press("enter")
        await settle(pilot)
        assert reader(news).read_as == "atlanta"  # the article list shows the offer's hits
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("ctrl+y")  # the story list: "atlantta" as typed, no story
        stories = reader(news).query_one(StoryList)
        await wait_until(pilot, lambda: reader(news).listed_query() == "atlantta")
        await settle(pilot)
        assert stories.stories == [] and stories.has_focus
        await pilot.press("q")
        await wait_until(pilot, lambda: isinstance(news.screen, QuotesScreen))
        assert scope(news) == "atlantta"


async def test_q_from_the_bar_opens_the_quotes_of_the_offer_the_stories_show(
    news: BroadsheetApp,
) -> None:
    """Stories listed for an offer ("Showing stories for atlanta"): the quotes of the query
    from the search bar (no story chosen) are the offer's, the article list never searched."""
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await search(pilot, "atlantta")
        assert reader(news).stories_read_as == "atlanta"
        reader(news).quote_jump.open()  # as `q` does with no story chosen (the bar focused)
        await wait_until(pilot, lambda: isinstance(news.screen, QuotesScreen))
        assert scope(news) == "atlanta"

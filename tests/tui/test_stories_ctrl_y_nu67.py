"""The story list follows what the article list searched (fx169, nu67's fault 3): after
`/atlantta`, enter, the article list shows the offer's hits ("Showing results for
atlanta"), and `S` said "No stories match 'atlantta'" under the article list's note. Now
the story list lists the offer's stories and its note says so; ctrl+y there searches the
query as typed (its "Did you mean" then), and ctrl+y again the respelling it offers
(nu67: ctrl+y searched the articles as typed again, the story list stayed empty)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

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


def note(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#query-note", Static).render())


@pytest.mark.parametrize("stories_first", [True, False])
async def test_the_story_list_follows_the_offer_and_ctrl_y_as_typed(
    news: BroadsheetApp, stories_first: bool
) -> None:
    atlanta = [{a.id for a in ATLANTA}]
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
            assert "Showing results for atlanta" in note(news)
            await pilot.press("S")
            await settle(pilot)
        await wait_until(pilot, lambda: listed(news) == atlanta)
        said = note(news)
        assert "Showing stories for atlanta" in said, said
        assert "ctrl+y searches instead for atlantta" in said
        assert reader(news).check_action("accept_suggestion", ())  # the footer offers it
        await pilot.press("ctrl+y")  # as typed: none, and its respelling offered
        await wait_until(pilot, lambda: listed(news) == [])
        stories = reader(news).query_one(StoryList)
        assert "Did you mean: atlanta?" in str(stories.get_option_at_index(0).prompt)
        assert "Showing" not in note(news)
        assert reader(news).check_action("accept_suggestion", ())
        await pilot.press("ctrl+y")  # the respelling, typed in the bar
        await wait_until(pilot, lambda: listed(news) == atlanta)
        assert reader(news).query_one(SearchBox).value == "atlanta"
        assert "Showing" not in note(news)


async def test_back_on_the_articles_their_note_again(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "atlantta")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await wait_until(pilot, lambda: "Showing stories" in note(news))
        await pilot.press("S")
        await settle(pilot)
        assert "Showing results for atlanta" in note(news)

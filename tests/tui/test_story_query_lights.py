"""The reading pane lights the stories list's query, and nothing once it is cleared.

nu13's walkthrough: search, `S`, `/`, `esc` emptied the search bar, but the pane kept
lighting the old word and said "1 match (n/N)"; the articles list already cleared it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


def lit(app: BroadsheetApp) -> bool:
    return bool(reader(app).pane.highlighter)


async def test_clearing_the_query_in_the_stories_list_unlights_the_pane(
    news: BroadsheetApp,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "spas")
        await pilot.press("enter")  # to the list
        await wait_until(pilot, lambda: reader(news).pane.article is not None)
        assert lit(news)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("slash", "escape")
        await pilot.pause(0.2)
        await settle(pilot)
        assert reader(news).search_text == ""
        assert not lit(news)
        assert not reader(news).highlighter
        assert reader(news).pane.match_count == 0 and "(n/N)" not in status(news)
        await pilot.press("S")  # back to the articles: still nothing lit
        await settle(pilot)
        assert not lit(news)


async def test_a_query_typed_in_the_stories_list_lights_the_pane(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await search(pilot, "spas")
        await wait_until(pilot, lambda: reader(news).pane.article is not None)
        await settle(pilot)
        assert lit(news) and reader(news).pane.match_count > 0

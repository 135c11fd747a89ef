"""The story screen in a short terminal: its articles stay in sight."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from tests.story_corpus import write_corpus
from tests.tui.conftest import settle, wait_until
from tests.tui.test_following_reader import open_boulder
from tui.app import BroadsheetApp


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


@pytest.mark.parametrize(
    ("size", "short", "chart"),
    [((50, 15), True, False), ((80, 24), False, True), ((120, 40), False, True)],
)
async def test_the_articles_show_at_any_height(
    news: BroadsheetApp, size: tuple[int, int], short: bool, chart: bool
) -> None:
    """At 50x15 the head and the chart filled the height: the articles' box was its two
    borders, no row in it. A short screen drops the chart and the preview; a low one (80x24,
    where 1½ of six article rows showed, nu19 #6) shows the chart in one line (it dropped
    it without a word, nu31 #9); 120x40 keeps them."""
    async with news.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        screen = await open_boulder(news, pilot)
        rows = screen.query_one("#story-articles", OptionList)
        await wait_until(pilot, lambda: rows.option_count > 0)
        await settle(pilot)
        assert rows.scrollable_content_region.height >= 3
        assert screen.has_class("-short") is short
        drawn = screen.query_one("#story-chart", Static)
        assert drawn.display is chart
        if chart:  # Boulder's one day: one line at any height (nu83 #2: a row an outlet)
            assert str(drawn.render()) == "One day, 2021-03-22: one article an outlet"
            assert drawn.size.height == 1
        assert screen.query_one("#story-preview").display is not short
        if not short:  # the articles have more of the height than the preview
            preview = screen.query_one("#story-preview").size.height
            assert rows.size.height > preview or rows.option_count + 2 <= rows.size.height

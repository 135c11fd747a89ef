"""The story screen's chart: a story of one day is one line at any height (nu83 #2: at
120x40 one column of bars took a line an outlet and two more, and the article list kept 11
rows); a story over days keeps its rows of bars at 120x40 and its line at 80x24. Oracle: the
articles' own dates, read from the corpus written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from tests.story_corpus import BOULDER, COPIES, CORPUS, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_story_wording import open_story
from tui.app import BroadsheetApp
from tui.widgets.story_list import StoryList


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@pytest.mark.parametrize("first", [BOULDER[0].id, COPIES[0].id])
async def test_a_chart_of_one_day_is_one_line(
    tmp_path: Path, size: tuple[int, int], first: str
) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        listed = reader(app).query_one(StoryList).stories
        story = next(s for s in listed if first in s.article_ids)
        screen = await open_story(app, pilot, story.title)
        rows = screen.query_one("#story-articles", OptionList)
        await wait_until(pilot, lambda: rows.option_count > 0)
        await settle(pilot)
        drawn = screen.query_one("#story-chart", Static)
        said = str(drawn.render())
        days = sorted({a.date.date() for a in CORPUS if a.id in story.article_ids and a.date})
        if len(days) == 1:
            assert said == f"One day, {days[0].isoformat()}: one article an outlet"
            assert drawn.size.height == 1
        elif size == (80, 24):
            assert drawn.size.height == 1 and "all outlets" in said
        else:  # a row an outlet, under a line of the days
            outlets = {a.source for a in CORPUS if a.id in story.article_ids}
            assert drawn.size.height == len(outlets) + 1
            assert f"{days[0].isoformat()} … {days[-1].isoformat()}" in said

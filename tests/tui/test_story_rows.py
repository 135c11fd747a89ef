"""The story screen's article rows keep to one line at 80x24, cut with an ellipsis.

The rows are built `no_wrap`, but an `OptionList` turns a Rich `Text` into `Content`, which
drops `no_wrap` and `overflow`: a long title wrapped under the date column.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import OptionList

from index.models import Story
from tests.story_corpus import BOULDER, CORPUS, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen
from tui.widgets.story_list import StoryList
from tui.widgets.story_row import BARS, story_row

TAIL = " after a long night of searching, police and witnesses in the city said on Tuesday"


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    """The story corpus with long titles (built with its stories when it starts)."""
    articles = [dataclasses.replace(a, title=a.title + TAIL) for a in CORPUS]
    write_corpus(tmp_path / "news" / "news.jsonl", articles)
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def stories_at_80x24(app: BroadsheetApp, pilot: Pilot[None]) -> StoryList:
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)
    return reader(app).query_one(StoryList)


async def test_a_long_title_stays_on_its_row_at_80x24(app: BroadsheetApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        listed = await stories_at_80x24(app, pilot)
        listed.highlighted = [s.title for s in listed.stories].index(BOULDER[0].title + TAIL)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        await wait_until(pilot, lambda: app.screen.timeline is not None)  # type: ignore[attr-defined]
        await settle(pilot)
        rows = app.screen.query_one("#story-articles", OptionList)
        assert rows.option_count == 4  # two outlets, an article each
        assert rows.virtual_size.height == rows.option_count  # a line a row
        lines = [rows.render_line(y).text for y in range(rows.option_count)]
        assert all(line.rstrip().endswith("…") for line in lines[1::2]), lines


async def test_the_story_list_keeps_a_line_a_story_at_80x24(app: BroadsheetApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        listed = await stories_at_80x24(app, pilot)
        assert listed.option_count == 3
        assert listed.virtual_size.height == 2 * listed.option_count  # two lines a story


@pytest.mark.parametrize("size", [(120, 40), (100, 30)])
async def test_a_multi_day_story_row_shows_its_sparkline_whole(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """nu18 #10: at 120 columns the row of a story over several days ended in "…" where its
    sparkline should be; nu19 #8: the range stays whole ("2021-03-22 → 03-24" or, closer,
    "2021-03-22→03-24"), and where the bars then have no room (100x30) they give way."""
    write_corpus(tmp_path / "news" / "news.jsonl", CORPUS)
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        listed = await stories_at_80x24(app, pilot)
        lines = [listed.render_line(y).text.rstrip() for y in range(2 * listed.option_count)]
        strike = next(line for line in lines[1::2] if "03-24" in line)
        assert "2021-03-22" in strike, lines  # the harbour strike: 03-22 to 03-24
        if size == (120, 40):
            assert sum(c in BARS for c in strike) > 1, lines
        for line in lines[1::2]:  # bars, or the last day (every row's bars give way at once)
            assert not line.endswith("…") and (line[-1] in BARS or line[-1].isdigit()), lines


@pytest.mark.parametrize("width", range(30, 80))
def test_a_story_row_keeps_its_first_and_last_day_at_any_width(width: int) -> None:
    """nu19 #8: "7 articles · 6 outlets · 2017-02-07 █▂" for a story that ran to 02-08 (the
    last day gave way to the bars): the range stays, the bars give way, never both cut."""
    devos = Story(
        id="s1",
        title="Pence vote needed to confirm DeVos",
        article_ids=tuple(f"n{k}" for k in range(7)),
        sources=("ABC", "BBC", "CNN", "DW", "RTE", "Reuters"),
        first="n0",
        start=datetime(2017, 2, 7),
        end=datetime(2017, 2, 8),
        per_day=(6, 1),
    )
    line = story_row(devos, width).plain.splitlines()[1]
    assert "2017-02-07" in line and "02-08" in line, line
    bars = sum(c in BARS for c in line)
    assert bars in (0, 2), line  # both days' bars or none
    assert cell_len(line) <= width or bars == 0, line  # only the ellipsis cuts, and not bars
    if width >= 49:
        assert line.endswith("2017-02-07 → 02-08  █▂"), line

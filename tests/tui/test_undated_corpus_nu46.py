"""nu46 #2 and #9: a corpus whose texts give no date (wires that say "March 3" and no
year). The reader says once where dates come from, a sort by date says it has no dates to
sort by, a date-filtered query that lists no story says how many undated matches it left
out; and `c` in the story list compares two articles of a story one outlet ran, as the
README says, not three as if they were outlets. The oracle: the dates and outlets written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.analysis.test_stories import BOULDER, BOULDER_LATE, OTHERS
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.reader_state import NO_DATES
from tui.screens.compare import CompareScreen
from tui.story_pick import ONE_OUTLET_TWO
from tui.widgets.story_list import StoryList

WHERE = "dates come from the text or a NAME.meta.toml sidecar"


def news(tmp_path: Path, *, dated: bool, source: str | None = "Wire A") -> BroadsheetApp:
    """Boulder told by one outlet (``source``), among other news; every date kept or none."""
    articles = [*(replace(a, source=source) for a in (*BOULDER, BOULDER_LATE)), *OTHERS]
    if not dated:
        articles = [replace(a, date=None) for a in articles]
    write_corpus(tmp_path / "news" / "news.jsonl", articles)
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def in_stories(pilot: Any) -> None:
    """Wait for the reader's first list, then show the stories (`S`)."""
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)


def said(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize("dated", [False, True])
async def test_the_reader_says_once_where_dates_come_from(tmp_path: Path, dated: bool) -> None:
    app = news(tmp_path, dated=dated)
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await settle(pilot)
        reader(app).check_freshness()  # the reader checks every few seconds: said once
        await settle(pilot)
        told = [line for line in said(app) if WHERE in line]
        if dated:
            assert told == [] and not reader(app).dateless
        else:
            count = len(BOULDER) + 1 + len(OTHERS)
            have = f"{count:,} of {count:,} articles have no date in their text"
            assert told == [f"{have} ({WHERE}: README, Corpora)"]
            assert reader(app).dateless
        # no query: relevance shows newest first, so `s` passes "newest" over (nu58 #4)
        await pilot.press("s")
        await settle(pilot)
        assert reader(app).sort == "oldest"
        assert said(app)[-1] == f"Sorted by oldest{NO_DATES if not dated else ''}"
        await pilot.press("s")  # by outlet: dates or none, it sorts
        await settle(pilot)
        assert said(app)[-1] == "Sorted by outlet"
        await pilot.press("s")  # relevance, newest first with no query: said so
        await settle(pilot)
        assert reader(app).sort == "relevance"
        newest = "Sorted by newest (by relevance once you search)"
        assert said(app)[-1] == f"{newest}{NO_DATES if not dated else ''}"


async def test_the_story_list_sorts_by_date_says_it_has_none(tmp_path: Path) -> None:
    app = news(tmp_path, dated=False)
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await in_stories(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert said(app)[-1] == f"Stories sorted newest first{NO_DATES}"


async def test_a_date_filter_that_lists_no_story_says_the_undated_left_out(
    tmp_path: Path,
) -> None:
    app = news(tmp_path, dated=False)
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await in_stories(pilot)
        await search(pilot, "boulder date:2021")
        await settle(pilot)
        stories = reader(app).query_one(StoryList)
        assert stories.stories == []
        shown = str(stories.get_option_at_index(0).prompt)
        every = (*BOULDER, BOULDER_LATE, *OTHERS)
        matching = sum("boulder" in (a.title + a.body).casefold() for a in every)
        assert f"{matching:,} undated matches left out (no date in the text)" in shown, shown


async def test_c_in_the_story_list_compares_two_articles_of_one_outlet(tmp_path: Path) -> None:
    app = news(tmp_path, dated=True)
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await in_stories(pilot)
        found = reader(app).query_one(StoryList)
        found.highlighted = max(range(len(found.stories)), key=lambda n: found.stories[n].size)
        story = found.stories[found.highlighted]
        assert story.size >= 3 and story.sources == ("Wire A",)
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert len(app.screen.ids) == 2 and set(app.screen.ids) <= set(story.article_ids)
        assert ONE_OUTLET_TWO.format("Wire A") in said(app)

"""Over stories, the outlet filter (`f`) shows that outlet's article of each story in the pane,
and a story's screen opened from there starts on it (nu83: `f` Fox News over AllSides'
stories kept the 78 stories Fox News ran in, and the pane showed each one's first article,
CNBC's, CNN's; with a query it showed the outlet's best match already, issue 16).

Oracle: the corpus as written: the outlet's earliest article of the story, for each outlet
of it in turn; with no filter, the story's first article as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_corpus import one_story
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.source_picker import SourcePicker
from tui.screens.story import StoryScreen
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.story_list import StoryList

OUTLETS = ("Apex Wire", "Beacon Daily", "Cedar Post", "Beacon Daily", "Cedar Post")
HOURS = (1, 3, 5, 7, 9)  # ids b0..b4 in this order: Apex first, Beacon's earliest b1


def earliest(outlet: str) -> str:
    """The oracle: the id of the outlet's earliest article (`one_story` writes them so)."""
    pairs = enumerate(zip(OUTLETS, HOURS, strict=True))
    return min((hour, f"b{k}") for k, (name, hour) in pairs if name == outlet)[1]


def shown(app: BroadsheetApp) -> str | None:
    article = reader(app).query_one(ReadingPane).article
    return article.id if article is not None else None


@pytest.mark.parametrize("outlet", ["", "Apex Wire", "Beacon Daily", "Cedar Post"])
async def test_the_pane_shows_the_outlets_article(tmp_path: Path, outlet: str) -> None:
    one_story(tmp_path / "news" / "news.jsonl", OUTLETS, HOURS)
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    wanted = earliest(outlet) if outlet else "b0"  # no filter: the story's first, as before
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        screen = reader(app)
        assert len(screen.query_one(StoryList).stories) == 1
        if outlet:
            await pilot.press("f")
            await settle(pilot)
            picker = app.screen
            assert isinstance(picker, SourcePicker)
            await pilot.press(*outlet.split()[0], "enter")  # typed to narrow, then picked
            await settle(pilot)
            assert screen.source == outlet
        await wait_until(pilot, lambda: shown(app) == wanted)
        await pilot.press("enter")  # the story's screen, on the article the pane showed
        await settle(pilot)
        story = app.screen
        assert isinstance(story, StoryScreen)
        await wait_until(pilot, lambda: story.current == (wanted if outlet else "b0"))

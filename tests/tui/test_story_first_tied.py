"""The story screen: no outlet "first" when the first day's articles tie (nu17 #3), and an
article opened from it lit as the list lights one (Pilot)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from tests.analysis.test_stories import DAY
from tests.story_corpus import BOULDER, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_story_wording import open_story
from tui.app import BroadsheetApp
from tui.screens.reader import ReaderScreen
from tui.screens.story import StoryScreen
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.story_list import StoryList


async def the_story(app: BroadsheetApp, pilot: Pilot[None]) -> StoryScreen:
    """The story screen of the corpus's one story, from the reader's story list."""
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)
    (story,) = reader(app).query_one(StoryList).stories
    return await open_story(app, pilot, story.title)


async def test_the_story_screen_says_they_tie(tmp_path: Path) -> None:
    write_corpus(
        tmp_path / "news" / "news.jsonl", [dataclasses.replace(a, date=DAY) for a in BOULDER]
    )
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await the_story(app, pilot)
        head = screen.query_one("#story-head", Static)
        await wait_until(pilot, lambda: "First:" in str(head.render()))
        said = " ".join(str(head.render()).split())
        assert "First: 2 articles the same day, no time given, 2021-03-22:" in said
        rows = screen.query_one("#story-articles", OptionList)
        heads = [str(rows.get_option_at_index(k).prompt) for k in range(rows.option_count)
                 if rows.get_option_at_index(k).disabled]  # fmt: skip
        # every outlet ties: the head says it once, no row "same day" (nu83 #1)
        assert sorted(heads) == ["Paper B", "Wire A"]


async def test_an_article_opened_from_a_story_gets_its_own_lights(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fx17d: `StoryMode.on_article_fetched` left the pane the previous article's passage
    lights (and none of its own): it now lights the article it shows, as the list does."""
    monkeypatch.setattr(ReaderScreen, "passage_lights", lambda self, a: [(f"lit {a.id}", None)])
    write_corpus(tmp_path / "news" / "news.jsonl", BOULDER)
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await the_story(app, pilot)
        await wait_until(pilot, lambda: screen.current is not None)
        chosen = screen.current
        await pilot.press("enter")
        pane = reader(app).query_one(ReadingPane)
        await wait_until(pilot, lambda: pane.article is not None and pane.article.id == chosen)
        assert pane.watch_words == [(f"lit {chosen}", None)]

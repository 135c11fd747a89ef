"""The story screen's head says when a close article outside the story ran before its first
(issue 16, nu51 #1), on a line of its own that the head makes room for."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from index.library import Library
from tests.analysis.test_stories import CORPUS
from tests.cli.test_story_earlier_cli import EVE, fake_related
from tests.story_corpus import write_corpus
from tests.tui.conftest import settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen
from tui.widgets.story_list import StoryList


async def test_the_head_names_the_earlier_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl", [*CORPUS, EVE])
    monkeypatch.setattr(Library, "related", fake_related)
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        found = app.screen.query_one(StoryList)
        found.highlighted = next(
            n for n, s in enumerate(found.stories) if "boulder-wire" in s.article_ids
        )
        await pilot.press("enter")
        await settle(pilot)
        story = app.screen
        assert isinstance(story, StoryScreen)
        await wait_until(pilot, lambda: story.timeline is not None)
        await settle(pilot)
        head = story.query_one("#story-head", Static)
        lines = str(head.render()).splitlines()
        assert lines[3].startswith("Earlier, not in this story: Night Desk 2021-03-20 Harbour")
        assert story.has_class("-earlier") and head.size.height == 4

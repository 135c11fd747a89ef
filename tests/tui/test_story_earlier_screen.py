"""The story screen's head says when a close article outside the story ran before its first
(issue 16, nu51 #1), on a line of its own that the head makes room for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import ActiveBinding
from textual.pilot import Pilot
from textual.widgets import Static

from index.library import Library
from tests.analysis.test_stories import CORPUS
from tests.cli.test_story_earlier_cli import EVE, fake_related
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen
from tui.widgets.story_list import StoryList


def eve_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BroadsheetApp:
    """The app over the stories' corpus and EVE, which the story's first lists as related."""
    write_corpus(tmp_path / "news" / "news.jsonl", [*CORPUS, EVE])
    monkeypatch.setattr(Library, "related", fake_related)
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def opened_story(pilot: Pilot[Any], app: BroadsheetApp, boulder: bool) -> StoryScreen:
    """The story screen of the story holding "boulder-wire" (whose first has EVE before it,
    outside), or of another story, opened from the reader's story list."""
    found = app.screen.query_one(StoryList)
    found.highlighted = next(
        n for n, s in enumerate(found.stories) if ("boulder-wire" in s.article_ids) == boulder
    )
    await pilot.press("enter")
    await settle(pilot)
    story = app.screen
    assert isinstance(story, StoryScreen)
    await wait_until(pilot, lambda: story.timeline is not None)
    await settle(pilot)
    return story


async def test_the_head_names_the_earlier_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = eve_app(tmp_path, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        story = await opened_story(pilot, app, boulder=True)
        head = story.query_one("#story-head", Static)
        lines = str(head.render()).splitlines()
        assert lines[3].startswith("Earlier, not in this story: Night Desk 2021-03-20 Harbour")
        assert story.has_class("-earlier") and head.size.height == 4


async def test_e_reads_the_earlier_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """nu52 #4: the head named the earlier article with no key to open it; `E` reads it (the
    first of them), and the footer shows `E` only when the line is there."""
    app = eve_app(tmp_path, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        other = await opened_story(pilot, app, boulder=False)
        assert not other.earlier and other.check_action("open_earlier", ()) is False
        assert "open_earlier" not in {b.binding.action for b in footer_keys(app)}
        await pilot.press("E")  # no line: nothing happens
        await settle(pilot)
        assert app.screen is other
        await pilot.press("escape")
        await settle(pilot)
        await opened_story(pilot, app, boulder=True)
        assert "open_earlier" in {b.binding.action for b in footer_keys(app)}
        await pilot.press("E")
        await settle(pilot)
        assert not isinstance(app.screen, StoryScreen)
        pane = reader(app).pane
        await wait_until(pilot, lambda: pane.article is not None and pane.article.id == "eve")


def footer_keys(app: BroadsheetApp) -> list[ActiveBinding]:
    """The bindings the footer shows now."""
    return [b for b in app.active_bindings.values() if b.binding.show and b.enabled]

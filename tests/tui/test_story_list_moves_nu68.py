"""The story list takes the article list's moves: g and G to the first and last story,
ctrl+d and ctrl+u a page, l opens the story (nu68's walkthrough: only home, end, the page
keys and enter did, while the help's Moving heading says "g / home top", "G / end
bottom", "⏎ / l open"). Oracle: the keys the list already had, from the same row."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_story_list_pages import _stories
from tests.tui.test_story_list_whole_rows_nu68 import _List
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen
from tui.widgets.story_list import StoryList


@pytest.mark.parametrize(
    ("key", "same_as"), [("g", "home"), ("G", "end"), ("ctrl+d", "pagedown"), ("ctrl+u", "pageup")]
)
async def test_vim_keys_move_as_the_list_s_own(key: str, same_as: str) -> None:
    app = _List(12)
    async with app.run_test(size=(80, 24)) as pilot:
        stories = app.query_one(StoryList)
        stories.show(_stories(30))
        stories.focus()
        landed = []
        for pressed in (same_as, key):
            stories.highlighted = 10
            await pilot.pause()
            await pilot.press(pressed)
            await pilot.pause()
            landed.append(stories.highlighted)
        assert landed[0] != 10 and landed[1] == landed[0]


async def test_l_opens_the_story_as_enter_does(stories_built: tuple[Path, Path]) -> None:
    """`l` opens the row as in the article list ("⏎ / l open..." in the help)."""
    app = BroadsheetApp(*stories_built)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await wait_until(pilot, lambda: reader(app).story_list.current is not None)
        story = reader(app).story_list.current
        assert story is not None
        await pilot.press("l")
        await wait_until(pilot, lambda: isinstance(app.screen, StoryScreen))
        screen = app.screen
        assert isinstance(screen, StoryScreen) and screen.story_id == story.id

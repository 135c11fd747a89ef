"""rv66 (fx154 review): a screen opened before the saved state came (help `?`, the quotes
panel `q`, the command palette) had the story's screen open at quit pushed over it once the
restored stories list came: the user's screen was covered by one they did not ask for.

Oracle: the screen stack after the state came is the one the user opened, over the reader,
with no story's screen (the list under it on the restored row, as the state says)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_corpus import write_corpus
from tests.tui.conftest import hold_state, reader, settle, wait_until
from tests.tui.test_restart_story_screen_fx154 import save, story_ids, story_screens
from tui.app import BroadsheetApp
from tui.widgets.story_list import StoryList


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return tmp_path / "news"


@pytest.mark.parametrize("key", ["question_mark", "q", "ctrl+p"])
async def test_a_screen_opened_before_the_state_came_stays_on_top(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    index_dir = tmp_path / "index"
    listed = story_ids(corpus, index_dir)
    save(index_dir, story=listed[1], story_open=True)
    came = hold_state(monkeypatch)  # the state comes once the user opened a screen
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: screen.library is not None)
        await pilot.press(key)
        await wait_until(pilot, lambda: app.screen is not screen)
        opened = app.screen
        came.set()
        stories = screen.query_one(StoryList)
        await wait_until(pilot, lambda: screen.showing_stories and bool(stories.stories))
        await pilot.pause(0.5)  # a story's screen, told by its worker, would be up by now
        await settle(pilot)
        assert app.screen is opened, [type(s).__name__ for s in app.screen_stack]
        assert story_screens(app) == []
        assert stories.current is not None and stories.current.id == listed[1]

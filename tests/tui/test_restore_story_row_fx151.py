"""fx151 (nu61 #5): quit with a story opened from the stories list (`S`, `j`, `enter`,
ctrl+q) and start again: the stories list came back on row 1, the first story in the pane.
The row's story comes back, as the article list's restore brings back its article.

Oracle: the story under the cursor when the reader quit, by id, and its first article in
the pane, after the restart; driven by keys only."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.reader_state import load_state, state_path
from tui.screens.story import StoryScreen
from tui.widgets.story_list import StoryList


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return tmp_path / "news"


async def _quit_on_a_story(corpus: Path, index_dir: Path, moves: int, opened: bool) -> None:
    first = BroadsheetApp(corpus, index_dir, restore=True)
    async with first.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        stories = reader(first).query_one(StoryList)
        await wait_until(pilot, lambda: len(stories.stories) >= 2)
        await pilot.press(*["j"] * (1 + (moves - 1) % (len(stories.stories) - 1)))  # off row 1
        await settle(pilot)
        kept = stories.current
        assert kept is not None
        if opened:
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(first.screen, StoryScreen))
        await pilot.press("ctrl+q")
    state = load_state(state_path(index_dir))
    assert state is not None and state.stories and state.story == kept.id
    second = BroadsheetApp(corpus, index_dir, restore=True)
    async with second.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(second)
        stories = screen.query_one(StoryList)
        await wait_until(pilot, lambda: screen.showing_stories and bool(stories.stories))
        await settle(pilot)
        assert stories.current is not None and stories.current.id == kept.id
        assert stories.highlighted == [s.id for s in stories.stories].index(kept.id)
        await wait_until(
            pilot, lambda: screen.pane.article is not None and screen.pane.article.id == kept.first
        )


@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(moves=st.integers(1, 5), opened=st.booleans())
async def test_a_restart_brings_back_the_story_row(
    corpus: Path, tmp_path: Path, moves: int, opened: bool
) -> None:
    index_dir = tmp_path / f"index-{moves}-{opened}"
    await _quit_on_a_story(corpus, index_dir, moves, opened)

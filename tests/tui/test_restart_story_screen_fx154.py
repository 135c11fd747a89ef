"""fx154: the reader's restart and the stories list.

1. Quit with a story's screen open over the stories list (`S`, `j`, `enter`, ctrl+q) and
   start again: fx151 brought back the list on the story's row, its first article in the
   pane, but not the screen. The screen open at quit is open again after the restart (its
   story told by its own worker); a story no longer in the index (a rebuild) leaves the
   list, with no error said.
2. `S` typed before the saved state came (it is read and checked in a worker) switched the
   list at once, found for the empty query on row 1, and the state then kept neither its
   query nor its row. The list now waits for the state: its query, its row, and the keys
   typed after `S` act on that list.

Oracles: the screen stack and the list's cursor after the restart against what was open and
under the cursor at quit (or written in the saved state), over hypothesis draws of rows and
keys; the restart is the app run twice on one index folder, driven by keys only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from tests.story_corpus import write_corpus
from tests.tui.conftest import hold_state, reader, settle, wait_until
from tests.tui.test_reader_restore import toasts
from tui.app import BroadsheetApp
from tui.reader_state import load_state, state_path
from tui.screens.story import StoryScreen
from tui.widgets.story_list import StoryList

DRAWS = settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return tmp_path / "news"


def story_ids(corpus: Path, index_dir: Path) -> list[str]:
    """The stories the list shows with no query, in its order (the library's)."""
    library = Library.open(corpus, index_dir)
    return [story.id for story in library.stories("")]


def save(index_dir: Path, **fields: Any) -> None:
    """A saved state as the file holds it (written as JSON: the fields, whatever the code)."""
    state = {"version": 1, "query": "", "sort": "relevance", "list": "stories", **fields}
    path = state_path(index_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(state), encoding="utf-8")


def story_screens(app: BroadsheetApp) -> list[str]:
    return [s.story_id for s in app.screen_stack if isinstance(s, StoryScreen)]


@DRAWS
@given(moves=st.integers(1, 5), left_open=st.booleans())
async def test_the_story_screen_open_at_quit_opens_again(
    corpus: Path, tmp_path: Path, moves: int, left_open: bool
) -> None:
    index_dir = tmp_path / f"index-{moves}-{left_open}"
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
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(first.screen, StoryScreen))
        await settle(pilot)
        if not left_open:
            await pilot.press("escape")  # closed again: the list at quit
            await wait_until(pilot, lambda: not story_screens(first))
            await settle(pilot)
        await pilot.press("ctrl+q")
    state = load_state(state_path(index_dir))
    assert state is not None and state.story == kept.id and state.story_open == left_open

    second = BroadsheetApp(corpus, index_dir, restore=True)
    async with second.run_test(size=(80, 24)) as pilot:
        screen = reader(second)
        stories = screen.query_one(StoryList)
        await wait_until(pilot, lambda: screen.showing_stories and bool(stories.stories))
        await settle(pilot)
        assert stories.current is not None and stories.current.id == kept.id
        assert story_screens(second) == ([kept.id] if left_open else [])
        if left_open:
            told = second.screen
            assert isinstance(told, StoryScreen)
            await wait_until(pilot, lambda: told.timeline is not None)  # told by its worker
            assert told.timeline is not None and told.timeline.story.id == kept.id
            await pilot.press("escape")  # back to the list, on the story's row
            await wait_until(pilot, lambda: not story_screens(second))
            await settle(pilot)
            assert stories.current is not None and stories.current.id == kept.id
        await wait_until(
            pilot, lambda: screen.pane.article is not None and screen.pane.article.id == kept.first
        )


async def test_a_story_gone_after_a_rebuild_leaves_the_list(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    listed = story_ids(corpus, index_dir)  # builds the index
    save(index_dir, story="gone-in-a-rebuild", story_open=True)
    app = BroadsheetApp(corpus, index_dir, restore=True)
    said = toasts(app, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = reader(app)
        stories = screen.query_one(StoryList)
        await wait_until(pilot, lambda: screen.showing_stories and bool(stories.stories))
        await settle(pilot)
        assert [s.id for s in stories.stories] == listed
        assert stories.highlighted == 0 and story_screens(app) == []
        assert app.screen is screen
    assert said == []  # no error, no notice


@DRAWS
@given(row=st.integers(1, 10), keys=st.integers(0, 2), story_open=st.booleans())
async def test_s_before_the_state_came_keeps_its_row(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    row: int,
    keys: int,
    story_open: bool,
) -> None:
    index_dir = tmp_path / f"index-{row}-{keys}-{story_open}"
    listed = story_ids(corpus, index_dir)
    assert len(listed) >= 3
    row = 1 + (row - 1) % (len(listed) - 1)  # off row 1
    save(index_dir, story=listed[row], story_open=story_open)
    came = hold_state(monkeypatch)  # the state comes once `S` (and the keys after it) were typed
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: screen.library is not None)
        await pilot.press("S", *["j"] * keys)
        await pilot.pause(0.1)
        assert screen.showing_stories and screen.restoring  # switched; the state to come
        came.set()
        stories = screen.query_one(StoryList)
        await wait_until(pilot, lambda: bool(stories.stories))
        await settle(pilot)
        assert [s.id for s in stories.stories] == listed
        assert stories.highlighted == (row + keys) % len(listed)  # the keys from its row (j wraps)
        assert story_screens(app) == []  # the list asked for, no screen over it
        current = stories.current
        assert current is not None
        first = current.first  # its first article in the pane
        await wait_until(pilot, lambda: getattr(screen.pane.article, "id", None) == first)

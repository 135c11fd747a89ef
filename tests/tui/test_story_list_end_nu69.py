"""The story list's end (issue 16, nu69): `G` goes to the last story, not the last one given
a row yet (pages of 50: it stopped at story 50 of 461 on newsarticles), the rows it lacks
made in a worker; and at the very end the top row is whole (nu68 left a list scrolled as
far as it goes cut mid-row: at 9 lines, 2-line rows). Oracle: the stories given to the list
(the last one's id) and the rows it holds (each story's first line is its headline)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from textual.pilot import Pilot

from index.models import Story
from tests.tui.test_story_list_pages import _stories
from tests.tui.test_story_list_whole_rows_nu68 import _List
from tui.widgets.story_list import PAGE, StoryList


def top_is_whole(stories: StoryList) -> bool:
    """Whether the list's top line is a row's first and the cursor's row wholly in view."""
    top = round(stories.scroll_y)
    at = stories._index_to_line[stories.highlighted or 0]
    bottom = at + stories._heights[stories.highlighted or 0]
    height = stories.scrollable_content_region.height
    return stories._lines[top][1] == 0 and top <= at and bottom <= top + height


async def listing(pilot: Pilot[None], stories: Sequence[Story]) -> StoryList:
    """The app's story list showing ``stories``, focused and laid out."""
    listed = pilot.app.query_one(StoryList)
    listed.show(stories)
    listed.focus()
    await pilot.pause()
    return listed


async def pressed(pilot: Pilot[None], *keys: str) -> None:
    """Press ``keys``, then wait for the rows they asked for."""
    await pilot.press(*keys)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("key", ["G", "end"])
@pytest.mark.parametrize("count", [PAGE + 1, PAGE * 3 + 7])
async def test_g_goes_to_the_last_story(key: str, count: int) -> None:
    listed = _stories(count)
    app = _List(11)
    async with app.run_test(size=(80, 24)) as pilot:
        stories = await listing(pilot, listed)
        await pressed(pilot, key)
        assert stories.current == listed[-1]
        assert stories.shown == count and stories.option_count == count  # no "more" row
        assert top_is_whole(stories)
        await pilot.press("k")  # the list goes on from there, upwards
        assert stories.current == listed[-2]


async def test_a_move_after_g_keeps_the_cursor_where_it_moved() -> None:
    """`G` then `g` before the rest came: the top, not the bottom when the rows come."""
    listed = _stories(PAGE * 3)
    app = _List(11)
    async with app.run_test(size=(80, 24)) as pilot:
        stories = await listing(pilot, listed)
        await pressed(pilot, "G", "g")
        assert stories.current == listed[0]


async def test_a_new_list_drops_the_rows_made_for_the_last() -> None:
    """`G`, then another list shown (a new query) before the rows came: its rows only."""
    app = _List(11)
    async with app.run_test(size=(80, 24)) as pilot:
        stories = await listing(pilot, _stories(PAGE * 3))
        await pilot.press("G")
        fresh = _stories(PAGE * 2)[::-1]
        stories.show(fresh)
        await pressed(pilot)
        assert stories.current == fresh[0] and stories.shown == PAGE
        ids = [stories.get_option_at_index(k).id for k in range(stories.shown)]
        assert ids == [s.id for s in fresh[:PAGE]]


@pytest.mark.parametrize("height", [7, 9, 10, 11])
@pytest.mark.parametrize("count", [4, 5, 20, PAGE + 7])
async def test_the_end_of_the_list_shows_whole_rows(height: int, count: int) -> None:
    listed = _stories(count)
    app = _List(height)
    async with app.run_test(size=(80, 24)) as pilot:
        stories = await listing(pilot, listed)
        for key in ("end", "k", "end", "j", "home", "end"):
            await pressed(pilot, key)
            assert top_is_whole(stories), (key, stories.scroll_y, stories.highlighted)
        await pilot.press("end")
        await pilot.pause()
        stories.scroll_end(animate=False, immediate=True)  # the wheel, as far as it goes
        await pilot.pause()
        assert stories._lines[round(stories.scroll_y)][1] == 0

"""The story list scrolls by whole rows: its top line is always a story's headline (nu68:
at 80x24 the list is 9 lines tall, rows are 2, and `j` down past the bottom, or `s` with
the cursor kept on its story, left the top row's counts without their headline). Oracle:
the rows the list holds (each story's first line is its headline), whatever the height."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from tests.tui.test_story_list_pages import _stories
from tui.widgets.story_list import StoryList


class _List(App[None]):
    def __init__(self, height: int) -> None:
        super().__init__()
        self.height = height

    def compose(self) -> ComposeResult:
        stories = StoryList(id="stories")
        stories.styles.height = self.height
        yield stories


def whole_rows(stories: StoryList) -> bool:
    """Whether the top line is a row's first and the cursor's row is wholly in view (or the
    list is scrolled as far as it goes: its end may be mid-row)."""
    top = round(stories.scroll_y)
    first = stories._lines[top][1] == 0 or top == round(stories.max_scroll_y)
    at = stories._index_to_line[stories.highlighted or 0]
    bottom = at + stories._heights[stories.highlighted or 0]
    return first and top <= at and bottom <= top + stories.scrollable_content_region.height


@pytest.mark.parametrize("height", [7, 9, 10, 11])
async def test_moves_and_a_new_order_keep_whole_rows(height: int) -> None:
    app = _List(height)
    listed = _stories(20)
    async with app.run_test(size=(80, 24)) as pilot:
        stories = app.query_one(StoryList)
        stories.show(listed)
        stories.focus()
        await pilot.pause()
        for key in ["j"] * 12 + ["k"] * 9 + ["pagedown", "pageup", "end", "home"]:
            await pilot.press(key)
            await pilot.pause()
            assert whole_rows(stories), (key, stories.scroll_y, stories.highlighted)
        for keep in (listed[9], listed[4]):  # `s`: another order, the cursor on its story
            stories.show(listed[::-1] if keep is listed[9] else listed, keep=keep.id)
            await pilot.pause()
            assert stories.current == keep
            assert whole_rows(stories), (keep.id, stories.scroll_y, stories.highlighted)

"""A resize of a long story list makes again only the rows it draws (nu78: after `G` at
40,000 stories a resize made every row again on the UI thread, 4.5 s), and draws them as a
list opened at that size does. Oracles: a list opened at the new size (what each line of
the list shows), and the stories given (every row made for the list's width)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.text import Text

from index.models import Story
from tests.tui.conftest import settle
from tests.tui.test_following_reader import boulder_row, follow_boulder, news  # noqa: F401
from tests.tui.test_story_list_chunks_nu73 import rows_agree
from tests.tui.test_story_list_end_nu69 import listing, pressed, top_is_whole
from tests.tui.test_story_list_pages import _Lists, _stories
from tui.app import BroadsheetApp
from tui.widgets import story_row as rows_module
from tui.widgets.story_list import PAGE, StoryList
from tui.widgets.story_row import Columns


def drawn(stories: StoryList) -> list[str]:
    """The text of each line the list shows."""
    height = stories.scrollable_content_region.height
    return [stories.render_line(y).text for y in range(height)]


async def test_a_resize_after_g_makes_only_the_rows_it_draws(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    listed = _stories(PAGE * 40)
    app = _Lists()
    async with app.run_test(size=(120, 40)) as pilot:
        stories = await listing(pilot, listed)
        await pressed(pilot, "G")
        made: list[Story] = []
        real = rows_module.story_row

        def counted(story: Story, width: int | None = None, columns: Columns | None = None) -> Text:
            made.append(story)
            return real(story, width, columns)

        monkeypatch.setattr(rows_module, "story_row", counted)
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        app.export_screenshot()  # every line in view drawn
        assert stories.current == listed[-1] and top_is_whole(stories)
        # the rows in view, at most twice (drawn before the cursor's row is scrolled to)
        in_view = stories.scrollable_content_region.height // 2 + 1
        assert 0 < len(made) <= 2 * in_view  # not the 2,000 the list holds
        assert set(made) <= set(listed[-2 * in_view :])  # the rows at the end, where it is
        monkeypatch.undo()
        rows_agree(stories, listed)  # each row, made when asked for, at the new width


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    count=st.integers(PAGE + 1, PAGE * 6),
    size=st.tuples(st.integers(40, 160), st.integers(8, 50)),
    up=st.integers(0, 30),
)
async def test_a_resized_list_draws_as_one_opened_at_that_size(
    count: int, size: tuple[int, int], up: int
) -> None:
    listed = _stories(count)
    lines: dict[str, list[str]] = {}
    top = 0.0
    for how, start in (("resized", (120, 40)), ("opened", size)):
        app = _Lists()
        async with app.run_test(size=start) as pilot:
            stories = await listing(pilot, listed)
            await pressed(pilot, "G", *["k"] * up)
            if how == "resized":
                await pilot.resize_terminal(*size)
                await pilot.pause()
                top = stories.scroll_y  # where the resize left it: one opened there too
            else:
                stories.scroll_to(y=top, animate=False, immediate=True)
            await pilot.pause()
            assert stories.current == listed[-1 - up] and top_is_whole(stories)
            lines[how] = drawn(stories)
    assert lines["resized"] == lines["opened"]


async def test_a_followed_story_keeps_its_star_across_resizes(news: BroadsheetApp) -> None:  # noqa: F811
    async with news.run_test(size=(120, 40)) as pilot:
        await follow_boulder(news, pilot)
        await settle(pilot)
        assert boulder_row(news).startswith("★")
        for size in ((90, 30), (160, 40), (120, 40)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert boulder_row(news).startswith("★"), size

"""`G` adds the rows it lacks a chunk at a time (nu73: 40,000 rows added at once held the UI
thread 1.3 s), and still lands on the last story, the keys typed after it waiting for it.
Oracle: the stories given to the list (every row, in order, made for the list's width)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Self

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.app import App, ComposeResult
from textual.widgets._option_list import OptionListContent

from index.models import Story
from tests.tui.test_story_list_end_nu69 import listing, pressed
from tests.tui.test_story_list_pages import _stories
from tui.widgets import story_list
from tui.widgets.story_list import PAGE, StoryList
from tui.widgets.story_row import story_row


class _Counted(StoryList):
    """A story list that keeps how many rows each `add_options` gave, and does ``then``
    once the first chunk is in (shows another list, is narrowed)."""

    def __init__(self) -> None:
        self.added: list[int] = []  # before the list's own: it adds its (no) options
        self.then: list[Callable[[], object]] = []
        super().__init__(id="stories")

    def add_options(self, new_options: Iterable[OptionListContent]) -> Self:
        options = list(new_options)
        self.added.append(len(options))
        return super().add_options(options)

    def on_story_list_rows_made(self, message: StoryList.RowsMade) -> None:
        super().on_story_list_rows_made(message)
        if message.rows and self.then:
            self.then.pop()()


class _App(App[None]):
    def compose(self) -> ComposeResult:
        yield _Counted()


def rows_agree(stories: StoryList, listed: Sequence[Story]) -> None:
    """Every story has its row, in order, made for the width the list's rows have now."""
    assert stories.option_count == stories.shown == len(listed)
    for index, story in enumerate(listed):
        option = stories.get_option_at_index(index)
        assert option.id == story.id
        assert str(option.prompt) == story_row(story, stories.row_width, stories.columns).plain


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(count=st.integers(PAGE + 1, 260), chunk=st.integers(1, 90))
async def test_g_lands_on_the_last_story_in_chunks(
    count: int, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(story_list, "CHUNK", chunk)
    listed = _stories(count)
    app = _App()
    async with app.run_test(size=(80, 24)) as pilot:
        stories = await listing(pilot, listed)
        assert isinstance(stories, _Counted)
        stories.added.clear()
        await pressed(pilot, "G", "k")  # k waits for G's last row
        assert stories.current == listed[-2]
        assert stories.added and max(stories.added) <= chunk
        rows_agree(stories, listed)


async def test_a_new_list_while_chunks_come_keeps_its_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_list, "CHUNK", 10)
    app = _App()
    async with app.run_test(size=(80, 24)) as pilot:
        stories = await listing(pilot, _stories(PAGE * 4))
        assert isinstance(stories, _Counted)
        fresh = _stories(PAGE * 2)[::-1]
        stories.then.append(lambda: stories.show(fresh))
        await pressed(pilot, "G", "j")
        assert stories.current == fresh[1]  # j went on in the new list, from its top
        assert stories.shown == PAGE
        ids = [stories.get_option_at_index(k).id for k in range(stories.shown)]
        assert ids == [s.id for s in fresh[:PAGE]]


async def test_a_resize_while_chunks_come_gives_rows_the_new_width(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(story_list, "CHUNK", 10)
    listed = _stories(PAGE * 3)
    app = _App()
    async with app.run_test(size=(80, 24)) as pilot:
        stories = await listing(pilot, listed)
        assert isinstance(stories, _Counted)
        wide = stories.row_width
        stories.then.append(lambda: setattr(stories.styles, "width", 44))
        await pressed(pilot, "G")
        assert stories.current == listed[-1]
        assert wide is not None and stories.row_width is not None and stories.row_width < wide
        rows_agree(stories, listed)

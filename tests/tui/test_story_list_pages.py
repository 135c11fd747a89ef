"""The story list gives rows a page at a time: every story is still reachable, in order."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.app import App, ComposeResult

from index.models import Story
from tui.widgets.story_list import PAGE, StoryList


def _stories(count: int) -> list[Story]:
    return [
        Story(
            id=f"s{k:012x}",
            title=f"Event {k}",
            article_ids=(f"a{k}", f"b{k}"),
            sources=("One", "Two"),
            first=f"a{k}",
            start=datetime(2021, 1, 1),
            end=datetime(2021, 1, 2),
            per_day=(1, 1),
        )
        for k in range(count)
    ]


class _Lists(App[None]):
    def compose(self) -> ComposeResult:
        yield StoryList(id="stories")


def _prompts(stories: StoryList) -> list[str]:
    return [str(stories.get_option_at_index(k).prompt) for k in range(stories.option_count)]


async def test_a_long_list_shows_a_page_and_says_how_many_more() -> None:
    app = _Lists()
    async with app.run_test(size=(100, 30)) as pilot:
        stories = app.query_one(StoryList)
        stories.show(_stories(PAGE * 3 + 7))
        await pilot.pause()
        assert stories.shown == PAGE
        assert stories.option_count == PAGE + 1
        assert f"{PAGE * 2 + 7:,} more" in _prompts(stories)[-1]
        assert stories.current is not None and stories.current.title == "Event 0"


async def test_going_down_reaches_every_story_in_order() -> None:
    everything = _stories(PAGE * 2 + 3)
    app = _Lists()
    async with app.run_test(size=(100, 30)) as pilot:
        stories = app.query_one(StoryList)
        stories.show(everything)
        stories.focus()
        seen = [stories.current]
        for _ in range(len(everything) + 5):  # past the end: the cursor stays on the last
            await pilot.press("down")
            seen.append(stories.current)
        assert [s.id for s in dict.fromkeys(seen) if s] == [s.id for s in everything]
        assert stories.shown == len(everything)
        assert not any("more" in p for p in _prompts(stories)[-1:])


@settings(max_examples=25, deadline=None)
@given(count=st.integers(0, PAGE * 3), keep=st.integers(0, PAGE * 3))
async def test_the_kept_story_is_shown_under_the_cursor(count: int, keep: int) -> None:
    everything = _stories(count)
    wanted = everything[keep].id if keep < count else None
    app = _Lists()
    async with app.run_test(size=(100, 30)):
        stories = app.query_one(StoryList)
        stories.show(everything, keep=wanted)
        if not everything:
            assert stories.current is None and stories.option_count == 1
            return
        assert stories.current is not None
        assert stories.current.id == (wanted or everything[0].id)
        assert stories.shown % PAGE == 0 or stories.shown == count
        shown = [stories.get_option_at_index(k).id for k in range(stories.shown)]
        assert shown == [s.id for s in everything[: stories.shown]]

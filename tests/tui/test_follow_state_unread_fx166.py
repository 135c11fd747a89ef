"""A story's follow state that could not be read: `f` says why and reads it again (fx166,
rv72: the worker failed, `following` stayed None and `f` did nothing, silently)."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

import pytest
from textual.worker import NoActiveWorker, get_current_worker

from index.library import Library
from tests.tui.conftest import settle, wait_until
from tests.tui.test_following_reader import head, news, story_list  # noqa: F401 (a fixture)
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen
from tui.screens.story_follow import STILL_READING


def failing_once(monkeypatch: pytest.MonkeyPatch, reads: list[int]) -> None:
    """The notebook cannot be opened by the follow state's worker the next ``reads[0]``
    times; every other opening is as ever."""
    real = Library.notebook

    def notebook(library: Library, *args: Any, **options: Any) -> Any:
        with suppress(NoActiveWorker):
            if get_current_worker().name == "follow state" and reads[0] > 0:
                reads[0] -= 1
                raise RuntimeError("notebook walked off")
        return real(library, *args, **options)

    monkeypatch.setattr(Library, "notebook", notebook)


def toasts(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def open_story(app: BroadsheetApp, pilot: Any) -> StoryScreen:
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)
    stories = story_list(app)
    stories.highlighted = 0
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, StoryScreen))
    screen = app.screen
    assert isinstance(screen, StoryScreen)
    await settle(pilot)
    return screen


@pytest.mark.parametrize("fails", [1, 2])
async def test_f_says_why_and_reads_again(
    news: BroadsheetApp,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    fails: int,
) -> None:
    reads = [fails]
    failing_once(monkeypatch, reads)
    async with news.run_test(size=(120, 40)) as pilot:
        screen = await open_story(news, pilot)
        assert screen.following is None and screen.unread is not None
        assert "follow state unread: f tries again" in head(screen)
        assert any("follow state failed: notebook walked off" in t for t in toasts(news))
        for _ in range(fails):  # each failed read said, and read again
            await pilot.press("f")
            await settle(pilot)
            said = "reading the follow state failed: notebook walked off (a bug: RuntimeError)"
            assert any(t == f"{said}; reading it again" for t in toasts(news)), toasts(news)
        assert reads == [0] and screen.following is False and screen.unread is None
        assert "f follows this story" in head(screen)
        await pilot.press("f")  # now f follows
        await wait_until(pilot, lambda: screen.following is True)
        await wait_until(pilot, lambda: "★ following" in head(screen))


async def test_f_before_the_state_is_read_says_so(
    news: BroadsheetApp,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        screen = await open_story(news, pilot)
        screen.following = None  # as before its read answers
        await pilot.press("f")
        await settle(pilot)
        assert STILL_READING in toasts(news) and screen.following is None

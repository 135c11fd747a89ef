"""A follow-state read failing after the opening was recorded keeps what it found (rv74).

Opening a followed story records its articles as seen (`FollowedStories.opened`), then reads
the rest of its follow state. When that read failed, `f` read it all again (fx166), but the
notebook had already counted the new articles as seen: "1 new since you last opened it" and
the ● marks were gone for good. The screen keeps what the recorded opening found.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList
from textual.worker import NoActiveWorker, get_current_worker

from index.notebook import tracking
from tests.cli.test_following_cli import JOINER
from tests.story_corpus import CORPUS, write_corpus
from tests.tui.conftest import settle, wait_until
from tests.tui.test_follow_state_unread_fx166 import toasts
from tests.tui.test_following_reader import (  # noqa: F401 (news: a fixture)
    enter_boulder,
    follow_boulder,
    head,
    news,
    story_list,
)
from tui.app import BroadsheetApp


def unreadable_after_opening(monkeypatch: pytest.MonkeyPatch, reads: list[int]) -> None:
    """The notebook's stories cannot be read by the follow state's worker, after it
    recorded the opening, the next ``reads[0]`` times (as a notebook made unreadable then)."""
    real = tracking.FollowedStories.get

    def get(stories: tracking.FollowedStories, *args: Any, **options: Any) -> Any:
        with suppress(NoActiveWorker):
            if get_current_worker().name == "follow state" and reads[0] > 0:
                reads[0] -= 1
                raise PermissionError(13, "Permission denied", "notebook.sqlite")
        return real(stories, *args, **options)

    monkeypatch.setattr(tracking.FollowedStories, "get", get)


def marked(screen: Any) -> list[str]:
    rows = screen.query_one(OptionList)
    prompts = [str(rows.get_option_at_index(n).prompt) for n in range(rows.option_count)]
    return [p for p in prompts if p.startswith("●")]


@pytest.mark.parametrize("fails", [1, 2])
async def test_f_after_a_failed_read_still_says_what_is_new(
    news: BroadsheetApp,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fails: int,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await follow_boulder(news, pilot)
        write_corpus(tmp_path / "news" / "news.jsonl", (*CORPUS, JOINER))
        await pilot.press("u")
        await wait_until(pilot, lambda: any("1 new in" in t for t in toasts(news)))
        reads = [fails]
        unreadable_after_opening(monkeypatch, reads)
        await wait_until(pilot, lambda: story_list(news).stories != ())
        screen = await enter_boulder(news, pilot)
        await wait_until(pilot, lambda: screen.unread is not None)
        assert "follow state unread: f tries again" in head(screen)
        for _ in range(fails):
            await pilot.press("f")
            await settle(pilot)
        await wait_until(pilot, lambda: screen.following is True)
        assert reads == [0] and screen.unread is None
        assert screen.new_articles == {JOINER.id}
        await wait_until(pilot, lambda: "1 new since you last opened it" in head(screen))
        assert len(marked(screen)) == 1 and JOINER.title[:20] in marked(screen)[0]

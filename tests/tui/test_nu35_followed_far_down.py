"""nu35 #1: `S` with a followed story below the story list's first page (`PAGE` rows) ended
the reader with OptionDoesNotExist: the ★ was put on every followed story, rows or not. Only
stories with rows are marked, and the rest as their page is added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from index.library import Library
from index.models import Story
from tests.story_corpus import write_corpus
from tests.tui.conftest import settle, wait_until
from tests.tui.test_following_reader import follow_boulder, story_list
from tests.tui.test_story_list_pages import _stories as made_up
from tui.app import BroadsheetApp
from tui.widgets.story_list import PAGE


async def test_a_followed_story_below_the_first_page_is_starred_when_paged_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl")
    first = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with first.run_test(size=(120, 40)) as pilot:
        followed = await follow_boulder(first, pilot)

    real = Library.stories

    def padded(self: Library, *args: Any, **kwargs: Any) -> list[Story]:
        found = real(self, *args, **kwargs)
        # made-up stories (never opened) first, the followed story last, a page and more down
        return made_up(PAGE + 10) + sorted(found, key=lambda s: s.id == followed)

    monkeypatch.setattr(Library, "stories", padded)
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        stories = story_list(app)
        await wait_until(pilot, lambda: stories.shown == PAGE)
        assert stories.stories[-1].id == followed
        assert not any(
            str(stories.get_option_at_index(n).prompt).startswith("★") for n in range(PAGE)
        )
        stories.focus()
        for _ in range(5):  # to the last row: each end reaches the "more" row, a page more
            await pilot.press("end")
            await settle(pilot)
        assert app.is_running and stories.shown == len(stories.stories)
        last = len(stories.stories) - 1
        await wait_until(
            pilot, lambda: str(stories.get_option_at_index(last).prompt).startswith("★")
        )

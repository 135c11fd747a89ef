"""The reader's `S` list shows a followed story whatever its size, ★ before it (fs34, issue
16): one shrunk to a single article by an update was only in the notebook's `b` list."""

from __future__ import annotations

from pathlib import Path

from tests.story_corpus import BOULDER, CORPUS, write_corpus
from tests.tui.conftest import settle, wait_until
from tests.tui.test_following_reader import follow_boulder, news, story_list
from tui.app import BroadsheetApp

__all__ = ["news"]


async def test_a_followed_story_of_one_article_stays_in_the_story_list(
    news: BroadsheetApp, tmp_path: Path
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        story_id = await follow_boulder(news, pilot)
        left = [a for a in CORPUS if a.id not in {b.id for b in BOULDER[1:]}]
        write_corpus(tmp_path / "news" / "news.jsonl", left)  # one article of it left
        await pilot.press("u")

        def row() -> str:
            stories = story_list(news)
            at = [n for n, s in enumerate(stories.stories) if s.id == story_id]
            return str(stories.get_option_at_index(at[0]).prompt) if at else ""

        await wait_until(pilot, lambda: row().startswith("★ "))
        await settle(pilot)
        [shown] = [s for s in story_list(news).stories if s.id == story_id]
        assert shown.size == 1
        assert story_list(news).stories[0].id == story_id  # ★ at the top, not last (rv35 #11)
        assert all(s.size >= 2 for s in story_list(news).stories if s.id != story_id)

"""rv33 review repro (#1): the reader's story list says "★ · 1 moved" for a followed story;
opening the story forgets the move (`FollowedStories.opened`), so its screen says where
the article went first (fixed by fx39), and `m` opens the story it is in now."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from index.models import Article
from tests.cli.test_following_cli import JOINER
from tests.story_corpus import ATLANTA, BOULDER, CORPUS, write_corpus
from tests.tui.conftest import settle, wait_until
from tests.tui.test_feed_refresh import toasts
from tests.tui.test_following_reader import boulder_row, follow_boulder, head, open_boulder
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl", (*CORPUS, JOINER))  # Boulder: 3 articles
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def move_boulders_paper(tmp_path: Path) -> Article:
    """Rewrite Boulder's second article as Atlanta's news (same id and source), so that an
    update moves it to the Atlanta story; the article."""
    _, paper = BOULDER
    retold = dataclasses.replace(ATLANTA[1], id=paper.id, source=paper.source)
    moved = [retold if a is paper else a for a in (*CORPUS, JOINER)]
    write_corpus(tmp_path / "news" / "news.jsonl", moved)
    return paper


async def follow_then_move(
    app: BroadsheetApp, pilot: Pilot[Any], tmp_path: Path, shown: list[tuple[str, str]]
) -> Article:
    """Follow Boulder, move its second article to Atlanta's story and press `u`; once the
    split is toasted and the list says "1 moved", the article moved."""
    await follow_boulder(app, pilot)
    paper = move_boulders_paper(tmp_path)
    await pilot.press("u")
    await wait_until(pilot, lambda: any("split:" in m for _, m in shown))
    await wait_until(pilot, lambda: "1 moved" in boulder_row(app))
    return paper


async def test_opening_a_followed_story_says_where_its_moved_article_went(
    news: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = toasts(news, monkeypatch)
    async with news.run_test(size=(120, 40)) as pilot:
        paper = await follow_then_move(news, pilot, tmp_path, shown)  # "1 moved": the count only
        screen = await open_boulder(news, pilot)
        await settle(pilot)
        said = head(screen)
        # what the user should see before the note is forgotten: the move, and where
        line = said.splitlines()[2]
        assert line.startswith("Since you last opened it (m to open): 1 of its articles is now in")
        await pilot.press("m")  # the story it went to
        await wait_until(pilot, lambda: news.screen is not screen)
        there = news.screen
        assert isinstance(there, StoryScreen)
        await wait_until(pilot, lambda: there.timeline is not None)
        assert there.timeline is not None and paper.id in there.timeline.story.article_ids
